//! Eligibility and self-referral over HTTP, on both backends.

use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;
use crate::support::{new_key, referral, start};

async fn eligibility_runs_the_engine_and_stores_nothing(backend: Backend) {
    let h = start(backend).await;
    let url = h.app.url("/api/referrals/v1/eligibility");
    let facts = json!({"mha": {"status": "detained", "section": "Section 3"}});
    let response = h.app.client.post(&url).json(&facts).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let result: Value = response.json().await.unwrap();
    let imha = result["results"].as_array().unwrap().iter().find(|r| r["advocacy"] == "imha").expect("an IMHA result");
    assert_eq!(imha["outcome"], "eligible");

    for (bad, field) in [
        (json!({"mha": {"section": "banana"}}), "mha.section"),
        (json!({"age": 200}), "age"),
        (json!({"age": "old"}), "age"),
        (json!({"favourite_colour": "blue"}), "favourite_colour"),
    ] {
        let response = h.app.client.post(&url).json(&bad).send().await.unwrap();
        assert_eq!(response.status(), 422, "{bad}");
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["errors"][0]["field"], field, "{bad}");
    }
    assert_eq!(h.queue("").await["total"], 0);
}

async fn a_self_referral_returns_a_reference_and_a_word_code(backend: Backend) {
    let h = start(backend).await;
    let response = h.submit(&new_key(), &referral("My care package is being cut.")).await;
    assert_eq!(response.status(), 201);
    assert_eq!(response.headers().get("cache-control").unwrap(), "no-store");
    let submitted: Value = response.json().await.unwrap();
    let reference = submitted["reference"].as_str().unwrap();
    assert!(reference.starts_with("SU-") && reference.len() == 12, "{reference}");
    let code = submitted["tracking_code"].as_str().unwrap();
    assert_eq!(code.split(' ').count(), 4, "{code}");
    assert_eq!(submitted["status"], "received");
    assert!(submitted["assessment"]["results"].is_array());

    let queue = h.queue("").await;
    assert_eq!(queue["total"], 1);
    assert_eq!(queue["items"][0]["reference"], reference);
    assert_eq!(queue["items"][0]["name"], "Sam");
}

async fn a_repeated_submission_makes_one_referral(backend: Backend) {
    let h = start(backend).await;
    let key = new_key();
    let body = referral("Please help me with my housing.");
    let (first, second) = tokio::join!(h.submit(&key, &body), h.submit(&key, &body));
    let mut statuses = [first.status().as_u16(), second.status().as_u16()];
    statuses.sort();
    assert_eq!(statuses, [200, 201]);
    let (first, second): (Value, Value) = (first.json().await.unwrap(), second.json().await.unwrap());
    assert_eq!(first["reference"], second["reference"]);
    assert_eq!(first["tracking_code"], second["tracking_code"]);
    let third: Value = h.submit(&key, &body).await.json().await.unwrap();
    assert_eq!(third["reference"], first["reference"]);
    assert_eq!(h.queue("").await["total"], 1);

    // The replayed code really tracks the referral.
    let tracked = h.track(first["reference"].as_str().unwrap(), third["tracking_code"].as_str().unwrap()).await;
    assert_eq!(tracked.status(), 200);

    // The same key with other answers is refused, and hands out nobody's code.
    let other = h.submit(&key, &referral("Someone else's words.")).await;
    assert_eq!(other.status(), 409);
    let problem: Value = other.json().await.unwrap();
    assert!(problem.get("tracking_code").is_none() && problem.get("reference").is_none());
    assert_eq!(h.queue("").await["total"], 1);
}

async fn bad_referrals_are_refused_with_field_errors_and_nothing_saved(backend: Backend) {
    let h = start(backend).await;
    let mut no_phone = referral("help");
    no_phone["contact"]["phone"] = Value::Null;
    let mut scripted = referral("<script>alert(1)</script>");
    scripted["name"] = json!("<img src=x onerror=alert(1)>");
    // A right-to-left override would make staff read "Sam Jones" stored the other way round.
    let mut reversed = referral("help me\u{200B} with my review");
    reversed["name"] = json!("Sam \u{202E}senoJ");
    let mut wrong_types = referral("help");
    wrong_types["contact"]["safe_to_leave_message"] = json!("perhaps");
    let mut vague = referral("Something is happening next week");
    vague["urgency"] = json!({"soon": {"what": " ", "date": "2030-01-01"}});
    let cases = [
        (json!({}), vec!["help_with"]),
        (vague, vec!["urgency.soon.what"]),
        (no_phone, vec!["contact.phone"]),
        (scripted, vec!["help_with", "name"]),
        (reversed, vec!["help_with", "name"]),
        (wrong_types, vec!["contact.safe_to_leave_message"]),
        (referral("   "), vec!["help_with"]),
        (json!({"help_with": "x", "name": "Sam", "contact": {"method": "email", "email": "a\u{0}@example.org"}}), vec!["contact.email"]),
        (with_eligibility(json!({"age": 200})), vec!["eligibility.age"]),
    ];
    for (body, fields) in cases {
        let response = h.submit(&new_key(), &body).await;
        assert_eq!(response.status(), 422, "{body}");
        let problem: Value = response.json().await.unwrap();
        let got: Vec<&str> = problem["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
        assert_eq!(got, fields, "{body}");
    }
    let huge = referral(&"word ".repeat(20_000));
    assert_eq!(h.submit(&new_key(), &huge).await.status(), 413);
    let too_long = referral(&"a".repeat(5001));
    assert_eq!(h.submit(&new_key(), &too_long).await.status(), 422);
    for bad_key in ["", "short", "has spaces in the key!!"] {
        assert_eq!(h.submit(bad_key, &referral("help")).await.status(), 400, "{bad_key:?}");
    }
    let no_key = h.app.client.post(h.app.url("/api/referrals/v1/self-referrals")).json(&referral("help")).send().await.unwrap();
    assert_eq!(no_key.status(), 400);
    assert_eq!(h.queue("").await["total"], 0);
}

fn with_eligibility(facts: Value) -> Value {
    let mut body = referral("help");
    body["eligibility"] = facts;
    body
}

/// The queue puts triage before allocation, urgent before routine, then the longest wait
/// first, and pages by cursor in both directions.
async fn the_queue_puts_urgent_first_then_oldest_and_pages_by_cursor(backend: Backend) {
    let h = start(backend).await;
    let mut urgent = referral("I am being kept in seclusion.");
    urgent["eligibility"] = json!({"mha": {"status": "detained", "section": "3", "isolation_or_seclusion": true}});
    let old: Value = h.submit(&new_key(), &referral("first")).await.json().await.unwrap();
    let flagged: Value = h.submit(&new_key(), &urgent).await.json().await.unwrap();
    let new: Value = h.submit(&new_key(), &referral("third")).await.json().await.unwrap();
    let references = |page: &Value| -> Vec<Value> { page["items"].as_array().unwrap().iter().map(|i| i["reference"].clone()).collect() };

    let first_page = h.queue("?per_page=2").await;
    assert_eq!(first_page["total"], 3);
    assert_eq!(references(&first_page), [flagged["reference"].clone(), old["reference"].clone()]);
    assert_eq!(first_page["items"][0]["urgent"], json!([{"reason": "isolation_or_seclusion"}]));
    assert_eq!(first_page["items"][1]["name"], "Sam");
    assert_eq!(first_page["previous"], Value::Null);
    let next = first_page["next"].as_str().expect("a next page").to_string();
    let second_page = h.queue(&format!("?per_page=2&after={next}")).await;
    assert_eq!(references(&second_page), [new["reference"].clone()]);
    assert_eq!(second_page["next"], Value::Null);
    let previous = second_page["previous"].as_str().expect("a page before").to_string();
    let back = h.queue(&format!("?per_page=2&before={previous}")).await;
    assert_eq!(references(&back), references(&first_page));
    assert_eq!(back["previous"], Value::Null, "nothing comes before the first page");
    let made_up = h.staff(Role::Manager).await.get(&h, "/api/referrals/v1/referrals?after=9.9.9.nonsense").send().await.unwrap();
    assert_eq!(made_up.status(), 400);

    // Once accepted, an urgent referral waits for an advocate, after every one still in triage.
    let id = first_page["items"][0]["id"].as_str().unwrap();
    let manager = h.staff(Role::Manager).await;
    let accepted = manager.post(&h, &format!("/api/referrals/v1/referrals/{id}/decision")).json(&json!({"decision": "accept"}));
    assert_eq!(accepted.send().await.unwrap().status(), 200);
    let after = h.queue("").await;
    assert_eq!(references(&after), [old["reference"].clone(), new["reference"].clone(), flagged["reference"].clone()]);
    assert_eq!(references(&h.queue("?status=accepted").await), [flagged["reference"].clone()]);
    assert_eq!(references(&h.queue("?urgent=true").await), [flagged["reference"].clone()]);
    assert_eq!(references(&h.queue("?stage=triage").await), [old["reference"].clone(), new["reference"].clone()]);
    assert_eq!(h.queue("?route=professional").await["total"], 0);
    assert_eq!(h.queue("?advocacy=imha").await["items"][0]["reference"], flagged["reference"]);
}

/// Referrals stored before the list columns existed get them when the service next opens.
async fn list_columns_are_filled_for_older_referrals_at_start(backend: Backend) {
    let h = start(backend).await;
    h.submit(&new_key(), &referral("first")).await;
    h.submit(&new_key(), &referral("second")).await;
    assert_eq!(h.execute("UPDATE referrals SET list_row = NULL, list_advocacy = NULL"), 2);
    let sessions = std::sync::Arc::new(speakup_platform::auth::remote::IdentityClient::new(&h.app.address, std::time::Duration::ZERO));
    speakup_referrals::Referrals::open(&h.dbs.url_for("referrals"), &h.secret, 2, sessions).expect("opens again");
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM referrals WHERE list_row IS NOT NULL AND list_advocacy LIKE ',%'"), 2);
    let queue = h.queue("").await;
    assert_eq!(queue["items"][0]["name"], "Sam");
    assert_eq!(queue["items"][0]["summary"], "first");
}

/// Someone in danger now, or with something happening in a day or two, is read first, and
/// staff and the person both see why.
async fn danger_or_something_soon_is_read_first_with_the_reason(backend: Backend) {
    let h = start(backend).await;
    let mut danger = referral("My brother hurts me when staff are not there.");
    danger["urgency"] = json!({"danger_now": true});
    let mut moving = referral("They are moving me to a new home.");
    let in_two_days = (chrono::Utc::now().date_naive() + chrono::Days::new(2)).to_string();
    moving["urgency"] = json!({"soon": {"what": "Moving to a care home", "date": in_two_days}});
    let mut later = referral("My review is next month.");
    let next_month = (chrono::Utc::now().date_naive() + chrono::Days::new(30)).to_string();
    later["urgency"] = json!({"soon": {"what": "Review", "date": next_month}});

    let danger: Value = h.submit(&new_key(), &danger).await.json().await.unwrap();
    let moving: Value = h.submit(&new_key(), &moving).await.json().await.unwrap();
    let later: Value = h.submit(&new_key(), &later).await.json().await.unwrap();
    assert_eq!(danger["urgent"], json!([{"reason": "danger_now"}]));
    let soon = json!([{"reason": "happening_soon", "what": "Moving to a care home", "date": in_two_days}]);
    assert_eq!(moving["urgent"], soon);
    assert_eq!(later["urgent"], json!([]));

    let queue = h.queue("").await;
    let order: Vec<&Value> = queue["items"].as_array().unwrap().iter().map(|i| &i["reference"]).collect();
    assert_eq!(order, [&danger["reference"], &moving["reference"], &later["reference"]]);
    let id = queue["items"][1]["id"].as_str().unwrap();
    let detail: Value = h.staff(Role::Manager).await.get(&h, &format!("/api/referrals/v1/referrals/{id}")).send().await.unwrap().json().await.unwrap();
    assert_eq!(detail["urgent"], soon);
    assert_eq!(detail["referral"]["answers"]["urgency"]["soon"]["what"], "Moving to a care home");
}

async fn the_providers_phone_line_is_given_when_set(backend: Backend) {
    let unset = start(backend).await;
    let answer: Value = unset.app.client.get(unset.app.url("/api/referrals/v1/provider-contact")).send().await.unwrap().json().await.unwrap();
    assert_eq!(answer, json!({"phone": null}));
    let set = crate::support::start_tuned(backend, std::time::Duration::ZERO, |r| r.with_provider_phone(Some("0300 123 4567".into()))).await;
    let answer: Value = set.app.client.get(set.app.url("/api/referrals/v1/provider-contact")).send().await.unwrap().json().await.unwrap();
    assert_eq!(answer, json!({"phone": "0300 123 4567"}));
}

/// A flood of junk referrals makes each one cost more work, so the flood grows expensive,
/// but nobody who does the work is turned away.
async fn a_flood_costs_more_but_never_turns_a_genuine_referral_away(backend: Backend) {
    let h = crate::support::start_with_busy_threshold(backend, 5).await;
    let easy = h.proof().await;
    let unanswered = h.submit_with_proof("self-referrals", &new_key(), &referral("help"), None).await;
    assert_eq!(unanswered.status(), 428);
    assert_eq!(unanswered.json::<Value>().await.unwrap()["title_ref"]["id"], "error-proof-needed");
    for n in 0..40 {
        assert_eq!(h.submit(&new_key(), &referral(&format!("junk {n}"))).await.status(), 201, "junk {n}");
    }
    let challenge: Value = h.app.client.get(h.app.url("/api/referrals/v1/challenge")).send().await.unwrap().json().await.unwrap();
    assert!(challenge["bits"].as_u64().unwrap() >= 14, "the work has grown: {challenge}");
    let stale = h.submit_with_proof("self-referrals", &new_key(), &referral("help"), Some(&easy)).await;
    assert_eq!(stale.status(), 428, "an easy answer from before the flood is not enough now");

    let key = new_key();
    assert_eq!(h.submit(&key, &referral("I need help at my review")).await.status(), 201, "the genuine one gets in");
    // A retry pays again, and a used answer cannot be sent twice.
    assert_eq!(h.submit(&key, &referral("I need help at my review")).await.status(), 200);
    let used = h.proof().await;
    assert_eq!(h.submit_with_proof("self-referrals", &new_key(), &referral("once"), Some(&used)).await.status(), 201);
    assert_eq!(h.submit_with_proof("self-referrals", &new_key(), &referral("twice"), Some(&used)).await.status(), 428);
    assert_eq!(h.queue("").await["total"], 42);
}

db_tests!(
    a_flood_costs_more_but_never_turns_a_genuine_referral_away,
    eligibility_runs_the_engine_and_stores_nothing,
    a_self_referral_returns_a_reference_and_a_word_code,
    a_repeated_submission_makes_one_referral,
    bad_referrals_are_refused_with_field_errors_and_nothing_saved,
    the_queue_puts_urgent_first_then_oldest_and_pages_by_cursor,
    list_columns_are_filled_for_older_referrals_at_start,
    danger_or_something_soon_is_read_first_with_the_reason,
    the_providers_phone_line_is_given_when_set,
);
