//! Equality monitoring: stored apart from the case, reported only in aggregate.

use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;
use speakup_types::period::Period;
use crate::support::{new_key, referral, start, Harness};

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
    let detail: Value = h.staff(Role::Manager).await.get(&h, &format!("/api/referrals/v1/referrals/{id}")).send().await.unwrap().json().await.unwrap();
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
    let triage = h.staff(Role::Manager).await;
    for (route, body) in [("on-behalf-referrals", for_someone), ("professional-referrals", professional)] {
        assert_eq!(h.submit_to(route, &new_key(), &body).await.status(), 201, "{route}");
        let id = h.queue("").await["items"][0]["id"].as_str().unwrap().to_string();
        let detail: Value = triage.get(&h, &format!("/api/referrals/v1/referrals/{id}")).send().await.unwrap().json().await.unwrap();
        assert!(!detail.to_string().contains("mixed"), "{route}: {detail}");
    }
    assert_eq!((h.count(PENDING), h.count(COUNTED)), (2, 0), "kept apart until triage");
}

const PENDING: &str = "SELECT COUNT(*) AS n FROM equality_pending";
const COUNTED: &str = "SELECT COUNT(*) AS n FROM equality_responses";

async fn accept_all(h: &Harness) {
    let triage = h.staff(Role::Manager).await;
    for item in h.queue("?per_page=100").await["items"].as_array().unwrap() {
        if item["status"] == "received" {
            let url = format!("/api/referrals/v1/referrals/{}/decision", item["id"].as_str().unwrap());
            assert_eq!(triage.post(h, &url).json(&json!({"decision": "accept"})).send().await.unwrap().status(), 200);
        }
    }
}

/// Moves every counted response into the last month that has ended, as if a month had passed.
fn a_month_passes(h: &Harness) -> String {
    let month = Period::last_closed_month(chrono::Utc::now().date_naive()).to_string();
    h.execute(&format!("UPDATE equality_responses SET month = '{month}'"));
    month
}

async fn summary(h: &Harness, query: &str) -> reqwest::Response {
    h.staff(Role::Commissioner).await.get(h, &format!("/api/referrals/v1/equality-summary{query}")).send().await.unwrap()
}

async fn commissioners_see_rounded_counts_for_ended_months_only(backend: Backend) {
    let h = start(backend).await;
    for _ in 0..6 {
        h.submit(&new_key(), &with_equality(json!({"sex": ["female"]}))).await;
    }
    h.submit(&new_key(), &with_equality(json!({"sex": ["male"]}))).await;
    h.submit(&new_key(), &referral("No monitoring answers")).await;
    accept_all(&h).await;
    // Counted under this month, with nothing that leads back to a referral.
    let this_month = Period::month_of(chrono::Utc::now().date_naive()).to_string();
    assert_eq!(h.count(&format!("SELECT COUNT(*) AS n FROM equality_responses WHERE month = '{this_month}'")), 7);
    assert_eq!(h.count(PENDING), 0);

    // This month is still running: no figures, whoever asks.
    let open = summary(&h, &format!("?period={this_month}")).await;
    assert_eq!(open.status(), 422);
    assert_eq!(open.json::<Value>().await.unwrap()["errors"][0]["message_ref"]["id"], "error-period-open");
    assert_eq!(summary(&h, "?period=next-year").await.status(), 422);

    let month = a_month_passes(&h);
    let found: Value = summary(&h, "").await.json().await.unwrap();
    assert_eq!((found["period"].as_str(), &found["responses"]), (Some(month.as_str()), &json!(5)), "7 is published as 5: {found}");
    let sex = found["questions"].as_array().unwrap().iter().find(|q| q["code"] == "sex").unwrap();
    let count = |code: &str| sex["options"].as_array().unwrap().iter().find(|o| o["code"] == code).unwrap()["count"].clone();
    assert_eq!(count("female"), json!(5), "6 is published as 5");
    assert_eq!(count("male"), Value::Null, "1 is left out");
    let Some(Period::Month { year, month: m }) = Period::parse(&month) else { unreachable!("a month") };
    let quarter = Period::Quarter { year, quarter: m.div_ceil(3) };
    let by_quarter = summary(&h, &format!("?period={quarter}")).await;
    if quarter.has_ended(chrono::Utc::now().date_naive()) {
        assert_eq!(by_quarter.json::<Value>().await.unwrap()["responses"], 5, "the quarter holds the month");
    } else {
        assert_eq!(by_quarter.status(), 422, "the quarter holding last month is still running");
    }

    // Monitoring is its own role: not triage, not even admin; commissioners never see cases.
    for role in [Role::Manager, Role::Admin, Role::Advocate] {
        let response = h.staff(role).await.get(&h, "/api/referrals/v1/equality-summary").send().await.unwrap();
        assert_eq!(response.status(), 403, "{role:?}");
    }
    let commissioner = h.staff(Role::Commissioner).await;
    assert_eq!(commissioner.get(&h, "/api/referrals/v1/referrals").send().await.unwrap().status(), 403);
    let anonymous = h.app.client.get(h.app.url("/api/referrals/v1/equality-summary")).send().await.unwrap();
    assert_eq!(anonymous.status(), 401);
}

/// Joining a likely duplicate into another referral counts that person once, whichever of the
/// two answered.
async fn a_joined_referral_is_counted_once(backend: Backend) {
    let h = start(backend).await;
    let triage = h.staff(Role::Manager).await;
    let join = |id: String, into: String| {
        triage.post(&h, &format!("/api/referrals/v1/referrals/{id}/merge")).json(&json!({"into": into})).send()
    };
    // Both answered: one response.
    for _ in 0..2 {
        assert_eq!(h.submit(&new_key(), &with_equality(json!({"sex": ["female"]}))).await.status(), 201);
    }
    let items = h.queue("").await["items"].clone();
    let (first, second) = (items[0]["id"].as_str().unwrap().to_string(), items[1]["id"].as_str().unwrap().to_string());
    assert_eq!(join(second, first).await.unwrap().status(), 200);
    accept_all(&h).await;
    assert_eq!((h.count(PENDING), h.count(COUNTED)), (0, 1));

    // Only the joined one answered: its answers count for the one that carries on.
    h.submit(&new_key(), &referral("No monitoring answers")).await;
    h.submit(&new_key(), &with_equality(json!({"sex": ["male"]}))).await;
    let items = h.queue("").await["items"].clone();
    let (answered, silent) = (items[0]["id"].as_str().unwrap().to_string(), items[1]["id"].as_str().unwrap().to_string());
    assert_eq!(join(answered, silent).await.unwrap().status(), 200);
    assert_eq!(h.count(PENDING), 1, "the answers wait with the referral that carries on");
    accept_all(&h).await;
    assert_eq!((h.count(PENDING), h.count(COUNTED)), (0, 2));
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
    commissioners_see_rounded_counts_for_ended_months_only,
    equality_answers_are_checked_against_the_catalogue,
);
