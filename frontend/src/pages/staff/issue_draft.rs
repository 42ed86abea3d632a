//! A group writing an issue together: a draft any member may change and save, and raise once
//! every part is there and the group has been checked. A raised issue's words no longer
//! change; its page shows where it has got to.

use speakup_types::issues::{Addressee, IssueDetail, IssueDraft, IssuePicture, IssueStatus, MAX_PICTURES};
use uuid::Uuid;
use validator::Validate;
use yew::prelude::*;
use yew_router::prelude::*;

use super::action::{use_action, Fields};
use super::{use_load, Load};
use crate::api;
use crate::components::choices::{Checkboxes, Choice, Radios};
use crate::components::error_summary::{in_form_order, to_field, ErrorSummary};
use crate::components::fields::{TextArea, TextInput};
use crate::components::heading::Heading;
use crate::components::issue::{addressee_label, issue_body, picture};
use crate::components::links::{back_link, RouteLink};
use crate::i18n::{field_errors, t, tf};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct DraftProps {
    /// None for a new issue, not saved yet.
    #[prop_or_default]
    pub id: Option<Uuid>,
}

#[component]
pub fn IssueDraftPage(props: &DraftProps) -> Html {
    let load = use_load(props.id, |id| async move {
        match id {
            Some(id) => api::group_issue(id).await.map(Some),
            None => Ok(None),
        }
    });
    // Once raised here, the answer replaces what was loaded.
    let raised = use_state(|| None::<IssueDetail>);
    let onraised = {
        let raised = raised.clone();
        Callback::from(move |issue: IssueDetail| raised.set(Some(issue)))
    };
    let shown = match (&*raised, &*load) {
        (Some(issue), _) => Load::Loaded(Some(issue.clone())),
        (None, load) => load.clone(),
    };
    let body = match &shown {
        Load::Loaded(Some(issue)) if issue.status != IssueStatus::Draft => html! {
            <>
                <Heading text={issue.text.title.clone()} />
                <div class="panel" id="issue-raised"><p class="panel-body">{ t("staff-issue-raised") }</p></div>
                { issue_body(issue) }
                <p class="body"><RouteLink to={Route::Issue { id: issue.id }} id="public-page">{ t("staff-issue-public-page") }</RouteLink></p>
            </>
        },
        Load::Loaded(found) => html! { <DraftForm key={props.id.map(|i| i.to_string()).unwrap_or_default()} id={props.id} issue={found.clone()} {onraised} /> },
        Load::Failed(problem) => html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
        Load::Loading => html! { <p class="body" role="status">{ t("staff-loading") }</p> },
    };
    html! {
        <>
            { back_link(Route::StaffGroup) }
            { body }
        </>
    }
}

/// The form's fields in the order they appear, so the error summary lists problems in that order.
const FIELDS: [&str; 8] = ["title", "happening", "affects", "members_agreeing", "change_wanted", "addressee", "easy_read", "pictures"];

/// Summary links go to the field; the addressee radios are reached through their first option.
fn target(field: &str) -> String {
    match field {
        "addressee" => format!("#addressee-{}", Addressee::ALL[0].code()),
        "pictures" => format!("#pictures-{}", IssuePicture::ALL[0].code()),
        _ => to_field(field),
    }
}

fn picture_label(chosen: IssuePicture) -> &'static str {
    match chosen {
        IssuePicture::Person => "staff-issue-picture-person",
        IssuePicture::People => "staff-issue-picture-people",
        IssuePicture::House => "staff-issue-picture-house",
        IssuePicture::Money => "staff-issue-picture-money",
        IssuePicture::Hospital => "staff-issue-picture-hospital",
        IssuePicture::Council => "staff-issue-picture-council",
        IssuePicture::Care => "staff-issue-picture-care",
        IssuePicture::Warning => "staff-issue-picture-warning",
        IssuePicture::Shield => "staff-issue-picture-shield",
        IssuePicture::Complain => "staff-issue-picture-complain",
        IssuePicture::Calendar => "staff-issue-picture-calendar",
        IssuePicture::Talk => "staff-issue-picture-talk",
    }
}

fn addressees() -> Vec<Choice> {
    Addressee::ALL.iter().map(|a| Choice { value: a.code(), label: addressee_label(*a), hint: None }).collect()
}

/// The number as typed: empty is "not said yet", anything not a whole number is refused by
/// the same rule as nobody agreeing.
fn agreeing(typed: &str) -> Option<u32> {
    let typed = typed.trim();
    (!typed.is_empty()).then(|| typed.parse().unwrap_or(0))
}

#[derive(Properties, PartialEq)]
struct FormProps {
    id: Option<Uuid>,
    issue: Option<IssueDetail>,
    onraised: Callback<IssueDetail>,
}

#[component]
fn DraftForm(props: &FormProps) -> Html {
    let navigator = use_navigator();
    let draft = use_state(|| props.issue.as_ref().map(|i| i.text.clone()).unwrap_or_default());
    let members = use_state(|| draft.members_agreeing.map(|n| n.to_string()).unwrap_or_default());
    let saved = use_state(|| false);
    let action = use_action(Fields::OnPage(target));
    let current = {
        let (draft, members) = (draft.clone(), members.clone());
        move || IssueDraft { members_agreeing: agreeing(&members), ..(*draft).clone() }
    };
    let onsubmit = {
        let (action, saved, id, current) = (action.clone(), saved.clone(), props.id, current.clone());
        let navigator = navigator.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = current();
            if let Err(found) = text.validate() {
                return action.refuse(in_form_order(field_errors(&found), &FIELDS));
            }
            let (saved, navigator) = (saved.clone(), navigator.clone());
            match id {
                Some(id) => action.run(api::save_issue(id, text, action.csrf()), move |_| saved.set(true)),
                None => action.run(api::start_issue(text, action.csrf()), move |created| {
                    if let Some(navigator) = navigator {
                        navigator.replace(&Route::StaffGroupIssue { id: created.id });
                    }
                }),
            }
        })
    };
    let raise = {
        let (action, id, current, done) = (action.clone(), props.id, current.clone(), props.onraised.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(id) = id else { return };
            let text = current();
            if let Err(found) = text.check_complete() {
                return action.refuse(in_form_order(field_errors(&found), &FIELDS));
            }
            let csrf = action.csrf();
            // Saved first, so what is raised is what is on the screen.
            let request = async move {
                api::save_issue(id, text, csrf.clone()).await?;
                api::raise_issue(id, csrf).await
            };
            let done = done.clone();
            action.run(request, move |issue| done.emit(issue));
        })
    };
    let text_field = |set: fn(&mut IssueDraft, String)| {
        let (draft, saved) = (draft.clone(), saved.clone());
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            set(&mut next, value);
            draft.set(next);
            saved.set(false);
        })
    };
    let on_members = {
        let (members, saved) = (members.clone(), saved.clone());
        Callback::from(move |value: String| {
            members.set(value);
            saved.set(false);
        })
    };
    let on_addressee = {
        let (draft, saved) = (draft.clone(), saved.clone());
        Callback::from(move |(value, _): (String, bool)| {
            draft.set(IssueDraft { addressee: Addressee::parse(&value), ..(*draft).clone() });
            saved.set(false);
        })
    };
    let on_picture = {
        let (draft, saved) = (draft.clone(), saved.clone());
        Callback::from(move |(value, ticked): (String, bool)| {
            let Some(chosen) = IssuePicture::parse(&value) else { return };
            let mut pictures: Vec<IssuePicture> = draft.pictures.iter().copied().filter(|p| *p != chosen).collect();
            if ticked {
                pictures.push(chosen);
            }
            draft.set(IssueDraft { pictures, ..(*draft).clone() });
            saved.set(false);
        })
    };
    let errors = action.errors();
    html! {
        <>
            <ErrorSummary errors={errors.clone()} />
            <Heading text={t(if props.id.is_some() { "staff-issue-draft-heading" } else { "staff-issue-new-heading" })} />
            <p class="body">{ t("staff-issue-draft-intro") }</p>
            if *saved { <p class="body" role="status" id="draft-saved">{ t("staff-issue-draft-saved") }</p> }
            <form class="form" novalidate=true {onsubmit}>
                <TextInput id="title" label={t("staff-issue-title")} value={draft.title.clone()} error={errors.inline("title")} oninput={text_field(|d, v| d.title = v)} />
                <TextArea id="happening" label={t("issue-happening-heading")} value={draft.happening.clone()} error={errors.inline("happening")} oninput={text_field(|d, v| d.happening = v)} />
                <TextArea id="affects" label={t("issue-affects-heading")} value={draft.affects.clone()} error={errors.inline("affects")} oninput={text_field(|d, v| d.affects = v)} />
                <TextInput id="members_agreeing" label={t("staff-issue-members-agreeing")} value={(*members).clone()} class="input-short"
                    error={errors.inline("members_agreeing")} oninput={on_members} />
                <TextArea id="change_wanted" label={t("issue-change-heading")} value={draft.change_wanted.clone()} error={errors.inline("change_wanted")} oninput={text_field(|d, v| d.change_wanted = v)} />
                <Radios name="addressee" legend={t("staff-issue-addressee")} options={addressees()} error={errors.inline("addressee")}
                    selected={draft.addressee.map(|a| vec![a.code().to_string()]).unwrap_or_default()} onchange={on_addressee} />
                <TextArea id="easy_read" label={t("issue-easy-read-heading")} hint={Some(AttrValue::from(t("staff-issue-easy-read-hint")))}
                    value={draft.easy_read.clone()} error={errors.inline("easy_read")} oninput={text_field(|d, v| d.easy_read = v)} />
                <Checkboxes name="pictures" legend={t("staff-issue-pictures")} hint={Some(AttrValue::from(tf("staff-issue-pictures-hint", &[("most", &MAX_PICTURES.to_string())])))}
                    options={IssuePicture::ALL.iter().map(|p| Choice { value: p.code(), label: picture_label(*p), hint: None }).collect::<Vec<_>>()}
                    pictures={IssuePicture::ALL.iter().map(|p| picture(*p)).collect::<Vec<_>>()}
                    selected={draft.pictures.iter().map(|p| p.code().to_string()).collect::<Vec<_>>()}
                    error={errors.inline("pictures")} onchange={on_picture} />
                <div class="form-actions">
                    <button type="submit" id="save-draft" class="button button-secondary" disabled={action.busy()}>{ t("staff-issue-save") }</button>
                    if props.id.is_some() {
                        <button type="button" id="raise-issue" class="button" disabled={action.busy()} onclick={raise}>{ t("staff-issue-raise") }</button>
                    }
                </div>
            </form>
        </>
    }
}
