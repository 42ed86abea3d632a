use yew::prelude::*;

use crate::app::Route;
use crate::components::heading::Heading;
use crate::components::links::RouteLink;

pub fn page() -> Html {
    html! {
        <>
            <Heading text="Page not found" />
            <p class="body">{ "If you typed the web address, check it is correct." }</p>
            <p class="body"><RouteLink to={Route::Home}>{ "Go to the SpeakUp start page" }</RouteLink></p>
        </>
    }
}
