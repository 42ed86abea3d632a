//! Referrals from professionals, with the statutory facts, over HTTP, on both backends.

use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;
use crate::support::{new_key, referral, start, Harness};

fn in_days(days: i64) -> String {
    (chrono::Utc::now().date_naive() + chrono::Duration::days(days)).to_string()
}

/// A social worker refers someone facing a care home move, with no one suitable to support
/// them and no mental capacity assessment done yet.
fn social_work_referral(meeting_in_days: i64) -> Value {
    json!({
        "referrer": {"name": "Alex Rivers", "organisation": "Adult Social Care", "job_role": "Social worker",
                     "phone": "0113 496 0000", "email": "alex@example.gov.uk"},
        "person": {"name": "Jo", "location": "Ward 7, St James's"},
        "help_with": "Jo's care and support plan is being prepared and a care home move is being discussed.",
        "consent": "yes",
        "process_stage": "Planning meeting booked",
        "difficulty_evidence": {"weighing": "Could not compare the two placements when asked."},
        "candidate_descriptions": ["Son, who manages Jo's money"],
        "safeguarding": {"concern": "Possible financial abuse by the son.", "s42_reference": "S42-2026-0114"},
        "deadlines": [{"what": "Care planning meeting", "date": in_days(meeting_in_days)}],
        "risk": "Visit on the ward only; the son has been aggressive to staff.",
        "communication": {"large_print": true},
        "eligibility": {
            "council_involved": true, "care_support_needs": true, "process": "care_support_plan",
            "difficulty": {"understanding": false, "retaining": false, "weighing": true, "communicating": false},
            "candidates": [{"paid_or_professional": false, "person_does_not_want": false, "unable_or_unavailable": false, "implicated_in_abuse": true}],
            "capacity": {"lacks_capacity_for_decision": true},
            "mca_decision": "accommodation_care_home", "accommodation_expected_days": 365,
            "family_or_friend_to_consult": false
        }
    })
}

async fn submit(h: &Harness, body: &Value) -> reqwest::Response {
    h.submit_to("professional-referrals", &new_key(), body).await
}

fn outcome<'a>(assessment: &'a Value, advocacy: &str) -> &'a Value {
    &assessment["results"].as_array().unwrap().iter().find(|r| r["advocacy"] == advocacy).unwrap_or_else(|| panic!("no {advocacy} result in {assessment}"))["outcome"]
}

async fn statutory_facts_give_an_indicated_result_and_a_missing_assessment_blocks_nothing_else(backend: Backend) {
    let h = start(backend).await;
    let response = submit(&h, &social_work_referral(30)).await;
    assert_eq!(response.status(), 201);
    let submitted: Value = response.json().await.unwrap();
    assert_eq!(outcome(&submitted["assessment"], "care_act"), "duty");
    assert_eq!(outcome(&submitted["assessment"], "imca"), "pending_assessment");

    let queue = h.queue("").await;
    assert_eq!(queue["items"][0]["name"], "Jo");
    let id = queue["items"][0]["id"].as_str().unwrap();
    let detail: Value = h.staff(Role::Manager).await.get(&h, &format!("/api/referrals/v1/referrals/{id}")).send().await.unwrap().json().await.unwrap();
    assert_eq!(detail["referral"]["route"], "professional");
    assert_eq!(detail["referral"]["answers"]["safeguarding"]["s42_reference"], "S42-2026-0114");
    assert_eq!(detail["referral"]["answers"]["referrer"]["organisation"], "Adult Social Care");
    assert_eq!(detail["assessment"], submitted["assessment"]);
}

async fn a_meeting_within_days_makes_a_referral_urgent(backend: Backend) {
    let h = start(backend).await;
    h.submit(&new_key(), &referral("A self-referral first")).await;
    let far: Value = submit(&h, &social_work_referral(30)).await.json().await.unwrap();
    let near: Value = submit(&h, &social_work_referral(2)).await.json().await.unwrap();
    let queue = h.queue("").await;
    let items = queue["items"].as_array().unwrap();
    assert_eq!(items[0]["reference"], near["reference"]);
    let deadline = &social_work_referral(2)["deadlines"][0];
    assert_eq!(items[0]["urgent"], json!([{"reason": "happening_soon", "what": deadline["what"], "date": deadline["date"]}]));
    // The one who sent it is told why it will be read first, not "within 2 working days".
    assert_eq!(near["urgent"], items[0]["urgent"]);
    let far_item = items.iter().find(|i| i["reference"] == far["reference"]).unwrap();
    assert_eq!(far_item["urgent"], json!([]));
    assert_eq!(far["urgent"], json!([]));
}

async fn professional_answers_are_checked_with_field_paths(backend: Backend) {
    let h = start(backend).await;
    let mut no_evidence = social_work_referral(30);
    no_evidence["difficulty_evidence"] = json!({});
    let mut uncounted = social_work_referral(30);
    uncounted["candidate_descriptions"] = json!([]);
    let mut bad_dates = social_work_referral(30);
    bad_dates["deadlines"] = json!([{"what": "Review", "date": "next Tuesday"}]);
    let mut bad_referrer = social_work_referral(30);
    bad_referrer["referrer"]["email"] = json!("alex");
    let mut blank_deadline = social_work_referral(30);
    blank_deadline["deadlines"][0]["what"] = json!(" ");
    let cases = [
        (no_evidence, "difficulty_evidence.weighing"),
        (uncounted, "candidate_descriptions"),
        (bad_dates, "deadlines.0.date"),
        (bad_referrer, "referrer.email"),
        (blank_deadline, "deadlines.0.what"),
    ];
    for (body, field) in cases {
        let response = submit(&h, &body).await;
        assert_eq!(response.status(), 422, "{body}");
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
    }
    assert_eq!(h.queue("").await["total"], 0);
}

db_tests!(
    statutory_facts_give_an_indicated_result_and_a_missing_assessment_blocks_nothing_else,
    a_meeting_within_days_makes_a_referral_urgent,
    professional_answers_are_checked_with_field_paths,
);
