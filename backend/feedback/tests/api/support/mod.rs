//! Set-up for the feedback API tests: feedback and identity in one server, as the gateway runs
//! them, so staff sign in for real and feedback asks identity about each session.
// Each test binary uses a different part of this module.
#![allow(dead_code)]

use std::sync::Arc;
use std::time::Duration;

use reqwest::Response;
use serde_json::{json, Value};
use speakup_feedback::Feedback;
use speakup_identity::Identity;
use speakup_platform::auth::remote::IdentityClient;
use speakup_platform::db::Backend;
use speakup_platform::testing::{answered_challenge_of, listener, register_group, sign_in, spawn_on, StaffSession, TestApp, TestDatabases};
use speakup_types::identity::{NewStaffUser, Role};
use speakup_types::proof;
use uuid::Uuid;

pub const STAFF_PASSWORD: &str = "a-long-test-password";

pub struct Harness {
    pub app: TestApp,
    pub identity: Identity,
    pub dbs: TestDatabases,
}

impl AsRef<TestApp> for Harness {
    fn as_ref(&self) -> &TestApp {
        &self.app
    }
}

pub async fn start(backend: Backend) -> Harness {
    start_tuned(backend, |f| f).await
}

pub async fn start_tuned(backend: Backend, tune: impl FnOnce(Feedback) -> Feedback) -> Harness {
    let dbs = TestDatabases::new(backend);
    let secret = dbs.secret();
    let (listener, address) = listener();
    let identity = Identity::open(&dbs.url_for("identity"), &secret, false, 4).expect("identity opens");
    let sessions = Arc::new(IdentityClient::new(&address, Duration::ZERO));
    let feedback = tune(Feedback::open(&dbs.url_for("feedback"), &secret, 4, sessions).expect("feedback opens"));
    let (identity_routes, feedback_routes) = (identity.clone().configure(), feedback.configure());
    let app = spawn_on(listener, address, move |cfg: &mut actix_web::web::ServiceConfig| {
        identity_routes(cfg);
        feedback_routes(cfg);
    });
    Harness { app, identity, dbs }
}

impl Harness {
    /// A new account of `role`, signed in.
    pub async fn staff(&self, role: Role) -> StaffSession {
        let email = format!("{}-{}@example.org", role.as_str(), Uuid::new_v4().simple());
        let new = NewStaffUser { email: email.clone(), display_name: format!("Test {}", role.as_str()), role, password: STAFF_PASSWORD.into() };
        self.identity.add_account(None, new, false).await.expect("account made");
        sign_in(&self.app, &email, STAFF_PASSWORD).await
    }

    /// An anonymous request to `path` with an answered challenge, as the PWA sends each one.
    async fn anonymous(&self, path: &str, language: &str, body: &Value) -> Response {
        let proof = answered_challenge_of(&self.app.client, &self.app.address, "feedback").await;
        self.app
            .client
            .post(self.app.url(path))
            .header(proof::HEADER, proof)
            .header("Content-Language", language)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    /// Gives feedback in `language`.
    pub async fn give_in(&self, language: &str, body: &Value) -> Response {
        self.anonymous("/api/feedback/v1/feedback", language, body).await
    }

    /// Gives feedback and returns its receipt, if one was asked for.
    pub async fn give(&self, body: &Value) -> Option<String> {
        let response = self.give_in("en", body).await;
        assert_eq!(response.status(), 201, "feedback is taken");
        let sent: Value = response.json().await.unwrap();
        sent["receipt"].as_str().map(str::to_string)
    }

    pub async fn conversation(&self, receipt: &str) -> Response {
        self.anonymous("/api/feedback/v1/conversation", "en", &json!({"receipt": receipt})).await
    }

    pub async fn answer(&self, receipt: &str, body: &str) -> Response {
        self.anonymous("/api/feedback/v1/conversation/messages", "en", &json!({"receipt": receipt, "body": body})).await
    }

    /// The inbox as `staff` sees it, with a query such as `?sender=referrer`.
    pub async fn inbox(&self, staff: &StaffSession, query: &str) -> Value {
        let response = staff.get(self, &format!("/api/feedback/v1/inbox{query}")).send().await.unwrap();
        assert_eq!(response.status(), 200, "the inbox opens for {}", staff.email);
        response.json().await.unwrap()
    }

    /// A group registered and verified by `admin`: its contact, signed in, and its id.
    pub async fn group(&self, name: &str, admin: &StaffSession) -> (StaffSession, String) {
        register_group(&self.app, name, admin).await
    }

    /// A draft of `text`, raised by `member`'s group: the issue's id.
    pub async fn raised(&self, member: &StaffSession, text: Value) -> String {
        let started: Value = member.post(self, "/api/feedback/v1/group/issues").json(&text).send().await.unwrap().json().await.unwrap();
        let id = started["id"].as_str().expect("a draft is started").to_string();
        let raised = member.post(self, &format!("/api/feedback/v1/group/issues/{id}/raise")).send().await.unwrap();
        assert_eq!(raised.status(), 200, "the issue is raised");
        id
    }

    /// "This happens to me too", anonymously with a proof of work: the new count.
    pub async fn me_too(&self, issue: &str) -> i64 {
        let proof = answered_challenge_of(&self.app.client, &self.app.address, "feedback").await;
        let response =
            self.app.client.post(self.app.url(&format!("/api/feedback/v1/issues/{issue}/me-too"))).header(proof::HEADER, proof).send().await.unwrap();
        assert_eq!(response.status(), 200, "counted");
        response.json::<Value>().await.unwrap()["me_too"].as_i64().unwrap()
    }

    pub fn count(&self, sql: &str) -> i64 {
        self.dbs.count("feedback", sql)
    }
}

/// A carer's feedback for `reader`, with a receipt.
pub fn from_carer(reader: &str, comments: &str) -> Value {
    json!({
        "sender": "carer_family_friend",
        "answers": {"heard": 2, "outcome": 4, "information": 5},
        "overall": 3,
        "comments": comments,
        "reader": reader,
        "receipt": true
    })
}
