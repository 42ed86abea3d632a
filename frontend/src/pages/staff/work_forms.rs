//! Adding to a case: an issue, an action, a meeting or a note for the team; and, kept apart
//! on purpose, an update written for the person.

use chrono::{DateTime, Utc};
use speakup_types::casework::{Casework, EntryChange, EntryKind, MeetingArrangement, NewPersonUpdate};
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

/// "14:30", "14.30" or "9" as hours and minutes.
fn time_of_day(text: &str) -> Option<(u32, u32)> {
    let text = text.trim();
    let (hour, minute) = text.split_once([':', '.']).unwrap_or((text, "0"));
    let (hour, minute) = (hour.trim().parse().ok()?, minute.trim().parse().ok()?);
    (hour < 24 && minute < 60).then_some((hour, minute))
}

/// Where the summary links each field: the date to its day box, the time to its box.
fn entry_field(field: &str) -> String {
    match field {
        "due_at" => format!("#{}", first_part("due_at")),
        "title" => "#entry-title".into(),
        "details" => "#entry-details".into(),
        other => to_field(other),
    }
}

#[derive(Properties, PartialEq)]
pub struct AddEntryProps {
    pub id: Uuid,
    pub on_added: Callback<Casework>,
}

#[component]
pub fn AddEntry(props: &AddEntryProps) -> Html {
    let draft = use_state(Draft::default);
    let action = use_action(Fields::OnPage(entry_field));
    let added = use_state(|| None::<String>);
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
        let (action, draft, added, id, done) = (action.clone(), draft.clone(), added.clone(), props.id, props.on_added.clone());
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
                done: false,
                version: 0,
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
            action.run(api::add_entry(id, body, action.csrf()), move |work| {
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
    html! {
        <form class="form inset" novalidate=true {onsubmit} aria-labelledby="add-entry-title">
            <h3 class="heading-s" id="add-entry-title">{ t("staff-work-add-heading") }</h3>
            <ErrorSummary errors={errors.clone()} title_id="add-entry-error-title" />
            if let Some(title) = &*added { <p class="body" role="status" id="entry-added">{ tf("staff-work-added", &[("title", title)]) }</p> }
            <Radios name="kind" legend={t("staff-work-kind")} options={kinds} selected={kind.map(|k| vec![k.code().to_string()]).unwrap_or_default()}
                error={errors.inline("kind")} onchange={on_kind} />
            <TextInput id="entry-title" label={t("staff-work-title")} value={draft.title.clone()} error={errors.inline("title")} oninput={set(|d, v| d.title = v)} />
            if matches!(kind, Some(EntryKind::Action) | Some(EntryKind::Meeting)) {
                <DateInput id="due_at" legend={t(if kind == Some(EntryKind::Meeting) { "staff-work-when" } else { "staff-work-due" })}
                    value={draft.day.clone()} error={errors.inline("due_at")} onchange={on_day} />
            }
            if kind == Some(EntryKind::Meeting) {
                <TextInput id="meeting-time" label={t("staff-work-time")} hint={t("staff-work-time-hint")} class="input-width-4"
                    value={draft.time.clone()} error={errors.inline("meeting-time")} oninput={set(|d, v| d.time = v)} />
                <TextInput id="place" label={t("staff-work-place")} value={draft.place.clone()} error={errors.inline("place")} oninput={set(|d, v| d.place = v)} />
                <Checkboxes name="arrangements" legend={t("staff-work-arrangements")} options={arrangements}
                    selected={draft.arrangements.iter().map(|a| a.code().to_string()).collect::<Vec<_>>()} onchange={on_arrangement} />
            }
            if kind == Some(EntryKind::Action) {
                <TextInput id="owner" label={t("staff-work-owner")} value={draft.owner.clone()} error={errors.inline("owner")} oninput={set(|d, v| d.owner = v)} />
            }
            <TextArea id="entry-details" label={t("staff-work-details")} hint={t("staff-work-details-hint")} rows={3}
                value={draft.details.clone()} error={errors.inline("details")} oninput={set(|d, v| d.details = v)} />
            <button type="submit" id="add-entry" class="button" disabled={action.busy()}>{ t("staff-work-add") }</button>
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
