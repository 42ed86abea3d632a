//! A second factor at sign-in: staff set up an authenticator app (RFC 6238) and get one-time
//! recovery codes; sign-in then asks for a code after the password; an admin can require it
//! for chosen roles and can remove someone's authenticator when their phone is lost.

use std::time::{SystemTime, UNIX_EPOCH};

use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_platform::testing::{client, TestApp};
use crate::support::{login, session_status, start_with, Admin, ADMIN, WORKER_PASSWORD};
use totp_rs::{Algorithm, Secret, TOTP};

/// The authenticator app: it holds the key and shows the code for a moment.
struct App(TOTP);

impl App {
    fn new(setup: &Value) -> App {
        let key = setup["key"].as_str().unwrap().replace(' ', "");
        App(TOTP::new(Algorithm::SHA1, 6, 1, 30, Secret::Encoded(key).to_bytes().unwrap()).unwrap())
    }

    /// The code shown `steps` 30-second steps from now (a phone a little ahead).
    fn code(&self, steps: u64) -> String {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
        self.0.generate(now + steps * 30)
    }
}

struct Worker {
    client: Client,
    csrf: String,
    email: &'static str,
    id: String,
}

impl Worker {
    async fn new(app: &TestApp, admin: &Admin, email: &'static str, role: &str) -> Worker {
        let (id, client, csrf) = admin.worker(app, email, role).await;
        Worker { client, csrf, email, id }
    }

    async fn post(&self, app: &TestApp, path: &str, body: Value) -> reqwest::Response {
        let url = app.url(&format!("/api/identity/v1{path}"));
        self.client.post(url).header("X-CSRF-Token", &self.csrf).json(&body).send().await.unwrap()
    }

    async fn status(&self, app: &TestApp) -> Value {
        self.client.get(app.url("/api/identity/v1/second-factor")).send().await.unwrap().json().await.unwrap()
    }

    /// Sets up an authenticator and returns it with the recovery codes.
    async fn set_up(&self, app: &TestApp) -> (App, Vec<String>) {
        let setup: Value = self.post(app, "/second-factor/setup", json!({})).await.json().await.unwrap();
        let phone = App::new(&setup);
        let confirmed = self.post(app, "/second-factor/confirm", json!({"code": phone.code(0)})).await;
        assert_eq!(confirmed.status(), StatusCode::OK);
        let codes: Value = confirmed.json().await.unwrap();
        (phone, codes["codes"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_string()).collect())
    }
}

/// Signs in with the password and returns the ticket the second step needs.
async fn ticket(app: &TestApp, client: &Client, email: &str) -> String {
    let first = login(app, client, email, WORKER_PASSWORD).await;
    assert_eq!(first.status(), StatusCode::ACCEPTED, "the password alone must not sign in");
    assert!(first.headers().get("set-cookie").is_none());
    let body: Value = first.json().await.unwrap();
    body["ticket"].as_str().unwrap().to_string()
}

async fn second_step(app: &TestApp, client: &Client, ticket: &str, code: &str) -> reqwest::Response {
    client
        .post(app.url("/api/identity/v1/login/second-factor"))
        .json(&json!({"ticket": ticket, "code": code}))
        .send()
        .await
        .unwrap()
}

/// Identity with an admin; each test here signs in more often than the 10 tries an account
/// name has per 15 minutes, so the limit is raised.
async fn started(backend: Backend) -> (TestApp, speakup_platform::testing::TestDatabases) {
    start_with(backend, |identity| identity.with_sign_in_tries(100)).await
}

async fn error_field(response: reqwest::Response) -> (StatusCode, String) {
    let status = response.status();
    let body: Value = response.json().await.unwrap();
    (status, body["errors"][0]["field"].as_str().unwrap_or_default().to_string())
}

async fn setting_up_an_authenticator_makes_sign_in_ask_for_a_code(backend: Backend) {
    let (app, _dbs) = started(backend).await;
    let admin = Admin::new(&app).await;
    let robin = Worker::new(&app, &admin, "robin@example.org", "manager").await;
    let elsewhere = client();
    crate::support::sign_in(&app, &elsewhere, robin.email, WORKER_PASSWORD).await;

    let setup: Value = robin.post(&app, "/second-factor/setup", json!({})).await.json().await.unwrap();
    assert!(setup["uri"].as_str().unwrap().starts_with("otpauth://totp/SpeakUp:robin%40example.org?secret="));
    assert!(setup["qr_code"].as_str().unwrap().starts_with("data:image/svg+xml;base64,"));
    // Not yet on: sign-in is unchanged until a code from the app comes back.
    assert_eq!(login(&app, &client(), robin.email, WORKER_PASSWORD).await.status(), StatusCode::OK);
    let phone = App::new(&setup);
    let wrong = robin.post(&app, "/second-factor/confirm", json!({"code": "000000"})).await;
    assert_eq!(error_field(wrong).await, (StatusCode::UNPROCESSABLE_ENTITY, "code".into()));
    let confirmed: Value = robin.post(&app, "/second-factor/confirm", json!({"code": phone.code(0)})).await.json().await.unwrap();
    let codes: Vec<String> = confirmed["codes"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().into()).collect();
    assert_eq!(codes.len(), 10);
    assert_eq!(codes.iter().collect::<std::collections::HashSet<_>>().len(), 10);
    // The session made with the password alone elsewhere has ended; this one goes on.
    assert_eq!(session_status(&app, &elsewhere).await, StatusCode::UNAUTHORIZED);
    assert_eq!(session_status(&app, &robin.client).await, StatusCode::OK);
    assert_eq!(robin.status(&app).await, json!({"enabled": true, "required": false, "recovery_codes_left": 10}));

    let laptop = client();
    let held = ticket(&app, &laptop, robin.email).await;
    assert_eq!(session_status(&app, &laptop).await, StatusCode::UNAUTHORIZED, "a ticket is not a session");
    assert_eq!(error_field(second_step(&app, &laptop, &held, "123456").await).await.1, "code");
    let ahead = phone.code(1);
    let signed_in = second_step(&app, &laptop, &held, &ahead).await;
    assert_eq!(signed_in.status(), StatusCode::OK);
    let session: Value = signed_in.json().await.unwrap();
    assert_eq!(session["user"]["email"], robin.email);
    assert_eq!(session_status(&app, &laptop).await, StatusCode::OK);

    // A code is good once: seen over a shoulder, it opens nothing.
    let watcher = client();
    let stolen = ticket(&app, &watcher, robin.email).await;
    assert_eq!(error_field(second_step(&app, &watcher, &stolen, &ahead).await).await.1, "code");
    // A recovery code works without the phone, once, typed any which way.
    let typed = codes[3].to_uppercase().replace('-', " ");
    assert_eq!(second_step(&app, &watcher, &stolen, &typed).await.status(), StatusCode::OK);
    let again = ticket(&app, &client(), robin.email).await;
    assert_eq!(error_field(second_step(&app, &client(), &again, &codes[3]).await).await.1, "code");
    assert_eq!(robin.status(&app).await["recovery_codes_left"], 9);

    let detail = admin.get(&app, &format!("/api/identity/v1/users/{}", robin.id)).await;
    assert_eq!(detail["account"]["second_factor"], true);
    assert_eq!(detail["history"][0]["action"], "second_factor_on");
    let listed = admin.get(&app, "/api/identity/v1/users").await;
    let row = listed.as_array().unwrap().iter().find(|a| a["email"] == robin.email).unwrap();
    assert_eq!(row["second_factor"], true);
}

async fn a_ticket_allows_a_few_tries_once(backend: Backend) {
    let (app, _dbs) = started(backend).await;
    let admin = Admin::new(&app).await;
    let robin = Worker::new(&app, &admin, "robin@example.org", "advocate").await;
    let (phone, _) = robin.set_up(&app).await;
    let laptop = client();
    let held = ticket(&app, &laptop, robin.email).await;
    for wrong in ["111111", "222222", "333333", "444444", "555555"] {
        assert_eq!(second_step(&app, &laptop, &held, wrong).await.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    // Five wrong codes: even the right one now needs the password again.
    let spent = second_step(&app, &laptop, &held, &phone.code(1)).await;
    assert_eq!(spent.status(), StatusCode::UNAUTHORIZED);
    let fresh = ticket(&app, &laptop, robin.email).await;
    assert_eq!(second_step(&app, &laptop, &fresh, &phone.code(1)).await.status(), StatusCode::OK);
    let used = second_step(&app, &client(), &fresh, &phone.code(1)).await;
    assert_eq!(used.status(), StatusCode::UNAUTHORIZED, "a used ticket opens nothing");
    assert_eq!(second_step(&app, &client(), "made-up", "123456").await.status(), StatusCode::UNAUTHORIZED);
}

async fn an_admin_can_require_it_for_chosen_roles(backend: Backend) {
    let (app, _dbs) = started(backend).await;
    let admin = Admin::new(&app).await;
    assert_eq!(admin.get(&app, "/api/identity/v1/second-factor-policy").await, json!({"roles": []}));
    let robin = Worker::new(&app, &admin, "robin@example.org", "manager").await;
    let triage = robin.post(&app, "/second-factor-policy", json!({"roles": []})).await;
    assert_eq!(triage.status(), StatusCode::FORBIDDEN);

    let set = admin.post(&app, "/api/identity/v1/second-factor-policy", json!({"roles": ["admin", "admin"]})).await;
    assert_eq!(set.json::<Value>().await.unwrap(), json!({"roles": ["admin"]}));
    // The admin's own session now owes a second factor and may do nothing else until it has one.
    let session = admin.get(&app, "/api/identity/v1/session").await;
    assert_eq!(session["must_set_up_second_factor"], true);
    let refused = admin.client.get(app.url("/api/identity/v1/users")).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_eq!(refused.json::<Value>().await.unwrap()["title_ref"]["id"], "error-set-up-second-factor");
    // Roles not chosen are untouched.
    assert_eq!(robin.status(&app).await["required"], false);

    let setup: Value = admin.post(&app, "/api/identity/v1/second-factor/setup", json!({})).await.json().await.unwrap();
    let phone = App::new(&setup);
    let confirmed = admin.post(&app, "/api/identity/v1/second-factor/confirm", json!({"code": phone.code(0)})).await;
    assert_eq!(confirmed.status(), StatusCode::OK);
    assert_eq!(admin.get(&app, "/api/identity/v1/session").await["must_set_up_second_factor"], false);
    admin.get(&app, "/api/identity/v1/users").await;
    // While the role requires it, it cannot be turned off.
    let off = admin.post(&app, "/api/identity/v1/second-factor/off", json!({"current_password": ADMIN.1})).await;
    assert_eq!(off.status(), StatusCode::CONFLICT);

    admin.post(&app, "/api/identity/v1/second-factor-policy", json!({"roles": []})).await;
    let wrong = admin.post(&app, "/api/identity/v1/second-factor/off", json!({"current_password": "not-my-password"})).await;
    assert_eq!(error_field(wrong).await.1, "current_password");
    let off = admin.post(&app, "/api/identity/v1/second-factor/off", json!({"current_password": ADMIN.1})).await;
    assert_eq!(off.status(), StatusCode::NO_CONTENT);
    assert_eq!(login(&app, &client(), ADMIN.0, ADMIN.1).await.status(), StatusCode::OK);
    let history = admin.get(&app, &format!("/api/identity/v1/users/{}", session["user"]["id"].as_str().unwrap())).await;
    assert_eq!(history["history"][0]["action"], "second_factor_off");
}

async fn an_admin_reset_removes_a_lost_authenticator(backend: Backend) {
    let (app, _dbs) = started(backend).await;
    let admin = Admin::new(&app).await;
    let robin = Worker::new(&app, &admin, "robin@example.org", "advocate").await;
    let (phone, old_codes) = robin.set_up(&app).await;

    let renewed = robin.post(&app, "/second-factor/recovery-codes", json!({"code": "999999"})).await;
    assert_eq!(renewed.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let renewed: Value = robin.post(&app, "/second-factor/recovery-codes", json!({"code": phone.code(1)})).await.json().await.unwrap();
    assert_eq!(renewed["codes"].as_array().unwrap().len(), 10);
    let held = ticket(&app, &client(), robin.email).await;
    assert_eq!(second_step(&app, &client(), &held, &old_codes[0]).await.status(), StatusCode::UNPROCESSABLE_ENTITY, "old codes are void");

    let reset = admin.post(&app, &format!("/api/identity/v1/users/{}/second-factor-reset", robin.id), json!({})).await;
    assert_eq!(reset.status(), StatusCode::OK);
    assert_eq!(reset.json::<Value>().await.unwrap()["second_factor"], false);
    assert_eq!(session_status(&app, &robin.client).await, StatusCode::UNAUTHORIZED, "a reset ends the account's sessions");
    assert_eq!(login(&app, &client(), robin.email, WORKER_PASSWORD).await.status(), StatusCode::OK);
    let detail = admin.get(&app, &format!("/api/identity/v1/users/{}", robin.id)).await;
    let actions: Vec<&str> = detail["history"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions[..3], ["second_factor_reset", "recovery_codes_renewed", "second_factor_on"]);
}

db_tests!(
    setting_up_an_authenticator_makes_sign_in_ask_for_a_code,
    a_ticket_allows_a_few_tries_once,
    an_admin_can_require_it_for_chosen_roles,
    an_admin_reset_removes_a_lost_authenticator,
);
