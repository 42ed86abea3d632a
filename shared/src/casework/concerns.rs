//! Safeguarding concerns an advocate raises or records on a case: what kind of abuse or
//! neglect, whether the person agreed to it going to the council (or why it went without
//! their agreement), when it was reported, the council's reference and decision, whether a
//! section 42 enquiry opened, and whether anything came back. Until the advocate settles it,
//! a reported concern falls due to chase a set number of days after the last contact, and
//! can be escalated up the provider's own path, each step dated.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::{Validate, ValidationErrors};

use crate::referral::{check_optional, error, line, paragraph};

/// The longest summary, decision or note.
pub const MAX_CONCERN_TEXT: usize = 4000;
/// The longest council reference.
pub const MAX_COUNCIL_REFERENCE: usize = 100;
/// Days from the last contact to chasing, when the provider has not chosen.
pub const DEFAULT_CHASE_DAYS: i32 = 10;
/// The longest a provider may let a concern wait before chasing.
pub const MAX_CHASE_DAYS: i32 = 90;

codes! {
    /// The kinds of abuse and neglect the Safeguarding Adults Collection counts.
    AbuseKind {
        Physical = "physical",
        Sexual = "sexual",
        Psychological = "psychological",
        Financial = "financial",
        Discriminatory = "discriminatory",
        Organisational = "organisational",
        Neglect = "neglect",
        Domestic = "domestic",
        SexualExploitation = "sexual_exploitation",
        ModernSlavery = "modern_slavery",
        SelfNeglect = "self_neglect",
    }
}

codes! {
    /// Whether the person agreed to the concern going to the council.
    ConcernConsent {
        Given = "given",
        Refused = "refused",
        NotAsked = "not_asked",
    }
}

codes! {
    /// Why a concern went to the council without the person's agreement.
    WithoutConsent {
        RiskToOthers = "risk_to_others",
        LacksCapacity = "lacks_capacity",
        Crime = "crime",
        VitalInterests = "vital_interests",
    }
}

codes! {
    /// Whether the council opened a section 42 enquiry.
    Enquiry {
        NotKnown = "not_known",
        Opened = "opened",
        NotOpened = "not_opened",
    }
}

codes! {
    /// What happened on a day in a concern's life after it was reported.
    ConcernStepKind {
        Chased = "chased",
        Escalated = "escalated",
    }
}

// Message ids in staff.ftl, written out so that forms can list them as constants.
impl AbuseKind {
    pub const fn label_id(self) -> &'static str {
        match self {
            AbuseKind::Physical => "staff-abuse-physical-label",
            AbuseKind::Sexual => "staff-abuse-sexual-label",
            AbuseKind::Psychological => "staff-abuse-psychological-label",
            AbuseKind::Financial => "staff-abuse-financial-label",
            AbuseKind::Discriminatory => "staff-abuse-discriminatory-label",
            AbuseKind::Organisational => "staff-abuse-organisational-label",
            AbuseKind::Neglect => "staff-abuse-neglect-label",
            AbuseKind::Domestic => "staff-abuse-domestic-label",
            AbuseKind::SexualExploitation => "staff-abuse-sexual-exploitation-label",
            AbuseKind::ModernSlavery => "staff-abuse-modern-slavery-label",
            AbuseKind::SelfNeglect => "staff-abuse-self-neglect-label",
        }
    }
}

impl WithoutConsent {
    pub const fn label_id(self) -> &'static str {
        match self {
            WithoutConsent::RiskToOthers => "staff-without-consent-risk-to-others-label",
            WithoutConsent::LacksCapacity => "staff-without-consent-lacks-capacity-label",
            WithoutConsent::Crime => "staff-without-consent-crime-label",
            WithoutConsent::VitalInterests => "staff-without-consent-vital-interests-label",
        }
    }
}

/// A chase or an escalation, as the team reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConcernStep {
    pub kind: ConcernStepKind,
    /// The step of the provider's escalation path it went to.
    #[serde(default)]
    pub escalated_to: Option<Uuid>,
    pub on: NaiveDate,
    #[serde(default)]
    pub note: Option<String>,
    pub by: Uuid,
}

/// A safeguarding concern on a case, for the team only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SafeguardingConcern {
    pub id: Uuid,
    pub kinds: Vec<AbuseKind>,
    pub summary: String,
    pub consent: ConcernConsent,
    #[serde(default)]
    pub without_consent: Option<WithoutConsent>,
    #[serde(default)]
    pub reported_on: Option<NaiveDate>,
    #[serde(default)]
    pub council_reference: Option<String>,
    pub enquiry: Enquiry,
    #[serde(default)]
    pub council_decision: Option<String>,
    /// When the council last told the advocate what it did.
    #[serde(default)]
    pub feedback_on: Option<NaiveDate>,
    /// Below the council's threshold (or no enquiry), yet the person is still at risk.
    #[serde(default)]
    pub still_at_risk: bool,
    /// When the advocate decided nothing more needs chasing.
    #[serde(default)]
    pub settled_on: Option<NaiveDate>,
    /// When it is next due to be chased; none until reported, and once settled.
    #[serde(default)]
    pub chase_on: Option<NaiveDate>,
    #[serde(default)]
    pub steps: Vec<ConcernStep>,
    pub recorded_by: Uuid,
    pub recorded_at: DateTime<Utc>,
    pub version: i64,
}

/// A new concern, or a change to one (`version` is the one changed from; 0 for a new one).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConcernChange {
    #[serde(default)]
    pub kinds: Vec<AbuseKind>,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub consent: Option<ConcernConsent>,
    #[serde(default)]
    pub without_consent: Option<WithoutConsent>,
    #[serde(default)]
    pub reported_on: Option<NaiveDate>,
    #[serde(default)]
    pub council_reference: Option<String>,
    #[serde(default)]
    pub enquiry: Option<Enquiry>,
    #[serde(default)]
    pub council_decision: Option<String>,
    #[serde(default)]
    pub feedback_on: Option<NaiveDate>,
    #[serde(default)]
    pub still_at_risk: bool,
    #[serde(default)]
    pub settled_on: Option<NaiveDate>,
    #[serde(default)]
    pub version: i64,
}

impl Validate for ConcernChange {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if self.kinds.is_empty() {
            errors.add("kinds", error("required", "error-concern-kind-required"));
        }
        check_optional(&mut errors, "summary", Some(&self.summary), true, paragraph(MAX_CONCERN_TEXT), "error-concern-summary-required");
        match self.consent {
            None => errors.add("consent", error("required", "error-concern-consent-required")),
            // Going ahead without agreement always needs its reason, and only then has one.
            Some(ConcernConsent::Given) if self.without_consent.is_some() => {
                errors.add("without_consent", error("consented", "error-without-consent-only-without"))
            }
            Some(ConcernConsent::Refused | ConcernConsent::NotAsked) if self.reported_on.is_some() && self.without_consent.is_none() => {
                errors.add("without_consent", error("required", "error-without-consent-required"))
            }
            _ => {}
        }
        check_optional(&mut errors, "council_reference", self.council_reference.as_deref(), false, line(MAX_COUNCIL_REFERENCE), "");
        check_optional(&mut errors, "council_decision", self.council_decision.as_deref(), false, paragraph(MAX_CONCERN_TEXT), "");
        let before_report = |day: Option<NaiveDate>| matches!((day, self.reported_on), (Some(day), Some(reported)) if day < reported);
        if self.reported_on.is_none() && (self.feedback_on.is_some() || self.council_reference.is_some()) {
            errors.add("reported_on", error("required", "error-concern-reported-required"));
        }
        if before_report(self.feedback_on) {
            errors.add("feedback_on", error("order", "error-concern-feedback-before-report"));
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// A chase or an escalation: `POST /referrals/{id}/concerns/{concern}/steps`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewConcernStep {
    pub kind: ConcernStepKind,
    #[serde(default)]
    pub escalated_to: Option<Uuid>,
    #[serde(default)]
    pub on: Option<NaiveDate>,
    #[serde(default)]
    pub note: Option<String>,
    pub version: i64,
}

impl Validate for NewConcernStep {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if self.on.is_none() {
            errors.add("on", error("required", "error-concern-step-date-required"));
        }
        match (self.kind, self.escalated_to) {
            (ConcernStepKind::Escalated, None) => errors.add("escalated_to", error("required", "error-escalated-to-required")),
            (ConcernStepKind::Chased, Some(_)) => errors.add("escalated_to", error("chased", "error-escalated-to-only-escalation")),
            _ => {}
        }
        check_optional(&mut errors, "note", self.note.as_deref(), false, paragraph(MAX_CONCERN_TEXT), "");
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// A concern due to be chased, as the list of them shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConcernToChase {
    pub concern: Uuid,
    pub referral: Uuid,
    pub reference: String,
    pub name: String,
    pub kinds: Vec<AbuseKind>,
    pub reported_on: NaiveDate,
    pub chase_on: NaiveDate,
    pub still_at_risk: bool,
    /// How many times it has been chased or escalated so far.
    pub steps: u32,
}

/// The provider's safeguarding settings: `GET, PUT /safeguarding-settings`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafeguardingSettings {
    /// Days from the last contact with the council to chasing it.
    pub chase_after_days: i32,
}

impl Validate for SafeguardingSettings {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if !(1..=MAX_CHASE_DAYS).contains(&self.chase_after_days) {
            errors.add("chase_after_days", error("range", "error-chase-days-range"));
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// When a concern next falls due to be chased: `days` after the latest of its report, its
/// chases and escalations and the council's last answer; none before it is reported and once
/// it is settled.
pub fn next_chase(reported_on: Option<NaiveDate>, feedback_on: Option<NaiveDate>, settled: bool, steps: &[NaiveDate], days: i32) -> Option<NaiveDate> {
    let reported = reported_on.filter(|_| !settled)?;
    let last = steps.iter().copied().chain(feedback_on).fold(reported, NaiveDate::max);
    Some(last + chrono::Duration::days(i64::from(days)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::field_errors;

    fn fields(errors: Result<(), ValidationErrors>) -> Vec<String> {
        errors.err().map(|e| field_errors(&e).into_iter().map(|f| f.field).collect()).unwrap_or_default()
    }

    fn day(d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2026, 12, d)
    }

    fn neglect() -> ConcernChange {
        ConcernChange {
            kinds: vec![AbuseKind::Neglect],
            summary: "Left without food at the weekend".into(),
            consent: Some(ConcernConsent::Given),
            enquiry: Some(Enquiry::NotKnown),
            ..ConcernChange::default()
        }
    }

    #[test]
    fn a_concern_needs_what_kind_what_happened_and_whether_they_agreed() {
        assert_eq!(fields(ConcernChange::default().validate()), ["consent", "kinds", "summary"]);
        assert!(fields(neglect().validate()).is_empty());
    }

    #[test]
    fn reporting_without_agreement_needs_the_reason_and_only_then_has_one() {
        let refused = ConcernChange { consent: Some(ConcernConsent::Refused), reported_on: day(3), ..neglect() };
        assert_eq!(fields(refused.clone().validate()), ["without_consent"]);
        assert!(fields(ConcernChange { without_consent: Some(WithoutConsent::RiskToOthers), ..refused }.validate()).is_empty());
        // Not yet reported: the person said no, and nothing has gone anywhere.
        assert!(fields(ConcernChange { consent: Some(ConcernConsent::Refused), ..neglect() }.validate()).is_empty());
        let agreed = ConcernChange { without_consent: Some(WithoutConsent::Crime), ..neglect() };
        assert_eq!(fields(agreed.validate()), ["without_consent"]);
    }

    #[test]
    fn an_answer_comes_after_the_report() {
        let unreported = ConcernChange { feedback_on: day(5), ..neglect() };
        assert_eq!(fields(unreported.validate()), ["reported_on"]);
        let early = ConcernChange { reported_on: day(5), feedback_on: day(4), ..neglect() };
        assert_eq!(fields(early.validate()), ["feedback_on"]);
    }

    #[test]
    fn a_chase_falls_due_after_the_last_contact_until_settled() {
        assert_eq!(next_chase(None, None, false, &[], 10), None, "not reported yet");
        assert_eq!(next_chase(day(1), None, false, &[], 10), day(11));
        assert_eq!(next_chase(day(1), None, false, &[day(11).unwrap()], 10), day(21));
        assert_eq!(next_chase(day(1), day(15), false, &[day(11).unwrap()], 10), day(25));
        assert_eq!(next_chase(day(1), day(15), true, &[], 10), None, "settled");
    }

    #[test]
    fn escalating_names_the_step_and_chasing_does_not() {
        let chase = NewConcernStep { kind: ConcernStepKind::Chased, escalated_to: None, on: day(7), note: None, version: 1 };
        assert!(fields(chase.validate()).is_empty());
        let up = NewConcernStep { kind: ConcernStepKind::Escalated, escalated_to: None, on: None, note: None, version: 1 };
        assert_eq!(fields(up.validate()), ["escalated_to", "on"]);
        let wrong = NewConcernStep { kind: ConcernStepKind::Chased, escalated_to: Some(Uuid::nil()), on: day(7), note: None, version: 1 };
        assert_eq!(fields(wrong.validate()), ["escalated_to"]);
        assert_eq!(fields(SafeguardingSettings { chase_after_days: 0 }.validate()), ["chase_after_days"]);
    }

    #[test]
    fn every_kind_and_reason_has_staff_words() {
        crate::words::tests::assert_in_staff_words(AbuseKind::ALL.iter().map(|k| k.label_id().to_string()));
        crate::words::tests::assert_in_staff_words(WithoutConsent::ALL.iter().map(|k| k.label_id().to_string()));
    }
}
