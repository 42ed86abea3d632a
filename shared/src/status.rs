//! Where a referral is, and what the person is told about it.
//!
//! These texts are what someone tracking a referral reads, so they are plain words written to
//! the person ("you"), and never contain internal notes. They live in
//! `locales/ftl/*/engine.ftl` as `status-<code>-label` and `status-<code>-person`.

use serde::{Deserialize, Serialize};
use speakup_locales::Language;

use crate::words;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferralStatus {
    Received,
    /// Part of the referral waits for a fact someone was asked for (the person need not act).
    AwaitingInformation,
    /// Accepted, and waiting for an advocate.
    Accepted,
    /// A named advocate has the case.
    Allocated,
    FirstMeeting,
    Working,
    OnHold,
    /// Moving to another advocate, without a new referral.
    Handover,
    Closing,
    Closed,
    Declined,
    /// The person said no to advocacy.
    Withdrawn,
    /// Joined into another referral about the same person.
    Merged,
}

/// Where a case is in the provider's work: the queue's first sort key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Triage,
    WaitingForAdvocate,
    WithAdvocate,
    Finished,
}

impl Stage {
    pub const ALL: [Stage; 4] = [Stage::Triage, Stage::WaitingForAdvocate, Stage::WithAdvocate, Stage::Finished];

    /// As stored in `referrals.stage`.
    pub fn number(self) -> i32 {
        self as i32
    }

    /// The stage stored as `number`.
    pub fn from_number(number: i32) -> Option<Stage> {
        Stage::ALL.into_iter().find(|stage| stage.number() == number)
    }
}

impl ReferralStatus {
    pub const ALL: [ReferralStatus; 13] = [
        ReferralStatus::Received,
        ReferralStatus::AwaitingInformation,
        ReferralStatus::Accepted,
        ReferralStatus::Allocated,
        ReferralStatus::FirstMeeting,
        ReferralStatus::Working,
        ReferralStatus::OnHold,
        ReferralStatus::Handover,
        ReferralStatus::Closing,
        ReferralStatus::Closed,
        ReferralStatus::Declined,
        ReferralStatus::Withdrawn,
        ReferralStatus::Merged,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ReferralStatus::Received => "received",
            ReferralStatus::AwaitingInformation => "awaiting_information",
            ReferralStatus::Accepted => "accepted",
            ReferralStatus::Allocated => "allocated",
            ReferralStatus::FirstMeeting => "first_meeting",
            ReferralStatus::Working => "working",
            ReferralStatus::OnHold => "on_hold",
            ReferralStatus::Handover => "handover",
            ReferralStatus::Closing => "closing",
            ReferralStatus::Closed => "closed",
            ReferralStatus::Declined => "declined",
            ReferralStatus::Withdrawn => "withdrawn",
            ReferralStatus::Merged => "merged",
        }
    }

    pub fn stage(self) -> Stage {
        use ReferralStatus::*;
        match self {
            Received | AwaitingInformation => Stage::Triage,
            Accepted | Handover => Stage::WaitingForAdvocate,
            Allocated | FirstMeeting | Working | OnHold | Closing => Stage::WithAdvocate,
            Closed | Declined | Withdrawn | Merged => Stage::Finished,
        }
    }

    /// The statuses an allocated advocate moves a case between themselves.
    pub const SET_BY_ADVOCATE: [ReferralStatus; 5] = [
        ReferralStatus::Working,
        ReferralStatus::OnHold,
        ReferralStatus::Closing,
        ReferralStatus::Closed,
        ReferralStatus::Withdrawn,
    ];

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// A two- or three-word label for lists and headings, in English.
    pub fn label(self) -> &'static str {
        self.label_in(Language::English)
    }

    pub fn label_in(self, language: Language) -> &'static str {
        words::plain(language, &self.label_id())
    }

    /// What this status means for the person, in plain English.
    pub fn person_text(self) -> &'static str {
        self.person_text_in(Language::English)
    }

    pub fn person_text_in(self, language: Language) -> &'static str {
        words::plain(language, &self.person_id())
    }

    /// The message id of the label: `status-<code>-label`. Codes use `-` in ids.
    pub fn label_id(self) -> String {
        words::id("status", self.as_str(), "label")
    }

    /// The message id of the person's text: `status-<code>-person`; its Easy Read version is
    /// `status-<code>-person-easy`.
    pub fn person_id(self) -> String {
        words::id("status", self.as_str(), "person")
    }

    /// Whether triage can still decide on a referral in this status.
    pub fn awaits_decision(self) -> bool {
        matches!(self, ReferralStatus::Received | ReferralStatus::AwaitingInformation)
    }

    /// Whether a named advocate can be given the case now.
    pub fn can_allocate(self) -> bool {
        self.stage() == Stage::WaitingForAdvocate || self.stage() == Stage::WithAdvocate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_a_person_facing_text_and_round_trips() {
        for status in ReferralStatus::ALL {
            assert_eq!(ReferralStatus::parse(status.as_str()), Some(status));
            assert!(status.person_text().contains("We") || status.person_text().contains("You"), "{status:?} speaks to the person");
        }
        assert_eq!(ReferralStatus::parse("allocated"), Some(ReferralStatus::Allocated));
        assert_eq!(ReferralStatus::parse("assigned"), None);
    }

    #[test]
    fn every_status_has_its_texts_in_english_and_welsh() {
        crate::words::tests::assert_in_english_and_welsh(
            ReferralStatus::ALL.into_iter().flat_map(|s| [s.label_id(), s.person_id(), format!("{}-easy", s.person_id())]),
        );
        assert_eq!(ReferralStatus::Declined.label_id(), "status-declined-label");
        assert_ne!(ReferralStatus::Accepted.person_text_in(Language::Welsh), ReferralStatus::Accepted.person_text());
    }

    #[test]
    fn the_english_texts_are_unchanged() {
        let texts: Vec<(&str, &str)> = [ReferralStatus::Received, ReferralStatus::Accepted, ReferralStatus::Declined, ReferralStatus::Merged]
            .into_iter()
            .map(|s| (s.label(), s.person_text()))
            .collect();
        assert_eq!(texts, [
            ("Received", "We have your referral. Someone from the advocacy team will read it and decide how we can help. We aim to do this within 2 working days."),
            ("Accepted", "We can help you. We will find an advocate for you and they will contact you in the way you asked."),
            ("Not accepted", "We are not able to take on this referral. The reason is below. You can contact us or refer again if things change."),
            ("Joined with another referral", "We already had a referral about the same person, so we have put the two together. Nothing you told us is lost, and the team will use it."),
        ]);
    }
}
