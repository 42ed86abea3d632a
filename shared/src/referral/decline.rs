//! Triage's decision, and what a decline gives the person: the reason in words written for
//! them, other help they could turn to, and how to have the decision looked at again.

use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationErrors};

use super::contact::{check_optional, error, within};
use crate::text;

/// The longest reason, or list of places to go, staff may write for the person.
pub const MAX_FOR_PERSON: usize = 2000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Accept,
    Decline,
}

codes! {
    /// Why a referral was declined, for the provider's own figures (the person reads the
    /// reason staff wrote for them, never this code).
    DeclineReason {
        NotEligible = "not_eligible",
        OutsideArea = "outside_area",
        NotCommissioned = "not_commissioned",
        PersonSaidNo = "person_said_no",
        Other = "other",
    }
}

codes! {
    /// Other help a person could turn to, each explained to them in their own words and format.
    Alternative {
        PeerSupport = "peer_support",
        SelfAdvocacyGroup = "self_advocacy_group",
        CommunityAdvocacy = "community_advocacy",
        LocalServices = "local_services",
        AskYourWorker = "ask_your_worker",
    }
}

impl Alternative {
    /// The message id of what it is, for the person.
    pub fn message_id(self) -> String {
        format!("track-alternative-{}", self.code().replace('_', "-"))
    }
}

/// Triage's decision. A decline carries why (a code for the figures, and words written for
/// the person), and may point them to other help.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriageDecision {
    pub decision: Decision,
    #[serde(default)]
    pub reason_for_person: Option<String>,
    #[serde(default)]
    pub decline_reason: Option<DeclineReason>,
    #[serde(default)]
    pub alternatives: Vec<Alternative>,
    /// Names, numbers and addresses of local help, written for the person.
    #[serde(default)]
    pub where_to_go: Option<String>,
}

impl TriageDecision {
    pub fn accept() -> TriageDecision {
        TriageDecision { decision: Decision::Accept, reason_for_person: None, decline_reason: None, alternatives: Vec::new(), where_to_go: None }
    }
}

impl Validate for TriageDecision {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let declining = self.decision == Decision::Decline;
        let for_person = |v: &str| within(v, MAX_FOR_PERSON).and_then(|_| text::multi_line(v));
        check_optional(&mut errors, "reason_for_person", self.reason_for_person.as_deref(), declining, for_person, "error-decline-reason-required");
        check_optional(&mut errors, "where_to_go", self.where_to_go.as_deref(), false, for_person, "");
        if declining && self.decline_reason.is_none() {
            errors.add("decline_reason", error("required", "error-decline-code-required"));
        }
        if !declining && (self.decline_reason.is_some() || !self.alternatives.is_empty() || self.where_to_go.is_some()) {
            errors.add("decision", error("decline_only", "error-decline-only"));
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// What a declined person reads when tracking, besides the reason in the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeclineForPerson {
    pub reason_for_person: String,
    pub alternatives: Vec<Alternative>,
    pub where_to_go: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decline() -> TriageDecision {
        TriageDecision {
            decision: Decision::Decline,
            reason_for_person: Some("We only work in Leeds.".into()),
            decline_reason: Some(DeclineReason::OutsideArea),
            alternatives: vec![Alternative::CommunityAdvocacy],
            where_to_go: Some("Bradford Advocacy, 01274 000000".into()),
        }
    }

    #[test]
    fn a_decline_needs_words_for_the_person_and_a_reason_code() {
        assert!(decline().validate().is_ok());
        let no_words = TriageDecision { reason_for_person: None, ..decline() }.validate().unwrap_err();
        assert!(no_words.field_errors().contains_key("reason_for_person"));
        let no_code = TriageDecision { decline_reason: None, ..decline() }.validate().unwrap_err();
        assert!(no_code.field_errors().contains_key("decline_reason"));
        let long = TriageDecision { where_to_go: Some("x".repeat(MAX_FOR_PERSON + 1)), ..decline() }.validate().unwrap_err();
        assert!(long.field_errors().contains_key("where_to_go"));
    }

    #[test]
    fn an_acceptance_carries_nothing_of_a_decline() {
        assert!(TriageDecision::accept().validate().is_ok());
        let mixed = TriageDecision { decision: Decision::Accept, ..decline() }.validate().unwrap_err();
        assert!(mixed.field_errors().contains_key("decision"));
    }

    #[test]
    fn every_alternative_has_a_message_id() {
        assert_eq!(Alternative::SelfAdvocacyGroup.message_id(), "track-alternative-self-advocacy-group");
    }
}
