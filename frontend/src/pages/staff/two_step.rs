//! Two-step sign-in for the signed-in member of staff: set it up, see how many recovery codes
//! are left, get new ones, or turn it off (unless their role requires it). Someone whose role
//! requires it and who has not set it up is sent here before anything else.

use speakup_types::identity::{AuthenticatorCode, RecoveryCodes, SecondFactorStatus, TurnOffSecondFactor};
use validator::Validate;
use yew::prelude::*;
use yew_router::prelude::*;

use super::two_step_setup::{Setup, ShownCodes};
use super::action::{use_action, Action, Fields};
use super::{use_load, Load};
use crate::api::{self, ApiResult};
use crate::route::staff_home;
use crate::components::error_summary::{to_field, ErrorSummary};
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

/// A form of one field whose request is `send`; the field is cleared after each try (it holds
/// a code or a password).
#[hook]
fn use_one_field_form<T: 'static, R: std::future::Future<Output = ApiResult<T>> + 'static>(
    send: impl Fn(String, String) -> Result<R, Vec<speakup_types::problem::FieldError>> + 'static,
    done: Callback<T>,
) -> (UseStateHandle<String>, Action, Callback<SubmitEvent>) {
    let value = use_state(String::new);
    let action = use_action(Fields::OnPage(to_field));
    let onsubmit = {
        let (value, action) = (value.clone(), action.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let request = match send((*value).clone(), action.csrf()) {
                Ok(request) => request,
                Err(fields) => return action.refuse(fields),
            };
            let (sent, refused, done) = (value.clone(), value.clone(), done.clone());
            action.run_or(
                request,
                move |answer| {
                    sent.set(String::new());
                    done.emit(answer);
                },
                move |_| refused.set(String::new()),
            );
        })
    };
    (value, action, onsubmit)
}

#[component]
fn TurnedOn(props: &TurnedOnProps) -> Html {
    let (code, renewing, renew) = use_one_field_form(
        |code, csrf| {
            let body = AuthenticatorCode { code: code.trim().to_string() };
            body.validate().map_err(|e| field_errors(&e))?;
            Ok(api::renew_recovery_codes(body, csrf))
        },
        props.got_codes.clone(),
    );
    let (password, turning_off, turn_off) = use_one_field_form(
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
            <ErrorSummary errors={renewing.errors()} />
            <ErrorSummary errors={turning_off.errors()} />
            <div class="notice" id="two-step-on"><p class="body">{ t("staff-two-step-on") }</p></div>
            <p class="body" id="codes-left">{ tf("staff-two-step-codes-left", &[("count", &left)]) }</p>
            <form class="form" novalidate=true aria-labelledby="renew-title" onsubmit={renew}>
                <h2 class="heading-m" id="renew-title">{ t("staff-two-step-renew-heading") }</h2>
                <p class="body">{ t("staff-two-step-renew-text") }</p>
                <TextInput id="code" label={t("staff-two-step-code")} autocomplete="one-time-code" autocapitalize="none"
                    spellcheck=false class="input-short" value={(*code).clone()} error={renewing.errors().inline("code")} oninput={on_code} />
                <button type="submit" id="renew-codes" class="button button-secondary" disabled={renewing.busy()}>{ t("staff-two-step-renew-button") }</button>
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
                            error={turning_off.errors().inline("current_password")} oninput={on_password} />
                        <button type="submit" id="turn-off-two-step" class="button button-warning" disabled={turning_off.busy()}>
                            { t("staff-two-step-off-button") }
                        </button>
                    </form>
                }
            </section>
        </>
    }
}
