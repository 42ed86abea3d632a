//! Mental Health Act 1983: IMHA.

use serde_json::{json, Value};

use super::{case, run, Case, Expect::*};
use crate::entitlement::{Advocacy as A, Flag as F, Outcome as O, Reason as R};

fn mha(mha: Value) -> Value {
    json!({ "mha": mha })
}

fn detained(section: &str) -> Value {
    mha(json!({ "status": "detained", "section": section, "considered_for_s57_or_s58a": false }))
}

const QUALIFYING: super::Expect = Result(A::Imha, O::Eligible, &[R::DetainedQualifyingSection]);
const SHORT_TERM: super::Expect = Result(A::Imha, O::NotMet, &[R::ExcludedShortTermSection]);

pub(super) fn cases() -> Vec<Case> {
    let mut cases = vec![
        case(
            "conditionally discharged restricted patient: eligible",
            mha(json!({ "status": "conditionally_discharged_restricted" })),
            vec![
                Result(A::Imha, O::Eligible, &[R::ConditionallyDischarged]),
                DoesNotAsk(&["mha.section"]),
            ],
        ),
        case(
            "guardianship: eligible",
            mha(json!({ "status": "guardianship" })),
            vec![Result(A::Imha, O::Eligible, &[R::Guardianship])],
        ),
        case(
            "community treatment order: eligible",
            mha(json!({ "status": "cto" })),
            vec![Result(A::Imha, O::Eligible, &[R::Cto])],
        ),
        case(
            "informal patient considered for s57/s58A treatment: eligible",
            mha(json!({ "status": "none", "considered_for_s57_or_s58a": true })),
            vec![Result(A::Imha, O::Eligible, &[R::ConsideredForS57S58a])],
        ),
        case(
            "s57/s58A treatment, status unknown: eligible without asking",
            mha(json!({ "considered_for_s57_or_s58a": true })),
            vec![
                Result(A::Imha, O::Eligible, &[R::ConsideredForS57S58a]),
                DoesNotAsk(&["mha.status"]),
            ],
        ),
        case(
            "short-term section but s57/s58A treatment: eligible",
            mha(
                json!({ "status": "detained", "section": "136", "considered_for_s57_or_s58a": true }),
            ),
            vec![Result(A::Imha, O::Eligible, &[R::ConsideredForS57S58a])],
        ),
        case(
            "qualifying section and s57/s58A treatment: both reasons",
            mha(
                json!({ "status": "detained", "section": "3", "considered_for_s57_or_s58a": true }),
            ),
            vec![Result(
                A::Imha,
                O::Eligible,
                &[R::DetainedQualifyingSection, R::ConsideredForS57S58a],
            )],
        ),
        case(
            "not subject to the Act: not met",
            mha(json!({ "status": "none", "considered_for_s57_or_s58a": false })),
            vec![Result(A::Imha, O::NotMet, &[R::NotSubjectToMha])],
        ),
        case(
            "detained, section unknown: indicated, and the section asked",
            mha(json!({ "status": "detained", "considered_for_s57_or_s58a": false })),
            vec![
                Result(A::Imha, O::Eligible, &[R::DetainedSectionNotKnown]),
                Asks(&["mha.section"]),
                DoesNotAsk(&["mha", "mha.status"]),
            ],
        ),
        case(
            "not subject to the Act, treatment unknown: ask about treatment only",
            mha(json!({ "status": "none" })),
            vec![
                NoResult(A::Imha),
                Asks(&["mha.considered_for_s57_or_s58a"]),
                DoesNotAsk(&["mha.section"]),
            ],
        ),
        case(
            "nothing known about the Act: ask",
            json!({}),
            vec![NoResult(A::Imha), Asks(&["mha"])],
        ),
        case(
            "declined an IMHA before: offer again",
            mha(json!({ "status": "cto", "declined_before": true })),
            vec![Result(A::Imha, O::Eligible, &[R::Cto]), Flags(&[F::ReofferImha])],
        ),
        case(
            "declined before but not eligible: nothing to re-offer",
            mha(
                json!({ "status": "none", "considered_for_s57_or_s58a": false, "declined_before": true }),
            ),
            vec![Flags(&[])],
        ),
        case(
            "in seclusion: flagged for extra effort",
            mha(json!({ "status": "detained", "section": "2", "isolation_or_seclusion": true })),
            vec![QUALIFYING, Flags(&[F::IsolationOrSeclusion])],
        ),
        case(
            "eligible with an advocate already involved: keep the same one",
            json!({ "mha": { "status": "guardianship" }, "existing_advocate": true }),
            vec![Result(A::Imha, O::Eligible, &[R::Guardianship]), Flags(&[F::KeepSameAdvocate])],
        ),
    ];

    for section in ["2", "3", "35", "36", "37", "37/41", "38", "45A", "47/49", "48/49"] {
        cases.push(case(
            format!("detained under s{section}: eligible"),
            detained(section),
            vec![QUALIFYING],
        ));
    }
    for section in ["4", "5(2)", "5(4)", "135", "136"] {
        cases.push(case(
            format!("held under s{section}: not met"),
            detained(section),
            vec![SHORT_TERM],
        ));
    }
    for spelling in
        ["s5(2)", "S5(4)", "section 136", "Section 135", "SEC 4", "s 5 (2)", "135(1)", "s.136(2)"]
    {
        cases.push(case(
            format!("short-term section spelt {spelling:?}"),
            detained(spelling),
            vec![SHORT_TERM],
        ));
    }
    for spelling in ["s3", "S 3", "section 2", "Section 37/41", "s.37 / 41", "s37/41"] {
        cases.push(case(
            format!("qualifying section spelt {spelling:?}"),
            detained(spelling),
            vec![QUALIFYING],
        ));
    }
    cases
}

#[test]
fn mental_health_table() {
    run(&cases());
}
