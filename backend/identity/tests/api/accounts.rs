//! Admins manage staff accounts: disable and re-enable, change role, reset to a one-time
//! password. Each change is in the account's history and ends its sessions at once. Sessions
//! also end by themselves: after 30 idle minutes, and after 10 hours at most.

use reqwest::StatusCode;
use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_platform::testing::client;
use crate::support::{execute_sql, login, session_status, sign_in, start, start_with, Admin, ADMIN, WORKER_PASSWORD};

fn actions(detail: &Value) -> Vec<(String, Option<String>, Option<String>)> {
    detail["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["action"].as_str().unwrap().into(), e["by"].as_str().map(Into::into), e["role"].as_str().map(Into::into)))
        .collect()
}

async fn each_change_is_recorded_and_ends_the_accounts_sessions(backend: Backend) {
    let (app, _dbs) = start(backend).await;
    let admin = Admin::new(&app).await;
    let (id, worker, _) = admin.worker(&app, "robin@example.org", "manager").await;
    assert_eq!(session_status(&app, &worker).await, StatusCode::OK);

    // Disabled: the live session ends at once and the password no longer signs in.
    let disabled = admin.post(&app, &format!("/api/identity/v1/users/{id}/active"), json!({"active": false})).await;
    assert_eq!(disabled.status(), StatusCode::OK);
    assert_eq!(disabled.json::<Value>().await.unwrap()["active"], false);
    assert_eq!(session_status(&app, &worker).await, StatusCode::UNAUTHORIZED);
    let refused = login(&app, &client(), "robin@example.org", WORKER_PASSWORD).await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);

    let enabled = admin.post(&app, &format!("/api/identity/v1/users/{id}/active"), json!({"active": true})).await;
    assert_eq!(enabled.status(), StatusCode::OK);
    let worker = client();
    sign_in(&app, &worker, "robin@example.org", WORKER_PASSWORD).await;

    // A new role: the old session ends; the next one carries the new role.
    let changed = admin.post(&app, &format!("/api/identity/v1/users/{id}/role"), json!({"role": "advocate"})).await;
    assert_eq!(changed.status(), StatusCode::OK);
    assert_eq!(session_status(&app, &worker).await, StatusCode::UNAUTHORIZED);
    let again: Value = login(&app, &client(), "robin@example.org", WORKER_PASSWORD).await.json().await.unwrap();
    assert_eq!(again["user"]["role"], "advocate");

    // A reset: a one-time password, shown once; the old password stops working.
    let reset = admin.post(&app, &format!("/api/identity/v1/users/{id}/password-reset"), json!({})).await;
    assert_eq!(reset.status(), StatusCode::OK);
    assert_eq!(reset.headers().get("cache-control").unwrap(), "no-store");
    let one_time = reset.json::<Value>().await.unwrap()["password"].as_str().unwrap().to_string();
    assert_eq!(login(&app, &client(), "robin@example.org", WORKER_PASSWORD).await.status(), StatusCode::UNAUTHORIZED);
    let fresh: Value = login(&app, &client(), "robin@example.org", &one_time).await.json().await.unwrap();
    assert_eq!(fresh["must_change_password"], true);

    let detail = admin.get(&app, &format!("/api/identity/v1/users/{id}")).await;
    assert_eq!(detail["account"]["must_change_password"], true);
    let admin_did = Some("Provider admin".to_string());
    assert_eq!(
        actions(&detail),
        vec![
            ("password_reset".into(), admin_did.clone(), None),
            ("role_changed".into(), admin_did.clone(), Some("advocate".into())),
            ("enabled".into(), admin_did.clone(), None),
            ("disabled".into(), admin_did.clone(), None),
            ("password_changed".into(), Some("Alex Triage".into()), None),
            ("created".into(), admin_did, Some("manager".into())),
        ],
        "newest first, with who did each"
    );
    assert!(detail["history"][0]["at"].as_str().is_some());
}

async fn there_is_always_an_active_admin(backend: Backend) {
    let (app, _dbs) = start(backend).await;
    let admin = Admin::new(&app).await;
    let me: Value = admin.get(&app, "/api/identity/v1/session").await;
    let my_id = me["user"]["id"].as_str().unwrap();
    let own = admin.post(&app, &format!("/api/identity/v1/users/{my_id}/active"), json!({"active": false})).await;
    assert_eq!(own.status(), StatusCode::CONFLICT);
    assert_eq!(own.json::<Value>().await.unwrap()["title_ref"]["id"], "error-own-account");
    let demoted = admin.post(&app, &format!("/api/identity/v1/users/{my_id}/role"), json!({"role": "manager"})).await;
    assert_eq!(demoted.status(), StatusCode::CONFLICT);
    assert_eq!(demoted.json::<Value>().await.unwrap()["title_ref"]["id"], "error-last-admin");
    assert_eq!(session_status(&app, &admin.client).await, StatusCode::OK, "a refused change ends nothing");

    // With a second admin, one can step down.
    let (second, _, _) = admin.worker(&app, "second@example.org", "admin").await;
    let stepped = admin.post(&app, &format!("/api/identity/v1/users/{my_id}/role"), json!({"role": "manager"})).await;
    assert_eq!(stepped.status(), StatusCode::OK);
    assert_eq!(session_status(&app, &admin.client).await, StatusCode::UNAUTHORIZED);
    let unknown = admin.post(&app, "/api/identity/v1/users/6f1e2b9a-0000-4000-8000-000000000000/active", json!({"active": false})).await;
    assert_eq!(unknown.status(), StatusCode::UNAUTHORIZED, "the demoted session is over");
    let _ = second;
}

async fn only_admins_change_accounts_and_a_refusal_changes_nothing(backend: Backend) {
    let (app, _dbs) = start(backend).await;
    let admin = Admin::new(&app).await;
    let (id, triage, csrf) = admin.worker(&app, "robin@example.org", "manager").await;
    let (other, _, _) = admin.worker(&app, "sam@example.org", "advocate").await;
    let attempts = [
        (format!("/api/identity/v1/users/{other}/active"), json!({"active": false})),
        (format!("/api/identity/v1/users/{other}/role"), json!({"role": "admin"})),
        (format!("/api/identity/v1/users/{id}/role"), json!({"role": "admin"})),
        (format!("/api/identity/v1/users/{other}/password-reset"), json!({})),
    ];
    for (path, body) in &attempts {
        let response = triage.post(app.url(path)).header("X-CSRF-Token", &csrf).json(body).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
        let anonymous = client().post(app.url(path)).json(body).send().await.unwrap();
        assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED, "{path}");
    }
    assert_eq!(triage.get(app.url(&format!("/api/identity/v1/users/{other}"))).send().await.unwrap().status(), StatusCode::FORBIDDEN);
    let detail = admin.get(&app, &format!("/api/identity/v1/users/{other}")).await;
    assert_eq!((detail["account"]["active"].as_bool(), detail["account"]["role"].as_str()), (Some(true), Some("advocate")));
    assert_eq!(actions(&detail).len(), 2, "created and password changed, nothing else");
    assert_eq!(login(&app, &client(), "sam@example.org", WORKER_PASSWORD).await.status(), StatusCode::OK);
}

async fn common_passwords_are_refused_everywhere(backend: Backend) {
    let (app, _dbs) = start(backend).await;
    let admin = Admin::new(&app).await;
    let created = admin
        .post(
            &app,
            "/api/identity/v1/users",
            json!({"email": "new@example.org", "display_name": "New Person", "role": "manager", "password": "password1234"}),
        )
        .await;
    assert_eq!(created.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = created.json().await.unwrap();
    assert_eq!((problem["errors"][0]["field"].as_str(), problem["errors"][0]["message_ref"]["id"].as_str()), (Some("password"), Some("error-password-common")));
    let changed = admin
        .post(&app, "/api/identity/v1/password", json!({"current_password": ADMIN.1, "new_password": "qwertyuiop123"}))
        .await;
    assert_eq!(changed.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(changed.json::<Value>().await.unwrap()["errors"][0]["field"], "new_password");
    assert_eq!(login(&app, &client(), ADMIN.0, ADMIN.1).await.status(), StatusCode::OK, "the password is unchanged");
}

async fn sessions_end_when_idle_and_at_their_longest(backend: Backend) {
    let (app, dbs) = start(backend).await;
    let (idle, long) = (client(), client());
    sign_in(&app, &idle, ADMIN.0, ADMIN.1).await;
    sign_in(&app, &long, ADMIN.0, ADMIN.1).await;
    assert_eq!(session_status(&app, &idle).await, StatusCode::OK);
    // Thirty-one minutes without a request, for every session signed in so far.
    execute_sql(&dbs, "UPDATE staff_sessions SET last_seen_at = '2000-01-01 00:00:00'");
    assert_eq!(session_status(&app, &idle).await, StatusCode::UNAUTHORIZED);
    assert_eq!(session_status(&app, &long).await, StatusCode::UNAUTHORIZED);

    // A session in use every minute still ends when its ten hours are up.
    let busy = client();
    sign_in(&app, &busy, ADMIN.0, ADMIN.1).await;
    assert_eq!(session_status(&app, &busy).await, StatusCode::OK);
    execute_sql(&dbs, "UPDATE staff_sessions SET expires_at = '2000-01-01 00:00:00' WHERE revoked_at IS NULL AND last_seen_at > '2001-01-01 00:00:00'");
    assert_eq!(session_status(&app, &busy).await, StatusCode::UNAUTHORIZED);
}

async fn a_spray_across_accounts_slows_everyone_without_locking_the_admin_out(backend: Backend) {
    let (app, _dbs) = start_with(backend, |identity| identity.with_failed_sign_in_budget(5)).await;
    for n in 0..6 {
        let wrong = login(&app, &client(), &format!("person{n}@example.org"), "guess-guess-guess").await;
        assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED, "try {n}");
    }
    // The right password now waits too, for seconds, not the 15-minute account lockout.
    let slowed = login(&app, &client(), ADMIN.0, ADMIN.1).await;
    assert_eq!(slowed.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = slowed.headers().get("retry-after").unwrap().to_str().unwrap().parse().unwrap();
    assert!((1..=15).contains(&wait), "waits {wait} s");
    assert_eq!(slowed.json::<Value>().await.unwrap()["title_ref"]["id"], "error-sign-ins-busy");
}

db_tests!(
    each_change_is_recorded_and_ends_the_accounts_sessions,
    there_is_always_an_active_admin,
    only_admins_change_accounts_and_a_refusal_changes_nothing,
    common_passwords_are_refused_everywhere,
    sessions_end_when_idle_and_at_their_longest,
    a_spray_across_accounts_slows_everyone_without_locking_the_admin_out,
);
