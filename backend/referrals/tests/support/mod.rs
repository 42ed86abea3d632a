//! Shared set-up for the referrals API tests.
// Each test binary uses a different part of this module.
#![allow(dead_code)]

use reqwest::{RequestBuilder, Response};
use serde_json::{json, Value};
use speakup_platform::auth::{Claims, TokenKeys, SESSION_COOKIE};
use speakup_platform::db::Backend;
use speakup_platform::testing::{spawn_app, TestApp, TestDatabases};
use speakup_referrals::Referrals;
use speakup_types::identity::Role;
use uuid::Uuid;

pub const SECRET: &[u8] = b"referrals-test-secret";

pub struct Harness {
    pub app: TestApp,
    _dbs: TestDatabases,
}

pub async fn start(backend: Backend) -> Harness {
    start_with_submission_limit(backend, 60).await
}

pub async fn start_with_submission_limit(backend: Backend, per_ten_minutes: u32) -> Harness {
    let dbs = TestDatabases::new(backend);
    let referrals = Referrals::open(&dbs.url_for("referrals"), SECRET, 4)
        .expect("referrals opens")
        .with_submission_limit(per_ten_minutes);
    Harness { app: spawn_app(referrals.configure()), _dbs: dbs }
}

pub fn referral(help_with: &str) -> Value {
    json!({
        "help_with": help_with,
        "name": "Sam",
        "contact": {"method": "phone", "phone": "07700 900982", "safe_to_leave_message": false, "safe_times": "mornings"},
        "communication": {"easy_read": true, "interpreter": true, "language": "Polish"},
        "eligibility": {}
    })
}

/// A signed-in member of staff, as identity would have made them.
pub struct StaffSession {
    cookie: String,
    csrf: String,
}

impl StaffSession {
    pub fn new(role: Role) -> StaffSession {
        Self::with_claims(Claims::new("sid".into(), Uuid::new_v4(), role, "csrf-token".into()))
    }

    /// A session that still has to choose a new password.
    pub fn first_password(role: Role) -> StaffSession {
        Self::with_claims(Claims { must_change: true, ..Claims::new("sid".into(), Uuid::new_v4(), role, "csrf-token".into()) })
    }

    fn with_claims(claims: Claims) -> StaffSession {
        StaffSession {
            cookie: format!("{SESSION_COOKIE}={}", TokenKeys::from_master(SECRET).sign(&claims)),
            csrf: claims.csrf,
        }
    }

    pub fn cookie(&self) -> &str {
        &self.cookie
    }

    pub fn get(&self, h: &Harness, path: &str) -> RequestBuilder {
        h.app.client.get(h.app.url(path)).header("cookie", &self.cookie)
    }

    pub fn post(&self, h: &Harness, path: &str) -> RequestBuilder {
        h.app.client.post(h.app.url(path)).header("cookie", &self.cookie).header("x-csrf-token", &self.csrf)
    }
}

impl Harness {
    pub async fn submit(&self, key: &str, body: &Value) -> Response {
        self.submit_to("self-referrals", key, body).await
    }

    /// Submits to one referral route: `self-referrals`, `on-behalf-referrals` or `professional-referrals`.
    pub async fn submit_to(&self, route: &str, key: &str, body: &Value) -> Response {
        let url = self.app.url(&format!("/api/referrals/v1/{route}"));
        self.app.client.post(url).header("Idempotency-Key", key).json(body).send().await.unwrap()
    }

    pub async fn track(&self, reference: &str, code: &str) -> Response {
        self.app
            .client
            .post(self.app.url("/api/referrals/v1/track"))
            .json(&json!({"reference": reference, "tracking_code": code}))
            .send()
            .await
            .unwrap()
    }

    pub async fn queue(&self, query: &str) -> Value {
        let triage = StaffSession::new(Role::Triage);
        let response = triage.get(self, &format!("/api/referrals/v1/referrals{query}")).send().await.unwrap();
        assert_eq!(response.status(), 200);
        response.json().await.unwrap()
    }
}

pub fn new_key() -> String {
    Uuid::new_v4().to_string()
}
