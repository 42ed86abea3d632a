//! How soon help is needed. Every referrer is asked whether anyone is in danger now and
//! whether something is happening soon; with the safeguarding and mental health answers,
//! that decides which referrals triage reads first and what the person is told to do now.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationErrors};

use super::contact::{check_optional, line};
use super::ReferralAnswers;
use crate::entitlement::{Assessment, Flag};

/// What the referrer said about how soon help is needed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Urgency {
    /// Someone is in danger now.
    pub danger_now: bool,
    /// Something is happening soon: a meeting, a hearing, leaving hospital, a move.
    pub soon: Option<HappeningSoon>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HappeningSoon {
    pub what: String,
    /// When, if they know. Not knowing the date does not make it less urgent.
    #[serde(default)]
    pub date: Option<NaiveDate>,
}

impl Validate for Urgency {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if let Some(soon) = &self.soon {
            let mut inner = ValidationErrors::new();
            check_optional(&mut inner, "what", Some(&soon.what), true, line(200), "error-soon-what-required");
            errors.merge_self("soon", if inner.is_empty() { Ok(()) } else { Err(inner) });
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// How to reach the provider when something cannot wait, for the public pages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderContact {
    /// The provider's phone line, when the deployment has one.
    pub phone: Option<String>,
}

/// A meeting or deadline this many days after the referral arrives, or fewer, makes it urgent.
pub const URGENT_WITHIN_DAYS: i64 = 5;

/// Why a referral is read first, most pressing first. Staff see these before anything else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum UrgentReason {
    /// The referrer said someone is in danger now.
    DangerNow,
    /// The safeguarding enquiry is urgent and may start before an advocate is in place.
    UrgentSafeguarding,
    /// The person is kept in seclusion or long-term segregation.
    IsolationOrSeclusion,
    /// Something happens within `URGENT_WITHIN_DAYS` of the referral arriving, or soon on a
    /// date the referrer did not know.
    HappeningSoon { what: String, date: Option<NaiveDate> },
}

impl ReferralAnswers {
    pub fn urgency(&self) -> &Urgency {
        match self {
            ReferralAnswers::SelfReferral(r) => &r.urgency,
            ReferralAnswers::OnBehalf(r) => &r.urgency,
            ReferralAnswers::Professional(r) => &r.urgency,
        }
    }

    /// Why this referral is urgent, judged on the day it was `received`; empty when it is not.
    pub fn urgent_reasons(&self, assessment: &Assessment, received: NaiveDate) -> Vec<UrgentReason> {
        let urgency = self.urgency();
        let mut reasons = Vec::new();
        if urgency.danger_now {
            reasons.push(UrgentReason::DangerNow);
        }
        for (flag, reason) in
            [(Flag::UrgentSafeguarding, UrgentReason::UrgentSafeguarding), (Flag::IsolationOrSeclusion, UrgentReason::IsolationOrSeclusion)]
        {
            if assessment.flags.contains(&flag) {
                reasons.push(reason);
            }
        }
        let close = |date: NaiveDate| date >= received && (date - received).num_days() <= URGENT_WITHIN_DAYS;
        let mut soon: Vec<(String, Option<NaiveDate>)> = Vec::new();
        if let Some(event) = urgency.soon.as_ref().filter(|s| s.date.is_none_or(close)) {
            soon.push((event.what.clone(), event.date));
        }
        if let ReferralAnswers::Professional(r) = self {
            soon.extend(r.deadlines.iter().filter(|d| close(d.date)).map(|d| (d.what.clone(), Some(d.date))));
        }
        // The nearest first; an unknown date is read as "any day now".
        soon.sort_by_key(|(_, date)| *date);
        reasons.extend(soon.into_iter().map(|(what, date)| UrgentReason::HappeningSoon { what, date }));
        reasons
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entitlement;
    use crate::referral::{Deadline, ProfessionalReferral, SelfReferral};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn reasons(answers: &ReferralAnswers, received: NaiveDate) -> Vec<UrgentReason> {
        answers.urgent_reasons(&entitlement::assess(answers.eligibility()), received)
    }

    fn asking(urgency: Urgency) -> ReferralAnswers {
        ReferralAnswers::SelfReferral(Box::new(SelfReferral { urgency, ..Default::default() }))
    }

    #[test]
    fn nothing_said_is_not_urgent() {
        assert_eq!(reasons(&asking(Urgency::default()), day(4)), []);
    }

    #[test]
    fn danger_comes_first_and_something_soon_counts_only_when_close() {
        let hearing = |date| Some(HappeningSoon { what: "Tribunal".into(), date });
        let soon = |date| UrgentReason::HappeningSoon { what: "Tribunal".into(), date };
        let both = asking(Urgency { danger_now: true, soon: hearing(Some(day(6))) });
        assert_eq!(reasons(&both, day(4)), [UrgentReason::DangerNow, soon(Some(day(6)))]);
        assert_eq!(reasons(&asking(Urgency { danger_now: false, soon: hearing(Some(day(9))) }), day(4)), [soon(Some(day(9)))]);
        assert_eq!(reasons(&asking(Urgency { danger_now: false, soon: hearing(Some(day(10))) }), day(4)), []);
        assert_eq!(reasons(&asking(Urgency { danger_now: false, soon: hearing(Some(day(3))) }), day(4)), []);
        assert_eq!(reasons(&asking(Urgency { danger_now: false, soon: hearing(None) }), day(4)), [soon(None)]);
    }

    #[test]
    fn a_professionals_close_deadlines_count_nearest_first() {
        let deadline = |what: &str, d| Deadline { what: what.into(), date: day(d) };
        let referral = ProfessionalReferral {
            deadlines: vec![deadline("Review", 8), deadline("Far off", 20), deadline("Hearing", 6)],
            ..Default::default()
        };
        let found = reasons(&ReferralAnswers::Professional(Box::new(referral)), day(4));
        assert_eq!(
            found,
            [
                UrgentReason::HappeningSoon { what: "Hearing".into(), date: Some(day(6)) },
                UrgentReason::HappeningSoon { what: "Review".into(), date: Some(day(8)) },
            ]
        );
    }

    #[test]
    fn something_soon_must_say_what() {
        let urgency = Urgency { danger_now: false, soon: Some(HappeningSoon { what: " ".into(), date: None }) };
        let fields: Vec<String> =
            crate::problem::field_errors(&urgency.validate().unwrap_err()).into_iter().map(|f| f.field).collect();
        assert_eq!(fields, ["soon.what"]);
    }
}
