//! The staff console: sign in, change password, two-step sign-in, the triage queue, one
//! referral, staff accounts, and feedback with its themes.

pub mod account;
pub mod accounts;
mod action;
mod decision;
mod duplicates;
mod facts;
pub mod feedback;
mod feedback_item;
pub mod guard;
pub mod login;
mod new_code;
mod on_behalf;
mod professional;
pub mod password;
pub mod queue;
pub mod referral;
pub mod themes;
pub mod two_step;
mod two_step_policy;
mod two_step_setup;
mod urgent;

use std::future::Future;

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
