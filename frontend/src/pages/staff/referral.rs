//! One referral for triage: everything the person told us, the indicated entitlement, the
//! history, and the decision (accept, or decline with a reason written for the person).

use speakup_types::referral::{
    CommunicationNeeds, ContactMethod, ContactPreferences, Decision, PersonPreferences, ReferralAnswers,
    SelfReferral, StaffActionKind, TriageDecision,
};
use uuid::Uuid;
use validator::Validate;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use super::facts::plain_facts;
use super::action::{use_action, Fields};
use super::{on_behalf, professional, use_load, Load};
use super::{duplicates::Duplicates, new_code::NewCode};
use crate::api;
use crate::route::Route;
use crate::components::assessment::Indicated;
use crate::components::confirm::Confirm;
use crate::components::error_summary::{to_field, ErrorSummary};
use crate::components::fields::TextArea;
use crate::components::heading::Heading;
use crate::dom;
use crate::components::contact::method_label;
use crate::pages::profile_rows::{advocate_lines, needs_lines, people_lines};
use crate::i18n::{field_errors, t, tf, Language};

#[derive(Properties, PartialEq)]
pub struct ReferralPageProps {
    pub id: Uuid,
}

#[component]
pub fn ReferralPage(props: &ReferralPageProps) -> Html {
    let load = use_load(props.id, api::referral);
    let reason = use_state(String::new);
    let action = use_action(Fields::OnPage(to_field));
    // The decision just made, for its confirmation.
    let done = use_state(|| None::<Decision>);
    // A decision pressed and not yet confirmed.
    let confirming = use_state(|| None::<Decision>);
    let notice = use_node_ref();
    {
        // The decision buttons go away once decided: put focus on the confirmation instead.
        let notice = notice.clone();
        use_effect_with(*done, move |done| {
            if done.is_some() {
                if let Some(element) = notice.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    let decide = {
        let (action, load, reason, done) = (action.clone(), load.clone(), reason.clone(), done.clone());
        let id = props.id;
        Callback::from(move |decision: Decision| {
            let reason_for_person = Some(reason.trim().to_string()).filter(|r| !r.is_empty());
            let body = TriageDecision {
                decision,
                reason_for_person: if decision == Decision::Decline { reason_for_person } else { None },
            };
            if let Err(e) = body.validate() {
                return action.refuse(field_errors(&e));
            }
            let (decided, refreshed, done) = (load.clone(), load.clone(), done.clone());
            action.run_or(
                api::decide(id, body, action.csrf()),
                move |detail| {
                    done.set(Some(decision));
                    decided.set(Load::Loaded(detail));
                },
                move |problem| {
                    if problem.status == 409 {
                        // Someone else decided first: show what the referral says now.
                        spawn_local(async move {
                            if let Ok(detail) = api::referral(id).await {
                                refreshed.set(Load::Loaded(detail));
                            }
                        });
                    }
                },
            );
        })
    };
    let back = html! { <Link<Route> to={Route::Queue} classes="back-link">{ t("staff-referral-back") }</Link<Route>> };
    let joined = { let load = load.clone(); Callback::from(move |d| load.set(Load::Loaded(d))) };
    let detail = match &*load {
        Load::Loading => {
            return html! { <>{ back }<Heading text={t("staff-referral-heading")} /><p class="body" role="status">{ t("staff-referral-loading") }</p></> };
        }
        Load::Failed(problem) => {
            let text = if problem.status == 404 { t("staff-referral-not-found") } else { t("staff-referral-heading") };
            let message = match problem.status {
                404 => t("staff-referral-not-found-body").to_string(),
                403 => t("staff-referral-forbidden").to_string(),
                _ => problem.title.clone(),
            };
            return html! { <>{ back }<Heading {text} /><p class="body">{ message }</p></> };
        }
        Load::Loaded(detail) => detail,
    };
    let on_reason = {
        let reason = reason.clone();
        Callback::from(move |v: String| reason.set(v))
    };
    // Each decision is asked once more, saying what the person will be told.
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
            let (question, text, yes_label, yes_id) = match decision {
                Decision::Accept => (
                    "staff-referral-confirm-accept",
                    "staff-referral-confirm-accept-text",
                    "staff-referral-confirm-accept-yes",
                    "confirm-accept",
                ),
                Decision::Decline => (
                    "staff-referral-confirm-decline",
                    "staff-referral-confirm-decline-text",
                    "staff-referral-confirm-decline-yes",
                    "confirm-decline",
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
                    no={t("staff-referral-confirm-no")} no_id="confirm-no" onno={no} />
            }
        }
        None => html! {},
    };
    // Write back in the language the person used SpeakUp in.
    let language = Language::parse(&detail.language).unwrap_or(Language::English);
    // The server lists events oldest first; show the latest first.
    let history: Vec<_> = detail.history.iter().rev().collect();
    html! {
        <>
            { back }
            <ErrorSummary errors={action.errors()} />
            <Heading text={tf("staff-referral-title", &[("reference", &detail.reference)])} />
            <p class="body">
                { t("staff-referral-status") }{ " " }<strong id="referral-status" class="tag">{ t(&detail.status.label_id()) }</strong>
                if detail.urgent { { " " }<strong class="tag tag-urgent">{ t("staff-urgent") }</strong> }
            </p>
            <p class="hint">{ tf("staff-referral-received", &[("date", &dom::format_millis(detail.received_at.timestamp_millis()))]) }</p>
            <p class="body" id="referral-language">
                { t("staff-referral-language") }{ " " }
                <strong lang={language.code()}>{ language.own_name() }</strong>
            </p>
            <div role="status" class="notice-region">
                if let Some(decision) = *done { <p class="notice" tabindex="-1" ref={notice}>{ decided(decision) }</p> }
            </div>
            <NewCode key={format!("code-{}", detail.id)} id={detail.id} requested={detail.code_reset_requested} />
            <Duplicates key={format!("dups-{}", detail.id)} detail={detail.clone()} on_joined={joined} />
            { match &detail.referral {
                ReferralAnswers::SelfReferral(r) => answers(r),
                ReferralAnswers::OnBehalf(r) => on_behalf::answers(r),
                ReferralAnswers::Professional(r) => professional::answers(r),
            } }
            <h2 class="heading-m">{ t("staff-referral-indicated") }</h2>
            <Indicated assessment={detail.assessment.clone()} given_by={detail.referral.given_by_in(crate::i18n::wording())} />
            <h2 class="heading-m">{ t("staff-referral-history") }</h2>
            <ol class="timeline">
                { for history.iter().map(|e| html! {
                    <li class="timeline-item">
                        <p class="timeline-when">{ dom::format_millis(e.at.timestamp_millis()) }</p>
                        <p class="timeline-what"><strong>{ t(&e.status.label_id()) }</strong></p>
                        if let Some(note) = &e.note_for_person {
                            <p class="note"><strong>{ t("staff-referral-told-person") }{ " " }</strong><span class="pre-wrap">{ note.clone() }</span></p>
                        }
                    </li>
                }) }
            </ol>
            if !detail.staff_actions.is_empty() {
                <h2 class="heading-m">{ t("staff-referral-staff-actions") }</h2>
                <ol class="timeline" id="staff-actions">
                    { for detail.staff_actions.iter().map(|a| html! {
                        <li class="timeline-item">
                            <p class="timeline-when">{ dom::format_millis(a.at.timestamp_millis()) }</p>
                            <p class="timeline-what"><strong>{ t(match a.kind {
                                StaffActionKind::NewCodeRequested => "staff-action-new-code-requested",
                                StaffActionKind::NewCodeWithReason => "staff-action-new-code-with-reason",
                            }) }</strong></p>
                            if let Some(reason) = &a.reason {
                                <p class="note"><strong>{ t("staff-action-reason") }{ " " }</strong><span class="pre-wrap">{ reason.clone() }</span></p>
                            }
                        </li>
                    }) }
                </ol>
            }
            if detail.status.awaits_decision() {
                <h2 class="heading-m">{ t("staff-referral-decision") }</h2>
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
        </>
    }
}

/// The confirmation once a decision is made.
fn decided(decision: Decision) -> &'static str {
    match decision {
        Decision::Accept => t("staff-referral-accepted"),
        Decision::Decline => t("staff-referral-declined"),
    }
}

/// One row of a summary list.
pub(super) fn summary_row(key: &str, value: String) -> Html {
    html! {
        <div class="summary-row"><dt class="summary-key">{ key }</dt><dd class="summary-value pre-wrap">{ value }</dd></div>
    }
}

/// How to contact someone: method, details, what is not safe, safe times and the codeword.
pub(super) fn contact_rows(c: &ContactPreferences) -> Html {
    let detail = match (&c.named_person, c.method) {
        (Some(person), ContactMethod::NamedPerson) => Some(person.summary()),
        _ => c.detail().map(str::to_string),
    };
    let message = match c.safe_to_leave_message {
        Some(true) => t("staff-yes"),
        Some(false) => t("staff-contact-no-message"),
        None => t("staff-not-said"),
    };
    html! {
        <>
            { summary_row(t("staff-row-contact-by"), t(method_label(c.method)).to_string()) }
            { summary_row(t("staff-row-details"), detail.unwrap_or_else(|| t("staff-not-given").into())) }
            if !c.not_safe.is_empty() {
                <div class="summary-row summary-row-warning">
                    <dt class="summary-key">{ t("staff-row-never-contact-by") }</dt>
                    <dd class="summary-value"><strong>{ c.not_safe.iter().map(|m| t(method_label(*m))).collect::<Vec<_>>().join(", ") }</strong></dd>
                </div>
            }
            { summary_row(t("staff-row-safe-message"), message.to_string()) }
            { summary_row(t("staff-row-safe-times"), c.safe_times.clone().unwrap_or_else(|| t("staff-not-given").into())) }
            if let Some(codeword) = &c.codeword {
                { summary_row(t("staff-row-codeword"), codeword.clone()) }
            }
        </>
    }
}

/// The person's profile: communication needs, what they want in an advocate, who to involve.
pub(super) fn profile(needs: &CommunicationNeeds, preferences: &PersonPreferences) -> Html {
    let list = |items: Vec<String>| {
        if items.is_empty() {
            html! { <p class="body">{ t("staff-none-given") }</p> }
        } else {
            html! { <ul class="list list-bullet">{ for items.into_iter().map(|n| html! { <li class="pre-wrap">{ n }</li> }) }</ul> }
        }
    };
    html! {
        <>
            <h2 class="heading-m">{ t("staff-profile-communication") }</h2>
            { list(needs_lines(needs)) }
            <h2 class="heading-m">{ t("staff-profile-advocate") }</h2>
            { list(advocate_lines(preferences)) }
            <h2 class="heading-m">{ t("staff-profile-people") }</h2>
            { list(people_lines(preferences)) }
        </>
    }
}

fn answers(r: &SelfReferral) -> Html {
    html! {
        <>
            <h2 class="heading-m">{ t("staff-self-help-with") }</h2>
            <p class="body pre-wrap own-words">{ r.help_with.clone() }</p>
            <h2 class="heading-m">{ t("staff-self-contact") }</h2>
            <dl class="summary-list">
                { summary_row(t("staff-row-name"), r.name.clone()) }
                { contact_rows(&r.contact) }
            </dl>
            { profile(&r.communication, &r.preferences) }
            { plain_facts(&r.eligibility) }
        </>
    }
}
