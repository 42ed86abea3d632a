//! Equality monitoring: stored apart from the case, reported only in aggregate.

mod support;

use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;
use support::{new_key, referral, start};

fn with_equality(answers: Value) -> Value {
    let mut body = referral("I need help with my care review.");
    body["equality"] = answers;
    body
}

async fn equality_answers_never_appear_in_the_case(backend: Backend) {
    let h = start(backend).await;
    let response = h.submit(&new_key(), &with_equality(json!({"sex": ["female"], "life_circumstances": ["homeless"]}))).await;
    assert_eq!(response.status(), 201);
    let id = h.queue("").await["items"][0]["id"].as_str().unwrap().to_string();
    let detail: Value = h.staff(Role::Triage).await.get(&h, &format!("/api/referrals/v1/referrals/{id}")).send().await.unwrap().json().await.unwrap();
    assert!(detail["referral"]["answers"].get("equality").is_none(), "{detail}");
    assert!(!detail.to_string().contains("homeless"));
}

/// The carer and professional routes keep the person's equality answers apart too.
async fn every_route_keeps_equality_answers_apart(backend: Backend) {
    let h = start(backend).await;
    let answers = json!({"ethnicity": ["mixed"]});
    let for_someone = json!({
        "referrer": {"name": "Pat", "relationship": "friend", "contact": {"method": "email", "email": "pat@example.org"}},
        "person_name": "Noor", "help_with": "Noor's care is being reviewed.", "consent": "yes",
        "contact_through_referrer": true, "equality": answers
    });
    let professional = json!({
        "referrer": {"name": "Alex", "organisation": "Adult Social Care", "job_role": "Social worker", "email": "alex@example.gov.uk"},
        "person": {"name": "Jo"}, "help_with": "Jo's support plan is being written.", "consent": "yes", "equality": answers
    });
    let triage = h.staff(Role::Triage).await;
    for (route, body) in [("on-behalf-referrals", for_someone), ("professional-referrals", professional)] {
        assert_eq!(h.submit_to(route, &new_key(), &body).await.status(), 201, "{route}");
        let id = h.queue("").await["items"][0]["id"].as_str().unwrap().to_string();
        let detail: Value = triage.get(&h, &format!("/api/referrals/v1/referrals/{id}")).send().await.unwrap().json().await.unwrap();
        assert!(!detail.to_string().contains("mixed"), "{route}: {detail}");
    }
    let summary: Value = h.staff(Role::Commissioner).await.get(&h, "/api/referrals/v1/equality-summary").send().await.unwrap().json().await.unwrap();
    assert_eq!(summary["responses"], 2, "{summary}");
}

async fn commissioners_see_only_suppressed_counts(backend: Backend) {
    let h = start(backend).await;
    for _ in 0..5 {
        h.submit(&new_key(), &with_equality(json!({"sex": ["female"]}))).await;
    }
    h.submit(&new_key(), &with_equality(json!({"sex": ["male"]}))).await;
    h.submit(&new_key(), &referral("No monitoring answers")).await;

    let commissioner = h.staff(Role::Commissioner).await;
    let summary: Value = commissioner.get(&h, "/api/referrals/v1/equality-summary").send().await.unwrap().json().await.unwrap();
    assert_eq!(summary["responses"], 6);
    let sex = summary["questions"].as_array().unwrap().iter().find(|q| q["code"] == "sex").unwrap();
    let count = |code: &str| sex["options"].as_array().unwrap().iter().find(|o| o["code"] == code).unwrap()["count"].clone();
    assert_eq!(count("female"), json!(5));
    assert_eq!(count("male"), Value::Null);

    // Commissioners never see cases; triage never sees monitoring.
    assert_eq!(commissioner.get(&h, "/api/referrals/v1/referrals").send().await.unwrap().status(), 403);
    let triage = h.staff(Role::Triage).await;
    assert_eq!(triage.get(&h, "/api/referrals/v1/equality-summary").send().await.unwrap().status(), 403);
    let anonymous = h.app.client.get(h.app.url("/api/referrals/v1/equality-summary")).send().await.unwrap();
    assert_eq!(anonymous.status(), 401);
}

/// Joining a likely duplicate into another referral counts that person once.
async fn a_joined_referral_is_counted_once(backend: Backend) {
    let h = start(backend).await;
    for _ in 0..2 {
        assert_eq!(h.submit(&new_key(), &with_equality(json!({"sex": ["female"]}))).await.status(), 201);
    }
    let items = h.queue("").await["items"].clone();
    let (first, second) = (items[0]["id"].as_str().unwrap(), items[1]["id"].as_str().unwrap());
    let triage = h.staff(Role::Triage).await;
    let joined = triage.post(&h, &format!("/api/referrals/v1/referrals/{second}/merge")).json(&json!({"into": first})).send().await.unwrap();
    assert_eq!(joined.status(), 200);
    let summary: Value = h.staff(Role::Commissioner).await.get(&h, "/api/referrals/v1/equality-summary").send().await.unwrap().json().await.unwrap();
    assert_eq!(summary["responses"], 1, "{summary}");
}

async fn equality_answers_are_checked_against_the_catalogue(backend: Backend) {
    let h = start(backend).await;
    for (answers, field) in [
        (json!({"age": ["25_34", "35_44"]}), "equality.age"),
        (json!({"shoe_size": ["9"]}), "equality.question"),
        (json!({"life_circumstances": ["homeless", "prefer_not_to_say"]}), "equality.life_circumstances"),
        (json!({"sex": "female"}), "equality.sex"),
    ] {
        let response = h.submit(&new_key(), &with_equality(answers.clone())).await;
        assert_eq!(response.status(), 422, "{answers}");
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
    }
    assert_eq!(h.queue("").await["total"], 0);
}

db_tests!(
    equality_answers_never_appear_in_the_case,
    every_route_keeps_equality_answers_apart,
    a_joined_referral_is_counted_once,
    commissioners_see_only_suppressed_counts,
    equality_answers_are_checked_against_the_catalogue,
);
