//! Setting up an authenticator app: the QR code and the key as text, then a code from the app
//! to show it works; and the recovery codes, shown once, that stand in for the phone.

use speakup_types::identity::{AuthenticatorCode, AuthenticatorSetup, RecoveryCodes};
use validator::Validate;
use yew::prelude::*;

use super::action::{use_action, Fields};
use crate::api;
use crate::components::error_summary::{to_field, ErrorSummary};
use crate::components::fields::TextInput;
use crate::dom;
use crate::i18n::{field_errors, t};

#[derive(Properties, PartialEq)]
pub struct SetupProps {
    /// The app confirmed the key: here are the recovery codes to show.
    pub done: Callback<RecoveryCodes>,
}

#[component]
pub fn Setup(props: &SetupProps) -> Html {
    let setup = use_state(|| None::<AuthenticatorSetup>);
    let code = use_state(String::new);
    let action = use_action(Fields::OnPage(to_field));
    let start = {
        let (action, setup) = (action.clone(), setup.clone());
        Callback::from(move |_: MouseEvent| {
            let setup = setup.clone();
            action.run(api::start_second_factor(action.csrf()), move |started| {
                setup.set(Some(started));
                dom::focus_id("scan-title");
            });
        })
    };
    let confirm = {
        let (action, code, done) = (action.clone(), code.clone(), props.done.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let request = AuthenticatorCode { code: code.trim().to_string() };
            if let Err(e) = request.validate() {
                return action.refuse(field_errors(&e));
            }
            let (done, code) = (done.clone(), code.clone());
            // A code that did not work is cleared, ready for the app's next one.
            action.run_or(api::confirm_second_factor(request, action.csrf()), move |codes| done.emit(codes), move |_| code.set(String::new()));
        })
    };
    let on_code = {
        let code = code.clone();
        Callback::from(move |v: String| code.set(v))
    };
    let Some(started) = &*setup else {
        return html! {
            <>
                <ErrorSummary errors={action.errors()} />
                <button type="button" id="start-two-step" class="button" disabled={action.busy()} onclick={start}>{ t("staff-two-step-start") }</button>
            </>
        };
    };
    html! {
        <>
            <ErrorSummary errors={action.errors()} />
            <h2 class="heading-m" id="scan-title" tabindex="-1">{ t("staff-two-step-scan-heading") }</h2>
            <p class="body">{ t("staff-two-step-scan-text") }</p>
            <img class="qr-code" src={started.qr_code.clone()} alt={t("staff-two-step-qr-alt")} width="240" height="240" />
            <p class="body">{ t("staff-two-step-key-text") }</p>
            <p class="tracking"><code id="authenticator-key" class="code">{ started.key.clone() }</code></p>
            <p class="hint">{ t("staff-two-step-key-kind") }</p>
            <form class="form" novalidate=true aria-labelledby="confirm-title" onsubmit={confirm}>
                <h2 class="heading-m" id="confirm-title">{ t("staff-two-step-confirm-heading") }</h2>
                <TextInput id="code" label={t("staff-two-step-code")} hint={t("staff-two-step-code-hint")} autocomplete="one-time-code"
                    autocapitalize="none" spellcheck=false class="input-short" value={(*code).clone()} error={action.errors().inline("code")}
                    oninput={on_code} />
                <button type="submit" id="confirm-two-step" class="button" disabled={action.busy()}>{ t("staff-two-step-confirm-button") }</button>
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
