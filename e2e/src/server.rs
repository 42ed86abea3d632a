//! The real `speakup` binary as a child process.

use std::fs::File;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use speakup_platform::db::Backend;
use speakup_platform::testing::TestDatabases;

use crate::{artifacts_dir, free_port, workspace_root};

pub struct Server {
    pub url: String,
    child: Child,
    log: PathBuf,
    dbs: TestDatabases,
}

pub const ADMIN_EMAIL: &str = "admin@example.org";
/// The first admin's password once chosen; `start` signs in with the one from the
/// environment and chooses this, as a provider's first admin must at first sign-in.
pub const ADMIN_PASSWORD: &str = "e2e-admin-password";
const FIRST_ADMIN_PASSWORD: &str = "e2e-first-admin-password";
/// The provider's phone line the server gives to anyone whose referral cannot wait.
pub const PROVIDER_PHONE: &str = "0300 123 4567";

impl Server {
    /// Starts `target/debug/speakup` with a fresh database on `backend`, logging JSON to
    /// `target/e2e-artifacts/<name>.log`, and waits until it is ready.
    pub async fn start(backend: Backend, name: &str) -> Server {
        let root = workspace_root();
        let binary = std::env::var("SPEAKUP_E2E_BINARY")
            .map(PathBuf::from)
            .unwrap_or_else(|_| root.join("target").join("debug").join("speakup"));
        assert!(binary.exists(), "{} is missing: run `cargo xtask test`", binary.display());
        let dbs = TestDatabases::new(backend);
        let settings = dbs.settings();
        let port = free_port();
        let log = artifacts_dir().join(format!("{name}.log"));
        let out = File::create(&log).expect("create the log file");
        let mut command = Command::new(&binary);
        command
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("SPEAKUP_PORT", port.to_string())
            .env("SPEAKUP_DATA_DIR", &settings.data_dir)
            .env("SPEAKUP_STATIC_DIR", root.join("frontend").join("dist"))
            .env("SPEAKUP_ADMIN_EMAIL", ADMIN_EMAIL)
            .env("SPEAKUP_ADMIN_PASSWORD", FIRST_ADMIN_PASSWORD)
            .env("SPEAKUP_LOG_FORMAT", "json")
            .env("SPEAKUP_PROVIDER_PHONE", PROVIDER_PHONE)
            .stdout(Stdio::from(out.try_clone().expect("clone the log file")))
            .stderr(Stdio::from(out));
        if let Some(url) = &settings.database_url {
            command.env("SPEAKUP_DATABASE_URL", url);
        }
        let child = command.spawn().expect("start speakup");
        let server = Server { url: format!("http://127.0.0.1:{port}"), child, log, dbs };
        server.wait_until_ready().await;
        server.choose_admin_password().await;
        server
    }

    /// The first admin signed in over the API: a client keeping the cookie, and the session.
    async fn admin_session(&self, password: &str) -> (reqwest::Client, serde_json::Value) {
        self.session(ADMIN_EMAIL, password).await
    }

    /// Someone signed in over the API: a client keeping the cookie, and the session.
    async fn session(&self, email: &str, password: &str) -> (reqwest::Client, serde_json::Value) {
        let admin = reqwest::Client::builder().cookie_store(true).build().expect("client");
        let session: serde_json::Value = admin
            .post(self.url("/api/identity/v1/login"))
            .json(&serde_json::json!({"email": email, "password": password}))
            .send()
            .await
            .expect("admin signs in")
            .json()
            .await
            .expect("session JSON");
        (admin, session)
    }

    async fn choose_admin_password(&self) {
        self.first_sign_in(ADMIN_EMAIL, FIRST_ADMIN_PASSWORD, ADMIN_PASSWORD).await;
    }

    /// Signs in with a one-time password over the API and chooses `chosen`, as every new
    /// account must before any work: a client keeping the cookie, and the CSRF token.
    pub async fn first_sign_in(&self, email: &str, one_time: &str, chosen: &str) -> (reqwest::Client, String) {
        let (client, session) = self.session(email, one_time).await;
        assert_eq!(session["must_change_password"], true, "{email} must choose a password");
        let csrf = session["csrf_token"].as_str().expect("csrf token").to_string();
        let changed = client
            .post(self.url("/api/identity/v1/password"))
            .header("X-CSRF-Token", &csrf)
            .json(&serde_json::json!({"current_password": one_time, "new_password": chosen}))
            .send()
            .await
            .expect("change password");
        assert_eq!(changed.status(), 204, "{email} chooses a password");
        (client, csrf)
    }

    async fn wait_until_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        let client = reqwest::Client::new();
        loop {
            if let Ok(response) = client.get(format!("{}/health/ready", self.url)).send().await {
                if response.status().is_success() {
                    return;
                }
            }
            assert!(Instant::now() < deadline, "speakup did not become ready; see {}", self.log.display());
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.url)
    }

    /// Everything one service's database holds, as text (see `TestDatabases::stored_text`).
    pub fn stored_text(&self, service: &str) -> String {
        self.dbs.stored_text(service)
    }

    /// Runs SQL on one service's database: the bench seeds rows this way.
    pub fn execute(&self, service: &str, sql: &str) -> usize {
        self.dbs.execute(service, sql)
    }

    pub fn backend(&self) -> Backend {
        self.dbs.backend
    }

    /// The first admin, signed in over the API: a client keeping the cookie, and the CSRF token.
    pub async fn admin(&self) -> (reqwest::Client, String) {
        let (client, session) = self.admin_session(ADMIN_PASSWORD).await;
        (client, session["csrf_token"].as_str().expect("csrf token").to_string())
    }

    /// Everything the server has logged so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Creates a staff account through the API, signed in as the first admin.
    pub async fn create_staff(&self, email: &str, role: &str, password: &str) {
        let (admin, session) = self.admin_session(ADMIN_PASSWORD).await;
        let created = admin
            .post(self.url("/api/identity/v1/users"))
            .header("X-CSRF-Token", session["csrf_token"].as_str().expect("csrf token"))
            .json(&serde_json::json!({"email": email, "display_name": "Test Worker", "role": role, "password": password}))
            .send()
            .await
            .expect("create staff");
        assert_eq!(created.status(), 201, "creating {email}");
    }
}

impl Server {
    /// Registers a self-advocacy group through the public route (with its proof of work) and
    /// has the first admin verify it, as a provider would: the contact's one-time password.
    pub async fn verified_group(&self, name: &str, email: &str) -> String {
        let client = reqwest::Client::new();
        let proof = speakup_platform::testing::answered_challenge_of(&client, &self.url, "identity").await;
        let registered: serde_json::Value = client
            .post(self.url("/api/identity/v1/groups"))
            .header("X-Proof-Of-Work", proof)
            .json(&serde_json::json!({"name": name, "area": "Riverside", "members": 9, "contact_name": "Group contact", "contact_email": email}))
            .send()
            .await
            .expect("register a group")
            .json()
            .await
            .expect("group JSON");
        let id = registered["id"].as_str().expect("the group registers").to_string();
        let (admin, session) = self.admin_session(ADMIN_PASSWORD).await;
        let verified = admin
            .post(self.url(&format!("/api/identity/v1/groups/{id}/verified")))
            .header("X-CSRF-Token", session["csrf_token"].as_str().expect("csrf token"))
            .json(&serde_json::json!({"verified": true}))
            .send()
            .await
            .expect("verify the group");
        assert_eq!(verified.status(), 200, "verifying {name}");
        let verified: serde_json::Value = verified.json().await.expect("verified JSON");
        verified["contact_password"].as_str().expect("the contact's first password").to_string()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // SIGKILL is fine here: the databases are thrown away with the test.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
