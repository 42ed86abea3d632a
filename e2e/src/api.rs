//! Staff working over the API, for the journeys and the bench that need a case made before the
//! browser picks it up: the browser journeys in `casework.rs` already walk these steps on screen.

use reqwest::RequestBuilder;
use serde_json::{json, Value};

use crate::{in_days, Server};

pub const V1: &str = "/api/referrals/v1";

/// Someone signed in over the API.
pub struct Staff {
    client: reqwest::Client,
    csrf: String,
    base: String,
}

impl Staff {
    /// A new account with `role`, signed in for the first time with its own password chosen.
    pub async fn new(server: &Server, email: &str, role: &str) -> Staff {
        server.create_staff(email, role, "api-first-password").await;
        let (client, csrf) = server.first_sign_in(email, "api-first-password", CHOSEN_PASSWORD).await;
        Staff { client, csrf, base: server.url.clone() }
    }

    /// The first admin.
    pub async fn admin(server: &Server) -> Staff {
        let (client, csrf) = server.admin().await;
        Staff { client, csrf, base: server.url.clone() }
    }

    pub fn get(&self, path: &str) -> RequestBuilder {
        self.client.get(format!("{}{V1}{path}", self.base))
    }

    async fn send(&self, method: reqwest::Method, path: &str, body: Value) -> Value {
        let request = self.client.request(method, format!("{}{V1}{path}", self.base)).header("X-CSRF-Token", &self.csrf);
        let response = request.json(&body).send().await.expect("the request is answered");
        let status = response.status();
        let body: Value = response.json().await.unwrap_or(Value::Null);
        assert!(status.is_success(), "{path}: {status} {body}");
        body
    }

    pub async fn put(&self, path: &str, body: Value) -> Value {
        self.send(reqwest::Method::PUT, path, body).await
    }

    pub async fn post(&self, path: &str, body: Value) -> Value {
        self.send(reqwest::Method::POST, path, body).await
    }

    pub async fn read(&self, path: &str) -> Value {
        self.get(path).send().await.expect("answered").json().await.expect("JSON")
    }
}

/// The password every account made by `Staff::new` chooses, for signing in on a browser.
pub const CHOSEN_PASSWORD: &str = "api-chosen-password";

/// A case as the provider made it: its id, the reference and code the person tracks it with,
/// the advocate it was given to and the area.
pub struct Case {
    pub id: String,
    pub reference: String,
    pub code: String,
    pub advocate: String,
    pub area: String,
}

/// Sam's self-referral (asking for Easy Read; the Care Act and IMCA both confirmed), in an
/// area the admin adds, accepted and given to the advocate, who says first who they are.
/// `key` is the referral's idempotency key: one per case.
pub async fn allocated_case(server: &Server, admin: &Staff, manager: &Staff, advocate: &Staff, key: &str) -> Case {
    let area = admin.post("/catalogue/area", json!({"name": "Riverside"})).await["id"].as_str().expect("area id").to_string();
    let profile = advocate.put("/advocates/me", json!({"first_name": "Sana", "languages": ["English", "Urdu"], "gender": "woman", "version": 0})).await;
    let account = profile["account_id"].as_str().expect("account id").to_string();
    let work = json!({"advocacy": ["care_act", "imca"], "areas": [area], "caseload_limit": 60, "taking_cases": true, "version": profile["version"]});
    manager.put(&format!("/advocates/{account}/work"), work).await;

    let public = reqwest::Client::new();
    let proof = speakup_platform::testing::answered_challenge_of(&public, &server.url, "referrals").await;
    let referral = json!({
        "help_with": "They want to move me to a care home and I do not understand why.",
        "name": "Sam",
        "contact": {"method": "phone", "phone": "07700 900982", "safe_to_leave_message": false, "safe_times": "mornings"},
        "communication": {"easy_read": true, "interpreter": false},
        "eligibility": {"role": "person", "council_involved": true, "care_support_needs": true, "process": "needs_assessment",
            "difficulty": {"understanding": true, "retaining": true, "weighing": true, "communicating": true}, "candidates": [],
            "capacity": {"lacks_capacity_for_decision": true, "assessment_completed": true},
            "mca_decision": "accommodation_care_home", "accommodation_expected_days": 90, "family_or_friend_to_consult": false}
    });
    let sent = public
        .post(server.url(&format!("{V1}/self-referrals")))
        .header("Idempotency-Key", key)
        .header("X-Proof-Of-Work", proof)
        .json(&referral)
        .send()
        .await
        .expect("the referral is answered");
    assert_eq!(sent.status(), 201, "the referral is stored");
    let sent: Value = sent.json().await.expect("the receipt");
    let queue = manager.read("/referrals").await;
    let ours = queue["items"].as_array().expect("the queue").iter().find(|i| i["reference"] == sent["reference"]).expect("in the queue");
    let id = ours["id"].as_str().expect("its id").to_string();

    let today = in_days(0).to_string();
    for (advocacy, basis) in [("care_act", "care_act_assessment"), ("imca", "imca_accommodation")] {
        let confirmed = json!({"state": "confirmed", "legal_basis": basis, "reason": "Assessment under way", "starts_on": today});
        manager.put(&format!("/referrals/{id}/mandates/{advocacy}"), confirmed).await;
    }
    let version = manager.read(&format!("/referrals/{id}")).await["version"].clone();
    manager.put(&format!("/referrals/{id}/area"), json!({"area": area, "version": version})).await;
    let accepted = manager.post(&format!("/referrals/{id}/decision"), json!({"decision": "accept"})).await;
    manager.post(&format!("/referrals/{id}/allocation"), json!({"advocate_id": account, "version": accepted["version"]})).await;
    Case {
        id,
        reference: sent["reference"].as_str().expect("reference").into(),
        code: sent["tracking_code"].as_str().expect("code").into(),
        advocate: account,
        area,
    }
}
