//! Coming back with a receipt: reading the replies to one's feedback and answering them. The
//! receipt is the only key; nothing else connects the sender to what they wrote.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationErrors};

use super::{error, line, paragraph, Reader, Sender, MAX_TEXT};

/// What is sent back once feedback is stored: the receipt, shown once, when one was asked for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedbackSent {
    pub receipt: Option<String>,
}

fn check_receipt(errors: &mut ValidationErrors, receipt: &str) {
    let receipt = receipt.trim();
    if receipt.is_empty() {
        errors.add("receipt", error("required", "error-receipt-required"));
    } else if line(200)(receipt).is_err() {
        errors.add("receipt", error("receipt", "error-receipt-not-found"));
    }
}

/// "Read replies": the receipt, as the sender typed it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReceiptRequest {
    pub receipt: String,
}

impl Validate for ReceiptRequest {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        check_receipt(&mut errors, &self.receipt);
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// The sender's answer to a reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SenderMessage {
    pub receipt: String,
    pub body: String,
}

impl Validate for SenderMessage {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        check_receipt(&mut errors, &self.receipt);
        check_body(&mut errors, &self.body);
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

pub(crate) fn check_body(errors: &mut ValidationErrors, body: &str) {
    let body = body.trim();
    if body.is_empty() {
        errors.add("body", error("required", "error-message-required"));
    } else if let Err(e) = paragraph(MAX_TEXT)(body) {
        errors.add("body", e);
    }
}

codes! {
    /// Who wrote a message in a conversation.
    Author {
        Sender = "sender",
        Provider = "provider",
        Commissioner = "commissioner",
    }
}

impl From<Reader> for Author {
    fn from(reader: Reader) -> Author {
        match reader {
            Reader::Provider => Author::Provider,
            Reader::Commissioner => Author::Commissioner,
        }
    }
}

/// One message, dated by day only: an exact time could help work out who wrote it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    pub author: Author,
    pub body: String,
    pub on: NaiveDate,
}

/// What the sender reads with their receipt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conversation {
    pub sender: Sender,
    pub reader: Reader,
    pub given_on: NaiveDate,
    pub comments: Option<String>,
    pub messages: Vec<Message>,
}
