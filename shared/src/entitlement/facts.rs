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
        let valid = match compact.split_once('/') {
            Some((first, second)) => is_section_part(first) && is_section_part(second),
            None => is_section_part(&compact),
        };
        valid.then(|| MhaSection(compact.to_ascii_uppercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One reference as the Act writes it: a number (no leading zero), an optional letter as
/// in "58A", and an optional subsection in brackets as in "5(2)". Anything looser would
/// let typing slips such as "5)2(" through as if they were sections.
fn is_section_part(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 || text.starts_with('0') {
        return false;
    }
    let mut rest = &text[digits..];
    if let Some(after_letter) = rest.strip_prefix(|c: char| c.is_ascii_lowercase()) {
        rest = after_letter;
    }
    if rest.is_empty() {
        return true;
    }
    match rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        Some(sub) => (1..=2).contains(&sub.len()) && sub.bytes().all(|b| b.is_ascii_digit()),
        None => false,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(raw: &str) -> Option<String> {
        MhaSection::parse(raw).map(|s| s.as_str().to_owned())
    }

    #[test]
    fn sections_are_normalised_to_the_acts_numbering() {
        let cases = [
            ("2", "2"),
            ("3", "3"),
            ("s5(2)", "5(2)"),
            ("S5(4)", "5(4)"),
            ("section 136", "136"),
            ("Section 135", "135"),
            ("SECTION 3", "3"),
            ("S 3", "3"),
            ("S. 3", "3"),
            ("s.37", "37"),
            ("sec 4", "4"),
            ("sect. 2", "2"),
            ("37/41", "37/41"),
            (" s 37 / 41 ", "37/41"),
            ("section 5 (2)", "5(2)"),
            ("s58a", "58A"),
            ("47/49", "47/49"),
            ("135(1)", "135(1)"),
        ];
        for (raw, expected) in cases {
            assert_eq!(parsed(raw).as_deref(), Some(expected), "{raw:?}");
        }
    }

    #[test]
    fn things_that_are_not_sections_are_refused() {
        for raw in [
            "",
            " ",
            "s",
            "section",
            "abc",
            "5)2(",
            "5(",
            "5()",
            "5(2",
            "(2)",
            "0",
            "03",
            "1234",
            "5(123)",
            "37/",
            "/41",
            "37/41/2",
            "5(2)x",
            "5ab",
            "3 months",
            "s-3",
            "\u{00e9}3",
            "3\u{00e9}",
        ] {
            assert_eq!(parsed(raw), None, "{raw:?}");
        }
    }

    #[test]
    fn sections_in_json_are_normalised_and_bad_ones_are_refused() {
        let mha: Mha = serde_json::from_str(r#"{ "section": "Section 5 (2)" }"#).unwrap();
        assert_eq!(mha.section.as_ref().map(MhaSection::as_str), Some("5(2)"));
        assert_eq!(serde_json::to_string(&mha.section).unwrap(), r#""5(2)""#);

        let unknown: Mha = serde_json::from_str(r#"{ "section": null }"#).unwrap();
        assert_eq!(unknown.section, None);

        let error = serde_json::from_str::<Mha>(r#"{ "section": "five" }"#).unwrap_err();
        assert!(error.to_string().contains("not a section"), "{error}");
    }
}
