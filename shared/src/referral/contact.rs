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
    /// Meeting face to face, where the person says.
    InPerson,
    /// Only through someone the person names and trusts.
    NamedPerson,
}

impl ContactMethod {
    pub const ALL: [ContactMethod; 6] = [
        ContactMethod::Phone,
        ContactMethod::Text,
        ContactMethod::Email,
        ContactMethod::Letter,
        ContactMethod::InPerson,
        ContactMethod::NamedPerson,
    ];

    /// The ways of reaching someone directly, which can each be unsafe.
    pub const DIRECT: [ContactMethod; 4] =
        [ContactMethod::Phone, ContactMethod::Text, ContactMethod::Email, ContactMethod::Letter];


    /// The JSON name, which forms also use as the value of the option.
    pub fn code(self) -> &'static str {
        match self {
            ContactMethod::Phone => "phone",
            ContactMethod::Text => "text",
            ContactMethod::Email => "email",
            ContactMethod::Letter => "letter",
            ContactMethod::InPerson => "in_person",
            ContactMethod::NamedPerson => "named_person",
        }
    }

    pub fn from_code(code: &str) -> Option<ContactMethod> {
        ContactMethod::ALL.into_iter().find(|m| m.code() == code)
    }
}

/// Someone the person trusts, through whom all contact goes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NamedPerson {
    pub name: String,
    /// Who they are to the person ("my sister", "key worker").
    pub relationship: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

impl NamedPerson {
    /// Name, who they are, phone and email, one per line, leaving out what was not given.
    pub fn summary(&self) -> String {
        let mut lines = vec![self.name.trim()];
        lines.extend([&self.relationship, &self.phone, &self.email].into_iter().flatten().map(|v| v.trim()));
        lines.retain(|line| !line.is_empty());
        lines.join("\n")
    }
}

impl Validate for NamedPerson {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        check_optional(&mut errors, "name", Some(&self.name), true, line(100), "error-named-person-name-required");
        check_optional(&mut errors, "relationship", self.relationship.as_deref(), false, line(100), "");
        let has_email = self.email.as_deref().is_some_and(|e| !e.trim().is_empty());
        check_optional(&mut errors, "phone", self.phone.as_deref(), !has_email, text::phone_number, "error-named-person-phone-or-email");
        check_optional(&mut errors, "email", self.email.as_deref(), false, text::email_address, "");
        if errors.is_empty() { Ok(()) } else { Err(errors) }
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
    /// Ways it is not safe to use at all, for example because someone else reads their post.
    #[serde(default)]
    pub not_safe: Vec<ContactMethod>,
    /// A word the team says so the person knows it really is us.
    #[serde(default)]
    pub codeword: Option<String>,
    /// Who to go through when `method` is `NamedPerson`.
    #[serde(default)]
    pub named_person: Option<NamedPerson>,
}

impl ContactPreferences {
    /// The detail that goes with the chosen method, as written: a number, an address, a place.
    pub fn detail(&self) -> Option<&str> {
        let detail = match self.method {
            ContactMethod::Phone | ContactMethod::Text => &self.phone,
            ContactMethod::Email => &self.email,
            ContactMethod::Letter | ContactMethod::InPerson => &self.address,
            ContactMethod::NamedPerson => return self.named_person.as_ref().map(|p| p.name.as_str()),
        };
        detail.as_deref()
    }
}

impl Validate for ContactPreferences {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let needs_phone = matches!(self.method, ContactMethod::Phone | ContactMethod::Text);
        check_optional(&mut errors, "phone", self.phone.as_deref(), needs_phone, text::phone_number,
            "error-contact-phone-required");
        check_optional(&mut errors, "email", self.email.as_deref(), self.method == ContactMethod::Email, text::email_address,
            "error-contact-email-required");
        let address_missing = if self.method == ContactMethod::InPerson {
            "error-contact-place-required"
        } else {
            "error-contact-address-required"
        };
        check_optional(&mut errors, "address", self.address.as_deref(),
            matches!(self.method, ContactMethod::Letter | ContactMethod::InPerson), paragraph(500), address_missing);
        check_optional(&mut errors, "safe_times", self.safe_times.as_deref(), false, line(200), "");
        check_optional(&mut errors, "codeword", self.codeword.as_deref(), false, line(40), "");
        // Reported on `not_safe`, the answer on the page where the clash shows.
        if self.not_safe.contains(&self.method) {
            errors.add("not_safe", error("unsafe", "error-contact-method-not-safe"));
        }
        match &self.named_person {
            Some(person) if self.method == ContactMethod::NamedPerson => {
                errors.merge_self("named_person", person.validate());
            }
            None if self.method == ContactMethod::NamedPerson => {
                errors.add("named_person.name", error("required", "error-named-person-name-required"));
            }
            _ => {}
        }
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
    pub braille: bool,
    pub audio: bool,
    /// Someone to help read and fill in forms.
    pub reading_help: bool,
    /// Anything else that helps ("please speak slowly").
    pub other: Option<String>,
}

impl Validate for CommunicationNeeds {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        check_optional(&mut errors, "language", self.language.as_deref(), self.interpreter, line(60),
            "error-interpreter-language-required");
        check_optional(&mut errors, "other", self.other.as_deref(), false, paragraph(1000), "");
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

impl CommunicationNeeds {
    /// The tick-box aids, by the codes forms use for them.
    pub const AIDS: [&'static str; 7] =
        ["interpreter", "bsl", "easy_read", "large_print", "braille", "audio", "reading_help"];

    /// Each aid with its code (the PWA names them from `locales/`).
    fn aids_mut(&mut self) -> [(&'static str, &mut bool); 7] {
        [
            ("interpreter", &mut self.interpreter),
            ("bsl", &mut self.bsl),
            ("easy_read", &mut self.easy_read),
            ("large_print", &mut self.large_print),
            ("braille", &mut self.braille),
            ("audio", &mut self.audio),
            ("reading_help", &mut self.reading_help),
        ]
    }

    fn aid_mut(&mut self, code: &str) -> Option<&mut bool> {
        self.aids_mut().into_iter().find(|(c, _)| *c == code).map(|(_, on)| on)
    }

    /// The codes of the aids that are ticked.
    pub fn aids(&self) -> Vec<&'static str> {
        // A copy keeps one table of codes and fields; the struct is small.
        let mut copy = self.clone();
        copy.aids_mut().into_iter().filter(|(_, on)| **on).map(|(code, _)| code).collect()
    }

    /// Ticks or unticks one aid; unknown codes change nothing.
    pub fn set_aid(&mut self, code: &str, on: bool) {
        if let Some(aid) = self.aid_mut(code) {
            *aid = on;
        }
    }

}

/// One line of at most `max` characters.
pub(crate) fn line(max: usize) -> impl Fn(&str) -> Result<(), ValidationError> {
    move |v| within(v, max).and_then(|_| text::single_line(v))
}

/// Free text of at most `max` characters, line breaks allowed.
pub(crate) fn paragraph(max: usize) -> impl Fn(&str) -> Result<(), ValidationError> {
    move |v| within(v, max).and_then(|_| text::multi_line(v))
}

pub(crate) fn error(code: &'static str, message: &'static str) -> ValidationError {
    let mut e = ValidationError::new(code);
    e.message = Some(message.into());
    e
}

pub(crate) fn within(value: &str, max: usize) -> Result<(), ValidationError> {
    if value.chars().count() > max {
        let mut e = ValidationError::new("length");
        e.message = Some("error-too-long".into());
        e.add_param("max".into(), &max);
        return Err(e);
    }
    Ok(())
}

/// An optional answer that becomes required in some cases. Blank counts as missing, and is
/// reported with `missing_message`, a message id in errors.ftl.
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

