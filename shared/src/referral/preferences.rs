//! What the person would like from their advocate, and who should and should not be involved.
//! Every answer is optional: a person who says nothing gets the first suitable advocate.

use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationErrors};

use super::contact::{check_optional, line, paragraph};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AdvocateGender {
    Woman,
    Man,
    NoPreference,
}

impl AdvocateGender {
    pub const ALL: [AdvocateGender; 3] = [AdvocateGender::Woman, AdvocateGender::Man, AdvocateGender::NoPreference];

    pub fn label(self) -> &'static str {
        match self {
            AdvocateGender::Woman => "A woman",
            AdvocateGender::Man => "A man",
            AdvocateGender::NoPreference => "No preference",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            AdvocateGender::Woman => "woman",
            AdvocateGender::Man => "man",
            AdvocateGender::NoPreference => "no_preference",
        }
    }

    pub fn from_code(code: &str) -> Option<AdvocateGender> {
        AdvocateGender::ALL.into_iter().find(|g| g.code() == code)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PersonPreferences {
    pub advocate_gender: Option<AdvocateGender>,
    /// A language the advocate speaks, so no interpreter is needed.
    pub advocate_language: Option<String>,
    /// Culture or faith the advocate understands or shares.
    pub advocate_culture_or_faith: Option<String>,
    /// The advocate they had before and would like again (name, or where they worked).
    pub previous_advocate: Option<String>,
    /// Family or friends the person wants involved, and how.
    pub involve: Option<String>,
    /// People who must not be involved or told anything.
    pub do_not_involve: Option<String>,
}

impl Validate for PersonPreferences {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        for (field, value) in [
            ("advocate_language", &self.advocate_language),
            ("advocate_culture_or_faith", &self.advocate_culture_or_faith),
            ("previous_advocate", &self.previous_advocate),
        ] {
            check_optional(&mut errors, field, value.as_deref(), false, line(200), "");
        }
        for (field, value) in [("involve", &self.involve), ("do_not_involve", &self.do_not_involve)] {
            check_optional(&mut errors, field, value.as_deref(), false, paragraph(1000), "");
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

impl PersonPreferences {
    /// What they would like in an advocate, as (question, answer) for staff and check pages;
    /// unanswered questions left out.
    pub fn about_advocate(&self) -> Vec<(&'static str, String)> {
        answered(vec![
            ("Advocate's gender", self.advocate_gender.map(|g| g.label().to_string())),
            ("Advocate's language", given(&self.advocate_language)),
            ("Culture or faith", given(&self.advocate_culture_or_faith)),
            ("Advocate they had before", given(&self.previous_advocate)),
        ])
    }

    /// Who to involve and who not to, the same way.
    pub fn about_people(&self) -> Vec<(&'static str, String)> {
        answered(vec![("Involve", given(&self.involve)), ("Do not involve", given(&self.do_not_involve))])
    }
}

fn given(value: &Option<String>) -> Option<String> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_string)
}

fn answered(pairs: Vec<(&'static str, Option<String>)>) -> Vec<(&'static str, String)> {
    pairs.into_iter().filter_map(|(question, answer)| answer.map(|a| (question, a))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::field_errors;

    #[test]
    fn everything_is_optional_but_checked_when_given() {
        assert!(PersonPreferences::default().validate().is_ok());
        let preferences = PersonPreferences {
            advocate_language: Some("<b>Urdu</b>".into()),
            do_not_involve: Some("x".repeat(1001)),
            ..Default::default()
        };
        let fields: Vec<String> = field_errors(&preferences.validate().unwrap_err()).into_iter().map(|f| f.field).collect();
        assert_eq!(fields, ["advocate_language", "do_not_involve"]);
    }

    #[test]
    fn staff_see_only_what_was_answered() {
        let preferences = PersonPreferences {
            advocate_gender: Some(AdvocateGender::Woman),
            do_not_involve: Some("My brother".into()),
            involve: Some("  ".into()),
            ..Default::default()
        };
        assert_eq!(preferences.about_advocate(), [("Advocate's gender", "A woman".to_string())]);
        assert_eq!(preferences.about_people(), [("Do not involve", "My brother".to_string())]);
    }
}
