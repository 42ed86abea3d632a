//! What the person wants to happen, over HTTP on both backends: recorded by their advocate in
//! their words, read back on the tracking page, reviewed, and rated by the person while the
//! case is closing (and by the team otherwise), each change from the version seen.

use chrono::{Duration, Utc};
use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;
use crate::support::cases::{allocated_to_sana, json_of, V1};
use crate::support::{start, Harness};

const THE_PERSON: &str = "00000000-0000-0000-0000-000000000000";

fn in_days(days: i64) -> String {
    (Utc::now() + Duration::days(days)).format("%Y-%m-%d").to_string()
}

async fn rate(h: &Harness, reference: &str, code: &str, ratings: Value) -> reqwest::Response {
    rate_and_close(h, reference, code, ratings, json!({})).await
}

/// As `rate`, with the person's answers about feeling safer and about the advocacy.
async fn rate_and_close(h: &Harness, reference: &str, code: &str, ratings: Value, closure: Value) -> reqwest::Response {
    let body = json!({"reference": reference, "tracking_code": code, "ratings": ratings, "closure": closure});
    h.app.client.post(h.app.url(&format!("{V1}/track/outcome-ratings"))).json(&body).send().await.unwrap()
}

fn stored(h: &Harness) -> i64 {
    h.count("SELECT COUNT(*) AS n FROM desired_outcomes")
}

fn rated(h: &Harness) -> i64 {
    h.count("SELECT COUNT(*) AS n FROM desired_outcomes WHERE achievement IS NOT NULL")
}

fn outcome<'a>(work: &'a Value, words: &str) -> &'a Value {
    work["outcomes"].as_array().unwrap().iter().find(|o| o["words"] == words).unwrap_or_else(|| panic!("{words} is listed in {work}"))
}

async fn outcomes_are_recorded_in_the_person_s_words_reviewed_and_read_back(backend: Backend) {
    let h = start(backend).await;
    let (id, reference, code, sana, tom) = allocated_to_sana(&h).await;
    let outcomes = format!("{V1}/referrals/{id}/outcomes");

    // Words and whose they are are needed; a wellbeing area must be one of the nine.
    let refused = json_of(sana.post(&h, &outcomes).json(&json!({"words": "  "})).send().await.unwrap(), 422).await;
    let fields: Vec<&str> = refused["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["expressed_by", "words"]);
    let unknown = json!({"words": "To stay at home", "expressed_by": "person", "wellbeing": ["luck"]});
    json_of(sana.post(&h, &outcomes).json(&unknown).send().await.unwrap(), 422).await;
    assert_eq!(stored(&h), 0);

    // Nobody else records them: another advocate finds no case, a commissioner is refused.
    let home = json!({
        "words": "To stay in my own flat", "expressed_by": "person", "wellbeing": ["home", "control"],
        "if_not": "Tell my sister and ask for a meeting with the manager", "review_on": in_days(14), "shared_with_enquiry": true,
    });
    assert_eq!(tom.post(&h, &outcomes).json(&home).send().await.unwrap().status(), 404);
    assert_eq!(h.staff(Role::Commissioner).await.post(&h, &outcomes).json(&home).send().await.unwrap().status(), 403);
    assert_eq!(stored(&h), 0);

    json_of(sana.post(&h, &outcomes).json(&home).send().await.unwrap(), 200).await;
    let understood = json!({"words": "To see her grandson each week", "expressed_by": "advocate", "wellbeing": ["relationships"]});
    let work = json_of(sana.post(&h, &outcomes).json(&understood).send().await.unwrap(), 200).await;
    let flat = outcome(&work, "To stay in my own flat");
    assert_eq!(flat["wellbeing"], json!(["home", "control"]));
    assert_eq!(flat["recorded_by"], sana.user_id.to_string());
    assert_eq!(flat["shared_with_enquiry"], true);

    // The person reads what they want, whose words they are and when it is looked at again;
    // never who recorded it.
    let tracked = json_of(h.track(&reference, &code).await, 200).await;
    let theirs = tracked["outcomes"].as_array().unwrap();
    assert_eq!(theirs.len(), 2);
    assert_eq!(theirs[0]["words"], "To stay in my own flat");
    assert_eq!(theirs[0]["if_not"], "Tell my sister and ask for a meeting with the manager");
    assert_eq!(theirs[0]["review_on"], in_days(14));
    assert_eq!(theirs[1]["expressed_by"], "advocate");
    assert!(theirs[0].get("recorded_by").is_none() && theirs[0].get("reviews").is_none(), "{tracked}");

    // A review adds what changed and moves the next review date; from a stale version it is
    // refused and nothing is added.
    let path = format!("{outcomes}/{}", flat["id"].as_str().unwrap());
    let review = |version: &Value| json!({"what_changed": "The landlord agreed to fix the stairs", "next_review_on": in_days(28), "version": version});
    json_of(sana.post(&h, &format!("{path}/reviews")).json(&json!({"what_changed": "", "version": flat["version"]})).send().await.unwrap(), 422).await;
    let reviewed = json_of(sana.post(&h, &format!("{path}/reviews")).json(&review(&flat["version"])).send().await.unwrap(), 200).await;
    let after = outcome(&reviewed, "To stay in my own flat");
    assert_eq!(after["reviews"][0]["what_changed"], "The landlord agreed to fix the stairs");
    assert_eq!(after["review_on"], in_days(28));
    json_of(sana.post(&h, &format!("{path}/reviews")).json(&review(&flat["version"])).send().await.unwrap(), 409).await;
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM outcome_reviews"), 1);
    let tracked = json_of(h.track(&reference, &code).await, 200).await;
    assert_eq!(tracked["outcomes"][0]["review_on"], in_days(28));
    assert!(!tracked.to_string().contains("landlord"), "the team's review notes stay with the team");

    // A change from the version seen; the one before is refused.
    let mut changed = home.clone();
    changed["words"] = json!("To stay in my own flat with help at night");
    changed["version"] = after["version"].clone();
    let work = json_of(sana.put(&h, &path).json(&changed).send().await.unwrap(), 200).await;
    assert_eq!(outcome(&work, "To stay in my own flat with help at night")["reviews"].as_array().unwrap().len(), 1);
    json_of(sana.put(&h, &path).json(&changed).send().await.unwrap(), 409).await;

    let record = json_of(h.staff(Role::Manager).await.get(&h, &format!("{V1}/referrals/{id}/audit")).send().await.unwrap(), 200).await;
    let actions: Vec<&str> = record.as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    for action in ["outcome_recorded", "outcome_reviewed", "outcome_changed"] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
}

async fn the_person_rates_their_outcomes_while_the_case_closes(backend: Backend) {
    let h = start(backend).await;
    let (id, reference, code, sana, _tom) = allocated_to_sana(&h).await;
    let outcomes = format!("{V1}/referrals/{id}/outcomes");
    let add = |words: &str| json!({"words": words, "expressed_by": "person", "wellbeing": ["safety"]});
    json_of(sana.post(&h, &outcomes).json(&add("To feel safe when my nephew visits")).send().await.unwrap(), 200).await;
    let work = json_of(sana.post(&h, &outcomes).json(&add("To manage my own money")).send().await.unwrap(), 200).await;
    let safe = outcome(&work, "To feel safe when my nephew visits");
    let answer = |o: &Value, achievement: &str, comment: Option<&str>| json!({"outcome": o["id"], "achievement": achievement, "comment": comment});

    // Not yet: the case is still being worked on.
    json_of(rate(&h, &reference, &code, json!([answer(safe, "fully", None)])).await, 409).await;
    assert_eq!(rated(&h), 0);

    let case = json_of(sana.get(&h, &format!("{V1}/referrals/{id}")).send().await.unwrap(), 200).await;
    let closing = json!({"to": "closing", "version": case["version"]});
    json_of(sana.post(&h, &format!("{V1}/referrals/{id}/status")).json(&closing).send().await.unwrap(), 200).await;

    // (Each request with the code spends one of the reference's five tries in 15 minutes, as
    // every tracking request does, so this test makes five.) No answer at all, or an outcome
    // that is not theirs, changes nothing: the answers go in together or not at all.
    let none = json_of(rate(&h, &reference, &code, json!([])).await, 422).await;
    assert_eq!(none["errors"][0]["field"], "ratings");
    let stranger = json!({"outcome": "0190f3a4-0000-7000-8000-000000000000", "achievement": "partly"});
    json_of(rate(&h, &reference, &code, json!([answer(safe, "fully", None), stranger])).await, 404).await;
    assert_eq!(rated(&h), 0);

    // They answer one and leave the other: their comment is kept in their words.
    let tracked = json_of(rate(&h, &reference, &code, json!([answer(safe, "partly", Some("  Better, but he still turns up  "))])).await, 200).await;
    let theirs = &tracked["outcomes"][0];
    assert_eq!(theirs["rating"], json!({"achievement": "partly", "by": "person", "comment": "Better, but he still turns up"}));
    assert_eq!(tracked["outcomes"][1]["rating"], Value::Null);

    // The team reads it; a team rating needs to say who rated, never "the person alone", and
    // comes from the version seen.
    let work = json_of(sana.get(&h, &format!("{V1}/referrals/{id}/casework")).send().await.unwrap(), 200).await;
    assert_eq!(outcome(&work, "To feel safe when my nephew visits")["rating"]["by"], "person");
    let money = outcome(&work, "To manage my own money").clone();
    let rating = format!("{outcomes}/{}/rating", money["id"].as_str().unwrap());
    let as_person = json!({"achievement": "fully", "by": "person", "version": money["version"]});
    assert_eq!(json_of(sana.put(&h, &rating).json(&as_person).send().await.unwrap(), 422).await["errors"][0]["field"], "by");
    let with_them = json!({"achievement": "not_achieved", "by": "with_advocate", "comment": "Still waiting for the bank", "version": money["version"]});
    let work = json_of(sana.put(&h, &rating).json(&with_them).send().await.unwrap(), 200).await;
    assert_eq!(outcome(&work, "To manage my own money")["rating"]["achievement"], "not_achieved");
    json_of(sana.put(&h, &rating).json(&with_them).send().await.unwrap(), 409).await;

    // The person's own answer is the last word, even over the team's; with it they say they
    // feel a little safer and we partly did what they hoped.
    let closure = json!({"feels_safer": "partly", "expectations": "partly", "comment": "  Glad someone listened  "});
    let tracked = json_of(rate_and_close(&h, &reference, &code, json!([answer(&money, "partly", None)]), closure).await, 200).await;
    assert_eq!(tracked["outcomes"][1]["rating"]["by"], "person");
    assert_eq!(tracked["closure"], json!({"feels_safer": "partly", "expectations": "partly", "comment": "Glad someone listened"}));
    let record = json_of(h.staff(Role::Manager).await.get(&h, &format!("{V1}/referrals/{id}/audit")).send().await.unwrap(), 200).await;
    let by_person = record.as_array().unwrap().iter().filter(|e| e["action"] == "outcome_rated" && e["actor"] == THE_PERSON).count();
    assert_eq!(by_person, 2, "each of the person's ratings is on the record as their own act");

    // The case cannot finish until the advocate records whether she was asked what she
    // wanted; recording it keeps her own answers about safety, whatever the advocate thought.
    let case = json_of(sana.get(&h, &format!("{V1}/referrals/{id}")).send().await.unwrap(), 200).await;
    let close = json!({"to": "closed", "version": case["version"]});
    let refused = json_of(sana.post(&h, &format!("{V1}/referrals/{id}/status")).json(&close).send().await.unwrap(), 409).await;
    assert_eq!(refused["title_ref"]["id"], "error-closure-needed", "{refused}");
    let closure = format!("{V1}/referrals/{id}/closure");
    json_of(sana.put(&h, &closure).json(&json!({"feels_safer": "no", "by": "advocate"})).send().await.unwrap(), 422).await;
    let work = json_of(sana.get(&h, &format!("{V1}/referrals/{id}/casework")).send().await.unwrap(), 200).await;
    let asked = json!({"outcomes_asked": "asked_expressed", "feels_safer": "no", "by": "advocate", "version": work["closure"]["version"]});
    let work = json_of(sana.put(&h, &closure).json(&asked).send().await.unwrap(), 200).await;
    assert_eq!(work["closure"]["outcomes_asked"], "asked_expressed");
    assert_eq!((work["closure"]["feels_safer"].as_str(), work["closure"]["answered_by"].as_str()), (Some("partly"), Some("person")));
    json_of(sana.put(&h, &closure).json(&asked).send().await.unwrap(), 409).await;

    // Once closed, the answers stand.
    let case = json_of(sana.get(&h, &format!("{V1}/referrals/{id}")).send().await.unwrap(), 200).await;
    json_of(sana.post(&h, &format!("{V1}/referrals/{id}/status")).json(&json!({"to": "closed", "version": case["version"]})).send().await.unwrap(), 200).await;
    json_of(rate(&h, &reference, &code, json!([answer(safe, "fully", None)])).await, 409).await;
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM desired_outcomes WHERE achievement = 'partly' AND rated_by = 'person'"), 2);
}

db_tests!(outcomes_are_recorded_in_the_person_s_words_reviewed_and_read_back, the_person_rates_their_outcomes_while_the_case_closes);
