//! Waiting clocks over HTTP on both backends: the targets an admin sets per kind of
//! advocacy and area, each case's next step against them, and the queue's order by it.

use chrono::{Duration, Utc};
use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;
use crate::support::cases::{json_of, V1};
use crate::support::{imca_eligibility, new_key, referral, start, Harness};
const EVERYTHING: &str = "00000000-0000-0000-0000-000000000000";

/// A referral the engine points at IMCA (someone without capacity facing a move into a care home).
fn imca_referral() -> Value {
    let mut body = referral("They want to move me to a care home.");
    body["eligibility"] = imca_eligibility();
    body
}

async fn set_targets(h: &Harness, body: Value, status: u16) -> Value {
    let admin = h.staff(Role::Admin).await;
    json_of(admin.put(h, &format!("{V1}/wait-targets")).json(&body).send().await.unwrap(), status).await
}

/// The queue's references in order, with each one's clock.
async fn queue(h: &Harness) -> Vec<(String, Value)> {
    let page = h.queue("").await;
    page["items"].as_array().unwrap().iter().map(|i| (i["reference"].as_str().unwrap().to_string(), i["clock"].clone())).collect()
}

async fn clocks_follow_the_targets_and_the_most_overdue_case_leads(backend: Backend) {
    let h = start(backend).await;
    let plain = json_of(h.submit(&new_key(), &referral("Help me with a letter from the council.")).await, 201).await;
    let imca = json_of(h.submit(&new_key(), &imca_referral()).await, 201).await;
    let (plain, imca) = (plain["reference"].as_str().unwrap().to_string(), imca["reference"].as_str().unwrap().to_string());

    // Out of the box every case must be acknowledged within a day: the older leads.
    let found = queue(&h).await;
    assert_eq!(found.iter().map(|(r, _)| r.as_str()).collect::<Vec<_>>(), [plain.as_str(), imca.as_str()]);
    assert_eq!((found[0].1["step"].as_str(), found[0].1["target_days"].as_u64()), (Some("acknowledge"), Some(1)));

    // Every case gets three days, IMCA cases one: the newer IMCA case is now due first.
    let everything = json!({"acknowledge_days": 3, "triage_days": 4, "allocate_days": 7, "first_contact_days": 14});
    assert_eq!(set_targets(&h, everything, 200).await["id"], EVERYTHING, "the row for every case is changed, not added to");
    let imca_targets = json!({"advocacy": "imca", "acknowledge_days": 1, "triage_days": 2, "allocate_days": 3, "first_contact_days": 5});
    let imca_row = set_targets(&h, imca_targets, 200).await;
    let found = queue(&h).await;
    assert_eq!(found[0].0, imca, "IMCA's one day comes before everyone's three");
    assert_eq!((found[0].1["target_days"].as_u64(), found[1].1["target_days"].as_u64()), (Some(1), Some(3)));

    // The plain referral has waited ten days: once its clock is worked out again it is
    // the most overdue, and leads.
    let ten_days_ago = (Utc::now() - Duration::days(10)).naive_utc().format("%Y-%m-%d %H:%M:%S");
    h.execute(&format!("UPDATE referrals SET received_at = '{ten_days_ago}' WHERE reference = '{plain}'"));
    set_targets(&h, json!({"advocacy": "imca", "acknowledge_days": 1, "triage_days": 2, "allocate_days": 4, "first_contact_days": 5}), 200).await;
    let found = queue(&h).await;
    assert_eq!(found[0].0, plain, "ten days waiting against three beats a day's wait against one");
    let due: chrono::DateTime<Utc> = serde_json::from_value(found[0].1["due_at"].clone()).unwrap();
    assert!(due < Utc::now() - Duration::days(6), "due three days after receipt: {due}");

    // A manager opening the case acknowledges it; its clock moves on to triage.
    let manager = h.staff(Role::Manager).await;
    let plain_id = h.queue("").await["items"][0]["id"].as_str().unwrap().to_string();
    json_of(manager.get(&h, &format!("{V1}/referrals/{plain_id}")).send().await.unwrap(), 200).await;
    let found = queue(&h).await;
    let plain_clock = &found.iter().find(|(r, _)| *r == plain).unwrap().1;
    assert_eq!((plain_clock["step"].as_str(), plain_clock["target_days"].as_u64()), (Some("triage"), Some(4)));

    // Accepted, it waits for an advocate against the allocation target.
    let decided = manager.post(&h, &format!("{V1}/referrals/{plain_id}/decision")).json(&json!({"decision": "accept"})).send().await.unwrap();
    json_of(decided, 200).await;
    let waiting = h.queue("?stage=waiting_for_advocate").await;
    assert_eq!(waiting["items"][0]["clock"]["step"], "allocate");
    assert_eq!(waiting["items"][0]["clock"]["target_days"], 7);

    // Removing IMCA's own targets puts its cases back on everyone's.
    let admin = h.staff(Role::Admin).await;
    let removed = admin.delete(&h, &format!("{V1}/wait-targets/{}", imca_row["id"].as_str().unwrap())).send().await.unwrap();
    assert_eq!(removed.status(), 204);
    let found = queue(&h).await;
    assert_eq!(found.iter().find(|(r, _)| *r == imca).unwrap().1["target_days"], 3);
}

async fn targets_are_checked_and_only_admins_set_them(backend: Backend) {
    let h = start(backend).await;
    let backwards = set_targets(&h, json!({"acknowledge_days": 3, "triage_days": 2, "allocate_days": 7, "first_contact_days": 14}), 422).await;
    assert!(backwards.to_string().contains("triage_days"), "{backwards}");
    let zero = set_targets(&h, json!({"acknowledge_days": 0, "triage_days": 2, "allocate_days": 7, "first_contact_days": 14}), 422).await;
    assert!(zero.to_string().contains("acknowledge_days"), "{zero}");
    let nowhere = json!({"area": "0191d3a0-0000-7000-8000-000000000000", "acknowledge_days": 1, "triage_days": 2, "allocate_days": 3, "first_contact_days": 4});
    set_targets(&h, nowhere, 422).await;
    let admin = h.staff(Role::Admin).await;
    let everything = admin.delete(&h, &format!("{V1}/wait-targets/{EVERYTHING}")).send().await.unwrap();
    assert_eq!(everything.status(), 409, "the row for every case stays");
    let manager = h.staff(Role::Manager).await;
    let read = json_of(manager.get(&h, &format!("{V1}/wait-targets")).send().await.unwrap(), 200).await;
    assert_eq!(read.as_array().unwrap().len(), 1, "nothing refused was stored: {read}");
    assert_eq!(read[0]["acknowledge_days"], 1);
    let change = json!({"acknowledge_days": 2, "triage_days": 3, "allocate_days": 5, "first_contact_days": 10});
    assert_eq!(manager.put(&h, &format!("{V1}/wait-targets")).json(&change).send().await.unwrap().status(), 403);
    let advocate = h.staff(Role::Advocate).await;
    assert_eq!(advocate.get(&h, &format!("{V1}/wait-targets")).send().await.unwrap().status(), 403);
}

db_tests!(clocks_follow_the_targets_and_the_most_overdue_case_leads, targets_are_checked_and_only_admins_set_them);
