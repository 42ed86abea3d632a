//! Staff sign in.

use speakup_types::identity::LoginRequest;
use validator::Validate;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api;
use crate::app::{staff_home, Route};
use crate::components::error_summary::{to_field, ErrorSummary, Errors, SummaryItem};
use crate::components::fields::TextInput;
use crate::components::heading::Heading;
use crate::components::redirect::Replace;
use crate::i18n::{field_errors, t, with_element};
use crate::session::{use_auth, use_session_check, Auth};

#[component]
pub fn LoginPage() -> Html {
    let auth = use_auth();
    let navigator = use_navigator();
    let email = use_state(String::new);
    let password = use_state(String::new);
    let errors = use_state(Errors::default);
    let busy = use_state(|| false);
    // Already signed in from an earlier visit? Then skip this page.
    use_session_check(&auth);
    let onsubmit = {
        let (auth, email, password, errors, busy) =
            (auth.clone(), email.clone(), password.clone(), errors.clone(), busy.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let request = LoginRequest { email: email.trim().to_string(), password: (*password).clone() };
            if let Err(e) = request.validate() {
                errors.set(errors.with_fields(field_errors(&e), to_field));
                return;
            }
            busy.set(true);
            let (auth, errors, busy, password, navigator) =
                (auth.clone(), errors.clone(), busy.clone(), password.clone(), navigator.clone());
            spawn_local(async move {
                match api::login(&request).await {
                    Ok(info) => {
                        let next = staff_home(&info);
                        auth.set(Auth::SignedIn(info));
                        if let Some(navigator) = navigator {
                            navigator.push(&next);
                        }
                    }
                    Err(problem) if problem.errors.is_empty() => {
                        // Wrong details (401) or locked for a while (429): the server's words, linked to the email field.
                        password.set(String::new());
                        let mut message = problem.title.clone();
                        if let Some(detail) = problem.detail.as_deref().filter(|d| !d.trim().is_empty()) {
                            message = format!("{message} {detail}");
                        }
                        let item = SummaryItem { message, target: Some("#email".into()) };
                        errors.set(errors.failed(Vec::new(), vec![item]));
                    }
                    Err(problem) => errors.set(errors.with_problem(&problem, to_field)),
                }
                busy.set(false);
            });
        })
    };
    if let Auth::SignedIn(info) = &*auth {
        return html! { <Replace to={staff_home(info)} /> };
    }
    let on_email = {
        let email = email.clone();
        Callback::from(move |v: String| email.set(v))
    };
    let on_password = {
        let password = password.clone();
        Callback::from(move |v: String| password.set(v))
    };
    html! {
        <>
            <ErrorSummary errors={(*errors).clone()} />
            <Heading text={t("staff-login-heading")} />
            <p class="body">{ with_element(t("staff-login-intro"), "link",
                html! { <Link<Route> to={Route::Home}>{ t("staff-login-start-page") }</Link<Route>> }) }</p>
            <form class="form" novalidate=true {onsubmit}>
                <TextInput id="email" label={t("staff-login-email")} input_type="email" autocomplete="username" autocapitalize="none"
                    spellcheck=false value={(*email).clone()} error={errors.inline("email")} oninput={on_email} />
                <TextInput id="password" label={t("staff-login-password")} input_type="password" autocomplete="current-password"
                    spellcheck=false value={(*password).clone()} error={errors.inline("password")} oninput={on_password} />
                <button type="submit" id="sign-in" class="button" disabled={*busy}>{ t("staff-login-button") }</button>
            </form>
        </>
    }
}
