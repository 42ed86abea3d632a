//! Properties over many generated sets of facts, known and unknown in every mix.
//!
//! The key one: a result the engine gives is settled, so learning the facts it did not
//! know never changes its outcome (it may add reasons). Only non-statutory advocacy, which
//! depends on the other results, and an IMCA waiting on an assessment nobody has confirmed
//! are allowed to move.

use serde_json::{json, Map, Value};

use super::facts;
use crate::entitlement::*;

/// A small deterministic generator, so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick(&mut self, items: &[Value]) -> Value {
        items[self.below(items.len())].clone()
    }

    fn bool(&mut self) -> Value {
        json!(self.below(2) == 0)
    }
}

/// Makes one JSON value; `full` asks for every fact inside it to be known.
type Make = fn(&mut Rng, bool) -> Value;

fn flag(rng: &mut Rng, _full: bool) -> Value {
    rng.bool()
}

/// Facts as JSON. With `full`, every fact is known; otherwise each is known, left out or
/// `null` at random.
fn generate(rng: &mut Rng, full: bool) -> Value {
    fn object(rng: &mut Rng, full: bool, fields: Vec<(&str, Make)>) -> Value {
        let mut map = Map::new();
        for (name, make) in fields {
            match if full { 2 } else { rng.below(4) } {
                0 => {}
                1 => {
                    map.insert(name.to_owned(), Value::Null);
                }
                _ => {
                    map.insert(name.to_owned(), make(rng, full));
                }
            }
        }
        Value::Object(map)
    }
    let days: Make = |rng, _| {
        rng.pick(&[json!(0), json!(28), json!(29), json!(55), json!(56), json!(57), json!(90)])
    };
    object(
        rng,
        full,
        vec![
            ("role", |rng, _| {
                rng.pick(&[json!("person"), json!("adult_carer"), json!("young_carer")])
            }),
            ("age", |rng, _| rng.pick(&[json!(15), json!(34), json!(80)])),
            ("council_involved", flag),
            ("care_support_needs", flag),
            ("process", |rng, _| {
                rng.pick(&[
                    json!("none"),
                    json!("needs_assessment"),
                    json!("safeguarding_enquiry"),
                    json!("plan_review"),
                ])
            }),
            ("difficulty", |rng, full| {
                object(
                    rng,
                    full,
                    vec![
                        ("understanding", flag),
                        ("retaining", flag),
                        ("weighing", flag),
                        ("communicating", flag),
                    ],
                )
            }),
            ("candidates", |rng, full| {
                let count = if full { 1 + rng.below(2) } else { rng.below(3) };
                let fields = || -> Vec<(&str, Make)> {
                    vec![
                        ("paid_or_professional", flag),
                        ("person_does_not_want", flag),
                        ("unable_or_unavailable", flag),
                        ("implicated_in_abuse", flag),
                    ]
                };
                Value::Array((0..count).map(|_| object(rng, full, fields())).collect())
            }),
            ("nhs_placement", |rng, full| {
                let setting: Make = |rng, _| rng.pick(&[json!("hospital"), json!("care_home")]);
                let days: Make =
                    |rng, _| rng.pick(&[json!(10), json!(28), json!(29), json!(55), json!(56)]);
                object(
                    rng,
                    full,
                    vec![
                        ("setting", setting),
                        ("expected_days", days),
                        ("council_best_interests", flag),
                    ],
                )
            }),
            ("disagreement_with_appropriate_individual", |rng, full| {
                object(rng, full, vec![("both_agree_advocate_helps", flag)])
            }),
            ("urgent_enquiry", flag),
            ("capacity", |rng, full| {
                object(
                    rng,
                    full,
                    vec![
                        ("lacks_capacity_for_decision", flag),
                        ("assessment_completed", flag),
                        ("can_instruct", flag),
                        ("fluctuating", flag),
                    ],
                )
            }),
            ("mca_decision", |rng, _| {
                rng.pick(&[
                    json!("serious_medical_treatment"),
                    json!("accommodation_hospital"),
                    json!("accommodation_care_home"),
                    json!("care_review"),
                    json!("safeguarding"),
                ])
            }),
            ("accommodation_expected_days", days),
            ("family_or_friend_to_consult", flag),
            ("dols_authorised", flag),
            ("unpaid_rpr_available", flag),
            ("mha", |rng, full| {
                let status: Make = |rng, _| {
                    rng.pick(&[
                        json!("none"),
                        json!("detained"),
                        json!("conditionally_discharged_restricted"),
                        json!("guardianship"),
                        json!("cto"),
                    ])
                };
                let section: Make = |rng, _| {
                    rng.pick(&[
                        json!("2"),
                        json!("s 3"),
                        json!("4"),
                        json!("5(2)"),
                        json!("S5(4)"),
                        json!("135"),
                        json!("section 136"),
                        json!("37/41"),
                    ])
                };
                object(
                    rng,
                    full,
                    vec![
                        ("status", status),
                        ("section", section),
                        ("considered_for_s57_or_s58a", flag),
                        ("declined_before", flag),
                        ("isolation_or_seclusion", flag),
                    ],
                )
            }),
            ("nhs_complaint", flag),
            ("needs_help_to_be_heard", flag),
            ("in_prison", flag),
            ("existing_advocate", flag),
        ],
    )
}

/// `partial` with every unknown filled in from `full`, keeping everything that was known.
fn complete(partial: &Value, full: &Value) -> Value {
    match (partial, full) {
        (Value::Null, full) => full.clone(),
        (Value::Object(partial), Value::Object(full)) => Value::Object(
            full.iter()
                .map(|(key, full)| {
                    (key.clone(), complete(partial.get(key).unwrap_or(&Value::Null), full))
                })
                .collect(),
        ),
        (Value::Array(partial), Value::Array(full)) => {
            Value::Array(partial.iter().map(|item| complete(item, &full[0])).collect())
        }
        (partial, _) => partial.clone(),
    }
}

const JSON_ORDER: [&str; 21] = [
    "role",
    "age",
    "council_involved",
    "care_support_needs",
    "process",
    "difficulty",
    "candidates",
    "nhs_placement",
    "disagreement_with_appropriate_individual",
    "urgent_enquiry",
    "capacity",
    "mca_decision",
    "accommodation_expected_days",
    "family_or_friend_to_consult",
    "dols_authorised",
    "unpaid_rpr_available",
    "mha",
    "nhs_complaint",
    "needs_help_to_be_heard",
    "in_prison",
    "existing_advocate",
];

fn check_shape(assessment: &Assessment, context: &Value) {
    let position = |advocacy| Advocacy::ALL.iter().position(|a| *a == advocacy);
    let order: Vec<_> = assessment.results.iter().map(|r| position(r.advocacy)).collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "results out of order: {context}");
    for result in &assessment.results {
        assert!(!result.reasons.is_empty(), "{result:?} has no reason: {context}");
        let mut reasons = result.reasons.clone();
        reasons.sort();
        reasons.dedup();
        assert_eq!(reasons.len(), result.reasons.len(), "repeated reason: {context}");
    }
    let flag_order: Vec<_> =
        assessment.flags.iter().map(|f| Flag::ALL.iter().position(|a| a == f)).collect();
    assert!(flag_order.windows(2).all(|w| w[0] < w[1]), "flags out of order: {context}");

    let top = |name: &String| {
        let first = name.split('.').next().unwrap_or_default();
        JSON_ORDER.iter().position(|n| *n == first).unwrap_or_else(|| panic!("unknown fact {name}"))
    };
    let tops: Vec<_> = assessment.missing_facts.iter().map(top).collect();
    assert!(tops.windows(2).all(|w| w[0] <= w[1]), "missing facts out of order: {context}");
    let mut names = assessment.missing_facts.clone();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), assessment.missing_facts.len(), "repeated missing fact: {context}");

    // An IMHA indicated before the section is known does not cover anyone yet.
    let covered = assessment.results.iter().any(|r| {
        matches!(r.outcome, Outcome::Duty | Outcome::Eligible) && r.reasons != [Reason::DetainedSectionNotKnown]
    });
    let offered = assessment.results.iter().any(|r| r.outcome == Outcome::OfferIfCommissioned);
    assert!(!(covered && offered), "non-statutory offered alongside a legal right: {context}");
}

#[test]
fn settled_results_never_change_when_unknown_facts_become_known() {
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    for _ in 0..3000 {
        let partial_json = generate(&mut rng, false);
        let partial = assess(&facts(&partial_json));
        check_shape(&partial, &partial_json);
        assert_eq!(assess(&facts(&partial_json)), partial, "not deterministic: {partial_json}");

        for _ in 0..3 {
            let known_json = complete(&partial_json, &generate(&mut rng, true));
            let known = assess(&facts(&known_json));
            check_shape(&known, &known_json);
            let context = format!("\npartial: {partial_json}\nknown:   {known_json}");
            assert!(
                known.missing_facts.is_empty(),
                "all known yet missing {:?}{context}",
                known.missing_facts
            );
            assert_eq!(known.results.len(), Advocacy::ALL.len(), "{context}");
            assert_ne!(known.mode, Mode::Unknown, "{context}");
            if partial.mode != Mode::Unknown {
                assert_eq!(known.mode, partial.mode, "{context}");
            }
            for result in &partial.results {
                // Provisional by design: non-statutory, an IMCA waiting for its assessment,
                // and an IMHA indicated before anyone has named the section.
                let movable = result.advocacy == Advocacy::NonStatutory
                    || (result.outcome == Outcome::PendingAssessment
                        && partial
                            .missing_facts
                            .iter()
                            .any(|f| f == "capacity.assessment_completed"))
                    || result.reasons == [Reason::DetainedSectionNotKnown];
                let later = known.results.iter().find(|r| r.advocacy == result.advocacy);
                if !movable {
                    // Learning more may add reasons, never change the outcome or drop one.
                    let kept = later.is_some_and(|later| {
                        later.outcome == result.outcome
                            && result.reasons.iter().all(|r| later.reasons.contains(r))
                    });
                    assert!(kept, "a settled result changed: {result:?} became {later:?}{context}");
                }
                if result.outcome == Outcome::NotMet && result.advocacy == Advocacy::NonStatutory {
                    assert_eq!(later.map(|r| r.outcome), Some(Outcome::NotMet), "{context}");
                }
            }
            if partial.results.len() < Advocacy::ALL.len() && partial.missing_facts.is_empty() {
                // Only non-statutory may be left out with nothing to ask, and only when a
                // legal right already covers the person.
                let absent: Vec<_> = Advocacy::ALL
                    .iter()
                    .filter(|a| !partial.results.iter().any(|r| r.advocacy == **a))
                    .collect();
                assert_eq!(absent, [&Advocacy::NonStatutory], "{context}");
            }
        }
    }
}
