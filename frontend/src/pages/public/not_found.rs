use yew::prelude::*;

use crate::route::Route;
use crate::components::heading::Heading;
use crate::components::links::RouteLink;
use crate::i18n::t;

pub fn page() -> Html {
    html! {
        <>
            <Heading text={t("not-found-heading")} />
            <p class="body">{ t("not-found-typed") }</p>
            <p class="body"><RouteLink to={Route::Home}>{ t("not-found-home") }</RouteLink></p>
        </>
    }
}
