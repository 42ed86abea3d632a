//! Staff sign in: email and password, then, for an account with an authenticator, the code
//! from the app (or a recovery code) on a second step.

use speakup_types::identity::{LoginRequest, SecondFactorLogin, SessionInfo};
use speakup_types::problem::Problem;
use validator::Validate;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{self, SignIn};
use crate::route::{staff_home, Route};
use crate::components::error_summary::{to_field, ErrorSummary, Errors, SummaryItem};
use crate::components::fields::TextInput;
use crate::components::heading::Heading;
use crate::components::redirect::Replace;
use crate::i18n::{field_errors, t, with_element};
use crate::session::{use_auth, use_session_check, Auth, AuthHandle};

/// The server's words for a refusal that belongs to no one field, linked to `target`.
fn refusal(errors: &Errors, problem: &Problem, target: &str) -> Errors {
    let mut message = problem.title.clone();
    if let Some(detail) = problem.detail.as_deref().filter(|d| !d.trim().is_empty()) {
        message = format!("{message} {detail}");
    }
    errors.failed(Vec::new(), vec![SummaryItem { message, target: Some(target.into()) }])
}

fn signed_in(auth: &AuthHandle, navigator: Option<Navigator>, info: SessionInfo) {
    let next = staff_home(&info);
    auth.set(Auth::SignedIn(info));
    if let Some(navigator) = navigator {
        navigator.push(&next);
    }
}

#[component]
pub fn LoginPage() -> Html {
    let auth = use_auth();
    let navigator = use_navigator();
    let email = use_state(String::new);
    let password = use_state(String::new);
    let errors = use_state(Errors::default);
    let busy = use_state(|| false);
    let ticket = use_state(|| None::<String>);
    // Already signed in from an earlier visit? Then skip this page.
    use_session_check(&auth);
    let onsubmit = {
        let (auth, email, password, errors, busy, ticket) =
            (auth.clone(), email.clone(), password.clone(), errors.clone(), busy.clone(), ticket.clone());
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
            let (auth, errors, busy, password, navigator, ticket) =
                (auth.clone(), errors.clone(), busy.clone(), password.clone(), navigator.clone(), ticket.clone());
            spawn_local(async move {
                match api::login(&request).await {
                    Ok(SignIn::Done(info)) => signed_in(&auth, navigator, info),
                    Ok(SignIn::CodeNeeded(challenge)) => {
                        password.set(String::new());
                        errors.set(Errors::default());
                        ticket.set(Some(challenge.ticket));
                    }
                    Err(problem) if problem.errors.is_empty() => {
                        // Wrong details (401) or locked for a while (429): the server's words, linked to the email field.
                        password.set(String::new());
                        errors.set(refusal(&errors, &problem, "#email"));
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
    if let Some(held) = &*ticket {
        // A ticket that has run out sends the person back here, with the reason.
        let restart = {
            let (ticket, errors) = (ticket.clone(), errors.clone());
            Callback::from(move |problem: Problem| {
                errors.set(refusal(&errors, &problem, "#email"));
                ticket.set(None);
            })
        };
        return html! { <CodeStep ticket={held.clone()} {restart} /> };
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

#[derive(Properties, PartialEq)]
struct CodeStepProps {
    ticket: String,
    /// Called when the ticket has run out (too long, or too many wrong codes).
    restart: Callback<Problem>,
}

/// The second step: the password was right, and the code from the app is still owed.
#[component]
fn CodeStep(props: &CodeStepProps) -> Html {
    let auth = use_auth();
    let navigator = use_navigator();
    let code = use_state(String::new);
    let errors = use_state(Errors::default);
    let busy = use_state(|| false);
    // Focus goes to the one field, whose label is the page's heading.
    use_effect_with((), |_| crate::dom::focus_id("code"));
    let onsubmit = {
        let (code, errors, busy, ticket, restart) =
            (code.clone(), errors.clone(), busy.clone(), props.ticket.clone(), props.restart.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let request = SecondFactorLogin { ticket: ticket.clone(), code: code.trim().to_string() };
            if let Err(e) = request.validate() {
                errors.set(errors.with_fields(field_errors(&e), to_field));
                return;
            }
            busy.set(true);
            let (auth, errors, busy, code, navigator, restart) =
                (auth.clone(), errors.clone(), busy.clone(), code.clone(), navigator.clone(), restart.clone());
            spawn_local(async move {
                match api::login_second_factor(&request).await {
                    Ok(info) => signed_in(&auth, navigator, info),
                    Err(problem) if problem.status == 401 => restart.emit(problem),
                    Err(problem) if problem.errors.is_empty() => errors.set(refusal(&errors, &problem, "#code")),
                    Err(problem) => {
                        code.set(String::new());
                        errors.set(errors.with_problem(&problem, to_field));
                    }
                }
                busy.set(false);
            });
        })
    };
    let on_code = {
        let code = code.clone();
        Callback::from(move |v: String| code.set(v))
    };
    html! {
        <>
            <ErrorSummary errors={(*errors).clone()} />
            <form class="form" novalidate=true {onsubmit}>
                <TextInput id="code" heading=true label={t("staff-login-code-heading")} hint={t("staff-login-code-hint")}
                    autocomplete="one-time-code" autocapitalize="none" spellcheck=false class="input-medium"
                    value={(*code).clone()} error={errors.inline("code")} oninput={on_code} />
                <button type="submit" id="sign-in-code" class="button" disabled={*busy}>{ t("staff-login-code-button") }</button>
            </form>
        </>
    }
}
