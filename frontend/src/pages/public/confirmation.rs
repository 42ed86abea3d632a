//! After sending: the reference and the tracking code (shown once), and what happens next.

use yew::prelude::*;

use crate::app::Route;
use crate::components::assessment::FirstGuess;
use crate::components::heading::Heading;
use crate::components::links::RouteLink;
use crate::dom;
use crate::draft::submitted;

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
    let print = Callback::from(|_: MouseEvent| dom::print());
    html! {
        <>
            <div class="panel">
                <Heading text="Referral sent" class="panel-title" />
                <p class="panel-body">{ "The reference is" }<br /><strong id="reference" class="code">{ sent.reference.clone() }</strong></p>
            </div>
            <h2 class="heading-m">{ "Your tracking code" }</h2>
            <p class="tracking"><strong id="tracking-code" class="code code-large">{ sent.tracking_code.clone() }</strong></p>
            <div class="warning">
                <p class="warning-text">
                    <strong>{ "Keep this code. You can use it to check on the referral. " }</strong>
                    { "We only show it once, so write it down or print this page now. You need both the reference and the tracking code. Keep them somewhere safe and private." }
                </p>
            </div>
            <button type="button" id="print" class="button button-secondary no-print" onclick={print}>{ "Print this page" }</button>
            <h2 class="heading-m">{ "What happens next" }</h2>
            <p class="body">{ sent.status_text.clone() }</p>
            <p class="body">{ "We will get in touch in the way you asked. If it is not a good time to talk when we call, you can ask us to call back later." }</p>
            <FirstGuess assessment={sent.assessment.clone()} />
            <p class="body no-print">
                <RouteLink to={Route::Track}>{ "Check on the referral" }</RouteLink>
            </p>
        </>
    }
}
