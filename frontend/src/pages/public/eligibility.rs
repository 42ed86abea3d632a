//! Five optional questions that help the team see which kind of advocacy may fit.
//! Every one has an "I don't know" answer, and none of them has to be answered. The same pages
//! serve the self and on-behalf routes (see `Flow`).

use speakup_types::problem::FieldError;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::choices::{choice, Checkboxes, Choice, Radios, YES_NO_UNKNOWN};
use crate::components::error_summary::{to_field, Errors};
use crate::components::fields::TextInput;
use crate::components::question::QuestionForm;
use crate::draft::{tick, use_stored, Choices, Draft, ANSWER_NONE, ANSWER_UNKNOWN};
use crate::pages::flow::Flow;
use crate::pages::public::check::{label_of, or_not_given, row, text, NOT_ANSWERED};

/// Where errors about the typed section point.
pub const SECTION_FIELD: &str = "eligibility.mha.section";

pub const COUNCIL: [Choice; 7] = [
    choice("needs_assessment", "Yes, they are assessing what care and support I need"),
    choice("carers_assessment", "Yes, they are assessing what support I need as a carer (a carer's assessment)"),
    choice("young_carers_assessment", "Yes, a young carer's assessment: I am under 18 and look after someone"),
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
pub const COUNCIL_THEM: [Choice; 7] = [
    choice("needs_assessment", "Yes, they are assessing what care and support the person needs"),
    choice("carers_assessment", "Yes, they are assessing what support the person needs as a carer (a carer's assessment)"),
    choice("young_carers_assessment", "Yes, a young carer's assessment: the person is under 18 and looks after someone"),
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
    /// Which section of the Mental Health Act, asked only of someone kept in hospital.
    Section,
    Complaint,
    Difficulty,
    Support,
}

/// The question an answer to `ask` brings in, when it has no answer yet: the section for
/// someone kept in hospital, and whether someone could help once the council may be
/// involved and some difficulty may be there.
pub fn opened_by(ask: Ask, c: &Choices) -> Option<Ask> {
    let plain = c.plain();
    match ask {
        Ask::Hospital if plain.asks_section() && c.mha_section.is_none() => Some(Ask::Section),
        Ask::Council | Ask::Difficulty if plain.asks_support() && c.support.is_none() => Some(Ask::Support),
        _ => None,
    }
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
        // Typed, not chosen.
        (Ask::Section, _) => &[],
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
        Ask::Section => Words {
            name: "eligibility-mha-section",
            legend: pick("Which section are you kept under?", "Which section are they kept under?"),
            hint: pick(
                "It is a number, for example section 2 or section 3. It is on the letter the hospital gave you about your rights. Leave it blank if you don't know.",
                "It is a number, for example section 2 or section 3. It is on the letter the hospital gave them about their rights. Leave it blank if you don't know.",
            ),
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
        Ask::Section => &mut c.mha_section,
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

/// The Mental Health Act section, typed: people know it as a number from their rights letter.
#[component]
pub fn Section<D: Flow>() -> Html {
    let draft = use_stored::<D>();
    let navigator = use_navigator();
    let errors = use_state(Errors::default);
    let onsubmit = {
        let (draft, errors) = (draft.clone(), errors.clone());
        Callback::from(move |_| {
            let d = draft.get();
            match d.choices().plain().section_error() {
                Some(message) => errors.set(errors.with_fields(vec![FieldError::new(SECTION_FIELD, message)], to_field)),
                None => {
                    if let Some(navigator) = &navigator {
                        navigator.push(&d.next(Ask::Section));
                    }
                }
            }
        })
    };
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.update(|d| *slot(Ask::Section, d.choices_mut()) = Some(v)))
    };
    let words = words(Ask::Section, D::ABOUT_THEM);
    let d = draft.get();
    html! {
        <QuestionForm back={d.back(Ask::Section)} errors={(*errors).clone()} {onsubmit} skip=true check={D::check()}>
            <TextInput id={words.name} heading=true label={words.legend} hint={words.hint}
                value={d.choices().mha_section.clone().unwrap_or_default()} class={classes!("input-short")}
                autocapitalize="none" error={errors.inline(SECTION_FIELD)} {oninput} />
        </QuestionForm>
    }
}

/// The "check your answers" rows for these questions, leaving out any that no longer apply.
pub fn answer_rows<D: Flow>(d: &D) -> Html {
    let c = d.choices();
    let plain = c.plain();
    let them = D::ABOUT_THEM;
    let (you, are, want, find) = if them { ("they", "they are", "they want", "they find") } else { ("you", "you are", "you want", "you find") };
    let label = |ask: Ask, value: &Option<String>| text(label_of(options(ask, them), value));
    let hard: Vec<&str> =
        c.difficulty.iter().filter_map(|v| options(Ask::Difficulty, them).iter().find(|o| o.value == v)).map(|o| o.label).collect();
    let hard = if hard.is_empty() { NOT_ANSWERED.to_string() } else { hard.join("\n") };
    html! {
        <>
            { row("Council or social services", label(Ask::Council, &c.process), D::page(Ask::Council), "whether the council is involved") }
            { row("Kept in hospital (Mental Health Act)", label(Ask::Hospital, &c.mha), D::page(Ask::Hospital), &format!("whether {are} kept in hospital")) }
            if plain.asks_section() {
                { row("Section", text(or_not_given(&c.mha_section)), D::page(Ask::Section), &format!("which section {are} kept under")) }
            }
            { row("Complaint about the NHS", label(Ask::Complaint, &c.nhs_complaint), D::page(Ask::Complaint), &format!("whether {want} to complain about the NHS")) }
            { row(&format!("Things {find} hard"), text(hard), D::page(Ask::Difficulty), &format!("things {find} hard")) }
            if plain.asks_support() {
                { row("Family or friend who could help", label(Ask::Support, &c.support), D::page(Ask::Support), &format!("whether a family member or friend could help {you}")) }
            }
        </>
    }
}
