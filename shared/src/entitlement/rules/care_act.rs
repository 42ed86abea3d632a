//! Care Act 2014 ss67-68: an independent advocate for the council's assessments, care and
//! support planning, reviews, safeguarding enquiries and safeguarding adults reviews.
//!
//! Capacity plays no part here: the duty covers people with capacity who find taking part
//! very hard, and carers with or without capacity.

use super::tri::{CandidateField, Fact, Tri};
use super::Finding;
use crate::entitlement::facts::{
    Candidate, Difficulty, Facts, NhsPlacement, PlacementSetting, Process,
};
use crate::entitlement::outcome::{Advocacy, Outcome, Reason};

/// Exception E1 for hospital: the stay must EXCEED four weeks, so 28 days is not enough.
const HOSPITAL_DAYS_MUST_EXCEED: u32 = 28;
/// Exception E1 for a care home: eight weeks OR MORE, so 56 days is enough. The two limits
/// are worded differently in the guidance and must stay different here.
const CARE_HOME_DAYS_AT_LEAST: u32 = 56;

pub(super) fn care_act(facts: &Facts) -> Finding {
    let needs = Tri::known(facts.care_support_needs, Fact::CareSupportNeeds);
    let difficulty = substantial_difficulty(facts.difficulty);
    let involved = Tri::known(facts.council_involved, Fact::CouncilInvolved);
    let process = Tri::when(facts.process, Fact::Process, |p| Tri::from(p != Process::None));
    let no_individual = !appropriate_individual(facts.candidates.as_deref());
    let (placement, placement_reason) = placement_exception(facts.nhs_placement);
    let disagreement =
        Tri::when(facts.disagreement_with_appropriate_individual, Fact::Disagreement, |d| {
            Tri::known(d.both_agree_advocate_helps, Fact::DisagreementBothAgree)
        });
    let advocate_needed = no_individual.clone().or(placement.clone()).or(disagreement.clone());

    let needs_and_difficulty = needs.clone().and(difficulty.clone());
    let duty = needs_and_difficulty
        .clone()
        .and(involved.clone())
        .and(process.clone())
        .and(advocate_needed.clone());
    let possible = needs_and_difficulty.and(!involved);

    let settled = |outcome, reasons| Finding::settled(Advocacy::CareAct, outcome, reasons);
    if duty.is_yes() {
        // Every ground that holds, so that learning more can add reasons but never
        // contradict the ones already given.
        let reasons = [
            no_individual.is_yes().then_some(Reason::NoAppropriateIndividual),
            placement_reason.filter(|_| placement.is_yes()),
            disagreement.is_yes().then_some(Reason::ExceptionDisagreement),
        ];
        let reasons = reasons.into_iter().flatten().collect();
        return settled(Outcome::Duty, reasons);
    }
    if possible.is_yes() {
        return settled(Outcome::Possible, vec![Reason::NoCouncilInvolvementYet]);
    }
    if duty.is_no() && possible.is_no() {
        let reasons = [
            (needs.is_no(), Reason::NoCareSupportNeeds),
            (difficulty.is_no(), Reason::NoSubstantialDifficulty),
            (process.is_no(), Reason::NoRelevantProcess),
            (advocate_needed.is_no(), Reason::AppropriateIndividualAvailable),
        ];
        let reasons = reasons.into_iter().filter_map(|(on, reason)| on.then_some(reason)).collect();
        return settled(Outcome::NotMet, reasons);
    }
    Finding::open([duty, possible])
}

/// Substantial difficulty in any one of the four areas is enough.
fn substantial_difficulty(difficulty: Option<Difficulty>) -> Tri {
    Tri::when(difficulty, Fact::Difficulty, |d| {
        Tri::any([
            Tri::known(d.understanding, Fact::DifficultyUnderstanding),
            Tri::known(d.retaining, Fact::DifficultyRetaining),
            Tri::known(d.weighing, Fact::DifficultyWeighing),
            Tri::known(d.communicating, Fact::DifficultyCommunicating),
        ])
    })
}

/// Whether at least one candidate is free of all four disqualifiers. An empty list is a
/// known answer: nobody is available.
fn appropriate_individual(candidates: Option<&[Candidate]>) -> Tri {
    let Some(candidates) = candidates else {
        return Tri::unknown(Fact::Candidates);
    };
    Tri::any(candidates.iter().enumerate().map(|(index, candidate)| {
        let clear = |value, field| !Tri::known(value, Fact::Candidate(index, field));
        clear(candidate.paid_or_professional, CandidateField::PaidOrProfessional)
            .and(clear(candidate.person_does_not_want, CandidateField::PersonDoesNotWant))
            .and(clear(candidate.unable_or_unavailable, CandidateField::UnableOrUnavailable))
            .and(clear(candidate.implicated_in_abuse, CandidateField::ImplicatedInAbuse))
    }))
}

/// Exception E1, with the reason to give when it holds (only once the setting is known:
/// the two settings have different limits and different reasons).
fn placement_exception(placement: Option<NhsPlacement>) -> (Tri, Option<Reason>) {
    let Some(placement) = placement else {
        return (Tri::unknown(Fact::NhsPlacement), None);
    };
    let setting_is = |wanted| {
        Tri::when(placement.setting, Fact::NhsPlacementSetting, |s| Tri::from(s == wanted))
    };
    let days = |long_enough: fn(u32) -> bool| {
        Tri::when(placement.expected_days, Fact::NhsPlacementExpectedDays, |d| {
            Tri::from(long_enough(d))
        })
    };
    let long_enough = setting_is(PlacementSetting::Hospital)
        .and(days(|d| d > HOSPITAL_DAYS_MUST_EXCEED))
        .or(setting_is(PlacementSetting::CareHome).and(days(|d| d >= CARE_HOME_DAYS_AT_LEAST)));
    let best_interests =
        Tri::known(placement.council_best_interests, Fact::NhsPlacementCouncilBestInterests);
    let reason = placement.setting.map(|setting| match setting {
        PlacementSetting::Hospital => Reason::ExceptionNhsHospitalOver28Days,
        PlacementSetting::CareHome => Reason::ExceptionNhsCareHome56DaysOrMore,
    });
    (long_enough.and(best_interests), reason)
}
