//! The page's `<h1>`: it names the page in the browser tab and takes keyboard focus after every
//! route change, so screen reader users hear where they are.

use std::cell::Cell;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;
use crate::dom;
use crate::i18n::wording;

thread_local! {
    /// The very first page after a full load keeps the browser's own focus (so Tab reaches the skip link).
    static FIRST_PAGE: Cell<bool> = const { Cell::new(true) };
}

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    pub text: AttrValue,
    /// When set, the heading text is the `<label>` of that input (GOV.UK's one-question pages).
    #[prop_or_default]
    pub label_for: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
}

#[component]
pub fn Heading(props: &HeadingProps) -> Html {
    let node = use_node_ref();
    let location = use_location();
    let address = location.map(|l| format!("{}{}", l.path(), l.query_str())).unwrap_or_default();
    let focused_for = use_mut_ref(|| None::<String>);
    {
        let node = node.clone();
        use_effect_with((props.text.clone(), address), move |(text, address)| {
            dom::set_title(text);
            let mut focused_for = focused_for.borrow_mut();
            if focused_for.as_deref() != Some(address.as_str()) {
                *focused_for = Some(address.clone());
                if !FIRST_PAGE.with(|first| first.replace(false)) {
                    if let Some(h1) = node.cast::<web_sys::HtmlElement>() {
                        let _ = h1.focus();
                    }
                    // A new page starts at the top, header and Back link in view.
                    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
                }
            }
        });
    }
    // Easy Read puts a picture of what the page is about beside its heading.
    let route = use_route::<Route>();
    let picture = match (wording().easy_read, route) {
        (true, Some(route)) if !route.is_staff() => {
            html! { <span class="easy-picture">{ route.picture().html() }</span> }
        }
        _ => html! {},
    };
    let class = classes!("heading-xl", props.class.clone(), wording().easy_read.then_some("easy-heading"));
    match &props.label_for {
        Some(id) => html! {
            <h1 {class} tabindex="-1" ref={node}>
                { picture }<label class="heading-text" for={id.clone()}>{ props.text.clone() }</label>
            </h1>
        },
        None => html! {
            <h1 {class} tabindex="-1" ref={node}>{ picture }<span class="heading-text">{ props.text.clone() }</span></h1>
        },
    }
}
