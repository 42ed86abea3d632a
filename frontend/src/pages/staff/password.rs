//! Change password. Staff with a first-time password are sent here before anything else.

use speakup_types::identity::ChangePassword;
use validator::Validate;
use yew::prelude::*;
use yew_router::prelude::*;

use super::action::{use_action, Fields};
use crate::api;
use crate::route::staff_home;
use crate::components::error_summary::{to_field, ErrorSummary};
use crate::components::fields::TextInput;
use crate::components::heading::Heading;
use crate::i18n::{field_errors, t};
use crate::session::{use_auth, Auth};

#[component]
pub fn PasswordPage() -> Html {
    let auth = use_auth();
    let navigator = use_navigator();
    let current = use_state(String::new);
    let new = use_state(String::new);
    let action = use_action(Fields::OnPage(to_field));
    let must_change = auth.info().is_some_and(|i| i.must_change_password);
    let onsubmit = {
        let (auth, action, current, new) = (auth.clone(), action.clone(), current.clone(), new.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let request = ChangePassword { current_password: (*current).clone(), new_password: (*new).clone() };
            if let Err(e) = request.validate() {
                return action.refuse(field_errors(&e));
            }
            let (auth, navigator) = (auth.clone(), navigator.clone());
            action.run(api::change_password(request, action.csrf()), move |()| {
                if let Auth::SignedIn(mut info) = (*auth).clone() {
                    info.must_change_password = false;
                    if let Some(navigator) = navigator {
                        navigator.push(&staff_home(&info));
                    }
                    auth.set(Auth::SignedIn(info));
                }
            });
        })
    };
    let on_current = {
        let current = current.clone();
        Callback::from(move |v: String| current.set(v))
    };
    let on_new = {
        let new = new.clone();
        Callback::from(move |v: String| new.set(v))
    };
    html! {
        <>
            <ErrorSummary errors={action.errors()} />
            <Heading text={t("staff-password-heading")} />
            if must_change {
                <div class="inset">{ t("staff-password-must-change") }</div>
            }
            <form class="form" novalidate=true {onsubmit}>
                <TextInput id="current_password" label={t("staff-password-current")} input_type="password"
                    autocomplete="current-password" spellcheck=false value={(*current).clone()}
                    error={action.errors().inline("current_password")} oninput={on_current} />
                <TextInput id="new_password" label={t("staff-password-new")} input_type="password"
                    autocomplete="new-password" spellcheck=false value={(*new).clone()}
                    hint={t("staff-password-new-hint")}
                    error={action.errors().inline("new_password")} oninput={on_new} />
                <button type="submit" id="continue" class="button" disabled={action.busy()}>{ t("staff-password-button") }</button>
            </form>
        </>
    }
}
