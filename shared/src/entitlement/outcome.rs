//! What the engine answers.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub results: Vec<AdvocacyResult>,
    pub mode: Mode,
    pub flags: Vec<Flag>,
    pub missing_facts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdvocacyResult {
    pub advocacy: Advocacy,
    pub outcome: Outcome,
    pub reasons: Vec<Reason>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Advocacy {
    CareAct,
    Imca,
    PaidRpr,
    Imha,
    NhsComplaints,
    NonStatutory,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Duty,
    Eligible,
    Discretionary,
    PendingAssessment,
    Possible,
    OfferIfCommissioned,
    NotMet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Instructed,
    NonInstructed,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    UrgentSafeguarding,
    IsolationOrSeclusion,
    ReofferImha,
    LaResponsibleForPrisoner,
    KeepSameAdvocate,
    FluctuatingCapacity,
    AppointAsSoonAsPossible,
    HandoverExistingAdvocate,
}

/// Stable reason codes. Each has a plain-language text and an Easy Read text (see `Reason::plain`).
/// The rules module owns the list; this placeholder is replaced there.
pub use super::rules::Reason;
