//! "I lost my code": never reveals a referral; triage issues a new code. Both backends.

use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;
use crate::support::{new_key, referral, start_without_matcher as start, Harness};

async fn lost(h: &Harness, body: Value) -> reqwest::Response {
    h.app.client.post(h.app.url("/api/referrals/v1/lost-code")).json(&body).send().await.unwrap()
}

/// Runs the matcher the server would run in the background a moment later.
async fn matched(h: &Harness) {
    h.matcher.run_once().await.expect("matching runs");
}

async fn detail(h: &Harness, id: &str) -> Value {
    h.staff(Role::Manager).await.get(h, &format!("/api/referrals/v1/referrals/{id}")).send().await.unwrap().json().await.unwrap()
}

async fn a_lost_code_is_replaced_by_triage_without_revealing_anything(backend: Backend) {
    let h = start(backend).await;
    let submitted: Value = h.submit(&new_key(), &referral("help")).await.json().await.unwrap();
    let (reference, old_code) = (submitted["reference"].as_str().unwrap(), submitted["tracking_code"].as_str().unwrap());
    let id = h.queue("").await["items"][0]["id"].as_str().unwrap().to_string();

    let known = lost(&h, json!({"phone_or_email": "+44 7700 900982"})).await;
    let unknown = lost(&h, json!({"phone_or_email": "07700 900000"})).await;
    let wrong_reference = lost(&h, json!({"phone_or_email": "07700 900982", "reference": "SU-2222-2222"})).await;
    assert_eq!([known.status(), unknown.status(), wrong_reference.status()].map(|s| s.as_u16()), [202; 3]);
    let (a, b): (Value, Value) = (known.json().await.unwrap(), unknown.json().await.unwrap());
    assert_eq!(a, b);
    matched(&h).await;
    assert_eq!(detail(&h, &id).await["code_reset_requested"], true);
    assert_eq!(h.queue("").await["items"][0]["code_reset_requested"], true, "flagged in the queue too");

    let triage = h.staff(Role::Manager).await;
    let new_code_url = format!("/api/referrals/v1/referrals/{id}/new-code");
    let issued = triage.post(&h, &new_code_url).json(&json!({})).send().await.unwrap();
    assert_eq!(issued.status(), 200);
    let issued: Value = issued.json().await.unwrap();
    assert_eq!(issued["reference"], reference);
    let new_code = issued["tracking_code"].as_str().unwrap();
    assert_eq!(h.track(reference, old_code).await.status(), 404);
    assert_eq!(h.track(reference, new_code).await.status(), 200);
    let after = detail(&h, &id).await;
    assert_eq!(after["code_reset_requested"], false);
    assert_eq!(h.queue("").await["items"][0]["code_reset_requested"], false);
    assert_eq!(after["staff_actions"][0]["kind"], "new_code_requested");
    assert_eq!(after["staff_actions"][0]["by"], triage.user_id.to_string());

    // With no request waiting, a new code needs a reason, and the reason is kept.
    let unasked = triage.post(&h, &new_code_url).json(&json!({"reason": "  "})).send().await.unwrap();
    assert_eq!(unasked.status(), 422);
    let problem: Value = unasked.json().await.unwrap();
    assert_eq!((problem["errors"][0]["field"].as_str(), problem["errors"][0]["message_ref"]["id"].as_str()), (Some("reason"), Some("error-new-code-reason")));
    assert_eq!(h.track(reference, new_code).await.status(), 200, "the code is unchanged");
    let reason = "Rang from the ward and gave the codeword";
    let again = triage.post(&h, &new_code_url).json(&json!({"reason": reason})).send().await.unwrap();
    assert_eq!(again.status(), 200);
    assert_eq!(h.track(reference, new_code).await.status(), 404);
    let actions = detail(&h, &id).await["staff_actions"].clone();
    assert_eq!((actions[1]["kind"].as_str(), actions[1]["reason"].as_str()), (Some("new_code_with_reason"), Some(reason)));

    for role in [Role::Advocate, Role::Commissioner] {
        let response = h.staff(role).await.post(&h, &new_code_url).json(&json!({"reason": reason})).send().await.unwrap();
        assert_eq!(response.status(), 403);
    }
}

/// A carer or professional holds the code for the person: their own phone or email finds it,
/// and never flags a referral they did not make.
async fn whoever_referred_can_ask_with_their_own_details(backend: Backend) {
    let h = start(backend).await;
    let for_someone = json!({
        "referrer": {"name": "Pat", "relationship": "friend", "contact": {"method": "phone", "phone": "07700 900444"}},
        "person_name": "Noor", "help_with": "Noor's care is being reviewed.", "consent": "yes", "contact_through_referrer": true
    });
    let professional = json!({
        "referrer": {"name": "Alex", "organisation": "Adult Social Care", "job_role": "Social worker", "email": "Alex@Example.gov.uk"},
        "person": {"name": "Jo"}, "help_with": "Jo's support plan is being written.", "consent": "yes"
    });
    assert_eq!(h.submit_to("on-behalf-referrals", &new_key(), &for_someone).await.status(), 201);
    assert_eq!(h.submit_to("professional-referrals", &new_key(), &professional).await.status(), 201);
    assert_eq!(h.submit(&new_key(), &referral("someone else's")).await.status(), 201);
    let ids: Vec<String> = h.queue("").await["items"].as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap().to_string()).collect();
    lost(&h, json!({"phone_or_email": "+44 7700 900444"})).await;
    lost(&h, json!({"phone_or_email": "alex@example.gov.uk "})).await;
    matched(&h).await;
    let mut flagged = Vec::new();
    for id in &ids {
        flagged.push(detail(&h, id).await["code_reset_requested"] == true);
    }
    assert_eq!(flagged.iter().filter(|f| **f).count(), 2, "the carer's and the professional's referrals, not the third: {ids:?}");
}

async fn only_a_matching_reference_is_flagged(backend: Backend) {
    let h = start(backend).await;
    h.submit(&new_key(), &referral("help")).await;
    let id = h.queue("").await["items"][0]["id"].as_str().unwrap().to_string();
    lost(&h, json!({"phone_or_email": "07700 900982", "reference": "SU-2222-2222"})).await;
    matched(&h).await;
    assert_eq!(detail(&h, &id).await["code_reset_requested"], false);
}

async fn lost_code_requests_are_checked_and_limited(backend: Backend) {
    let h = start(backend).await;
    for body in [json!({"phone_or_email": ""}), json!({"phone_or_email": "call me"}), json!({"phone_or_email": "a@b"})] {
        let response = lost(&h, body.clone()).await;
        assert_eq!(response.status(), 422, "{body}");
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["errors"][0]["field"], "phone_or_email");
    }
    for _ in 0..3 {
        assert_eq!(lost(&h, json!({"phone_or_email": "sam@example.org"})).await.status(), 202);
    }
    assert_eq!(lost(&h, json!({"phone_or_email": "SAM@example.org"})).await.status(), 429);
}

/// The request only queues what was typed: the same one row whether it will match or not, and
/// nothing about any referral changes until the matcher runs, off the request path.
async fn the_request_does_the_same_work_whether_or_not_anything_matches(backend: Backend) {
    let h = start(backend).await;
    h.submit(&new_key(), &referral("help")).await;
    let untouched = "SELECT COUNT(*) AS n FROM referrals WHERE code_reset_requested_at IS NULL AND updated_at = received_at";
    assert_eq!(h.count(untouched), 1);
    let matching = lost(&h, json!({"phone_or_email": "07700 900982"})).await;
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM code_requests"), 1);
    let missing = lost(&h, json!({"phone_or_email": "07700 900111"})).await;
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM code_requests"), 2, "one row each, matched or not");
    assert_eq!((matching.status(), missing.status()), (reqwest::StatusCode::ACCEPTED, reqwest::StatusCode::ACCEPTED));
    assert_eq!(matching.json::<Value>().await.unwrap(), missing.json::<Value>().await.unwrap());
    assert_eq!(h.count(untouched), 1, "the request path changed no referral");

    matched(&h).await;
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM code_requests"), 0, "what was typed is gone once matched");
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM referrals WHERE code_reset_requested_at IS NOT NULL"), 1);
}

db_tests!(
    the_request_does_the_same_work_whether_or_not_anything_matches,
    whoever_referred_can_ask_with_their_own_details,
    a_lost_code_is_replaced_by_triage_without_revealing_anything,
    only_a_matching_reference_is_flagged,
    lost_code_requests_are_checked_and_limited,
);
