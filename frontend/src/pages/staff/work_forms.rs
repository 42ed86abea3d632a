//! Adding to a case, or changing what is there: an issue, an action, a meeting or a note for
//! the team; and, kept apart on purpose, an update written for the person.

use chrono::{DateTime, Datelike, Utc};
use speakup_types::casework::{CaseEntry, Casework, EntryChange, EntryKind, MeetingArrangement, NewPersonUpdate};
use speakup_types::problem::FieldError;
use uuid::Uuid;
use validator::Validate;
use yew::prelude::*;

use super::action::{use_action, Fields};
use super::work::arrangement_label;
use crate::components::choices::{choice, Checkboxes, Radios};
use crate::components::date::{edit_in, first_part, DateAnswer, DateInput, DateParts};
use crate::components::error_summary::{to_field, ErrorSummary};
use crate::components::fields::{TextArea, TextInput};
use crate::i18n::{field_errors, t, tf, wording};
use crate::api;

#[derive(Clone, PartialEq, Default)]
struct Draft {
    kind: Option<EntryKind>,
    title: String,
    details: String,
    owner: String,
    place: String,
    day: DateParts,
    time: String,
    arrangements: Vec<MeetingArrangement>,
}

impl Draft {
    /// An entry as its form shows it, the time on this device's clock.
    fn of(entry: &CaseEntry) -> Draft {
        let when = entry.due_at.and_then(|at| crate::dom::local_parts(at.timestamp_millis()));
        let day = when.map(|(day, _, _)| DateParts {
            day: day.day().to_string(),
            month: day.month().to_string(),
            year: day.year().to_string(),
        });
        Draft {
            kind: Some(entry.kind),
            title: entry.title.clone(),
            details: entry.details.clone().unwrap_or_default(),
            owner: entry.owner.clone().unwrap_or_default(),
            place: entry.place.clone().unwrap_or_default(),
            day: day.unwrap_or_default(),
            time: when.filter(|_| entry.kind == EntryKind::Meeting).map(|(_, h, m)| format!("{h:02}:{m:02}")).unwrap_or_default(),
            arrangements: entry.arrangements.clone(),
        }
    }
}

/// "14:30", "14.30" or "9" as hours and minutes.
fn time_of_day(text: &str) -> Option<(u32, u32)> {
    let text = text.trim();
    let (hour, minute) = text.split_once([':', '.']).unwrap_or((text, "0"));
    let (hour, minute) = (hour.trim().parse().ok()?, minute.trim().parse().ok()?);
    (hour < 24 && minute < 60).then_some((hour, minute))
}

/// Where the summary links each field: the date to its day box, the time to its box. An
/// entry being changed has its fields' ids start with `edit-`, as the add form is on the page too.
fn field_in(prefix: &str, field: &str) -> String {
    match field {
        "due_at" => format!("#{}", first_part(&format!("{prefix}due_at"))),
        "title" | "details" => format!("#{prefix}entry-{field}"),
        other => to_field(&format!("{prefix}{other}")),
    }
}

fn entry_field(field: &str) -> String {
    field_in("", field)
}

fn edited_field(field: &str) -> String {
    field_in("edit-", field)
}

#[derive(Properties, PartialEq)]
pub struct EntryFormProps {
    pub id: Uuid,
    /// The entry being changed, from the version shown; none to add a new one.
    #[prop_or_default]
    pub editing: Option<CaseEntry>,
    pub on_saved: Callback<Casework>,
    /// Closing the form of an entry being changed without saving.
    #[prop_or_default]
    pub on_cancel: Callback<()>,
}

/// Adds an entry, or changes one in full (its kind stays what it is).
#[component]
pub fn EntryForm(props: &EntryFormProps) -> Html {
    let editing = props.editing.clone();
    let draft = use_state(|| editing.as_ref().map(Draft::of).unwrap_or_default());
    let action = use_action(Fields::OnPage(if editing.is_some() { edited_field } else { entry_field }));
    let added = use_state(|| None::<String>);
    let p = if editing.is_some() { "edit-" } else { "" };
    // Opening an entry's form takes focus to it; the add form waits to be reached.
    let heading_ref = crate::dom::use_focus_when((), editing.is_some());
    let set = |change: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut changed = (*draft).clone();
            change(&mut changed, value);
            draft.set(changed);
        })
    };
    let on_kind = {
        let draft = draft.clone();
        Callback::from(move |(value, _): (String, bool)| draft.set(Draft { kind: EntryKind::parse(&value), ..(*draft).clone() }))
    };
    let on_day = edit_in(&draft, |d| &mut d.day);
    let on_arrangement = {
        let draft = draft.clone();
        Callback::from(move |(code, on): (String, bool)| {
            let mut changed = (*draft).clone();
            changed.arrangements.retain(|a| a.code() != code);
            if let (true, Some(a)) = (on, MeetingArrangement::parse(&code)) {
                changed.arrangements.push(a);
            }
            draft.set(changed);
        })
    };
    let onsubmit = {
        let (action, draft, added, id, done, editing) = (action.clone(), draft.clone(), added.clone(), props.id, props.on_saved.clone(), editing.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = |t: &str| Some(t.trim().to_string()).filter(|t| !t.is_empty());
            // A date (and for a meeting a time) that cannot be read is said so, not dropped.
            let mut problems = Vec::new();
            let time = if draft.time.trim().is_empty() { Some((9, 0)) } else { time_of_day(&draft.time) };
            if time.is_none() {
                problems.push(FieldError::from_id("meeting-time", "error-time-invalid", &[], wording()));
            }
            let due_at = match (draft.day.answer(), time) {
                (DateAnswer::Valid(day), Some((hour, minute))) => DateTime::<Utc>::from_timestamp_millis(crate::dom::local_millis(day, hour, minute)),
                (DateAnswer::Invalid, _) => {
                    problems.push(FieldError::from_id("due_at", "error-mandate-date-invalid", &[], wording()));
                    None
                }
                _ => None,
            };
            let meeting = draft.kind == Some(EntryKind::Meeting);
            let body = EntryChange {
                kind: draft.kind,
                title: draft.title.clone(),
                details: text(&draft.details),
                due_at,
                place: text(&draft.place).filter(|_| meeting),
                owner: text(&draft.owner).filter(|_| draft.kind == Some(EntryKind::Action)),
                arrangements: if meeting { draft.arrangements.clone() } else { Vec::new() },
                done: editing.as_ref().is_some_and(|e| e.done),
                version: editing.as_ref().map_or(0, |e| e.version),
            };
            if let Err(found) = body.validate() {
                let more: Vec<FieldError> = field_errors(&found).into_iter().filter(|f| !problems.iter().any(|p| p.field == f.field)).collect();
                problems.extend(more);
            }
            if !problems.is_empty() {
                return action.refuse(problems);
            }
            let (draft, added, done) = (draft.clone(), added.clone(), done.clone());
            let title = body.title.trim().to_string();
            let (entry, csrf) = (editing.as_ref().map(|e| e.id), action.csrf());
            let request = async move {
                match entry {
                    Some(entry) => api::change_entry(id, entry, body, csrf).await,
                    None => api::add_entry(id, body, csrf).await,
                }
            };
            action.run(request, move |work| {
                draft.set(Draft::default());
                added.set(Some(title));
                done.emit(work);
            });
        })
    };
    let kinds = vec![
        choice("issue", "staff-work-kind-issue"),
        choice("action", "staff-work-kind-action"),
        choice("meeting", "staff-work-kind-meeting"),
        choice("note", "staff-work-kind-note"),
    ];
    let arrangements: Vec<_> = MeetingArrangement::ALL.iter().map(|a| choice(a.code(), arrangement_label(*a))).collect();
    let errors = action.errors();
    let kind = draft.kind;
    let heading = match &editing {
        Some(entry) => tf("staff-work-edit-heading", &[("title", &entry.title)]),
        None => t("staff-work-add-heading").to_string(),
    };
    let cancel = {
        let done = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| done.emit(()))
    };
    html! {
        <form class="form inset" novalidate=true {onsubmit} aria-labelledby={format!("{p}entry-form-title")}>
            <h3 class="heading-s" id={format!("{p}entry-form-title")} tabindex="-1" ref={heading_ref}>{ heading }</h3>
            <ErrorSummary errors={errors.clone()} title_id={format!("{p}entry-error-title")} />
            if let Some(title) = (*added).as_ref().filter(|_| editing.is_none()) {
                <p class="body" role="status" id="entry-added">{ tf("staff-work-added", &[("title", title)]) }</p>
            }
            if editing.is_none() {
                <Radios name="kind" legend={t("staff-work-kind")} options={kinds} selected={kind.map(|k| vec![k.code().to_string()]).unwrap_or_default()}
                    error={errors.inline("kind")} onchange={on_kind} />
            }
            if editing.as_ref().is_some_and(|e| e.move_wanted.is_some()) {
                <div class="warning" id="edit-move-wanted"><p class="warning-text">{ t("staff-work-move-wanted-answers") }</p></div>
            }
            <TextInput id={format!("{p}entry-title")} label={t("staff-work-title")} value={draft.title.clone()} error={errors.inline("title")} oninput={set(|d, v| d.title = v)} />
            if matches!(kind, Some(EntryKind::Action) | Some(EntryKind::Meeting)) {
                <DateInput id={format!("{p}due_at")} legend={t(if kind == Some(EntryKind::Meeting) { "staff-work-when" } else { "staff-work-due" })}
                    value={draft.day.clone()} error={errors.inline("due_at")} onchange={on_day} />
            }
            if kind == Some(EntryKind::Meeting) {
                <TextInput id={format!("{p}meeting-time")} label={t("staff-work-time")} hint={t("staff-work-time-hint")} class="input-width-4"
                    value={draft.time.clone()} error={errors.inline("meeting-time")} oninput={set(|d, v| d.time = v)} />
                <TextInput id={format!("{p}place")} label={t("staff-work-place")} value={draft.place.clone()} error={errors.inline("place")} oninput={set(|d, v| d.place = v)} />
                <Checkboxes name={format!("{p}arrangements")} legend={t("staff-work-arrangements")} options={arrangements}
                    selected={draft.arrangements.iter().map(|a| a.code().to_string()).collect::<Vec<_>>()} onchange={on_arrangement} />
            }
            if kind == Some(EntryKind::Action) {
                <TextInput id={format!("{p}owner")} label={t("staff-work-owner")} value={draft.owner.clone()} error={errors.inline("owner")} oninput={set(|d, v| d.owner = v)} />
            }
            <TextArea id={format!("{p}entry-details")} label={t("staff-work-details")} hint={t("staff-work-details-hint")} rows={3}
                value={draft.details.clone()} error={errors.inline("details")} oninput={set(|d, v| d.details = v)} />
            if editing.is_some() {
                <div class="button-group">
                    <button type="submit" id="save-entry" class="button" disabled={action.busy()}>{ t("staff-work-save-entry") }</button>
                    <button type="button" id="cancel-entry" class="button button-secondary" onclick={cancel}>{ t("staff-work-cancel-entry") }</button>
                </div>
            } else {
                <button type="submit" id="add-entry" class="button" disabled={action.busy()}>{ t("staff-work-add") }</button>
            }
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct WriteUpdateProps {
    pub id: Uuid,
    pub name: String,
    pub on_sent: Callback<Casework>,
}

#[component]
pub fn WriteUpdate(props: &WriteUpdateProps) -> Html {
    let body = use_state(String::new);
    let action = use_action(Fields::OnPage(to_field));
    let sent = use_state(|| false);
    let onsubmit = {
        let (action, body, sent, id, done) = (action.clone(), body.clone(), sent.clone(), props.id, props.on_sent.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let update = NewPersonUpdate { body: (*body).clone() };
            if let Err(found) = update.validate() {
                return action.refuse(field_errors(&found));
            }
            let (body, sent, done) = (body.clone(), sent.clone(), done.clone());
            action.run(api::write_update(id, update, action.csrf()), move |work| {
                body.set(String::new());
                sent.set(true);
                done.emit(work);
            });
        })
    };
    let oninput = {
        let (body, sent) = (body.clone(), sent.clone());
        Callback::from(move |v: String| {
            body.set(v);
            sent.set(false);
        })
    };
    html! {
        <form class="form" novalidate=true {onsubmit} aria-labelledby="write-update-title">
            <h4 class="heading-s" id="write-update-title">{ tf("staff-work-write-update", &[("name", &props.name)]) }</h4>
            <ErrorSummary errors={action.errors()} title_id="update-error-title" />
            if *sent { <p class="body" role="status" id="update-sent">{ t("staff-work-update-sent") }</p> }
            <TextArea id="body" label={t("staff-work-update")} hint={t("staff-work-update-hint")} rows={4}
                value={(*body).clone()} error={action.errors().inline("body")} {oninput} />
            <button type="submit" id="send-update" class="button" disabled={action.busy()}>{ t("staff-work-send-update") }</button>
        </form>
    }
}
