//! Asking to move a meeting, over HTTP on both backends: the person asks from their tracking
//! page with their reference and code, the team sees it on that meeting, and saving the
//! meeting answers it.

use chrono::{Duration, Utc};
use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;
use crate::support::cases::{allocated_to_sana, json_of, V1};
use crate::support::{start, Harness};

fn in_days(days: i64) -> String {
    (Utc::now() + Duration::days(days)).format("%Y-%m-%dT10:00:00Z").to_string()
}

async fn ask(h: &Harness, reference: &str, code: &str, words: Option<&str>) -> reqwest::Response {
    let body = json!({"reference": reference, "tracking_code": code, "words": words});
    h.app.client.post(h.app.url(&format!("{V1}/track/meeting-move"))).json(&body).send().await.unwrap()
}

fn asked(h: &Harness) -> i64 {
    h.count("SELECT COUNT(*) AS n FROM case_audit WHERE action = 'move_wanted'")
}

fn meeting<'a>(work: &'a Value, title: &str) -> &'a Value {
    work["entries"].as_array().unwrap().iter().find(|e| e["title"] == title).expect("the meeting is listed")
}

async fn the_person_asks_to_move_their_next_meeting_and_the_team_answers(backend: Backend) {
    let h = start(backend).await;
    let (id, reference, code, sana, tom) = allocated_to_sana(&h).await;
    let work = format!("{V1}/referrals/{id}/casework");

    // Nothing is booked yet, so there is nothing to move and nothing is recorded.
    json_of(ask(&h, &reference, &code, None).await, 409).await;
    assert_eq!(asked(&h), 0);

    for (title, days) in [("First meeting", 3), ("Review", 10)] {
        let booked = json!({"kind": "meeting", "title": title, "due_at": in_days(days), "place": "Riverside Library"});
        json_of(sana.post(&h, &work).json(&booked).send().await.unwrap(), 200).await;
    }
    let before = json_of(sana.get(&h, &work).send().await.unwrap(), 200).await;

    // A wrong code, or too many words, changes nothing.
    json_of(ask(&h, &reference, "wrong words entirely here", Some("Mornings")).await, 404).await;
    let long = "a".repeat(1001);
    let refused = json_of(ask(&h, &reference, &code, Some(&long)).await, 422).await;
    assert_eq!(refused["errors"][0]["field"], "words");
    assert_eq!(asked(&h), 0);

    let tracked = json_of(ask(&h, &reference, &code, Some("  Mornings, not Tuesdays ")).await, 200).await;
    assert!(tracked["next_meeting"]["move_wanted"].is_string(), "{tracked}");
    assert_eq!(asked(&h), 1, "on the case's record as the person's own act");

    // The team sees it on the sooner meeting only, with what would suit the person.
    let now = json_of(sana.get(&h, &work).send().await.unwrap(), 200).await;
    let first = meeting(&now, "First meeting");
    assert_eq!(first["move_wanted"]["words"], "Mornings, not Tuesdays");
    assert_eq!(meeting(&now, "Review")["move_wanted"], Value::Null);
    assert_eq!(tom.get(&h, &work).send().await.unwrap().status(), 404, "not Tom's case");

    // Saving from the version seen before the request is refused, so it is never missed.
    let stale = meeting(&before, "First meeting");
    let moved = |version: &Value| json!({"kind": "meeting", "title": "First meeting", "due_at": in_days(5), "place": "Riverside Library", "version": version});
    let path = format!("{work}/{}", first["id"].as_str().unwrap());
    json_of(sana.put(&h, &path).json(&moved(&stale["version"])).send().await.unwrap(), 409).await;

    // Saving it at a new time answers the request; the person reads the new time.
    let saved = json_of(sana.put(&h, &path).json(&moved(&first["version"])).send().await.unwrap(), 200).await;
    assert_eq!(meeting(&saved, "First meeting")["move_wanted"], Value::Null);
    let tracked = json_of(h.track(&reference, &code).await, 200).await;
    assert_eq!(tracked["next_meeting"]["move_wanted"], Value::Null);
    assert_eq!(tracked["next_meeting"]["at"].as_str().unwrap()[..10], in_days(5)[..10]);
    let record = json_of(h.staff(Role::Manager).await.get(&h, &format!("{V1}/referrals/{id}/audit")).send().await.unwrap(), 200).await;
    let by_person = record.as_array().unwrap().iter().find(|e| e["action"] == "move_wanted").expect("recorded");
    assert_eq!(by_person["actor"], "00000000-0000-0000-0000-000000000000");
}

db_tests!(the_person_asks_to_move_their_next_meeting_and_the_team_answers);
