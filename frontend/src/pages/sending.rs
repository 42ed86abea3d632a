//! Sending a finished referral from its check-your-answers page, for every route: one
//! send at a time (a double click sends once), the same idempotency key for a retry of the
//! same answers, errors back on the page, and the confirmation page on success. Without a
//! connection the referral waits in the outbox and goes by itself once back online.

use speakup_types::problem::FieldError;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;
use crate::components::error_summary::Errors;
use crate::device;
use crate::dom;
use crate::draft::{Handle, Stored};
use crate::i18n::t;
use crate::outbox::{self, Outgoing, Wait};

/// What differs between routes.
pub struct Sender<D> {
    /// Problems to fix before sending, checked on the device first.
    pub problems: fn(&D) -> Vec<FieldError>,
    /// The page (route path with `#field`) where a field is answered, for error links.
    pub to_page: fn(&str) -> String,
    /// Records in the draft what is being sent and returns it with its idempotency key.
    pub send: fn(&mut D) -> Outgoing,
}

/// Where the send button's referral is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendState {
    Ready,
    Sending,
    /// Kept in the outbox until the connection is back or the server can take it.
    Waiting(Wait),
}

/// Returns the form's submit handler and where the referral is.
#[hook]
pub fn use_send<D: Stored>(draft: &Handle<D>, errors: &UseStateHandle<Errors>, sender: Sender<D>) -> (Callback<SubmitEvent>, SendState) {
    let state = use_state(|| SendState::Ready);
    let in_flight = use_mut_ref(|| false);
    let navigator = use_navigator();
    let onsubmit = {
        let (draft, errors, state) = (draft.clone(), errors.clone(), state.clone());
        let Sender { problems, to_page, send } = sender;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *in_flight.borrow() || matches!(*state, SendState::Waiting(_)) {
                return;
            }
            let found = problems(&draft.get());
            if !found.is_empty() {
                errors.set(errors.with_fields(found, to_page));
                return;
            }
            *in_flight.borrow_mut() = true;
            state.set(SendState::Sending);
            let mut outgoing = None;
            draft.update(|d| outgoing = Some(send(d)));
            let Some(outgoing) = outgoing else { return };
            let (errors, state, in_flight, navigator) = (errors.clone(), state.clone(), in_flight.clone(), navigator.clone());
            spawn_local(async move {
                let result = outgoing.send().await;
                *in_flight.borrow_mut() = false;
                match result {
                    Ok(submitted) => {
                        outbox::arrived(&outgoing, submitted);
                        if let Some(navigator) = navigator {
                            navigator.push(&Route::sent());
                        }
                    }
                    Err(problem) if outbox::wait_for(&problem).is_some() => {
                        outbox::keep(outgoing);
                        errors.set(Errors::default());
                        state.set(SendState::Waiting(outbox::wait_for(&problem).unwrap_or(Wait::Offline)));
                    }
                    Err(problem) => {
                        state.set(SendState::Ready);
                        errors.set(errors.with_problem(&problem, to_page));
                    }
                }
            });
        })
    };
    let current = *state;
    (onsubmit, current)
}

#[derive(Properties, PartialEq)]
pub struct SendFormProps {
    pub onsubmit: Callback<SubmitEvent>,
    pub state: SendState,
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
    // The Send button is disabled while the referral waits, so focus goes to what it says.
    use_effect_with(p.state, |state| {
        if matches!(*state, SendState::Waiting(_)) {
            dom::focus_id("send-waiting");
        }
    });
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
                <div role="status" class="notice-region">
                    if let SendState::Waiting(why) = p.state {
                        <div class="notice" id="send-waiting" tabindex="-1">
                            <p class="body">{ t(match (why, device::shared_device()) {
                                (Wait::Offline, false) => "outbox-waiting",
                                (Wait::Offline, true) => "outbox-waiting-shared",
                                (Wait::Busy, false) => "outbox-busy",
                                (Wait::Busy, true) => "outbox-busy-shared",
                            }) }</p>
                        </div>
                    }
                </div>
                <button type="submit" id="submit-referral" class="button" disabled={p.state != SendState::Ready}>
                    { if p.state == SendState::Sending { t("send-sending") } else { t("send-button") } }
                </button>
                <p class="hint" role="status">{ if p.state == SendState::Sending { wait } else { "" } }</p>
            </form>
        </>
    }
}
