//! An advocate's open cases on their page, for managers, and handing them all to another
//! advocate when they leave or are away: each case keeps the note, asked once more first.

use speakup_types::casework::{AdvocateProfile, HandOverAll};
use speakup_types::problem::FieldError;
use uuid::Uuid;
use validator::Validate;
use yew::prelude::*;

use super::action::{use_action, Fields};
use super::{use_load, Load};
use crate::api;
use crate::components::confirm::Confirm;
use crate::components::error_summary::{to_field, ErrorSummary};
use crate::components::fields::{Select, TextArea};
use crate::i18n::{field_errors, t, tf, wording};

#[derive(Properties, PartialEq)]
pub struct CaseloadProps {
    pub advocate: Uuid,
    /// Every advocate, for choosing who takes the cases over.
    pub advocates: Vec<AdvocateProfile>,
}

#[component]
pub fn Caseload(props: &CaseloadProps) -> Html {
    // Counts the handovers, so the list loads again after each.
    let handovers = use_state(|| 0u32);
    let load = use_load((props.advocate, *handovers), |(advocate, _)| api::caseload_of(advocate));
    let moved = use_state(|| None::<u32>);
    let on_moved = {
        let (handovers, moved) = (handovers.clone(), moved.clone());
        Callback::from(move |n: u32| {
            moved.set(Some(n));
            handovers.set(*handovers + 1);
        })
    };
    let body = match &*load {
        Load::Loading => html! { <p class="body" role="status">{ t("staff-cases-loading") }</p> },
        Load::Failed(problem) => html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
        Load::Loaded(cases) if cases.is_empty() => html! { <p class="body" id="caseload-empty">{ t("staff-caseload-empty") }</p> },
        Load::Loaded(cases) => html! {
            <>
                <ol class="queue" id="caseload">{ for cases.iter().map(super::queue::row) }</ol>
                <HandOver advocate={props.advocate} advocates={props.advocates.clone()} count={cases.len()} on_moved={on_moved} />
            </>
        },
    };
    html! {
        <section aria-labelledby="caseload-title">
            <h2 class="heading-m" id="caseload-title">{ t("staff-caseload-heading") }</h2>
            if let Some(n) = *moved {
                <p class="body" role="status" id="handed-over">{ tf("staff-handover-done", &[("count", &n.to_string())]) }</p>
            }
            { body }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct HandOverProps {
    advocate: Uuid,
    advocates: Vec<AdvocateProfile>,
    count: usize,
    on_moved: Callback<u32>,
}

#[component]
fn HandOver(props: &HandOverProps) -> Html {
    let to = use_state(String::new);
    let note = use_state(String::new);
    let confirming = use_state(|| false);
    let action = use_action(Fields::OnPage(to_field));
    let options: Vec<(String, String)> = std::iter::once((String::new(), t("staff-sharing-choose").to_string()))
        .chain(props.advocates.iter().filter(|a| a.taking_cases && a.account_id != props.advocate).map(|a| (a.account_id.to_string(), a.first_name.clone())))
        .collect();
    let send = {
        let (action, to, note, confirming, from, done) = (action.clone(), to.clone(), note.clone(), confirming.clone(), props.advocate, props.on_moved.clone());
        Callback::from(move |()| {
            confirming.set(false);
            let Ok(chosen) = Uuid::parse_str(&to) else { return };
            let body = HandOverAll { to: chosen, handover_note: Some(note.trim().to_string()).filter(|n| !n.is_empty()) };
            let done = done.clone();
            action.run(api::hand_over_all(from, body, action.csrf()), move |handed| done.emit(handed.moved));
        })
    };
    let onsubmit = {
        let (action, to, note, confirming) = (action.clone(), to.clone(), note.clone(), confirming.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Ok(chosen) = Uuid::parse_str(&to) else {
                return action.refuse(vec![FieldError::from_id("handover-to", "error-share-advocate-required", &[], wording())]);
            };
            let body = HandOverAll { to: chosen, handover_note: Some(note.to_string()) };
            if let Err(found) = body.validate() {
                return action.refuse(field_errors(&found));
            }
            confirming.set(true);
        })
    };
    let errors = action.errors();
    let count = props.count.to_string();
    html! {
        <form class="form" novalidate=true {onsubmit}>
            <h3 class="heading-s">{ t("staff-handover-heading") }</h3>
            <p class="body">{ t("staff-handover-intro") }</p>
            <ErrorSummary errors={errors.clone()} title_id="handover-error-title" />
            <Select id="handover-to" label={t("staff-handover-to")} {options} value={(*to).clone()}
                error={errors.inline("handover-to").or_else(|| errors.inline("advocate_id"))}
                onchange={{ let to = to.clone(); Callback::from(move |v: String| to.set(v)) }} />
            <TextArea id="handover_note" label={t("staff-handover-note")} value={(*note).clone()} rows={3}
                error={errors.inline("handover_note")} oninput={{ let note = note.clone(); Callback::from(move |v: String| note.set(v)) }} />
            if *confirming {
                <Confirm id="confirm-handover" question={tf("staff-handover-confirm", &[("count", &count)])} text={t("staff-handover-confirm-text")}
                    yes={t("staff-handover-yes")} yes_id="handover-yes" onyes={send}
                    no={t("staff-referral-confirm-no")} no_id="handover-no" onno={{ let c = confirming.clone(); Callback::from(move |()| c.set(false)) }}
                    return_to={Some(AttrValue::from("hand-over"))} />
            } else {
                <button type="submit" id="hand-over" class="button button-secondary" disabled={action.busy()}>
                    { tf("staff-handover-button", &[("count", &count)]) }
                </button>
            }
        </form>
    }
}
