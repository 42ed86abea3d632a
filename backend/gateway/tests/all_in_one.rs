//! The whole server as `speakup` runs it: every service, one process, both backends.

use std::net::TcpListener;

use serde_json::{json, Value};
use speakup_gateway::startup;
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_platform::testing::{answered_challenge, client, TestDatabases};

struct Server {
    url: String,
    _dbs: TestDatabases,
    _static_dir: tempdir::Dir,
}

mod tempdir {
    /// A folder removed when dropped.
    pub struct Dir(pub std::path::PathBuf);
    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

async fn start(backend: Backend) -> Server {
    let dbs = TestDatabases::new(backend);
    let static_dir = std::env::temp_dir().join(format!("speakup-static-{}", uuid_like()));
    std::fs::create_dir_all(&static_dir).unwrap();
    std::fs::write(static_dir.join("index.html"), "<!doctype html><title>SpeakUp start</title>").unwrap();
    std::fs::write(static_dir.join("app.html"), "<!doctype html><title>SpeakUp shell</title>").unwrap();
    std::fs::write(static_dir.join("staff.html"), "<!doctype html><title>SpeakUp staff</title>").unwrap();
    std::fs::write(static_dir.join(STYLE), "body { color: black }").unwrap();
    std::fs::write(static_dir.join(format!("{STYLE}.br")), "brotli bytes").unwrap();
    std::fs::write(static_dir.join(format!("{STYLE}.gz")), "gzip bytes").unwrap();
    let mut settings = dbs.settings();
    settings.static_dir = static_dir.clone();
    settings.admin_email = "admin@example.org".into();
    settings.admin_password = Some("admin-password-123".into());
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let started = startup::build(&settings, listener).await.expect("server builds");
    let created = started.first_admin.expect("a first admin on a fresh database");
    assert!(created.password_file.is_none());
    actix_web::rt::spawn(started.server);
    Server { url: format!("http://127.0.0.1:{}", started.port), _dbs: dbs, _static_dir: tempdir::Dir(static_dir) }
}

fn uuid_like() -> String {
    format!("{:x}{:x}", std::process::id(), std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos())
}

async fn serves_the_app_shell_with_strict_headers(backend: Backend) {
    let server = start(backend).await;
    let http = client();
    for (path, page) in [("/", "SpeakUp start"), ("/track", "SpeakUp shell"), ("/refer-for/agreement", "SpeakUp shell"), ("/staff", "SpeakUp staff"), ("/staff/referrals/123", "SpeakUp staff")] {
        let response = http.get(format!("{}{path}", server.url)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        let csp = response.headers().get("content-security-policy").unwrap().to_str().unwrap().to_string();
        assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval'") && !csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"));
        assert_eq!(response.headers().get("x-frame-options").unwrap(), "DENY");
        // The shell is re-checked on every visit, so a release reaches people at once.
        assert_eq!(response.headers().get("cache-control").unwrap(), "no-cache", "{path}");
        assert!(response.text().await.unwrap().contains(page), "{path}");
    }
    let missing_api = http.get(format!("{}/api/nothing/here", server.url)).send().await.unwrap();
    assert_eq!(missing_api.status(), 404);
    assert_eq!(missing_api.headers().get("content-type").unwrap(), "application/problem+json");
    for path in ["/health/live", "/health/ready", "/api/identity/health/ready", "/api/referrals/health/ready"] {
        assert_eq!(http.get(format!("{}{path}", server.url)).send().await.unwrap().status(), 200, "{path}");
    }
}

const STYLE: &str = "style.0123456789abcdef.css";

/// Fingerprinted files are cached for a year, and go out as the copy the build compressed in
/// the encoding the browser takes; a missing file is a 404, not the app.
async fn serves_each_file_compressed_as_the_browser_accepts(backend: Backend) {
    let server = start(backend).await;
    let http = client();
    let url = format!("{}/{STYLE}", server.url);
    for (accept, encoding, body) in [
        (Some("gzip, deflate, br"), "br", "brotli bytes"),
        (Some("gzip"), "gzip", "gzip bytes"),
        (Some("br;q=0, gzip;q=0.8"), "gzip", "gzip bytes"),
        (None, "identity", "body { color: black }"),
    ] {
        let mut request = http.get(&url);
        if let Some(accept) = accept {
            request = request.header("accept-encoding", accept);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 200, "{accept:?}");
        let header = |name: &str| response.headers().get(name).map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
        assert_eq!(header("content-encoding"), encoding, "{accept:?}");
        assert_eq!(header("cache-control"), "public, max-age=31536000, immutable");
        assert_eq!(header("content-type"), "text/css; charset=utf-8");
        assert!(header("vary").to_ascii_lowercase().contains("accept-encoding"));
        assert_eq!(response.text().await.unwrap(), body, "{accept:?}");
    }
    let first = http.get(&url).send().await.unwrap();
    let etag = first.headers().get("etag").unwrap().clone();
    let again = http.get(&url).header("if-none-match", etag).send().await.unwrap();
    assert_eq!(again.status(), 304);
    assert!(again.bytes().await.unwrap().is_empty());
    for missing in ["/style.css", "/nothing.0123456789abcdef.js"] {
        let response = http.get(format!("{}{missing}", server.url)).send().await.unwrap();
        assert_eq!(response.status(), 404, "{missing}");
    }
    let post = http.post(format!("{}/track", server.url)).send().await.unwrap();
    assert_eq!(post.status(), 405);
}

/// The foundation journey through the API: a session from identity is honoured by referrals.
async fn a_referral_is_triaged_with_an_identity_session(backend: Backend) {
    let server = start(backend).await;
    let url = |path: &str| format!("{}{path}", server.url);
    let admin = client();
    let session: Value = admin
        .post(url("/api/identity/v1/login"))
        .json(&json!({"email": "admin@example.org", "password": "admin-password-123"}))
        .send().await.unwrap().json().await.unwrap();
    let csrf = session["csrf_token"].as_str().unwrap();
    // Even a password chosen in the environment is changed at first sign-in.
    assert_eq!(session["must_change_password"], true);
    let early = admin.get(url("/api/identity/v1/users")).send().await.unwrap();
    assert_eq!(early.status(), 403);
    let changed = admin
        .post(url("/api/identity/v1/password"))
        .header("X-CSRF-Token", csrf)
        .json(&json!({"current_password": "admin-password-123", "new_password": "the-admin-chose-this"}))
        .send().await.unwrap();
    assert_eq!(changed.status(), 204);
    let created = admin
        .post(url("/api/identity/v1/users"))
        .header("X-CSRF-Token", csrf)
        .json(&json!({"email": "triage@example.org", "display_name": "Tri Age", "role": "manager", "password": "triage-password-1"}))
        .send().await.unwrap();
    assert_eq!(created.status(), 201);

    let person = client();
    let submitted: Value = person
        .post(url("/api/referrals/v1/self-referrals"))
        .header("Idempotency-Key", "0f8e7d6c-5b4a-4321-9876-abcdefabcdef")
        .header("X-Proof-Of-Work", answered_challenge(&client(), &server.url).await)
        .json(&json!({"help_with": "Help me at my review", "name": "Jo", "contact": {"method": "email", "email": "jo@example.org"}}))
        .send().await.unwrap().json().await.unwrap();
    let reference = submitted["reference"].as_str().unwrap();
    let code = submitted["tracking_code"].as_str().unwrap();

    let triage = client();
    let session: Value = triage
        .post(url("/api/identity/v1/login"))
        .json(&json!({"email": "triage@example.org", "password": "triage-password-1"}))
        .send().await.unwrap().json().await.unwrap();
    let csrf = session["csrf_token"].as_str().unwrap();
    assert_eq!(session["must_change_password"], true);
    let changed = triage
        .post(url("/api/identity/v1/password"))
        .header("X-CSRF-Token", csrf)
        .json(&json!({"current_password": "triage-password-1", "new_password": "my-own-password-1"}))
        .send().await.unwrap();
    assert_eq!(changed.status(), 204);
    let queue: Value = triage.get(url("/api/referrals/v1/referrals")).send().await.unwrap().json().await.unwrap();
    let id = queue["items"][0]["id"].as_str().unwrap();
    let decided = triage
        .post(url(&format!("/api/referrals/v1/referrals/{id}/decision")))
        .header("X-CSRF-Token", csrf)
        .json(&json!({"decision": "accept"}))
        .send().await.unwrap();
    assert_eq!(decided.status(), 200);

    let tracked: Value = person
        .post(url("/api/referrals/v1/track"))
        .json(&json!({"reference": reference, "tracking_code": code}))
        .send().await.unwrap().json().await.unwrap();
    assert_eq!(tracked["status"], "accepted");
    // Anonymous routes set no cookies at all.
    assert!(person.get(url("/")).send().await.unwrap().headers().get("set-cookie").is_none());
}

async fn a_second_start_reuses_the_data(backend: Backend) {
    let dbs = TestDatabases::new(backend);
    let settings = dbs.settings();
    let first = startup::build(&settings, TcpListener::bind("127.0.0.1:0").unwrap()).await.unwrap();
    let file = first.first_admin.and_then(|a| a.password_file).expect("a generated one-time password in a file");
    let written = std::fs::read_to_string(&file).unwrap();
    let password = written.lines().find_map(|l| l.strip_prefix("one-time password: ")).expect("the password");
    assert!(password.len() >= 16 && written.contains("email: admin@speakup.local"), "{written}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600, "only its owner may read it");
    }
    drop(first.server);
    let second = startup::build(&settings, TcpListener::bind("127.0.0.1:0").unwrap()).await.unwrap();
    assert!(second.first_admin.is_none());
}

/// A guessable secret or first-admin password stops the start with a message saying what to do.
async fn weak_secrets_stop_the_start(backend: Backend) {
    let dbs = TestDatabases::new(backend);
    let weak_secret = speakup_platform::config::Settings { secret: Some("changeme".into()), ..dbs.settings() };
    let error = startup::build(&weak_secret, TcpListener::bind("127.0.0.1:0").unwrap()).await.err().expect("refused");
    assert!(error.to_string().contains("openssl rand -base64 32"), "{error}");

    for weak in ["short", "password1234"] {
        let settings = speakup_platform::config::Settings { admin_password: Some(weak.into()), ..dbs.settings() };
        let error = startup::build(&settings, TcpListener::bind("127.0.0.1:0").unwrap()).await.err().expect("refused");
        assert!(error.to_string().contains("SPEAKUP_ADMIN_PASSWORD"), "{error}");
    }
}

db_tests!(
    weak_secrets_stop_the_start,
    serves_the_app_shell_with_strict_headers,
    serves_each_file_compressed_as_the_browser_accepts,
    a_referral_is_triaged_with_an_identity_session,
    a_second_start_reuses_the_data,
);
