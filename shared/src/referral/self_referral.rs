//! A person asking for an advocate for themselves.

use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationError, ValidationErrors};

use super::contact::{check_optional, line, within};
use super::check_profile;
use super::{CommonReason, CommunicationNeeds, ContactPreferences, PersonPreferences, Urgency};
use crate::entitlement::Facts;
use crate::equality::EqualityMonitoring;
use crate::text;

pub const MAX_OWN_WORDS: usize = 5000;

/// A person asking for an advocate for themselves.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelfReferral {
    /// What they want help with, in their own words.
    pub help_with: String,
    /// What it is about, from the pictures; this or `help_with` is enough.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<CommonReason>,
    /// Whether anyone is in danger now or something is happening soon.
    #[serde(default)]
    pub urgency: Urgency,
    /// What they would like to be called.
    pub name: String,
    /// A town or council area, so triage knows which team can help.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lives_in: Option<String>,
    pub contact: ContactPreferences,
    #[serde(default)]
    pub communication: CommunicationNeeds,
    #[serde(default)]
    pub preferences: PersonPreferences,
    /// Optional answers that feed the entitlement engine; all may be "I don't know".
    #[serde(default)]
    pub eligibility: Facts,
    /// Optional equality monitoring; the server stores it apart from the referral.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equality: Option<EqualityMonitoring>,
}

impl Validate for SelfReferral {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        check_help_with(&mut errors, &self.help_with, &self.reasons, "error-help-with-required");
        errors.merge_self("urgency", self.urgency.validate());
        check_optional(&mut errors, "name", Some(&self.name), true, |v| within(v, 100).and_then(|_| text::single_line(v)), "error-name-required");
        check_optional(&mut errors, "lives_in", self.lives_in.as_deref(), false, line(200), "");
        errors.merge_self("contact", self.contact.validate());
        check_profile(&mut errors, &self.communication, &self.preferences, &self.eligibility, self.equality.as_ref());
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// What they need help with: their own words, which may be left out when a picture says it.
pub(crate) fn check_help_with(errors: &mut ValidationErrors, help_with: &str, reasons: &[CommonReason], missing: &'static str) {
    check_optional(errors, "help_with", Some(help_with), reasons.is_empty(), |v| {
        within(v, MAX_OWN_WORDS).and_then(|_| text::multi_line(v))
    }, missing);
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

