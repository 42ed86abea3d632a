//! Two-step sign-in for the signed-in member of staff: set it up, see how many recovery codes
//! are left, get new ones, or turn it off (unless their role requires it). Someone whose role
//! requires it and who has not set it up is sent here before anything else.

use speakup_types::identity::{AuthenticatorCode, RecoveryCodes, SecondFactorStatus, TurnOffSecondFactor};
use validator::Validate;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use super::two_step_setup::{Setup, ShownCodes};
use super::{signed_out, use_load, Load};
use crate::api::{self, ApiResult};
use crate::route::staff_home;
use crate::components::error_summary::{to_field, ErrorSummary, Errors};
use crate::components::fields::TextInput;
use crate::components::heading::Heading;
use crate::i18n::{field_errors, t, tf};
use crate::session::{use_auth, Auth};

#[component]
pub fn TwoStepPage() -> Html {
    let auth = use_auth();
    let navigator = use_navigator();
    let reloads = use_state(|| 0_u32);
    let load = use_load(*reloads, |_| api::second_factor());
    let shown = use_state(|| None::<RecoveryCodes>);
    let owing = auth.info().is_some_and(|i| i.must_set_up_second_factor);
    let got_codes = {
        let shown = shown.clone();
        Callback::from(move |codes: RecoveryCodes| shown.set(Some(codes)))
    };
    let kept = {
        let (auth, shown, reloads) = (auth.clone(), shown.clone(), reloads.clone());
        Callback::from(move |_| {
            shown.set(None);
            reloads.set(*reloads + 1);
            // Someone sent here first goes on to their work now.
            if let Auth::SignedIn(mut info) = (*auth).clone() {
                if info.must_set_up_second_factor {
                    info.must_set_up_second_factor = false;
                    if let Some(navigator) = &navigator {
                        navigator.push(&staff_home(&info));
                    }
                    auth.set(Auth::SignedIn(info));
                }
            }
        })
    };
    let body = if let Some(codes) = &*shown {
        html! { <ShownCodes codes={codes.clone()} {kept} /> }
    } else {
        match &*load {
            Load::Loading => html! { <p class="body" role="status">{ t("staff-two-step-loading") }</p> },
            Load::Failed(problem) => html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
            Load::Loaded(status) if !status.enabled => html! { <Setup done={got_codes} /> },
            Load::Loaded(status) => {
                let changed = {
                    let reloads = reloads.clone();
                    Callback::from(move |_| reloads.set(*reloads + 1))
                };
                html! { <TurnedOn status={status.clone()} {got_codes} {changed} /> }
            }
        }
    };
    html! {
        <>
            <Heading text={t("staff-two-step-heading")} />
            if owing {
                <div class="inset" id="two-step-required">{ t("staff-two-step-must") }</div>
            }
            <p class="body">{ t("staff-two-step-intro") }</p>
            { body }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct TurnedOnProps {
    status: SecondFactorStatus,
    got_codes: Callback<RecoveryCodes>,
    /// It was turned off: load the status again.
    changed: Callback<()>,
}

/// A form of one field whose request is `send`, sharing the page's busy and error handling.
#[hook]
fn use_one_field_form<T: 'static, R: std::future::Future<Output = ApiResult<T>> + 'static>(
    send: impl Fn(String, String) -> Result<R, Vec<speakup_types::problem::FieldError>> + 'static,
    done: Callback<T>,
) -> (UseStateHandle<String>, UseStateHandle<Errors>, UseStateHandle<bool>, Callback<SubmitEvent>) {
    let auth = use_auth();
    let value = use_state(String::new);
    let errors = use_state(Errors::default);
    let busy = use_state(|| false);
    let onsubmit = {
        let (value, errors, busy) = (value.clone(), errors.clone(), busy.clone());
        let send = std::rc::Rc::new(send);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let request = match send((*value).clone(), auth.csrf()) {
                Ok(request) => request,
                Err(fields) => return errors.set(errors.with_fields(fields, to_field)),
            };
            busy.set(true);
            let (auth, value, errors, busy, done) = (auth.clone(), value.clone(), errors.clone(), busy.clone(), done.clone());
            spawn_local(async move {
                let result = request.await;
                busy.set(false);
                match result {
                    Ok(answer) => {
                        value.set(String::new());
                        errors.set(Errors::default());
                        done.emit(answer);
                    }
                    Err(problem) if !signed_out(&auth, &problem) => {
                        value.set(String::new());
                        errors.set(errors.with_problem(&problem, to_field));
                    }
                    Err(_) => {}
                }
            });
        })
    };
    (value, errors, busy, onsubmit)
}

#[component]
fn TurnedOn(props: &TurnedOnProps) -> Html {
    let (code, code_errors, renewing, renew) = use_one_field_form(
        |code, csrf| {
            let body = AuthenticatorCode { code: code.trim().to_string() };
            body.validate().map_err(|e| field_errors(&e))?;
            Ok(api::renew_recovery_codes(body, csrf))
        },
        props.got_codes.clone(),
    );
    let (password, off_errors, turning_off, turn_off) = use_one_field_form(
        |current_password, csrf| {
            let body = TurnOffSecondFactor { current_password };
            body.validate().map_err(|e| field_errors(&e))?;
            Ok(api::turn_off_second_factor(body, csrf))
        },
        props.changed.clone(),
    );
    let on_code = {
        let code = code.clone();
        Callback::from(move |v: String| code.set(v))
    };
    let on_password = {
        let password = password.clone();
        Callback::from(move |v: String| password.set(v))
    };
    let left = props.status.recovery_codes_left.to_string();
    html! {
        <>
            <ErrorSummary errors={(*code_errors).clone()} />
            <ErrorSummary errors={(*off_errors).clone()} />
            <div class="notice" id="two-step-on"><p class="body">{ t("staff-two-step-on") }</p></div>
            <p class="body" id="codes-left">{ tf("staff-two-step-codes-left", &[("count", &left)]) }</p>
            <form class="form" novalidate=true aria-labelledby="renew-title" onsubmit={renew}>
                <h2 class="heading-m" id="renew-title">{ t("staff-two-step-renew-heading") }</h2>
                <p class="body">{ t("staff-two-step-renew-text") }</p>
                <TextInput id="code" label={t("staff-two-step-code")} autocomplete="one-time-code" autocapitalize="none"
                    spellcheck=false class="input-short" value={(*code).clone()} error={code_errors.inline("code")} oninput={on_code} />
                <button type="submit" id="renew-codes" class="button button-secondary" disabled={*renewing}>{ t("staff-two-step-renew-button") }</button>
            </form>
            <section aria-labelledby="off-title">
                <h2 class="heading-m" id="off-title">{ t("staff-two-step-off-heading") }</h2>
                if props.status.required {
                    <p class="body" id="two-step-stays">{ t("staff-two-step-off-required") }</p>
                } else {
                    <form class="form" novalidate=true onsubmit={turn_off}>
                        <p class="body">{ t("staff-two-step-off-text") }</p>
                        <TextInput id="current_password" label={t("staff-password-current")} input_type="password"
                            autocomplete="current-password" spellcheck=false value={(*password).clone()}
                            error={off_errors.inline("current_password")} oninput={on_password} />
                        <button type="submit" id="turn-off-two-step" class="button button-warning" disabled={*turning_off}>
                            { t("staff-two-step-off-button") }
                        </button>
                    </form>
                }
            </section>
        </>
    }
}
