//! Sharing a case with a second advocate, for managers: who it is shared with (each can be
//! stopped), and a choice of the other advocates taking cases.

use speakup_types::casework::ShareChange;
use speakup_types::problem::FieldError;
use speakup_types::referral::ReferralDetail;
use uuid::Uuid;
use yew::prelude::*;

use super::action::{use_action, Fields};
use super::allocation::AllocationProps;
use super::{use_load, Load};
use crate::api;
use crate::components::error_summary::{to_field, ErrorSummary};
use crate::components::fields::Select;
use crate::i18n::{t, wording};

#[component]
pub fn Sharing(props: &AllocationProps) -> Html {
    let detail = &props.detail;
    let advocates = use_load((), |()| api::advocates());
    let chosen = use_state(String::new);
    let action = use_action(Fields::OnPage(to_field));
    let stop = use_action(Fields::Elsewhere);
    let change = ShareChange { version: detail.version };
    let shared = html! {
        if detail.shared_with.is_empty() {
            <p class="body" id="shared-with-nobody">{ t("staff-sharing-nobody") }</p>
        } else {
            <ErrorSummary errors={stop.errors()} title_id="stop-sharing-error-title" />
            <ul class="list" id="shared-with">
                { for detail.shared_with.iter().map(|share| {
                    let onclick = {
                        let (stop, id, advocate, done) = (stop.clone(), detail.id, share.advocate_id, props.on_change.clone());
                        Callback::from(move |_: MouseEvent| {
                            let done = done.clone();
                            stop.run(api::unshare_case(id, advocate, change, stop.csrf()), move |d: ReferralDetail| done.emit(d))
                        })
                    };
                    html! {
                        <li class="summary-row">
                            <span class="summary-key">{ share.first_name.clone() }</span>{ " " }
                            <button type="button" id={format!("stop-sharing-{}", share.advocate_id)} class="button button-secondary button-small"
                                disabled={stop.busy()} {onclick}>
                                { t("staff-sharing-stop") }<span class="visually-hidden">{ format!(" {}", share.first_name) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        }
    };
    let Load::Loaded(advocates) = &*advocates else { return html! { <>{ heading() }{ shared }</> } };
    let named = detail.advocate;
    let options: Vec<(String, String)> = std::iter::once((String::new(), t("staff-sharing-choose").to_string()))
        .chain(
            advocates
                .iter()
                .filter(|a| a.taking_cases && Some(a.account_id) != named && !detail.shared_with.iter().any(|s| s.advocate_id == a.account_id))
                .map(|a| (a.account_id.to_string(), a.first_name.clone())),
        )
        .collect();
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |v: String| chosen.set(v))
    };
    let onsubmit = {
        let (action, chosen, id, done) = (action.clone(), chosen.clone(), detail.id, props.on_change.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Ok(advocate) = Uuid::parse_str(&chosen) else {
                return action.refuse(vec![FieldError::from_id("share-with", "error-share-advocate-required", &[], wording())]);
            };
            let (chosen, done) = (chosen.clone(), done.clone());
            action.run(api::share_case(id, advocate, change, action.csrf()), move |d: ReferralDetail| {
                chosen.set(String::new());
                done.emit(d);
            });
        })
    };
    let errors = action.errors();
    html! {
        <>
            { heading() }
            { shared }
            if options.len() > 1 {
                <form class="form" novalidate=true {onsubmit}>
                    <ErrorSummary errors={errors.clone()} title_id="share-error-title" />
                    <Select id="share-with" label={t("staff-sharing-with")} {options} value={(*chosen).clone()}
                        error={errors.inline("share-with").or_else(|| errors.inline("advocate_id"))} {onchange} />
                    <button type="submit" id="share" class="button button-secondary" disabled={action.busy()}>{ t("staff-sharing-share") }</button>
                </form>
            } else {
                <p class="body" id="share-no-one-else">{ t("staff-sharing-no-one-else") }</p>
            }
        </>
    }
}

fn heading() -> Html {
    html! {
        <>
            <h3 class="heading-s" id="sharing-title">{ t("staff-sharing-heading") }</h3>
            <p class="body">{ t("staff-sharing-intro") }</p>
        </>
    }
}
