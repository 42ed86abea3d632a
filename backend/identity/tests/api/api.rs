//! The identity API over HTTP, on a fresh database per test, on both backends.

use reqwest::StatusCode;
use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_platform::testing::client;
use crate::support::{create_user, login, sign_in, start, ADMIN};

async fn signs_in_with_a_strict_http_only_cookie(backend: Backend) {
    let (app, _dbs) = start(backend).await;
    let response = login(&app, &app.client, "ADMIN@example.org ", ADMIN.1).await;
    assert_eq!(response.status(), StatusCode::OK);
    let cookie = response.headers().get("set-cookie").unwrap().to_str().unwrap().to_string();
    assert!(cookie.starts_with("speakup_session="), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/api"), "{cookie}");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["user"]["role"], "admin");
    assert_eq!(body["must_change_password"], false);

    let session: Value = app.client.get(app.url("/api/identity/v1/session")).send().await.unwrap().json().await.unwrap();
    assert_eq!(session["user"]["email"], ADMIN.0);
    assert_eq!(session["csrf_token"], body["csrf_token"]);
}

async fn wrong_password_and_unknown_account_look_the_same(backend: Backend) {
    let (app, _dbs) = start(backend).await;
    let wrong = login(&app, &app.client, ADMIN.0, "not-the-password").await;
    let unknown = login(&app, &app.client, "nobody@example.org", "not-the-password").await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status(), StatusCode::UNAUTHORIZED);
    assert!(wrong.headers().get("set-cookie").is_none());
    let (wrong, unknown): (Value, Value) = (wrong.json().await.unwrap(), unknown.json().await.unwrap());
    assert_eq!(wrong, unknown);
    assert_eq!(wrong["type"], "unauthorized");
}

async fn repeated_failures_lock_the_account_name(backend: Backend) {
    let (app, _dbs) = start(backend).await;
    for _ in 0..10 {
        assert_eq!(login(&app, &app.client, ADMIN.0, "guess-guess-guess").await.status(), StatusCode::UNAUTHORIZED);
    }
    let locked = login(&app, &app.client, ADMIN.0, ADMIN.1).await;
    assert_eq!(locked.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(locked.headers().get("retry-after").is_some());
    // The same limit applies to names with no account, so it reveals nothing.
    for _ in 0..10 {
        login(&app, &app.client, "ghost@example.org", "guess-guess-guess").await;
    }
    assert_eq!(login(&app, &app.client, "ghost@example.org", "x").await.status(), StatusCode::TOO_MANY_REQUESTS);
}

async fn sign_out_needs_csrf_and_ends_the_session(backend: Backend) {
    let (app, _dbs) = start(backend).await;
    let csrf = sign_in(&app, &app.client, ADMIN.0, ADMIN.1).await;
    let forged = app.client.post(app.url("/api/identity/v1/logout")).send().await.unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let wrong = app.client.post(app.url("/api/identity/v1/logout")).header("X-CSRF-Token", "nope").send().await.unwrap();
    assert_eq!(wrong.status(), StatusCode::FORBIDDEN);

    // Keep the token to prove the server, not just the browser, ended the session.
    let token_holder = client();
    let csrf2 = sign_in(&app, &token_holder, ADMIN.0, ADMIN.1).await;
    let out = token_holder.post(app.url("/api/identity/v1/logout")).header("X-CSRF-Token", &csrf2).send().await.unwrap();
    assert_eq!(out.status(), StatusCode::NO_CONTENT);
    assert_eq!(token_holder.get(app.url("/api/identity/v1/session")).send().await.unwrap().status(), StatusCode::UNAUTHORIZED);
    // The signed token has not expired, but account management checks the live session.
    assert_eq!(token_holder.get(app.url("/api/identity/v1/users")).send().await.unwrap().status(), StatusCode::UNAUTHORIZED);
    // The first session is untouched.
    let still = app.client.get(app.url("/api/identity/v1/session")).send().await.unwrap();
    assert_eq!(still.status(), StatusCode::OK);
    let _ = csrf;
}

async fn only_admins_manage_accounts(backend: Backend) {
    let (app, _dbs) = start(backend).await;
    let anonymous = create_user(&app, &app.client, "x", "t@example.org", "manager").await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);

    let csrf = sign_in(&app, &app.client, ADMIN.0, ADMIN.1).await;
    let created = create_user(&app, &app.client, &csrf, "triage@example.org", "manager").await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let again = create_user(&app, &app.client, &csrf, "Triage@Example.org", "manager").await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = again.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "email");

    let triage = client();
    let triage_csrf = sign_in(&app, &triage, "triage@example.org", "first-password-123").await;
    let forbidden = create_user(&app, &triage, &triage_csrf, "x@example.org", "admin").await;
    assert_eq!(forbidden.status(), StatusCode::FORBIDDEN);
    assert_eq!(triage.get(app.url("/api/identity/v1/users")).send().await.unwrap().status(), StatusCode::FORBIDDEN);

    let users: Value = app.client.get(app.url("/api/identity/v1/users")).send().await.unwrap().json().await.unwrap();
    assert_eq!(users.as_array().unwrap().len(), 2);
}

async fn new_staff_must_change_their_first_password(backend: Backend) {
    let (app, _dbs) = start(backend).await;
    let csrf = sign_in(&app, &app.client, ADMIN.0, ADMIN.1).await;
    create_user(&app, &app.client, &csrf, "new@example.org", "admin").await;

    let staff = client();
    let response = login(&app, &staff, "new@example.org", "first-password-123").await;
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["must_change_password"], true);
    let csrf = body["csrf_token"].as_str().unwrap();
    // A first password opens nothing but the change-password page, even over the API.
    let users = staff.get(app.url("/api/identity/v1/users")).send().await.unwrap();
    assert_eq!(users.status(), StatusCode::FORBIDDEN);

    let change = |current: &'static str, new: &'static str| {
        staff
            .post(app.url("/api/identity/v1/password"))
            .header("X-CSRF-Token", csrf)
            .json(&json!({"current_password": current, "new_password": new}))
            .send()
    };
    let wrong = change("not-my-password", "a-brand-new-password").await.unwrap();
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let short = change("first-password-123", "short").await.unwrap();
    let problem: Value = short.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "new_password");
    assert_eq!(change("first-password-123", "a-brand-new-password").await.unwrap().status(), StatusCode::NO_CONTENT);

    let session: Value = staff.get(app.url("/api/identity/v1/session")).send().await.unwrap().json().await.unwrap();
    assert_eq!(session["must_change_password"], false);
    assert_eq!(staff.get(app.url("/api/identity/v1/users")).send().await.unwrap().status(), StatusCode::OK);
    assert_eq!(login(&app, &client(), "new@example.org", "a-brand-new-password").await.status(), StatusCode::OK);
}

async fn bad_input_gets_a_clear_4xx(backend: Backend) {
    let (app, _dbs) = start(backend).await;
    let url = app.url("/api/identity/v1/login");
    let cases: Vec<(reqwest::RequestBuilder, StatusCode)> = vec![
        (app.client.post(&url), StatusCode::UNSUPPORTED_MEDIA_TYPE),
        (app.client.post(&url).header("content-type", "application/json").body("{"), StatusCode::BAD_REQUEST),
        (app.client.post(&url).json(&json!({})), StatusCode::UNPROCESSABLE_ENTITY),
        (app.client.post(&url).json(&json!({"email": 5, "password": []})), StatusCode::UNPROCESSABLE_ENTITY),
        (app.client.post(&url).json(&json!({"email": "", "password": ""})), StatusCode::UNPROCESSABLE_ENTITY),
        (app.client.post(&url).json(&json!({"email": "a".repeat(100_000), "password": "x"})), StatusCode::PAYLOAD_TOO_LARGE),
        (app.client.post(&url).json(&json!({"email": "<script>alert(1)</script>", "password": "x"})), StatusCode::UNPROCESSABLE_ENTITY),
        (app.client.post(&url).json(&json!({"email": "a\u{0}@example.org", "password": "x"})), StatusCode::UNPROCESSABLE_ENTITY),
    ];
    for (request, expected) in cases {
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), expected);
        assert_eq!(response.headers().get("content-type").unwrap(), "application/problem+json");
        let problem: Value = response.json().await.unwrap();
        assert!(problem["title"].as_str().is_some_and(|t| !t.is_empty()));
    }
}

async fn health_reports_the_database(backend: Backend) {
    let (app, _dbs) = start(backend).await;
    for path in ["/api/identity/health/live", "/api/identity/health/ready"] {
        assert_eq!(app.client.get(app.url(path)).send().await.unwrap().status(), StatusCode::OK, "{path}");
    }
}

db_tests!(
    signs_in_with_a_strict_http_only_cookie,
    wrong_password_and_unknown_account_look_the_same,
    repeated_failures_lock_the_account_name,
    sign_out_needs_csrf_and_ends_the_session,
    only_admins_manage_accounts,
    new_staff_must_change_their_first_password,
    bad_input_gets_a_clear_4xx,
    health_reports_the_database,
);
