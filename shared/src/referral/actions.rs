//! What staff do to a referral that is not a change of status the person reads: kept in the
//! referral's history for staff, with who did it and why.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::{Validate, ValidationErrors};

use crate::text;

/// A new tracking code. Without a pending "I lost my code" request it needs a reason, such as
/// "asked by phone and answered the security questions".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewCodeRequest {
    #[serde(default)]
    pub reason: Option<String>,
}

impl Validate for NewCodeRequest {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if let Some(reason) = self.reason.as_deref() {
            if let Err(e) = super::within(reason, 500).and_then(|_| text::multi_line(reason)) {
                errors.add("reason", e);
            }
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffActionKind {
    /// A new tracking code, after the person asked through "I lost my code".
    NewCodeRequested,
    /// A new tracking code without such a request, with the reason given.
    NewCodeWithReason,
}

impl StaffActionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StaffActionKind::NewCodeRequested => "new_code_requested",
            StaffActionKind::NewCodeWithReason => "new_code_with_reason",
        }
    }

    pub fn parse(value: &str) -> Option<StaffActionKind> {
        [StaffActionKind::NewCodeRequested, StaffActionKind::NewCodeWithReason].into_iter().find(|k| k.as_str() == value)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffAction {
    pub at: DateTime<Utc>,
    pub kind: StaffActionKind,
    /// The member of staff (an identity account id; their name is identity's to tell).
    pub by: Uuid,
    pub reason: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_checked_like_other_free_text() {
        assert!(NewCodeRequest::default().validate().is_ok());
        assert!(NewCodeRequest { reason: Some("Rang from the ward and answered the codeword".into()) }.validate().is_ok());
        assert!(NewCodeRequest { reason: Some("<b>x</b>".into()) }.validate().is_err());
        assert!(NewCodeRequest { reason: Some("x".repeat(501)) }.validate().is_err());
        for kind in [StaffActionKind::NewCodeRequested, StaffActionKind::NewCodeWithReason] {
            assert_eq!(StaffActionKind::parse(kind.as_str()), Some(kind));
        }
    }
}
