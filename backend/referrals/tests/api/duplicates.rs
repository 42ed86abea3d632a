//! Likely duplicates and joining them, on both backends.

use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;
use crate::support::{new_key, referral, start, Harness};

fn with_phone(name: &str, phone: &str) -> Value {
    let mut body = referral("I need help with my care review.");
    body["name"] = json!(name);
    body["contact"]["phone"] = json!(phone);
    body
}

/// Submits and returns (id, reference, tracking code).
async fn submitted(h: &Harness, body: &Value) -> (String, String, String) {
    let s: Value = h.submit(&new_key(), body).await.json().await.unwrap();
    let reference = s["reference"].as_str().unwrap().to_string();
    let queue = h.queue("?per_page=100").await;
    let id = queue["items"].as_array().unwrap().iter().find(|i| i["reference"] == reference.as_str()).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    (id, reference, s["tracking_code"].as_str().unwrap().to_string())
}

async fn referrals_about_the_same_person_are_found_and_joined(backend: Backend) {
    let h = start(backend).await;
    let (first, first_ref, _) = submitted(&h, &with_phone("Sam Jones", "07700 900982")).await;
    let (second, second_ref, second_code) = submitted(&h, &with_phone("sam  JONES", "+44 7700 900982")).await;
    submitted(&h, &with_phone("Sam Jones", "07700 900111")).await; // same name, other phone: not likely

    let triage = h.staff(Role::Manager).await;
    let found: Value = triage.get(&h, &format!("/api/referrals/v1/referrals/{first}/duplicates")).send().await.unwrap().json().await.unwrap();
    let found = found.as_array().unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["reference"], second_ref.as_str());
    assert_eq!(found[0]["reasons"], json!(["same_name", "same_phone"]));

    let merge = |id: &str, into: &str| {
        triage.post(&h, &format!("/api/referrals/v1/referrals/{id}/merge")).json(&json!({"into": into})).send()
    };
    let joined = merge(&second, &first).await.unwrap();
    assert_eq!(joined.status(), 200);
    let joined: Value = joined.json().await.unwrap();
    assert_eq!(joined["status"], "merged");
    assert_eq!(joined["merged_into"], first_ref.as_str());
    let kept: Value = triage.get(&h, &format!("/api/referrals/v1/referrals/{first}")).send().await.unwrap().json().await.unwrap();
    assert_eq!(kept["joined"], json!([second_ref]));

    // The person who made the second referral is told it was joined, not where.
    let tracked: Value = h.track(&second_ref, &second_code).await.json().await.unwrap();
    assert_eq!(tracked["status"], "merged");
    assert!(!tracked.to_string().contains(&first_ref));

    let again: Value = triage.get(&h, &format!("/api/referrals/v1/referrals/{first}/duplicates")).send().await.unwrap().json().await.unwrap();
    assert_eq!(again, json!([]));
    assert_eq!(merge(&second, &first).await.unwrap().status(), 409);
    let decide = triage.post(&h, &format!("/api/referrals/v1/referrals/{second}/decision")).json(&json!({"decision": "accept"}));
    assert_eq!(decide.send().await.unwrap().status(), 409);
}

async fn joining_is_refused_where_it_makes_no_sense(backend: Backend) {
    let h = start(backend).await;
    let (a, _, _) = submitted(&h, &with_phone("Ann", "07700 900001")).await;
    let (b, _, _) = submitted(&h, &with_phone("Ann", "07700 900001")).await;
    let (c, _, _) = submitted(&h, &with_phone("Cal", "07700 900003")).await;
    let triage = h.staff(Role::Manager).await;
    let merge = |id: &str, into: &str| {
        triage.post(&h, &format!("/api/referrals/v1/referrals/{id}/merge")).json(&json!({"into": into})).send()
    };
    for (id, into) in [(&a, &a), (&a, &"00000000-0000-0000-0000-000000000000".to_string())] {
        let response = merge(id, into).await.unwrap();
        assert_eq!(response.status(), 422);
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["errors"][0]["field"], "into");
    }
    assert_eq!(merge(&b, &a).await.unwrap().status(), 200);
    // Nothing may be joined into a referral that was itself joined away.
    assert_eq!(merge(&c, &b).await.unwrap().status(), 422);
    let bad = triage.post(&h, &format!("/api/referrals/v1/referrals/{c}/merge")).json(&json!({"into": "not-a-uuid"}));
    assert_eq!(bad.send().await.unwrap().status(), 422);

    for role in [Role::Advocate, Role::Commissioner] {
        let staff = h.staff(role).await;
        assert_eq!(staff.get(&h, &format!("/api/referrals/v1/referrals/{c}/duplicates")).send().await.unwrap().status(), 403);
        let forbidden = staff.post(&h, &format!("/api/referrals/v1/referrals/{c}/merge")).json(&json!({"into": a}));
        assert_eq!(forbidden.send().await.unwrap().status(), 403);
    }
}

db_tests!(referrals_about_the_same_person_are_found_and_joined, joining_is_refused_where_it_makes_no_sense);
