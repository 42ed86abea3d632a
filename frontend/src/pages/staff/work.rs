//! Working a case, for its advocate and managers: issues, actions (marked done from the
//! version seen, so a change made meanwhile is reported, not overwritten), meetings, the
//! team's own notes, the updates written for the person, how the advocate works with the
//! person (`work_approach.rs`), what the person wants to happen (`outcomes.rs`), safeguarding
//! concerns (`concerns.rs`), closing it (`closure.rs`), and moving the case on.

use speakup_types::casework::{CaseEntry, Casework, EntryChange, EntryKind, MeetingArrangement, StatusChange};
use speakup_types::referral::ReferralDetail;
use speakup_types::status::ReferralStatus;
use uuid::Uuid;
use yew::prelude::*;

use super::action::{use_action, Fields};
use super::closure::ClosureForm;
use super::concerns::Concerns;
use super::outcomes::Outcomes;
use super::work_approach::{people, WayOfWorkingForm};
use super::work_forms::{EntryForm, WriteUpdate};
use super::{use_load, Load};
use crate::api;
use crate::components::error_summary::{to_field, ErrorSummary};
use crate::components::fields::{Select, TextArea};
use crate::dom;
use crate::i18n::{t, tf};

pub(super) fn arrangement_label(a: MeetingArrangement) -> &'static str {
    match a {
        MeetingArrangement::AccessibleVenue => "staff-work-accessible-venue",
        MeetingArrangement::InterpreterBooked => "staff-work-interpreter-booked",
        MeetingArrangement::PreparationDone => "staff-work-preparation-done",
        MeetingArrangement::MoveAsked => "staff-work-move-asked",
    }
}

#[derive(Properties, PartialEq)]
pub struct CaseWorkProps {
    pub detail: ReferralDetail,
    pub on_change: Callback<ReferralDetail>,
}

#[component]
pub fn CaseWork(props: &CaseWorkProps) -> Html {
    let id = props.detail.id;
    let load = use_load(id, api::casework);
    let changed = use_state(|| None::<Casework>);
    // One entry's form is open at a time, so its fields' ids are never doubled.
    let editing = use_state(|| None::<Uuid>);
    // The entry whose form just closed: focus goes back to its "Change" button.
    let closed = use_state(|| None::<Uuid>);
    let shown = changed.as_ref().cloned().or_else(|| if let Load::Loaded(work) = &*load { Some(work.clone()) } else { None });
    let replace = {
        let (changed, editing, closed) = (changed.clone(), editing.clone(), closed.clone());
        Callback::from(move |work: Casework| {
            changed.set(Some(work));
            closed.set(*editing);
            editing.set(None);
        })
    };
    let lists = Lists { case: id, editing: editing.clone(), closed: closed.clone(), on_change: replace.clone() };
    let Some(work) = shown else {
        return match &*load {
            Load::Failed(problem) => html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
            _ => html! { <p class="body" role="status">{ t("staff-work-loading") }</p> },
        };
    };
    let of = |kind: EntryKind| work.entries.iter().filter(|e| e.kind == kind).cloned().collect::<Vec<_>>();
    let name = props.detail.referral.person_name().to_string();
    html! {
        <section aria-labelledby="work-title" id="casework">
            <h2 class="heading-m" id="work-title">{ t("staff-work-heading") }</h2>
            <MoveOn detail={props.detail.clone()} on_change={props.on_change.clone()} />
            { people(props.detail.referral.preferences()) }
            <WayOfWorkingForm {id} recorded={work.way_of_working.clone()} on_saved={replace.clone()} />
            <Outcomes case={id} name={name.clone()} outcomes={work.outcomes.clone()} on_change={replace.clone()} />
            <Concerns case={id} concerns={work.concerns.clone()} on_change={replace.clone()} />
            if props.detail.status.stage() == speakup_types::status::Stage::WithAdvocate {
                <ClosureForm case={id} recorded={work.closure.clone()} on_saved={replace.clone()} />
            }
            { lists.list("issues", t("staff-work-issues"), &of(EntryKind::Issue)) }
            { lists.list("actions", t("staff-work-actions"), &of(EntryKind::Action)) }
            { lists.list("meetings", t("staff-work-meetings"), &of(EntryKind::Meeting)) }
            { lists.list("notes", t("staff-work-notes"), &of(EntryKind::Note)) }
            <EntryForm {id} on_saved={replace.clone()} />
            <h3 class="heading-s" id="updates-title">{ tf("staff-work-updates", &[("name", &name)]) }</h3>
            <p class="hint">{ t("staff-work-updates-hint") }</p>
            if work.updates.is_empty() {
                <p class="body">{ t("staff-work-none") }</p>
            } else {
                <ol class="timeline" id="updates">
                    { for work.updates.iter().map(|u| html! {
                        <li class="timeline-item">
                            <p class="timeline-when">{ dom::format_millis(u.at.timestamp_millis()) }</p>
                            <p class="body pre-wrap">{ u.body.clone() }</p>
                        </li>
                    }) }
                </ol>
            }
            <WriteUpdate {id} {name} on_sent={replace} />
        </section>
    }
}

/// What every entry of a case's lists needs: the case, which entry's form is open, and where
/// a change goes.
struct Lists {
    case: Uuid,
    editing: UseStateHandle<Option<Uuid>>,
    closed: UseStateHandle<Option<Uuid>>,
    on_change: Callback<Casework>,
}

impl Lists {
    fn list(&self, key: &'static str, heading: &'static str, entries: &[CaseEntry]) -> Html {
        html! {
            <>
                <h3 class="heading-s">{ heading }</h3>
                if entries.is_empty() {
                    <p class="body">{ t("staff-work-none") }</p>
                } else {
                    <ul class="list" id={key}>
                        { for entries.iter().map(|e| self.entry(e)) }
                    </ul>
                }
            </>
        }
    }

    fn entry(&self, e: &CaseEntry) -> Html {
        if *self.editing == Some(e.id) {
            let (editing, closed, entry) = (self.editing.clone(), self.closed.clone(), e.id);
            let on_cancel = Callback::from(move |()| {
                closed.set(Some(entry));
                editing.set(None);
            });
            return html! {
                <li class="summary-row" key={e.id.to_string()}>
                    <EntryForm id={self.case} editing={Some(e.clone())} on_saved={self.on_change.clone()} {on_cancel} />
                </li>
            };
        }
        let editing = self.editing.clone();
        let entry = e.id;
        let on_edit = Callback::from(move |()| editing.set(Some(entry)));
        let refocus = *self.closed == Some(e.id);
        html! { <Entry key={e.id.to_string()} case={self.case} entry={e.clone()} on_change={self.on_change.clone()} {on_edit} {refocus} /> }
    }
}

#[derive(Properties, PartialEq)]
struct EntryProps {
    case: Uuid,
    entry: CaseEntry,
    on_change: Callback<Casework>,
    on_edit: Callback<()>,
    /// Its form just closed, so its "Change" button takes focus again.
    refocus: bool,
}

#[component]
fn Entry(props: &EntryProps) -> Html {
    let action = use_action(Fields::Elsewhere);
    let e = &props.entry;
    let toggle = {
        let (action, case, entry, done) = (action.clone(), props.case, e.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let body = EntryChange {
                kind: Some(entry.kind),
                title: entry.title.clone(),
                details: entry.details.clone(),
                due_at: entry.due_at,
                place: entry.place.clone(),
                owner: entry.owner.clone(),
                arrangements: entry.arrangements.clone(),
                done: !entry.done,
                version: entry.version,
            };
            let done = done.clone();
            action.run(api::change_entry(case, entry.id, body, action.csrf()), move |work| done.emit(work));
        })
    };
    let arranged: Vec<&str> = e.arrangements.iter().map(|a| t(arrangement_label(*a))).collect();
    let edit_button = dom::use_focus_when((), props.refocus);
    let edit = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |_: MouseEvent| on_edit.emit(()))
    };
    html! {
        <li class="summary-row" id={format!("entry-{}", e.id)}>
            <ErrorSummary errors={action.errors()} title_id={format!("entry-{}-error-title", e.id)} />
            <p class="body"><strong>{ e.title.clone() }</strong>
                if e.done { { " " }<strong class="tag">{ t("staff-work-done") }</strong> }
            </p>
            if let Some(at) = e.due_at { <p class="body">{ dom::format_millis(at.timestamp_millis()) }</p> }
            if let Some(place) = &e.place { <p class="body">{ place.clone() }</p> }
            if let Some(owner) = &e.owner { <p class="body">{ tf("staff-work-owner-is", &[("owner", owner)]) }</p> }
            if !arranged.is_empty() { <p class="body">{ arranged.join(" · ") }</p> }
            if let Some(details) = &e.details { <p class="body pre-wrap">{ details.clone() }</p> }
            if let Some(wanted) = &e.move_wanted {
                <div class="warning" id={format!("move-wanted-{}", e.id)}>
                    <p class="warning-text"><strong>{ tf("staff-work-move-wanted", &[("date", &dom::format_millis(wanted.at.timestamp_millis()))]) }</strong></p>
                    if let Some(words) = &wanted.words {
                        <p class="warning-text pre-wrap">{ tf("staff-work-move-wanted-words", &[("words", words)]) }</p>
                    }
                </div>
            }
            <button type="button" id={format!("edit-{}", e.id)} class="button button-secondary button-small" onclick={edit} ref={edit_button}>
                { t("staff-work-edit") }<span class="visually-hidden">{ format!(" {}", e.title) }</span>
            </button>
            if e.kind == EntryKind::Action {
                <button type="button" id={format!("done-{}", e.id)} class="button button-secondary button-small" disabled={action.busy()} onclick={toggle}>
                    { t(if e.done { "staff-work-not-done" } else { "staff-work-mark-done" }) }
                    <span class="visually-hidden">{ format!(" {}", e.title) }</span>
                </button>
            }
        </li>
    }
}

/// The advocate moves the case on; pausing, or the person saying no, needs words for them.
#[component]
fn MoveOn(props: &CaseWorkProps) -> Html {
    let to = use_state(|| None::<ReferralStatus>);
    let note = use_state(String::new);
    let action = use_action(Fields::OnPage(to_field));
    let status = props.detail.status;
    if !matches!(status.stage(), speakup_types::status::Stage::WithAdvocate) {
        return html! {};
    }
    let options: Vec<(String, String)> = std::iter::once((String::new(), t("staff-work-choose-status").to_string()))
        .chain(ReferralStatus::SET_BY_ADVOCATE.iter().filter(|s| **s != status).map(|s| (s.as_str().to_string(), t(&s.label_id()).to_string())))
        .collect();
    let onsubmit = {
        let (action, to, note, id, version, done) = (action.clone(), to.clone(), note.clone(), props.detail.id, props.detail.version, props.on_change.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(target) = *to else {
                let wording = crate::i18n::wording();
                return action.refuse(vec![speakup_types::problem::FieldError::from_id("to", "error-status-required", &[], wording)]);
            };
            let body = StatusChange { to: target, note_for_person: Some(note.trim().to_string()).filter(|n| !n.is_empty()), version };
            if let Err(found) = validator::Validate::validate(&body) {
                return action.refuse(crate::i18n::field_errors(&found));
            }
            let (done, note) = (done.clone(), note.clone());
            action.run(api::move_case(id, body, action.csrf()), move |detail| {
                note.set(String::new());
                done.emit(detail);
            });
        })
    };
    let on_to = {
        let to = to.clone();
        Callback::from(move |v: String| to.set(ReferralStatus::parse(&v)))
    };
    let on_note = {
        let note = note.clone();
        Callback::from(move |v: String| note.set(v))
    };
    html! {
        <form class="form" novalidate=true {onsubmit} aria-labelledby="move-title">
            <h3 class="heading-s" id="move-title">{ t("staff-work-move-heading") }</h3>
            <ErrorSummary errors={action.errors()} title_id="move-error-title" />
            <Select id="to" label={t("staff-work-move-to")} {options} value={to.map(|s| s.as_str().to_string()).unwrap_or_default()}
                error={action.errors().inline("to")} onchange={on_to} />
            <TextArea id="note_for_person" label={t("staff-work-move-note")} hint={t("staff-work-move-note-hint")} rows={3}
                value={(*note).clone()} error={action.errors().inline("note_for_person")} oninput={on_note} />
            <button type="submit" id="move-case" class="button button-secondary" disabled={action.busy()}>{ t("staff-work-move") }</button>
        </form>
    }
}
