//! Radios and checkboxes in a `<fieldset>` with a `<legend>`. Each option's id is
//! `<name>-<value>`, e.g. `contact-method-phone`.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::heading::Heading;
use crate::i18n::t;
use crate::pictures::Picture;

#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub value: &'static str,
    /// Message ids (see `i18n`), so option lists can be constants.
    pub label: &'static str,
    pub hint: Option<&'static str>,
}

pub const fn choice(value: &'static str, label: &'static str) -> Choice {
    Choice { value, label, hint: None }
}

/// Yes and No, for a question that must have one of them.
pub const YES_NO: [Choice; 2] = [choice("yes", "answer-yes"), choice("no", "answer-no")];

/// Yes, No and I don't know: the answer to most optional questions.
pub const YES_NO_UNKNOWN: [Choice; 3] =
    [choice("yes", "answer-yes"), choice("no", "answer-no"), choice("unknown", "answer-unknown")];

#[derive(Properties, PartialEq)]
pub struct ChoicesProps {
    /// The DTO path with `.` replaced by `-`, e.g. `contact-method`.
    pub name: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub heading: bool,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<String>,
    pub options: Vec<Choice>,
    /// Values to set apart after an "or" (like "I don't know" or "None of these").
    #[prop_or_default]
    pub apart: Vec<&'static str>,
    /// The values chosen (at most one for radios).
    pub selected: Vec<String>,
    /// A picture for each option, in the same order, drawn before its words.
    #[prop_or_default]
    pub pictures: Vec<Picture>,
    /// Called with an option's value and whether it is now ticked.
    pub onchange: Callback<(String, bool)>,
}

/// The parts of a fieldset both kinds of choice share.
struct Frame {
    describedby: Option<String>,
    notes: Html,
    legend: Html,
}

fn frame(p: &ChoicesProps) -> Frame {
    let mut described = Vec::new();
    let hint = match &p.hint {
        Some(text) => {
            let id = format!("{}-hint", p.name);
            described.push(id.clone());
            html! { <div {id} class="hint">{ crate::i18n::lines(text) }</div> }
        }
        None => html! {},
    };
    let error = match &p.error {
        Some(message) => {
            let id = format!("{}-error", p.name);
            described.push(id.clone());
            html! {
                <p {id} class="error-message">
                    <span class="visually-hidden">{ t("error-prefix") }</span>{ message.clone() }
                </p>
            }
        }
        None => html! {},
    };
    let legend = if p.heading {
        html! { <legend class="legend legend-heading"><Heading text={p.legend.clone()} /></legend> }
    } else {
        html! { <legend class="legend">{ p.legend.clone() }</legend> }
    };
    Frame {
        describedby: (!described.is_empty()).then(|| described.join(" ")),
        notes: html! { <>{ hint }{ error }</> },
        legend,
    }
}

fn option(p: &ChoicesProps, kind: &'static str, (index, c): (usize, &Choice)) -> Html {
    let checked = p.selected.iter().any(|v| v == c.value);
    let value = c.value.to_string();
    let onchange = p.onchange.reform(move |e: Event| {
        (value.clone(), e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    let id = format!("{}-{}", p.name, c.value);
    let hint_id = format!("{id}-hint");
    let divider = p.apart.first() == Some(&c.value);
    html! {
        <>
            if divider { <p class="choice-divider">{ t("choice-or") }</p> }
            <div class="choice">
                <input class="choice-input" type={kind} id={id.clone()} name={p.name.clone()}
                    value={c.value} {checked} {onchange}
                    aria-describedby={c.hint.map(|_| hint_id.clone())} />
                if let Some(picture) = p.pictures.get(index) {
                    <label class="choice-label choice-label-pictured" for={id}>
                        <span class="choice-picture">{ picture.html() }</span>{ t(c.label) }
                    </label>
                } else {
                    <label class="choice-label" for={id}>{ t(c.label) }</label>
                }
                if let Some(hint) = c.hint {
                    <div id={hint_id} class="hint choice-hint">{ t(hint) }</div>
                }
            </div>
        </>
    }
}

fn choices(p: &ChoicesProps, kind: &'static str, class: &'static str) -> Html {
    let Frame { describedby, notes, legend } = frame(p);
    html! {
        <div class={classes!("field", p.error.is_some().then_some("field-error"))}>
            <fieldset class="fieldset" aria-describedby={describedby}>
                { legend }
                { notes }
                <div class={class}>
                    { for p.options.iter().enumerate().map(|c| option(p, kind, c)) }
                </div>
            </fieldset>
        </div>
    }
}

#[component]
pub fn Radios(props: &ChoicesProps) -> Html {
    choices(props, "radio", "radios")
}

#[component]
pub fn Checkboxes(props: &ChoicesProps) -> Html {
    choices(props, "checkbox", "checkboxes")
}
