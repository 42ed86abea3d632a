//! Links inside the app: the Back link of question pages and a link that looks like a button.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;
use crate::i18n::t;

pub fn back_link(to: Route) -> Html {
    html! { <Link<Route> to={to} classes="back-link">{ t("link-back") }</Link<Route>> }
}

#[derive(Properties, PartialEq)]
pub struct RouteLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// An `<a>` to a route with an id and classes (yew-router's `Link` takes no id).
#[component]
pub fn RouteLink(props: &RouteLinkProps) -> Html {
    let navigator = use_navigator();
    let to = props.to.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() {
            return;
        }
        if let Some(navigator) = &navigator {
            e.prevent_default();
            navigator.push(&to);
        }
    });
    html! {
        <a id={props.id.clone()} class={props.class.clone()} href={props.to.to_path()} {onclick}>
            { props.children.clone() }
        </a>
    }
}
