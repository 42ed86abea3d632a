//! One staff account, for administrators: who it is, its role and whether it can sign in,
//! the changes an admin can make (role, disable or enable, a one-time password), and its
//! history. Each change signs the account out everywhere; the page says so.

use std::future::Future;

use speakup_types::identity::{AccountAction, AccountEvent, Role, StaffAccount, StaffAccountDetail};
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use super::accounts::{role_choices, role_label};
use super::action::{use_action, Action, Fields};
use super::referral::summary_row;
use super::{use_load, Load};
use crate::api::{self, ApiResult};
use crate::route::Route;
use crate::components::choices::Radios;
use crate::components::error_summary::ErrorSummary;
use crate::components::heading::Heading;
use crate::dom;
use crate::i18n::{t, tf};
use crate::session::use_auth;

#[derive(Properties, PartialEq)]
pub struct AccountProps {
    pub id: Uuid,
}

#[component]
pub fn AccountPage(props: &AccountProps) -> Html {
    let auth = use_auth();
    if auth.info().is_some_and(|i| i.user.role == Role::Admin) {
        html! { <Account id={props.id} /> }
    } else {
        html! { <><Heading text={t("staff-accounts-heading")} /><p class="body">{ t("staff-accounts-admins-only") }</p></> }
    }
}

/// What the last change did, numbered so a second one takes focus again.
#[derive(Debug, Clone, PartialEq)]
struct Done {
    message: String,
    /// A one-time password to show, once.
    password: Option<String>,
    number: u32,
}

/// The account's actions: one at a time (`Action`), each saying what it did and reloading
/// the account.
#[derive(Clone)]
struct Actions {
    action: Action,
    done: UseStateHandle<Option<Done>>,
    reloads: UseStateHandle<u32>,
}

impl Actions {
    /// Sends `request`; on success shows what `said` makes of the answer and reloads the account.
    fn run<T: 'static>(&self, request: impl Future<Output = ApiResult<T>> + 'static, said: impl FnOnce(T) -> (String, Option<String>) + 'static) {
        let (done, reloads) = (self.done.clone(), self.reloads.clone());
        self.action.run(request, move |answer| {
            let (message, password) = said(answer);
            done.set(Some(Done { message, password, number: *reloads + 1 }));
            reloads.set(*reloads + 1);
        });
    }
}

#[component]
fn Account(props: &AccountProps) -> Html {
    let actions = Actions {
        action: use_action(Fields::Elsewhere),
        done: use_state(|| None::<Done>),
        reloads: use_state(|| 0_u32),
    };
    let load = use_load((props.id, *actions.reloads), |(id, _)| api::user(id));
    let chosen = use_state(|| None::<Role>);
    let banner = crate::dom::use_focus_when((*actions.done).clone(), actions.done.is_some());
    let detail = match &*load {
        Load::Loading => return html! { <p class="body" role="status">{ t("staff-account-loading") }</p> },
        Load::Failed(problem) => return html! {
            <>
                <Heading text={t("staff-accounts-heading")} />
                <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div>
                { back() }
            </>
        },
        Load::Loaded(detail) => detail.clone(),
    };
    let StaffAccountDetail { account, history } = detail;
    let (id, name, csrf) = (props.id, account.user.display_name.clone(), actions.action.csrf());
    let role = chosen.unwrap_or(account.user.role);
    let change_role = {
        let (actions, name, csrf) = (actions.clone(), name.clone(), csrf.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let name = name.clone();
            actions.run(api::change_role(id, role, csrf.clone()), move |changed: StaffAccount| {
                (tf("staff-account-role-changed", &[("name", &name), ("role", t(role_label(changed.user.role)))]), None)
            });
        })
    };
    let on_role = {
        let chosen = chosen.clone();
        Callback::from(move |(value, _): (String, bool)| chosen.set(Role::parse(&value)))
    };
    let active = account.active;
    let set_active = {
        let (actions, name, csrf) = (actions.clone(), name.clone(), csrf.clone());
        Callback::from(move |_: MouseEvent| {
            let name = name.clone();
            actions.run(api::set_active(id, !active, csrf.clone()), move |_| {
                let id = if active { "staff-account-disabled-done" } else { "staff-account-enabled-done" };
                (tf(id, &[("name", &name)]), None)
            });
        })
    };
    let remove_two_step = {
        let (actions, name, csrf) = (actions.clone(), name.clone(), csrf.clone());
        Callback::from(move |_: MouseEvent| {
            let name = name.clone();
            actions.run(api::reset_second_factor(id, csrf.clone()), move |_| (tf("staff-account-two-step-removed", &[("name", &name)]), None));
        })
    };
    let reset = {
        let (actions, name) = (actions.clone(), name.clone());
        Callback::from(move |_: MouseEvent| {
            let name = name.clone();
            actions.run(api::reset_password(id, csrf.clone()), move |given| {
                (tf("staff-account-reset-done", &[("name", &name)]), Some(given.password))
            });
        })
    };
    let (toggle_heading, toggle_text, toggle_button) = if active {
        ("staff-account-disable-heading", "staff-account-disable-text", "staff-account-disable-button")
    } else {
        ("staff-account-enable-heading", "staff-account-enable-text", "staff-account-enable-button")
    };
    let busy = actions.action.busy();
    html! {
        <>
            <ErrorSummary errors={actions.action.errors()} />
            <Heading text={name.clone()} />
            <div role="status" class="notice-region">
                if let Some(done) = &*actions.done {
                    <div id="account-changed" class="notice" tabindex="-1" ref={banner}>
                        <p class="body">{ done.message.clone() }</p>
                        if let Some(password) = &done.password {
                            <p class="tracking"><strong id="one-time-password" class="code code-large">{ password.clone() }</strong></p>
                            <p class="body"><strong>{ t("staff-account-reset-once") }</strong></p>
                        }
                    </div>
                }
            </div>
            <dl class="summary-list">
                { summary_row(t("staff-accounts-email"), account.user.email.clone()) }
                { summary_row(t("staff-accounts-role"), t(role_label(account.user.role)).to_string()) }
                { summary_row(t("staff-account-status"), status(&account)) }
            </dl>
            <form class="form" novalidate=true aria-labelledby="role-title" onsubmit={change_role}>
                <h2 class="heading-m" id="role-title">{ t("staff-account-role-heading") }</h2>
                <Radios name="new-role" legend={t("staff-accounts-role")} options={role_choices()}
                    selected={vec![role.as_str().to_string()]} onchange={on_role} />
                <button type="submit" id="change-role" class="button" disabled={busy}>{ t("staff-account-role-button") }</button>
            </form>
            <section aria-labelledby="active-title">
                <h2 class="heading-m" id="active-title">{ t(toggle_heading) }</h2>
                <p class="body">{ t(toggle_text) }</p>
                <button type="button" id="set-active" class={classes!("button", active.then_some("button-warning"))}
                    disabled={busy} onclick={set_active}>{ t(toggle_button) }</button>
            </section>
            <section aria-labelledby="reset-title">
                <h2 class="heading-m" id="reset-title">{ t("staff-account-reset-heading") }</h2>
                <p class="body">{ t("staff-account-reset-text") }</p>
                <button type="button" id="reset-password" class="button button-secondary" disabled={busy} onclick={reset}>
                    { t("staff-account-reset-button") }
                </button>
            </section>
            if account.second_factor {
                <section aria-labelledby="remove-two-step-title">
                    <h2 class="heading-m" id="remove-two-step-title">{ t("staff-account-two-step-heading") }</h2>
                    <p class="body">{ t("staff-account-two-step-text") }</p>
                    <button type="button" id="remove-two-step" class="button button-secondary" disabled={busy} onclick={remove_two_step}>
                        { t("staff-account-two-step-button") }
                    </button>
                </section>
            }
            <h2 class="heading-m" id="history-title">{ t("staff-account-history-heading") }</h2>
            { history_table(&history) }
            { back() }
        </>
    }
}

fn back() -> Html {
    html! { <p class="body"><Link<Route> to={Route::StaffAccounts} classes="link">{ t("staff-account-back") }</Link<Route>></p> }
}

/// Whether the account can sign in, and how: shown on its page and in the list.
pub(super) fn status(account: &StaffAccount) -> String {
    let mut status = t(if account.active { "staff-account-active" } else { "staff-account-disabled" }).to_string();
    if account.must_change_password {
        status.push_str(". ");
        status.push_str(t("staff-account-one-time"));
    }
    if account.second_factor {
        status.push_str(". ");
        status.push_str(t("staff-account-two-step-on"));
    }
    status
}

fn action_text(event: &AccountEvent) -> String {
    let role = event.role.map(|r| t(role_label(r))).unwrap_or_default();
    let id = match event.action {
        AccountAction::Created => "staff-account-action-created",
        AccountAction::Disabled => "staff-account-action-disabled",
        AccountAction::Enabled => "staff-account-action-enabled",
        AccountAction::RoleChanged => "staff-account-action-role-changed",
        AccountAction::PasswordReset => "staff-account-action-password-reset",
        AccountAction::PasswordChanged => "staff-account-action-password-changed",
        AccountAction::SecondFactorOn => "staff-account-action-two-step-on",
        AccountAction::SecondFactorOff => "staff-account-action-two-step-off",
        AccountAction::SecondFactorReset => "staff-account-action-two-step-reset",
        AccountAction::RecoveryCodesRenewed => "staff-account-action-recovery-codes",
    };
    tf(id, &[("role", role)])
}

fn history_table(history: &[AccountEvent]) -> Html {
    html! {
        <table class="table table-stack" role="table" id="account-history">
            <caption class="table-caption">{ t("staff-account-history-caption") }</caption>
            <thead role="rowgroup">
                <tr role="row">
                    { for [t("staff-account-when"), t("staff-account-what"), t("staff-account-by")]
                        .map(|c| html! { <th scope="col" role="columnheader">{ c }</th> }) }
                </tr>
            </thead>
            <tbody role="rowgroup">
                { for history.iter().map(|event| html! {
                    <tr role="row">
                        <td role="cell">{ dom::format_millis(event.at.timestamp_millis()) }</td>
                        <td role="cell">{ action_text(event) }</td>
                        <td role="cell">{ event.by.clone().unwrap_or_else(|| t("staff-account-by-speakup").to_string()) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
