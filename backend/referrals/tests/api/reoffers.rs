//! IMHA offered again after a "no", over HTTP on both backends: the person withdraws from their
//! tracking page and is told when it will be offered again; a manager records the answers, and
//! a "yes" puts the case back to wait for an advocate.

use chrono::{Duration, Utc};
use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::casework::FIRST_REOFFER_DAYS;
use speakup_types::identity::Role;
use crate::support::cases::{json_of, V1};
use crate::support::{new_key, referral, start, Harness};

/// A detained patient's referral (IMHA) and a plain one, each withdrawn from its tracking page.
async fn withdrawn(h: &Harness, eligibility: Value) -> (String, String) {
    let mut body = referral("I am on a section and want help at my ward round.");
    body["eligibility"] = eligibility;
    let sent = json_of(h.submit(&new_key(), &body).await, 201).await;
    let (reference, code) = (sent["reference"].as_str().unwrap().to_string(), sent["tracking_code"].as_str().unwrap().to_string());
    let stop = json!({"reference": reference, "tracking_code": code});
    let url = h.app.url(&format!("{V1}/track/withdrawal"));
    let tracked = json_of(h.app.client.post(url).json(&stop).send().await.unwrap(), 200).await;
    (reference, tracked.to_string())
}

async fn reoffers(h: &Harness) -> Vec<Value> {
    let manager = h.staff(Role::Manager).await;
    json_of(manager.get(h, &format!("{V1}/reoffers")).send().await.unwrap(), 200).await.as_array().unwrap().clone()
}

async fn a_no_to_imha_is_offered_again_until_the_person_says_yes(backend: Backend) {
    let h = start(backend).await;
    let (imha, tracked) = withdrawn(&h, json!({"mha": {"status": "detained", "section": "3"}})).await;
    let due = (Utc::now() + Duration::days(FIRST_REOFFER_DAYS)).date_naive().to_string();
    assert!(tracked.contains(&format!("\"reoffer_on\":\"{due}\"")), "the person is told when: {tracked}");
    let (plain, tracked) = withdrawn(&h, json!({})).await;
    assert!(tracked.contains("\"reoffer_on\":null"), "{tracked}");

    // Only the IMHA case is offered again.
    let due_now = reoffers(&h).await;
    assert_eq!(due_now.iter().map(|r| r["reference"].as_str().unwrap()).collect::<Vec<_>>(), [imha.as_str()]);
    assert_ne!(imha, plain);
    let first = due_now[0].clone();
    assert_eq!((first["due_on"].as_str(), first["declined"].as_u64()), (Some(due.as_str()), Some(0)));
    let manager = h.staff(Role::Manager).await;
    let path = format!("{V1}/reoffers/{}", first["id"].as_str().unwrap());
    let answer = |body: Value| manager.post(&h, &path).json(&body).send();

    // Advocates and commissioners do not record answers; another "no" needs a later day.
    for role in [Role::Advocate, Role::Commissioner] {
        let other = h.staff(role).await;
        let refused = other.post(&h, &path).json(&json!({"answer": "accepted"})).send().await.unwrap();
        assert_eq!(refused.status(), 403);
    }
    json_of(answer(json!({"answer": "declined"})).await.unwrap(), 422).await;
    let today = Utc::now().date_naive().to_string();
    let past = json_of(answer(json!({"answer": "declined", "next_on": today})).await.unwrap(), 422).await;
    assert_eq!(past["errors"][0]["field"], "next_on");

    let next = (Utc::now() + Duration::days(7)).date_naive().to_string();
    let after_no = json_of(answer(json!({"answer": "declined", "reason": "Wants to wait for the tribunal", "next_on": next})).await.unwrap(), 200).await;
    assert_eq!(after_no[0]["due_on"], next.as_str());
    assert_eq!((after_no[0]["declined"].as_u64(), after_no[0]["last_reason"].as_str()), (Some(1), Some("Wants to wait for the tribunal")));
    json_of(answer(json!({"answer": "accepted"})).await.unwrap(), 404).await;

    // Yes: the case waits for an advocate again, back in the queue, and no more offers are due.
    let second = after_no[0]["id"].as_str().unwrap().to_string();
    let yes = json_of(manager.post(&h, &format!("{V1}/reoffers/{second}")).json(&json!({"answer": "accepted"})).send().await.unwrap(), 200).await;
    assert_eq!(yes, json!([]));
    let queue = h.queue("").await;
    let back = queue["items"].as_array().unwrap().iter().find(|i| i["reference"] == imha.as_str()).expect("back in the queue");
    assert_eq!(back["status"], "accepted");
    let id = back["id"].as_str().unwrap();
    let record = json_of(manager.get(&h, &format!("{V1}/referrals/{id}/audit")).send().await.unwrap(), 200).await;
    let answered = record.as_array().unwrap().iter().filter(|e| e["action"] == "reoffer_answered").count();
    assert_eq!(answered, 2, "each answer is on the case's record");
}

db_tests!(a_no_to_imha_is_offered_again_until_the_person_says_yes);
