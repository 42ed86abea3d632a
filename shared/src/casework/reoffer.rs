//! IMHA re-offers. Someone eligible for an independent mental health advocate may say no, and
//! the offer is then made again regularly, exploring why they said no: a "no" on one day is
//! not a "no" for the whole detention. A case with IMHA among its advocacy that is withdrawn
//! gets a re-offer due; a manager records each answer, and a "yes" reopens the case.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::{Validate, ValidationErrors};

use crate::referral::{check_optional, error, paragraph};

use super::mandates::MAX_REASON;

/// Days from a "no" to the first re-offer: about a fortnight, inside the weekly rhythm of ward
/// reviews, so the offer comes back while the person's situation is still the same one.
pub const FIRST_REOFFER_DAYS: i64 = 14;

codes! {
    /// What the person said when the advocate was offered again. Yes reopens the case to wait
    /// for an advocate; no again has another re-offer due on the date the manager chooses;
    /// no longer eligible (discharged, for instance) ends the re-offers.
    ReofferAnswer {
        Accepted = "accepted",
        Declined = "declined",
        NotEligible = "not_eligible",
    }
}

/// A re-offer due, as the manager's list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reoffer {
    pub id: Uuid,
    pub referral: Uuid,
    pub reference: String,
    pub name: String,
    pub due_on: NaiveDate,
    /// How many times the person has said no to the offers so far.
    pub declined: u32,
    /// Why they said no last time, where they said.
    pub last_reason: Option<String>,
}

/// The answer to a re-offer: `POST /reoffers/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReofferOutcome {
    pub answer: ReofferAnswer,
    /// Why they said no, in the manager's words, where the person said.
    #[serde(default)]
    pub reason: Option<String>,
    /// After another no: when to offer again (after today).
    #[serde(default)]
    pub next_on: Option<NaiveDate>,
}

impl Validate for ReofferOutcome {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let declined = self.answer == ReofferAnswer::Declined;
        if declined && self.next_on.is_none() {
            errors.add("next_on", error("required", "error-reoffer-next-required"));
        }
        if !declined && self.next_on.is_some() {
            errors.add("next_on", error("not_declined", "error-reoffer-next-only-after-no"));
        }
        check_optional(&mut errors, "reason", self.reason.as_deref(), false, paragraph(MAX_REASON), "");
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::field_errors;

    fn fields(outcome: ReofferOutcome) -> Vec<String> {
        outcome.validate().err().map(|e| field_errors(&e).into_iter().map(|f| f.field).collect()).unwrap_or_default()
    }

    #[test]
    fn another_no_needs_a_date_and_only_a_no_has_one() {
        let no = ReofferOutcome { answer: ReofferAnswer::Declined, reason: Some("Wants to wait for the tribunal".into()), next_on: None };
        assert_eq!(fields(no.clone()), ["next_on"]);
        let day = NaiveDate::from_ymd_opt(2027, 1, 4);
        assert!(fields(ReofferOutcome { next_on: day, ..no }).is_empty());
        let yes = ReofferOutcome { answer: ReofferAnswer::Accepted, reason: None, next_on: day };
        assert_eq!(fields(yes), ["next_on"]);
        assert!(fields(ReofferOutcome { answer: ReofferAnswer::NotEligible, reason: None, next_on: None }).is_empty());
    }
}
