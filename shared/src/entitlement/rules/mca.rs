//! Mental Capacity Act 2005: the IMCA, and the paid representative under the Deprivation
//! of Liberty Safeguards. The day limits come from the Act and its regulations, not from
//! the seeds.

use super::tri::{Fact, Tri};
use super::Finding;
use crate::entitlement::facts::{Facts, McaDecision};
use crate::entitlement::outcome::{Advocacy, Outcome, Reason};

/// A move to hospital brings in an IMCA when it is expected to last MORE than 28 days.
const HOSPITAL_DAYS_MUST_EXCEED: u32 = 28;
/// A move to a care home: MORE than 8 weeks, so 56 days is not enough (unlike the Care Act
/// exception, where 56 days is).
const CARE_HOME_DAYS_MUST_EXCEED: u32 = 56;

pub(super) fn imca(facts: &Facts) -> Finding {
    let lacks = Tri::when(facts.capacity, Fact::Capacity, |c| {
        Tri::known(c.lacks_capacity_for_decision, Fact::CapacityLacks)
    });
    let assessed = Tri::when(facts.capacity, Fact::Capacity, |c| {
        Tri::known(c.assessment_completed, Fact::CapacityAssessmentCompleted)
    });
    let no_one_to_consult =
        !Tri::known(facts.family_or_friend_to_consult, Fact::FamilyOrFriendToConsult);
    let decision_is =
        |wanted| Tri::when(facts.mca_decision, Fact::McaDecision, |d| Tri::from(d == wanted));
    let days_exceed = |limit| {
        Tri::when(facts.accommodation_expected_days, Fact::AccommodationExpectedDays, |d| {
            Tri::from(d > limit)
        })
    };

    let qualifying_decision = Tri::any([
        decision_is(McaDecision::SeriousMedicalTreatment),
        decision_is(McaDecision::AccommodationHospital).and(days_exceed(HOSPITAL_DAYS_MUST_EXCEED)),
        decision_is(McaDecision::AccommodationCareHome)
            .and(days_exceed(CARE_HOME_DAYS_MUST_EXCEED)),
    ]);
    let eligible = lacks.clone().and(qualifying_decision).and(no_one_to_consult.clone());
    // In safeguarding the responsible body may involve an IMCA even when family are around.
    let discretionary = lacks.clone().and(
        decision_is(McaDecision::CareReview)
            .and(no_one_to_consult)
            .or(decision_is(McaDecision::Safeguarding)),
    );

    let positive = if eligible.is_yes() {
        Some(Outcome::Eligible)
    } else if discretionary.is_yes() {
        Some(Outcome::Discretionary)
    } else {
        None
    };
    if let (Some(outcome), Some(decision)) = (positive, facts.mca_decision) {
        let mut reasons = why_imca(decision);
        if assessed.is_yes() {
            return Finding::settled(Advocacy::Imca, outcome, reasons);
        }
        // A referral needs a completed assessment, so until one is confirmed the IMCA waits;
        // confirming it is what would turn this into a firm result.
        reasons.push(Reason::McaAssessmentMissing);
        let mut finding = Finding::settled(Advocacy::Imca, Outcome::PendingAssessment, reasons);
        finding.missing = assessed.missing();
        return finding;
    }
    if eligible.is_no() && discretionary.is_no() {
        return Finding::settled(Advocacy::Imca, Outcome::NotMet, why_not_imca(facts, &lacks));
    }
    Finding::open([eligible, discretionary, assessed])
}

fn why_imca(decision: McaDecision) -> Vec<Reason> {
    match decision {
        McaDecision::SeriousMedicalTreatment => {
            vec![Reason::LacksCapacityNoOneToConsult, Reason::SeriousMedicalTreatment]
        }
        McaDecision::AccommodationHospital => {
            vec![Reason::LacksCapacityNoOneToConsult, Reason::AccommodationHospitalOver28Days]
        }
        McaDecision::AccommodationCareHome => {
            vec![Reason::LacksCapacityNoOneToConsult, Reason::AccommodationCareHomeOver8Weeks]
        }
        McaDecision::CareReview => {
            vec![Reason::LacksCapacityNoOneToConsult, Reason::ImcaCareReview]
        }
        McaDecision::Safeguarding => vec![Reason::ImcaSafeguarding],
    }
}

/// Only called once the IMCA is settled as not applying, which needs either a known
/// capacity or a known decision, so at least one reason is always found.
fn why_not_imca(facts: &Facts, lacks: &Tri) -> Vec<Reason> {
    let mut reasons = Vec::new();
    if lacks.is_no() {
        reasons.push(Reason::HasCapacityForDecision);
    }
    let Some(decision) = facts.mca_decision else {
        return reasons;
    };
    if facts.family_or_friend_to_consult == Some(true) && decision != McaDecision::Safeguarding {
        reasons.push(Reason::FamilyOrFriendToConsult);
    }
    let limit = match decision {
        McaDecision::AccommodationHospital => Some(HOSPITAL_DAYS_MUST_EXCEED),
        McaDecision::AccommodationCareHome => Some(CARE_HOME_DAYS_MUST_EXCEED),
        _ => None,
    };
    if let (Some(limit), Some(days)) = (limit, facts.accommodation_expected_days) {
        if days <= limit {
            reasons.push(Reason::ShortStayAccommodation);
        }
    }
    reasons
}

/// A paid representative is appointed when a deprivation of liberty is authorised and no
/// relative or friend can be the representative.
pub(super) fn paid_rpr(facts: &Facts) -> Finding {
    let authorised = Tri::known(facts.dols_authorised, Fact::DolsAuthorised);
    let unpaid = Tri::known(facts.unpaid_rpr_available, Fact::UnpaidRprAvailable);
    let not_met = [
        (authorised.is_no(), Reason::NoDolsAuthorisation),
        (unpaid.is_yes(), Reason::UnpaidRprAvailable),
    ];
    Finding::yes_no(
        Advocacy::PaidRpr,
        authorised.and(!unpaid),
        (Outcome::Eligible, vec![Reason::DolsNoUnpaidRpr]),
        not_met.into_iter().filter_map(|(on, reason)| on.then_some(reason)).collect(),
    )
}
