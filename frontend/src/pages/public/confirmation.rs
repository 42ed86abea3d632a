//! After sending: the reference and the tracking code (shown once, in the Easy Read receipt
//! the person can print or save), and what happens next.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;
use crate::components::assessment::FirstGuess;
use crate::components::heading::Heading;
use crate::components::links::RouteLink;
use crate::draft::{forget_submitted, submitted, Sent};
use crate::components::urgent_help::UrgentHelp;
use crate::i18n::{t, tf};
use crate::pages::professional::date_words;
use speakup_types::referral::UrgentReason;
use crate::pages::public::receipt::Receipt;

/// Reads the answer the check page kept (in memory, and for this tab: see `draft::submitted`).
pub fn page() -> Html {
    let Some(Sent { answer: sent, own, phoned }) = submitted() else {
        return html! {
            <>
                <Heading text={t("confirmation-none-heading")} />
                <p class="body">{ t("confirmation-none-once") }</p>
                <p class="body">{ t("confirmation-none-written") }</p>
                <RouteLink to={Route::Track} class="button">{ t("track-link") }</RouteLink>
            </>
        };
    };
    html! {
        <>
            <div class="panel">
                <Heading text={t("confirmation-heading")} class="panel-title" />
                <p class="panel-body">{ t("confirmation-thanks") }</p>
            </div>
            <div class="warning no-print">
                <p class="warning-text">
                    <strong>{ format!("{} ", t("confirmation-keep")) }</strong>
                    { t("confirmation-once") }
                </p>
            </div>
            <Receipt sent={sent.clone()} />
            <h2 class="heading-m">{ t("confirmation-next-heading") }</h2>
            if sent.urgent.is_empty() {
                <p class="body">{ t(&sent.status.person_id()) }</p>
            } else {
                { urgent(&sent.urgent) }
            }
            if phoned {
                <p class="body" id="call-back">{ t("confirmation-call-back") }</p>
            }
            <div class="no-print">
                <FirstGuess assessment={sent.assessment.clone()} to_you={own} />
                <p class="body">
                    <RouteLink to={Route::Track}>{ t("confirmation-check-link") }</RouteLink>
                </p>
                <Finish />
            </div>
        </>
    }
}

/// Instead of the usual wait: it will be read first, before what is coming up, and what to do
/// meanwhile if it cannot wait.
fn urgent(reasons: &[UrgentReason]) -> Html {
    let before = reasons.iter().find_map(|r| match r {
        UrgentReason::HappeningSoon { what, date: Some(date) } => {
            Some(tf("confirmation-urgent-before", &[("what", what), ("date", &date_words(*date))]))
        }
        UrgentReason::HappeningSoon { what, date: None } => Some(tf("confirmation-urgent-before-undated", &[("what", what)])),
        _ => None,
    });
    html! {
        <>
            <p class="body" id="urgent-first">{ t("confirmation-urgent-first") }</p>
            if let Some(before) = before {
                <p class="body" id="urgent-before">{ before }</p>
            }
            <UrgentHelp danger={reasons.contains(&UrgentReason::DangerNow)} />
        </>
    }
}

/// Before leaving: the page keeps the reference and code (for this tab only) until the person
/// says they have kept them somewhere, so a reload or a slip of the finger loses nothing.
#[component]
fn Finish() -> Html {
    let navigator = use_navigator();
    let onclick = Callback::from(move |_: MouseEvent| {
        forget_submitted();
        if let Some(navigator) = &navigator {
            navigator.push(&Route::Home);
        }
    });
    html! {
        <section class="inset" aria-labelledby="finish-title">
            <h2 class="heading-m" id="finish-title">{ t("confirmation-finish-heading") }</h2>
            <p class="body">{ t("confirmation-finish-text") }</p>
            <button type="button" id="finish" class="button" {onclick}>{ t("confirmation-finish-button") }</button>
        </section>
    }
}
