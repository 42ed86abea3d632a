//! The front door: what SpeakUp is, and the way in.

use yew::prelude::*;

use crate::app::Route;
use crate::components::heading::Heading;
use crate::components::links::RouteLink;
use crate::components::shared_device::SharedDeviceSwitch;
use crate::i18n::t;

/// A message holding one `{ $link }` placeholder, split around it, so the link can sit
/// wherever the language puts it in the sentence.
fn around_link(text: &str) -> (String, String) {
    match (text.find('{'), text.find('}')) {
        (Some(open), Some(close)) if open < close => (text[..open].to_string(), text[close + 1..].to_string()),
        _ => (text.to_string(), String::new()),
    }
}

pub fn page() -> Html {
    let (before_link, after_link) = around_link(t("start-already-asked-text"));
    html! {
        <>
            <Heading text={t("start-heading")} />
            <p class="lead">{ t("start-lead") }</p>
            <p class="body">{ t("start-independent") }</p>
            <h2 class="heading-m">{ t("start-when-heading") }</h2>
            <ul class="list list-bullet">
                <li>{ t("start-when-council") }</li>
                <li>{ t("start-when-safety") }</li>
                <li>{ t("start-when-hospital") }</li>
                <li>{ t("start-when-decision") }</li>
                <li>{ t("start-when-complaint") }</li>
                <li>{ t("start-when-heard") }</li>
            </ul>
            <p class="body">{ t("start-no-need-to-know") }</p>
            <p class="body">{ t("start-someone-else") }</p>
            <p class="body">{ t("start-time") }</p>
            <RouteLink to={Route::Who} id="start" class="button button-start">
                { t("start-button") }
            </RouteLink>
            <SharedDeviceSwitch />
            <h2 class="heading-m">{ t("start-already-asked") }</h2>
            <p class="body">
                { before_link }
                <RouteLink to={Route::Track} id="track-link">{ t("track-link") }</RouteLink>
                { after_link }
            </p>
        </>
    }
}
