//! Why a referral is urgent, in the words staff read before anything else on it, and what is
//! coming up when it is not yet urgent.

use speakup_types::referral::{HappeningSoon, ReferralDetail, UrgentReason};
use yew::prelude::*;

use crate::i18n::{t, tf};
use crate::pages::professional::date_words;

/// One reason, as a sentence.
pub(super) fn reason_text(reason: &UrgentReason) -> String {
    match reason {
        UrgentReason::DangerNow => t("staff-urgent-danger-now").into(),
        UrgentReason::UrgentSafeguarding => t("staff-urgent-safeguarding").into(),
        UrgentReason::IsolationOrSeclusion => t("staff-urgent-seclusion").into(),
        UrgentReason::HappeningSoon { what, date: Some(date) } => {
            tf("staff-urgent-soon", &[("what", what), ("date", &date_words(*date))])
        }
        UrgentReason::HappeningSoon { what, date: None } => tf("staff-urgent-soon-undated", &[("what", what)]),
    }
}

/// At the top of a referral: why it is urgent, or else what the referrer said is coming up.
pub(super) fn urgency(detail: &ReferralDetail) -> Html {
    if !detail.urgent.is_empty() {
        return html! {
            <section class="warning" id="why-urgent" aria-labelledby="why-urgent-title">
                <h2 class="heading-m" id="why-urgent-title">{ t("staff-urgent-heading") }</h2>
                <ul class="list list-bullet">{ for detail.urgent.iter().map(|r| html! { <li>{ reason_text(r) }</li> }) }</ul>
            </section>
        };
    }
    // Something soon without a date is always urgent, so here it has one.
    match &detail.referral.urgency().soon {
        Some(HappeningSoon { what, date: Some(date) }) => html! {
            <p class="body" id="coming-up">
                <strong>{ t("staff-urgent-coming-up") }{ " " }</strong>
                { tf("staff-urgent-soon", &[("what", what), ("date", &date_words(*date))]) }
            </p>
        },
        _ => html! {},
    }
}
