//! Shared set-up for identity's API tests.
// Each test binary uses a different part of this module.
#![allow(dead_code)]

use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use speakup_identity::Identity;
use speakup_platform::db::Backend;
use speakup_platform::testing::{client, spawn_app, TestApp, TestDatabases};
use speakup_types::identity::{NewStaffUser, Role};

pub const ADMIN: (&str, &str) = ("admin@example.org", "admin-password-123");

pub async fn start(backend: Backend) -> (TestApp, TestDatabases) {
    start_with(backend, |identity| identity).await
}

/// Identity with one admin (whose password is their own), changed by `tune` before it serves.
pub async fn start_with(backend: Backend, tune: impl FnOnce(Identity) -> Identity) -> (TestApp, TestDatabases) {
    let dbs = TestDatabases::new(backend);
    let identity = tune(Identity::open(&dbs.url_for("identity"), &dbs.secret(), false, 4).expect("identity opens"));
    let admin = NewStaffUser { email: ADMIN.0.into(), display_name: "Provider admin".into(), role: Role::Admin, password: ADMIN.1.into() };
    identity.add_account(None, admin, false).await.expect("an admin");
    (spawn_app(identity.configure()), dbs)
}

pub async fn login(app: &TestApp, client: &reqwest::Client, email: &str, password: &str) -> reqwest::Response {
    client
        .post(app.url("/api/identity/v1/login"))
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .unwrap()
}

/// Signs in and returns the CSRF token.
pub async fn sign_in(app: &TestApp, client: &reqwest::Client, email: &str, password: &str) -> String {
    let response = login(app, client, email, password).await;
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    body["csrf_token"].as_str().unwrap().to_string()
}

pub async fn create_user(app: &TestApp, client: &reqwest::Client, csrf: &str, email: &str, role: &str) -> reqwest::Response {
    client
        .post(app.url("/api/identity/v1/users"))
        .header("X-CSRF-Token", csrf)
        .json(&json!({"email": email, "display_name": "Alex Triage", "role": role, "password": "first-password-123"}))
        .send()
        .await
        .unwrap()
}


/// Runs SQL on identity's own database, for tests that need time to have passed.
pub fn execute_sql(dbs: &TestDatabases, sql: &str) {
    assert!(dbs.execute("identity", sql) > 0, "{sql} changed nothing");
}

/// The first password of accounts made by [`Admin::worker`].
pub const FIRST: &str = "first-password-123";
/// The password each [`Admin::worker`] chooses in place of [`FIRST`].
pub const WORKER_PASSWORD: &str = "worker-chose-this";

pub struct Admin {
    pub client: Client,
    pub csrf: String,
}

impl Admin {
    pub async fn new(app: &TestApp) -> Admin {
        let client = client();
        let csrf = sign_in(app, &client, ADMIN.0, ADMIN.1).await;
        Admin { client, csrf }
    }

    pub async fn post(&self, app: &TestApp, path: &str, body: Value) -> reqwest::Response {
        self.client.post(app.url(path)).header("X-CSRF-Token", &self.csrf).json(&body).send().await.unwrap()
    }

    pub async fn get(&self, app: &TestApp, path: &str) -> Value {
        let response = self.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        response.json().await.unwrap()
    }

    /// A new account that has chosen its own password and is signed in on `worker`.
    pub async fn worker(&self, app: &TestApp, email: &str, role: &str) -> (String, Client, String) {
        let created: Value = create_user(app, &self.client, &self.csrf, email, role).await.json().await.unwrap();
        let worker = client();
        let csrf = sign_in(app, &worker, email, FIRST).await;
        let changed = worker
            .post(app.url("/api/identity/v1/password"))
            .header("X-CSRF-Token", &csrf)
            .json(&json!({"current_password": FIRST, "new_password": WORKER_PASSWORD}))
            .send()
            .await
            .unwrap();
        assert_eq!(changed.status(), StatusCode::NO_CONTENT);
        (created["id"].as_str().unwrap().to_string(), worker, csrf)
    }
}

pub async fn session_status(app: &TestApp, client: &Client) -> StatusCode {
    client.get(app.url("/api/identity/v1/session")).send().await.unwrap().status()
}
