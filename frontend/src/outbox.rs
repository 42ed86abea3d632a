//! Referrals finished without a connection. When a send fails because the device is offline,
//! the referral waits here (on the device, or only in memory in shared-device mode) and is sent
//! by itself when the connection comes back, with the same idempotency key, so it arrives once
//! however many times it is tried. The person is told it is waiting and, later, that it went.

use std::cell::Cell;

use gloo::events::EventListener;
use serde::{Deserialize, Serialize};
use speakup_types::problem::Problem;
use speakup_types::referral::{ContactMethod, OnBehalfReferral, ProfessionalReferral, SelfReferral, Submitted};
use uuid::Uuid;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{self, ApiResult};
use crate::route::Route;
use crate::device;
use crate::draft::{remember_submitted, Draft, OnBehalfDraft, ProfessionalDraft, Sent};
use crate::i18n::t;

const KEY: &str = "speakup.outbox";

/// A referral on its way, with the key that makes a repeat of it harmless.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Outgoing {
    SelfReferral { body: SelfReferral, key: Uuid },
    OnBehalf { body: OnBehalfReferral, key: Uuid },
    Professional { body: ProfessionalReferral, key: Uuid },
}

impl Outgoing {
    pub async fn send(&self) -> ApiResult<Submitted> {
        match self {
            Outgoing::SelfReferral { body, key } => api::submit_referral(body, *key).await,
            Outgoing::OnBehalf { body, key } => api::submit_on_behalf(body, *key).await,
            Outgoing::Professional { body, key } => api::submit_professional(body, *key).await,
        }
    }

    /// Sent by the person for themselves.
    fn is_own(&self) -> bool {
        matches!(self, Outgoing::SelfReferral { .. })
    }

    /// Whoever sent it asked us to phone them (a professional gives a work line, not a way
    /// they asked to be reached).
    fn phoned(&self) -> bool {
        let method = match self {
            Outgoing::SelfReferral { body, .. } => Some(body.contact.method),
            Outgoing::OnBehalf { body, .. } => Some(body.referrer.contact.method),
            Outgoing::Professional { .. } => None,
        };
        method == Some(ContactMethod::Phone)
    }

    fn key(&self) -> Uuid {
        match self {
            Outgoing::SelfReferral { key, .. } | Outgoing::OnBehalf { key, .. } | Outgoing::Professional { key, .. } => *key,
        }
    }

    /// Forgets the drafts once the referral has arrived. "Who needs an advocate?" lives with the
    /// self-referral draft, so it goes whichever route was taken.
    fn clear_drafts(&self) {
        match self {
            Outgoing::SelfReferral { .. } => {}
            Outgoing::OnBehalf { .. } => OnBehalfDraft::clear(),
            Outgoing::Professional { .. } => ProfessionalDraft::clear(),
        }
        Draft::clear();
    }
}

/// The referral has arrived: nothing of it waits any longer, its drafts go, and its reference
/// and code are kept for the confirmation page.
pub fn arrived(outgoing: &Outgoing, submitted: Submitted) {
    forget(outgoing.key());
    outgoing.clear_drafts();
    remember_submitted(Sent { answer: submitted, own: outgoing.is_own(), phoned: outgoing.phoned() });
}

/// Why a failed send should wait in the outbox rather than be shown as an error: no
/// connection, or a server too busy to take it now (428, 429, 503). Either way nothing is lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    Offline,
    Busy,
}

pub fn wait_for(problem: &Problem) -> Option<Wait> {
    match problem.status {
        _ if problem.kind == "network" => Some(Wait::Offline),
        // 428: the proof of work asked for kept rising while it was answered (a flood).
        428 | 429 | 503 => Some(Wait::Busy),
        _ => None,
    }
}

/// How often waiting referrals are tried again while the page is open, besides whenever the
/// browser says it is back online.
const RETRY_MS: u32 = 30_000;

/// Whether anything waits, without reading what (the front bundle has no referral types).
#[cfg(not(feature = "public"))]
pub fn waiting_any() -> bool {
    device::load::<Vec<serde::de::IgnoredAny>>(KEY).is_some_and(|all| !all.is_empty())
}

pub fn waiting() -> Vec<Outgoing> {
    device::load(KEY).unwrap_or_default()
}

/// Keeps a referral to send when the connection is back (once: the same key is kept once).
pub fn keep(outgoing: Outgoing) {
    device::save(KEY, &kept(waiting(), outgoing));
}

/// The waiting referrals with `outgoing` among them once: a retry replaces its earlier copy.
fn kept(mut all: Vec<Outgoing>, outgoing: Outgoing) -> Vec<Outgoing> {
    all.retain(|o| o.key() != outgoing.key());
    all.push(outgoing);
    all
}

fn forget(key: Uuid) {
    let rest = without(waiting(), key);
    if rest.is_empty() {
        device::delete(KEY);
    } else {
        device::save(KEY, &rest);
    }
}

fn without(all: Vec<Outgoing>, key: Uuid) -> Vec<Outgoing> {
    all.into_iter().filter(|o| o.key() != key).collect()
}

thread_local! {
    /// One delivery round at a time, however many "online" events arrive.
    static DELIVERING: Cell<bool> = const { Cell::new(false) };
}

/// What happened to referrals sent from the outbox, for the notice at the top of the page.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Delivery {
    Nothing,
    Sent,
    /// The server refused it (not a connection problem): the answers need another look.
    Refused,
}

/// Sends what is waiting, oldest first, until one arrives (its code must be shown before the
/// next replaces it) or the connection fails again.
async fn deliver() -> Delivery {
    if DELIVERING.with(|d| d.replace(true)) {
        return Delivery::Nothing;
    }
    let mut outcome = Delivery::Nothing;
    for outgoing in waiting() {
        match outgoing.send().await {
            Ok(submitted) => {
                arrived(&outgoing, submitted);
                outcome = Delivery::Sent;
                break;
            }
            Err(problem) if wait_for(&problem).is_some() || problem.status >= 500 => break,
            Err(_) => {
                forget(outgoing.key());
                outcome = Delivery::Refused;
            }
        }
    }
    DELIVERING.with(|d| d.set(false));
    outcome
}

/// Sends waiting referrals when the app opens and whenever the device comes back online, and
/// says what happened. On a check-your-answers page a sent referral goes straight to the
/// confirmation page, as if the person had just pressed Send.
#[component]
pub fn Outbox() -> Html {
    let delivery = use_state(|| Delivery::Nothing);
    let navigator = use_navigator();
    {
        let delivery = delivery.clone();
        use_effect_with((), move |_| {
            let attempt = move || {
                let (delivery, navigator) = (delivery.clone(), navigator.clone());
                spawn_local(async move {
                    let outcome = deliver().await;
                    if outcome == Delivery::Nothing {
                        return;
                    }
                    let on_check = gloo::utils::window().location().pathname().is_ok_and(|p| p.ends_with("/check"));
                    match (outcome, navigator) {
                        (Delivery::Sent, Some(navigator)) if on_check => navigator.push(&Route::sent()),
                        _ => delivery.set(outcome),
                    }
                });
            };
            if !waiting().is_empty() {
                attempt();
            }
            let again = attempt.clone();
            let listener = EventListener::new(&gloo::utils::window(), "online", move |_| attempt());
            let retries = gloo::timers::callback::Interval::new(RETRY_MS, move || {
                if !waiting().is_empty() {
                    again();
                }
            });
            move || {
                drop(listener);
                drop(retries);
            }
        });
    }
    match *delivery {
        Delivery::Nothing => html! {},
        Delivery::Sent => html! {
            <div class="notice outbox-notice" role="status" id="outbox-sent">
                <p class="body">{ t("outbox-sent") }</p>
                <Link<Route> to={Route::sent()}>{ t("outbox-sent-link") }</Link<Route>>
            </div>
        },
        Delivery::Refused => html! {
            <div class="notice outbox-notice" role="alert" id="outbox-refused">
                <p class="body">{ t("outbox-refused") }</p>
            </div>
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outgoing(key: u128, name: &str) -> Outgoing {
        let body = SelfReferral { name: name.into(), ..SelfReferral::default() };
        Outgoing::SelfReferral { body, key: Uuid::from_u128(key) }
    }

    #[test]
    fn a_referral_waits_once_however_often_it_is_kept() {
        let all = kept(kept(Vec::new(), outgoing(1, "first try")), outgoing(2, "another"));
        let all = kept(all, outgoing(1, "second try"));
        assert_eq!(all, vec![outgoing(2, "another"), outgoing(1, "second try")]);
        assert_eq!(without(all, Uuid::from_u128(2)), vec![outgoing(1, "second try")]);
    }

    #[test]
    fn only_no_connection_or_a_busy_server_makes_a_referral_wait() {
        let problem = |status: u16, kind: &str| Problem {
            kind: kind.into(),
            title: String::new(),
            title_ref: None,
            status,
            detail: None,
            detail_ref: None,
            errors: Vec::new(),
        };
        assert_eq!(wait_for(&problem(0, "network")), Some(Wait::Offline));
        for busy in [428, 429, 503] {
            assert_eq!(wait_for(&problem(busy, "about:blank")), Some(Wait::Busy));
        }
        for refused in [400, 409, 422, 500] {
            assert_eq!(wait_for(&problem(refused, "about:blank")), None, "{refused} is shown, not kept");
        }
    }
}
