//! What the provider's managers and commissioners read: the feedback addressed to them, its
//! themes, their replies, and counts of everything.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::{Validate, ValidationErrors};

use super::conversation::check_body;
use super::{error, line, Author, Question, Rating, Reader, Sender};

/// The inbox's filters, from the address's query. Every filter is optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedbackFilter {
    pub theme: Option<Uuid>,
    pub sender: Option<Sender>,
    /// Given on or after this day.
    pub from: Option<NaiveDate>,
    /// Given on or before this day.
    pub to: Option<NaiveDate>,
    /// Overall rating, 1 to 5.
    pub overall: Option<u8>,
    /// Hidden feedback is left out unless asked for.
    #[serde(default)]
    pub hidden: bool,
    pub page: Option<u32>,
    pub per_page: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    pub id: Uuid,
    pub name: String,
    /// A retired theme stays on what it tags but is not offered for new tags.
    pub active: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewTheme {
    pub name: String,
}

impl Validate for NewTheme {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let name = self.name.trim();
        if name.is_empty() {
            errors.add("name", error("required", "error-theme-name-required"));
        } else if line(60)(name).is_err() {
            errors.add("name", error("theme", "error-theme-name"));
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// Retire a theme, or bring it back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct ThemeActive {
    pub active: bool,
}

/// The themes a piece of feedback is tagged with (all of them: what is not listed is untagged).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct SetThemes {
    pub themes: Vec<Uuid>,
}

/// Hide abusive feedback (it is kept, with who hid it), or show it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct SetHidden {
    pub hidden: bool,
}

/// A reply, for the sender to read with their receipt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    pub body: String,
}

impl Validate for Reply {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        check_body(&mut errors, &self.body);
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// One line of the inbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedbackItem {
    pub id: Uuid,
    pub sender: Sender,
    pub given_on: NaiveDate,
    pub overall: Option<Rating>,
    /// The start of the comments; none while hidden.
    pub excerpt: Option<String>,
    pub themes: Vec<Theme>,
    pub hidden: bool,
    /// The sender wrote last and waits for an answer.
    pub awaiting_reply: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hidden {
    pub by: Uuid,
    pub on: NaiveDate,
}

codes! {
    /// What staff did to feedback besides replying.
    FeedbackAction {
        Hidden = "hidden",
        Shown = "shown",
    }
}

/// One thing staff did, with who and on which day: the feedback's history, kept for good.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionTaken {
    pub action: FeedbackAction,
    pub by: Uuid,
    pub on: NaiveDate,
}

/// A message as staff see it: with who on the staff side wrote it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffMessage {
    pub author: Author,
    pub body: String,
    pub on: NaiveDate,
    pub by: Option<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedbackDetail {
    pub id: Uuid,
    pub sender: Sender,
    pub reader: Reader,
    pub given_on: NaiveDate,
    /// The language it was given in, and replies should be written in (a code such as `cy`).
    pub language: String,
    pub answers: Vec<(Question, Rating)>,
    pub overall: Option<Rating>,
    pub comments: Option<String>,
    /// A referral's reference, when the sender chose to link it.
    pub reference: Option<String>,
    pub themes: Vec<Theme>,
    pub hidden: Option<Hidden>,
    /// Every time it was hidden or shown again.
    pub actions: Vec<ActionTaken>,
    /// The sender kept a receipt, so a reply can reach them.
    pub can_reply: bool,
    pub messages: Vec<StaffMessage>,
}

/// A count of something.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Count<T> {
    pub of: T,
    pub count: u64,
}

/// Counts across all feedback, whoever it was for: the only view either side has of what
/// was addressed to the other.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedbackSummary {
    pub by_reader: Vec<Count<Reader>>,
    pub by_sender: Vec<Count<Sender>>,
    pub by_overall: Vec<Count<u8>>,
    pub by_theme: Vec<Count<Theme>>,
    /// How many raised collective issues each theme tags: issues are public, so either side
    /// may see these.
    pub issues_by_theme: Vec<Count<Theme>>,
}
