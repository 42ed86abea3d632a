//! One raised issue in the staff console: the addressee moves it on and answers in plain words
//! and in Easy Read, another verified group adds its support, and the provider's admins tag
//! it with themes.

use speakup_types::identity::{Role, SessionInfo};
use speakup_types::issues::{IssueDetail, IssueStatus, NewResponse, NewSupport};
use uuid::Uuid;
use validator::Validate;
use yew::prelude::*;

use super::action::{use_action, Fields};
use super::tags::{Tagged, Tags};
use super::{use_load, Load};
use crate::api;
use crate::components::choices::{Choice, Radios};
use crate::components::error_summary::{to_field, ErrorSummary};
use crate::components::fields::{TextArea, TextInput};
use crate::components::heading::Heading;
use crate::components::issue::{issue_body, status_label};
use crate::components::links::back_link;
use crate::i18n::{field_errors, t};
use crate::route::Route;
use crate::session::use_auth;

#[derive(Properties, PartialEq)]
pub struct IssueProps {
    pub id: Uuid,
}

/// Who may do what here, from the session and the issue.
fn may_answer(info: &SessionInfo, issue: &IssueDetail) -> bool {
    issue.text.addressee.is_some_and(|a| a.answered_by() == info.user.role) && issue.status != IssueStatus::Closed
}

fn may_support(info: &SessionInfo, issue: &IssueDetail) -> bool {
    info.group.as_ref().is_some_and(|g| g.verified && g.id != issue.group_id && !issue.supports.iter().any(|s| s.group_id == g.id))
}

/// What the last action did, said where focus goes once it is done (the form that acted may
/// be gone: a group that has given its support is offered it no more).
#[derive(Properties, PartialEq)]
struct DoneProps {
    /// The message, with the number of the action that said it.
    message: Option<(u32, &'static str)>,
}

#[component]
fn Done(props: &DoneProps) -> Html {
    let node = crate::dom::use_focus_when(props.message, props.message.is_some());
    match props.message {
        Some((_, message)) => html! { <div class="panel" id="issue-done" role="status" tabindex="-1" ref={node}><p class="panel-body">{ t(message) }</p></div> },
        None => Html::default(),
    }
}

#[component]
pub fn StaffIssuePage(props: &IssueProps) -> Html {
    let auth = use_auth();
    let load = use_load(props.id, api::issue);
    let changed = use_state(|| None::<IssueDetail>);
    // What the last action did, and how many actions so far: the same message twice still
    // takes focus the second time.
    let done = use_state(|| None::<(u32, &'static str)>);
    let shown = match (&*changed, &*load) {
        (Some(issue), _) | (None, Load::Loaded(issue)) => Some(issue.clone()),
        _ => None,
    };
    // Each action gives back the issue as it is now, and says what it did.
    let set = |message: &'static str| {
        let (changed, done) = (changed.clone(), done.clone());
        Callback::from(move |issue: IssueDetail| {
            changed.set(Some(issue));
            let count = done.map_or(0, |(count, _)| count + 1);
            done.set(Some((count, message)));
        })
    };
    let body = match (&shown, &*load, auth.info()) {
        (Some(issue), _, Some(info)) => html! {
            <>
                <Done message={*done} />
                { issue_body(issue) }
                if may_answer(info, issue) { <Respond id={issue.id} from={issue.status} onchange={set("staff-issue-answered")} /> }
                if may_support(info, issue) { <Support id={issue.id} onchange={set("staff-issue-supported")} /> }
                if info.user.role == Role::Admin { <IssueThemes id={issue.id} /> }
            </>
        },
        (None, Load::Failed(problem), _) => html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
        _ => html! { <p class="body" role="status">{ t("staff-loading") }</p> },
    };
    let heading = shown.as_ref().map_or_else(|| t("staff-issues-heading").to_string(), |i| i.text.title.clone());
    html! {
        <>
            { back_link(Route::StaffIssues) }
            <Heading text={heading} />
            { body }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct RespondProps {
    id: Uuid,
    /// Where the issue is as shown: the answer moves it on from there only.
    from: IssueStatus,
    onchange: Callback<IssueDetail>,
}

/// Summary links go to the field; the status radios are reached through their first option.
fn response_target(field: &str) -> String {
    match (field, statuses().first()) {
        ("status", Some(first)) => format!("#status-{}", first.value),
        _ => to_field(field),
    }
}

/// The statuses an addressee moves an issue to.
fn statuses() -> Vec<Choice> {
    IssueStatus::ALL
        .iter()
        .filter(|s| s.set_by_addressee())
        .map(|s| Choice { value: s.code(), label: status_label(*s), hint: None })
        .collect()
}

#[component]
fn Respond(props: &RespondProps) -> Html {
    let answer = use_state(|| NewResponse { from: IssueStatus::Received, status: IssueStatus::ResponseGiven, plain: String::new(), easy_read: String::new() });
    let action = use_action(Fields::OnPage(response_target));
    let onsubmit = {
        let (action, answer, id, from, done) = (action.clone(), answer.clone(), props.id, props.from, props.onchange.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let request = NewResponse { from, ..(*answer).clone() };
            if let Err(found) = request.validate() {
                return action.refuse(field_errors(&found));
            }
            let (answer, done) = (answer.clone(), done.clone());
            action.run(api::respond_to_issue(id, request, action.csrf()), move |issue| {
                answer.set(NewResponse { plain: String::new(), easy_read: String::new(), ..(*answer).clone() });
                done.emit(issue);
            });
        })
    };
    let on_status = {
        let answer = answer.clone();
        Callback::from(move |(value, _): (String, bool)| {
            if let Some(status) = IssueStatus::parse(&value) {
                answer.set(NewResponse { status, ..(*answer).clone() });
            }
        })
    };
    let typed = |set: fn(&mut NewResponse, String)| {
        let answer = answer.clone();
        Callback::from(move |value: String| {
            let mut next = (*answer).clone();
            set(&mut next, value);
            answer.set(next);
        })
    };
    let errors = action.errors();
    html! {
        <section aria-labelledby="respond-title">
            <h2 class="heading-m" id="respond-title">{ t("staff-issue-respond-heading") }</h2>
            <ErrorSummary errors={errors.clone()} title_id="respond-error-title" />
            <form class="form" novalidate=true {onsubmit}>
                <Radios name="status" legend={t("staff-issue-respond-status")} options={statuses()} error={errors.inline("status")}
                    selected={vec![answer.status.code().to_string()]} onchange={on_status} />
                <TextArea id="plain" label={t("staff-issue-respond-plain")} hint={Some(AttrValue::from(t("staff-issue-respond-plain-hint")))}
                    value={answer.plain.clone()} error={errors.inline("plain")} oninput={typed(|a, v| a.plain = v)} />
                <TextArea id="easy_read" label={t("staff-issue-respond-easy-read")} hint={Some(AttrValue::from(t("staff-issue-easy-read-hint")))}
                    value={answer.easy_read.clone()} error={errors.inline("easy_read")} oninput={typed(|a, v| a.easy_read = v)} />
                <button type="submit" id="send-response" class="button" disabled={action.busy()}>{ t("staff-issue-respond-send") }</button>
            </form>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SupportProps {
    id: Uuid,
    onchange: Callback<IssueDetail>,
}

#[component]
fn Support(props: &SupportProps) -> Html {
    let line = use_state(String::new);
    let action = use_action(Fields::OnPage(to_field));
    let onsubmit = {
        let (action, line, id, done) = (action.clone(), line.clone(), props.id, props.onchange.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let support = NewSupport { line: (*line).clone() };
            if let Err(found) = support.validate() {
                return action.refuse(field_errors(&found));
            }
            let done = done.clone();
            action.run(api::support_issue(id, support.line, action.csrf()), move |issue| done.emit(issue));
        })
    };
    let oninput = {
        let line = line.clone();
        Callback::from(move |v: String| line.set(v))
    };
    html! {
        <section aria-labelledby="support-title">
            <h2 class="heading-m" id="support-title">{ t("staff-issue-support-heading") }</h2>
            <ErrorSummary errors={action.errors()} title_id="support-error-title" />
            <form class="form" novalidate=true {onsubmit}>
                <TextInput id="line" label={t("staff-issue-support-line")} hint={Some(AttrValue::from(t("staff-issue-support-hint")))}
                    value={(*line).clone()} error={action.errors().inline("line")} {oninput} />
                <button type="submit" id="send-support" class="button" disabled={action.busy()}>{ t("staff-issue-support-send") }</button>
            </form>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ThemesProps {
    id: Uuid,
}

/// The provider's themes on the issue, for its admins: counted beside feedback's.
#[component]
fn IssueThemes(props: &ThemesProps) -> Html {
    let themes = use_load((), |()| api::themes());
    let tagged = use_load(props.id, api::issue_themes);
    let changed = use_state(|| None::<Vec<speakup_types::feedback::Theme>>);
    let onchange = {
        let changed = changed.clone();
        Callback::from(move |now| changed.set(Some(now)))
    };
    match (&*themes, &*tagged) {
        (Load::Loaded(themes), Load::Loaded(tagged)) => {
            let tagged = changed.as_ref().cloned().unwrap_or_else(|| tagged.clone());
            html! { <Tags target={Tagged::Issue(props.id)} {tagged} themes={themes.clone()} {onchange} /> }
        }
        _ => Html::default(),
    }
}
