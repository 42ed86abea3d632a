//! The forms for what the person wants to happen: add or change one, review it, rate it.
//! Each keeps what was typed when the server refuses it, and sends the version it was opened
//! from, so a change made meanwhile is reported rather than overwritten.

use speakup_types::casework::{
    Achievement, Casework, DesiredOutcome, ExpressedBy, NewOutcomeReview, OutcomeChange, RatedBy, RatingChange, WellbeingArea,
};
use uuid::Uuid;
use yew::prelude::*;

use super::action::{cancel_button, problems_with, use_action, Fields};
use super::outcomes::expressed_label;
use crate::api;
use crate::components::choices::{choice, Checkboxes, Choice, Radios};
use crate::components::date::{edit_in, first_part, DateInput, DateParts};
use crate::components::error_summary::ErrorSummary;
use crate::components::fields::TextArea;
use crate::i18n::{t, tf};

fn choices<T: Copy>(all: &[T], code: fn(T) -> &'static str, label: fn(T) -> &'static str) -> Vec<Choice> {
    all.iter().map(|v| choice(code(*v), label(*v))).collect()
}

/// Where the summary links each field: radios and checkboxes to their first option, a date
/// to its day box, the rest to the box itself. The change form's ids start with `edit-`.
fn link(prefix: &str, field: &str) -> String {
    match field {
        "expressed_by" => format!("#{prefix}expressed_by-person"),
        "wellbeing" => format!("#{prefix}wellbeing-dignity"),
        "review_on" | "next_review_on" => format!("#{}", first_part(&format!("{prefix}{field}"))),
        "achievement" => "#achievement-fully".into(),
        "by" => "#by-with_advocate".into(),
        other => format!("#{prefix}outcome-{}", other.replace('_', "-")),
    }
}

fn added_link(field: &str) -> String {
    link("", field)
}

fn edited_link(field: &str) -> String {
    link("edit-", field)
}

#[derive(Clone, PartialEq, Default)]
struct Draft {
    words: String,
    expressed_by: Option<ExpressedBy>,
    wellbeing: Vec<WellbeingArea>,
    if_not: String,
    review_on: DateParts,
    shared: bool,
}

#[derive(Properties, PartialEq)]
pub struct OutcomeFormProps {
    pub case: Uuid,
    /// The outcome being changed, from the version shown; none to add one.
    #[prop_or_default]
    pub editing: Option<DesiredOutcome>,
    pub on_saved: Callback<Casework>,
    #[prop_or_default]
    pub on_cancel: Callback<()>,
}

#[component]
pub fn OutcomeForm(props: &OutcomeFormProps) -> Html {
    let editing = props.editing.clone();
    let draft = use_state(|| match &editing {
        Some(o) => Draft {
            words: o.words.clone(),
            expressed_by: Some(o.expressed_by),
            wellbeing: o.wellbeing.clone(),
            if_not: o.if_not.clone().unwrap_or_default(),
            review_on: DateParts::of(o.review_on),
            shared: o.shared_with_enquiry,
        },
        None => Draft::default(),
    });
    let p = if editing.is_some() { "edit-" } else { "" };
    let action = use_action(Fields::OnPage(if editing.is_some() { edited_link } else { added_link }));
    let added = use_state(|| false);
    let heading_ref = crate::dom::use_focus_when((), editing.is_some());
    let text = |pick: fn(&mut Draft) -> &mut String| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut changed = (*draft).clone();
            *pick(&mut changed) = value;
            draft.set(changed);
        })
    };
    let on_by = {
        let draft = draft.clone();
        Callback::from(move |(code, _): (String, bool)| draft.set(Draft { expressed_by: ExpressedBy::parse(&code), ..(*draft).clone() }))
    };
    let on_area = {
        let draft = draft.clone();
        Callback::from(move |(code, on): (String, bool)| {
            let mut changed = (*draft).clone();
            changed.wellbeing.retain(|a| a.code() != code);
            if let (true, Some(area)) = (on, WellbeingArea::parse(&code)) {
                changed.wellbeing.push(area);
            }
            draft.set(changed);
        })
    };
    let on_shared = {
        let draft = draft.clone();
        Callback::from(move |(_, on): (String, bool)| draft.set(Draft { shared: on, ..(*draft).clone() }))
    };
    let on_day = edit_in(&draft, |d| &mut d.review_on);
    let onsubmit = {
        let (action, draft, added, case, done, editing) = (action.clone(), draft.clone(), added.clone(), props.case, props.on_saved.clone(), editing.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (review_on, problems) = match draft.review_on.optional("review_on", "error-outcome-date-invalid") {
                Ok(day) => (day, Vec::new()),
                Err(problem) => (None, vec![problem]),
            };
            // Areas in the order the form lists them, whatever order they were ticked in.
            let wellbeing = WellbeingArea::ALL.iter().copied().filter(|a| draft.wellbeing.contains(a)).collect();
            let body = OutcomeChange {
                words: draft.words.clone(),
                expressed_by: draft.expressed_by,
                wellbeing,
                if_not: Some(draft.if_not.trim().to_string()).filter(|w| !w.is_empty()),
                review_on,
                shared_with_enquiry: draft.shared,
                version: editing.as_ref().map_or(0, |o| o.version),
            };
            let problems = problems_with(&body, problems);
            if !problems.is_empty() {
                return action.refuse(problems);
            }
            let (outcome, csrf) = (editing.as_ref().map(|o| o.id), action.csrf());
            let (draft, added, done) = (draft.clone(), added.clone(), done.clone());
            let request = async move {
                match outcome {
                    Some(outcome) => api::change_outcome(case, outcome, body, csrf).await,
                    None => api::add_outcome(case, body, csrf).await,
                }
            };
            action.run(request, move |work| {
                draft.set(Draft::default());
                added.set(true);
                done.emit(work);
            });
        })
    };
    let errors = action.errors();
    let heading = match &editing {
        Some(o) => tf("staff-outcome-edit-heading", &[("words", &o.words)]),
        None => t("staff-outcome-add-heading").to_string(),
    };
    let by = choices(ExpressedBy::ALL, ExpressedBy::code, expressed_label);
    let areas = choices(WellbeingArea::ALL, WellbeingArea::code, WellbeingArea::label_id);
    html! {
        <form class="form inset" novalidate=true {onsubmit} aria-labelledby={format!("{p}outcome-form-title")}>
            <h4 class="heading-s" id={format!("{p}outcome-form-title")} tabindex="-1" ref={heading_ref}>{ heading }</h4>
            <ErrorSummary errors={errors.clone()} title_id={format!("{p}outcome-error-title")} />
            if *added && editing.is_none() { <p class="body" role="status" id="outcome-added">{ t("staff-outcome-added") }</p> }
            <TextArea id={format!("{p}outcome-words")} label={t("staff-outcome-words")} hint={t("staff-outcome-words-hint")} rows={2}
                value={draft.words.clone()} error={errors.inline("words")} oninput={text(|d| &mut d.words)} />
            <Radios name={format!("{p}expressed_by")} legend={t("staff-outcome-expressed-by")} options={by}
                selected={draft.expressed_by.map(|b| vec![b.code().to_string()]).unwrap_or_default()} error={errors.inline("expressed_by")} onchange={on_by} />
            <Checkboxes name={format!("{p}wellbeing")} legend={t("staff-outcome-wellbeing")} options={areas}
                selected={draft.wellbeing.iter().map(|a| a.code().to_string()).collect::<Vec<_>>()} onchange={on_area} />
            <TextArea id={format!("{p}outcome-if-not")} label={t("staff-outcome-if-not-label")} rows={2}
                value={draft.if_not.clone()} error={errors.inline("if_not")} oninput={text(|d| &mut d.if_not)} />
            <DateInput id={format!("{p}review_on")} legend={t("staff-outcome-review-label")} hint={t("staff-outcome-date-hint")}
                value={draft.review_on.clone()} error={errors.inline("review_on")} onchange={on_day} />
            <Checkboxes name={format!("{p}shared")} legend={t("staff-outcome-shared")} options={vec![choice("yes", "staff-outcome-shared-label")]}
                selected={if draft.shared { vec!["yes".to_string()] } else { Vec::new() }} onchange={on_shared} />
            if editing.is_some() {
                <div class="button-group">
                    <button type="submit" id="save-outcome" class="button" disabled={action.busy()}>{ t("staff-outcome-save") }</button>
                    { cancel_button("cancel-outcome", "staff-outcome-cancel", &props.on_cancel) }
                </div>
            } else {
                <button type="submit" id="add-outcome" class="button" disabled={action.busy()}>{ t("staff-outcome-add") }</button>
            }
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct OneOutcomeProps {
    pub case: Uuid,
    pub outcome: DesiredOutcome,
    pub on_saved: Callback<Casework>,
    pub on_cancel: Callback<()>,
}

#[derive(Clone, PartialEq, Default)]
struct ReviewDraft {
    what_changed: String,
    next: DateParts,
}

#[component]
pub fn ReviewForm(props: &OneOutcomeProps) -> Html {
    let draft = use_state(ReviewDraft::default);
    let action = use_action(Fields::OnPage(added_link));
    let heading_ref = crate::dom::use_focus_when((), true);
    let on_words = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.set(ReviewDraft { what_changed: v, ..(*draft).clone() }))
    };
    let on_day = edit_in(&draft, |d| &mut d.next);
    let onsubmit = {
        let (action, draft, case, outcome, done) = (action.clone(), draft.clone(), props.case, props.outcome.clone(), props.on_saved.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (next_review_on, problems) = match draft.next.optional("next_review_on", "error-outcome-date-invalid") {
                Ok(day) => (day, Vec::new()),
                Err(problem) => (None, vec![problem]),
            };
            let body = NewOutcomeReview { what_changed: draft.what_changed.clone(), next_review_on, version: outcome.version };
            let problems = problems_with(&body, problems);
            if !problems.is_empty() {
                return action.refuse(problems);
            }
            let done = done.clone();
            action.run(api::review_outcome(case, outcome.id, body, action.csrf()), move |work| done.emit(work));
        })
    };
    let errors = action.errors();
    html! {
        <form class="form inset" novalidate=true {onsubmit} aria-labelledby="review-form-title">
            <h4 class="heading-s" id="review-form-title" tabindex="-1" ref={heading_ref}>{ tf("staff-outcome-review-heading", &[("words", &props.outcome.words)]) }</h4>
            <ErrorSummary errors={errors.clone()} title_id="review-error-title" />
            <TextArea id="outcome-what-changed" label={t("staff-outcome-what-changed")} rows={3}
                value={draft.what_changed.clone()} error={errors.inline("what_changed")} oninput={on_words} />
            <DateInput id="next_review_on" legend={t("staff-outcome-next-review")} hint={t("staff-outcome-date-hint")}
                value={draft.next.clone()} error={errors.inline("next_review_on")} onchange={on_day} />
            <div class="button-group">
                <button type="submit" id="save-review" class="button" disabled={action.busy()}>{ t("staff-outcome-save-review") }</button>
                { cancel_button("cancel-review", "staff-outcome-cancel", &props.on_cancel) }
            </div>
        </form>
    }
}

#[derive(Clone, PartialEq, Default)]
struct RatingDraft {
    achievement: Option<Achievement>,
    by: Option<RatedBy>,
    comment: String,
}

#[component]
pub fn RateForm(props: &OneOutcomeProps) -> Html {
    let rated = props.outcome.rating.as_ref();
    let draft = use_state(|| RatingDraft {
        achievement: rated.map(|r| r.achievement),
        by: rated.map(|r| r.by).filter(|b| *b != RatedBy::Person),
        comment: rated.and_then(|r| r.comment.clone()).unwrap_or_default(),
    });
    let action = use_action(Fields::OnPage(added_link));
    let heading_ref = crate::dom::use_focus_when((), true);
    let on_achievement = {
        let draft = draft.clone();
        Callback::from(move |(code, _): (String, bool)| draft.set(RatingDraft { achievement: Achievement::parse(&code), ..(*draft).clone() }))
    };
    let on_by = {
        let draft = draft.clone();
        Callback::from(move |(code, _): (String, bool)| draft.set(RatingDraft { by: RatedBy::parse(&code), ..(*draft).clone() }))
    };
    let on_comment = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.set(RatingDraft { comment: v, ..(*draft).clone() }))
    };
    let onsubmit = {
        let (action, draft, case, outcome, done) = (action.clone(), draft.clone(), props.case, props.outcome.clone(), props.on_saved.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let comment = Some(draft.comment.trim().to_string()).filter(|c| !c.is_empty());
            let body = RatingChange { achievement: draft.achievement, by: draft.by, comment, version: outcome.version };
            let problems = problems_with(&body, Vec::new());
            if !problems.is_empty() {
                return action.refuse(problems);
            }
            let done = done.clone();
            action.run(api::rate_outcome(case, outcome.id, body, action.csrf()), move |work| done.emit(work));
        })
    };
    let errors = action.errors();
    let achievements = choices(Achievement::ALL, Achievement::code, Achievement::label_id);
    let by = vec![choice("with_advocate", "staff-outcome-rate-with"), choice("advocate", "staff-outcome-rate-advocate")];
    html! {
        <form class="form inset" novalidate=true {onsubmit} aria-labelledby="rate-form-title">
            <h4 class="heading-s" id="rate-form-title" tabindex="-1" ref={heading_ref}>{ tf("staff-outcome-rate-heading", &[("words", &props.outcome.words)]) }</h4>
            <ErrorSummary errors={errors.clone()} title_id="rate-error-title" />
            <Radios name="achievement" legend={t("staff-outcome-achievement")} options={achievements}
                selected={draft.achievement.map(|a| vec![a.code().to_string()]).unwrap_or_default()} error={errors.inline("achievement")} onchange={on_achievement} />
            <Radios name="by" legend={t("staff-outcome-rated-by")} options={by}
                selected={draft.by.map(|b| vec![b.code().to_string()]).unwrap_or_default()} error={errors.inline("by")} onchange={on_by} />
            <TextArea id="outcome-comment" label={t("staff-outcome-rate-comment")} rows={2}
                value={draft.comment.clone()} error={errors.inline("comment")} oninput={on_comment} />
            <div class="button-group">
                <button type="submit" id="save-rating" class="button" disabled={action.busy()}>{ t("staff-outcome-save-rating") }</button>
                { cancel_button("cancel-rating", "staff-outcome-cancel", &props.on_cancel) }
            </div>
        </form>
    }
}
