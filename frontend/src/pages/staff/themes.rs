//! The provider's themes, for administrators: add one, retire one (it stays on what it tags
//! but is not offered for new tags), or bring it back.

use speakup_types::feedback::{NewTheme, Theme};
use validator::Validate;
use yew::prelude::*;

use super::action::{use_action, Fields};
use super::{use_load, Load};
use crate::api;
use crate::components::error_summary::{to_field, ErrorSummary};
use crate::components::fields::TextInput;
use crate::components::heading::Heading;
use crate::components::links::back_link;
use crate::i18n::{field_errors, t, tf};
use crate::route::Route;

#[component]
pub fn ThemesPage() -> Html {
    let version = use_state(|| 0u32);
    let load = use_load(*version, |_| api::themes());
    let reload = {
        let version = version.clone();
        Callback::from(move |()| version.set(*version + 1))
    };
    let list = match &*load {
        Load::Loading => html! { <p class="body" role="status">{ t("staff-feedback-loading") }</p> },
        Load::Failed(problem) => html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
        Load::Loaded(themes) if themes.is_empty() => html! { <p class="body">{ t("staff-themes-none") }</p> },
        Load::Loaded(themes) => html! {
            <ul class="list" id="themes">{ for themes.iter().map(|theme| html! { <ThemeRow theme={theme.clone()} onchange={reload.clone()} /> }) }</ul>
        },
    };
    html! {
        <>
            { back_link(Route::StaffFeedback) }
            <Heading text={t("staff-themes-heading")} />
            <p class="body">{ t("staff-themes-intro") }</p>
            { list }
            <AddTheme onadd={reload} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    theme: Theme,
    onchange: Callback<()>,
}

#[component]
fn ThemeRow(props: &RowProps) -> Html {
    let action = use_action(Fields::Elsewhere);
    let theme = &props.theme;
    let onclick = {
        let (action, id, active, done) = (action.clone(), theme.id, theme.active, props.onchange.clone());
        Callback::from(move |_: MouseEvent| {
            let done = done.clone();
            action.run(api::set_theme_active(id, !active, action.csrf()), move |_| done.emit(()))
        })
    };
    let (button, status) = if theme.active { ("staff-themes-retire", None) } else { ("staff-themes-restore", Some("staff-themes-retired")) };
    html! {
        <li class="summary-row">
            <ErrorSummary errors={action.errors()} />
            <span class="summary-key">{ theme.name.clone() }</span>
            if let Some(status) = status { { " " }<strong class="tag">{ t(status) }</strong> }
            { " " }
            <button type="button" class="button button-secondary button-small" disabled={action.busy()} {onclick}>
                { t(button) }<span class="visually-hidden">{ format!(" {}", theme.name) }</span>
            </button>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct AddProps {
    onadd: Callback<()>,
}

#[component]
fn AddTheme(props: &AddProps) -> Html {
    let name = use_state(String::new);
    let added = use_state(|| None::<String>);
    let action = use_action(Fields::OnPage(to_field));
    let onsubmit = {
        let (action, name, added, done) = (action.clone(), name.clone(), added.clone(), props.onadd.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let theme = NewTheme { name: (*name).clone() };
            if let Err(found) = theme.validate() {
                action.refuse(field_errors(&found));
                return;
            }
            let (name, added, done) = (name.clone(), added.clone(), done.clone());
            action.run(api::add_theme(theme.name, action.csrf()), move |theme| {
                name.set(String::new());
                added.set(Some(theme.name));
                done.emit(());
            });
        })
    };
    let oninput = {
        let name = name.clone();
        Callback::from(move |v: String| name.set(v))
    };
    html! {
        <section aria-labelledby="add-theme-title">
            <h2 class="heading-m" id="add-theme-title">{ t("staff-themes-add-heading") }</h2>
            <ErrorSummary errors={action.errors()} />
            if let Some(added) = &*added {
                <p class="body" role="status" id="theme-added">{ tf("staff-themes-added", &[("name", added)]) }</p>
            }
            <form class="form" novalidate=true {onsubmit}>
                <TextInput id="name" label={t("staff-themes-name")} value={(*name).clone()} class="input-medium"
                    error={action.errors().inline("name")} {oninput} />
                <button type="submit" id="add-theme" class="button" disabled={action.busy()}>{ t("staff-themes-add") }</button>
            </form>
        </section>
    }
}
