//! Five optional questions that help the team see which kind of advocacy may fit.
//! Every one has an "I don't know" answer, and none of them has to be answered. The same pages
//! serve the self and on-behalf routes (see `Flow`).

use speakup_types::problem::FieldError;
use yew::prelude::*;

use crate::components::choices::{choice, Checkboxes, Choice, Radios, YES_NO_UNKNOWN};
use crate::components::fields::TextInput;
use crate::components::question::QuestionForm;
use crate::draft::{tick, Choices, ANSWER_NONE, ANSWER_UNKNOWN};
use crate::i18n::t;
use crate::pages::flow::{use_question, Flow};
use crate::pages::check::{label_of, or_not_given, row, text, NOT_ANSWERED};
use crate::route::Step;

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

impl Ask {
    /// The page that asks it.
    pub fn step(self) -> Step {
        match self {
            Ask::Council => Step::Council,
            Ask::Hospital => Step::Hospital,
            Ask::Section => Step::Section,
            Ask::Complaint => Step::Complaint,
            Ask::Difficulty => Step::Difficulty,
            Ask::Support => Step::Support,
        }
    }
}

/// Whether a page is asked, by the same rules on both public routes (see `entitlement::plain`):
/// what and when only of something happening soon, the section only of someone kept in
/// hospital, whether someone could help only once the council may be involved and some
/// difficulty may be there.
pub fn applies(c: &Choices, step: Step) -> bool {
    let plain = c.plain();
    match step {
        Step::Soon => c.urgency.asks_when(),
        Step::Section => plain.asks_section(),
        Step::Support => plain.asks_support(),
        _ => true,
    }
}

/// The question an answer on `here` brings in, when it has no answer yet.
pub fn opened_by(here: Step, c: &Choices) -> Option<Step> {
    let plain = c.plain();
    match here {
        Step::Urgency if c.urgency.asks_when() => Some(Step::Soon),
        Step::Hospital if plain.asks_section() && c.mha_section.is_none() => Some(Step::Section),
        Step::Council | Step::Difficulty if plain.asks_support() && c.support.is_none() => Some(Step::Support),
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
    let ask = p.ask;
    let q = use_question::<D>(ask.step());
    let onchange = q.set(move |d, (value, _): (String, bool)| *slot(ask, d.choices_mut()) = Some(value));
    let words = words(ask, D::ABOUT_THEM);
    let mut choices = q.get().choices().clone();
    let selected: Vec<String> = slot(ask, &mut choices).clone().into_iter().collect();
    let intro = if D::ABOUT_THEM { t("eligibility-intro-them") } else { t("eligibility-intro") };
    html! {
        <QuestionForm back={q.back()} errors={q.errors()} onsubmit={q.submit(&[])} skip_to={D::route(Step::Check)}>
            if ask == Ask::Council {
                <div class="inset">{ intro }</div>
            }
            <Radios name={words.name} heading=true legend={words.legend} hint={words.hint}
                options={words.options.to_vec()} apart={vec![ANSWER_UNKNOWN]} {selected} {onchange} />
        </QuestionForm>
    }
}

#[component]
pub fn Difficulty<D: Flow>() -> Html {
    let q = use_question::<D>(Step::Difficulty);
    // "None of these" and "I don't know" cannot go with anything else.
    let onchange = q.set(|d, (value, on): (String, bool)| tick(&mut d.choices_mut().difficulty, value, on));
    let words = words(Ask::Difficulty, D::ABOUT_THEM);
    html! {
        <QuestionForm back={q.back()} errors={q.errors()} onsubmit={q.submit(&[])} skip_to={D::route(Step::Check)}>
            <Checkboxes name={words.name} heading=true legend={words.legend} hint={words.hint}
                options={words.options.to_vec()} apart={vec![ANSWER_NONE]}
                selected={q.get().choices().difficulty.clone()} {onchange} />
        </QuestionForm>
    }
}

/// The Mental Health Act section, typed: people know it as a number from their rights letter.
#[component]
pub fn Section<D: Flow>() -> Html {
    let q = use_question::<D>(Step::Section);
    let onsubmit = q.submit_checked(|d| {
        let found = d.choices().plain().section_error().map(t);
        found.into_iter().map(|message| FieldError::new(SECTION_FIELD, message)).collect()
    });
    let oninput = q.set(|d, v: String| *slot(Ask::Section, d.choices_mut()) = Some(v));
    let words = words(Ask::Section, D::ABOUT_THEM);
    html! {
        <QuestionForm back={q.back()} errors={q.errors()} {onsubmit} skip_to={D::route(Step::Check)}>
            <TextInput id={words.name} heading=true label={words.legend} hint={words.hint}
                value={q.get().choices().mha_section.clone().unwrap_or_default()} class={classes!("input-short")}
                autocapitalize="none" error={q.error(SECTION_FIELD)} {oninput} />
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
            { row(t("eligibility-row-council"), label(Ask::Council, &c.process), D::route(Ask::Council.step()), t("eligibility-row-council-change")) }
            { row(t("eligibility-row-hospital"), label(Ask::Hospital, &c.mha), D::route(Ask::Hospital.step()),
                pick(t("eligibility-row-hospital-change"), t("eligibility-row-hospital-change-them"))) }
            if plain.asks_section() {
                { row(t("eligibility-row-section"), text(or_not_given(&c.mha_section)), D::route(Ask::Section.step()),
                    pick(t("eligibility-row-section-change"), t("eligibility-row-section-change-them"))) }
            }
            { row(t("eligibility-row-complaint"), label(Ask::Complaint, &c.nhs_complaint), D::route(Ask::Complaint.step()),
                pick(t("eligibility-row-complaint-change"), t("eligibility-row-complaint-change-them"))) }
            { row(pick(t("eligibility-row-difficulty"), t("eligibility-row-difficulty-them")), text(hard), D::route(Ask::Difficulty.step()),
                pick(t("eligibility-row-difficulty-change"), t("eligibility-row-difficulty-change-them"))) }
            if plain.asks_support() {
                { row(t("eligibility-row-support"), label(Ask::Support, &c.support), D::route(Ask::Support.step()),
                    pick(t("eligibility-row-support-change"), t("eligibility-row-support-change-them"))) }
            }
        </>
    }
}
