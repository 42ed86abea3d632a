//! Five optional questions that help the team see which kind of advocacy may fit.
//! Every one has an "I don't know" answer, and none of them has to be answered.

use yew::prelude::*;
use yew_router::prelude::*;

use super::next_route;
use crate::app::Route;
use crate::components::choices::{choice, Checkboxes, Choice, Radios, YES_NO_UNKNOWN};
use crate::components::error_summary::Errors;
use crate::components::question::QuestionForm;
use crate::draft::{use_draft, Choices, ANSWER_NONE, ANSWER_UNKNOWN};

pub const COUNCIL: [Choice; 5] = [
    choice("needs_assessment", "Yes, they are assessing what care and support I need"),
    choice("care_support_plan", "Yes, they are making or reviewing my care plan"),
    choice("safeguarding_enquiry", "Yes, they are looking into whether I am safe (a safeguarding enquiry)"),
    choice("none", "No"),
    choice("unknown", "I don't know"),
];

pub const HOSPITAL: [Choice; 4] = [
    choice("detained", "Yes, I am kept in hospital under a section"),
    choice("cto", "No, but I am on a community treatment order (CTO)"),
    choice("none", "No"),
    choice("unknown", "I don't know"),
];

pub const DIFFICULTY: [Choice; 6] = [
    choice("understanding", "Understanding information people give me"),
    choice("retaining", "Remembering information"),
    choice("weighing", "Weighing things up to make a choice"),
    choice("communicating", "Telling people what I think or want"),
    choice("none", "None of these"),
    choice("unknown", "I don't know"),
];

/// The four optional questions answered with radios.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Ask {
    Council,
    Hospital,
    Complaint,
    Support,
}

struct Words {
    name: &'static str,
    legend: &'static str,
    hint: &'static str,
    options: &'static [Choice],
}

impl Ask {
    fn route(self) -> Route {
        match self {
            Ask::Council => Route::Council,
            Ask::Hospital => Route::Hospital,
            Ask::Complaint => Route::Complaint,
            Ask::Support => Route::Support,
        }
    }

    fn words(self) -> Words {
        match self {
            Ask::Council => Words {
                name: "eligibility-process",
                legend: "Is the council or social services involved with you at the moment?",
                hint: "This question is optional.",
                options: &COUNCIL,
            },
            Ask::Hospital => Words {
                name: "eligibility-mha-status",
                legend: "Are you being kept in hospital under the Mental Health Act?",
                hint: "This is sometimes called being sectioned. This question is optional.",
                options: &HOSPITAL,
            },
            Ask::Complaint => Words {
                name: "eligibility-nhs_complaint",
                legend: "Do you want to complain about care you had from the NHS?",
                hint: "For example a hospital, your doctor (GP), a dentist or a mental health service. This question is optional.",
                options: &YES_NO_UNKNOWN,
            },
            Ask::Support => Words {
                name: "eligibility-family_or_friend_to_consult",
                legend: "Is there a family member or friend who could help you speak up?",
                hint: "Someone you trust, who is not paid to look after you and is able to help. This question is optional.",
                options: &YES_NO_UNKNOWN,
            },
        }
    }

    fn answer(self, c: &Choices) -> Option<String> {
        match self {
            Ask::Council => c.process.clone(),
            Ask::Hospital => c.mha.clone(),
            Ask::Complaint => c.nhs_complaint.clone(),
            Ask::Support => c.support.clone(),
        }
    }

    fn set(self, c: &mut Choices, value: String) {
        let slot = match self {
            Ask::Council => &mut c.process,
            Ask::Hospital => &mut c.mha,
            Ask::Complaint => &mut c.nhs_complaint,
            Ask::Support => &mut c.support,
        };
        *slot = Some(value);
    }
}

#[derive(Properties, PartialEq)]
struct RadioQuestionProps {
    ask: Ask,
}

#[component]
fn RadioQuestion(p: &RadioQuestionProps) -> Html {
    let draft = use_draft();
    let navigator = use_navigator();
    let ask = p.ask;
    let onsubmit = {
        let draft = draft.clone();
        Callback::from(move |_| {
            if let Some(navigator) = &navigator {
                navigator.push(&next_route(&draft.get(), &ask.route()));
            }
        })
    };
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |(value, _): (String, bool)| draft.update(|d| ask.set(&mut d.choices, value)))
    };
    let words = ask.words();
    html! {
        <QuestionForm back={ask.route().previous_question()} errors={Errors::default()} {onsubmit} skip=true>
            if ask == Ask::Council {
                <div class="inset">
                    { "The next few questions help us see which kind of advocate can help you. They are all optional, and you can answer \"I don't know\"." }
                </div>
            }
            <Radios name={words.name} heading=true legend={words.legend} hint={words.hint}
                options={words.options.to_vec()} apart={vec![ANSWER_UNKNOWN]}
                selected={ask.answer(&draft.get().choices).into_iter().collect::<Vec<_>>()} {onchange} />
        </QuestionForm>
    }
}

/// The radio question pages (council, hospital, complaint, support) share one component.
pub fn council() -> Html {
    html! { <RadioQuestion ask={Ask::Council} /> }
}

pub fn hospital() -> Html {
    html! { <RadioQuestion ask={Ask::Hospital} /> }
}

pub fn complaint() -> Html {
    html! { <RadioQuestion ask={Ask::Complaint} /> }
}

pub fn support() -> Html {
    html! { <RadioQuestion ask={Ask::Support} /> }
}

#[component]
pub fn Difficulty() -> Html {
    let draft = use_draft();
    let navigator = use_navigator();
    let onsubmit = {
        let draft = draft.clone();
        Callback::from(move |_| {
            if let Some(navigator) = &navigator {
                navigator.push(&next_route(&draft.get(), &Route::Difficulty));
            }
        })
    };
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |(value, on): (String, bool)| {
            draft.update(|d| {
                let ticked = &mut d.choices.difficulty;
                ticked.retain(|v| v != &value);
                if on {
                    // "None of these" and "I don't know" cannot go with anything else.
                    let alone = value == ANSWER_NONE || value == ANSWER_UNKNOWN;
                    if alone {
                        ticked.clear();
                    } else {
                        ticked.retain(|v| v != ANSWER_NONE && v != ANSWER_UNKNOWN);
                    }
                    ticked.push(value);
                }
            })
        })
    };
    html! {
        <QuestionForm back={Route::Difficulty.previous_question()} errors={Errors::default()} {onsubmit} skip=true>
            <Checkboxes name="eligibility-difficulty" heading=true legend="Do you find any of these hard?"
                hint="Tick all that apply. This question is optional."
                options={DIFFICULTY.to_vec()} apart={vec![ANSWER_NONE]}
                selected={draft.get().choices.difficulty} {onchange} />
        </QuestionForm>
    }
}
