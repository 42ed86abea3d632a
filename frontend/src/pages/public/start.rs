//! The front door: what SpeakUp is, and the way in.

use yew::prelude::*;

use crate::app::Route;
use crate::components::heading::Heading;
use crate::components::links::RouteLink;
use crate::components::shared_device::SharedDeviceSwitch;

pub fn page() -> Html {
    html! {
        <>
            <Heading text="Ask for an independent advocate" />
            <p class="lead">{ "An advocate is on your side. They help you say what you want, understand your choices and make sure your rights are respected." }</p>
            <p class="body">{ "Advocates are independent: they do not work for the council, the NHS or your care provider. The service is free." }</p>
            <h2 class="heading-m">{ "You can ask for an advocate if, for example" }</h2>
            <ul class="list list-bullet">
                <li>{ "the council is assessing your care and support, or planning or reviewing it" }</li>
                <li>{ "there are worries about your safety (a safeguarding enquiry)" }</li>
                <li>{ "you are in hospital under the Mental Health Act, or on a community treatment order" }</li>
                <li>{ "a big decision is being made about your treatment or where you live" }</li>
                <li>{ "you want to complain about NHS care" }</li>
                <li>{ "you find it hard to be heard and want help to speak up" }</li>
            </ul>
            <p class="body">{ "You do not need to know which kind of advocacy you need. Tell us what is happening and we will work it out with you." }</p>
            <p class="body">{ "You can also ask for someone else if you are their carer, a relative or a friend." }</p>
            <p class="body">{ "It takes about 5 minutes. Some questions have an \"I don't know\" answer." }</p>
            <RouteLink to={Route::Who} id="start" class="button button-start">
                { "Ask for an advocate" }
            </RouteLink>
            <SharedDeviceSwitch />
            <h2 class="heading-m">{ "Already asked?" }</h2>
            <p class="body">
                <RouteLink to={Route::Track} id="track-link">{ "Track a referral" }</RouteLink>
                { " with the reference and tracking code we gave you." }
            </p>
        </>
    }
}
