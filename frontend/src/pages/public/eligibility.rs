//! Five optional questions that help the team see which kind of advocacy may fit.
//! Every one has an "I don't know" answer, and none of them has to be answered. The same pages
//! serve the self and on-behalf routes (see `Flow`).

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::choices::{choice, Checkboxes, Choice, Radios, YES_NO_UNKNOWN};
use crate::components::error_summary::Errors;
use crate::components::question::QuestionForm;
use crate::draft::{tick, use_stored, Choices, Draft, ANSWER_NONE, ANSWER_UNKNOWN};
use crate::pages::flow::Flow;

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

/// The same options, about the person someone else is referring.
pub const COUNCIL_THEM: [Choice; 5] = [
    choice("needs_assessment", "Yes, they are assessing what care and support the person needs"),
    choice("care_support_plan", "Yes, they are making or reviewing the person's care plan"),
    choice("safeguarding_enquiry", "Yes, they are looking into whether the person is safe (a safeguarding enquiry)"),
    choice("none", "No"),
    choice("unknown", "I don't know"),
];

pub const HOSPITAL_THEM: [Choice; 4] = [
    choice("detained", "Yes, they are kept in hospital under a section"),
    choice("cto", "No, but they are on a community treatment order (CTO)"),
    choice("none", "No"),
    choice("unknown", "I don't know"),
];

pub const DIFFICULTY_THEM: [Choice; 6] = [
    choice("understanding", "Understanding information people give them"),
    choice("retaining", "Remembering information"),
    choice("weighing", "Weighing things up to make a choice"),
    choice("communicating", "Telling people what they think or want"),
    choice("none", "None of these"),
    choice("unknown", "I don't know"),
];

/// The five optional questions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Ask {
    Council,
    Hospital,
    Complaint,
    Difficulty,
    Support,
}

struct Words {
    name: &'static str,
    legend: &'static str,
    hint: &'static str,
    options: &'static [Choice],
}

/// The options of a question, for its page and for "check your answers".
pub fn options(ask: Ask, them: bool) -> &'static [Choice] {
    match (ask, them) {
        (Ask::Council, false) => &COUNCIL,
        (Ask::Council, true) => &COUNCIL_THEM,
        (Ask::Hospital, false) => &HOSPITAL,
        (Ask::Hospital, true) => &HOSPITAL_THEM,
        (Ask::Difficulty, false) => &DIFFICULTY,
        (Ask::Difficulty, true) => &DIFFICULTY_THEM,
        (Ask::Complaint | Ask::Support, _) => &YES_NO_UNKNOWN,
    }
}

fn words(ask: Ask, them: bool) -> Words {
    let pick = |you: &'static str, they: &'static str| if them { they } else { you };
    let options = options(ask, them);
    match ask {
        Ask::Council => Words {
            name: "eligibility-process",
            legend: pick("Is the council or social services involved with you at the moment?", "Is the council or social services involved with them at the moment?"),
            hint: "This question is optional.",
            options,
        },
        Ask::Hospital => Words {
            name: "eligibility-mha-status",
            legend: pick("Are you being kept in hospital under the Mental Health Act?", "Are they being kept in hospital under the Mental Health Act?"),
            hint: "This is sometimes called being sectioned. This question is optional.",
            options,
        },
        Ask::Complaint => Words {
            name: "eligibility-nhs_complaint",
            legend: pick("Do you want to complain about care you had from the NHS?", "Do they want to complain about care they had from the NHS?"),
            hint: pick(
                "For example a hospital, your doctor (GP), a dentist or a mental health service. This question is optional.",
                "For example a hospital, their doctor (GP), a dentist or a mental health service. This question is optional.",
            ),
            options,
        },
        Ask::Difficulty => Words {
            name: "eligibility-difficulty",
            legend: pick("Do you find any of these hard?", "Do they find any of these hard?"),
            hint: "Tick all that apply. This question is optional.",
            options,
        },
        Ask::Support => Words {
            name: "eligibility-family_or_friend_to_consult",
            legend: pick("Is there a family member or friend who could help you speak up?", "Is there a family member or friend who could help them speak up?"),
            hint: pick(
                "Someone you trust, who is not paid to look after you and is able to help. This question is optional.",
                "Someone they trust, who is not paid to look after them and is able to help. It could be you. This question is optional.",
            ),
            options,
        },
    }
}

fn slot(ask: Ask, c: &mut Choices) -> &mut Option<String> {
    match ask {
        Ask::Council => &mut c.process,
        Ask::Hospital => &mut c.mha,
        Ask::Complaint => &mut c.nhs_complaint,
        // Difficulty is ticked boxes (see `Difficulty`), never one of these radio answers.
        Ask::Support | Ask::Difficulty => &mut c.support,
    }
}

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub ask: Ask,
}

/// The radio questions (council, hospital, complaint, support) share one component.
#[component]
pub fn RadioQuestion<D: Flow>(p: &QuestionProps) -> Html {
    let draft = use_stored::<D>();
    let navigator = use_navigator();
    let ask = p.ask;
    let onsubmit = {
        let draft = draft.clone();
        Callback::from(move |_| {
            if let Some(navigator) = &navigator {
                navigator.push(&draft.get().next(ask));
            }
        })
    };
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |(value, _): (String, bool)| draft.update(|d| *slot(ask, d.choices_mut()) = Some(value)))
    };
    let words = words(ask, D::ABOUT_THEM);
    let mut choices = draft.get().choices().clone();
    let selected: Vec<String> = slot(ask, &mut choices).clone().into_iter().collect();
    let intro = if D::ABOUT_THEM {
        "The next few questions help us see which kind of advocate could help the person. They are all optional, and you can answer \"I don't know\"."
    } else {
        "The next few questions help us see which kind of advocate can help you. They are all optional, and you can answer \"I don't know\"."
    };
    html! {
        <QuestionForm back={draft.get().back(ask)} errors={Errors::default()} {onsubmit} skip=true check={D::check()}>
            if ask == Ask::Council {
                <div class="inset">{ intro }</div>
            }
            <Radios name={words.name} heading=true legend={words.legend} hint={words.hint}
                options={words.options.to_vec()} apart={vec![ANSWER_UNKNOWN]} {selected} {onchange} />
        </QuestionForm>
    }
}

pub fn council() -> Html {
    html! { <RadioQuestion<Draft> ask={Ask::Council} /> }
}

pub fn hospital() -> Html {
    html! { <RadioQuestion<Draft> ask={Ask::Hospital} /> }
}

pub fn complaint() -> Html {
    html! { <RadioQuestion<Draft> ask={Ask::Complaint} /> }
}

pub fn support() -> Html {
    html! { <RadioQuestion<Draft> ask={Ask::Support} /> }
}

pub fn difficulty() -> Html {
    html! { <Difficulty<Draft> /> }
}

#[component]
pub fn Difficulty<D: Flow>() -> Html {
    let draft = use_stored::<D>();
    let navigator = use_navigator();
    let onsubmit = {
        let draft = draft.clone();
        Callback::from(move |_| {
            if let Some(navigator) = &navigator {
                navigator.push(&draft.get().next(Ask::Difficulty));
            }
        })
    };
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |(value, on): (String, bool)| {
            // "None of these" and "I don't know" cannot go with anything else.
            draft.update(|d| tick(&mut d.choices_mut().difficulty, value, on))
        })
    };
    let words = words(Ask::Difficulty, D::ABOUT_THEM);
    html! {
        <QuestionForm back={draft.get().back(Ask::Difficulty)} errors={Errors::default()} {onsubmit} skip=true check={D::check()}>
            <Checkboxes name={words.name} heading=true legend={words.legend} hint={words.hint}
                options={words.options.to_vec()} apart={vec![ANSWER_NONE]}
                selected={draft.get().choices().difficulty.clone()} {onchange} />
        </QuestionForm>
    }
}
