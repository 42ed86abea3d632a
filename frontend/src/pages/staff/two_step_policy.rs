//! The admin's setting of which roles must use two-step sign-in, on the Staff accounts page.
//! None do at first; members of a chosen role set it up at their next request.

use speakup_types::identity::{Role, SecondFactorPolicy};
use yew::prelude::*;

use super::accounts::role_label;
use super::action::{use_action, Fields};
use super::{use_load, Load};
use crate::api;
use crate::components::choices::{Checkboxes, Choice};
use crate::components::error_summary::ErrorSummary;
use crate::i18n::{t, tf};

#[component]
pub fn TwoStepPolicy() -> Html {
    let load = use_load((), |_| api::second_factor_policy());
    let chosen = use_state(|| None::<Vec<Role>>);
    let action = use_action(Fields::Elsewhere);
    let saved = use_state(|| None::<String>);
    let stored = match &*load {
        Load::Loaded(policy) => policy.roles.clone(),
        _ => return html! {},
    };
    let roles = chosen.as_ref().cloned().unwrap_or(stored);
    let on_change = {
        let (chosen, roles) = (chosen.clone(), roles.clone());
        Callback::from(move |(value, ticked): (String, bool)| {
            let Some(role) = Role::parse(&value) else { return };
            let mut next: Vec<Role> = roles.iter().copied().filter(|r| *r != role).collect();
            if ticked {
                next.push(role);
            }
            chosen.set(Some(next));
        })
    };
    let onsubmit = {
        let (action, roles, chosen, saved) = (action.clone(), roles.clone(), chosen.clone(), saved.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let policy = SecondFactorPolicy { roles: roles.clone() };
            let (chosen, saved) = (chosen.clone(), saved.clone());
            action.run(api::set_second_factor_policy(policy, action.csrf()), move |policy| {
                let names: Vec<&str> = policy.roles.iter().map(|r| t(role_label(*r))).collect();
                saved.set(Some(if names.is_empty() {
                    t("staff-two-step-policy-none").to_string()
                } else {
                    tf("staff-two-step-policy-saved", &[("roles", &names.join(", "))])
                }));
                chosen.set(Some(policy.roles));
            });
        })
    };
    let options: Vec<Choice> =
        Role::ALL.into_iter().map(|role| Choice { value: role.as_str(), label: role_label(role), hint: None }).collect();
    let selected: Vec<String> = roles.iter().map(|r| r.as_str().to_string()).collect();
    html! {
        <>
            <ErrorSummary errors={action.errors()} />
            <form class="form" novalidate=true aria-labelledby="two-step-policy-title" {onsubmit}>
                <h2 class="heading-m" id="two-step-policy-title">{ t("staff-two-step-policy-heading") }</h2>
                <Checkboxes name="two-step-roles" legend={t("staff-two-step-policy-legend")} hint={t("staff-two-step-policy-hint")}
                    {options} {selected} onchange={on_change} />
                <div role="status" class="notice-region">
                    if let Some(message) = &*saved {
                        <p class="body" id="two-step-policy-saved">{ message.clone() }</p>
                    }
                </div>
                <button type="submit" id="save-two-step-policy" class="button button-secondary" disabled={action.busy()}>
                    { t("staff-two-step-policy-button") }
                </button>
            </form>
        </>
    }
}
