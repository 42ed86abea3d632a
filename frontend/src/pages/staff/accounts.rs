//! Staff accounts, for administrators: everyone who can sign in, which roles must use two-step
//! sign-in, and a form to add a member of staff with a first password they replace when they
//! first sign in.

use speakup_types::identity::{NewStaffUser, Role, StaffAccount, StaffUser};
use speakup_types::problem::FieldError;
use validator::Validate;
use yew::prelude::*;
use yew_router::prelude::*;

use super::two_step_policy::TwoStepPolicy;
use super::action::{use_action, Fields};
use super::{use_load, Load};
use crate::api;
use crate::route::Route;
use crate::components::choices::{Choice, Radios};
use crate::components::error_summary::{in_form_order, to_field, ErrorSummary};
use crate::components::fields::TextInput;
use crate::components::heading::Heading;
use crate::i18n::{field_errors, t, tf};
use crate::session::use_auth;

/// The message naming a role (the shared `Role::label` is the API's English).
pub(super) fn role_label(role: Role) -> &'static str {
    match role {
        Role::Admin => "staff-role-admin",
        Role::Manager => "staff-role-manager",
        Role::Advocate => "staff-role-advocate",
        Role::Commissioner => "staff-role-commissioner",
        Role::SafeguardingBoard => "staff-role-safeguarding-board",
        Role::PartnershipBoard => "staff-role-partnership-board",
        Role::Healthwatch => "staff-role-healthwatch",
        Role::Group => "staff-role-group",
    }
}

/// What each role does: a message id, for the role's radio.
fn role_hint(role: Role) -> &'static str {
    match role {
        Role::Admin => "staff-accounts-role-admin-hint",
        Role::Manager => "staff-accounts-role-manager-hint",
        Role::Advocate => "staff-accounts-role-advocate-hint",
        Role::Commissioner => "staff-accounts-role-commissioner-hint",
        Role::SafeguardingBoard => "staff-accounts-role-safeguarding-board-hint",
        Role::PartnershipBoard => "staff-accounts-role-partnership-board-hint",
        Role::Healthwatch => "staff-accounts-role-healthwatch-hint",
        // Never offered here: groups add their own members.
        Role::Group => "staff-role-group",
    }
}

fn added(user: &StaffUser) -> String {
    tf("staff-accounts-added", &[("name", &user.display_name), ("role", t(role_label(user.role)))])
}

/// The roles an admin gives here; group members are added by their group.
pub(super) fn role_choices() -> Vec<Choice> {
    Role::ALL
        .into_iter()
        .filter(|role| role.given_by_admins())
        .map(|role| Choice { value: role.as_str(), label: role_label(role), hint: Some(role_hint(role)) })
        .collect()
}

/// The form's fields in the order they appear, so the error summary lists problems in that order.
const FIELDS: [&str; 4] = ["display_name", "email", "role", "password"];


/// Summary links go to the field; the role radios are reached through their first option.
fn target(field: &str) -> String {
    if field == "role" {
        "#role-admin".into()
    } else {
        to_field(field)
    }
}

/// The success message, numbered so a second success takes focus again.
#[derive(Debug, Clone, PartialEq)]
struct Notice {
    message: String,
    number: u32,
}

#[component]
pub fn AccountsPage() -> Html {
    let auth = use_auth();
    if auth.info().is_some_and(|i| i.user.role == Role::Admin) {
        html! { <Accounts /> }
    } else {
        html! { <><Heading text={t("staff-accounts-heading")} /><p class="body">{ t("staff-accounts-admins-only") }</p></> }
    }
}

#[component]
fn Accounts() -> Html {
    // Load the list at first, and again after each account is added.
    let loads = use_state(|| 0_u32);
    let load = use_load(*loads, |_| api::users());
    let display_name = use_state(String::new);
    let email = use_state(String::new);
    let role = use_state(|| None::<Role>);
    let password = use_state(String::new);
    let action = use_action(Fields::OnPage(target));
    let notice = use_state(|| None::<Notice>);
    // The form is cleared on success: put focus on the message that says what happened.
    let banner = crate::dom::use_focus_when((*notice).clone(), notice.is_some());
    let onsubmit = {
        let (action, loads, notice) = (action.clone(), loads.clone(), notice.clone());
        let fields = (display_name.clone(), email.clone(), role.clone(), password.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (display_name, email, role, password) = fields.clone();
            let request = NewStaffUser {
                email: email.trim().to_string(),
                display_name: display_name.trim().to_string(),
                role: role.unwrap_or(Role::Manager),
                password: (*password).clone(),
            };
            let mut found = request.validate().err().map(|e| field_errors(&e)).unwrap_or_default();
            if role.is_none() {
                found.push(FieldError::new("role", t("staff-accounts-choose-role")));
            }
            notice.set(None);
            if !found.is_empty() {
                return action.refuse(in_form_order(found, &FIELDS));
            }
            let created = api::create_user(request, action.csrf());
            // The server's problems in the form's order too, so the summary reads like the form.
            let sent = async move {
                created.await.map_err(|mut problem| {
                    problem.errors = in_form_order(problem.errors, &FIELDS);
                    problem
                })
            };
            let (loads, notice) = (loads.clone(), notice.clone());
            action.run(sent, move |user| {
                for text in [&display_name, &email, &password] {
                    text.set(String::new());
                }
                role.set(None);
                notice.set(Some(Notice { message: added(&user), number: *loads + 1 }));
                loads.set(*loads + 1);
            });
        })
    };
    let typed = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |v: String| state.set(v))
    };
    let on_role = {
        let role = role.clone();
        Callback::from(move |(value, _): (String, bool)| role.set(Role::parse(&value)))
    };
    let selected: Vec<String> = role.iter().map(|r| r.as_str().to_string()).collect();
    html! {
        <>
            <ErrorSummary errors={action.errors()} />
            <Heading text={t("staff-accounts-heading")} />
            <div role="status" class="notice-region">
                if let Some(notice) = &*notice {
                    <p id="staff-added" class="notice" tabindex="-1" ref={banner}>{ notice.message.clone() }</p>
                }
            </div>
            { list(&load) }
            <TwoStepPolicy />
            <h2 class="heading-m" id="add-staff-title">{ t("staff-accounts-add-heading") }</h2>
            <form class="form" novalidate=true aria-labelledby="add-staff-title" {onsubmit}>
                <TextInput id="display_name" label={t("staff-accounts-name")} autocomplete="off" spellcheck=false
                    value={(*display_name).clone()} error={action.errors().inline("display_name")} oninput={typed(&display_name)} />
                <TextInput id="email" label={t("staff-accounts-email")} input_type="email" autocomplete="off" autocapitalize="none"
                    spellcheck=false value={(*email).clone()} error={action.errors().inline("email")} oninput={typed(&email)} />
                <Radios name="role" legend={t("staff-accounts-role")} options={role_choices()} {selected}
                    error={action.errors().inline("role")} onchange={on_role} />
                <TextInput id="password" label={t("staff-accounts-password")} hint={t("staff-accounts-password-hint")} autocomplete="off"
                    autocapitalize="none" spellcheck=false class="input-medium" value={(*password).clone()}
                    error={action.errors().inline("password")} oninput={typed(&password)} />
                <button type="submit" id="add-staff" class="button" disabled={action.busy()}>{ t("staff-accounts-add-button") }</button>
            </form>
        </>
    }
}

fn list(load: &Load<Vec<StaffAccount>>) -> Html {
    match load {
        Load::Loading => html! { <p class="body" role="status">{ t("staff-accounts-loading") }</p> },
        Load::Failed(problem) if problem.status == 403 => html! { <p class="body">{ t("staff-accounts-admins-only") }</p> },
        Load::Failed(problem) => html! {
            <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div>
        },
        // On narrow screens the cells stack (see style.css). The roles repeat the table's own so
        // browsers that drop table semantics for `display: block` still announce a table.
        Load::Loaded(users) => html! {
            <table class="table table-stack" role="table">
                <caption class="table-caption">{ t("staff-accounts-caption") }</caption>
                <thead role="rowgroup">
                    <tr role="row">
                        { for [t("staff-accounts-name"), t("staff-accounts-email"), t("staff-accounts-role"), t("staff-account-status")]
                            .map(|c| html! { <th scope="col" role="columnheader">{ c }</th> }) }
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    { for users.iter().map(|account| html! {
                        <tr role="row">
                            <th scope="row" role="rowheader">
                                <Link<Route> to={Route::StaffAccount { id: account.user.id }} classes="link account-link">
                                    { account.user.display_name.clone() }
                                </Link<Route>>
                            </th>
                            <td role="cell" class="table-wrap">{ account.user.email.clone() }</td>
                            <td role="cell">{ t(role_label(account.user.role)) }</td>
                            <td role="cell">{ super::account::status(account) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        },
    }
}
