//! Revocation reaches referrals: a session ended in identity (signing out, a password change,
//! a disabled account, a new role) stops working here too, within the session cache time,
//! and referrals fails closed when identity cannot be asked. A role required to use a second
//! factor is refused here until the account has one.

use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Value};
use speakup_platform::auth::remote::IdentityClient;
use speakup_platform::auth::{Claims, TokenKeys, SESSION_COOKIE};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_platform::testing::{spawn_app, TestDatabases};
use speakup_referrals::Referrals;
use speakup_types::identity::Role;
use crate::support::{start, start_with, Harness, StaffSession, STAFF_PASSWORD};

const QUEUE: &str = "/api/referrals/v1/referrals";

async fn queue_status(h: &Harness, staff: &StaffSession) -> u16 {
    staff.get(h, QUEUE).send().await.unwrap().status().as_u16()
}

/// Asks until referrals refuses the session, and says how long that took.
async fn refused_within(h: &Harness, staff: &StaffSession, limit: Duration) -> Duration {
    let started = Instant::now();
    loop {
        let status = queue_status(h, staff).await;
        if status == 401 {
            return started.elapsed();
        }
        assert_eq!(status, 200, "only a live or an ended session");
        assert!(started.elapsed() < limit, "still honoured after {limit:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn admin_changes(h: &Harness, path: &str, body: Value) {
    let admin = h.staff(Role::Admin).await;
    let response = admin.post(h, path).json(&body).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
}

async fn signing_out_ends_access_here_within_the_cache_time(backend: Backend) {
    let h = start_with(backend, 60, Duration::from_secs(2)).await;
    let triage = h.new_staff(Role::Manager, false).await;
    assert_eq!(queue_status(&h, &triage).await, 200);
    // A copy of the cookie, kept by someone who should not have it.
    let copy = triage.clone();
    assert_eq!(triage.post(&h, "/api/identity/v1/logout").send().await.unwrap().status(), 204);
    let took = refused_within(&h, &copy, Duration::from_secs(4)).await;
    assert!(took <= Duration::from_secs(3), "took {took:?}");
}

async fn a_disabled_account_a_new_role_or_a_new_password_end_access_here(backend: Backend) {
    let h = start(backend).await;
    let disabled = h.new_staff(Role::Manager, false).await;
    assert_eq!(queue_status(&h, &disabled).await, 200);
    admin_changes(&h, &format!("/api/identity/v1/users/{}/active", disabled.user_id), json!({"active": false})).await;
    assert_eq!(queue_status(&h, &disabled).await, 401);

    let demoted = h.new_staff(Role::Manager, false).await;
    assert_eq!(queue_status(&h, &demoted).await, 200);
    admin_changes(&h, &format!("/api/identity/v1/users/{}/role", demoted.user_id), json!({"role": "advocate"})).await;
    assert_eq!(queue_status(&h, &demoted).await, 401);
    let as_advocate = h.sign_in(&demoted.email, STAFF_PASSWORD).await;
    assert_eq!(queue_status(&h, &as_advocate).await, 403, "the new role is what counts");

    let elsewhere = h.new_staff(Role::Manager, false).await;
    let here = h.sign_in(&elsewhere.email, STAFF_PASSWORD).await;
    let changed = here
        .post(&h, "/api/identity/v1/password")
        .json(&json!({"current_password": STAFF_PASSWORD, "new_password": "a-new-test-password"}))
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), 204);
    assert_eq!(queue_status(&h, &elsewhere).await, 401, "the other session ends");
    assert_eq!(queue_status(&h, &here).await, 200, "the one that changed it goes on");
}

/// With a long session cache, too: a session that may not work yet is never kept, so setting
/// up the second factor opens the work at once.
async fn a_role_owing_a_second_factor_is_refused_here_until_it_has_one(backend: Backend) {
    let h = start_with(backend, 60, Duration::from_secs(30)).await;
    admin_changes(&h, "/api/identity/v1/second-factor-policy", json!({"roles": ["manager"]})).await;
    let triage = h.new_staff(Role::Manager, false).await;
    let refused = triage.get(&h, QUEUE).send().await.unwrap();
    assert_eq!(refused.status(), 403);
    assert_eq!(refused.json::<Value>().await.unwrap()["title_ref"]["id"], "error-set-up-second-factor");

    let setup: Value = triage.post(&h, "/api/identity/v1/second-factor/setup").send().await.unwrap().json().await.unwrap();
    let key = setup["key"].as_str().unwrap().replace(' ', "");
    let app = totp_rs::TOTP::new(totp_rs::Algorithm::SHA1, 6, 1, 30, totp_rs::Secret::Encoded(key).to_bytes().unwrap()).unwrap();
    let code = app.generate_current().unwrap();
    let confirmed = triage.post(&h, "/api/identity/v1/second-factor/confirm").json(&json!({"code": code})).send().await.unwrap();
    assert_eq!(confirmed.status(), 200);
    assert_eq!(queue_status(&h, &triage).await, 200, "with a second factor the role's work is open again");
}

/// A token signed with the right key for a live session, but claiming to last for years.
async fn a_token_claiming_to_outlive_any_session_is_refused(backend: Backend) {
    let h = start(backend).await;
    let triage = h.new_staff(Role::Manager, false).await;
    let token = triage.cookie().trim_start_matches(&format!("{SESSION_COOKIE}="));
    let payload = token.split('.').next().unwrap();
    let mut claims: Claims = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap();
    claims.exp += 10 * 365 * 24 * 3600;
    let forever = TokenKeys::from_master(&h.secret).sign(&claims);
    let response =
        h.app.client.get(h.app.url(QUEUE)).header("cookie", format!("{SESSION_COOKIE}={forever}")).send().await.unwrap();
    assert_eq!(response.status(), 401);
    assert_eq!(queue_status(&h, &triage).await, 200, "the real token still works");
}

async fn referrals_fails_closed_when_identity_cannot_be_asked(backend: Backend) {
    let dbs = TestDatabases::new(backend);
    let secret = dbs.secret();
    // Nothing listens on port 9 of the loopback address.
    let nowhere = Arc::new(IdentityClient::new("http://127.0.0.1:9", Duration::from_secs(5)));
    let referrals = Referrals::open(&dbs.url_for("referrals"), &secret, 4, nowhere).unwrap();
    let app = spawn_app(referrals.configure());
    let token = TokenKeys::from_master(&secret).sign(&Claims::new("some-session".into(), "csrf".into()));
    let response = app.client.get(app.url(QUEUE)).header("cookie", format!("{SESSION_COOKIE}={token}")).send().await.unwrap();
    assert_eq!(response.status(), 503);
    let problem: Value = response.json().await.unwrap();
    assert!(problem.to_string().find("127.0.0.1").is_none(), "no internals in the answer: {problem}");
}

db_tests!(
    signing_out_ends_access_here_within_the_cache_time,
    a_disabled_account_a_new_role_or_a_new_password_end_access_here,
    a_role_owing_a_second_factor_is_refused_here_until_it_has_one,
    a_token_claiming_to_outlive_any_session_is_refused,
    referrals_fails_closed_when_identity_cannot_be_asked,
);
