//! One case: everything the person told us, the indicated entitlement and the mandates, the
//! history; for managers the decision (accept, or decline with a reason written for the
//! person), the area and the advocate; for the advocate, the case as it is.

use speakup_types::referral::{
    summary, CommonReason, CommunicationNeeds, ContactMethod, ContactPreferences, PersonPreferences, ReferralAnswers,
    ReferralDetail, SelfReferral, StaffActionKind,
};
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use super::facts::plain_facts;
use super::{on_behalf, professional, use_load, Load};
use super::{allocation::Allocation, audit::CaseAudit, decision::Decide, duplicates::Duplicates, mandates::Mandates, new_code::NewCode, work::CaseWork};
use crate::api;
use crate::route::Route;
use crate::components::assessment::Indicated;
use crate::components::heading::Heading;
use crate::dom;
use crate::components::contact::method_label;
use crate::pages::help_with::reasons_text;
use crate::pages::profile_rows::{advocate_lines, needs_lines, people_lines};
use crate::explain;
use crate::i18n::{t, tf, Language};
use crate::session::use_auth;
use speakup_types::identity::Role;

#[derive(Properties, PartialEq)]
pub struct ReferralPageProps {
    pub id: Uuid,
}

#[component]
pub fn ReferralPage(props: &ReferralPageProps) -> Html {
    let load = use_load(props.id, api::referral);
    let manager = use_auth().role().is_some_and(Role::can_triage);
    let back = if manager {
        html! { <Link<Route> to={Route::Queue} classes="back-link">{ t("staff-referral-back") }</Link<Route>> }
    } else {
        html! { <Link<Route> to={Route::StaffMyCases} classes="back-link">{ t("staff-cases-back") }</Link<Route>> }
    };
    let replace = { let load = load.clone(); Callback::from(move |d| load.set(Load::Loaded(d))) };
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
    // Write back in the language the person used SpeakUp in.
    let language = Language::parse(&detail.language).unwrap_or(Language::English);
    // The server lists events oldest first; show the latest first.
    let history: Vec<_> = detail.history.iter().rev().collect();
    // Why it is urgent, what it is and the decision come first; the whole referral follows.
    html! {
        <>
            { back }
            <Heading text={tf("staff-referral-title", &[("reference", &detail.reference)])} />
            <p class="body">
                { t("staff-referral-status") }{ " " }<strong id="referral-status" class="tag">{ t(&detail.status.label_id()) }</strong>
                if !detail.urgent.is_empty() { { " " }<strong class="tag tag-urgent">{ t("staff-urgent") }</strong> }
            </p>
            <p class="hint">{ tf("staff-referral-received", &[("date", &dom::format_millis(detail.received_at.timestamp_millis()))]) }</p>
            <p class="body" id="referral-language">
                { t("staff-referral-language") }{ " " }
                <strong lang={language.code()}>{ language.own_name() }</strong>
            </p>
            { super::urgent::urgency(detail) }
            { at_a_glance(detail) }
            if manager {
                <Decide key={format!("decide-{}", detail.id)} id={detail.id} awaits={detail.status.awaits_decision()} on_change={replace.clone()} />
            }
            <Mandates detail={detail.clone()} can_decide={manager} on_change={replace.clone()} />
            if detail.advocate.is_some() {
                <CaseWork key={format!("work-{}", detail.id)} detail={detail.clone()} on_change={replace.clone()} />
            }
            if manager {
                <Allocation detail={detail.clone()} on_change={replace.clone()} />
                <NewCode key={format!("code-{}", detail.id)} id={detail.id} requested={detail.code_reset_requested} />
                <Duplicates key={format!("dups-{}", detail.id)} detail={detail.clone()} on_joined={replace} />
                <CaseAudit key={format!("audit-{}-{}", detail.id, detail.version)} id={detail.id}
                    names={detail.allocations.iter().map(|a| (a.advocate_id, a.first_name.clone())).collect::<Vec<_>>()} />
            } else {
                { super::allocation::history(detail) }
            }
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
        </>
    }
}

/// The referral in a few lines, just above the decision: whose it is, who asked, what it is
/// about, and what appears to apply.
fn at_a_glance(detail: &ReferralDetail) -> Html {
    let referral = &detail.referral;
    let mut about = reasons_text(referral.reasons()).map(|r| r.replace('\n', ", ")).into_iter().collect::<Vec<_>>();
    about.extend(Some(summary(referral.help_with(), 30)).filter(|s| !s.is_empty()));
    let language = crate::i18n::language();
    let likely: Vec<String> = explain::likely(&detail.assessment)
        .iter()
        .map(|r| format!("{} ({})", r.advocacy.label_in(language), r.outcome.label_in(language).to_lowercase()))
        .collect();
    let likely = if likely.is_empty() { t("staff-glance-nothing-yet").to_string() } else { likely.join("\n") };
    html! {
        <section aria-labelledby="at-a-glance-title">
            <h2 class="heading-m" id="at-a-glance-title">{ t("staff-glance-heading") }</h2>
            <dl class="summary-list" id="at-a-glance">
                { summary_row(t("staff-row-name"), referral.person_name().to_string()) }
                { summary_row(t("staff-glance-asked-by"), capitalised(&referral.given_by_in(crate::i18n::wording()))) }
                { summary_row(t("staff-glance-about"), about.join("\n")) }
                { summary_row(t("staff-glance-indicated"), likely) }
            </dl>
        </section>
    }
}

/// What help is needed: the pictures chosen, then their own words, either of which may be missing.
pub(super) fn need(reasons: &[CommonReason], words: &str) -> Html {
    html! {
        <>
            if let Some(reasons) = reasons_text(reasons) {
                <p class="body pre-wrap" id="reasons"><strong>{ t("staff-reasons") }{ " " }</strong>{ reasons.replace('\n', ", ") }</p>
            }
            if !words.trim().is_empty() {
                <p class="body pre-wrap own-words">{ words.to_string() }</p>
            }
        </>
    }
}

/// A phrase made to start a line ("the person" → "The person").
fn capitalised(phrase: &str) -> String {
    let mut chars = phrase.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
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
            { summary_row(t("staff-row-contact-by"), t(method_label(c.method, true)).to_string()) }
            { summary_row(t("staff-row-details"), detail.unwrap_or_else(|| t("staff-not-given").into())) }
            if !c.not_safe.is_empty() {
                <div class="summary-row summary-row-warning">
                    <dt class="summary-key">{ t("staff-row-never-contact-by") }</dt>
                    <dd class="summary-value"><strong>{ c.not_safe.iter().map(|m| t(method_label(*m, true))).collect::<Vec<_>>().join(", ") }</strong></dd>
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
            { need(&r.reasons, &r.help_with) }
            <h2 class="heading-m">{ t("staff-self-contact") }</h2>
            <dl class="summary-list">
                { summary_row(t("staff-row-name"), r.name.clone()) }
                { summary_row(t("staff-row-lives-in"), r.lives_in.clone().unwrap_or_else(|| t("staff-not-given").into())) }
                { contact_rows(&r.contact) }
            </dl>
            { profile(&r.communication, &r.preferences) }
            { plain_facts(&r.eligibility) }
        </>
    }
}
