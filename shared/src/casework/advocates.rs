//! Areas, the qualification catalogue and advocates' profiles.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::{Validate, ValidationErrors};

use crate::entitlement::Advocacy;
use crate::referral::{check_optional, error, line};

use super::required_line;

/// The longest name of an area, a qualification, a language or a culture.
pub const MAX_NAME: usize = 100;
/// At most this many languages, areas, settings or qualifications on one profile.
pub const MAX_LIST: usize = 30;
pub const MAX_CASELOAD: u32 = 200;

codes! {
    /// Where an advocate works: the settings they visit.
    Setting {
        Community = "community",
        CareHome = "care_home",
        Hospital = "hospital",
        MentalHealthWard = "mental_health_ward",
        SupportedLiving = "supported_living",
        Prison = "prison",
    }
}

codes! {
    /// The provider's own lists: the council areas it works for, the qualifications an
    /// advocate can hold, and the steps of its path for escalating a safeguarding concern the
    /// council has not answered (in the order they were added).
    CatalogueKind {
        Area = "area",
        Qualification = "qualification",
        EscalationStep = "escalation_step",
    }
}

codes! {
    /// An advocate's gender, as they say it, if they choose to.
    Gender {
        Woman = "woman",
        Man = "man",
        NonBinary = "non_binary",
    }
}

/// A council area the provider works in, or a qualification in its catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Named {
    pub id: Uuid,
    pub name: String,
    /// Retired entries stay on old cases and profiles but are not offered for new ones.
    pub active: bool,
}

/// Adding or renaming an area or a qualification, or retiring it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameChange {
    pub name: String,
    #[serde(default = "yes")]
    pub active: bool,
}

fn yes() -> bool {
    true
}

impl Validate for NameChange {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        required_line(&mut errors, "name", &self.name, MAX_NAME, "error-list-name-required");
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// What an advocate says about themselves. Gender and culture or faith are optional and
/// self-declared: they are used only to meet a person's request for an advocate like them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AboutMe {
    /// As the person will see it on their tracking page.
    pub first_name: String,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub gender: Option<Gender>,
    #[serde(default)]
    pub culture_or_faith: Option<String>,
    /// The profile's version this change was made from; 0 for a new profile.
    #[serde(default)]
    pub version: i64,
}

impl Validate for AboutMe {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        required_line(&mut errors, "first_name", &self.first_name, 60, "error-first-name-required");
        if self.languages.len() > MAX_LIST {
            errors.add("languages", error("length", "error-too-many"));
        }
        for language in &self.languages {
            if let Err(e) = line(MAX_NAME)(language.trim()) {
                errors.add("languages", e);
            }
        }
        check_optional(&mut errors, "culture_or_faith", self.culture_or_faith.as_deref(), false, line(MAX_NAME), "");
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// What a manager records about an advocate's work.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdvocateWork {
    #[serde(default)]
    pub advocacy: Vec<Advocacy>,
    #[serde(default)]
    pub qualifications: Vec<Uuid>,
    #[serde(default)]
    pub areas: Vec<Uuid>,
    #[serde(default)]
    pub settings: Vec<Setting>,
    pub caseload_limit: u32,
    pub taking_cases: bool,
    /// The profile's version this change was made from.
    pub version: i64,
}

impl Validate for AdvocateWork {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if self.caseload_limit == 0 || self.caseload_limit > MAX_CASELOAD {
            errors.add("caseload_limit", error("range", "error-caseload-limit"));
        }
        if self.taking_cases && self.advocacy.is_empty() {
            errors.add("advocacy", error("required", "error-advocacy-types-required"));
        }
        if self.qualifications.len() > MAX_LIST || self.areas.len() > MAX_LIST {
            errors.add("qualifications", error("length", "error-too-many"));
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// An advocate's whole profile, with how many open cases they hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdvocateProfile {
    pub account_id: Uuid,
    pub first_name: String,
    pub languages: Vec<String>,
    pub gender: Option<Gender>,
    pub culture_or_faith: Option<String>,
    pub advocacy: Vec<Advocacy>,
    pub qualifications: Vec<Uuid>,
    pub areas: Vec<Uuid>,
    pub settings: Vec<Setting>,
    pub caseload_limit: u32,
    pub taking_cases: bool,
    pub open_cases: u32,
    /// Across their open cases, in the managers' list: meetings and actions due in the next
    /// seven days, and actions already late.
    #[serde(default)]
    pub due_this_week: u32,
    #[serde(default)]
    pub overdue: u32,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
}

impl AdvocateProfile {
    /// The profile an advocate starts from before they first save it.
    pub fn new(account_id: Uuid, first_name: String, now: DateTime<Utc>) -> AdvocateProfile {
        AdvocateProfile {
            account_id,
            first_name,
            languages: Vec::new(),
            gender: None,
            culture_or_faith: None,
            advocacy: Vec::new(),
            qualifications: Vec::new(),
            areas: Vec::new(),
            settings: Vec::new(),
            caseload_limit: 20,
            taking_cases: false,
            open_cases: 0,
            due_this_week: 0,
            overdue: 0,
            version: 0,
            updated_at: now,
        }
    }

    pub fn about_me(&self) -> AboutMe {
        AboutMe {
            first_name: self.first_name.clone(),
            languages: self.languages.clone(),
            gender: self.gender,
            culture_or_faith: self.culture_or_faith.clone(),
            version: self.version,
        }
    }

    pub fn work(&self) -> AdvocateWork {
        AdvocateWork {
            advocacy: self.advocacy.clone(),
            qualifications: self.qualifications.clone(),
            areas: self.areas.clone(),
            settings: self.settings.clone(),
            caseload_limit: self.caseload_limit,
            taking_cases: self.taking_cases,
            version: self.version,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::field_errors;

    fn fields(errors: ValidationErrors) -> Vec<(String, String)> {
        field_errors(&errors).into_iter().map(|f| (f.field, f.message)).collect()
    }

    #[test]
    fn about_me_needs_a_first_name_and_one_line_answers() {
        let blank = AboutMe { first_name: "  ".into(), languages: vec!["Welsh\nEnglish".into()], ..AboutMe::default() };
        let found = fields(blank.validate().unwrap_err());
        assert_eq!(found[0], ("first_name".into(), "Enter your first name".into()));
        assert_eq!(found[1].0, "languages");
        assert!(AboutMe { first_name: "Sam".into(), languages: vec!["Urdu".into()], ..AboutMe::default() }.validate().is_ok());
    }

    #[test]
    fn an_advocate_taking_cases_says_which_advocacy() {
        let work = AdvocateWork { caseload_limit: 0, taking_cases: true, ..AdvocateWork::default() };
        let found: Vec<String> = fields(work.validate().unwrap_err()).into_iter().map(|f| f.0).collect();
        assert_eq!(found, ["advocacy", "caseload_limit"]);
        let fine = AdvocateWork { advocacy: vec![Advocacy::Imca], caseload_limit: 15, taking_cases: true, ..AdvocateWork::default() };
        assert!(fine.validate().is_ok());
    }
}
