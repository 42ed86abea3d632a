//! "Lost code" on a referral: when someone asked for a new tracking code, triage issues one.
//! Without such a request (the person rang, say), staff can still issue one, but must say why;
//! the reason stays in the referral's history. The code is shown once, here, to the member of
//! staff who passes it on through the person's safe contact route.

use speakup_types::referral::NewTrackingCode;
use uuid::Uuid;
use yew::prelude::*;

use super::action::{use_action, Fields};
use crate::api;
use crate::components::confirm::Confirm;
use crate::components::error_summary::{to_field, ErrorSummary};
use crate::components::fields::TextArea;
use crate::components::tracking_code::spaced_words;
use crate::i18n::{t, tf};

#[derive(Properties, PartialEq)]
pub struct NewCodeProps {
    pub id: Uuid,
    /// `ReferralDetail.code_reset_requested`.
    pub requested: bool,
}

#[component]
pub fn NewCode(props: &NewCodeProps) -> Html {
    let action = use_action(Fields::OnPage(to_field));
    let issued = use_state(|| None::<NewTrackingCode>);
    let reason = use_state(String::new);
    // The button goes away once the code is issued: focus the code, so it is read out.
    let panel = crate::dom::use_focus_when((), issued.is_some());
    // Pressing the button asks first: the old code stops working the moment a new one is made.
    let confirming = use_state(|| false);
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let issue = {
        let (action, issued, id, confirming) = (action.clone(), issued.clone(), props.id, confirming.clone());
        let (reason, requested) = (reason.clone(), props.requested);
        Callback::from(move |()| {
            confirming.set(false);
            let given = (!requested).then(|| reason.trim().to_string());
            let issued = issued.clone();
            action.run(api::new_code(id, given, action.csrf()), move |code| issued.set(Some(code)));
        })
    };
    let confirm = if *confirming {
        let no = {
            let confirming = confirming.clone();
            Callback::from(move |()| confirming.set(false))
        };
        html! {
            <Confirm id="confirm-new-code" question={t("staff-new-code-confirm")} text={t("staff-new-code-confirm-text")}
                yes={t("staff-new-code-confirm-yes")} yes_id="confirm-issue-code" onyes={issue}
                no={t("staff-referral-confirm-no")} no_id="confirm-no-code" onno={no} return_to="issue-code" />
        }
    } else {
        html! {}
    };
    if let Some(code) = &*issued {
        return html! {
            <section class="notice-panel" id="new-code-panel" aria-labelledby="new-code-title">
                <h2 class="heading-m" id="new-code-title" tabindex="-1" ref={panel}>{ tf("staff-new-code-heading", &[("reference", &code.reference)]) }</h2>
                <p class="tracking"><strong id="new-code" class="code code-large code-words">{ spaced_words(&code.tracking_code) }</strong></p>
                <p class="body"><strong>{ t("staff-new-code-once") }</strong></p>
                <ul class="list list-bullet">
                    <li>{ t("staff-new-code-safe-route") }</li>
                    <li>{ t("staff-new-code-no-message") }</li>
                    <li>{ t("staff-new-code-no-notes") }</li>
                    <li>{ tf("staff-new-code-reference-stays", &[("reference", &code.reference)]) }</li>
                </ul>
            </section>
        };
    }
    if !props.requested {
        let typed = {
            let reason = reason.clone();
            Callback::from(move |v: String| reason.set(v))
        };
        return html! {
            <details class="details" id="unasked-code">
                <summary class="details-summary">{ t("staff-unasked-code-summary") }</summary>
                <div class="details-text">
                    <ErrorSummary errors={action.errors()} title={t("staff-new-code-error-title")} title_id="new-code-error-title" />
                    <p class="body">{ t("staff-unasked-code-text") }</p>
                    <TextArea id="reason" label={t("staff-unasked-code-reason")} hint={t("staff-unasked-code-reason-hint")} rows={3}
                        value={(*reason).clone()} error={action.errors().inline("reason")} oninput={typed} />
                    <button type="button" id="issue-code" class="button button-secondary" disabled={action.busy()} onclick={ask.clone()}>{ t("staff-lost-code-button") }</button>
                    { confirm.clone() }
                </div>
            </details>
        };
    }
    html! {
        <section class="warning" id="lost-code-notice" aria-labelledby="lost-code-title">
            <ErrorSummary errors={action.errors()} title={t("staff-new-code-error-title")} title_id="new-code-error-title" />
            <h2 class="heading-m" id="lost-code-title">{ t("staff-lost-code-heading") }</h2>
            <p class="body">{ t("staff-lost-code-asked") }</p>
            <p class="body">{ t("staff-lost-code-contact") }</p>
            <p class="body">{ t("staff-lost-code-old-stops") }</p>
            <button type="button" id="issue-code" class="button" disabled={action.busy()} onclick={ask}>{ t("staff-lost-code-button") }</button>
            { confirm }
        </section>
    }
}
