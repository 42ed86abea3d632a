//! Care Act 2014 ss67-68, steps 1 to 4 and the exceptions, with their boundaries.

use serde_json::{json, Value};

use super::{case, run, with, Case, Expect::*};
use crate::entitlement::{Advocacy as A, Flag as F, Outcome as O, Reason as R};

/// Needs, an assessment, difficulty understanding, and nobody to support: a duty.
fn duty_base() -> Value {
    json!({
        "council_involved": true,
        "care_support_needs": true,
        "process": "needs_assessment",
        "difficulty": { "understanding": true, "retaining": false, "weighing": false, "communicating": false },
        "candidates": []
    })
}

fn suitable() -> Value {
    json!({ "paid_or_professional": false, "person_does_not_want": false,
            "unable_or_unavailable": false, "implicated_in_abuse": false })
}

/// As `duty_base`, but a suitable person can support and no exception applies.
fn individual_base() -> Value {
    with(
        duty_base(),
        json!({
            "candidates": [suitable()],
            "nhs_placement": { "setting": "hospital", "expected_days": 10, "council_best_interests": false },
            "disagreement_with_appropriate_individual": { "both_agree_advocate_helps": false }
        }),
    )
}

fn placement(setting: &str, days: u32, best_interests: bool) -> Value {
    with(
        individual_base(),
        json!({ "nhs_placement": { "setting": setting, "expected_days": days, "council_best_interests": best_interests } }),
    )
}

const DUTY_NO_INDIVIDUAL: super::Expect =
    Result(A::CareAct, O::Duty, &[R::NoAppropriateIndividual]);
const INDIVIDUAL_AVAILABLE: super::Expect =
    Result(A::CareAct, O::NotMet, &[R::AppropriateIndividualAvailable]);

pub(super) fn cases() -> Vec<Case> {
    let mut cases = vec![
        case(
            "no appropriate individual: duty",
            duty_base(),
            vec![DUTY_NO_INDIVIDUAL, DoesNotAsk(&["candidates", "nhs_placement"])],
        ),
        case(
            "no care and support needs: not met, whatever else is unknown",
            json!({ "care_support_needs": false }),
            vec![
                Result(A::CareAct, O::NotMet, &[R::NoCareSupportNeeds]),
                DoesNotAsk(&["council_involved", "process", "difficulty", "candidates"]),
            ],
        ),
        case(
            "no difficulty in any area: not met",
            with(duty_base(), json!({ "difficulty": { "understanding": false } })),
            vec![Result(A::CareAct, O::NotMet, &[R::NoSubstantialDifficulty])],
        ),
        case(
            "no needs and no difficulty: both reasons",
            with(
                duty_base(),
                json!({ "care_support_needs": false, "difficulty": { "understanding": false } }),
            ),
            vec![Result(
                A::CareAct,
                O::NotMet,
                &[R::NoCareSupportNeeds, R::NoSubstantialDifficulty],
            )],
        ),
        case(
            "not taking part in any relevant process: not met",
            with(duty_base(), json!({ "process": "none" })),
            vec![Result(A::CareAct, O::NotMet, &[R::NoRelevantProcess])],
        ),
        case(
            "council not involved yet: possible, even with someone to support",
            with(individual_base(), json!({ "council_involved": false, "process": "none" })),
            vec![Result(A::CareAct, O::Possible, &[R::NoCouncilInvolvementYet])],
        ),
        case(
            "council not involved and no needs: not met, not possible",
            with(duty_base(), json!({ "council_involved": false, "care_support_needs": false })),
            vec![Result(A::CareAct, O::NotMet, &[R::NoCareSupportNeeds])],
        ),
        case(
            "council involvement unknown: duty or possible, so ask",
            with(duty_base(), json!({ "council_involved": null })),
            vec![NoResult(A::CareAct), Asks(&["council_involved"])],
        ),
        case(
            "difficulty unknown: ask about it",
            with(duty_base(), json!({ "difficulty": null })),
            vec![NoResult(A::CareAct), Asks(&["difficulty"])],
        ),
        case(
            "some areas unknown and none known: ask about those areas only",
            with(
                duty_base(),
                json!({ "difficulty": { "understanding": false, "retaining": null, "weighing": null } }),
            ),
            vec![
                NoResult(A::CareAct),
                Asks(&["difficulty.retaining", "difficulty.weighing"]),
                DoesNotAsk(&["difficulty", "difficulty.understanding", "difficulty.communicating"]),
            ],
        ),
        case(
            "one area known is enough even if the others are unknown",
            json!({ "council_involved": true, "care_support_needs": true, "process": "plan_review",
                    "difficulty": { "communicating": true }, "candidates": [] }),
            vec![
                DUTY_NO_INDIVIDUAL,
                DoesNotAsk(&["difficulty.understanding", "difficulty.retaining"]),
            ],
        ),
        case(
            "someone suitable and no exception: not met",
            individual_base(),
            vec![INDIVIDUAL_AVAILABLE],
        ),
        case(
            "one unsuitable and one suitable candidate: not met",
            with(
                individual_base(),
                json!({ "candidates": [
                { "paid_or_professional": true, "person_does_not_want": false, "unable_or_unavailable": false, "implicated_in_abuse": false },
                suitable()
            ] }),
            ),
            vec![INDIVIDUAL_AVAILABLE],
        ),
        case(
            "candidates unknown: ask",
            with(individual_base(), json!({ "candidates": null })),
            vec![NoResult(A::CareAct), Asks(&["candidates"])],
        ),
        case(
            "a candidate's disqualifier unknown: ask about that candidate",
            with(
                individual_base(),
                json!({ "candidates": [{ "paid_or_professional": false,
                "person_does_not_want": null, "unable_or_unavailable": false, "implicated_in_abuse": false }] }),
            ),
            vec![
                NoResult(A::CareAct),
                Asks(&["candidates.0.person_does_not_want"]),
                DoesNotAsk(&["candidates"]),
            ],
        ),
        case(
            "exception applies, so unknown candidates do not matter",
            with(placement("hospital", 29, true), json!({ "candidates": null })),
            vec![
                Result(A::CareAct, O::Duty, &[R::ExceptionNhsHospitalOver28Days]),
                DoesNotAsk(&["candidates"]),
            ],
        ),
        case(
            "NHS hospital for 28 days is not more than 28: not met",
            placement("hospital", 28, true),
            vec![INDIVIDUAL_AVAILABLE],
        ),
        case(
            "NHS hospital for 29 days: duty by exception",
            placement("hospital", 29, true),
            vec![Result(A::CareAct, O::Duty, &[R::ExceptionNhsHospitalOver28Days])],
        ),
        case(
            "NHS care home for 55 days: not met",
            placement("care_home", 55, true),
            vec![INDIVIDUAL_AVAILABLE],
        ),
        case(
            "NHS care home for 56 days is 56 or more: duty by exception",
            placement("care_home", 56, true),
            vec![Result(A::CareAct, O::Duty, &[R::ExceptionNhsCareHome56DaysOrMore])],
        ),
        case(
            "long NHS placement but the council sees no best interest: not met",
            placement("hospital", 90, false),
            vec![INDIVIDUAL_AVAILABLE],
        ),
        case(
            "long NHS placement, council's view unknown: ask",
            with(
                placement("care_home", 90, true),
                json!({ "nhs_placement": { "council_best_interests": null } }),
            ),
            vec![NoResult(A::CareAct), Asks(&["nhs_placement.council_best_interests"])],
        ),
        case(
            "placement setting unknown and long enough for either: ask which, the reasons differ",
            with(placement("care_home", 90, true), json!({ "nhs_placement": { "setting": null } })),
            vec![NoResult(A::CareAct), Asks(&["nhs_placement.setting"])],
        ),
        case(
            "placement too short for either setting: setting not needed",
            with(placement("care_home", 20, true), json!({ "nhs_placement": { "setting": null } })),
            vec![INDIVIDUAL_AVAILABLE, DoesNotAsk(&["nhs_placement.setting"])],
        ),
        case(
            "exceptions unknown with someone suitable: ask about both",
            with(
                individual_base(),
                json!({ "nhs_placement": null, "disagreement_with_appropriate_individual": null }),
            ),
            vec![
                NoResult(A::CareAct),
                Asks(&["nhs_placement", "disagreement_with_appropriate_individual"]),
            ],
        ),
        case(
            "council and supporter disagree and both want an advocate: duty",
            with(
                individual_base(),
                json!({ "disagreement_with_appropriate_individual": { "both_agree_advocate_helps": true } }),
            ),
            vec![Result(A::CareAct, O::Duty, &[R::ExceptionDisagreement])],
        ),
        case(
            "both exceptions: both reasons",
            with(
                placement("hospital", 40, true),
                json!({ "disagreement_with_appropriate_individual": { "both_agree_advocate_helps": true } }),
            ),
            vec![Result(
                A::CareAct,
                O::Duty,
                &[R::ExceptionNhsHospitalOver28Days, R::ExceptionDisagreement],
            )],
        ),
        case(
            "adult carer in a carer's assessment: duty",
            with(duty_base(), json!({ "role": "adult_carer", "process": "carers_assessment" })),
            vec![DUTY_NO_INDIVIDUAL],
        ),
        case(
            "young carer in a young carer's assessment: duty",
            with(
                duty_base(),
                json!({ "role": "young_carer", "age": 15, "process": "young_carers_assessment" }),
            ),
            vec![DUTY_NO_INDIVIDUAL],
        ),
        case(
            "person with capacity: duty all the same",
            with(
                duty_base(),
                json!({ "capacity": { "lacks_capacity_for_decision": false, "can_instruct": true } }),
            ),
            vec![DUTY_NO_INDIVIDUAL, Mode(crate::entitlement::Mode::Instructed)],
        ),
        case(
            "urgent safeguarding enquiry with a duty: appoint as soon as possible",
            with(duty_base(), json!({ "process": "safeguarding_enquiry", "urgent_enquiry": true })),
            vec![DUTY_NO_INDIVIDUAL, Flags(&[F::UrgentSafeguarding, F::AppointAsSoonAsPossible])],
        ),
        case(
            "urgent enquiry without a duty: urgent, but nobody to appoint",
            with(
                individual_base(),
                json!({ "process": "safeguarding_enquiry", "urgent_enquiry": true }),
            ),
            vec![INDIVIDUAL_AVAILABLE, Flags(&[F::UrgentSafeguarding])],
        ),
        case(
            "advocate involved but someone suitable now available: hand over",
            with(individual_base(), json!({ "existing_advocate": true })),
            vec![INDIVIDUAL_AVAILABLE, Flags(&[F::HandoverExistingAdvocate])],
        ),
        case(
            "advocate involved and still needed: keep the same advocate",
            with(duty_base(), json!({ "existing_advocate": true })),
            vec![DUTY_NO_INDIVIDUAL, Flags(&[F::KeepSameAdvocate])],
        ),
        case(
            "prisoner: same rules, the prison's council is responsible",
            with(duty_base(), json!({ "in_prison": true })),
            vec![DUTY_NO_INDIVIDUAL, Flags(&[F::LaResponsibleForPrisoner])],
        ),
    ];

    for area in ["understanding", "retaining", "weighing", "communicating"] {
        let difficulty = json!({ "understanding": false, "retaining": false, "weighing": false,
                                 "communicating": false, area: true });
        cases.push(case(
            format!("difficulty in {area} alone is enough"),
            with(duty_base(), json!({ "difficulty": difficulty })),
            vec![DUTY_NO_INDIVIDUAL],
        ));
    }
    for disqualifier in [
        "paid_or_professional",
        "person_does_not_want",
        "unable_or_unavailable",
        "implicated_in_abuse",
    ] {
        cases.push(case(
            format!("the only candidate is disqualified by {disqualifier}: duty"),
            with(
                duty_base(),
                json!({ "candidates": [with(suitable(), json!({ disqualifier: true }))] }),
            ),
            vec![DUTY_NO_INDIVIDUAL],
        ));
    }
    for process in [
        "needs_assessment",
        "carers_assessment",
        "child_needs_assessment",
        "child_carers_assessment",
        "young_carers_assessment",
        "care_support_plan",
        "plan_review",
        "safeguarding_enquiry",
        "safeguarding_adults_review",
    ] {
        cases.push(case(
            format!("{process} is a relevant process"),
            with(duty_base(), json!({ "process": process })),
            vec![DUTY_NO_INDIVIDUAL],
        ));
    }
    cases
}

#[test]
fn care_act_table() {
    run(&cases());
}
