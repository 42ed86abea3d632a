//! How the advocate works with the person: on their instructions, or, when they cannot
//! instruct, non-instructed with a named approach and why; whether their capacity comes and
//! goes. Recorded per case from the version the advocate saw.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationErrors};

use crate::referral::{check_optional, error, paragraph};

use super::mandates::MAX_REASON;

codes! {
    /// Whether the person can tell their advocate what they want.
    Instruction {
        Instructed = "instructed",
        NonInstructed = "non_instructed",
    }
}

codes! {
    /// The approaches to non-instructed advocacy, often used together.
    Approach {
        PersonCentred = "person_centred",
        RightsBased = "rights_based",
        WatchingBrief = "watching_brief",
        Witness = "witness",
    }
}

/// Recording or changing the way of working: `PUT /referrals/{id}/way-of-working`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WayOfWorkingChange {
    pub instruction: Instruction,
    #[serde(default)]
    pub approaches: Vec<Approach>,
    /// Why: the reason for working non-instructed, or anything the team should know.
    #[serde(default)]
    pub why: Option<String>,
    #[serde(default)]
    pub fluctuating_capacity: bool,
    /// When it tends to be better or worse, and what helps.
    #[serde(default)]
    pub fluctuating_note: Option<String>,
    /// 0 when nothing was recorded yet.
    pub version: i64,
}

impl Validate for WayOfWorkingChange {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let non_instructed = self.instruction == Instruction::NonInstructed;
        if non_instructed && self.approaches.is_empty() {
            errors.add("approaches", error("required", "error-approach-required"));
        }
        if !non_instructed && !self.approaches.is_empty() {
            errors.add("approaches", error("instructed", "error-approach-instructed"));
        }
        check_optional(&mut errors, "why", self.why.as_deref(), non_instructed, paragraph(MAX_REASON), "error-approach-why-required");
        check_optional(&mut errors, "fluctuating_note", self.fluctuating_note.as_deref(), false, paragraph(MAX_REASON), "");
        if !self.fluctuating_capacity && self.fluctuating_note.as_deref().is_some_and(|n| !n.trim().is_empty()) {
            errors.add("fluctuating_note", error("not_fluctuating", "error-fluctuating-note-alone"));
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// The way of working as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WayOfWorking {
    pub instruction: Instruction,
    pub approaches: Vec<Approach>,
    pub why: Option<String>,
    pub fluctuating_capacity: bool,
    pub fluctuating_note: Option<String>,
    pub version: i64,
    pub recorded_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn non_instructed() -> WayOfWorkingChange {
        WayOfWorkingChange {
            instruction: Instruction::NonInstructed,
            approaches: vec![Approach::RightsBased, Approach::WatchingBrief],
            why: Some("She cannot tell us what she wants about the move.".into()),
            fluctuating_capacity: true,
            fluctuating_note: Some("Clearer in the mornings.".into()),
            version: 0,
        }
    }

    fn fields(change: WayOfWorkingChange) -> Vec<String> {
        let mut found: Vec<String> = change.validate().err().map(|e| e.field_errors().keys().map(|k| k.to_string()).collect()).unwrap_or_default();
        found.sort();
        found
    }

    #[test]
    fn non_instructed_work_names_its_approach_and_why() {
        assert!(fields(non_instructed()).is_empty());
        assert_eq!(fields(WayOfWorkingChange { approaches: vec![], why: None, ..non_instructed() }), ["approaches", "why"]);
    }

    #[test]
    fn instructed_work_has_no_approach_and_a_note_needs_fluctuating_capacity() {
        let instructed = WayOfWorkingChange { instruction: Instruction::Instructed, approaches: vec![], why: None, ..non_instructed() };
        assert!(fields(instructed.clone()).is_empty());
        assert_eq!(fields(WayOfWorkingChange { approaches: vec![Approach::Witness], ..instructed.clone() }), ["approaches"]);
        assert_eq!(fields(WayOfWorkingChange { fluctuating_capacity: false, ..instructed }), ["fluctuating_note"]);
    }
}
