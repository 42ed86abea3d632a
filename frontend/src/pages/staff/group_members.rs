//! One group's members, for administrators: any member can be disabled (their sessions end
//! and they cannot sign in) or enabled again, without touching the rest of the group.

use speakup_types::identity::groups::{GroupMember, OwnGroup};
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
            <ul class="list" id="members">
                { for own.members.iter().map(|member| html! {
                    <MemberRow key={member.id.to_string()} group={own.group.id} member={member.clone()} onchange={update.clone()} />
                }) }
            </ul>
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
