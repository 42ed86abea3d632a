//! Text inputs and text areas with their label, hint and inline error, wired together with
//! `for`, `aria-describedby` and `aria-invalid`.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::heading::Heading;

#[derive(Properties, PartialEq, Clone)]
pub struct FieldProps {
    /// The id (and name): the DTO path with `.` replaced by `-`.
    pub id: AttrValue,
    pub label: AttrValue,
    /// Make the label the page's `<h1>`.
    #[prop_or_default]
    pub heading: bool,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<String>,
    pub value: String,
    pub oninput: Callback<String>,
    #[prop_or(AttrValue::Static("text"))]
    pub input_type: AttrValue,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    /// Phones: `none` stops the keyboard capitalising codes and email addresses.
    #[prop_or_default]
    pub autocapitalize: Option<AttrValue>,
    /// Extra classes for the input, e.g. `input-short`.
    #[prop_or_default]
    pub class: Classes,
    /// For text areas.
    #[prop_or(5)]
    pub rows: u32,
    #[prop_or(true)]
    pub spellcheck: bool,
}

fn label(props: &FieldProps) -> Html {
    if props.heading {
        html! { <Heading text={props.label.clone()} label_for={props.id.clone()} class="label-heading" /> }
    } else {
        html! { <label class="label" for={props.id.clone()}>{ props.label.clone() }</label> }
    }
}

/// The hint and error above the input, and the `aria-describedby` value that points at them.
fn hint_and_error(props: &FieldProps) -> (Html, Option<String>) {
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let mut described = Vec::new();
    let hint = match &props.hint {
        Some(text) => {
            described.push(hint_id.clone());
            html! { <div id={hint_id} class="hint">{ crate::i18n::lines(text) }</div> }
        }
        None => html! {},
    };
    let error = match &props.error {
        Some(message) => {
            described.push(error_id.clone());
            html! {
                <p id={error_id} class="error-message">
                    <span class="visually-hidden">{ crate::i18n::t("error-prefix") }</span>{ message.clone() }
                </p>
            }
        }
        None => html! {},
    };
    let describedby = (!described.is_empty()).then(|| described.join(" "));
    (html! { <>{ hint }{ error }</> }, describedby)
}

fn group_class(props: &FieldProps) -> Classes {
    classes!("field", props.error.is_some().then_some("field-error"))
}

#[component]
pub fn TextInput(props: &FieldProps) -> Html {
    let (notes, describedby) = hint_and_error(props);
    let oninput = props.oninput.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let invalid = props.error.is_some().then_some("true");
    html! {
        <div class={group_class(props)}>
            { label(props) }
            { notes }
            <input
                class={classes!("input", props.error.is_some().then_some("input-error"), props.class.clone())}
                id={props.id.clone()}
                name={props.id.clone()}
                type={props.input_type.clone()}
                value={props.value.clone()}
                autocomplete={props.autocomplete.clone()}
                autocapitalize={props.autocapitalize.clone()}
                spellcheck={if props.spellcheck { "true" } else { "false" }}
                aria-describedby={describedby}
                aria-invalid={invalid}
                {oninput}
            />
        </div>
    }
}

#[component]
pub fn TextArea(props: &FieldProps) -> Html {
    let (notes, describedby) = hint_and_error(props);
    let oninput = props.oninput.reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    let invalid = props.error.is_some().then_some("true");
    html! {
        <div class={group_class(props)}>
            { label(props) }
            { notes }
            <textarea
                class={classes!("textarea", props.error.is_some().then_some("input-error"), props.class.clone())}
                id={props.id.clone()}
                name={props.id.clone()}
                rows={props.rows.to_string()}
                value={props.value.clone()}
                autocomplete={props.autocomplete.clone()}
                aria-describedby={describedby}
                aria-invalid={invalid}
                {oninput}
            />
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct SelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// `(value, words)`; the empty value stands for "any".
    pub options: Vec<(String, String)>,
    pub value: String,
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub error: Option<String>,
}

/// A drop-down list with its label, for filters and choices on staff pages.
#[component]
pub fn Select(props: &SelectProps) -> Html {
    let onchange = props.onchange.reform(|e: Event| e.target_unchecked_into::<web_sys::HtmlSelectElement>().value());
    let error_id = format!("{}-error", props.id);
    html! {
        <div class={classes!("field", props.error.is_some().then_some("field-error"))}>
            <label class="label" for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(message) = &props.error {
                <p id={error_id.clone()} class="error-message">
                    <span class="visually-hidden">{ crate::i18n::t("error-prefix") }</span>{ message.clone() }
                </p>
            }
            <select class="select" id={props.id.clone()} name={props.id.clone()} {onchange}
                aria-describedby={props.error.is_some().then_some(error_id)} aria-invalid={props.error.is_some().then_some("true")}>
                { for props.options.iter().map(|(value, words)| html! {
                    <option value={value.clone()} selected={*value == props.value}>{ words.clone() }</option>
                }) }
            </select>
        </div>
    }
}
