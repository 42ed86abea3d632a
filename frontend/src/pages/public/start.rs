//! The front door: what SpeakUp is, and the way in.

use yew::prelude::*;

use crate::route::Route;
use crate::components::delete_answers::just_deleted;
use crate::components::heading::Heading;
use crate::components::links::RouteLink;
use crate::components::shared_device::SharedDeviceSwitch;
use crate::pictures::Picture;
use crate::i18n::{t, with_element};

pub fn page() -> Html {
    html! {
        <>
            // What SpeakUp is for and the way in come first: on a phone they fit before scrolling.
            <Heading text={t("start-heading")} />
            if just_deleted() {
                <div class="notice" role="status" id="answers-deleted"><p class="body">{ t("delete-answers-done") }</p></div>
            }
            <p class="lead">{ t("start-lead") }</p>
            <RouteLink to={Route::who()} id="start" class="button button-start">
                { t("start-button") }
            </RouteLink>
            <p class="body">{ t("start-time") }</p>
            <SharedDeviceSwitch />
            <p class="body">{ t("start-independent") }</p>
            <h2 class="heading-m">{ t("start-when-heading") }</h2>
            <ul class="list list-bullet">
                <li>{ Picture::Council.beside(html! { t("start-when-council") }) }</li>
                <li>{ Picture::Shield.beside(html! { t("start-when-safety") }) }</li>
                <li>{ Picture::Hospital.beside(html! { t("start-when-hospital") }) }</li>
                <li>{ Picture::Question.beside(html! { t("start-when-decision") }) }</li>
                <li>{ Picture::Pen.beside(html! { t("start-when-complaint") }) }</li>
                <li>{ Picture::Talk.beside(html! { t("start-when-heard") }) }</li>
            </ul>
            <p class="body">{ t("start-no-need-to-know") }</p>
            <p class="body">{ t("start-someone-else") }</p>
            <h2 class="heading-m">{ t("start-already-asked") }</h2>
            <p class="body">
                { with_element(t("start-already-asked-text"), "link",
                    html! { <RouteLink to={Route::Track} id="track-link">{ t("track-link") }</RouteLink> }) }
            </p>
        </>
    }
}
