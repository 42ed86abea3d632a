//! "Is anyone in danger now, or is something happening soon?", asked early on the self and
//! on-behalf routes, and "What is happening, and when?" for something soon. Choosing danger
//! says at once what to do now, before anything else is asked.

use yew::prelude::*;

use crate::components::choices::Choice;
use crate::components::date::DateInput;
use crate::components::fields::TextInput;
use crate::components::question::{ChooseOne, QuestionForm};
use crate::components::urgent_help::UrgentHelp;
use crate::draft::{DANGER, NEITHER, SOON, SOON_DATE_FIELD, SOON_WHAT_FIELD, URGENCY_FIELD};
use crate::i18n::t;
use crate::components::date::DateAnswer;
use crate::pages::check::{label_of, row, text, NOT_ANSWERED};
use crate::pages::flow::{use_question, Flow};
use crate::pages::professional::date_words;
use crate::route::Step;

const OPTIONS: [Choice; 3] = [
    Choice { value: DANGER, label: "urgency-danger", hint: Some("urgency-danger-hint") },
    Choice { value: SOON, label: "urgency-soon", hint: Some("urgency-soon-hint") },
    Choice { value: NEITHER, label: "urgency-neither", hint: None },
];

const OPTIONS_THEM: [Choice; 3] = [
    Choice { value: DANGER, label: "urgency-danger", hint: Some("urgency-danger-hint-them") },
    Choice { value: SOON, label: "urgency-soon", hint: Some("urgency-soon-hint-them") },
    Choice { value: NEITHER, label: "urgency-neither", hint: None },
];

/// The options, for the page and for "check your answers".
pub fn options(them: bool) -> &'static [Choice] {
    if them { &OPTIONS_THEM } else { &OPTIONS }
}

#[component]
pub fn HowSoon<D: Flow>() -> Html {
    let q = use_question::<D>(Step::Urgency);
    let answers = q.get().choices().urgency.clone();
    let onchange = q.set(|d, value: String| d.choices_mut().urgency.choice = Some(value));
    html! {
        <ChooseOne back={q.back()} next={q.next()} name="urgency" field={URGENCY_FIELD}
            legend={t("urgency-legend")} hint={t("urgency-hint")} options={options(D::ABOUT_THEM).to_vec()}
            chosen={answers.choice.clone()} missing="urgency-missing" {onchange}>
            <div aria-live="polite">
                if answers.danger_now() {
                    <UrgentHelp danger=true carry_on=true />
                }
            </div>
        </ChooseOne>
    }
}

#[component]
pub fn WhatAndWhen<D: Flow>() -> Html {
    let q = use_question::<D>(Step::Soon);
    let answers = q.get().choices().urgency.clone();
    let onsubmit = q.submit_checked(|d: &D| {
        let mut found = d.problems_in(&[SOON_WHAT_FIELD]);
        found.extend(d.choices().urgency.problems(crate::dom::today()));
        found
    });
    let oninput = q.set(|d, v: String| d.choices_mut().urgency.what = v);
    let onchange = q.set(|d, (part, v): (&'static str, String)| *d.choices_mut().urgency.date.part_mut(part) = v);
    let hint = if D::ABOUT_THEM { t("soon-what-hint-them") } else { t("soon-what-hint") };
    html! {
        <QuestionForm back={q.back()} errors={q.errors()} {onsubmit}>
            <TextInput id="urgency-soon-what" heading=true label={t("soon-what-label")} {hint}
                value={answers.what} error={q.error(SOON_WHAT_FIELD)} {oninput} />
            <DateInput id="urgency-soon-date" legend={t("soon-date-legend")} hint={t("soon-date-hint")}
                value={answers.date} error={q.error(SOON_DATE_FIELD)} {onchange} />
        </QuestionForm>
    }
}

/// The "check your answers" rows: the answer, and what and when for something soon.
pub fn urgency_rows<D: Flow>(d: &D) -> Html {
    let answers = &d.choices().urgency;
    let when = match answers.date.answer() {
        DateAnswer::Valid(date) => date_words(date),
        DateAnswer::Blank => t("urgency-row-no-date").to_string(),
        DateAnswer::Invalid => t(NOT_ANSWERED).to_string(),
    };
    let what = Some(answers.what.trim()).filter(|w| !w.is_empty()).unwrap_or(t(NOT_ANSWERED));
    html! {
        <>
            { row(t("urgency-row"), text(label_of(options(D::ABOUT_THEM), &answers.choice)), D::route(Step::Urgency), t("urgency-row-change")) }
            if answers.asks_when() {
                { row(t("urgency-row-soon"), text(format!("{what}\n{when}")), D::route(Step::Soon), t("urgency-row-soon-change")) }
            }
        </>
    }
}
