//! How to reach someone, whether it is safe to, and how they communicate.

use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationError, ValidationErrors};

use crate::text;

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
    /// The tick-box aids, by the codes forms use for them.
    pub const AIDS: [&'static str; 5] = ["interpreter", "bsl", "easy_read", "large_print", "audio"];

    fn aid_mut(&mut self, code: &str) -> Option<&mut bool> {
        match code {
            "interpreter" => Some(&mut self.interpreter),
            "bsl" => Some(&mut self.bsl),
            "easy_read" => Some(&mut self.easy_read),
            "large_print" => Some(&mut self.large_print),
            "audio" => Some(&mut self.audio),
            _ => None,
        }
    }

    /// The codes of the aids that are ticked.
    pub fn aids(&self) -> Vec<&'static str> {
        let on = [self.interpreter, self.bsl, self.easy_read, self.large_print, self.audio];
        Self::AIDS.into_iter().zip(on).filter(|(_, on)| *on).map(|(code, _)| code).collect()
    }

    /// Ticks or unticks one aid; unknown codes change nothing.
    pub fn set_aid(&mut self, code: &str, on: bool) {
        if let Some(aid) = self.aid_mut(code) {
            *aid = on;
        }
    }

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

pub(crate) fn within(value: &str, max: usize) -> Result<(), ValidationError> {
    if value.chars().count() > max {
        let mut e = ValidationError::new("length");
        e.message = Some(format!("Use {max} characters or fewer").into());
        return Err(e);
    }
    Ok(())
}

/// An optional answer that becomes required in some cases. Blank counts as missing.
pub(crate) fn check_optional(
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

