//! Mental Capacity Act 2005: IMCA and paid RPR.

use serde_json::{json, Value};

use super::{case, run, with, Case, Expect::*};
use crate::entitlement::{Advocacy as A, Outcome as O, Reason as R};

/// Lacks capacity for serious medical treatment, assessed, nobody to consult.
fn imca_base() -> Value {
    json!({
        "capacity": { "lacks_capacity_for_decision": true, "assessment_completed": true, "can_instruct": false },
        "mca_decision": "serious_medical_treatment",
        "family_or_friend_to_consult": false
    })
}

fn accommodation(decision: &str, days: u32) -> Value {
    with(imca_base(), json!({ "mca_decision": decision, "accommodation_expected_days": days }))
}

const SMT: &[R] = &[R::LacksCapacityNoOneToConsult, R::SeriousMedicalTreatment];
const HOSPITAL: &[R] = &[R::LacksCapacityNoOneToConsult, R::AccommodationHospitalOver28Days];
const CARE_HOME: &[R] = &[R::LacksCapacityNoOneToConsult, R::AccommodationCareHomeOver8Weeks];
const TOO_SHORT: super::Expect = Result(A::Imca, O::NotMet, &[R::ShortStayAccommodation]);

pub(super) fn cases() -> Vec<Case> {
    vec![
        case(
            "serious medical treatment: eligible",
            imca_base(),
            vec![Result(A::Imca, O::Eligible, SMT)],
        ),
        case(
            "hospital for 28 days: too short",
            accommodation("accommodation_hospital", 28),
            vec![TOO_SHORT],
        ),
        case(
            "hospital for 29 days: eligible",
            accommodation("accommodation_hospital", 29),
            vec![Result(A::Imca, O::Eligible, HOSPITAL)],
        ),
        case(
            "care home for 56 days: not more than 8 weeks",
            accommodation("accommodation_care_home", 56),
            vec![TOO_SHORT],
        ),
        case(
            "care home for 57 days: eligible",
            accommodation("accommodation_care_home", 57),
            vec![Result(A::Imca, O::Eligible, CARE_HOME)],
        ),
        case(
            "length of stay unknown: ask",
            with(imca_base(), json!({ "mca_decision": "accommodation_care_home" })),
            vec![NoResult(A::Imca), Asks(&["accommodation_expected_days"])],
        ),
        case(
            "length of stay does not matter for treatment",
            imca_base(),
            vec![DoesNotAsk(&["accommodation_expected_days"])],
        ),
        case(
            "family to consult: not met",
            with(imca_base(), json!({ "family_or_friend_to_consult": true })),
            vec![Result(A::Imca, O::NotMet, &[R::FamilyOrFriendToConsult])],
        ),
        case(
            "has capacity for the decision: not met",
            with(imca_base(), json!({ "capacity": { "lacks_capacity_for_decision": false } })),
            vec![Result(A::Imca, O::NotMet, &[R::HasCapacityForDecision])],
        ),
        case(
            "has capacity: nothing else needed",
            json!({ "capacity": { "lacks_capacity_for_decision": false } }),
            vec![
                Result(A::Imca, O::NotMet, &[R::HasCapacityForDecision]),
                DoesNotAsk(&[
                    "mca_decision",
                    "family_or_friend_to_consult",
                    "capacity.assessment_completed",
                ]),
            ],
        ),
        case(
            "care review with nobody to consult: discretionary",
            with(imca_base(), json!({ "mca_decision": "care_review" })),
            vec![Result(
                A::Imca,
                O::Discretionary,
                &[R::LacksCapacityNoOneToConsult, R::ImcaCareReview],
            )],
        ),
        case(
            "care review with family: not met",
            with(
                imca_base(),
                json!({ "mca_decision": "care_review", "family_or_friend_to_consult": true }),
            ),
            vec![Result(A::Imca, O::NotMet, &[R::FamilyOrFriendToConsult])],
        ),
        case(
            "safeguarding even with family: discretionary",
            with(
                imca_base(),
                json!({ "mca_decision": "safeguarding", "family_or_friend_to_consult": true }),
            ),
            vec![Result(A::Imca, O::Discretionary, &[R::ImcaSafeguarding])],
        ),
        case(
            "no capacity assessment yet: pending, and nothing to ask",
            with(imca_base(), json!({ "capacity": { "assessment_completed": false } })),
            vec![
                Result(
                    A::Imca,
                    O::PendingAssessment,
                    &[
                        R::LacksCapacityNoOneToConsult,
                        R::SeriousMedicalTreatment,
                        R::McaAssessmentMissing,
                    ],
                ),
                DoesNotAsk(&["capacity.assessment_completed"]),
            ],
        ),
        case(
            "assessment not known to be done: pending, and ask",
            with(imca_base(), json!({ "capacity": { "assessment_completed": null } })),
            vec![
                Result(
                    A::Imca,
                    O::PendingAssessment,
                    &[
                        R::LacksCapacityNoOneToConsult,
                        R::SeriousMedicalTreatment,
                        R::McaAssessmentMissing,
                    ],
                ),
                Asks(&["capacity.assessment_completed"]),
            ],
        ),
        case(
            "discretionary IMCA waiting for an assessment: pending",
            with(
                imca_base(),
                json!({ "mca_decision": "safeguarding", "capacity": { "assessment_completed": false } }),
            ),
            vec![Result(
                A::Imca,
                O::PendingAssessment,
                &[R::ImcaSafeguarding, R::McaAssessmentMissing],
            )],
        ),
        case(
            "a pending IMCA does not hold up a Care Act duty",
            with(
                imca_base(),
                json!({
                    "capacity": { "assessment_completed": false },
                    "council_involved": true, "care_support_needs": true, "process": "needs_assessment",
                    "difficulty": { "weighing": true }, "candidates": []
                }),
            ),
            vec![
                Result(A::CareAct, O::Duty, &[R::NoAppropriateIndividual]),
                Result(
                    A::Imca,
                    O::PendingAssessment,
                    &[
                        R::LacksCapacityNoOneToConsult,
                        R::SeriousMedicalTreatment,
                        R::McaAssessmentMissing,
                    ],
                ),
            ],
        ),
        case(
            "decision unknown: ask",
            with(imca_base(), json!({ "mca_decision": null })),
            vec![NoResult(A::Imca), Asks(&["mca_decision"])],
        ),
        case(
            "nothing known about capacity: ask",
            with(imca_base(), json!({ "capacity": null })),
            vec![NoResult(A::Imca), Asks(&["capacity"])],
        ),
        case(
            "DoLS authorisation and no unpaid representative: paid RPR",
            json!({ "dols_authorised": true, "unpaid_rpr_available": false }),
            vec![Result(A::PaidRpr, O::Eligible, &[R::DolsNoUnpaidRpr])],
        ),
        case(
            "no DoLS authorisation: not met, representative not asked",
            json!({ "dols_authorised": false }),
            vec![
                Result(A::PaidRpr, O::NotMet, &[R::NoDolsAuthorisation]),
                DoesNotAsk(&["unpaid_rpr_available"]),
            ],
        ),
        case(
            "family or friend can be the representative: not met",
            json!({ "dols_authorised": true, "unpaid_rpr_available": true }),
            vec![Result(A::PaidRpr, O::NotMet, &[R::UnpaidRprAvailable])],
        ),
        case(
            "authorised, representative unknown: ask",
            json!({ "dols_authorised": true }),
            vec![
                NoResult(A::PaidRpr),
                Asks(&["unpaid_rpr_available"]),
                DoesNotAsk(&["dols_authorised"]),
            ],
        ),
    ]
}

#[test]
fn capacity_table() {
    run(&cases());
}
