//! NHS complaints, non-statutory advocacy, mode, the remaining flags, and missing facts.

use serde_json::json;

use super::{case, run, Case, Expect::*};
use crate::entitlement::{Advocacy as A, Flag as F, Mode as M, Outcome as O, Reason as R};

pub(super) fn cases() -> Vec<Case> {
    vec![
        case(
            "nothing known: no results, everything that matters is asked for, in JSON order",
            json!({}),
            vec![
                Missing(&[
                    "council_involved",
                    "care_support_needs",
                    "process",
                    "difficulty",
                    "candidates",
                    "nhs_placement",
                    "disagreement_with_appropriate_individual",
                    "capacity",
                    "mca_decision",
                    "accommodation_expected_days",
                    "family_or_friend_to_consult",
                    "dols_authorised",
                    "unpaid_rpr_available",
                    "mha",
                    "nhs_complaint",
                    "needs_help_to_be_heard",
                ]),
                Mode(M::Unknown),
                Flags(&[]),
            ],
        ),
        case(
            "wants to complain about the NHS: eligible",
            json!({ "nhs_complaint": true }),
            vec![
                Result(A::NhsComplaints, O::Eligible, &[R::NhsComplaint]),
                DoesNotAsk(&["nhs_complaint"]),
            ],
        ),
        case(
            "no NHS complaint: not met",
            json!({ "nhs_complaint": false }),
            vec![Result(A::NhsComplaints, O::NotMet, &[R::NoNhsComplaint])],
        ),
        case(
            "needs help to be heard and no legal right known: offer if commissioned",
            json!({ "needs_help_to_be_heard": true, "care_support_needs": false, "nhs_complaint": false }),
            vec![Result(A::NonStatutory, O::OfferIfCommissioned, &[R::NeedsHelpToBeHeard])],
        ),
        case(
            "can be heard without help: not met",
            json!({ "needs_help_to_be_heard": false }),
            vec![Result(A::NonStatutory, O::NotMet, &[R::CanBeHeardWithoutHelp])],
        ),
        case(
            "a legal right applies: non-statutory not needed",
            json!({ "needs_help_to_be_heard": true, "nhs_complaint": true }),
            vec![Result(A::NonStatutory, O::NotMet, &[R::StatutoryAdvocacyApplies])],
        ),
        case(
            "a legal right applies and no help needed: both reasons",
            json!({ "needs_help_to_be_heard": false, "mha": { "status": "cto" } }),
            vec![Result(
                A::NonStatutory,
                O::NotMet,
                &[R::StatutoryAdvocacyApplies, R::CanBeHeardWithoutHelp],
            )],
        ),
        case(
            "a legal right applies: whether help is needed is not asked",
            json!({ "dols_authorised": true, "unpaid_rpr_available": false }),
            vec![NoResult(A::NonStatutory), DoesNotAsk(&["needs_help_to_be_heard"])],
        ),
        case(
            "Care Act only possible: non-statutory help offered meanwhile",
            json!({ "council_involved": false, "care_support_needs": true, "difficulty": { "retaining": true },
                    "needs_help_to_be_heard": true }),
            vec![
                Result(A::CareAct, O::Possible, &[R::NoCouncilInvolvementYet]),
                Result(A::NonStatutory, O::OfferIfCommissioned, &[R::NeedsHelpToBeHeard]),
            ],
        ),
        case(
            "discretionary IMCA only: non-statutory help offered",
            json!({ "capacity": { "lacks_capacity_for_decision": true, "assessment_completed": true },
                    "mca_decision": "safeguarding", "needs_help_to_be_heard": true }),
            vec![
                Result(A::Imca, O::Discretionary, &[R::ImcaSafeguarding]),
                Result(A::NonStatutory, O::OfferIfCommissioned, &[R::NeedsHelpToBeHeard]),
            ],
        ),
        case(
            "cannot instruct even with support: non-instructed",
            json!({ "capacity": { "can_instruct": false } }),
            vec![Mode(M::NonInstructed), DoesNotAsk(&["capacity.can_instruct", "capacity"])],
        ),
        case(
            "can instruct: instructed",
            json!({ "capacity": { "can_instruct": true } }),
            vec![Mode(M::Instructed)],
        ),
        case(
            "ability to instruct unknown: unknown, and asked",
            json!({ "capacity": { "lacks_capacity_for_decision": false } }),
            vec![Mode(M::Unknown), Asks(&["capacity.can_instruct"])],
        ),
        case(
            "fluctuating capacity: mode reviewable",
            json!({ "capacity": { "can_instruct": true, "fluctuating": true } }),
            vec![Mode(M::Instructed), Flags(&[F::FluctuatingCapacity])],
        ),
        case(
            "advocate involved but nothing indicated: no flags",
            json!({ "existing_advocate": true, "nhs_complaint": false }),
            vec![Flags(&[])],
        ),
        case(
            "many flags at once come in the documented order",
            json!({
                "council_involved": true, "care_support_needs": true, "process": "safeguarding_enquiry",
                "difficulty": { "understanding": true }, "candidates": [], "urgent_enquiry": true,
                "capacity": { "can_instruct": true, "fluctuating": true },
                "mha": { "status": "cto", "declined_before": true, "isolation_or_seclusion": true },
                "in_prison": true, "existing_advocate": true
            }),
            vec![Flags(&[
                F::UrgentSafeguarding,
                F::AppointAsSoonAsPossible,
                F::IsolationOrSeclusion,
                F::ReofferImha,
                F::LaResponsibleForPrisoner,
                F::KeepSameAdvocate,
                F::FluctuatingCapacity,
            ])],
        ),
    ]
}

#[test]
fn general_table() {
    run(&cases());
}
