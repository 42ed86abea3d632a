//! Sending a finished referral from its check-your-answers page, for every route: one
//! send at a time (a double click sends once), the same idempotency key for a retry of the
//! same answers, errors back on the page, and the confirmation page on success.

use std::future::Future;
use std::pin::Pin;

use speakup_types::problem::FieldError;
use speakup_types::referral::Submitted;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::ApiResult;
use crate::app::Route;
use crate::components::error_summary::Errors;
use crate::draft::{remember_submitted, Handle, Stored};
use crate::i18n::t;

pub type Sending = Pin<Box<dyn Future<Output = ApiResult<Submitted>>>>;

/// What differs between routes.
pub struct Sender<D> {
    /// Problems to fix before sending, checked on the device first.
    pub problems: fn(&D) -> Vec<FieldError>,
    /// The page (route path with `#field`) where a field is answered, for error links.
    pub to_page: fn(&str) -> String,
    /// Records in the draft what is being sent and returns the request.
    pub send: fn(&mut D) -> Sending,
    /// Forgets the drafts once the referral has arrived.
    pub clear: fn(),
}

/// Returns the form's submit handler and whether a send is under way.
#[hook]
pub fn use_send<D: Stored>(draft: &Handle<D>, errors: &UseStateHandle<Errors>, sender: Sender<D>) -> (Callback<SubmitEvent>, bool) {
    let sending = use_state(|| false);
    let in_flight = use_mut_ref(|| false);
    let navigator = use_navigator();
    let onsubmit = {
        let (draft, errors, sending) = (draft.clone(), errors.clone(), sending.clone());
        let Sender { problems, to_page, send, clear } = sender;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *in_flight.borrow() {
                return;
            }
            let found = problems(&draft.get());
            if !found.is_empty() {
                errors.set(errors.with_fields(found, to_page));
                return;
            }
            *in_flight.borrow_mut() = true;
            sending.set(true);
            let mut request = None;
            draft.update(|d| request = Some(send(d)));
            let Some(request) = request else { return };
            let (errors, sending, in_flight, navigator) = (errors.clone(), sending.clone(), in_flight.clone(), navigator.clone());
            spawn_local(async move {
                let result = request.await;
                *in_flight.borrow_mut() = false;
                match result {
                    Ok(submitted) => {
                        remember_submitted(submitted);
                        clear();
                        if let Some(navigator) = navigator {
                            navigator.push(&Route::Sent);
                        }
                    }
                    Err(problem) => {
                        sending.set(false);
                        errors.set(errors.with_problem(&problem, to_page));
                    }
                }
            });
        })
    };
    (onsubmit, *sending)
}

#[derive(Properties, PartialEq)]
pub struct SendFormProps {
    pub onsubmit: Callback<SubmitEvent>,
    pub sending: bool,
    /// What happens once it is sent, in the words of the route.
    pub what_happens: AttrValue,
    /// Says "your referral" (the person asking for themselves) rather than "the referral"
    /// (someone referring another person).
    #[prop_or_default]
    pub yours: bool,
}

/// The end of every "check your answers": what happens next and the one send button, which
/// says while it is sending (and announces it to screen readers).
#[component]
pub fn SendForm(p: &SendFormProps) -> Html {
    let (heading, wait) = if p.yours {
        (t("send-heading-yours"), t("send-wait-yours"))
    } else {
        (t("send-heading"), t("send-wait"))
    };
    html! {
        <>
            <h2 class="heading-m">{ heading }</h2>
            <p class="body">{ p.what_happens.clone() }</p>
            <form class="form" novalidate=true onsubmit={p.onsubmit.clone()}>
                <button type="submit" id="submit-referral" class="button" disabled={p.sending}>
                    { if p.sending { t("send-sending") } else { t("send-button") } }
                </button>
                <p class="hint" role="status">{ if p.sending { wait } else { "" } }</p>
            </form>
        </>
    }
}
