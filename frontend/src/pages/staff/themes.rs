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
    let load = use_load((), |()| api::themes());
    // What the actions changed, kept in place so the button that acted keeps focus.
    let changed = use_state(|| None::<Vec<Theme>>);
    let shown = changed.as_ref().cloned().or_else(|| if let Load::Loaded(themes) = &*load { Some(themes.clone()) } else { None });
    let update = {
        let (changed, shown) = (changed.clone(), shown.clone().unwrap_or_default());
        Callback::from(move |theme: Theme| {
            let mut themes: Vec<Theme> = shown.iter().filter(|t| t.id != theme.id).cloned().collect();
            themes.push(theme);
            themes.sort_by(|a, b| a.name.cmp(&b.name));
            changed.set(Some(themes));
        })
    };
    let list = match (&shown, &*load) {
        (Some(themes), _) if themes.is_empty() => html! { <p class="body">{ t("staff-themes-none") }</p> },
        (Some(themes), _) => html! {
            <ul class="list" id="themes">{ for themes.iter().map(|theme| html! { <ThemeRow key={theme.id.to_string()} theme={theme.clone()} onchange={update.clone()} /> }) }</ul>
        },
        (None, Load::Failed(problem)) => html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
        _ => html! { <p class="body" role="status">{ t("staff-feedback-loading") }</p> },
    };
    html! {
        <>
            { back_link(Route::StaffFeedback) }
            <Heading text={t("staff-themes-heading")} />
            <p class="body">{ t("staff-themes-intro") }</p>
            { list }
            <AddTheme onadd={update} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    theme: Theme,
    onchange: Callback<Theme>,
}

#[component]
fn ThemeRow(props: &RowProps) -> Html {
    let action = use_action(Fields::Elsewhere);
    let theme = &props.theme;
    let onclick = {
        let (action, id, active, done) = (action.clone(), theme.id, theme.active, props.onchange.clone());
        Callback::from(move |_: MouseEvent| {
            let done = done.clone();
            action.run(api::set_theme_active(id, !active, action.csrf()), move |theme| done.emit(theme))
        })
    };
    super::action::retire_row(&theme.id.to_string(), "theme", &theme.name, theme.active, &action, onclick)
}

#[derive(Properties, PartialEq)]
struct AddProps {
    onadd: Callback<Theme>,
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
                added.set(Some(theme.name.clone()));
                done.emit(theme);
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
            <ErrorSummary errors={action.errors()} title_id="add-theme-error-title" />
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
