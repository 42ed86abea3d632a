//! Referrals as the PWA sends them and as people and staff read them back.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::{Validate, ValidationError, ValidationErrors};

use crate::entitlement::{Assessment, Facts};
use crate::status::ReferralStatus;
use crate::text;

pub const MAX_OWN_WORDS: usize = 5000;

/// A person asking for an advocate for themselves.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct SelfReferral {
    /// What they want help with, in their own words.
    #[validate(
        custom(function = "help_with_given"),
        length(max = 5000, message = "Use 5000 characters or fewer"),
        custom(function = "text::multi_line")
    )]
    pub help_with: String,
    /// What they would like to be called.
    #[validate(
        custom(function = "name_given"),
        length(max = 100, message = "Use 100 characters or fewer"),
        custom(function = "text::single_line")
    )]
    pub name: String,
    #[validate(nested)]
    pub contact: ContactPreferences,
    #[validate(nested)]
    #[serde(default)]
    pub communication: CommunicationNeeds,
    /// Optional answers that feed the entitlement engine; all may be "I don't know".
    #[validate(nested)]
    #[serde(default)]
    pub eligibility: Facts,
}

fn help_with_given(text: &str) -> Result<(), ValidationError> {
    text::required(text, "Tell us what you would like help with")
}

fn name_given(text: &str) -> Result<(), ValidationError> {
    text::required(text, "Tell us what we should call you")
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactMethod {
    #[default]
    Phone,
    Text,
    Email,
    Letter,
}

impl ContactMethod {
    pub const ALL: [ContactMethod; 4] =
        [ContactMethod::Phone, ContactMethod::Text, ContactMethod::Email, ContactMethod::Letter];

    pub fn label(self) -> &'static str {
        match self {
            ContactMethod::Phone => "Phone call",
            ContactMethod::Text => "Text message",
            ContactMethod::Email => "Email",
            ContactMethod::Letter => "Letter",
        }
    }
}

/// How to reach the person, and whether it is safe to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactPreferences {
    pub method: ContactMethod,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
    /// Is it safe to leave a voicemail or a message with whoever answers? `None`: not said.
    #[serde(default)]
    pub safe_to_leave_message: Option<bool>,
    /// When it is safe to contact them, in their words ("weekday mornings").
    #[serde(default)]
    pub safe_times: Option<String>,
}

impl Validate for ContactPreferences {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let needs_phone = matches!(self.method, ContactMethod::Phone | ContactMethod::Text);
        check_optional(&mut errors, "phone", self.phone.as_deref(), needs_phone, |v| {
            text::phone_number(v)
        }, "Enter a phone number so we can contact you");
        check_optional(&mut errors, "email", self.email.as_deref(), self.method == ContactMethod::Email, |v| {
            text::email_address(v)
        }, "Enter an email address so we can contact you");
        check_optional(&mut errors, "address", self.address.as_deref(), self.method == ContactMethod::Letter, |v| {
            within(v, 500).and_then(|_| text::multi_line(v))
        }, "Enter an address so we can write to you");
        check_optional(&mut errors, "safe_times", self.safe_times.as_deref(), false, |v| {
            within(v, 200).and_then(|_| text::single_line(v))
        }, "");
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// Communication needs, following the NHS Accessible Information Standard.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CommunicationNeeds {
    /// The language they would like us to use, in their words ("Polish", "Cymraeg").
    pub language: Option<String>,
    pub interpreter: bool,
    pub bsl: bool,
    pub easy_read: bool,
    pub large_print: bool,
    pub audio: bool,
    /// Anything else that helps ("please speak slowly").
    pub other: Option<String>,
}

impl Validate for CommunicationNeeds {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        check_optional(&mut errors, "language", self.language.as_deref(), self.interpreter, |v| {
            within(v, 60).and_then(|_| text::single_line(v))
        }, "Tell us which language the interpreter should speak");
        check_optional(&mut errors, "other", self.other.as_deref(), false, |v| {
            within(v, 1000).and_then(|_| text::multi_line(v))
        }, "");
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

impl CommunicationNeeds {
    /// The needs as short labels, for staff screens.
    pub fn labels(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(language) = self.language.as_deref().filter(|l| !l.trim().is_empty()) {
            out.push(format!("Language: {language}"));
        }
        for (on, label) in [
            (self.interpreter, "Needs an interpreter"),
            (self.bsl, "British Sign Language"),
            (self.easy_read, "Easy Read"),
            (self.large_print, "Large print"),
            (self.audio, "Audio"),
        ] {
            if on {
                out.push(label.to_string());
            }
        }
        if let Some(other) = self.other.as_deref().filter(|o| !o.trim().is_empty()) {
            out.push(format!("Other: {other}"));
        }
        out
    }
}

fn within(value: &str, max: usize) -> Result<(), ValidationError> {
    if value.chars().count() > max {
        let mut e = ValidationError::new("length");
        e.message = Some(format!("Use {max} characters or fewer").into());
        return Err(e);
    }
    Ok(())
}

/// An optional answer that becomes required in some cases. Blank counts as missing.
fn check_optional(
    errors: &mut ValidationErrors,
    field: &'static str,
    value: Option<&str>,
    required: bool,
    rule: impl Fn(&str) -> Result<(), ValidationError>,
    missing_message: &'static str,
) {
    match value.filter(|v| !v.trim().is_empty()) {
        Some(v) => {
            if let Err(e) = rule(v.trim()) {
                errors.add(field, e);
            }
        }
        None if required => {
            let mut e = ValidationError::new("required");
            e.message = Some(missing_message.into());
            errors.add(field, e);
        }
        None => {}
    }
}

/// What the person gets back once, and only once, after submitting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Submitted {
    /// The public reference, e.g. `SU-4K7P-M2QX`. Not secret on its own.
    pub reference: String,
    /// The secret tracking code: a few common words. Never shown again.
    pub tracking_code: String,
    pub status: ReferralStatus,
    pub status_text: String,
    /// What the engine indicated from their answers; staff will confirm.
    pub assessment: Assessment,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
pub struct TrackRequest {
    #[validate(length(min = 1, max = 40, message = "Enter your reference, like SU-4K7P-M2QX"))]
    pub reference: String,
    #[validate(length(min = 1, max = 120, message = "Enter your tracking code"))]
    pub tracking_code: String,
}

/// What a person tracking a referral may see: status texts, never internal notes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrackedReferral {
    pub reference: String,
    pub status: ReferralStatus,
    pub status_text: String,
    pub history: Vec<StatusEvent>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusEvent {
    pub at: DateTime<Utc>,
    pub status: ReferralStatus,
    pub status_text: String,
    /// A reason written for the person by staff (for example why a referral was declined).
    pub note_for_person: Option<String>,
}

/// One row of the triage queue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueueItem {
    pub id: Uuid,
    pub reference: String,
    pub received_at: DateTime<Utc>,
    pub status: ReferralStatus,
    pub urgent: bool,
    pub name: String,
    /// The first words of what they want help with.
    pub summary: String,
}

/// The whole referral, for triage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReferralDetail {
    pub id: Uuid,
    pub reference: String,
    pub received_at: DateTime<Utc>,
    pub status: ReferralStatus,
    pub urgent: bool,
    pub referral: SelfReferral,
    pub assessment: Assessment,
    pub history: Vec<StatusEvent>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Accept,
    Decline,
}

/// Triage's decision. A decline must carry a reason written for the person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriageDecision {
    pub decision: Decision,
    #[serde(default)]
    pub reason_for_person: Option<String>,
}

impl Validate for TriageDecision {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        check_optional(
            &mut errors,
            "reason_for_person",
            self.reason_for_person.as_deref(),
            self.decision == Decision::Decline,
            |v| within(v, 2000).and_then(|_| text::multi_line(v)),
            "Tell the person why we cannot take this referral",
        );
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// Facts are all optional and typed, so little can be wrong; an age over 120 is a typo.
impl Validate for Facts {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if self.age.is_some_and(|age| age > 120) {
            let mut error = ValidationError::new("range");
            error.message = Some("Enter an age between 0 and 120".into());
            errors.add("age", error);
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// The first `words` words of a text, for queue summaries.
pub fn summary(text: &str, words: usize) -> String {
    let mut parts = text.split_whitespace();
    let head: Vec<&str> = parts.by_ref().take(words).collect();
    let mut out = head.join(" ");
    if parts.next().is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::field_errors;

    fn valid() -> SelfReferral {
        SelfReferral {
            help_with: "My care package is being cut and nobody listens to me.".into(),
            name: "Sam".into(),
            contact: ContactPreferences {
                method: ContactMethod::Phone,
                phone: Some("07700 900982".into()),
                safe_to_leave_message: Some(false),
                safe_times: Some("weekday mornings".into()),
                ..Default::default()
            },
            ..Default::default()
        }
    }

    fn fields(referral: &SelfReferral) -> Vec<String> {
        match referral.validate() {
            Ok(()) => vec![],
            Err(e) => field_errors(&e).into_iter().map(|f| f.field).collect(),
        }
    }

    #[test]
    fn a_complete_referral_is_valid() {
        assert!(fields(&valid()).is_empty());
    }

    #[test]
    fn blank_and_markup_answers_are_named() {
        let mut r = valid();
        r.help_with = "   ".into();
        r.name = "<script>alert(1)</script>".into();
        assert_eq!(fields(&r), ["help_with", "name"]);
        r.name = " ".into();
        let messages: Vec<String> =
            field_errors(&r.validate().unwrap_err()).into_iter().map(|e| e.message).collect();
        assert_eq!(messages, ["Tell us what you would like help with", "Tell us what we should call you"]);
    }

    #[test]
    fn the_chosen_contact_method_needs_its_details() {
        let mut r = valid();
        r.contact.phone = None;
        assert_eq!(fields(&r), ["contact.phone"]);
        r.contact.method = ContactMethod::Email;
        assert_eq!(fields(&r), ["contact.email"]);
        r.contact.email = Some("sam@example.org".into());
        assert!(fields(&r).is_empty());
        r.contact.method = ContactMethod::Letter;
        assert_eq!(fields(&r), ["contact.address"]);
    }

    #[test]
    fn an_interpreter_needs_a_language() {
        let mut r = valid();
        r.communication.interpreter = true;
        assert_eq!(fields(&r), ["communication.language"]);
        r.communication.language = Some("Polish".into());
        assert!(fields(&r).is_empty());
    }

    #[test]
    fn own_words_have_a_limit() {
        let mut r = valid();
        r.help_with = "a".repeat(MAX_OWN_WORDS + 1);
        assert_eq!(fields(&r), ["help_with"]);
    }

    #[test]
    fn a_decline_needs_a_reason_for_the_person() {
        let decline = TriageDecision { decision: Decision::Decline, reason_for_person: None };
        assert!(decline.validate().is_err());
        let accept = TriageDecision { decision: Decision::Accept, reason_for_person: None };
        assert!(accept.validate().is_ok());
    }

    #[test]
    fn summaries_cut_at_word_boundaries() {
        assert_eq!(summary("one two three", 2), "one two…");
        assert_eq!(summary("one two", 2), "one two");
    }
}
