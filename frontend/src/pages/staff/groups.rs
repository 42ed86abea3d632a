//! Self-advocacy groups, for administrators: those waiting to be checked first. Verifying a
//! group the first time gives its contact a one-time password, shown here once for the admin
//! to hand over; a verified group may raise issues and support others'. Taking verification
//! back disables its members' sign-ins until it is verified again.

use speakup_types::identity::groups::{Group, Verified};
use yew::prelude::*;

use super::action::{use_action, Fields};
use super::feedback::day;
use super::{use_load, Load};
use crate::api;
use crate::components::error_summary::ErrorSummary;
use crate::components::heading::Heading;
use crate::components::links::RouteLink;
use crate::i18n::{t, tf};
use crate::route::Route;

#[component]
pub fn GroupsPage() -> Html {
    let load = use_load((), |()| api::groups());
    let changed = use_state(Vec::<Group>::new);
    let update = {
        let changed = changed.clone();
        Callback::from(move |group: Group| {
            let mut next: Vec<Group> = changed.iter().filter(|g| g.id != group.id).cloned().collect();
            next.push(group);
            changed.set(next);
        })
    };
    let body = match &*load {
        Load::Loaded(groups) if groups.is_empty() => html! { <p class="body" id="no-groups">{ t("staff-groups-none") }</p> },
        Load::Loaded(groups) => {
            // What an action gave back replaces what was loaded, in place, so focus stays.
            let shown = groups.iter().map(|g| changed.iter().find(|c| c.id == g.id).unwrap_or(g).clone());
            html! { <ul class="list" id="groups">{ for shown.map(|group| html! { <GroupRow key={group.id.to_string()} group={group.clone()} onchange={update.clone()} /> }) }</ul> }
        }
        Load::Failed(problem) => html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
        Load::Loading => html! { <p class="body" role="status">{ t("staff-loading") }</p> },
    };
    html! {
        <>
            <Heading text={t("staff-groups-heading")} />
            <p class="body">{ t("staff-groups-intro") }</p>
            { body }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    group: Group,
    onchange: Callback<Group>,
}

#[component]
fn GroupRow(props: &RowProps) -> Html {
    let action = use_action(Fields::Elsewhere);
    // The contact's first password, shown once, in place of the button that was pressed.
    let password = use_state(|| None::<String>);
    let panel = crate::dom::use_focus_when((), password.is_some());
    let group = &props.group;
    let onclick = {
        let (action, id, verified, done, password) = (action.clone(), group.id, group.verified(), props.onchange.clone(), password.clone());
        Callback::from(move |_: MouseEvent| {
            let (done, password) = (done.clone(), password.clone());
            action.run(api::verify_group(id, !verified, action.csrf()), move |Verified { group, contact_password }| {
                password.set(contact_password);
                done.emit(group);
            })
        })
    };
    let (button, status) = match group.verified_on {
        Some(on) => ("staff-groups-unverify", tf("staff-groups-verified-on", &[("date", &day(on))])),
        None => ("staff-groups-verify", t("staff-groups-waiting").to_string()),
    };
    html! {
        <li class="summary-row" id={format!("group-{}", group.id)}>
            <ErrorSummary errors={action.errors()} title_id={format!("group-{}-error-title", group.id)} />
            <p class="summary-key">
                <RouteLink to={Route::StaffGroupMembers { id: group.id }}>{ group.name.clone() }</RouteLink>{ " " }<strong class="tag">{ status }</strong>
            </p>
            <p class="body">
                { tf("staff-groups-details", &[("area", &group.area), ("members", &group.members.to_string()), ("date", &day(group.registered_on))]) }
                <br />{ tf("staff-groups-contact", &[("name", &group.contact_name), ("email", &group.contact_email)]) }
            </p>
            if let Some(given) = &*password {
                <div class="panel" id={format!("contact-password-{}", group.id)} tabindex="-1" ref={panel}>
                    <p class="panel-body">{ tf("staff-groups-contact-password", &[("name", &group.contact_name), ("email", &group.contact_email)]) }</p>
                    <p class="panel-body"><code class="contact-password">{ given.clone() }</code></p>
                </div>
            }
            <button type="button" id={format!("verify-{}", group.id)} class="button button-secondary button-small" disabled={action.busy()} {onclick}>
                { t(button) }<span class="visually-hidden">{ format!(" {}", group.name) }</span>
            </button>
        </li>
    }
}
