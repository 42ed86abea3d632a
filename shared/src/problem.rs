//! The error body every SpeakUp API returns (RFC 9457 problem details), so the PWA can show
//! an error summary with a message beside each field.

use serde::{Deserialize, Serialize};
use speakup_locales::{Language, Wording};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// A stable, machine-readable kind, e.g. `validation`, `not_found`, `rate_limited`.
    #[serde(rename = "type")]
    pub kind: String,
    /// A short, human sentence safe to show to the person.
    pub title: String,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// One problem with one answer. `field` is a dotted path into the request body
/// (`contact.phone`), matching the ids of the form fields in the PWA.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self { field: field.into(), message: message.into() }
    }
}

/// English, the wording the API sends and the server's tests expect.
pub const ENGLISH: Wording = Wording { language: Language::English, easy_read: false };

/// Shown for a failed rule that gave no message of its own.
const CHECK_THIS_ANSWER: &str = "error-check-answer";

/// Flattens validator's nested errors into dotted field paths with their messages, in English.
pub fn field_errors(errors: &validator::ValidationErrors) -> Vec<FieldError> {
    field_errors_in(errors, ENGLISH)
}

/// The same, with each message in `wording`. Validation rules give message ids from
/// `locales/ftl/*/errors.ftl` (`error-name-required`), whose `{ $name }` variables are filled
/// from the rule's parameters (`{ $max }` for a length); a message that is not an id is kept
/// as written.
pub fn field_errors_in(errors: &validator::ValidationErrors, wording: Wording) -> Vec<FieldError> {
    let mut out = Vec::new();
    collect(errors, "", wording, &mut out);
    out.sort_by(|a, b| a.field.cmp(&b.field));
    out
}

/// `message` in `wording` with its variables filled from `args`, when it is a message id;
/// any other text is returned unchanged.
pub fn message_in(message: &str, args: &[(&str, &str)], wording: Wording) -> String {
    if is_message_id(message) {
        speakup_locales::format(wording, message, args)
    } else {
        message.to_string()
    }
}

/// `message` in English: what the server puts in a [`FieldError`] it builds itself.
pub fn english(message: &str, args: &[(&str, &str)]) -> String {
    message_in(message, args, ENGLISH)
}

fn is_message_id(message: &str) -> bool {
    speakup_locales::text(ENGLISH, message) != speakup_locales::MISSING
}

/// A rule's parameter as it reads in a sentence: numbers and text without JSON quoting.
fn plain(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

fn message_of(error: &validator::ValidationError, wording: Wording) -> String {
    let Some(message) = error.message.as_deref() else {
        return message_in(CHECK_THIS_ANSWER, &[], wording);
    };
    let values: Vec<(&str, String)> = error.params.iter().map(|(name, value)| (name.as_ref(), plain(value))).collect();
    let args: Vec<(&str, &str)> = values.iter().map(|(name, value)| (*name, value.as_str())).collect();
    message_in(message, &args, wording)
}

fn collect(errors: &validator::ValidationErrors, prefix: &str, wording: Wording, out: &mut Vec<FieldError>) {
    use validator::ValidationErrorsKind;
    for (field, kind) in errors.errors() {
        let path = if prefix.is_empty() { field.to_string() } else { format!("{prefix}.{field}") };
        match kind {
            ValidationErrorsKind::Field(list) => {
                if let Some(first) = list.first() {
                    out.push(FieldError::new(path, message_of(first, wording)));
                }
            }
            ValidationErrorsKind::Struct(inner) => collect(inner, &path, wording, out),
            ValidationErrorsKind::List(items) => {
                for (index, inner) in items {
                    collect(inner, &format!("{path}.{index}"), wording, out);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
