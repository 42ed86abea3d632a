//! Where a referral is, and what the person is told about it.
//!
//! These texts are what someone tracking a referral reads, so they are plain English,
//! written to the person ("you"), and never contain internal notes.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferralStatus {
    Received,
    Accepted,
    Declined,
    /// Joined into another referral about the same person.
    Merged,
}

impl ReferralStatus {
    pub const ALL: [ReferralStatus; 4] =
        [ReferralStatus::Received, ReferralStatus::Accepted, ReferralStatus::Declined, ReferralStatus::Merged];

    pub fn as_str(self) -> &'static str {
        match self {
            ReferralStatus::Received => "received",
            ReferralStatus::Accepted => "accepted",
            ReferralStatus::Declined => "declined",
            ReferralStatus::Merged => "merged",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// A two- or three-word label for lists and headings.
    pub fn label(self) -> &'static str {
        match self {
            ReferralStatus::Received => "Received",
            ReferralStatus::Accepted => "Accepted",
            ReferralStatus::Declined => "Not accepted",
            ReferralStatus::Merged => "Joined with another referral",
        }
    }

    /// What this status means for the person, in plain English.
    pub fn person_text(self) -> &'static str {
        match self {
            ReferralStatus::Received => {
                "We have your referral. Someone from the advocacy team will read it and decide how we can help. We aim to do this within 2 working days."
            }
            ReferralStatus::Accepted => {
                "We can help you. We will find an advocate for you and they will contact you in the way you asked."
            }
            ReferralStatus::Declined => {
                "We are not able to take on this referral. The reason is below. You can contact us or refer again if things change."
            }
            // Says nothing about the other referral: someone else may have made it.
            ReferralStatus::Merged => {
                "We already had a referral about the same person, so we have put the two together. Nothing you told us is lost, and the team will use it."
            }
        }
    }

    /// Whether triage can still decide on a referral in this status.
    pub fn awaits_decision(self) -> bool {
        self == ReferralStatus::Received
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_a_person_facing_text_and_round_trips() {
        for status in ReferralStatus::ALL {
            assert_eq!(ReferralStatus::parse(status.as_str()), Some(status));
            assert!(status.person_text().contains("We"));
        }
        assert_eq!(ReferralStatus::parse("allocated"), None);
    }
}
