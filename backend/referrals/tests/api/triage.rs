//! Tracking and triage over HTTP, on both backends.

use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;
use crate::support::{new_key, referral, start, Harness};

async fn submitted(h: &Harness) -> (String, String) {
    let body: Value = h.submit(&new_key(), &referral("I need help at my care review.")).await.json().await.unwrap();
    (body["reference"].as_str().unwrap().into(), body["tracking_code"].as_str().unwrap().into())
}

async fn queue_id(h: &Harness) -> String {
    h.queue("").await["items"][0]["id"].as_str().unwrap().to_string()
}

async fn tracking_ignores_case_and_spaces_and_hides_what_is_wrong(backend: Backend) {
    let h = start(backend).await;
    let (reference, code) = submitted(&h).await;
    let sloppy_reference = reference.to_lowercase().replace('-', " ");
    let sloppy_code = code.to_uppercase().replace(' ', "");
    let response = h.track(&sloppy_reference, &sloppy_code).await;
    assert_eq!(response.status(), 200);
    let tracked: Value = response.json().await.unwrap();
    assert_eq!(tracked["reference"], reference);
    assert_eq!(tracked["status"], "received");
    assert_eq!(tracked["history"].as_array().unwrap().len(), 1);
    assert!(tracked.get("referral").is_none() && tracked.get("assessment").is_none());

    let wrong_code = h.track(&reference, "apple apple apple apple").await;
    let unknown = h.track("SU-2222-2222", &code).await;
    let malformed = h.track("<script>", &code).await;
    assert_eq!([wrong_code.status(), unknown.status(), malformed.status()].map(|s| s.as_u16()), [404; 3]);
    let (a, b): (Value, Value) = (wrong_code.json().await.unwrap(), unknown.json().await.unwrap());
    assert_eq!(a, b);
}

async fn tracking_is_rate_limited_per_reference(backend: Backend) {
    let h = start(backend).await;
    let (reference, code) = submitted(&h).await;
    for attempt in 1..=4 {
        let wrong = h.track(&reference, "wrong words here now").await;
        assert_eq!(wrong.status(), 404);
        // The fourth wrong try says the next is the last, the same for an unknown reference.
        let warned = wrong.json::<Value>().await.unwrap()["title_ref"]["id"] == "error-not-tracked-one-try-left";
        assert_eq!(warned, attempt == 4, "attempt {attempt}");
    }
    assert_eq!(h.track(&reference, &code).await.status(), 200);
    let limited = h.track(&reference, &code).await;
    assert_eq!(limited.status(), 429);
    assert!(limited.headers().get("retry-after").is_some());
    // Unknown references are limited the same way, so limits reveal nothing.
    for attempt in 1..=5 {
        let guess = h.track("SU-3333-3333", "guess").await.json::<Value>().await.unwrap();
        assert_eq!(guess["title_ref"]["id"] == "error-not-tracked-one-try-left", attempt == 4, "attempt {attempt}");
    }
    assert_eq!(h.track("SU-3333-3333", "guess").await.status(), 429);
}

async fn only_triage_roles_see_the_queue(backend: Backend) {
    let h = start(backend).await;
    submitted(&h).await;
    let id = queue_id(&h).await;
    let anonymous = h.app.client.get(h.app.url("/api/referrals/v1/referrals")).send().await.unwrap();
    assert_eq!(anonymous.status(), 401);
    let forged = h.app.client.get(h.app.url("/api/referrals/v1/referrals")).header("cookie", "speakup_session=abc.def").send().await.unwrap();
    assert_eq!(forged.status(), 401);
    for role in [Role::Advocate, Role::Commissioner] {
        let staff = h.staff(role).await;
        assert_eq!(staff.get(&h, "/api/referrals/v1/referrals").send().await.unwrap().status(), 403, "{role:?} queue");
        // An advocate may open cases, but only their own: this one does not exist for them.
        let refused = if role == Role::Advocate { 404 } else { 403 };
        assert_eq!(staff.get(&h, &format!("/api/referrals/v1/referrals/{id}")).send().await.unwrap().status(), refused, "{role:?}");
        let decide = staff.post(&h, &format!("/api/referrals/v1/referrals/{id}/decision")).json(&json!({"decision": "accept"}));
        assert_eq!(decide.send().await.unwrap().status(), 403);
    }
    let unchanged = h.new_staff(Role::Manager, true).await;
    assert_eq!(unchanged.get(&h, "/api/referrals/v1/referrals").send().await.unwrap().status(), 403);
    let admin = h.staff(Role::Admin).await;
    assert_eq!(admin.get(&h, &format!("/api/referrals/v1/referrals/{id}")).send().await.unwrap().status(), 200);
}

async fn triage_accepts_and_the_person_sees_it(backend: Backend) {
    let h = start(backend).await;
    let (reference, code) = submitted(&h).await;
    let id = queue_id(&h).await;
    let triage = h.staff(Role::Manager).await;

    let detail: Value = triage.get(&h, &format!("/api/referrals/v1/referrals/{id}")).send().await.unwrap().json().await.unwrap();
    assert_eq!(detail["referral"]["answers"]["contact"]["phone"], "07700 900982");
    assert_eq!(detail["referral"]["answers"]["communication"]["language"], "Polish");

    let path = format!("/api/referrals/v1/referrals/{id}/decision");
    let no_csrf = h.app.client.post(h.app.url(&path)).header("cookie", triage.cookie());
    assert_eq!(no_csrf.json(&json!({"decision": "accept"})).send().await.unwrap().status(), 403);

    let accepted = triage.post(&h, &path).json(&json!({"decision": "accept"})).send().await.unwrap();
    assert_eq!(accepted.status(), 200);
    let accepted: Value = accepted.json().await.unwrap();
    assert_eq!(accepted["status"], "accepted");

    let again = json!({"decision": "decline", "reason_for_person": "x", "decline_reason": "other"});
    let again = triage.post(&h, &path).json(&again).send().await.unwrap();
    assert_eq!(again.status(), 409);

    let tracked: Value = h.track(&reference, &code).await.json().await.unwrap();
    assert_eq!(tracked["status"], "accepted");
    let history = tracked["history"].as_array().unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[1]["status"], "accepted");
}

async fn a_decline_needs_and_shows_a_reason_for_the_person(backend: Backend) {
    let h = start(backend).await;
    let (reference, code) = submitted(&h).await;
    let id = queue_id(&h).await;
    let triage = h.staff(Role::Manager).await;
    let path = format!("/api/referrals/v1/referrals/{id}/decision");

    let bare = triage.post(&h, &path).json(&json!({"decision": "decline"})).send().await.unwrap();
    assert_eq!(bare.status(), 422);
    let problem: Value = bare.json().await.unwrap();
    let mut fields: Vec<&str> = problem["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    fields.sort();
    assert_eq!(fields, ["decline_reason", "reason_for_person"]);
    let odd = triage.post(&h, &path).json(&json!({"decision": "maybe"})).send().await.unwrap();
    assert_eq!(odd.status(), 422);
    let missing = triage.post(&h, "/api/referrals/v1/referrals/00000000-0000-0000-0000-000000000000/decision");
    assert_eq!(missing.json(&json!({"decision": "accept"})).send().await.unwrap().status(), 404);
    let not_uuid = triage.get(&h, "/api/referrals/v1/referrals/not-a-uuid").send().await.unwrap();
    assert_eq!(not_uuid.status(), 404);

    let reason = "We only cover Leeds.";
    let no_code = triage.post(&h, &path).json(&json!({"decision": "decline", "reason_for_person": reason})).send().await.unwrap();
    assert_eq!(no_code.status(), 422, "a decline says why, for the provider's figures too");
    let accepting_with_alternatives = json!({"decision": "accept", "alternatives": ["peer_support"]});
    assert_eq!(triage.post(&h, &path).json(&accepting_with_alternatives).send().await.unwrap().status(), 422);
    let untracked: Value = h.track(&reference, &code).await.json().await.unwrap();
    assert_eq!((untracked["status"].as_str(), &untracked["declined"]), (Some("received"), &Value::Null), "nothing refused was stored");

    let decline = json!({
        "decision": "decline",
        "reason_for_person": reason,
        "decline_reason": "outside_area",
        "alternatives": ["community_advocacy", "self_advocacy_group"],
        "where_to_go": "Bradford Advocacy, 01274 000000"
    });
    let declined = triage.post(&h, &path).json(&decline).send().await.unwrap();
    assert_eq!(declined.status(), 200);
    let tracked: Value = h.track(&reference, &code).await.json().await.unwrap();
    assert_eq!(tracked["status"], "declined");
    assert_eq!(tracked["history"][1]["note_for_person"], reason);
    assert_eq!(
        tracked["declined"],
        json!({"reason_for_person": reason, "alternatives": ["community_advocacy", "self_advocacy_group"], "where_to_go": "Bradford Advocacy, 01274 000000"})
    );
    assert!(!tracked.to_string().contains("outside_area"), "the code is for the provider's figures, not the person");
}

async fn the_person_withdraws_from_their_tracking_page(backend: Backend) {
    let h = start(backend).await;
    let (reference, code) = submitted(&h).await;
    let id = queue_id(&h).await;
    let withdraw = |code: &str| {
        let body = json!({"reference": reference, "tracking_code": code});
        h.app.client.post(h.app.url("/api/referrals/v1/track/withdrawal")).json(&body).send()
    };
    let manager = h.staff(Role::Manager).await;
    assert_eq!(manager.get(&h, &format!("/api/referrals/v1/referrals/{id}")).send().await.unwrap().status(), 200);
    assert_eq!(withdraw("wrong words entirely here").await.unwrap().status(), 404, "only with the right code");
    let tracked: Value = h.track(&reference, &code).await.json().await.unwrap();
    assert_eq!(tracked["status"], "received");

    let withdrawn = withdraw(&code).await.unwrap();
    assert_eq!(withdrawn.status(), 200);
    let withdrawn: Value = withdrawn.json().await.unwrap();
    assert_eq!(withdrawn["status"], "withdrawn");
    assert_eq!(withdrawn["history"].as_array().unwrap().last().unwrap()["status"], "withdrawn");
    assert_eq!(withdraw(&code).await.unwrap().status(), 409, "a finished referral stays as it is");
    assert_eq!(h.queue("").await["total"], 0, "nothing left to triage");
    // The case's record says the person did it themselves.
    let record: Value = manager.get(&h, &format!("/api/referrals/v1/referrals/{id}/audit")).send().await.unwrap().json().await.unwrap();
    let theirs = record.as_array().unwrap().iter().find(|e| e["action"] == "withdrawn").expect("recorded");
    assert_eq!(theirs["actor"], "00000000-0000-0000-0000-000000000000");
    assert_eq!(theirs["actor_name"], Value::Null);
    let opened = record.as_array().unwrap().iter().find(|e| e["action"] == "viewed").expect("the manager's view is recorded");
    assert_eq!(opened["actor"], manager.user_id.to_string());
    assert!(opened["actor_name"].as_str().is_some_and(|n| !n.is_empty()), "with the manager's name: {opened}");
}

db_tests!(
    the_person_withdraws_from_their_tracking_page,
    tracking_ignores_case_and_spaces_and_hides_what_is_wrong,
    tracking_is_rate_limited_per_reference,
    only_triage_roles_see_the_queue,
    triage_accepts_and_the_person_sees_it,
    a_decline_needs_and_shows_a_reason_for_the_person,
);
