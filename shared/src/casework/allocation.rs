//! Giving a case its named advocate: suggestions with their reasons, and the allocation.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::{Validate, ValidationErrors};

use crate::referral::{check_optional, paragraph};

use super::mandates::MAX_REASON;

codes! {
    /// Why an advocate is suggested for a case, or where they fall short. Shown to the
    /// manager beside each suggestion, strongest first.
    Fit {
        AdvocateBefore = "advocate_before",
        QualifiedForAll = "qualified_for_all",
        NotQualifiedForAll = "not_qualified_for_all",
        SpeaksLanguage = "speaks_language",
        LanguageNotSpoken = "language_not_spoken",
        GenderAsAsked = "gender_as_asked",
        GenderNotAsAsked = "gender_not_as_asked",
        CultureAsAsked = "culture_as_asked",
        CultureNotKnown = "culture_not_known",
        CoversArea = "covers_area",
        OutsideArea = "outside_area",
        HasRoom = "has_room",
        CaseloadFull = "caseload_full",
    }
}

impl Fit {
    /// Whether this is something the person asked for and will not get.
    pub fn unmet_preference(self) -> bool {
        matches!(self, Fit::LanguageNotSpoken | Fit::GenderNotAsAsked | Fit::CultureNotKnown)
    }

    /// Whether it counts against the advocate.
    pub fn is_gap(self) -> bool {
        self.unmet_preference() || matches!(self, Fit::NotQualifiedForAll | Fit::OutsideArea | Fit::CaseloadFull)
    }

    /// `staff-fit-<code>` in staff.ftl.
    pub fn label_id(self) -> String {
        crate::words::id("staff-fit", self.code(), "label")
    }
}

/// An advocate suggested for a case, best first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuggestedAdvocate {
    pub account_id: Uuid,
    pub first_name: String,
    pub open_cases: u32,
    pub caseload_limit: u32,
    /// What fits and what does not, strongest first.
    pub fits: Vec<Fit>,
}

impl SuggestedAdvocate {
    /// The person's wishes this advocate would not meet: each needs a word to the person.
    pub fn unmet_preferences(&self) -> Vec<Fit> {
        self.fits.iter().copied().filter(|f| f.unmet_preference()).collect()
    }
}

/// Giving a case to an advocate: `POST /referrals/{id}/allocation`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allocate {
    pub advocate_id: Uuid,
    /// The case's version the manager was looking at: a change since then is refused.
    pub version: i64,
    /// For the next advocate, so the person need not tell their story again.
    #[serde(default)]
    pub handover_note: Option<String>,
    /// Why something the person asked for (an advocate who speaks their language, a woman,
    /// someone of their culture or faith) could not be met, written kindly for the person.
    #[serde(default)]
    pub preference_note: Option<String>,
}

impl Validate for Allocate {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        check_optional(&mut errors, "handover_note", self.handover_note.as_deref(), false, paragraph(MAX_REASON), "");
        check_optional(&mut errors, "preference_note", self.preference_note.as_deref(), false, paragraph(MAX_REASON), "");
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// Every open case of an advocate who is leaving (or away) handed over to another:
/// `POST /advocates/{id}/handover`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HandOverAll {
    pub to: Uuid,
    /// For the next advocate, kept with each case's allocation.
    #[serde(default)]
    pub handover_note: Option<String>,
}

impl Validate for HandOverAll {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        check_optional(&mut errors, "handover_note", self.handover_note.as_deref(), false, paragraph(MAX_REASON), "");
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// How many cases a handover moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandedOver {
    pub moved: u32,
}

/// A second advocate a manager shared the case with: they see and work it beside the named
/// advocate, until the manager stops sharing or the case gets a new named advocate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseShare {
    pub advocate_id: Uuid,
    pub first_name: String,
    pub shared_at: DateTime<Utc>,
}

/// Sharing a case, or stopping, from the version the manager saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct ShareChange {
    pub version: i64,
}

/// One advocate a case has had.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AllocationEntry {
    pub advocate_id: Uuid,
    pub first_name: String,
    pub allocated_at: DateTime<Utc>,
    pub allocated_by: Uuid,
    pub handover_note: Option<String>,
    pub preference_note: Option<String>,
    pub ended_at: Option<DateTime<Utc>>,
}
