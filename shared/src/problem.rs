//! The error body every SpeakUp API returns (RFC 9457 problem details), so the PWA can show
//! an error summary with a message beside each field.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use speakup_locales::{Language, Wording};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// A stable, machine-readable kind, e.g. `validation`, `not_found`, `rate_limited`.
    #[serde(rename = "type")]
    pub kind: String,
    /// A short, human sentence safe to show to the person (in English).
    pub title: String,
    /// The title's message, so the PWA can show it in the person's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_ref: Option<MessageRef>,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail_ref: Option<MessageRef>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// A message id from `locales/ftl/` with the values of its variables: what an English text in
/// a problem says, for a client that speaks another language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageRef {
    pub id: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, String>,
}

impl MessageRef {
    /// A reference when `message` is a message id; `None` for any other text.
    pub fn to(message: &str, args: &[(&str, &str)]) -> Option<MessageRef> {
        is_message_id(message).then(|| MessageRef {
            id: message.to_string(),
            args: args.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        })
    }

    pub fn text(&self, wording: Wording) -> String {
        let args: Vec<(&str, &str)> = self.args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        speakup_locales::format(wording, &self.id, &args)
    }
}

impl Problem {
    /// The problem with every text that has a message reference put into `wording`.
    pub fn in_wording(mut self, wording: Wording) -> Problem {
        if let Some(title) = &self.title_ref {
            self.title = title.text(wording);
        }
        if let Some(detail) = &self.detail_ref {
            self.detail = Some(detail.text(wording));
        }
        for error in &mut self.errors {
            if let Some(message) = &error.message_ref {
                error.message = message.text(wording);
            }
        }
        self
    }
}

/// One problem with one answer. `field` is a dotted path into the request body
/// (`contact.phone`), matching the ids of the form fields in the PWA.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
    /// The message's id and values, when it has one, for clients in other languages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_ref: Option<MessageRef>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self { field: field.into(), message: message.into(), message_ref: None }
    }

    /// A problem whose `message` is a message id: the text in `wording`, and the reference.
    pub fn from_id(field: impl Into<String>, message: &str, args: &[(&str, &str)], wording: Wording) -> Self {
        Self { field: field.into(), message: message_in(message, args, wording), message_ref: MessageRef::to(message, args) }
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

fn field_error(path: String, error: &validator::ValidationError, wording: Wording) -> FieldError {
    let message = error.message.as_deref().unwrap_or(CHECK_THIS_ANSWER);
    let values: Vec<(&str, String)> = error.params.iter().map(|(name, value)| (name.as_ref(), plain(value))).collect();
    let args: Vec<(&str, &str)> = values.iter().map(|(name, value)| (*name, value.as_str())).collect();
    FieldError::from_id(path, message, &args, wording)
}

fn collect(errors: &validator::ValidationErrors, prefix: &str, wording: Wording, out: &mut Vec<FieldError>) {
    use validator::ValidationErrorsKind;
    for (field, kind) in errors.errors() {
        let path = if prefix.is_empty() { field.to_string() } else { format!("{prefix}.{field}") };
        match kind {
            ValidationErrorsKind::Field(list) => {
                if let Some(first) = list.first() {
                    out.push(field_error(path, first, wording));
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
