//! The rules of `entitlement.md`, one module per Act.

mod care_act;
mod mca;
mod mha;
mod tri;

use std::collections::BTreeSet;

use super::facts::Facts;
use super::outcome::{Advocacy, AdvocacyResult, Assessment, Flag, Mode, Outcome, Reason};
use tri::{Fact, Tri};

/// Which advocacy appears to apply, why, and what else is needed to be sure.
///
/// `results` holds an entry for each advocacy type whose outcome the known facts settle,
/// whether that outcome is positive or `not_met`: a `not_met` with its reasons tells the
/// person and staff why, which they need as much as a positive result. A type whose outcome
/// still hangs on unknown facts has no entry; instead those facts are listed in
/// `missing_facts`, so the PWA can ask for them and nobody is told "no" on a guess.
/// Two results lean towards offering help instead: an IMCA whose capacity assessment is
/// not known to be done is `pending_assessment` (a referral needs the assessment anyway),
/// and non-statutory advocacy is offered while no legal right is known to apply. And
/// non-statutory has no entry, and nothing is asked about it, when a legal right already
/// applies and whether the person needs help to be heard is unknown.
///
/// The function is total: any `Facts`, however contradictory, gives an answer.
pub fn assess(facts: &Facts) -> Assessment {
    let mut missing = BTreeSet::new();
    let mut results = Vec::new();
    let findings = [
        care_act::care_act(facts),
        mca::imca(facts),
        mca::paid_rpr(facts),
        mha::imha(facts),
        nhs_complaints(facts),
    ];
    for finding in findings {
        missing.extend(finding.missing);
        results.extend(finding.result);
    }
    let non_statutory = non_statutory(facts, &results);
    missing.extend(non_statutory.missing);
    results.extend(non_statutory.result);

    let mode = Tri::when(facts.capacity, Fact::Capacity, |c| {
        Tri::known(c.can_instruct, Fact::CapacityCanInstruct)
    });
    let mode = match mode {
        Tri::Yes => Mode::Instructed,
        Tri::No => Mode::NonInstructed,
        Tri::Unknown(facts) => {
            missing.extend(facts);
            Mode::Unknown
        }
    };
    Assessment {
        flags: flags(facts, &results),
        results,
        mode,
        missing_facts: missing.into_iter().map(Fact::name).collect(),
    }
}

/// What one rule found: a result once the facts settle it, and the unknown facts that
/// could still change it.
struct Finding {
    result: Option<AdvocacyResult>,
    missing: BTreeSet<Fact>,
}

impl Finding {
    fn settled(advocacy: Advocacy, outcome: Outcome, reasons: Vec<Reason>) -> Finding {
        Finding {
            result: Some(AdvocacyResult { advocacy, outcome, reasons }),
            missing: BTreeSet::new(),
        }
    }

    fn open(unsettled: impl IntoIterator<Item = Tri>) -> Finding {
        let missing = unsettled.into_iter().flat_map(Tri::missing).collect();
        Finding { result: None, missing }
    }

    /// Settled yes or no on a single condition, with the reasons for each answer.
    fn yes_no(
        advocacy: Advocacy,
        condition: Tri,
        positive: (Outcome, Vec<Reason>),
        not_met: Vec<Reason>,
    ) -> Finding {
        match condition {
            Tri::Yes => Finding::settled(advocacy, positive.0, positive.1),
            Tri::No => Finding::settled(advocacy, Outcome::NotMet, not_met),
            unknown => Finding::open([unknown]),
        }
    }
}

/// Health and Social Care Act 2012: anyone who wants to complain about NHS care.
fn nhs_complaints(facts: &Facts) -> Finding {
    Finding::yes_no(
        Advocacy::NhsComplaints,
        Tri::known(facts.nhs_complaint, Fact::NhsComplaint),
        (Outcome::Eligible, vec![Reason::NhsComplaint]),
        vec![Reason::NoNhsComplaint],
    )
}

/// NICE 1.2.1: for people the law does not cover. Only a settled duty or eligibility counts
/// as being covered: a Care Act advocate that is only `possible`, an IMCA that is
/// discretionary or waiting for an assessment, or an IMHA indicated before the section is
/// known, leaves the person with nobody for certain, so non-statutory help is offered meanwhile.
fn non_statutory(facts: &Facts, statutory: &[AdvocacyResult]) -> Finding {
    let provisional = |r: &AdvocacyResult| r.reasons == [Reason::DetainedSectionNotKnown];
    let covered = statutory.iter().any(|r| matches!(r.outcome, Outcome::Duty | Outcome::Eligible) && !provisional(r));
    let help = Tri::known(facts.needs_help_to_be_heard, Fact::NeedsHelpToBeHeard);
    let mut not_met = Vec::new();
    if covered {
        not_met.push(Reason::StatutoryAdvocacyApplies);
    }
    if help.is_no() {
        not_met.push(Reason::CanBeHeardWithoutHelp);
    }
    if covered && matches!(help, Tri::Unknown(_)) {
        // Whatever the answer, the law already covers the person: nothing to say or ask.
        return Finding::open([]);
    }
    Finding::yes_no(
        Advocacy::NonStatutory,
        Tri::from(!covered).and(help),
        (Outcome::OfferIfCommissioned, vec![Reason::NeedsHelpToBeHeard]),
        not_met,
    )
}

/// Flags are prompts for staff, raised from known facts and settled results. They are not
/// results, so an unknown fact behind a flag (say, whether an enquiry is urgent) is not
/// listed in `missing_facts`.
fn flags(facts: &Facts, results: &[AdvocacyResult]) -> Vec<Flag> {
    let result = |advocacy| results.iter().find(|r| r.advocacy == advocacy);
    let outcome = |advocacy| result(advocacy).map(|r| r.outcome);
    let urgent = facts.urgent_enquiry == Some(true);
    let mha = facts.mha.as_ref();
    let existing_advocate = facts.existing_advocate == Some(true);
    let advocacy_indicated = results.iter().any(|r| r.outcome != Outcome::NotMet);
    let individual_can_take_over = result(Advocacy::CareAct)
        .is_some_and(|r| r.reasons.contains(&Reason::AppropriateIndividualAvailable));

    let raised = [
        (Flag::UrgentSafeguarding, urgent),
        (
            Flag::AppointAsSoonAsPossible,
            urgent && outcome(Advocacy::CareAct) == Some(Outcome::Duty),
        ),
        (Flag::IsolationOrSeclusion, mha.is_some_and(|m| m.isolation_or_seclusion == Some(true))),
        (
            Flag::ReofferImha,
            mha.is_some_and(|m| m.declined_before == Some(true))
                && outcome(Advocacy::Imha) == Some(Outcome::Eligible),
        ),
        (Flag::LaResponsibleForPrisoner, facts.in_prison == Some(true)),
        (Flag::KeepSameAdvocate, existing_advocate && advocacy_indicated),
        (Flag::HandoverExistingAdvocate, existing_advocate && individual_can_take_over),
        (Flag::FluctuatingCapacity, facts.capacity.is_some_and(|c| c.fluctuating == Some(true))),
    ];
    raised.into_iter().filter_map(|(flag, on)| on.then_some(flag)).collect()
}
