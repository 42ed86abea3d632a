//! One group's members, for administrators: any member can be disabled (their sessions end
//! and they cannot sign in) or enabled again, without touching the rest of the group; and the
//! members the group asked for, each added (with a one-time password to hand over) or declined.

use speakup_types::identity::groups::{GroupMember, MemberRequest, OwnGroup};
use uuid::Uuid;
use yew::prelude::*;

use super::action::{use_action, Fields};
use super::{use_load, Load};
use crate::api;
use crate::components::error_summary::ErrorSummary;
use crate::components::heading::Heading;
use crate::components::links::back_link;
use crate::i18n::{t, tf};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct MembersProps {
    pub id: Uuid,
}

#[component]
pub fn GroupMembersPage(props: &MembersProps) -> Html {
    let load = use_load(props.id, api::group);
    // What an action gave back replaces what was loaded, in place, so focus stays.
    let changed = use_state(|| None::<OwnGroup>);
    let shown = match (&*changed, &*load) {
        (Some(group), _) | (None, Load::Loaded(group)) => Some(group.clone()),
        _ => None,
    };
    let update = {
        let changed = changed.clone();
        Callback::from(move |group: OwnGroup| changed.set(Some(group)))
    };
    let body = match (&shown, &*load) {
        (Some(own), _) => html! {
            <>
                <ul class="list" id="members">
                    { for own.members.iter().map(|member| html! {
                        <MemberRow key={member.id.to_string()} group={own.group.id} member={member.clone()} onchange={update.clone()} />
                    }) }
                </ul>
                <Requests group={own.group.id} requests={own.requests.clone()} onchange={update.clone()} />
            </>
        },
        (None, Load::Failed(problem)) => html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
        _ => html! { <p class="body" role="status">{ t("staff-loading") }</p> },
    };
    let heading = shown.as_ref().map_or_else(|| t("staff-groups-heading").to_string(), |own| own.group.name.clone());
    html! {
        <>
            { back_link(Route::StaffGroups) }
            <Heading text={heading} />
            <p class="body">{ t("staff-group-members-intro") }</p>
            { body }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    group: Uuid,
    member: GroupMember,
    onchange: Callback<OwnGroup>,
}

#[component]
fn MemberRow(props: &RowProps) -> Html {
    let action = use_action(Fields::Elsewhere);
    let member = &props.member;
    let onclick = {
        let (action, group, id, active, done) = (action.clone(), props.group, member.id, member.active, props.onchange.clone());
        Callback::from(move |_: MouseEvent| {
            let done = done.clone();
            action.run(api::set_group_member_active(group, id, !active, action.csrf()), move |group| done.emit(group))
        })
    };
    let button = if member.active { "staff-group-member-disable" } else { "staff-group-member-enable" };
    html! {
        <li class="summary-row">
            <ErrorSummary errors={action.errors()} title_id={format!("member-{}-error-title", member.id)} />
            <p class="summary-key">
                { tf("staff-group-member", &[("name", &member.display_name), ("email", &member.email)]) }
                if !member.active { { " " }<strong class="tag">{ t("staff-account-disabled") }</strong> }
            </p>
            <button type="button" id={format!("member-{}", member.id)} class="button button-secondary button-small" disabled={action.busy()} {onclick}>
                { t(button) }<span class="visually-hidden">{ format!(" {}", member.display_name) }</span>
            </button>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct RequestsProps {
    group: Uuid,
    requests: Vec<MemberRequest>,
    onchange: Callback<OwnGroup>,
}

/// The members the group asked for. Adding one shows their one-time password, once, in place
/// of the request.
#[component]
fn Requests(props: &RequestsProps) -> Html {
    let action = use_action(Fields::Elsewhere);
    let added = use_state(|| None::<(String, String)>);
    let panel = crate::dom::use_focus_when((*added).clone(), added.is_some());
    let act = |request: &MemberRequest, add: bool| {
        let (action, group, id, name, added, done) =
            (action.clone(), props.group, request.id, request.display_name.clone(), added.clone(), props.onchange.clone());
        Callback::from(move |_: MouseEvent| {
            let (name, added, done) = (name.clone(), added.clone(), done.clone());
            if add {
                action.run(api::add_asked_member(group, id, action.csrf()), move |answer| {
                    added.set(Some((name, answer.password)));
                    done.emit(answer.group);
                });
            } else {
                action.run(api::decline_asked_member(group, id, action.csrf()), move |group| done.emit(group));
            }
        })
    };
    html! {
        <section aria-labelledby="requests-title">
            <h2 class="heading-m" id="requests-title">{ t("staff-group-requests-heading") }</h2>
            <ErrorSummary errors={action.errors()} title_id="requests-error-title" />
            if let Some((name, password)) = &*added {
                <div class="panel" id="member-added" tabindex="-1" ref={panel}>
                    <p class="panel-body">{ tf("staff-group-request-added", &[("name", name)]) }</p>
                    <p class="panel-body"><code class="member-password">{ password.clone() }</code></p>
                </div>
            }
            if props.requests.is_empty() {
                <p class="body" id="no-requests">{ t("staff-group-requests-none") }</p>
            } else {
                <ul class="list" id="requests">
                    { for props.requests.iter().map(|request| html! {
                        <li class="summary-row">
                            <p class="summary-key">{ tf("staff-group-member", &[("name", &request.display_name), ("email", &request.email)]) }</p>
                            <button type="button" id={format!("add-{}", request.id)} class="button button-small" disabled={action.busy()} onclick={act(request, true)}>
                                { t("staff-group-request-add") }<span class="visually-hidden">{ format!(" {}", request.display_name) }</span>
                            </button>
                            { " " }
                            <button type="button" id={format!("decline-{}", request.id)} class="button button-secondary button-small" disabled={action.busy()} onclick={act(request, false)}>
                                { t("staff-group-request-decline") }<span class="visually-hidden">{ format!(" {}", request.display_name) }</span>
                            </button>
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
