//! Shared set-up for the referrals API tests: referrals and identity in one server, as the
//! gateway runs them, so staff sign in for real and referrals asks identity about each session.
// Each test binary uses a different part of this module.
#![allow(dead_code)]

pub mod cases;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::Response;
use serde_json::{json, Value};
use speakup_identity::Identity;
use speakup_platform::auth::remote::IdentityClient;
use speakup_platform::db::Backend;
use speakup_platform::secrets::MasterSecret;
use speakup_platform::testing::{answered_challenge, listener, sign_in, spawn_on, TestApp, TestDatabases};
pub use speakup_platform::testing::StaffSession;
use speakup_referrals::{LostCodeMatcher, Referrals};
use speakup_types::identity::{NewStaffUser, Role};
use speakup_types::proof;
use uuid::Uuid;

pub const STAFF_PASSWORD: &str = "a-long-test-password";

pub struct Harness {
    pub app: TestApp,
    pub identity: Identity,
    pub secret: MasterSecret,
    pub matcher: LostCodeMatcher,
    staff: Mutex<HashMap<Role, StaffSession>>,
    pub dbs: TestDatabases,
}

pub async fn start(backend: Backend) -> Harness {
    start_with(backend, 60, Duration::ZERO).await
}

pub async fn start_with_busy_threshold(backend: Backend, per_ten_minutes: u32) -> Harness {
    start_with(backend, per_ten_minutes, Duration::ZERO).await
}

/// `session_cache` is how long referrals may trust identity's answer about a session.
pub async fn start_with(backend: Backend, per_ten_minutes: u32, session_cache: Duration) -> Harness {
    start_tuned(backend, session_cache, |referrals| referrals.with_busy_threshold(per_ten_minutes)).await
}

/// Referrals as `tune` leaves it, matching "I lost my code" requests in the background.
pub async fn start_tuned(backend: Backend, session_cache: Duration, tune: impl FnOnce(Referrals) -> Referrals) -> Harness {
    let h = build(backend, session_cache, tune).await;
    h.matcher.clone().spawn(Duration::from_millis(100));
    h
}

/// A harness whose "I lost my code" requests wait until the test runs `h.matcher.run_once()`.
pub async fn start_without_matcher(backend: Backend) -> Harness {
    build(backend, Duration::ZERO, |r| r).await
}

async fn build(backend: Backend, session_cache: Duration, tune: impl FnOnce(Referrals) -> Referrals) -> Harness {
    let dbs = TestDatabases::new(backend);
    let secret = dbs.secret();
    let (listener, address) = listener();
    let identity = Identity::open(&dbs.url_for("identity"), &secret, false, 4).expect("identity opens");
    let sessions = Arc::new(IdentityClient::new(&address, session_cache));
    let referrals = tune(Referrals::open(&dbs.url_for("referrals"), &secret, 4, sessions).expect("referrals opens"));
    let matcher = referrals.lost_code_matcher();
    let (identity_routes, referral_routes) = (identity.clone().configure(), referrals.configure());
    let app = spawn_on(listener, address, move |cfg: &mut actix_web::web::ServiceConfig| {
        identity_routes(cfg);
        referral_routes(cfg);
    });
    Harness { app, identity, secret, matcher, staff: Mutex::new(HashMap::new()), dbs }
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

/// Answers the engine reads as IMCA (and the Care Act): someone who cannot decide about a
/// move into a care home and has nobody to consult.
pub fn imca_eligibility() -> Value {
    json!({
        "role": "person",
        "council_involved": true,
        "care_support_needs": true,
        "process": "needs_assessment",
        "difficulty": {"understanding": true, "retaining": true, "weighing": true, "communicating": true},
        "candidates": [],
        "capacity": {"lacks_capacity_for_decision": true, "assessment_completed": false},
        "mca_decision": "accommodation_care_home",
        "accommodation_expected_days": 90,
        "family_or_friend_to_consult": false
    })
}

impl AsRef<TestApp> for Harness {
    fn as_ref(&self) -> &TestApp {
        &self.app
    }
}

impl Harness {
    /// One signed-in account per role, made the first time it is asked for.
    pub async fn staff(&self, role: Role) -> StaffSession {
        if let Some(session) = self.staff.lock().unwrap().get(&role) {
            return session.clone();
        }
        let session = self.new_staff(role, false).await;
        self.staff.lock().unwrap().insert(role, session.clone());
        session
    }

    /// A new account of `role`, signed in; with `first_password` it still has to choose its own.
    pub async fn new_staff(&self, role: Role, first_password: bool) -> StaffSession {
        let email = format!("{}-{}@example.org", role.as_str(), Uuid::new_v4().simple());
        let new = NewStaffUser { email: email.clone(), display_name: format!("Test {}", role.as_str()), role, password: STAFF_PASSWORD.into() };
        let user = self.identity.add_account(None, new, first_password).await.expect("account made");
        let mut session = self.sign_in(&email, STAFF_PASSWORD).await;
        session.user_id = user.id;
        session
    }

    /// Signs in through identity's API, as the staff console does.
    pub async fn sign_in(&self, email: &str, password: &str) -> StaffSession {
        sign_in(&self.app, email, password).await
    }

    pub async fn submit(&self, key: &str, body: &Value) -> Response {
        self.submit_to("self-referrals", key, body).await
    }

    /// Submits to one referral route (`self-referrals`, `on-behalf-referrals` or
    /// `professional-referrals`) with an answered challenge, as the PWA does.
    pub async fn submit_to(&self, route: &str, key: &str, body: &Value) -> Response {
        let proof = self.proof().await;
        self.submit_with_proof(route, key, body, Some(&proof)).await
    }

    /// A fresh challenge, answered: the `X-Proof-Of-Work` header value.
    pub async fn proof(&self) -> String {
        answered_challenge(&self.app.client, &self.app.address).await
    }

    pub async fn submit_with_proof(&self, route: &str, key: &str, body: &Value, proof: Option<&str>) -> Response {
        let url = self.app.url(&format!("/api/referrals/v1/{route}"));
        let mut request = self.app.client.post(url).header("Idempotency-Key", key).json(body);
        if let Some(proof) = proof {
            request = request.header(proof::HEADER, proof);
        }
        request.send().await.unwrap()
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
        let triage = self.staff(Role::Manager).await;
        let response = triage.get(self, &format!("/api/referrals/v1/referrals{query}")).send().await.unwrap();
        assert_eq!(response.status(), 200);
        response.json().await.unwrap()
    }
}

pub fn new_key() -> String {
    Uuid::new_v4().to_string()
}

impl Harness {
    /// Runs SQL on referrals' own database, for tests that need time to have passed.
    pub fn execute(&self, sql: &str) -> usize {
        self.dbs.execute("referrals", sql)
    }

    /// Runs SQL on referrals' own database, for tests that the database refuses something.
    pub fn try_execute(&self, sql: &str) -> Result<usize, diesel::result::Error> {
        use diesel::{Connection, RunQueryDsl};
        let url = self.dbs.url_for("referrals");
        match self.dbs.backend {
            Backend::Postgres => diesel::sql_query(sql).execute(&mut diesel::pg::PgConnection::establish(&url).expect("connect")),
            Backend::Sqlite => diesel::sql_query(sql).execute(&mut diesel::sqlite::SqliteConnection::establish(&url).expect("connect")),
        }
    }

    /// What `SELECT COUNT(*) AS n …` gives on referrals' own database.
    pub fn count(&self, sql: &str) -> i64 {
        self.dbs.count("referrals", sql)
    }
}
