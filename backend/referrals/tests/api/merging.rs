//! Joining referrals safely: two opposite joins at once never both win (so neither referral
//! drops out of the queue), and joining into a referral whose code someone else holds needs
//! staff to have seen that warning first.

use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;
use crate::support::{new_key, referral, start_with_busy_threshold, Harness};

/// Submits to `route` and returns the new referral's id.
async fn submitted(h: &Harness, route: &str, body: &Value) -> String {
    let response = h.submit_to(route, &new_key(), body).await;
    assert_eq!(response.status(), 201);
    let reference = response.json::<Value>().await.unwrap()["reference"].as_str().unwrap().to_string();
    let queue = h.queue("?per_page=100").await;
    let item = queue["items"].as_array().unwrap().iter().find(|i| i["reference"] == reference.as_str()).cloned();
    item.unwrap()["id"].as_str().unwrap().to_string()
}

async fn opposite_joins_at_once_never_both_win(backend: Backend) {
    let h = start_with_busy_threshold(backend, 1000).await;
    let triage = h.staff(Role::Manager).await;
    let merge = |id: String, into: String| {
        triage.post(&h, &format!("/api/referrals/v1/referrals/{id}/merge")).json(&json!({"into": into})).send()
    };
    for round in 0..50 {
        let a = submitted(&h, "self-referrals", &referral("help with my review")).await;
        let b = submitted(&h, "self-referrals", &referral("help with my review")).await;
        let (one, other) = tokio::join!(merge(a.clone(), b.clone()), merge(b.clone(), a.clone()));
        let statuses = [one.unwrap().status().as_u16(), other.unwrap().status().as_u16()];
        assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 1, "round {round}: exactly one join wins, got {statuses:?}");
        assert!(statuses.iter().all(|s| [200, 409, 422].contains(s)), "round {round}: the other is refused, got {statuses:?}");
        let mut live = 0;
        for id in [&a, &b] {
            let detail: Value = triage.get(&h, &format!("/api/referrals/v1/referrals/{id}")).send().await.unwrap().json().await.unwrap();
            if detail["status"] != "merged" {
                live += 1;
            }
        }
        assert_eq!(live, 1, "round {round}: one referral stays in the queue");
    }
}

fn carer_referral() -> Value {
    json!({
        "referrer": {"name": "Pat Carer", "relationship": "carer", "contact": {"method": "phone", "phone": "07700 900111"}},
        "person_name": "Sam",
        "person_contact": {"method": "phone", "phone": "07700 900982"},
        "help_with": "The council is reviewing Sam's care.",
        "consent": "yes",
        "communication": {},
        "eligibility": {"role": "person"}
    })
}

async fn joining_into_someone_elses_referral_warns_first(backend: Backend) {
    let h = start_with_busy_threshold(backend, 1000).await;
    let triage = h.staff(Role::Manager).await;
    let by_carer = submitted(&h, "on-behalf-referrals", &carer_referral()).await;
    let own = submitted(&h, "self-referrals", &referral("I need help with my care review.")).await;
    let own_again = submitted(&h, "self-referrals", &referral("Help with my review, please.")).await;

    let found: Value = triage.get(&h, &format!("/api/referrals/v1/referrals/{own}/duplicates")).send().await.unwrap().json().await.unwrap();
    let holder_of = |id: &str| found.as_array().unwrap().iter().find(|d| d["id"] == id).map(|d| d["other_code_holder"].clone());
    assert_eq!(holder_of(&by_carer), Some(json!(true)), "{found}");
    assert_eq!(holder_of(&own_again), Some(json!(false)), "{found}");

    let url = format!("/api/referrals/v1/referrals/{own}/merge");
    let unwarned = triage.post(&h, &url).json(&json!({"into": by_carer})).send().await.unwrap();
    assert_eq!(unwarned.status(), 409);
    assert_eq!(unwarned.json::<Value>().await.unwrap()["title_ref"]["id"], "error-merge-other-holder");
    let detail: Value = triage.get(&h, &format!("/api/referrals/v1/referrals/{own}")).send().await.unwrap().json().await.unwrap();
    assert_eq!(detail["status"], "received", "nothing was joined");

    let warned = triage.post(&h, &url).json(&json!({"into": by_carer, "other_code_holder_warned": true})).send().await.unwrap();
    assert_eq!(warned.status(), 200);
    // The person's own two referrals need no warning.
    let url = format!("/api/referrals/v1/referrals/{own_again}/merge");
    let same_person = triage.post(&h, &url).json(&json!({"into": by_carer, "other_code_holder_warned": true})).send().await.unwrap();
    assert_eq!(same_person.status(), 200);
}

db_tests!(opposite_joins_at_once_never_both_win, joining_into_someone_elses_referral_warns_first);
