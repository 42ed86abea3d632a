//! After sending: the reference and the tracking code (shown once, in the Easy Read receipt
//! the person can print or save), and what happens next.

use yew::prelude::*;

use crate::app::Route;
use crate::components::assessment::FirstGuess;
use crate::components::heading::Heading;
use crate::components::links::RouteLink;
use crate::draft::submitted;
use crate::pages::public::receipt::Receipt;

/// Reads the answer kept in memory by the check page; no state of its own.
pub fn page() -> Html {
    let Some(sent) = submitted() else {
        return html! {
            <>
                <Heading text="Your referral" />
                <p class="body">{ "We only show the reference and tracking code once, straight after a referral is sent. They are not stored on this device." }</p>
                <p class="body">{ "If you wrote them down, you can use them to check on the referral." }</p>
                <RouteLink to={Route::Track} class="button">{ "Track a referral" }</RouteLink>
            </>
        };
    };
    html! {
        <>
            <div class="panel">
                <Heading text="Referral sent" class="panel-title" />
                <p class="panel-body">{ "Thank you. We have your referral." }</p>
            </div>
            <div class="warning no-print">
                <p class="warning-text">
                    <strong>{ "Keep your reference and tracking code. " }</strong>
                    { "We only show them once. Print the receipt, save it, or write them down now." }
                </p>
            </div>
            <Receipt sent={sent.clone()} />
            <h2 class="heading-m">{ "What happens next" }</h2>
            <p class="body">{ sent.status_text.clone() }</p>
            <p class="body">{ "If it is not a good time to talk when we call, you can ask us to call back later." }</p>
            <div class="no-print">
                <FirstGuess assessment={sent.assessment.clone()} />
                <p class="body">
                    <RouteLink to={Route::Track}>{ "Check on the referral" }</RouteLink>
                </p>
            </div>
        </>
    }
}
