//! The work on a case: issues, actions, meetings and internal notes, kept strictly apart from
//! the updates written for the person. Only updates and a meeting's when, where and
//! arrangements ever reach the person's tracking page.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::{Validate, ValidationErrors};

use crate::referral::{check_optional, error, line, paragraph, TrackRequest};
use crate::status::ReferralStatus;

use super::required_line;

/// The longest title, place or owner.
pub const MAX_TITLE: usize = 200;
/// The longest details, note or update.
pub const MAX_BODY: usize = 4000;

codes! {
    EntryKind {
        Issue = "issue",
        Action = "action",
        Meeting = "meeting",
        Note = "note",
    }
}

codes! {
    /// What has been arranged for a meeting.
    MeetingArrangement {
        AccessibleVenue = "accessible_venue",
        InterpreterBooked = "interpreter_booked",
        PreparationDone = "preparation_done",
        MoveAsked = "move_asked",
    }
}

/// One entry of a case's work, as the team sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseEntry {
    pub id: Uuid,
    pub kind: EntryKind,
    pub title: String,
    pub details: Option<String>,
    /// When a meeting is, or when an action is due.
    pub due_at: Option<DateTime<Utc>>,
    /// Where a meeting is.
    pub place: Option<String>,
    /// Who does an action.
    pub owner: Option<String>,
    pub arrangements: Vec<MeetingArrangement>,
    pub done: bool,
    pub author: Uuid,
    pub created_at: DateTime<Utc>,
    pub version: i64,
    /// The person asked from their tracking page for this meeting to move; cleared when the
    /// team next saves the meeting.
    #[serde(default)]
    pub move_wanted: Option<MoveWanted>,
}

/// The person's request to move a meeting, as the team reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoveWanted {
    pub at: DateTime<Utc>,
    /// What would suit them better, in their own words; they need not say.
    pub words: Option<String>,
}

/// The longest a person's words about moving a meeting may be.
pub const MAX_MOVE_WORDS: usize = 1000;

/// From the tracking page, with the same reference and code: please move my next meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MoveMeetingRequest {
    #[serde(flatten)]
    pub track: TrackRequest,
    #[serde(default)]
    pub words: Option<String>,
}

impl Validate for MoveMeetingRequest {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = self.track.validate().err().unwrap_or_default();
        check_optional(&mut errors, "words", self.words.as_deref(), false, paragraph(MAX_MOVE_WORDS), "");
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// A new entry, or a change to one (`version` is the one changed from; 0 for a new one).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryChange {
    pub kind: Option<EntryKind>,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub details: Option<String>,
    #[serde(default)]
    pub due_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub owner: Option<String>,
    #[serde(default)]
    pub arrangements: Vec<MeetingArrangement>,
    #[serde(default)]
    pub done: bool,
    #[serde(default)]
    pub version: i64,
}

impl Validate for EntryChange {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if self.kind.is_none() {
            errors.add("kind", error("required", "error-entry-kind-required"));
        }
        required_line(&mut errors, "title", &self.title, MAX_TITLE, "error-entry-title-required");
        check_optional(&mut errors, "details", self.details.as_deref(), false, paragraph(MAX_BODY), "");
        let meeting = self.kind == Some(EntryKind::Meeting);
        if meeting && self.due_at.is_none() {
            errors.add("due_at", error("required", "error-meeting-when-required"));
        }
        check_optional(&mut errors, "place", self.place.as_deref(), meeting, line(MAX_TITLE), "error-meeting-place-required");
        check_optional(&mut errors, "owner", self.owner.as_deref(), false, line(MAX_TITLE), "");
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// Words written for the person, which they read when they track their referral.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonUpdate {
    pub id: Uuid,
    pub body: String,
    pub at: DateTime<Utc>,
    pub author: Uuid,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewPersonUpdate {
    pub body: String,
}

impl Validate for NewPersonUpdate {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        check_optional(&mut errors, "body", Some(&self.body), true, paragraph(MAX_BODY), "error-update-required");
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// Everything worked on a case, for the team.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Casework {
    pub entries: Vec<CaseEntry>,
    pub updates: Vec<PersonUpdate>,
    /// How the advocate works with the person, once recorded.
    #[serde(default)]
    pub way_of_working: Option<super::WayOfWorking>,
    /// What the person wants to happen, oldest first.
    #[serde(default)]
    pub outcomes: Vec<super::DesiredOutcome>,
    /// Safeguarding concerns raised or recorded, oldest first.
    #[serde(default)]
    pub concerns: Vec<super::SafeguardingConcern>,
    /// What is known at the close, once anything is.
    #[serde(default)]
    pub closure: Option<super::Closure>,
}

/// Moving a case on: `POST /referrals/{id}/status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    pub to: ReferralStatus,
    /// Why, written for the person (needed for a pause or when they said no).
    #[serde(default)]
    pub note_for_person: Option<String>,
    pub version: i64,
}

impl Validate for StatusChange {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if !ReferralStatus::SET_BY_ADVOCATE.contains(&self.to) {
            errors.add("to", error("status", "error-status-not-settable"));
        }
        let reason_needed = matches!(self.to, ReferralStatus::OnHold | ReferralStatus::Withdrawn);
        check_optional(&mut errors, "note_for_person", self.note_for_person.as_deref(), reason_needed, paragraph(MAX_BODY), "error-status-note-required");
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// An update as the person reads it: the words and when, never who on the team wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateForPerson {
    pub at: DateTime<Utc>,
    pub body: String,
}

/// A meeting as the person sees it: when, where and what is arranged; never its notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingForPerson {
    pub at: DateTime<Utc>,
    pub place: String,
    pub arrangements: Vec<MeetingArrangement>,
    /// When the person asked for it to move, until the team saves the meeting again.
    #[serde(default)]
    pub move_wanted: Option<DateTime<Utc>>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::field_errors;

    fn fields(errors: ValidationErrors) -> Vec<String> {
        field_errors(&errors).into_iter().map(|f| f.field).collect()
    }

    #[test]
    fn a_meeting_needs_a_time_and_a_place() {
        let meeting = EntryChange { kind: Some(EntryKind::Meeting), title: "Review meeting".into(), ..EntryChange::default() };
        assert_eq!(fields(meeting.validate().unwrap_err()), ["due_at", "place"]);
        let issue = EntryChange { kind: Some(EntryKind::Issue), title: "Moving home".into(), ..EntryChange::default() };
        assert!(issue.validate().is_ok());
        assert_eq!(fields(EntryChange::default().validate().unwrap_err()), ["kind", "title"]);
    }

    #[test]
    fn only_the_advocate_s_statuses_and_a_reason_for_a_pause() {
        let pause = StatusChange { to: ReferralStatus::OnHold, note_for_person: None, version: 3 };
        assert_eq!(fields(pause.validate().unwrap_err()), ["note_for_person"]);
        let jump = StatusChange { to: ReferralStatus::Accepted, note_for_person: None, version: 3 };
        assert_eq!(fields(jump.validate().unwrap_err()), ["to"]);
        assert!(StatusChange { to: ReferralStatus::Working, note_for_person: None, version: 3 }.validate().is_ok());
    }

    #[test]
    fn asking_to_move_a_meeting_needs_the_code_and_at_most_a_short_message() {
        let track = TrackRequest { reference: "SU-ABCD-EFGH".into(), tracking_code: "apple river stone cloud".into() };
        let quiet = MoveMeetingRequest { track: track.clone(), words: None };
        assert!(quiet.validate().is_ok(), "they need not say why");
        let long = MoveMeetingRequest { track: track.clone(), words: Some("a".repeat(MAX_MOVE_WORDS + 1)) };
        assert_eq!(fields(long.validate().unwrap_err()), ["words"]);
        let blank = MoveMeetingRequest { track: TrackRequest { tracking_code: String::new(), ..track }, words: Some("Mornings".into()) };
        assert_eq!(fields(blank.validate().unwrap_err()), ["tracking_code"]);
    }
}
