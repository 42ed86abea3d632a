//! What the engine is told. Every fact is optional: `None` means "not known", which
//! shows up in `missing_facts` rather than as an error.

use serde::{Deserialize, Deserializer, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    pub role: Option<Role>,
    pub age: Option<u8>,
    pub council_involved: Option<bool>,
    pub care_support_needs: Option<bool>,
    pub process: Option<Process>,
    pub difficulty: Option<Difficulty>,
    pub candidates: Option<Vec<Candidate>>,
    pub nhs_placement: Option<NhsPlacement>,
    pub disagreement_with_appropriate_individual: Option<Disagreement>,
    pub urgent_enquiry: Option<bool>,
    pub capacity: Option<Capacity>,
    pub mca_decision: Option<McaDecision>,
    pub accommodation_expected_days: Option<u32>,
    pub family_or_friend_to_consult: Option<bool>,
    pub dols_authorised: Option<bool>,
    pub unpaid_rpr_available: Option<bool>,
    pub mha: Option<Mha>,
    pub nhs_complaint: Option<bool>,
    pub needs_help_to_be_heard: Option<bool>,
    pub in_prison: Option<bool>,
    pub existing_advocate: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Person,
    AdultCarer,
    YoungCarer,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Process {
    None,
    NeedsAssessment,
    CarersAssessment,
    ChildNeedsAssessment,
    ChildCarersAssessment,
    YoungCarersAssessment,
    CareSupportPlan,
    PlanReview,
    SafeguardingEnquiry,
    SafeguardingAdultsReview,
}

/// Substantial difficulty in each of the four areas of Care Act s67(4).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Difficulty {
    pub understanding: Option<bool>,
    pub retaining: Option<bool>,
    pub weighing: Option<bool>,
    pub communicating: Option<bool>,
}

/// Someone who might be the "appropriate individual" to support the person,
/// with the four things that disqualify them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Candidate {
    pub paid_or_professional: Option<bool>,
    pub person_does_not_want: Option<bool>,
    pub unable_or_unavailable: Option<bool>,
    pub implicated_in_abuse: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlacementSetting {
    Hospital,
    CareHome,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NhsPlacement {
    pub setting: Option<PlacementSetting>,
    pub expected_days: Option<u32>,
    pub council_best_interests: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Disagreement {
    pub both_agree_advocate_helps: Option<bool>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Capacity {
    pub lacks_capacity_for_decision: Option<bool>,
    pub assessment_completed: Option<bool>,
    pub can_instruct: Option<bool>,
    pub fluctuating: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum McaDecision {
    SeriousMedicalTreatment,
    AccommodationHospital,
    AccommodationCareHome,
    CareReview,
    Safeguarding,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MhaStatus {
    None,
    Detained,
    ConditionallyDischargedRestricted,
    Guardianship,
    Cto,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mha {
    pub status: Option<MhaStatus>,
    #[serde(default, deserialize_with = "normalised_section")]
    pub section: Option<MhaSection>,
    pub considered_for_s57_or_s58a: Option<bool>,
    pub declined_before: Option<bool>,
    pub isolation_or_seclusion: Option<bool>,
}

/// A section of the Mental Health Act as the Act numbers it: `"2"`, `"5(2)"`, `"37/41"`.
/// Parsing accepts `"s5(2)"`, `"section 136"`, `"S. 3"`, spaces and any case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct MhaSection(String);

impl MhaSection {
    pub fn parse(raw: &str) -> Option<MhaSection> {
        let lower = raw.trim().to_ascii_lowercase();
        let mut rest = lower.as_str();
        for prefix in ["section", "sect.", "sect", "sec.", "sec", "s."] {
            if let Some(stripped) = rest.strip_prefix(prefix) {
                rest = stripped;
                break;
            }
        }
        if let Some(stripped) = rest.strip_prefix('s') {
            rest = stripped;
        }
        let compact: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
        let valid = !compact.is_empty()
            && compact.len() <= 12
            && compact.starts_with(|c: char| c.is_ascii_digit())
            && compact.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '(' | ')' | '/'));
        valid.then(|| MhaSection(compact.to_ascii_uppercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn normalised_section<'de, D: Deserializer<'de>>(d: D) -> Result<Option<MhaSection>, D::Error> {
    let raw: Option<String> = Option::deserialize(d)?;
    match raw {
        None => Ok(None),
        Some(text) => MhaSection::parse(&text).map(Some).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{}\" is not a section of the Mental Health Act, try \"2\", \"3\" or \"5(2)\"",
                text.chars().take(20).collect::<String>()
            ))
        }),
    }
}
