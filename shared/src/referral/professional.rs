//! A referral from a professional (social worker, ward or care-home staff, MASH, prison
//! staff…), who can give the facts the law turns on and the evidence behind them.
//!
//! The statutory facts themselves live in `eligibility` (the engine's `Facts`); this adds
//! who is referring, the evidence, safeguarding details, deadlines and risks that the
//! triage team and the advocate need.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationErrors};

use super::contact::{check_optional, error, line, paragraph};
use super::check_profile;
use super::{CommunicationNeeds, ContactPreferences, Consent, PersonPreferences, Urgency, MAX_OWN_WORDS};
use crate::entitlement::Facts;
use crate::equality::EqualityMonitoring;
use crate::text;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfessionalReferrer {
    pub name: String,
    pub organisation: String,
    pub job_role: String,
    #[serde(default)]
    pub phone: Option<String>,
    pub email: String,
}

/// The person being referred.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferredPerson {
    pub name: String,
    #[serde(default)]
    pub date_of_birth: Option<NaiveDate>,
    /// Where they are now: home, a ward, a care home, a prison.
    #[serde(default)]
    pub location: Option<String>,
    /// How to reach them directly, when that is possible and safe.
    #[serde(default)]
    pub contact: Option<ContactPreferences>,
}

/// What shows the substantial difficulty in each area (Care Act s67(4)).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DifficultyEvidence {
    pub understanding: Option<String>,
    pub retaining: Option<String>,
    pub weighing: Option<String>,
    pub communicating: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Safeguarding {
    /// The concern, in the referrer's words.
    pub concern: String,
    /// The council's section 42 enquiry reference, when there is one.
    #[serde(default)]
    pub s42_reference: Option<String>,
    /// Who the enquiry has been delegated to, if anyone.
    #[serde(default)]
    pub delegated_to: Option<String>,
}

/// A meeting or deadline the advocate must know about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    pub what: String,
    pub date: NaiveDate,
}

pub const MAX_DEADLINES: usize = 10;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfessionalReferral {
    pub referrer: ProfessionalReferrer,
    pub person: ReferredPerson,
    /// Why an advocate is needed, in the referrer's words.
    pub help_with: String,
    /// Whether anyone is in danger now; what is happening soon is in `deadlines`.
    #[serde(default)]
    pub urgency: Urgency,
    /// Does the person know about the referral and agree?
    pub consent: Consent,
    #[serde(default)]
    pub best_interests: Option<String>,
    /// Where the process has got to ("assessment visit booked for next week").
    #[serde(default)]
    pub process_stage: Option<String>,
    #[serde(default)]
    pub difficulty_evidence: DifficultyEvidence,
    /// Who each entry of `eligibility.candidates` is ("daughter", "neighbour"), in the same order.
    #[serde(default)]
    pub candidate_descriptions: Vec<String>,
    #[serde(default)]
    pub capacity_assessment_date: Option<NaiveDate>,
    #[serde(default)]
    pub safeguarding: Option<Safeguarding>,
    #[serde(default)]
    pub deadlines: Vec<Deadline>,
    /// Risks to the person or to a lone-working advocate.
    #[serde(default)]
    pub risk: Option<String>,
    /// The advocate already involved, if any (name and organisation).
    #[serde(default)]
    pub existing_advocate: Option<String>,
    #[serde(default)]
    pub communication: CommunicationNeeds,
    #[serde(default)]
    pub preferences: PersonPreferences,
    /// The statutory facts, as the engine reads them.
    #[serde(default)]
    pub eligibility: Facts,
    /// Optional equality monitoring about the person; stored apart from the referral.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equality: Option<EqualityMonitoring>,
}

impl Validate for ProfessionalReferrer {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        check_optional(&mut errors, "name", Some(&self.name), true, line(100), "error-professional-name-required");
        check_optional(&mut errors, "organisation", Some(&self.organisation), true, line(200), "error-organisation-required");
        check_optional(&mut errors, "job_role", Some(&self.job_role), true, line(100), "error-job-role-required");
        check_optional(&mut errors, "phone", self.phone.as_deref(), false, text::phone_number, "");
        check_optional(&mut errors, "email", Some(&self.email), true, text::email_address, "error-work-email-required");
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

impl Validate for ReferredPerson {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        check_optional(&mut errors, "name", Some(&self.name), true, line(100), "error-person-name-required");
        check_optional(&mut errors, "location", self.location.as_deref(), false, paragraph(500), "");
        if let Some(contact) = &self.contact {
            errors.merge_self("contact", contact.validate());
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

impl Validate for ProfessionalReferral {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        errors.merge_self("referrer", self.referrer.validate());
        errors.merge_self("person", self.person.validate());
        check_optional(&mut errors, "help_with", Some(&self.help_with), true, paragraph(MAX_OWN_WORDS), "error-professional-help-with-required");
        check_optional(&mut errors, "best_interests", self.best_interests.as_deref(), self.consent != Consent::Yes, paragraph(2000), "error-best-interests-required");
        check_optional(&mut errors, "process_stage", self.process_stage.as_deref(), false, paragraph(1000), "");
        check_optional(&mut errors, "risk", self.risk.as_deref(), false, paragraph(2000), "");
        check_optional(&mut errors, "existing_advocate", self.existing_advocate.as_deref(), self.eligibility.existing_advocate == Some(true), line(200), "error-existing-advocate-required");
        errors.merge_self("difficulty_evidence", self.evidence_errors());
        self.check_candidates(&mut errors);
        if let Some(safeguarding) = &self.safeguarding {
            let mut inner = ValidationErrors::new();
            check_optional(&mut inner, "concern", Some(&safeguarding.concern), true, paragraph(2000), "error-safeguarding-concern-required");
            check_optional(&mut inner, "s42_reference", safeguarding.s42_reference.as_deref(), false, line(60), "");
            check_optional(&mut inner, "delegated_to", safeguarding.delegated_to.as_deref(), false, line(200), "");
            errors.merge_self("safeguarding", if inner.is_empty() { Ok(()) } else { Err(inner) });
        }
        self.check_deadlines(&mut errors);
        errors.merge_self("urgency", self.urgency.validate());
        check_profile(&mut errors, &self.communication, &self.preferences, &self.eligibility, self.equality.as_ref());
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

impl ProfessionalReferral {
    /// Every area marked as a substantial difficulty needs the evidence for it.
    fn evidence_errors(&self) -> Result<(), ValidationErrors> {
        let marked = self.eligibility.difficulty.unwrap_or_default();
        let evidence = &self.difficulty_evidence;
        let mut errors = ValidationErrors::new();
        for (field, is_marked, text) in [
            ("understanding", marked.understanding, &evidence.understanding),
            ("retaining", marked.retaining, &evidence.retaining),
            ("weighing", marked.weighing, &evidence.weighing),
            ("communicating", marked.communicating, &evidence.communicating),
        ] {
            check_optional(&mut errors, field, text.as_deref(), is_marked == Some(true), paragraph(2000), "error-difficulty-evidence-required");
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }

    /// Errors name the deadline they are about (`deadlines.2.what`).
    fn check_deadlines(&self, errors: &mut ValidationErrors) {
        if self.deadlines.len() > MAX_DEADLINES {
            errors.add("deadlines", error("length", "error-too-many-deadlines"));
            return;
        }
        let mut each = std::collections::BTreeMap::new();
        for (index, deadline) in self.deadlines.iter().enumerate() {
            let what = text::required(&deadline.what, "error-deadline-what-required").and_then(|_| line(200)(&deadline.what));
            if let Err(e) = what {
                let mut inner = ValidationErrors::new();
                inner.add("what", e);
                each.insert(index, Box::new(inner));
            }
        }
        if !each.is_empty() {
            errors.errors_mut().insert("deadlines".into(), validator::ValidationErrorsKind::List(each));
        }
    }

    /// Each candidate for appropriate individual is described, one description per candidate.
    fn check_candidates(&self, errors: &mut ValidationErrors) {
        let count = self.eligibility.candidates.as_ref().map_or(0, Vec::len);
        if self.candidate_descriptions.len() != count {
            errors.add("candidate_descriptions", error("count", "error-candidates-one-each"));
            return;
        }
        for description in &self.candidate_descriptions {
            if let Err(e) = line(200)(description).and_then(|_| text::required(description, "error-candidate-description-required")) {
                errors.add("candidate_descriptions", e);
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entitlement::{Candidate, Difficulty};
    use crate::problem::field_errors;

    fn valid() -> ProfessionalReferral {
        ProfessionalReferral {
            referrer: ProfessionalReferrer {
                name: "Alex Social Worker".into(),
                organisation: "Leeds City Council Adult Social Care".into(),
                job_role: "Social worker".into(),
                phone: Some("0113 496 0000".into()),
                email: "alex@example.gov.uk".into(),
            },
            person: ReferredPerson { name: "Jo".into(), location: Some("Ward 7".into()), ..Default::default() },
            help_with: "Jo's needs assessment is next week and Jo cannot weigh up the options.".into(),
            consent: Consent::Yes,
            ..Default::default()
        }
    }

    fn fields(referral: &ProfessionalReferral) -> Vec<String> {
        match referral.validate() {
            Ok(()) => vec![],
            Err(e) => field_errors(&e).into_iter().map(|f| f.field).collect(),
        }
    }

    #[test]
    fn a_complete_referral_is_valid() {
        assert!(fields(&valid()).is_empty());
    }

    #[test]
    fn each_marked_difficulty_needs_its_evidence() {
        let mut r = valid();
        r.eligibility.difficulty = Some(Difficulty { weighing: Some(true), communicating: Some(true), ..Default::default() });
        assert_eq!(fields(&r), ["difficulty_evidence.communicating", "difficulty_evidence.weighing"]);
        r.difficulty_evidence.weighing = Some("Could not compare the two placements when asked.".into());
        r.difficulty_evidence.communicating = Some("Uses Makaton; staff rarely understand.".into());
        assert!(fields(&r).is_empty());
    }

    #[test]
    fn candidates_are_described_one_each() {
        let mut r = valid();
        r.eligibility.candidates = Some(vec![Candidate { implicated_in_abuse: Some(true), ..Default::default() }]);
        assert_eq!(fields(&r), ["candidate_descriptions"]);
        r.candidate_descriptions = vec!["Son".into()];
        assert!(fields(&r).is_empty());
    }

    #[test]
    fn safeguarding_deadlines_and_existing_advocates_are_checked() {
        let mut r = valid();
        r.safeguarding = Some(Safeguarding { concern: " ".into(), s42_reference: Some("<x>".into()), delegated_to: None });
        r.deadlines = vec![
            Deadline { what: "Review meeting".into(), date: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap() },
            Deadline { what: "".into(), date: NaiveDate::from_ymd_opt(2026, 12, 2).unwrap() },
        ];
        r.eligibility.existing_advocate = Some(true);
        assert_eq!(
            fields(&r),
            ["deadlines.1.what", "existing_advocate", "safeguarding.concern", "safeguarding.s42_reference"]
        );
    }

    #[test]
    fn the_referrer_must_be_reachable_at_work() {
        let mut r = valid();
        r.referrer.email = "alex".into();
        r.referrer.organisation = String::new();
        assert_eq!(fields(&r), ["referrer.email", "referrer.organisation"]);
    }

    #[test]
    fn without_agreement_a_best_interests_reason_is_needed() {
        let r = ProfessionalReferral { consent: Consent::CannotSay, ..valid() };
        assert_eq!(fields(&r), ["best_interests"]);
    }
}
