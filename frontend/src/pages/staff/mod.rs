//! The staff console: sign in, change password, two-step sign-in, the queue, one case with
//! its mandates and allocation, advocates and their profiles, an advocate's own cases, staff
//! accounts and the provider's lists, feedback with its themes, self-advocacy groups and
//! their issues.

pub mod about_me;
pub mod account;
pub mod accounts;
mod action;
pub mod advocates;
mod allocation;
mod audit;
pub mod cases;
mod decision;
mod duplicates;
mod facts;
mod handover;
pub mod feedback;
mod feedback_card;
mod feedback_item;
pub mod group;
pub mod group_members;
pub mod groups;
pub mod guard;
pub mod issue;
pub mod issue_draft;
pub mod issues;
pub mod login;
mod mandates;
mod new_code;
mod on_behalf;
mod professional;
pub mod password;
pub mod queue;
pub mod referral;
pub mod reoffers;
pub mod to_chase;
pub mod settings;
mod sharing;
mod tags;
mod targets;
pub mod themes;
pub mod two_step;
mod two_step_policy;
mod two_step_setup;
mod urgent;
mod closure;
mod concern_forms;
mod concerns;
mod outcome_forms;
mod outcomes;
mod work;
mod work_approach;
mod work_forms;

use std::future::Future;

use serde::Serialize;
use yew_router::prelude::Link;

use crate::i18n::{t, tf};
use crate::route::Route;

use speakup_types::problem::Problem;
use speakup_types::referral::Consent;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::api::ApiResult;
use crate::session::{use_auth, Auth, AuthHandle};

/// Whether the person knows about the referral and agrees, as staff read it.
pub(crate) fn consent_label(consent: Consent) -> &'static str {
    match consent {
        Consent::Yes => "staff-consent-yes",
        Consent::No => "staff-consent-no",
        Consent::CannotSay => "staff-consent-cannot-say",
    }
}

/// What a staff page is fetching from the server.
#[derive(Debug, Clone, PartialEq)]
pub enum Load<T> {
    Loading,
    Loaded(T),
    Failed(Problem),
}

/// Fetches `fetch(key)` when the page opens and again whenever `key` changes. A 401 signs
/// the person out instead of showing a failure.
#[hook]
pub fn use_load<K, T, F, R>(key: K, fetch: F) -> UseStateHandle<Load<T>>
where
    K: PartialEq + Clone + 'static,
    T: 'static,
    F: Fn(K) -> R + 'static,
    R: Future<Output = ApiResult<T>> + 'static,
{
    let auth = use_auth();
    let load = use_state(|| Load::Loading);
    {
        let load = load.clone();
        use_effect_with(key, move |key| {
            load.set(Load::Loading);
            let request = fetch(key.clone());
            spawn_local(async move {
                match request.await {
                    Ok(found) => load.set(Load::Loaded(found)),
                    Err(problem) => {
                        if !signed_out(&auth, &problem) {
                            load.set(Load::Failed(problem));
                        }
                    }
                }
            });
        });
    }
    load
}

/// A 401 from any staff call means the session is gone: forget it, and the guard sends the
/// person to sign in. Returns true when it handled the problem.
pub fn signed_out(auth: &AuthHandle, problem: &Problem) -> bool {
    if problem.status == 401 {
        auth.set(Auth::SignedOut);
        true
    } else {
        false
    }
}

/// "Page 2 of 5 (93 in all)" and links to the pages either side, for a staff list at `to`
/// whose address query for a page is `query(page)`.
pub(crate) fn pagination<Q>(page: u32, pages: u64, total: u64, to: Route, query: impl Fn(u32) -> Q) -> Html
where
    Q: Serialize + Clone + PartialEq + 'static,
{
    let pages = pages.max(1);
    let page = u64::from(page.max(1));
    let link = |number: u64, text: &'static str, rel: &'static str| {
        html! {
            <li class={classes!("pagination-item", format!("pagination-{rel}"))}>
                <Link<Route, Q> to={to.clone()} query={Some(query(number as u32))}>
                    { text }<span class="visually-hidden">{ " " }{ tf("staff-queue-page-of", &[("page", &number.to_string()), ("pages", &pages.to_string())]) }</span>
                </Link<Route, Q>>
            </li>
        }
    };
    html! {
        <nav class="pagination" aria-label={t("staff-queue-pages")}>
            <p class="pagination-status">{ tf("staff-queue-status", &[("page", &page.to_string()), ("pages", &pages.to_string()), ("total", &total.to_string())]) }</p>
            <ul class="pagination-list">
                if page > 1 { { link(page - 1, t("staff-queue-previous"), "prev") } }
                if page < pages { { link(page + 1, t("staff-queue-next"), "next") } }
            </ul>
        </nav>
    }
}
