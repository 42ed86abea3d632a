//! Pages anyone can use without an account.

pub mod check;
pub mod confirmation;
pub mod contact;
pub mod eligibility;
pub mod lost_code;
pub mod not_found;
pub mod questions;
pub mod receipt;
pub mod start;
pub mod track;
pub mod who;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::error_summary::{to_field, Errors};
use crate::draft::{Draft, DraftHandle};

/// Where Continue goes from `here`: back to "check your answers" once the person has been there.
pub fn next_route(draft: &Draft, here: &Route) -> Route {
    if draft.checking {
        Route::Check
    } else {
        here.next_question()
    }
}

/// The usual Continue: check the answers on this page with the shared rules, then move on.
pub fn continue_with(
    draft: &DraftHandle,
    errors: &UseStateHandle<Errors>,
    navigator: Option<Navigator>,
    here: Route,
    fields: &'static [&'static str],
) -> Callback<()> {
    let draft = draft.clone();
    let errors = errors.clone();
    Callback::from(move |_| {
        let d = draft.get();
        let found = d.errors_for(fields);
        if found.is_empty() {
            if let Some(navigator) = &navigator {
                navigator.push(&next_route(&d, &here));
            }
        } else {
            errors.set(errors.with_fields(found, to_field));
        }
    })
}
