//! Anonymous feedback: what a person, a carer, a referrer or someone told they were not
//! eligible tells the provider or the commissioner, with nothing that identifies them. The
//! questions follow the six Making Safeguarding Personal "I" statements and the Calderdale
//! advocacy indicators; every one may be skipped.

mod conversation;
mod inbox;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationErrors};

use crate::identity::Role;
pub(crate) use crate::referral::{error, line, paragraph};
use crate::referral::normalise_reference;

pub use conversation::*;
pub use inbox::*;

/// The longest free text: comments and each message in a conversation.
pub const MAX_TEXT: usize = 5000;
/// Words in a receipt: 48 bits, so it cannot be guessed even though it is looked up alone.
pub const RECEIPT_WORDS: usize = 6;

codes! {
    /// Who is giving feedback, which decides the questions asked.
    Sender {
        HadAdvocate = "had_advocate",
        CarerFamilyFriend = "carer_family_friend",
        Referrer = "referrer",
        NotEligible = "not_eligible",
    }
}

codes! {
    /// Who may read the words: the provider's managers, or the commissioner alone (then the
    /// provider sees only counts).
    Reader {
        Provider = "provider",
        Commissioner = "commissioner",
    }
}

codes! {
    /// A statement the sender says how far is true for them.
    Question {
        // Calderdale: information received readily (MSP prevention).
        Information = "information",
        // Calderdale: better able to understand and take part in planning (MSP protection).
        TakePart = "take_part",
        // Feeling heard; MSP empowerment: asked what they want.
        Heard = "heard",
        // Calderdale: advocacy helped achieve personal outcomes.
        Outcome = "outcome",
        // Calderdale: able to negotiate and challenge decisions.
        Challenge = "challenge",
        // End of support: safety and wellbeing.
        Safer = "safer",
        // MSP partnership: information kept in confidence.
        Private = "private",
        // MSP accountability: who everyone is.
        Roles = "roles",
        // MSP proportionality: only as involved as needed.
        Proportionate = "proportionate",
        // Referrers: how easy referring was.
        EasyToRefer = "easy_to_refer",
        KeptInformed = "kept_informed",
        QuickEnough = "quick_enough",
        // Told they were not eligible.
        DecisionExplained = "decision_explained",
        OtherHelp = "other_help",
        CouldChallenge = "could_challenge",
    }
}

const ABOUT_ADVOCACY: &[Question] = &[
    Question::Information,
    Question::TakePart,
    Question::Heard,
    Question::Outcome,
    Question::Challenge,
    Question::Safer,
    Question::Private,
    Question::Roles,
    Question::Proportionate,
];
const ABOUT_REFERRING: &[Question] = &[Question::EasyToRefer, Question::KeptInformed, Question::QuickEnough];
const ABOUT_NOT_ELIGIBLE: &[Question] = &[Question::DecisionExplained, Question::OtherHelp, Question::CouldChallenge];

impl Reader {
    /// Whose feedback a role reads in words: the provider's managers (admins) what was sent
    /// to the provider, commissioners what was sent to them. Triage and advocates never read
    /// feedback: an advocate may be who it is about.
    pub fn for_role(role: Role) -> Option<Reader> {
        match role {
            Role::Admin => Some(Reader::Provider),
            Role::Commissioner => Some(Reader::Commissioner),
            Role::Manager | Role::Advocate | Role::SafeguardingBoard | Role::PartnershipBoard | Role::Healthwatch | Role::Group => None,
        }
    }
}

impl Sender {
    /// The statements this sender is asked about, in order.
    pub fn questions(self) -> &'static [Question] {
        match self {
            Sender::HadAdvocate | Sender::CarerFamilyFriend => ABOUT_ADVOCACY,
            Sender::Referrer => ABOUT_REFERRING,
            Sender::NotEligible => ABOUT_NOT_ELIGIBLE,
        }
    }
}

/// How far a statement is true, or how the sender feels overall: 1 (not at all, very
/// unhappy) to 5 (yes, very happy). Shown as faces from sad to happy, each with a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Rating(u8);

impl Rating {
    pub const ALL: [Rating; 5] = [Rating(1), Rating(2), Rating(3), Rating(4), Rating(5)];

    pub fn new(value: u8) -> Option<Rating> {
        (1..=5).contains(&value).then_some(Rating(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Rating {
    type Error = &'static str;
    fn try_from(value: u8) -> Result<Rating, &'static str> {
        Rating::new(value).ok_or("a rating is 1 to 5")
    }
}

impl From<Rating> for u8 {
    fn from(rating: Rating) -> u8 {
        rating.0
    }
}

/// Feedback as the PWA sends it. Nothing in it says who the sender is; the language comes in
/// `Content-Language`, so replies can be read in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewFeedback {
    pub sender: Sender,
    #[serde(default)]
    pub answers: BTreeMap<Question, Rating>,
    #[serde(default)]
    pub overall: Option<Rating>,
    #[serde(default)]
    pub comments: Option<String>,
    pub reader: Reader,
    /// Give a receipt to come back with, read replies and answer them.
    #[serde(default)]
    pub receipt: bool,
    /// A referral's reference, only when the sender chose to link their feedback to it.
    #[serde(default)]
    pub reference: Option<String>,
}

impl Validate for NewFeedback {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if self.answers.keys().any(|q| !self.sender.questions().contains(q)) {
            errors.add("answers", error("not_asked", "error-feedback-not-asked"));
        }
        let comments = self.comments.as_deref().map(str::trim).filter(|c| !c.is_empty());
        if let Some(Err(e)) = comments.map(paragraph(MAX_TEXT)) {
            errors.add("comments", e);
        }
        if self.answers.is_empty() && self.overall.is_none() && comments.is_none() {
            errors.add("comments", error("empty", "error-feedback-empty"));
        }
        let reference = self.reference.as_deref().map(str::trim).filter(|r| !r.is_empty());
        if reference.is_some_and(|r| normalise_reference(r).is_none()) {
            errors.add("reference", error("reference", "error-feedback-reference"));
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

#[cfg(test)]
mod tests;
