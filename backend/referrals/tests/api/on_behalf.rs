//! Referring someone else, over HTTP, on both backends.

use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;
use crate::support::{new_key, start, Harness};

fn carer_referral() -> Value {
    json!({
        "referrer": {"name": "Pat Carer", "relationship": "carer", "contact": {"method": "phone", "phone": "07700 900111"}},
        "person_name": "Mum",
        "help_with": "The council is reviewing her care and she gets lost in the meetings.",
        "person_own_words": "I want to stay in my flat.",
        "consent": "cannot_say",
        "best_interests": "She cannot follow the review and decisions are made without her.",
        "contact_through_referrer": true,
        "communication": {"large_print": true},
        "eligibility": {"role": "person", "council_involved": true, "process": "plan_review"}
    })
}

async fn submit(h: &Harness, key: &str, body: &Value) -> reqwest::Response {
    h.submit_to("on-behalf-referrals", key, body).await
}

async fn a_carer_refers_and_triage_sees_both_people_apart(backend: Backend) {
    let h = start(backend).await;
    let response = submit(&h, &new_key(), &carer_referral()).await;
    assert_eq!(response.status(), 201);
    let submitted: Value = response.json().await.unwrap();
    let (reference, code) = (submitted["reference"].as_str().unwrap(), submitted["tracking_code"].as_str().unwrap());

    let queue = h.queue("").await;
    assert_eq!(queue["items"][0]["name"], "Mum");
    assert!(queue["items"][0]["summary"].as_str().unwrap().starts_with("The council is reviewing"));

    let id = queue["items"][0]["id"].as_str().unwrap();
    let triage = h.staff(Role::Manager).await;
    let detail: Value = triage.get(&h, &format!("/api/referrals/v1/referrals/{id}")).send().await.unwrap().json().await.unwrap();
    assert_eq!(detail["referral"]["route"], "on_behalf");
    let answers = &detail["referral"]["answers"];
    assert_eq!(answers["referrer"]["contact"]["phone"], "07700 900111");
    assert_eq!(answers["person_contact"], Value::Null);
    assert_eq!(answers["consent"], "cannot_say");
    assert_eq!(answers["communication"]["large_print"], true);

    // The referrer tracks it with the code they were given.
    assert_eq!(h.track(reference, code).await.status(), 200);
}

async fn on_behalf_answers_are_checked_with_field_paths(backend: Backend) {
    let h = start(backend).await;
    let mut no_reason = carer_referral();
    no_reason["best_interests"] = Value::Null;
    let mut nobody_to_contact = carer_referral();
    nobody_to_contact["contact_through_referrer"] = json!(false);
    let mut bad_person_phone = carer_referral();
    bad_person_phone["contact_through_referrer"] = json!(false);
    bad_person_phone["person_contact"] = json!({"method": "text", "phone": "<script>"});
    let mut bad_referrer = carer_referral();
    bad_referrer["referrer"]["name"] = json!("");
    bad_referrer["referrer"]["relationship"] = json!("landlord");
    let cases = [
        (no_reason, vec!["best_interests"]),
        (nobody_to_contact, vec!["person_contact"]),
        (bad_person_phone, vec!["person_contact.phone"]),
        (bad_referrer, vec!["referrer.relationship"]),
        (json!({"person_name": "Mum"}), vec!["referrer"]),
    ];
    for (body, fields) in cases {
        let response = submit(&h, &new_key(), &body).await;
        assert_eq!(response.status(), 422, "{body}");
        let problem: Value = response.json().await.unwrap();
        let got: Vec<&str> = problem["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
        assert_eq!(got, fields, "{body}");
    }
    assert_eq!(h.queue("").await["total"], 0);
}

async fn a_key_cannot_cross_routes(backend: Backend) {
    let h = start(backend).await;
    let key = new_key();
    assert_eq!(submit(&h, &key, &carer_referral()).await.status(), 201);
    assert_eq!(submit(&h, &key, &carer_referral()).await.status(), 200);
    // The same key on the self-referral route is a different referral: refused.
    let own = h.submit(&key, &crate::support::referral("Help me")).await;
    assert_eq!(own.status(), 409);
    assert_eq!(h.queue("").await["total"], 1);
}

db_tests!(
    a_carer_refers_and_triage_sees_both_people_apart,
    on_behalf_answers_are_checked_with_field_paths,
    a_key_cannot_cross_routes,
);
