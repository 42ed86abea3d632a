//! Setting up an authenticator app: the QR code and the key as text, then a code from the app
//! to show it works; and the recovery codes, shown once, that stand in for the phone.

use speakup_types::identity::{AuthenticatorCode, AuthenticatorSetup, RecoveryCodes};
use validator::Validate;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::new_code::action_errors;
use super::signed_out;
use crate::api;
use crate::components::error_summary::{to_field, ErrorSummary, Errors};
use crate::components::fields::TextInput;
use crate::dom;
use crate::i18n::{field_errors, t};
use crate::session::use_auth;

#[derive(Properties, PartialEq)]
pub struct SetupProps {
    /// The app confirmed the key: here are the recovery codes to show.
    pub done: Callback<RecoveryCodes>,
}

#[component]
pub fn Setup(props: &SetupProps) -> Html {
    let auth = use_auth();
    let setup = use_state(|| None::<AuthenticatorSetup>);
    let code = use_state(String::new);
    let errors = use_state(Errors::default);
    let busy = use_state(|| false);
    let start = {
        let (auth, setup, errors, busy) = (auth.clone(), setup.clone(), errors.clone(), busy.clone());
        Callback::from(move |_: MouseEvent| {
            if *busy {
                return;
            }
            busy.set(true);
            let (auth, setup, errors, busy) = (auth.clone(), setup.clone(), errors.clone(), busy.clone());
            spawn_local(async move {
                match api::start_second_factor(auth.csrf()).await {
                    Ok(started) => {
                        setup.set(Some(started));
                        dom::focus_id("scan-title");
                    }
                    Err(problem) if !signed_out(&auth, &problem) => errors.set(action_errors(&errors, &problem)),
                    Err(_) => {}
                }
                busy.set(false);
            });
        })
    };
    let confirm = {
        let (auth, code, errors, busy, done) = (auth.clone(), code.clone(), errors.clone(), busy.clone(), props.done.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let request = AuthenticatorCode { code: code.trim().to_string() };
            if let Err(e) = request.validate() {
                errors.set(errors.with_fields(field_errors(&e), to_field));
                return;
            }
            busy.set(true);
            let (auth, code, errors, busy, done) = (auth.clone(), code.clone(), errors.clone(), busy.clone(), done.clone());
            spawn_local(async move {
                match api::confirm_second_factor(request, auth.csrf()).await {
                    Ok(codes) => done.emit(codes),
                    Err(problem) if !signed_out(&auth, &problem) => {
                        code.set(String::new());
                        errors.set(errors.with_problem(&problem, to_field));
                    }
                    Err(_) => {}
                }
                busy.set(false);
            });
        })
    };
    let on_code = {
        let code = code.clone();
        Callback::from(move |v: String| code.set(v))
    };
    let Some(started) = &*setup else {
        return html! {
            <>
                <ErrorSummary errors={(*errors).clone()} />
                <button type="button" id="start-two-step" class="button" disabled={*busy} onclick={start}>{ t("staff-two-step-start") }</button>
            </>
        };
    };
    html! {
        <>
            <ErrorSummary errors={(*errors).clone()} />
            <h2 class="heading-m" id="scan-title" tabindex="-1">{ t("staff-two-step-scan-heading") }</h2>
            <p class="body">{ t("staff-two-step-scan-text") }</p>
            <img class="qr-code" src={started.qr_code.clone()} alt={t("staff-two-step-qr-alt")} width="240" height="240" />
            <p class="body">{ t("staff-two-step-key-text") }</p>
            <p class="tracking"><code id="authenticator-key" class="code">{ started.key.clone() }</code></p>
            <p class="hint">{ t("staff-two-step-key-kind") }</p>
            <form class="form" novalidate=true aria-labelledby="confirm-title" onsubmit={confirm}>
                <h2 class="heading-m" id="confirm-title">{ t("staff-two-step-confirm-heading") }</h2>
                <TextInput id="code" label={t("staff-two-step-code")} hint={t("staff-two-step-code-hint")} autocomplete="one-time-code"
                    autocapitalize="none" spellcheck=false class="input-short" value={(*code).clone()} error={errors.inline("code")}
                    oninput={on_code} />
                <button type="submit" id="confirm-two-step" class="button" disabled={*busy}>{ t("staff-two-step-confirm-button") }</button>
            </form>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct CodesProps {
    pub codes: RecoveryCodes,
    /// The person has kept them somewhere: the page moves on.
    pub kept: Callback<()>,
}

/// Recovery codes, shown this once: to write down, print or save, away from the phone.
#[component]
pub fn ShownCodes(props: &CodesProps) -> Html {
    use_effect_with((), |_| dom::focus_id("codes-title"));
    let save = {
        let text = props.codes.codes.join("\n");
        Callback::from(move |_: MouseEvent| {
            let _ = dom::save_file("speakup-recovery-codes.txt", "text/plain", &format!("{text}\n"));
        })
    };
    let kept = props.kept.reform(|_: MouseEvent| ());
    html! {
        <section class="notice" aria-labelledby="codes-title">
            <h2 class="heading-m" id="codes-title" tabindex="-1">{ t("staff-two-step-codes-heading") }</h2>
            <p class="body">{ t("staff-two-step-codes-text") }</p>
            <ol id="recovery-codes" class="list list-number recovery-codes">
                { for props.codes.codes.iter().map(|code| html! { <li><code class="code">{ code.clone() }</code></li> }) }
            </ol>
            <p class="body"><strong>{ t("staff-two-step-codes-once") }</strong></p>
            <div class="button-group">
                <button type="button" id="save-codes" class="button button-secondary" onclick={save}>{ t("staff-two-step-codes-save") }</button>
                <button type="button" id="print-codes" class="button button-secondary" onclick={Callback::from(|_: MouseEvent| dom::print())}>
                    { t("staff-two-step-codes-print") }
                </button>
            </div>
            <button type="button" id="codes-kept" class="button" onclick={kept}>{ t("staff-two-step-codes-kept") }</button>
        </section>
    }
}
