//! A group member's home: the group, its issues with drafts first, and its members, where any
//! member asks for someone to be added (a provider admin adds them and hands over their
//! one-time password).

use speakup_types::identity::groups::{NewGroupMember, OwnGroup};
use validator::Validate;
use yew::prelude::*;

use super::action::{use_action, Fields};
use super::feedback::day;
use super::{use_load, Load};
use crate::api;
use crate::components::error_summary::{to_field, ErrorSummary};
use crate::components::fields::TextInput;
use crate::components::heading::Heading;
use crate::components::issue::summary_item;
use crate::components::links::RouteLink;
use crate::i18n::{field_errors, t, tf};
use crate::route::Route;

fn failed_or_loading<T>(load: &Load<T>) -> Html {
    match load {
        Load::Failed(problem) => html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
        _ => html! { <p class="body" role="status">{ t("staff-loading") }</p> },
    }
}

#[component]
pub fn GroupPage() -> Html {
    // Bumped when a member is added, so the list of members is fetched again.
    let added = use_state(|| 0u32);
    let group = use_load(*added, |_| api::own_group());
    let onadded = {
        let added = added.clone();
        Callback::from(move |()| added.set(*added + 1))
    };
    let issues = use_load((), |()| api::group_issues());
    let about = match &*group {
        Load::Loaded(own) => about(own),
        other => failed_or_loading(other),
    };
    let listed = match &*issues {
        Load::Loaded(found) if found.is_empty() => html! { <p class="body" id="no-group-issues">{ t("staff-group-no-issues") }</p> },
        Load::Loaded(found) => html! { <ul class="list" id="group-issues">{ for found.iter().map(|issue| summary_item(issue, Route::StaffGroupIssue { id: issue.id })) }</ul> },
        other => failed_or_loading(other),
    };
    let heading = match &*group {
        Load::Loaded(own) => own.group.name.clone(),
        _ => t("staff-group-heading").to_string(),
    };
    html! {
        <>
            <Heading text={heading} />
            { about }
            <section aria-labelledby="group-issues-title">
                <h2 class="heading-m" id="group-issues-title">{ t("staff-group-issues-heading") }</h2>
                <p class="body"><RouteLink to={Route::StaffNewIssue} id="new-issue" class="button">{ t("staff-group-new-issue") }</RouteLink></p>
                { listed }
                <p class="body"><RouteLink to={Route::StaffIssues} id="other-issues">{ t("staff-group-other-issues") }</RouteLink></p>
            </section>
            <AddMember {onadded} />
        </>
    }
}

fn about(own: &OwnGroup) -> Html {
    let group = &own.group;
    html! {
        <>
            <p class="body">{ tf("staff-groups-details", &[("area", &group.area), ("members", &group.members.to_string()), ("date", &day(group.registered_on))]) }</p>
            <section aria-labelledby="members-title">
                <h2 class="heading-m" id="members-title">{ t("staff-group-members-heading") }</h2>
                <ul class="list" id="members">
                    { for own.members.iter().map(|m| html! { <li>{ tf("staff-group-member", &[("name", &m.display_name), ("email", &m.email)]) }</li> }) }
                    { for own.requests.iter().map(|r| html! {
                        <li>{ tf("staff-group-member", &[("name", &r.display_name), ("email", &r.email)]) }{ " " }<strong class="tag">{ t("staff-group-member-asked") }</strong></li>
                    }) }
                </ul>
            </section>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct AddProps {
    onadded: Callback<()>,
}

#[component]
fn AddMember(props: &AddProps) -> Html {
    let email = use_state(String::new);
    let name = use_state(String::new);
    let asked = use_state(|| None::<String>);
    let action = use_action(Fields::OnPage(to_field));
    let notice = crate::dom::use_focus_when((*asked).clone(), asked.is_some());
    let onsubmit = {
        let (action, email, name, asked, onadded) = (action.clone(), email.clone(), name.clone(), asked.clone(), props.onadded.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let member = NewGroupMember { email: (*email).clone(), display_name: (*name).clone() };
            if let Err(found) = member.validate() {
                return action.refuse(field_errors(&found));
            }
            let (email, name, asked, onadded) = (email.clone(), name.clone(), asked.clone(), onadded.clone());
            action.run(api::ask_for_member(member, action.csrf()), move |request| {
                email.set(String::new());
                name.set(String::new());
                asked.set(Some(request.display_name));
                onadded.emit(());
            });
        })
    };
    let typed = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |v: String| state.set(v))
    };
    html! {
        <section aria-labelledby="add-member-title">
            <h2 class="heading-m" id="add-member-title">{ t("staff-group-add-member-heading") }</h2>
            <ErrorSummary errors={action.errors()} title_id="add-member-error-title" />
            <p class="body">{ t("staff-group-add-member-intro") }</p>
            if let Some(name) = &*asked {
                <div class="panel" role="status" id="member-asked" tabindex="-1" ref={notice}>
                    <p class="panel-body">{ tf("staff-group-member-asked-done", &[("name", name)]) }</p>
                </div>
            }
            <form class="form" novalidate=true {onsubmit}>
                <TextInput id="display_name" label={t("staff-accounts-name")} value={(*name).clone()} error={action.errors().inline("display_name")} oninput={typed(&name)} />
                <TextInput id="email" label={t("staff-accounts-email")} value={(*email).clone()} input_type="email" autocomplete="off"
                    error={action.errors().inline("email")} oninput={typed(&email)} />
                <button type="submit" id="add-member" class="button" disabled={action.busy()}>{ t("staff-group-add-member") }</button>
            </form>
        </section>
    }
}
