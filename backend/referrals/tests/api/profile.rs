//! The person's profile (communication needs, safe contact, advocate preferences, who to
//! involve) is stored with every route and shown to triage; bad answers are named by path
//! and save nothing. Both backends.

use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;
use speakup_types::referral::{ContactPreferences, PersonPreferences};
use crate::support::{new_key, referral, start, Harness};

fn full_profile() -> (Value, Value, Value) {
    let contact = json!({
        "method": "named_person",
        "named_person": {"name": "Aisha", "relationship": "sister", "phone": "07700 900333"},
        "not_safe": ["letter", "phone"],
        "safe_to_leave_message": false,
        "safe_times": "after 6pm",
        "codeword": "bluebell"
    });
    let communication = json!({"braille": true, "reading_help": true, "bsl": true, "language": "Urdu"});
    let preferences = json!({
        "advocate_gender": "woman",
        "advocate_language": "Urdu",
        "advocate_culture_or_faith": "Muslim",
        "previous_advocate": "Ruth at Leeds Advocacy",
        "involve": "My sister Aisha, at every meeting",
        "do_not_involve": "My husband"
    });
    (contact, communication, preferences)
}

/// Compared as the types, since the server writes out unanswered options as nulls.
fn typed<T: serde::de::DeserializeOwned>(value: &Value) -> T {
    serde_json::from_value(value.clone()).unwrap()
}

async fn post(h: &Harness, route: &str, body: &Value) -> reqwest::Response {
    h.submit_to(route, &new_key(), body).await
}

async fn newest_answers(h: &Harness) -> Value {
    // The queue puts the earliest due first, and opening a referral moves its clock on: find
    // the newest by when it arrived.
    let queue = h.queue("").await;
    let newest = queue["items"].as_array().unwrap().iter().max_by_key(|i| i["received_at"].as_str().unwrap().to_string()).expect("a referral");
    let id = newest["id"].as_str().unwrap();
    let triage = h.staff(Role::Manager).await;
    let detail: Value = triage.get(h, &format!("/api/referrals/v1/referrals/{id}")).send().await.unwrap().json().await.unwrap();
    detail["referral"]["answers"].clone()
}

async fn the_profile_is_stored_and_shown_to_triage_on_every_route(backend: Backend) {
    let h = start(backend).await;
    let (contact, communication, preferences) = full_profile();

    let mut own = referral("I need help with a benefits review.");
    own["contact"] = contact.clone();
    own["communication"] = communication.clone();
    own["preferences"] = preferences.clone();
    assert_eq!(post(&h, "self-referrals", &own).await.status(), 201);
    let stored = newest_answers(&h).await;
    assert_eq!(typed::<ContactPreferences>(&stored["contact"]), typed::<ContactPreferences>(&contact));
    assert_eq!(stored["communication"]["braille"], true);
    assert_eq!(stored["communication"]["reading_help"], true);
    assert_eq!(typed::<PersonPreferences>(&stored["preferences"]), typed::<PersonPreferences>(&preferences));

    let for_someone = json!({
        "referrer": {"name": "Pat", "relationship": "friend", "contact": {"method": "email", "email": "pat@example.org"}},
        "person_name": "Noor",
        "help_with": "Noor's care is being reviewed.",
        "consent": "yes",
        "person_contact": {"method": "in_person", "address": "Day centre on Park Road, Tuesdays", "not_safe": ["text"]},
        "communication": communication,
        "preferences": preferences
    });
    assert_eq!(post(&h, "on-behalf-referrals", &for_someone).await.status(), 201);
    let stored = newest_answers(&h).await;
    assert_eq!(stored["person_contact"]["method"], "in_person");
    assert_eq!(stored["person_contact"]["not_safe"], json!(["text"]));
    assert_eq!(stored["preferences"]["do_not_involve"], "My husband");

    let professional = json!({
        "referrer": {"name": "Alex", "organisation": "Adult Social Care", "job_role": "Social worker", "email": "alex@example.gov.uk"},
        "person": {"name": "Jo", "contact": contact},
        "help_with": "Jo's support plan is being written.",
        "consent": "yes",
        "communication": {"audio": true},
        "preferences": {"advocate_gender": "man"}
    });
    assert_eq!(post(&h, "professional-referrals", &professional).await.status(), 201);
    let stored = newest_answers(&h).await;
    assert_eq!(stored["person"]["contact"]["codeword"], "bluebell");
    assert_eq!(stored["preferences"]["advocate_gender"], "man");
}

/// A carer asking for advocacy for themselves: their carer's assessment, as the PWA sends it.
async fn a_carer_asking_for_themselves_is_stored_and_assessed_as_a_carer(backend: Backend) {
    let h = start(backend).await;
    let mut own = referral("I care for my dad and the council is assessing what support I need.");
    own["eligibility"] = json!({
        "role": "adult_carer", "council_involved": true, "care_support_needs": true, "process": "carers_assessment",
        "difficulty": {"understanding": false, "retaining": true, "weighing": false, "communicating": false},
        "family_or_friend_to_consult": false, "candidates": []
    });
    let response = post(&h, "self-referrals", &own).await;
    assert_eq!(response.status(), 201);
    let submitted: Value = response.json().await.unwrap();
    let care_act = submitted["assessment"]["results"].as_array().unwrap().iter().find(|r| r["advocacy"] == "care_act").cloned();
    assert_eq!(care_act.map(|r| r["outcome"].clone()), Some(json!("duty")), "{submitted}");
    let stored = newest_answers(&h).await;
    assert_eq!(stored["eligibility"]["role"], "adult_carer");
    assert_eq!(stored["eligibility"]["process"], "carers_assessment");
}

async fn bad_profile_answers_are_named_and_save_nothing(backend: Backend) {
    let h = start(backend).await;
    let mut body = referral("Help please.");
    body["contact"] = json!({"method": "named_person", "named_person": {"name": "Aisha"}, "not_safe": ["named_person"],
                             "codeword": "<script>x</script>"});
    body["preferences"] = json!({"involve": "x".repeat(1001)});
    let mut unknown_option = referral("Help please.");
    unknown_option["preferences"] = json!({"advocate_gender": "robot"});
    let cases = [
        (body, vec!["contact.codeword", "contact.named_person.phone", "contact.not_safe", "preferences.involve"]),
        (unknown_option, vec!["preferences.advocate_gender"]),
    ];
    for (body, expected) in cases {
        let response = post(&h, "self-referrals", &body).await;
        assert_eq!(response.status(), 422, "{body}");
        let problem: Value = response.json().await.unwrap();
        let mut fields: Vec<&str> = problem["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
        fields.sort();
        assert_eq!(fields, expected);
    }
    assert_eq!(h.queue("").await["total"], 0);
}

db_tests!(
    the_profile_is_stored_and_shown_to_triage_on_every_route,
    a_carer_asking_for_themselves_is_stored_and_assessed_as_a_carer,
    bad_profile_answers_are_named_and_save_nothing,
);
