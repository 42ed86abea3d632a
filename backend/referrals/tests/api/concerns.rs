//! Safeguarding concerns over HTTP on both backends: recorded by the advocate on the case,
//! reported with or without the person's agreement, chased when the council is slow to
//! answer and escalated up the provider's own path, each date moving the next chase; never
//! shown to the person, and never to anyone outside the case.

use chrono::{Duration, NaiveDate, Utc};
use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;

use crate::support::cases::{allocated_to_sana, json_of, V1};
use crate::support::{start, Harness, StaffSession};

fn day(offset: i64) -> NaiveDate {
    Utc::now().date_naive() + Duration::days(offset)
}

fn stored(h: &Harness) -> i64 {
    h.count("SELECT COUNT(*) AS n FROM safeguarding_concerns")
}

async fn due(h: &Harness, who: &StaffSession) -> Value {
    json_of(who.get(h, &format!("{V1}/concerns-to-chase")).send().await.unwrap(), 200).await
}

fn listed(list: &Value, reference: &str) -> bool {
    list.as_array().unwrap().iter().any(|c| c["reference"] == reference)
}

async fn concerns_are_recorded_reported_chased_and_escalated(backend: Backend) {
    let h = start(backend).await;
    let (id, reference, code, sana, tom) = allocated_to_sana(&h).await;
    let (manager, admin) = (h.staff(Role::Manager).await, h.staff(Role::Admin).await);
    let concerns = format!("{V1}/referrals/{id}/concerns");

    // What kind, what happened and whether they agreed are needed; nobody outside the case
    // records one.
    let refused = json_of(sana.post(&h, &concerns).json(&json!({"summary": ""})).send().await.unwrap(), 422).await;
    let fields: Vec<&str> = refused["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["consent", "kinds", "summary"]);
    let neglect = json!({"kinds": ["neglect", "financial"], "summary": "Left without food when her son keeps her money", "consent": "refused"});
    assert_eq!(tom.post(&h, &concerns).json(&neglect).send().await.unwrap().status(), 404);
    assert_eq!(h.staff(Role::Commissioner).await.post(&h, &concerns).json(&neglect).send().await.unwrap().status(), 403);
    assert_eq!(stored(&h), 0);

    // Recorded but not yet reported: nothing to chase.
    let work = json_of(sana.post(&h, &concerns).json(&neglect).send().await.unwrap(), 200).await;
    let concern = work["concerns"][0].clone();
    assert_eq!(concern["kinds"], json!(["financial", "neglect"]));
    assert_eq!(concern["chase_on"], Value::Null);
    let path = format!("{concerns}/{}", concern["id"].as_str().unwrap());

    // Reported without her agreement needs the reason; with it, the chase falls due ten days
    // after the report (the provider's default), here two days ago.
    let mut reported = neglect.clone();
    reported["reported_on"] = json!(day(-12));
    reported["council_reference"] = json!("ASC-2231");
    reported["version"] = concern["version"].clone();
    let refused = json_of(sana.put(&h, &path).json(&reported).send().await.unwrap(), 422).await;
    assert_eq!(refused["errors"][0]["field"], "without_consent");
    reported["without_consent"] = json!("lacks_capacity");
    let work = json_of(sana.put(&h, &path).json(&reported).send().await.unwrap(), 200).await;
    let concern = work["concerns"][0].clone();
    assert_eq!(concern["chase_on"], json!(day(-2)));
    assert!(listed(&due(&h, &sana).await, &reference) && listed(&due(&h, &manager).await, &reference));
    assert!(!listed(&due(&h, &tom).await, &reference), "not Tom's case");
    json_of(sana.put(&h, &path).json(&reported).send().await.unwrap(), 409).await;

    // A chase is dated on or after the report; it moves the next chase ten days on.
    let steps = format!("{path}/steps");
    let early = json!({"kind": "chased", "on": day(-13), "version": concern["version"]});
    assert_eq!(json_of(sana.post(&h, &steps).json(&early).send().await.unwrap(), 422).await["errors"][0]["field"], "on");
    let chased = json!({"kind": "chased", "on": day(0), "note": "Rang the duty desk; no decision yet", "version": concern["version"]});
    let work = json_of(sana.post(&h, &steps).json(&chased).send().await.unwrap(), 200).await;
    let concern = work["concerns"][0].clone();
    assert_eq!(concern["chase_on"], json!(day(10)));
    assert!(!listed(&due(&h, &sana).await, &reference), "not due this week any more");

    // The admin lays down the escalation path; it keeps the order it was laid down in.
    for step in ["Team manager", "Head of service"] {
        json_of(admin.post(&h, &format!("{V1}/catalogue/escalation_step")).json(&json!({"name": step})).send().await.unwrap(), 201).await;
    }
    let path_steps = json_of(sana.get(&h, &format!("{V1}/catalogue/escalation_step")).send().await.unwrap(), 200).await;
    let names: Vec<&str> = path_steps.as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Team manager", "Head of service"]);
    let head = path_steps[1]["id"].clone();

    // Escalating names a step of that path, from the version seen.
    let nowhere = json!({"kind": "escalated", "escalated_to": "0190f3a4-0000-7000-8000-000000000000", "on": day(1), "version": concern["version"]});
    assert_eq!(json_of(sana.post(&h, &steps).json(&nowhere).send().await.unwrap(), 422).await["errors"][0]["field"], "escalated_to");
    let up = json!({"kind": "escalated", "escalated_to": head, "on": day(1), "version": concern["version"]});
    let work = json_of(sana.post(&h, &steps).json(&up).send().await.unwrap(), 200).await;
    let concern = work["concerns"][0].clone();
    assert_eq!(concern["steps"].as_array().unwrap().len(), 2);
    assert_eq!(concern["steps"][1]["escalated_to"], head);
    json_of(sana.post(&h, &steps).json(&up).send().await.unwrap(), 409).await;

    // Only an admin sets how long the council may take; the open concern's chase moves at once.
    let settings = format!("{V1}/safeguarding-settings");
    assert_eq!(manager.put(&h, &settings).json(&json!({"chase_after_days": 3})).send().await.unwrap().status(), 403);
    json_of(admin.put(&h, &settings).json(&json!({"chase_after_days": 0})).send().await.unwrap(), 422).await;
    json_of(admin.put(&h, &settings).json(&json!({"chase_after_days": 3})).send().await.unwrap(), 200).await;
    assert_eq!(json_of(sana.get(&h, &settings).send().await.unwrap(), 200).await["chase_after_days"], 3);
    let work = json_of(sana.get(&h, &format!("{V1}/referrals/{id}/casework")).send().await.unwrap(), 200).await;
    assert_eq!(work["concerns"][0]["chase_on"], json!(day(4)));

    // The council answers: no enquiry, yet she is still at risk, so chasing goes on from the
    // answer. Once the advocate settles it, there is nothing left to chase.
    let mut answered = reported.clone();
    answered["version"] = work["concerns"][0]["version"].clone();
    answered["enquiry"] = json!("not_opened");
    answered["council_decision"] = json!("Below the threshold for an enquiry");
    answered["feedback_on"] = json!(day(2));
    answered["still_at_risk"] = json!(true);
    let work = json_of(sana.put(&h, &path).json(&answered).send().await.unwrap(), 200).await;
    assert_eq!(work["concerns"][0]["chase_on"], json!(day(5)));
    assert!(listed(&due(&h, &manager).await, &reference));
    answered["version"] = work["concerns"][0]["version"].clone();
    answered["settled_on"] = json!(day(3));
    let work = json_of(sana.put(&h, &path).json(&answered).send().await.unwrap(), 200).await;
    assert_eq!(work["concerns"][0]["chase_on"], Value::Null);
    assert!(!listed(&due(&h, &manager).await, &reference));

    // The person reads none of it; the case's record has every step.
    let tracked = json_of(h.track(&reference, &code).await, 200).await;
    assert!(!tracked.to_string().contains("son keeps her money") && tracked.get("concerns").is_none(), "{tracked}");
    let record = json_of(manager.get(&h, &format!("{V1}/referrals/{id}/audit")).send().await.unwrap(), 200).await;
    let actions: Vec<&str> = record.as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    for action in ["concern_recorded", "concern_changed", "concern_chased"] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
}

db_tests!(concerns_are_recorded_reported_chased_and_escalated);
