//! Tagging feedback or a collective issue with the provider's themes: every active theme is
//! offered, and any retired one it already has.

use std::future::Future;
use std::pin::Pin;

use speakup_types::feedback::Theme;
use uuid::Uuid;
use yew::prelude::*;

use super::action::{use_action, Fields};
use crate::api::{self, ApiResult};
use crate::components::error_summary::ErrorSummary;
use crate::i18n::t;

/// What is being tagged.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tagged {
    Feedback(Uuid),
    Issue(Uuid),
}

impl Tagged {
    /// Tags it with exactly `themes`; the answer is the themes it has now.
    fn send(self, themes: Vec<Uuid>, csrf: String) -> Pin<Box<dyn Future<Output = ApiResult<Vec<Theme>>>>> {
        match self {
            Tagged::Feedback(id) => Box::pin(async move { api::tag_feedback(id, themes, csrf).await.map(|detail| detail.themes) }),
            Tagged::Issue(id) => Box::pin(api::tag_issue(id, themes, csrf)),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct TagsProps {
    pub target: Tagged,
    /// The themes it has now.
    pub tagged: Vec<Theme>,
    /// Every theme of the provider's list.
    pub themes: Vec<Theme>,
    pub onchange: Callback<Vec<Theme>>,
}

#[component]
pub fn Tags(props: &TagsProps) -> Html {
    let chosen = use_state(|| props.tagged.iter().map(|t| t.id.to_string()).collect::<Vec<_>>());
    let action = use_action(Fields::Elsewhere);
    let offered: Vec<&Theme> = props.themes.iter().filter(|theme| theme.active || props.tagged.iter().any(|t| t.id == theme.id)).collect();
    let tick = |value: String| {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let ticked = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
            let mut now: Vec<String> = (*chosen).iter().filter(|v| **v != value).cloned().collect();
            if ticked {
                now.push(value.clone());
            }
            chosen.set(now);
        })
    };
    let onsubmit = {
        let (action, chosen, target, done) = (action.clone(), chosen.clone(), props.target, props.onchange.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let themes = chosen.iter().filter_map(|v| Uuid::parse_str(v).ok()).collect();
            let done = done.clone();
            action.run(target.send(themes, action.csrf()), move |themes| done.emit(themes));
        })
    };
    html! {
        <section aria-labelledby="themes-title">
            <h2 class="heading-m" id="themes-title">{ t("staff-feedback-themes") }</h2>
            <ErrorSummary errors={action.errors()} title_id="themes-error-title" />
            if offered.is_empty() {
                <p class="body">{ t("staff-feedback-no-themes") }</p>
            } else {
                <form class="form" novalidate=true {onsubmit}>
                    <fieldset class="fieldset">
                        <legend class="legend">{ t("staff-feedback-themes-legend") }</legend>
                        <div class="checkboxes">
                            { for offered.iter().map(|theme| {
                                let value = theme.id.to_string();
                                let id = format!("theme-{value}");
                                html! {
                                    <div class="choice">
                                        <input class="choice-input" type="checkbox" id={id.clone()} name="themes" value={value.clone()}
                                            checked={chosen.contains(&value)} onchange={tick(value.clone())} />
                                        <label class="choice-label" for={id}>{ theme.name.clone() }</label>
                                    </div>
                                }
                            }) }
                        </div>
                    </fieldset>
                    <button type="submit" id="save-themes" class="button button-secondary" disabled={action.busy()}>{ t("staff-feedback-save-themes") }</button>
                </form>
            }
        </section>
    }
}
