//! One question asked before something that cannot be undone (deleting answers, a decision,
//! a new tracking code): it takes focus when it appears, says what will happen, and offers
//! yes and no.

use yew::prelude::*;

use crate::dom;

#[derive(Properties, PartialEq)]
pub struct ConfirmProps {
    /// The question's id; it takes focus when the question appears.
    pub id: AttrValue,
    pub question: AttrValue,
    /// What will happen.
    pub text: AttrValue,
    pub yes: AttrValue,
    pub yes_id: AttrValue,
    pub no: AttrValue,
    pub no_id: AttrValue,
    /// Yes destroys or refuses something: the button says so by its colour as well as its words.
    #[prop_or_default]
    pub warning: bool,
    pub onyes: Callback<()>,
    pub onno: Callback<()>,
    /// The id of the button that asked, which takes focus back after "No" (when it stays on
    /// the page), so keyboard and screen reader users carry on where they were.
    #[prop_or_default]
    pub return_to: Option<AttrValue>,
}

#[component]
pub fn Confirm(props: &ConfirmProps) -> Html {
    {
        let id = props.id.clone();
        use_effect_with((), move |_| dom::focus_id(&id));
    }
    let yes_class = classes!("button", props.warning.then_some("button-warning"));
    let onno = {
        let (onno, return_to) = (props.onno.clone(), props.return_to.clone());
        Callback::from(move |_: MouseEvent| {
            onno.emit(());
            if let Some(id) = &return_to {
                dom::focus_id(id);
            }
        })
    };
    html! {
        <section class="confirm no-print" aria-labelledby={props.id.clone()}>
            <h2 class="heading-s" id={props.id.clone()} tabindex="-1">{ props.question.clone() }</h2>
            <p class="body">{ props.text.clone() }</p>
            <div class="button-group">
                <button type="button" id={props.yes_id.clone()} class={yes_class} onclick={props.onyes.reform(|_: MouseEvent| ())}>
                    { props.yes.clone() }
                </button>
                <button type="button" id={props.no_id.clone()} class="button button-secondary" onclick={onno}>
                    { props.no.clone() }
                </button>
            </div>
        </section>
    }
}
