//! Safeguarding concerns on a case, for the team only: each with what kind, what happened,
//! the person's agreement, where it stands with the council and when to chase it, and every
//! chase and escalation; with forms to record one, change it, and chase or escalate it
//! (`concern_forms.rs`). One concern's form is open at a time.

use speakup_types::casework::{Casework, CatalogueKind, ConcernConsent, ConcernStepKind, Enquiry, Named, SafeguardingConcern};
use uuid::Uuid;
use yew::prelude::*;

use super::action::use_open_form;
use super::concern_forms::{ConcernForm, StepForm};
use super::feedback::day;
use super::{use_load, Load};
use crate::api;
use crate::dom;
use crate::i18n::{t, tf};

/// Which form a concern has open.
#[derive(Clone, Copy, PartialEq)]
enum Open {
    Change,
    Step,
}

pub(super) fn consent_label(consent: ConcernConsent) -> &'static str {
    match consent {
        ConcernConsent::Given => "staff-concern-consent-given",
        ConcernConsent::Refused => "staff-concern-consent-refused",
        ConcernConsent::NotAsked => "staff-concern-consent-not-asked",
    }
}

pub(super) fn enquiry_label(enquiry: Enquiry) -> &'static str {
    match enquiry {
        Enquiry::NotKnown => "staff-concern-enquiry-not-known",
        Enquiry::Opened => "staff-concern-enquiry-opened",
        Enquiry::NotOpened => "staff-concern-enquiry-not-opened",
    }
}

#[derive(Properties, PartialEq)]
pub struct ConcernsProps {
    pub case: Uuid,
    pub concerns: Vec<SafeguardingConcern>,
    pub on_change: Callback<Casework>,
}

#[component]
pub fn Concerns(props: &ConcernsProps) -> Html {
    let path = use_load(CatalogueKind::EscalationStep, api::catalogue);
    let path: Vec<Named> = if let Load::Loaded(steps) = &*path { steps.clone() } else { Vec::new() };
    let forms = use_open_form::<Open>();
    let (saved, cancel) = (forms.saved(props.on_change.clone()), forms.cancel());
    let row = |c: &SafeguardingConcern| -> Html {
        let (case, concern) = (props.case, c.clone());
        let body = match forms.of(c.id) {
            Some(Open::Change) => {
                html! { <ConcernForm {case} editing={Some(concern)} on_saved={saved.clone()} on_cancel={cancel.clone()} /> }
            }
            Some(Open::Step) => {
                html! { <StepForm {case} {concern} path={path.clone()} on_saved={saved.clone()} on_cancel={cancel.clone()} /> }
            }
            None => html! { <Summary {concern} path={path.clone()} on_open={forms.opener(c.id)} refocus={forms.refocus(c.id)} /> },
        };
        html! { <li class="summary-row" key={c.id.to_string()} id={format!("concern-{}", c.id)}>{ body }</li> }
    };
    html! {
        <section aria-labelledby="concerns-title" id="concerns">
            <h3 class="heading-s" id="concerns-title">{ t("staff-concerns-heading") }</h3>
            <p class="hint">{ t("staff-concerns-hint") }</p>
            if props.concerns.is_empty() {
                <p class="body">{ t("staff-work-none") }</p>
            } else {
                <ul class="list" id="concern-list">{ for props.concerns.iter().map(row) }</ul>
            }
            <ConcernForm case={props.case} on_saved={props.on_change.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    concern: SafeguardingConcern,
    /// The provider's escalation path, to name each escalation's step.
    path: Vec<Named>,
    on_open: Callback<Open>,
    refocus: Option<Open>,
}

#[component]
fn Summary(props: &SummaryProps) -> Html {
    let c = &props.concern;
    let change_button = dom::use_focus_when((), props.refocus == Some(Open::Change));
    let step_button = dom::use_focus_when((), props.refocus == Some(Open::Step));
    let kinds: Vec<&str> = c.kinds.iter().map(|k| t(k.label_id())).collect();
    let step_name = |id: Option<Uuid>| id.and_then(|id| props.path.iter().find(|s| s.id == id)).map(|s| s.name.clone()).unwrap_or_default();
    let open = |mode: Open| {
        let on_open = props.on_open.clone();
        Callback::from(move |_: MouseEvent| on_open.emit(mode))
    };
    let can_chase = c.reported_on.is_some() && c.settled_on.is_none();
    html! {
        <>
            <p class="body"><strong>{ tf("staff-concern-kinds-are", &[("kinds", &kinds.join(", "))]) }</strong></p>
            <p class="body pre-wrap">{ c.summary.clone() }</p>
            <p class="body">{ tf("staff-concern-consent-is", &[("consent", t(consent_label(c.consent)))]) }</p>
            if let Some(reason) = c.without_consent {
                <p class="body">{ tf("staff-concern-without-is", &[("reason", t(reason.label_id()))]) }</p>
            }
            if let Some(on) = c.reported_on {
                <p class="body">{ tf("staff-concern-reported", &[("date", &day(on))]) }</p>
            } else {
                <p class="body">{ t("staff-concern-not-reported") }</p>
            }
            if let Some(reference) = &c.council_reference { <p class="body">{ tf("staff-concern-reference", &[("reference", reference)]) }</p> }
            <p class="body">{ tf("staff-concern-enquiry-is", &[("enquiry", t(enquiry_label(c.enquiry)))]) }</p>
            if let Some(decision) = &c.council_decision { <p class="body pre-wrap">{ tf("staff-concern-decision", &[("decision", decision)]) }</p> }
            if let Some(on) = c.feedback_on {
                <p class="body">{ tf("staff-concern-feedback", &[("date", &day(on))]) }</p>
            } else if c.reported_on.is_some() {
                <p class="body">{ t("staff-concern-no-feedback") }</p>
            }
            if c.still_at_risk { <p class="body"><strong class="tag tag-urgent">{ t("staff-concern-still-at-risk") }</strong></p> }
            if let Some(on) = c.chase_on {
                <p class="body" id={format!("chase-on-{}", c.id)}><strong>{ tf("staff-concern-chase-on", &[("date", &day(on))]) }</strong></p>
            }
            if let Some(on) = c.settled_on { <p class="body">{ tf("staff-concern-settled", &[("date", &day(on))]) }</p> }
            if !c.steps.is_empty() {
                <ol class="timeline" id={format!("steps-{}", c.id)}>
                    { for c.steps.iter().map(|s| html! {
                        <li class="timeline-item">
                            <p class="body">{ match s.kind {
                                ConcernStepKind::Chased => tf("staff-concern-chased", &[("date", &day(s.on))]),
                                ConcernStepKind::Escalated => tf("staff-concern-escalated", &[("date", &day(s.on)), ("step", &step_name(s.escalated_to))]),
                            } }</p>
                            if let Some(note) = &s.note { <p class="body pre-wrap">{ tf("staff-concern-step-note", &[("note", note)]) }</p> }
                        </li>
                    }) }
                </ol>
            }
            <div class="button-group">
                <button type="button" id={format!("change-concern-{}", c.id)} class="button button-secondary button-small" ref={change_button} onclick={open(Open::Change)}>
                    { t("staff-concern-change") }
                </button>
                if can_chase {
                    <button type="button" id={format!("chase-{}", c.id)} class="button button-secondary button-small" ref={step_button} onclick={open(Open::Step)}>
                        { t("staff-concern-chase") }
                    </button>
                }
            </div>
        </>
    }
}
