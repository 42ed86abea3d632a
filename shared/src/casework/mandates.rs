//! Mandates: each kind of advocacy staff confirm for a case, with its legal basis. The engine
//! only ever indicates; a mandate is staff's decision, per advocacy type, with a reason.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::{Validate, ValidationErrors};

use crate::entitlement::{Advocacy, Outcome};
use crate::referral::{check_optional, error, paragraph};

/// The longest reason or request for information.
pub const MAX_REASON: usize = 2000;

codes! {
    /// Staff's decision on one kind of advocacy for a case.
    MandateState {
        Confirmed = "confirmed",
        // A fact is missing (say, the capacity assessment for IMCA); the others go ahead.
        AwaitingInformation = "awaiting_information",
        Rejected = "rejected",
        Ended = "ended",
    }
}

codes! {
    /// Why the advocacy applies in law (or, for community advocacy, by the provider's
    /// contract). Stored with the mandate and counted in reports: never renamed or reused.
    LegalBasis {
        CareActAssessment = "care_act_assessment",
        CareActPlanning = "care_act_planning",
        CareActReview = "care_act_review",
        CareActSafeguarding = "care_act_safeguarding",
        ImcaSeriousMedicalTreatment = "imca_serious_medical_treatment",
        ImcaAccommodation = "imca_accommodation",
        ImcaCareReview = "imca_care_review",
        ImcaSafeguarding = "imca_safeguarding",
        RprDols = "rpr_dols",
        ImhaDetained = "imha_detained",
        ImhaCto = "imha_cto",
        ImhaGuardianship = "imha_guardianship",
        ImhaConditionalDischarge = "imha_conditional_discharge",
        ImhaS57S58a = "imha_s57_s58a",
        NhsComplaint = "nhs_complaint",
        Commissioned = "commissioned",
    }
}

impl LegalBasis {
    /// The kind of advocacy this is a basis for.
    pub fn advocacy(self) -> Advocacy {
        use LegalBasis::*;
        match self {
            CareActAssessment | CareActPlanning | CareActReview | CareActSafeguarding => Advocacy::CareAct,
            ImcaSeriousMedicalTreatment | ImcaAccommodation | ImcaCareReview | ImcaSafeguarding => Advocacy::Imca,
            RprDols => Advocacy::PaidRpr,
            ImhaDetained | ImhaCto | ImhaGuardianship | ImhaConditionalDischarge | ImhaS57S58a => Advocacy::Imha,
            NhsComplaint => Advocacy::NhsComplaints,
            Commissioned => Advocacy::NonStatutory,
        }
    }

    /// The bases for one kind of advocacy, for staff to choose from.
    pub fn for_advocacy(advocacy: Advocacy) -> Vec<LegalBasis> {
        LegalBasis::ALL.iter().copied().filter(|b| b.advocacy() == advocacy).collect()
    }

    /// Its name for staff: `legal-basis-<code>` in staff.ftl.
    pub fn label_id(self) -> String {
        crate::words::id("legal-basis", self.code(), "label")
    }
}

/// A mandate as staff and the person see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mandate {
    pub advocacy: Advocacy,
    pub state: MandateState,
    pub legal_basis: Option<LegalBasis>,
    /// Staff's reason. Never shown to the person.
    pub reason: String,
    /// What is missing and who was asked, written for the person.
    pub information_needed: Option<String>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub decided_by: Uuid,
    pub decided_at: DateTime<Utc>,
}

/// Staff's decision on one kind of advocacy: `PUT /referrals/{id}/mandates/{advocacy}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MandateDecision {
    pub state: MandateState,
    #[serde(default)]
    pub legal_basis: Option<LegalBasis>,
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub information_needed: Option<String>,
    #[serde(default)]
    pub starts_on: Option<NaiveDate>,
    #[serde(default)]
    pub ends_on: Option<NaiveDate>,
}

impl MandateDecision {
    /// Every check, including that the basis belongs to the advocacy it is given for.
    pub fn check_for(&self, advocacy: Advocacy) -> Result<(), ValidationErrors> {
        let mut errors = self.validate().err().unwrap_or_default();
        if self.legal_basis.is_some_and(|b| b.advocacy() != advocacy) {
            errors.add("legal_basis", error("advocacy", "error-legal-basis-other-advocacy"));
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

impl Validate for MandateDecision {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let confirmed = self.state == MandateState::Confirmed;
        if confirmed && self.legal_basis.is_none() {
            errors.add("legal_basis", error("required", "error-legal-basis-required"));
        }
        check_optional(&mut errors, "reason", Some(&self.reason), true, paragraph(MAX_REASON), "error-mandate-reason-required");
        let asking = self.state == MandateState::AwaitingInformation;
        check_optional(
            &mut errors,
            "information_needed",
            self.information_needed.as_deref(),
            asking,
            paragraph(MAX_REASON),
            "error-information-needed-required",
        );
        if confirmed && self.starts_on.is_none() {
            errors.add("starts_on", error("required", "error-mandate-start-required"));
        }
        if let (Some(start), Some(end)) = (self.starts_on, self.ends_on) {
            if end < start {
                errors.add("ends_on", error("order", "error-mandate-ends-before-start"));
            }
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// One row of the mandates panel: what the engine indicated beside what staff decided.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MandateLine {
    pub advocacy: Advocacy,
    pub indicated: Option<Outcome>,
    pub decided: Option<Mandate>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::field_errors;

    #[test]
    fn every_basis_belongs_to_one_advocacy_and_each_advocacy_has_one() {
        for advocacy in Advocacy::ALL {
            assert!(!LegalBasis::for_advocacy(advocacy).is_empty(), "{advocacy:?} has a basis");
        }
        crate::words::tests::assert_in_staff_words(LegalBasis::ALL.iter().map(|b| b.label_id()));
    }

    #[test]
    fn a_confirmation_needs_a_basis_a_start_and_a_reason() {
        let bare = MandateDecision {
            state: MandateState::Confirmed,
            legal_basis: None,
            reason: " ".into(),
            information_needed: None,
            starts_on: None,
            ends_on: None,
        };
        let found: Vec<String> = field_errors(&bare.validate().unwrap_err()).into_iter().map(|f| f.field).collect();
        assert_eq!(found, ["legal_basis", "reason", "starts_on"]);
        let wrong = MandateDecision {
            legal_basis: Some(LegalBasis::RprDols),
            reason: "DoLS authorised".into(),
            starts_on: NaiveDate::from_ymd_opt(2026, 12, 7),
            ends_on: NaiveDate::from_ymd_opt(2026, 12, 1),
            ..bare
        };
        let found: Vec<String> = field_errors(&wrong.check_for(Advocacy::Imca).unwrap_err()).into_iter().map(|f| f.field).collect();
        assert_eq!(found, ["ends_on", "legal_basis"]);
    }

    #[test]
    fn asking_for_information_says_what_is_missing() {
        let asking = MandateDecision {
            state: MandateState::AwaitingInformation,
            legal_basis: None,
            reason: "No capacity assessment yet".into(),
            information_needed: None,
            starts_on: None,
            ends_on: None,
        };
        let found: Vec<String> = field_errors(&asking.validate().unwrap_err()).into_iter().map(|f| f.field).collect();
        assert_eq!(found, ["information_needed"]);
    }
}
