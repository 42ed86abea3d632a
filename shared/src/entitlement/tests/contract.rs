//! The JSON contract and the texts: what the PWA, the API and the people reading see.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use crate::entitlement::*;

/// The facts example from `entitlement.md`, exactly as written there. Where the spec lists
/// the allowed values (`"person | adult_carer | young_carer"`), `example` picks one.
const SPEC_EXAMPLE: &str = r#"{
  "role": "person | adult_carer | young_carer",
  "age": 34,
  "council_involved": true,
  "care_support_needs": true,
  "process": "none | needs_assessment | carers_assessment | child_needs_assessment | child_carers_assessment | young_carers_assessment | care_support_plan | plan_review | safeguarding_enquiry | safeguarding_adults_review",
  "difficulty": { "understanding": true, "retaining": false, "weighing": false, "communicating": false },
  "candidates": [ { "paid_or_professional": false, "person_does_not_want": false, "unable_or_unavailable": false, "implicated_in_abuse": false } ],
  "nhs_placement": { "setting": "hospital | care_home", "expected_days": 60, "council_best_interests": true },
  "disagreement_with_appropriate_individual": { "both_agree_advocate_helps": true },
  "urgent_enquiry": false,
  "capacity": { "lacks_capacity_for_decision": true, "assessment_completed": true, "can_instruct": false, "fluctuating": false },
  "mca_decision": "serious_medical_treatment | accommodation_hospital | accommodation_care_home | care_review | safeguarding",
  "accommodation_expected_days": 90,
  "family_or_friend_to_consult": false,
  "dols_authorised": false,
  "unpaid_rpr_available": false,
  "mha": { "status": "none | detained | conditionally_discharged_restricted | guardianship | cto", "section": "3", "considered_for_s57_or_s58a": false, "declined_before": false, "isolation_or_seclusion": false },
  "nhs_complaint": false,
  "needs_help_to_be_heard": true,
  "in_prison": false,
  "existing_advocate": false
}"#;

/// The spec example with the `choice`-th listed value wherever values are listed (the last
/// one when a list is shorter).
fn example(choice: usize) -> Value {
    fn pick(value: &mut Value, choice: usize) {
        match value {
            Value::String(text) if text.contains(" | ") => {
                let options: Vec<&str> = text.split(" | ").collect();
                *text = options[choice.min(options.len() - 1)].to_owned();
            }
            Value::Object(map) => map.values_mut().for_each(|v| pick(v, choice)),
            Value::Array(items) => items.iter_mut().for_each(|v| pick(v, choice)),
            _ => {}
        }
    }
    let mut value: Value = serde_json::from_str(SPEC_EXAMPLE).expect("the spec example is JSON");
    pick(&mut value, choice);
    value
}

fn result(advocacy: Advocacy, outcome: Outcome, reasons: &[Reason]) -> AdvocacyResult {
    AdvocacyResult { advocacy, outcome, reasons: reasons.to_vec() }
}

#[test]
fn the_spec_example_with_its_first_listed_values() {
    let facts: Facts = serde_json::from_value(example(0)).unwrap();
    assert_eq!(facts.role, Some(Role::Person));
    assert_eq!(facts.process, Some(Process::None));
    assert_eq!(
        facts.mha.as_ref().and_then(|m| m.section.as_ref()).map(MhaSection::as_str),
        Some("3")
    );

    let assessment = assess(&facts);
    assert_eq!(
        assessment,
        Assessment {
            results: vec![
                result(Advocacy::CareAct, Outcome::NotMet, &[Reason::NoRelevantProcess]),
                result(
                    Advocacy::Imca,
                    Outcome::Eligible,
                    &[Reason::LacksCapacityNoOneToConsult, Reason::SeriousMedicalTreatment]
                ),
                result(Advocacy::PaidRpr, Outcome::NotMet, &[Reason::NoDolsAuthorisation]),
                result(Advocacy::Imha, Outcome::NotMet, &[Reason::NotSubjectToMha]),
                result(Advocacy::NhsComplaints, Outcome::NotMet, &[Reason::NoNhsComplaint]),
                result(
                    Advocacy::NonStatutory,
                    Outcome::NotMet,
                    &[Reason::StatutoryAdvocacyApplies]
                ),
            ],
            mode: Mode::NonInstructed,
            flags: vec![],
            missing_facts: vec![],
        }
    );
    // Facts and assessment survive a trip through JSON unchanged.
    let facts_again: Facts = serde_json::from_str(&serde_json::to_string(&facts).unwrap()).unwrap();
    assert_eq!(facts_again, facts);
    let again: Assessment =
        serde_json::from_str(&serde_json::to_string(&assessment).unwrap()).unwrap();
    assert_eq!(again, assessment);
}

#[test]
fn the_spec_example_with_its_second_listed_values() {
    let facts: Facts = serde_json::from_value(example(1)).unwrap();
    let assessment = assess(&facts);
    assert_eq!(
        assessment.results,
        vec![
            result(
                Advocacy::CareAct,
                Outcome::Duty,
                &[Reason::ExceptionNhsCareHome56DaysOrMore, Reason::ExceptionDisagreement]
            ),
            result(
                Advocacy::Imca,
                Outcome::Eligible,
                &[Reason::LacksCapacityNoOneToConsult, Reason::AccommodationHospitalOver28Days]
            ),
            result(Advocacy::PaidRpr, Outcome::NotMet, &[Reason::NoDolsAuthorisation]),
            result(Advocacy::Imha, Outcome::Eligible, &[Reason::DetainedQualifyingSection]),
            result(Advocacy::NhsComplaints, Outcome::NotMet, &[Reason::NoNhsComplaint]),
            result(Advocacy::NonStatutory, Outcome::NotMet, &[Reason::StatutoryAdvocacyApplies]),
        ]
    );
    assert!(assessment.missing_facts.is_empty());
}

#[test]
fn every_listed_value_in_the_spec_example_is_accepted() {
    for choice in 0..10 {
        let facts: Result<Facts, _> = serde_json::from_value(example(choice));
        assert!(facts.is_ok(), "choice {choice}: {:?}", facts.err());
    }
}

#[test]
fn the_assessment_has_the_contract_shape() {
    let facts: Facts = serde_json::from_value(json!({
        "council_involved": true, "care_support_needs": true, "process": "plan_review",
        "difficulty": { "communicating": true }, "candidates": [], "capacity": { "can_instruct": true },
        "mha": { "status": "detained", "section": "S 5 (2)" }, "in_prison": true
    }))
    .unwrap();
    let json = serde_json::to_value(assess(&facts)).unwrap();
    assert_eq!(
        json["results"][0],
        json!({ "advocacy": "care_act", "outcome": "duty", "reasons": ["no_appropriate_individual"] })
    );
    assert_eq!(json["mode"], json!("instructed"));
    assert_eq!(json["flags"], json!(["la_responsible_for_prisoner"]));
    assert!(json["missing_facts"]
        .as_array()
        .unwrap()
        .contains(&json!("mha.considered_for_s57_or_s58a")));
    let keys: BTreeSet<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, BTreeSet::from(["results", "mode", "flags", "missing_facts"]));
}

#[test]
fn unknown_fields_are_refused_at_every_level() {
    let with_extra = [
        json!({ "favourite_colour": "blue" }),
        json!({ "difficulty": { "reading": true } }),
        json!({ "candidates": [{ "relationship": "sister" }] }),
        json!({ "nhs_placement": { "ward": "B" } }),
        json!({ "disagreement_with_appropriate_individual": { "about": "money" } }),
        json!({ "capacity": { "has_capacity": true } }),
        json!({ "mha": { "has_lawyer": true } }),
    ];
    for value in with_extra {
        let error = serde_json::from_value::<Facts>(value.clone()).unwrap_err();
        assert!(error.to_string().contains("unknown field"), "{value}: {error}");
    }
}

#[test]
fn values_outside_the_lists_are_refused() {
    for value in [
        json!({ "process": "first_contact" }),
        json!({ "role": "child" }),
        json!({ "mha": { "status": "informal" } }),
        json!({ "mha": { "section": "around three" } }),
        json!({ "mca_decision": "dols" }),
        json!({ "nhs_placement": { "setting": "home" } }),
        json!({ "age": 300 }),
        json!({ "accommodation_expected_days": -1 }),
        json!({ "council_involved": "yes" }),
    ] {
        assert!(serde_json::from_value::<Facts>(value.clone()).is_err(), "{value}");
    }
}

#[test]
fn null_means_unknown_just_like_leaving_a_fact_out() {
    let nulls: Facts = serde_json::from_value(json!({
        "council_involved": null, "difficulty": null, "capacity": { "can_instruct": null },
        "mha": { "section": null }
    }))
    .unwrap();
    let absent: Facts = serde_json::from_value(json!({ "capacity": {}, "mha": {} })).unwrap();
    assert_eq!(nulls, absent);
}

#[test]
fn codes_are_stable_snake_case_and_match_the_json() {
    let mut seen = BTreeSet::new();
    for reason in Reason::ALL {
        let code = reason.code();
        assert!(seen.insert(code), "{code} used twice");
        assert!(
            code.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
            "{code}"
        );
        assert_eq!(serde_json::to_value(reason).unwrap(), json!(code));
        assert_eq!(serde_json::from_value::<Reason>(json!(code)).unwrap(), *reason);
    }
    for flag in Flag::ALL {
        assert_eq!(serde_json::to_value(flag).unwrap(), json!(flag.code()));
    }
    assert_eq!(
        Reason::ExceptionNhsHospitalOver28Days.code(),
        "exception_nhs_hospital_over_28_days"
    );
    assert_eq!(Reason::ConsideredForS57S58a.code(), "considered_for_s57_s58a");
}

#[test]
fn every_reason_has_a_plain_sentence_and_a_shorter_easy_read_one() {
    for reason in Reason::ALL {
        let (plain, easy) = (reason.plain(), reason.easy_read());
        assert!(!plain.is_empty() && !easy.is_empty(), "{reason:?}");
        assert_ne!(plain, easy, "{reason:?}");
        for text in [plain, easy] {
            assert!(
                text.ends_with('.') && !text.contains(". "),
                "{reason:?}: one sentence: {text}"
            );
            assert!(text.starts_with(|c: char| c.is_uppercase()), "{reason:?}: {text}");
            assert!(
                !text.to_lowercase().split_whitespace().any(|w| w == "you" || w == "your"),
                "{reason:?}: neutral: {text}"
            );
        }
        assert!(easy.split_whitespace().count() <= 12, "{reason:?}: easy read is short: {easy}");
        assert!(easy.len() < plain.len(), "{reason:?}: easy read is shorter: {easy}");
    }
}

#[test]
fn advocacy_outcome_mode_and_flag_texts_are_written_and_tentative() {
    assert_eq!(Advocacy::Imha.label(), "Independent Mental Health Advocate (IMHA)");
    assert_eq!(Outcome::Duty.plain(), "The council appears to have a duty to arrange an advocate.");
    for advocacy in Advocacy::ALL {
        for text in [advocacy.label(), advocacy.plain(), advocacy.easy_read()] {
            assert!(!text.is_empty(), "{advocacy:?}");
        }
    }
    for outcome in Outcome::ALL {
        for text in [outcome.label(), outcome.plain(), outcome.easy_read()] {
            assert!(!text.is_empty(), "{outcome:?}");
        }
        // Results are indicated, never decided: positive outcomes must not sound final.
        let plain = outcome.plain();
        assert!(
            ["appear", "may", "can be"].iter().any(|w| plain.contains(w)),
            "{outcome:?}: {plain}"
        );
    }
    for mode in [Mode::Instructed, Mode::NonInstructed, Mode::Unknown] {
        assert!(!mode.label().is_empty() && !mode.plain().is_empty());
    }
    for flag in Flag::ALL {
        assert!(flag.plain().ends_with('.'), "{flag:?}");
    }
}
