//! Cases set up over the API as staff would, for the tests that work on them after triage.

use serde_json::{json, Value};
use speakup_types::identity::Role;

use super::{imca_eligibility, new_key, referral, Harness, StaffSession};

pub const V1: &str = "/api/referrals/v1";

/// The body of a response that must have `status`.
pub async fn json_of(response: reqwest::Response, status: u16) -> Value {
    let got = response.status().as_u16();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    assert_eq!(got, status, "{body}");
    body
}

/// A referral whose answers point at the Care Act and IMCA, asking for an Urdu-speaking woman.
pub async fn care_act_and_imca(h: &Harness) -> (String, String, String) {
    let mut body = referral("They want to move me to a care home and I do not understand why.");
    body["eligibility"] = imca_eligibility();
    body["preferences"] = json!({"advocate_gender": "woman", "advocate_language": "Urdu"});
    let sent = json_of(h.submit(&new_key(), &body).await, 201).await;
    let queue = h.queue("").await;
    let ours = queue["items"].as_array().unwrap().iter().find(|i| i["reference"] == sent["reference"]).expect("in the queue");
    (ours["id"].as_str().unwrap().into(), sent["reference"].as_str().unwrap().into(), sent["tracking_code"].as_str().unwrap().into())
}

/// A case as `who` opens it.
pub async fn case(h: &Harness, who: &StaffSession, id: &str) -> reqwest::Response {
    who.get(h, &format!("{V1}/referrals/{id}")).send().await.unwrap()
}

/// An advocate who saved their profile, and what the manager recorded about their work.
pub async fn advocate(h: &Harness, first_name: &str, languages: &[&str], gender: Option<&str>, work: Value) -> StaffSession {
    let me = h.new_staff(Role::Advocate, false).await;
    let about = json!({"first_name": first_name, "languages": languages, "gender": gender, "version": 0});
    let saved = json_of(me.put(h, &format!("{V1}/advocates/me")).json(&about).send().await.unwrap(), 200).await;
    let mut work = work;
    work["version"] = saved["version"].clone();
    let manager = h.staff(Role::Manager).await;
    json_of(manager.put(h, &format!("{V1}/advocates/{}/work", me.user_id)).json(&work).send().await.unwrap(), 200).await;
    me
}

/// A case accepted and given to Sana (Care Act), and Tom, another advocate.
pub async fn allocated_to_sana(h: &Harness) -> (String, String, String, StaffSession, StaffSession) {
    let (id, reference, code) = care_act_and_imca(h).await;
    let work = json!({"advocacy": ["care_act", "imca"], "caseload_limit": 20, "taking_cases": true});
    let sana = advocate(h, "Sana", &["Urdu"], Some("woman"), work.clone()).await;
    let tom = advocate(h, "Tom", &["English"], Some("man"), work).await;
    let manager = h.staff(Role::Manager).await;
    let accepted = json_of(manager.post(h, &format!("{V1}/referrals/{id}/decision")).json(&json!({"decision": "accept"})).send().await.unwrap(), 200).await;
    let allocate = json!({"advocate_id": sana.user_id, "version": accepted["version"]});
    json_of(manager.post(h, &format!("{V1}/referrals/{id}/allocation")).json(&allocate).send().await.unwrap(), 200).await;
    (id, reference, code, sana, tom)
}
