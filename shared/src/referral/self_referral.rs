//! A person asking for an advocate for themselves.

use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationError, ValidationErrors};

use super::{CommunicationNeeds, ContactPreferences, PersonPreferences};
use crate::entitlement::Facts;
use crate::equality::EqualityMonitoring;
use crate::text;

pub const MAX_OWN_WORDS: usize = 5000;

/// A person asking for an advocate for themselves.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct SelfReferral {
    /// What they want help with, in their own words.
    #[validate(
        custom(function = "help_with_given"),
        length(max = 5000, message = "error-too-long"),
        custom(function = "text::multi_line")
    )]
    pub help_with: String,
    /// What they would like to be called.
    #[validate(
        custom(function = "name_given"),
        length(max = 100, message = "error-too-long"),
        custom(function = "text::single_line")
    )]
    pub name: String,
    #[validate(nested)]
    pub contact: ContactPreferences,
    #[validate(nested)]
    #[serde(default)]
    pub communication: CommunicationNeeds,
    #[validate(nested)]
    #[serde(default)]
    pub preferences: PersonPreferences,
    /// Optional answers that feed the entitlement engine; all may be "I don't know".
    #[validate(nested)]
    #[serde(default)]
    pub eligibility: Facts,
    /// Optional equality monitoring; the server stores it apart from the referral.
    #[validate(nested)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equality: Option<EqualityMonitoring>,
}

fn help_with_given(text: &str) -> Result<(), ValidationError> {
    text::required(text, "error-help-with-required")
}

fn name_given(text: &str) -> Result<(), ValidationError> {
    text::required(text, "error-name-required")
}


/// Facts are all optional and typed, so little can be wrong; an age over 120 is a typo.
impl Validate for Facts {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if self.age.is_some_and(|age| age > 120) {
            let mut error = ValidationError::new("range");
            error.message = Some("error-age-range".into());
            errors.add("age", error);
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

