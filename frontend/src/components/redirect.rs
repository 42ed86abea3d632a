//! A redirect that replaces the current history entry, so Back does not bounce the person forward again.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct ReplaceProps {
    pub to: Route,
}

#[component]
pub fn Replace(props: &ReplaceProps) -> Html {
    let navigator = use_navigator();
    let to = props.to.clone();
    use_effect_with(to, move |to| {
        if let Some(navigator) = navigator {
            navigator.replace(to);
        }
    });
    html! {}
}
