//! The answers a referral was made with, by route, and what every part of SpeakUp reads
//! from them whatever the route: the person's name, what they need, their profile, the facts.

use serde::{Deserialize, Serialize};
use speakup_locales::Wording;

use super::{CommonReason, CommunicationNeeds, OnBehalfReferral, PersonPreferences, ProfessionalReferral, SelfReferral};

/// What was asked, by which route. The JSON is `{"route": "self", "answers": {...}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "route", content = "answers", rename_all = "snake_case")]
pub enum ReferralAnswers {
    #[serde(rename = "self")]
    SelfReferral(Box<SelfReferral>),
    OnBehalf(Box<OnBehalfReferral>),
    Professional(Box<ProfessionalReferral>),
}

impl ReferralAnswers {
    /// The stored route name, as in the `route` column.
    pub fn route(&self) -> &'static str {
        match self {
            ReferralAnswers::SelfReferral(_) => "self",
            ReferralAnswers::OnBehalf(_) => "on_behalf",
            ReferralAnswers::Professional(_) => "professional",
        }
    }

    /// What the person likes to be called.
    pub fn person_name(&self) -> &str {
        match self {
            ReferralAnswers::SelfReferral(r) => &r.name,
            ReferralAnswers::OnBehalf(r) => &r.person_name,
            ReferralAnswers::Professional(r) => &r.person.name,
        }
    }

    pub fn help_with(&self) -> &str {
        match self {
            ReferralAnswers::SelfReferral(r) => &r.help_with,
            ReferralAnswers::OnBehalf(r) => &r.help_with,
            ReferralAnswers::Professional(r) => &r.help_with,
        }
    }

    /// What it is about, from the pictures on the first question (none from a professional).
    pub fn reasons(&self) -> &[CommonReason] {
        match self {
            ReferralAnswers::SelfReferral(r) => &r.reasons,
            ReferralAnswers::OnBehalf(r) => &r.reasons,
            ReferralAnswers::Professional(_) => &[],
        }
    }

    /// Who gave the answers the entitlement result rests on, for staff weighing it.
    pub fn given_by_in(&self, wording: Wording) -> String {
        let text = |id| speakup_locales::text(wording, id);
        match self {
            ReferralAnswers::SelfReferral(r) if r.eligibility.role.is_some_and(|role| role != crate::entitlement::Role::Person) => {
                text("staff-given-by-person-carer").into()
            }
            ReferralAnswers::SelfReferral(_) => text("staff-given-by-person").into(),
            ReferralAnswers::OnBehalf(r) => {
                let relationship = text(r.referrer.relationship.label_id()).to_lowercase();
                speakup_locales::format(wording, "staff-given-by-referrer", &[("name", &r.referrer.name), ("relationship", &relationship)])
            }
            ReferralAnswers::Professional(r) => speakup_locales::format(
                wording,
                "staff-given-by-professional",
                &[("name", &r.referrer.name), ("role", &r.referrer.job_role), ("organisation", &r.referrer.organisation)],
            ),
        }
    }

    /// Takes the equality answers out, so they are never stored with the case.
    pub fn take_equality(&mut self) -> Option<crate::equality::EqualityMonitoring> {
        match self {
            ReferralAnswers::SelfReferral(r) => r.equality.take(),
            ReferralAnswers::OnBehalf(r) => r.equality.take(),
            ReferralAnswers::Professional(r) => r.equality.take(),
        }
    }

    pub fn communication(&self) -> &CommunicationNeeds {
        match self {
            ReferralAnswers::SelfReferral(r) => &r.communication,
            ReferralAnswers::OnBehalf(r) => &r.communication,
            ReferralAnswers::Professional(r) => &r.communication,
        }
    }

    pub fn preferences(&self) -> &PersonPreferences {
        match self {
            ReferralAnswers::SelfReferral(r) => &r.preferences,
            ReferralAnswers::OnBehalf(r) => &r.preferences,
            ReferralAnswers::Professional(r) => &r.preferences,
        }
    }

    pub fn eligibility(&self) -> &crate::entitlement::Facts {
        match self {
            ReferralAnswers::SelfReferral(r) => &r.eligibility,
            ReferralAnswers::OnBehalf(r) => &r.eligibility,
            ReferralAnswers::Professional(r) => &r.eligibility,
        }
    }
}

