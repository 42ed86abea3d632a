//! Triage's decision on a referral: accept, or decline with a reason the person reads when
//! tracking; each asked once more before it is sent. Shown near the top of the referral, just
//! below what it is at a glance.

use speakup_types::referral::{Decision, ReferralDetail, TriageDecision};
use uuid::Uuid;
use validator::Validate;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::action::{use_action, Fields};
use crate::api;
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

/// The confirmation once a decision is made.
fn decided(decision: Decision) -> &'static str {
    match decision {
        Decision::Accept => t("staff-referral-accepted"),
        Decision::Decline => t("staff-referral-declined"),
    }
}

#[component]
pub fn Decide(props: &DecideProps) -> Html {
    let reason = use_state(String::new);
    let action = use_action(Fields::OnPage(to_field));
    // The decision just made, for its confirmation.
    let done = use_state(|| None::<Decision>);
    // A decision pressed and not yet confirmed.
    let confirming = use_state(|| None::<Decision>);
    // The decision buttons go away once decided: put focus on the confirmation instead.
    let notice = crate::dom::use_focus_when(*done, done.is_some());
    let decide = {
        let (action, reason, done, on_change, id) = (action.clone(), reason.clone(), done.clone(), props.on_change.clone(), props.id);
        Callback::from(move |decision: Decision| {
            let reason_for_person = Some(reason.trim().to_string()).filter(|r| !r.is_empty());
            let body = TriageDecision {
                decision,
                reason_for_person: if decision == Decision::Decline { reason_for_person } else { None },
            };
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
    let on_reason = {
        let reason = reason.clone();
        Callback::from(move |v: String| reason.set(v))
    };
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
            <ErrorSummary errors={action.errors()} />
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
                        value={(*reason).clone()} rows={4} error={action.errors().inline("reason_for_person")} oninput={on_reason} />
                    <button type="submit" id="decline" class="button button-warning" disabled={action.busy()}>{ t("staff-referral-decline") }</button>
                </form>
                { confirm }
            } else {
                <p class="body">{ t("staff-referral-decided") }</p>
            }
        </section>
    }
}
