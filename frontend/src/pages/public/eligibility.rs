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
use crate::i18n::t;
use crate::pages::flow::Flow;
use crate::pages::public::check::{label_of, or_not_given, row, text, NOT_ANSWERED};

/// Where errors about the typed section point.
pub const SECTION_FIELD: &str = "eligibility.mha.section";

pub const COUNCIL: [Choice; 7] = [
    choice("needs_assessment", "eligibility-council-needs-assessment"),
    choice("carers_assessment", "eligibility-council-carers-assessment"),
    choice("young_carers_assessment", "eligibility-council-young-carers-assessment"),
    choice("care_support_plan", "eligibility-council-care-plan"),
    choice("safeguarding_enquiry", "eligibility-council-safeguarding"),
    choice("none", "answer-no"),
    choice("unknown", "answer-unknown"),
];

pub const HOSPITAL: [Choice; 4] = [
    choice("detained", "eligibility-hospital-detained"),
    choice("cto", "eligibility-hospital-cto"),
    choice("none", "answer-no"),
    choice("unknown", "answer-unknown"),
];

pub const DIFFICULTY: [Choice; 6] = [
    choice("understanding", "eligibility-difficulty-understanding"),
    choice("retaining", "eligibility-difficulty-retaining"),
    choice("weighing", "eligibility-difficulty-weighing"),
    choice("communicating", "eligibility-difficulty-communicating"),
    choice("none", "eligibility-difficulty-none"),
    choice("unknown", "answer-unknown"),
];

/// The same options, about the person someone else is referring.
pub const COUNCIL_THEM: [Choice; 7] = [
    choice("needs_assessment", "eligibility-council-them-needs-assessment"),
    choice("carers_assessment", "eligibility-council-them-carers-assessment"),
    choice("young_carers_assessment", "eligibility-council-them-young-carers-assessment"),
    choice("care_support_plan", "eligibility-council-them-care-plan"),
    choice("safeguarding_enquiry", "eligibility-council-them-safeguarding"),
    choice("none", "answer-no"),
    choice("unknown", "answer-unknown"),
];

pub const HOSPITAL_THEM: [Choice; 4] = [
    choice("detained", "eligibility-hospital-them-detained"),
    choice("cto", "eligibility-hospital-them-cto"),
    choice("none", "answer-no"),
    choice("unknown", "answer-unknown"),
];

pub const DIFFICULTY_THEM: [Choice; 6] = [
    choice("understanding", "eligibility-difficulty-them-understanding"),
    choice("retaining", "eligibility-difficulty-retaining"),
    choice("weighing", "eligibility-difficulty-weighing"),
    choice("communicating", "eligibility-difficulty-them-communicating"),
    choice("none", "eligibility-difficulty-none"),
    choice("unknown", "answer-unknown"),
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
            legend: pick(t("eligibility-council-legend"), t("eligibility-council-legend-them")),
            hint: t("eligibility-optional"),
            options,
        },
        Ask::Hospital => Words {
            name: "eligibility-mha-status",
            legend: pick(t("eligibility-hospital-legend"), t("eligibility-hospital-legend-them")),
            hint: t("eligibility-hospital-hint"),
            options,
        },
        Ask::Section => Words {
            name: "eligibility-mha-section",
            legend: pick(t("eligibility-section-legend"), t("eligibility-section-legend-them")),
            hint: pick(t("eligibility-section-hint"), t("eligibility-section-hint-them")),
            options,
        },
        Ask::Complaint => Words {
            name: "eligibility-nhs_complaint",
            legend: pick(t("eligibility-complaint-legend"), t("eligibility-complaint-legend-them")),
            hint: pick(t("eligibility-complaint-hint"), t("eligibility-complaint-hint-them")),
            options,
        },
        Ask::Difficulty => Words {
            name: "eligibility-difficulty",
            legend: pick(t("eligibility-difficulty-legend"), t("eligibility-difficulty-legend-them")),
            hint: t("eligibility-difficulty-hint"),
            options,
        },
        Ask::Support => Words {
            name: "eligibility-family_or_friend_to_consult",
            legend: pick(t("eligibility-support-legend"), t("eligibility-support-legend-them")),
            hint: pick(t("eligibility-support-hint"), t("eligibility-support-hint-them")),
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
    let intro = if D::ABOUT_THEM { t("eligibility-intro-them") } else { t("eligibility-intro") };
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
            match d.choices().plain().section_error().map(t) {
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
    // Each row's words about "you" or about the person.
    let pick = |you: &'static str, they: &'static str| if them { they } else { you };
    let label = |ask: Ask, value: &Option<String>| text(label_of(options(ask, them), value));
    let hard: Vec<&str> =
        c.difficulty.iter().filter_map(|v| options(Ask::Difficulty, them).iter().find(|o| o.value == v)).map(|o| t(o.label)).collect();
    let hard = if hard.is_empty() { t(NOT_ANSWERED).to_string() } else { hard.join("\n") };
    html! {
        <>
            { row(t("eligibility-row-council"), label(Ask::Council, &c.process), D::page(Ask::Council), t("eligibility-row-council-change")) }
            { row(t("eligibility-row-hospital"), label(Ask::Hospital, &c.mha), D::page(Ask::Hospital),
                pick(t("eligibility-row-hospital-change"), t("eligibility-row-hospital-change-them"))) }
            if plain.asks_section() {
                { row(t("eligibility-row-section"), text(or_not_given(&c.mha_section)), D::page(Ask::Section),
                    pick(t("eligibility-row-section-change"), t("eligibility-row-section-change-them"))) }
            }
            { row(t("eligibility-row-complaint"), label(Ask::Complaint, &c.nhs_complaint), D::page(Ask::Complaint),
                pick(t("eligibility-row-complaint-change"), t("eligibility-row-complaint-change-them"))) }
            { row(pick(t("eligibility-row-difficulty"), t("eligibility-row-difficulty-them")), text(hard), D::page(Ask::Difficulty),
                pick(t("eligibility-row-difficulty-change"), t("eligibility-row-difficulty-change-them"))) }
            if plain.asks_support() {
                { row(t("eligibility-row-support"), label(Ask::Support, &c.support), D::page(Ask::Support),
                    pick(t("eligibility-row-support-change"), t("eligibility-row-support-change-them"))) }
            }
        </>
    }
}
