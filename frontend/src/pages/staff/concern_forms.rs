//! The forms for safeguarding concerns: record one (what kind, what happened, the person's
//! agreement, when reported), change one as the council answers, and chase or escalate one.
//! Each keeps what was typed when refused and sends the version it was opened from.

use speakup_types::casework::{
    AbuseKind, Casework, ConcernChange, ConcernConsent, ConcernStepKind, Enquiry, Named, NewConcernStep, SafeguardingConcern, WithoutConsent,
};
use uuid::Uuid;
use yew::prelude::*;

use super::action::{cancel_button, problems_with, use_action, Fields};
use super::concerns::{consent_label, enquiry_label};
use crate::api;
use crate::components::choices::{choice, Checkboxes, Choice, Radios};
use crate::components::date::{edit_in, first_part, DateInput, DateParts};
use crate::components::error_summary::ErrorSummary;
use crate::components::fields::{Select, TextArea, TextInput};
use crate::i18n::t;

const DATE_INVALID: &str = "error-concern-date-invalid";

/// Where the summary links each field: choices to their first option, dates to their day box,
/// the rest to the box. The change form's ids start with `edit-`.
fn link(prefix: &str, field: &str) -> String {
    match field {
        "kinds" => format!("#{prefix}kinds-physical"),
        "consent" => format!("#{prefix}consent-given"),
        "without_consent" => format!("#{prefix}without_consent-risk_to_others"),
        "enquiry" => format!("#{prefix}enquiry-not_known"),
        "reported_on" | "feedback_on" | "settled_on" => format!("#{}", first_part(&format!("{prefix}{field}"))),
        "summary" => format!("#{prefix}concern-summary"),
        other => format!("#{prefix}{other}"),
    }
}

fn added_link(field: &str) -> String {
    link("", field)
}

fn edited_link(field: &str) -> String {
    link("edit-", field)
}

fn step_link(field: &str) -> String {
    match field {
        "on" => format!("#{}", first_part("step_on")),
        "kind" => "#step_kind-chased".into(),
        "note" => "#step-note".into(),
        other => format!("#{other}"),
    }
}

#[derive(Clone, PartialEq, Default)]
struct Draft {
    kinds: Vec<AbuseKind>,
    summary: String,
    consent: Option<ConcernConsent>,
    without_consent: Option<WithoutConsent>,
    reported_on: DateParts,
    council_reference: String,
    enquiry: Option<Enquiry>,
    council_decision: String,
    feedback_on: DateParts,
    still_at_risk: bool,
    settled_on: DateParts,
}

impl Draft {
    fn of(c: &SafeguardingConcern) -> Draft {
        Draft {
            kinds: c.kinds.clone(),
            summary: c.summary.clone(),
            consent: Some(c.consent),
            without_consent: c.without_consent,
            reported_on: DateParts::of(c.reported_on),
            council_reference: c.council_reference.clone().unwrap_or_default(),
            enquiry: Some(c.enquiry),
            council_decision: c.council_decision.clone().unwrap_or_default(),
            feedback_on: DateParts::of(c.feedback_on),
            still_at_risk: c.still_at_risk,
            settled_on: DateParts::of(c.settled_on),
        }
    }
}

fn text(value: &str) -> Option<String> {
    Some(value.trim().to_string()).filter(|v| !v.is_empty())
}

fn radio<T: Copy + 'static>(draft: &UseStateHandle<Draft>, parse: fn(&str) -> Option<T>, set: fn(&mut Draft, Option<T>)) -> Callback<(String, bool)> {
    let draft = draft.clone();
    Callback::from(move |(code, _): (String, bool)| {
        let mut changed = (*draft).clone();
        set(&mut changed, parse(&code));
        draft.set(changed);
    })
}

#[derive(Properties, PartialEq)]
pub struct ConcernFormProps {
    pub case: Uuid,
    /// The concern being changed, from the version shown; none to record one.
    #[prop_or_default]
    pub editing: Option<SafeguardingConcern>,
    pub on_saved: Callback<Casework>,
    #[prop_or_default]
    pub on_cancel: Callback<()>,
}

#[component]
pub fn ConcernForm(props: &ConcernFormProps) -> Html {
    let editing = props.editing.clone();
    let draft = use_state(|| editing.as_ref().map(Draft::of).unwrap_or_default());
    let p = if editing.is_some() { "edit-" } else { "" };
    let action = use_action(Fields::OnPage(if editing.is_some() { edited_link } else { added_link }));
    let added = use_state(|| false);
    let heading_ref = crate::dom::use_focus_when((), editing.is_some());
    let typed = |pick: fn(&mut Draft) -> &mut String| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut changed = (*draft).clone();
            *pick(&mut changed) = value;
            draft.set(changed);
        })
    };
    let on_kind = {
        let draft = draft.clone();
        Callback::from(move |(code, on): (String, bool)| {
            let mut changed = (*draft).clone();
            changed.kinds.retain(|k| k.code() != code);
            if let (true, Some(kind)) = (on, AbuseKind::parse(&code)) {
                changed.kinds.push(kind);
            }
            draft.set(changed);
        })
    };
    let on_consent = radio(&draft, ConcernConsent::parse, |d, v| {
        d.consent = v;
        // Agreement given leaves no reason to go without it.
        if v == Some(ConcernConsent::Given) {
            d.without_consent = None;
        }
    });
    let on_without = radio(&draft, WithoutConsent::parse, |d, v| d.without_consent = v);
    let on_enquiry = radio(&draft, Enquiry::parse, |d, v| d.enquiry = v);
    let on_risk = {
        let draft = draft.clone();
        Callback::from(move |(_, on): (String, bool)| draft.set(Draft { still_at_risk: on, ..(*draft).clone() }))
    };
    let on_reported = edit_in(&draft, |d| &mut d.reported_on);
    let on_feedback = edit_in(&draft, |d| &mut d.feedback_on);
    let on_settled = edit_in(&draft, |d| &mut d.settled_on);
    let onsubmit = {
        let (action, draft, added, case, done, editing) = (action.clone(), draft.clone(), added.clone(), props.case, props.on_saved.clone(), editing.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // A date that cannot be read is said so, never dropped.
            let mut problems = Vec::new();
            let mut date = |parts: &DateParts, field: &str| parts.optional(field, DATE_INVALID).unwrap_or_else(|p| {
                problems.push(p);
                None
            });
            let (reported_on, feedback_on, settled_on) =
                (date(&draft.reported_on, "reported_on"), date(&draft.feedback_on, "feedback_on"), date(&draft.settled_on, "settled_on"));
            let body = ConcernChange {
                kinds: draft.kinds.clone(),
                summary: draft.summary.clone(),
                consent: draft.consent,
                without_consent: draft.without_consent.filter(|_| draft.consent != Some(ConcernConsent::Given)),
                reported_on,
                council_reference: text(&draft.council_reference),
                enquiry: draft.enquiry,
                council_decision: text(&draft.council_decision),
                feedback_on,
                still_at_risk: draft.still_at_risk,
                settled_on,
                version: editing.as_ref().map_or(0, |c| c.version),
            };
            let problems = problems_with(&body, problems);
            if !problems.is_empty() {
                return action.refuse(problems);
            }
            let (concern, csrf) = (editing.as_ref().map(|c| c.id), action.csrf());
            let (draft, added, done) = (draft.clone(), added.clone(), done.clone());
            let request = async move {
                match concern {
                    Some(concern) => api::change_concern(case, concern, body, csrf).await,
                    None => api::add_concern(case, body, csrf).await,
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
    let kinds: Vec<Choice> = AbuseKind::ALL.iter().map(|k| choice(k.code(), k.label_id())).collect();
    let consents: Vec<Choice> = ConcernConsent::ALL.iter().map(|c| choice(c.code(), consent_label(*c))).collect();
    let reasons: Vec<Choice> = WithoutConsent::ALL.iter().map(|w| choice(w.code(), w.label_id())).collect();
    let enquiries: Vec<Choice> = Enquiry::ALL.iter().map(|q| choice(q.code(), enquiry_label(*q))).collect();
    let chosen = |code: Option<&'static str>| code.map(|c| vec![c.to_string()]).unwrap_or_default();
    let heading = t(if editing.is_some() { "staff-concern-edit-heading" } else { "staff-concern-add-heading" });
    html! {
        <form class="form inset" novalidate=true {onsubmit} aria-labelledby={format!("{p}concern-form-title")}>
            <h4 class="heading-s" id={format!("{p}concern-form-title")} tabindex="-1" ref={heading_ref}>{ heading }</h4>
            <ErrorSummary errors={errors.clone()} title_id={format!("{p}concern-error-title")} />
            if *added && editing.is_none() { <p class="body" role="status" id="concern-added">{ t("staff-concern-added") }</p> }
            <Checkboxes name={format!("{p}kinds")} legend={t("staff-concern-kinds")} options={kinds} error={errors.inline("kinds")}
                selected={draft.kinds.iter().map(|k| k.code().to_string()).collect::<Vec<_>>()} onchange={on_kind} />
            <TextArea id={format!("{p}concern-summary")} label={t("staff-concern-summary")} hint={t("staff-concern-summary-hint")} rows={3}
                value={draft.summary.clone()} error={errors.inline("summary")} oninput={typed(|d| &mut d.summary)} />
            <Radios name={format!("{p}consent")} legend={t("staff-concern-consent")} options={consents}
                selected={chosen(draft.consent.map(|c| c.code()))} error={errors.inline("consent")} onchange={on_consent} />
            if matches!(draft.consent, Some(ConcernConsent::Refused | ConcernConsent::NotAsked)) {
                <Radios name={format!("{p}without_consent")} legend={t("staff-concern-without")} options={reasons}
                    selected={chosen(draft.without_consent.map(|w| w.code()))} error={errors.inline("without_consent")} onchange={on_without} />
            }
            <DateInput id={format!("{p}reported_on")} legend={t("staff-concern-reported-on")} hint={t("staff-concern-date-hint")}
                value={draft.reported_on.clone()} error={errors.inline("reported_on")} onchange={on_reported} />
            <TextInput id={format!("{p}council_reference")} label={t("staff-concern-reference-label")} class="input-medium"
                value={draft.council_reference.clone()} error={errors.inline("council_reference")} oninput={typed(|d| &mut d.council_reference)} />
            if editing.is_some() {
                <Radios name="edit-enquiry" legend={t("staff-concern-enquiry")} options={enquiries}
                    selected={chosen(draft.enquiry.map(|q| q.code()))} error={errors.inline("enquiry")} onchange={on_enquiry} />
                <TextArea id="edit-council_decision" label={t("staff-concern-decision-label")} rows={2}
                    value={draft.council_decision.clone()} error={errors.inline("council_decision")} oninput={typed(|d| &mut d.council_decision)} />
                <DateInput id="edit-feedback_on" legend={t("staff-concern-feedback-on")} hint={t("staff-concern-date-hint")}
                    value={draft.feedback_on.clone()} error={errors.inline("feedback_on")} onchange={on_feedback} />
                <Checkboxes name="edit-still_at_risk" legend={t("staff-concern-still-at-risk")} options={vec![choice("yes", "staff-concern-at-risk-label")]}
                    selected={if draft.still_at_risk { vec!["yes".to_string()] } else { Vec::new() }} onchange={on_risk} />
                <DateInput id="edit-settled_on" legend={t("staff-concern-settled-on")} hint={t("staff-concern-date-hint")}
                    value={draft.settled_on.clone()} error={errors.inline("settled_on")} onchange={on_settled} />
                <div class="button-group">
                    <button type="submit" id="save-concern" class="button" disabled={action.busy()}>{ t("staff-concern-save") }</button>
                    { cancel_button("cancel-concern", "staff-concern-cancel", &props.on_cancel) }
                </div>
            } else {
                <button type="submit" id="add-concern" class="button" disabled={action.busy()}>{ t("staff-concern-add") }</button>
            }
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct StepFormProps {
    pub case: Uuid,
    pub concern: SafeguardingConcern,
    /// The provider's escalation path.
    pub path: Vec<Named>,
    pub on_saved: Callback<Casework>,
    pub on_cancel: Callback<()>,
}

#[derive(Clone, PartialEq, Default)]
struct StepDraft {
    kind: Option<ConcernStepKind>,
    to: String,
    on: DateParts,
    note: String,
}

#[component]
pub fn StepForm(props: &StepFormProps) -> Html {
    let draft = use_state(|| StepDraft { on: DateParts::of(crate::dom::today()), ..StepDraft::default() });
    let action = use_action(Fields::OnPage(step_link));
    let heading_ref = crate::dom::use_focus_when((), true);
    let on_kind = {
        let draft = draft.clone();
        Callback::from(move |(code, _): (String, bool)| draft.set(StepDraft { kind: ConcernStepKind::parse(&code), ..(*draft).clone() }))
    };
    let on_to = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.set(StepDraft { to: v, ..(*draft).clone() }))
    };
    let on_note = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.set(StepDraft { note: v, ..(*draft).clone() }))
    };
    let on_day = edit_in(&draft, |d| &mut d.on);
    let onsubmit = {
        let (action, draft, case, concern, done) = (action.clone(), draft.clone(), props.case, props.concern.clone(), props.on_saved.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (on, problems) = match draft.on.optional("on", DATE_INVALID) {
                Ok(day) => (day, Vec::new()),
                Err(problem) => (None, vec![problem]),
            };
            let Some(kind) = draft.kind else {
                let wording = crate::i18n::wording();
                let mut problems = problems;
                problems.insert(0, speakup_types::problem::FieldError::from_id("kind", "error-concern-step-kind-required", &[], wording));
                return action.refuse(problems);
            };
            let escalated = kind == ConcernStepKind::Escalated;
            let body = NewConcernStep {
                kind,
                escalated_to: Uuid::parse_str(&draft.to).ok().filter(|_| escalated),
                on,
                note: text(&draft.note),
                version: concern.version,
            };
            let problems = problems_with(&body, problems);
            if !problems.is_empty() {
                return action.refuse(problems);
            }
            let done = done.clone();
            action.run(api::concern_step(case, concern.id, body, action.csrf()), move |work| done.emit(work));
        })
    };
    let errors = action.errors();
    let kinds = vec![choice("chased", "staff-concern-step-chased"), choice("escalated", "staff-concern-step-escalated")];
    let steps: Vec<(String, String)> = std::iter::once((String::new(), t("staff-concern-step-choose").to_string()))
        .chain(props.path.iter().filter(|s| s.active).map(|s| (s.id.to_string(), s.name.clone())))
        .collect();
    html! {
        <form class="form inset" novalidate=true {onsubmit} aria-labelledby="step-form-title">
            <h4 class="heading-s" id="step-form-title" tabindex="-1" ref={heading_ref}>
                { crate::i18n::tf("staff-concern-step-heading", &[("summary", &props.concern.summary)]) }
            </h4>
            <ErrorSummary errors={errors.clone()} title_id="step-error-title" />
            <Radios name="step_kind" legend={t("staff-concern-step-kind")} options={kinds}
                selected={draft.kind.map(|k| vec![k.code().to_string()]).unwrap_or_default()} error={errors.inline("kind")} onchange={on_kind} />
            if draft.kind == Some(ConcernStepKind::Escalated) {
                if props.path.iter().any(|s| s.active) {
                    <Select id="escalated_to" label={t("staff-concern-step-to")} options={steps} value={draft.to.clone()}
                        error={errors.inline("escalated_to")} onchange={on_to} />
                } else {
                    <p class="body" id="no-escalation-path">{ t("staff-concern-step-no-path") }</p>
                }
            }
            <DateInput id="step_on" legend={t("staff-concern-step-on")} hint={t("staff-concern-date-hint")}
                value={draft.on.clone()} error={errors.inline("on")} onchange={on_day} />
            <TextArea id="step-note" label={t("staff-concern-step-note-label")} rows={2}
                value={draft.note.clone()} error={errors.inline("note")} oninput={on_note} />
            <div class="button-group">
                <button type="submit" id="save-step" class="button" disabled={action.busy()}>{ t("staff-concern-step-save") }</button>
                { cancel_button("cancel-step", "staff-concern-cancel", &props.on_cancel) }
            </div>
        </form>
    }
}
