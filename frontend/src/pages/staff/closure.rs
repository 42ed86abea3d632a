//! Closing the case: whether the person was asked what they wanted to happen (needed before
//! the case can finish), and, where they could not answer from their tracking page, whether
//! they feel safer and how far we did what they hoped, saying who answered.

use speakup_types::casework::{Casework, Closure, ClosureChange, Expectations, OutcomesAsked, RatedBy, Safer};
use uuid::Uuid;
use yew::prelude::*;

use super::action::{problems_with, use_action, Fields};
use crate::api;
use crate::components::choices::{choice, Choice, Radios};
use crate::components::error_summary::ErrorSummary;
use crate::i18n::{t, tf};

fn asked_label(asked: OutcomesAsked) -> &'static str {
    match asked {
        OutcomesAsked::AskedExpressed => "staff-closure-asked-expressed",
        OutcomesAsked::AskedNotExpressed => "staff-closure-asked-not-expressed",
        OutcomesAsked::NotAsked => "staff-closure-not-asked",
        OutcomesAsked::DontKnow => "staff-closure-dont-know",
    }
}

/// Radios link an error to their first option.
fn link(field: &str) -> String {
    match field {
        "outcomes_asked" => "#outcomes_asked-asked_expressed".into(),
        "by" => "#closure_by-with_advocate".into(),
        other => format!("#{other}"),
    }
}

#[derive(Properties, PartialEq)]
pub struct ClosureProps {
    pub case: Uuid,
    pub recorded: Option<Closure>,
    pub on_saved: Callback<Casework>,
}

#[component]
pub fn ClosureForm(props: &ClosureProps) -> Html {
    let recorded = props.recorded.clone().unwrap_or_default();
    let theirs = recorded.answered_by == Some(RatedBy::Person);
    let draft = use_state(|| ClosureChange {
        outcomes_asked: recorded.outcomes_asked,
        feels_safer: recorded.feels_safer.filter(|_| !theirs),
        expectations: recorded.expectations.filter(|_| !theirs),
        by: recorded.answered_by.filter(|_| !theirs),
        version: recorded.version,
    });
    let action = use_action(Fields::OnPage(link));
    let saved = use_state(|| false);
    let radio = |set: fn(&mut ClosureChange, &str)| {
        let (draft, saved) = (draft.clone(), saved.clone());
        Callback::from(move |(code, _): (String, bool)| {
            let mut changed = (*draft).clone();
            set(&mut changed, &code);
            draft.set(changed);
            saved.set(false);
        })
    };
    let onsubmit = {
        let (action, draft, saved, case, done, version) = (action.clone(), draft.clone(), saved.clone(), props.case, props.on_saved.clone(), recorded.version);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let body = ClosureChange { version, ..(*draft).clone() };
            let problems = problems_with(&body, Vec::new());
            if !problems.is_empty() {
                return action.refuse(problems);
            }
            let (saved, done) = (saved.clone(), done.clone());
            action.run(api::record_closure(case, body, action.csrf()), move |work| {
                saved.set(true);
                done.emit(work);
            });
        })
    };
    let errors = action.errors();
    let asked: Vec<Choice> = OutcomesAsked::ALL.iter().map(|a| choice(a.code(), asked_label(*a))).collect();
    let safer: Vec<Choice> = Safer::ALL.iter().map(|s| choice(s.code(), s.label_id())).collect();
    let hoped: Vec<Choice> = Expectations::ALL.iter().map(|x| choice(x.code(), x.label_id())).collect();
    let by = vec![choice("with_advocate", "staff-outcome-rate-with"), choice("advocate", "staff-outcome-rate-advocate")];
    let chosen = |code: Option<&'static str>| code.map(|c| vec![c.to_string()]).unwrap_or_default();
    let not_answered = || t("staff-closure-not-answered");
    html! {
        <form class="form inset" novalidate=true {onsubmit} aria-labelledby="closure-title" id="closure">
            <h3 class="heading-s" id="closure-title">{ t("staff-closure-heading") }</h3>
            <p class="hint">{ t("staff-closure-hint") }</p>
            <ErrorSummary errors={errors.clone()} title_id="closure-error-title" />
            if *saved { <p class="body" role="status" id="closure-saved">{ t("staff-closure-saved") }</p> }
            <Radios name="outcomes_asked" legend={t("staff-closure-asked")} options={asked}
                selected={chosen(draft.outcomes_asked.map(|a| a.code()))} error={errors.inline("outcomes_asked")}
                onchange={radio(|d, code| d.outcomes_asked = OutcomesAsked::parse(code))} />
            if theirs {
                <p class="body" id="closure-theirs">{ tf("staff-closure-theirs", &[
                    ("safer", recorded.feels_safer.map_or_else(not_answered, |s| t(s.label_id()))),
                    ("expectations", recorded.expectations.map_or_else(not_answered, |x| t(x.label_id()))),
                ]) }</p>
                if let Some(comment) = &recorded.comment { <p class="body pre-wrap">{ tf("staff-closure-their-words", &[("comment", comment)]) }</p> }
            } else {
                <Radios name="closure_safer" legend={t("staff-closure-safer")} options={safer}
                    selected={chosen(draft.feels_safer.map(|s| s.code()))} onchange={radio(|d, code| d.feels_safer = Safer::parse(code))} />
                <Radios name="closure_expectations" legend={t("staff-closure-expectations")} options={hoped}
                    selected={chosen(draft.expectations.map(|x| x.code()))} onchange={radio(|d, code| d.expectations = Expectations::parse(code))} />
                <Radios name="closure_by" legend={t("staff-closure-by")} options={by}
                    selected={chosen(draft.by.map(|b| b.code()))} error={errors.inline("by")} onchange={radio(|d, code| d.by = RatedBy::parse(code))} />
            }
            <button type="submit" id="save-closure" class="button" disabled={action.busy()}>{ t("staff-closure-save") }</button>
        </form>
    }
}
