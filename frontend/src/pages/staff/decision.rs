//! Triage's decision on a referral: accept, or decline with a reason the person reads when
//! tracking, a reason code for the provider's figures, and other help the person could turn
//! to; each asked once more before it is sent. Shown near the top of the referral, just
//! below what it is at a glance.

use speakup_types::referral::{Alternative, Decision, DeclineReason, ReferralDetail, TriageDecision};
use uuid::Uuid;
use validator::Validate;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::action::{use_action, Fields};
use crate::api;
use crate::components::choices::{choice, Checkboxes, Choice, Radios};
use crate::components::confirm::Confirm;
use crate::components::error_summary::{to_field, ErrorSummary};
use crate::components::fields::TextArea;
use crate::i18n::{field_errors, t};

#[derive(Properties, PartialEq)]
pub struct DecideProps {
    pub id: Uuid,
    /// Still waiting for a decision.
    pub awaits: bool,
    /// The referral as it is now, after a decision or when someone else decided first.
    pub on_change: Callback<ReferralDetail>,
}

const DECLINE_REASONS: [Choice; 5] = [
    choice("not_eligible", "staff-decline-not-eligible"),
    choice("outside_area", "staff-decline-outside-area"),
    choice("not_commissioned", "staff-decline-not-commissioned"),
    choice("person_said_no", "staff-decline-person-said-no"),
    choice("other", "staff-decline-other"),
];

const ALTERNATIVES: [Choice; 5] = [
    choice("peer_support", "staff-alternative-peer-support"),
    choice("self_advocacy_group", "staff-alternative-self-advocacy-group"),
    choice("community_advocacy", "staff-alternative-community-advocacy"),
    choice("local_services", "staff-alternative-local-services"),
    choice("ask_your_worker", "staff-alternative-ask-your-worker"),
];

/// What the decline form holds until it is sent.
#[derive(Clone, Default, PartialEq)]
struct DeclineDraft {
    reason: String,
    code: Option<DeclineReason>,
    alternatives: Vec<Alternative>,
    where_to_go: String,
}

impl DeclineDraft {
    fn decision(&self, decision: Decision) -> TriageDecision {
        if decision == Decision::Accept {
            return TriageDecision::accept();
        }
        let written = |text: &str| Some(text.trim().to_string()).filter(|t| !t.is_empty());
        TriageDecision {
            decision,
            reason_for_person: written(&self.reason),
            decline_reason: self.code,
            alternatives: self.alternatives.clone(),
            where_to_go: written(&self.where_to_go),
        }
    }
}

/// Links an error to its field: the reason code's to its first option.
fn decision_field(field: &str) -> String {
    match field {
        "decline_reason" => "#decline_reason-not_eligible".into(),
        other => to_field(other),
    }
}

/// The confirmation once a decision is made.
fn decided(decision: Decision) -> &'static str {
    match decision {
        Decision::Accept => t("staff-referral-accepted"),
        Decision::Decline => t("staff-referral-declined"),
    }
}

#[component]
pub fn Decide(props: &DecideProps) -> Html {
    let draft = use_state(DeclineDraft::default);
    let action = use_action(Fields::OnPage(decision_field));
    // The decision just made, for its confirmation.
    let done = use_state(|| None::<Decision>);
    // A decision pressed and not yet confirmed.
    let confirming = use_state(|| None::<Decision>);
    // The decision buttons go away once decided: put focus on the confirmation instead.
    let notice = crate::dom::use_focus_when(*done, done.is_some());
    let decide = {
        let (action, draft, done, on_change, id) = (action.clone(), draft.clone(), done.clone(), props.on_change.clone(), props.id);
        Callback::from(move |decision: Decision| {
            let body = draft.decision(decision);
            if let Err(e) = body.validate() {
                return action.refuse(field_errors(&e));
            }
            let (decided, refreshed, done) = (on_change.clone(), on_change.clone(), done.clone());
            action.run_or(
                api::decide(id, body, action.csrf()),
                move |detail| {
                    done.set(Some(decision));
                    decided.emit(detail);
                },
                move |problem| {
                    if problem.status == 409 {
                        // Someone else decided first: show what the referral says now.
                        spawn_local(async move {
                            if let Ok(detail) = api::referral(id).await {
                                refreshed.emit(detail);
                            }
                        });
                    }
                },
            );
        })
    };
    let edit = |change: fn(&mut DeclineDraft, String, bool)| {
        let draft = draft.clone();
        Callback::from(move |(value, on): (String, bool)| {
            let mut next = (*draft).clone();
            change(&mut next, value, on);
            draft.set(next);
        })
    };
    let on_reason = edit(|d, v, _| d.reason = v).reform(|v: String| (v, true));
    let on_where = edit(|d, v, _| d.where_to_go = v).reform(|v: String| (v, true));
    let on_code = edit(|d, v, _| d.code = DeclineReason::parse(&v));
    let on_alternative = edit(|d, v, on| {
        d.alternatives.retain(|a| a.code() != v);
        if let Some(a) = Alternative::parse(&v).filter(|_| on) {
            d.alternatives.push(a);
        }
    });
    let errors = action.errors();
    let accept = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(Some(Decision::Accept)))
    };
    let decline = {
        let confirming = confirming.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            confirming.set(Some(Decision::Decline));
        })
    };
    let confirm = match *confirming {
        Some(decision) => {
            let (question, text, yes_label, yes_id, asked_by) = match decision {
                Decision::Accept => (
                    "staff-referral-confirm-accept",
                    "staff-referral-confirm-accept-text",
                    "staff-referral-confirm-accept-yes",
                    "confirm-accept",
                    "accept",
                ),
                Decision::Decline => (
                    "staff-referral-confirm-decline",
                    "staff-referral-confirm-decline-text",
                    "staff-referral-confirm-decline-yes",
                    "confirm-decline",
                    "decline",
                ),
            };
            let yes = {
                let (decide, confirming) = (decide.clone(), confirming.clone());
                Callback::from(move |()| {
                    confirming.set(None);
                    decide.emit(decision);
                })
            };
            let no = {
                let confirming = confirming.clone();
                Callback::from(move |()| confirming.set(None))
            };
            html! {
                <Confirm id="confirm-decision" question={t(question)} text={t(text)} yes={t(yes_label)}
                    {yes_id} warning={decision == Decision::Decline} onyes={yes}
                    no={t("staff-referral-confirm-no")} no_id="confirm-no" onno={no} return_to={asked_by} />
            }
        }
        None => html! {},
    };
    html! {
        <section aria-labelledby="decision-title">
            <ErrorSummary errors={errors.clone()} />
            <div role="status" class="notice-region">
                if let Some(decision) = *done { <p class="notice" tabindex="-1" ref={notice}>{ decided(decision) }</p> }
            </div>
            <h2 class="heading-m" id="decision-title">{ t("staff-referral-decision") }</h2>
            if props.awaits {
                <p class="body">{ t("staff-referral-decision-hint") }</p>
                <button type="button" id="accept" class="button" disabled={action.busy()} onclick={accept}>{ t("staff-referral-accept") }</button>
                <form class="form decline" novalidate=true onsubmit={decline}>
                    <TextArea id="reason_for_person" label={t("staff-referral-reason")}
                        hint={t("staff-referral-reason-hint")}
                        value={draft.reason.clone()} rows={4} error={errors.inline("reason_for_person")} oninput={on_reason} />
                    <Radios name="decline_reason" legend={t("staff-decline-code")} hint={t("staff-decline-code-hint")}
                        options={DECLINE_REASONS.to_vec()} selected={draft.code.map(|c| vec![c.code().to_string()]).unwrap_or_default()}
                        error={errors.inline("decline_reason")} onchange={on_code} />
                    <Checkboxes name="alternatives" legend={t("staff-decline-alternatives")} hint={t("staff-decline-alternatives-hint")}
                        options={ALTERNATIVES.to_vec()} selected={draft.alternatives.iter().map(|a| a.code().to_string()).collect::<Vec<_>>()}
                        onchange={on_alternative} />
                    <TextArea id="where_to_go" label={t("staff-decline-where")} hint={t("staff-decline-where-hint")}
                        value={draft.where_to_go.clone()} rows={4} error={errors.inline("where_to_go")} oninput={on_where} />
                    <button type="submit" id="decline" class="button button-warning" disabled={action.busy()}>{ t("staff-referral-decline") }</button>
                </form>
                { confirm }
            } else {
                <p class="body">{ t("staff-referral-decided") }</p>
            }
        </section>
    }
}
