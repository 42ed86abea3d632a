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

}
