//! Test support for the services: a fresh database per test on either backend, the real
//! app on a random port, and [`db_tests!`](crate::db_tests) to run each test on both backends.
//!
//! PostgreSQL is found at `TEST_DATABASE_URL` (default `postgres://postgres@127.0.0.1:5432/postgres`);
//! `cargo xtask test` makes sure one answers there.

use std::net::TcpListener;
use std::path::PathBuf;

use diesel::{Connection, RunQueryDsl};

use crate::config::Settings;
use crate::db::{postgres_url_for_service, split_postgres_url, with_database, Backend};
use crate::secrets::MasterSecret;

pub fn postgres_server_url() -> String {
    std::env::var("TEST_DATABASE_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// Fresh, empty databases for one test; removed again when dropped.
pub struct TestDatabases {
    pub backend: Backend,
    /// For SQLite, the folder holding one file per service.
    data_dir: PathBuf,
    /// For PostgreSQL, the base URL whose database name every service extends.
    postgres_base: Option<String>,
    /// A fresh deployment secret, as `SPEAKUP_SECRET` would hold it.
    secret: String,
}

impl TestDatabases {
    pub fn new(backend: Backend) -> TestDatabases {
        let id = uuid::Uuid::new_v4().simple().to_string();
        let data_dir = std::env::temp_dir().join(format!("speakup-test-{id}"));
        let postgres_base = (backend == Backend::Postgres).then(|| {
            with_database(&postgres_server_url(), &format!("speakup_test_{id}"))
        });
        TestDatabases { backend, data_dir, postgres_base, secret: crate::secrets::random_token(32) }
    }

    /// The deployment secret these databases are used with.
    pub fn secret(&self) -> MasterSecret {
        MasterSecret::parse(&self.secret).expect("a random token is a strong secret")
    }

    /// The URL the service called `service` should open.
    pub fn url_for(&self, service: &str) -> String {
        match &self.postgres_base {
            Some(base) => postgres_url_for_service(base, service),
            None => self.data_dir.join(format!("{service}.db")).to_string_lossy().into_owned(),
        }
    }

    /// The URL of an empty database named for `service`, made now (for a test that runs
    /// migrations itself, such as an upgrade from an earlier one); removed with the rest.
    pub fn created(&self, service: &str) -> String {
        let url = self.url_for(service);
        match self.backend {
            Backend::Postgres => crate::db::ensure_postgres_database(&url).expect("make the database"),
            Backend::Sqlite => std::fs::create_dir_all(&self.data_dir).expect("make the data folder"),
        }
        url
    }

    /// Runs SQL on one service's database, for tests that need time to have passed (a session
    /// idle for an hour, a month gone by). Returns the rows changed.
    pub fn execute(&self, service: &str, sql: &str) -> usize {
        let url = self.url_for(service);
        let changed = match self.backend {
            Backend::Postgres => diesel::sql_query(sql).execute(&mut diesel::pg::PgConnection::establish(&url).expect("connect")),
            Backend::Sqlite => diesel::sql_query(sql).execute(&mut diesel::sqlite::SqliteConnection::establish(&url).expect("connect")),
        };
        changed.expect("the test's SQL runs")
    }

    /// What `SELECT COUNT(*) AS n …` gives on one service's database, for tests that check what
    /// a request did or did not write.
    pub fn count(&self, service: &str, sql: &str) -> i64 {
        #[derive(diesel::QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let url = self.url_for(service);
        let found: Vec<Count> = match self.backend {
            Backend::Postgres => diesel::sql_query(sql).load(&mut diesel::pg::PgConnection::establish(&url).expect("connect")),
            Backend::Sqlite => diesel::sql_query(sql).load(&mut diesel::sqlite::SqliteConnection::establish(&url).expect("connect")),
        }
        .expect("the test's SQL runs");
        found[0].n
    }

    /// Everything one service's database holds, as text: on SQLite every byte of its files
    /// (the database, its write-ahead log and any journal); on PostgreSQL every row of every
    /// table. For tests that prove something was never stored.
    pub fn stored_text(&self, service: &str) -> String {
        match self.backend {
            Backend::Sqlite => {
                let prefix = format!("{service}.db");
                let mut text = String::new();
                for entry in std::fs::read_dir(&self.data_dir).expect("the data folder").flatten() {
                    if entry.file_name().to_string_lossy().starts_with(&prefix) {
                        text.push_str(&String::from_utf8_lossy(&std::fs::read(entry.path()).expect("read a database file")));
                    }
                }
                text
            }
            Backend::Postgres => {
                #[derive(diesel::QueryableByName)]
                struct Row {
                    #[diesel(sql_type = diesel::sql_types::Text)]
                    row: String,
                }
                let mut conn = diesel::pg::PgConnection::establish(&self.url_for(service)).expect("connect");
                let tables: Vec<Row> = diesel::sql_query(
                    "SELECT table_name::text AS row FROM information_schema.tables WHERE table_schema = 'public'",
                )
                .load(&mut conn)
                .expect("list the tables");
                let mut text = String::new();
                for table in tables {
                    let rows: Vec<Row> = diesel::sql_query(format!("SELECT row_to_json(t)::text AS row FROM \"{}\" t", table.row))
                        .load(&mut conn)
                        .expect("read a table");
                    for row in rows {
                        text.push_str(&row.row);
                        text.push('\n');
                    }
                }
                text
            }
        }
    }

    /// Settings for a whole gateway over these databases.
    pub fn settings(&self) -> Settings {
        Settings {
            data_dir: self.data_dir.clone(),
            database_url: self.postgres_base.clone(),
            secret: Some(self.secret.clone()),
            ..Settings::default()
        }
    }
}

impl Drop for TestDatabases {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.data_dir);
        let Some(base) = &self.postgres_base else { return };
        let Some((maintenance, prefix)) = split_postgres_url(base) else { return };
        let Ok(mut admin) = diesel::pg::PgConnection::establish(&maintenance) else { return };
        #[derive(diesel::QueryableByName)]
        struct Name {
            #[diesel(sql_type = diesel::sql_types::Text)]
            datname: String,
        }
        let names: Vec<Name> = diesel::sql_query(format!(
            "SELECT datname FROM pg_database WHERE datname LIKE '{prefix}%'"
        ))
        .load(&mut admin)
        .unwrap_or_default();
        for Name { datname } in names {
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS \"{datname}\" WITH (FORCE)")).execute(&mut admin);
        }
    }
}

/// A running app and a client that keeps cookies, like a browser.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder().cookie_store(true).build().expect("client builds")
}

/// A random port, bound before the app is built, for apps that must know their own address
/// (services that ask identity, in the same server, about staff sessions).
pub fn listener() -> (TcpListener, String) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a random port");
    let port = listener.local_addr().expect("local address").port();
    (listener, format!("http://127.0.0.1:{port}"))
}

/// Serves `configure` exactly as production does (same middleware) on a random port.
pub fn spawn_app<F>(configure: F) -> TestApp
where
    F: Fn(&mut actix_web::web::ServiceConfig) + Send + Clone + 'static,
{
    let (listener, address) = listener();
    spawn_on(listener, address, configure)
}

/// Serves `configure` on a listener from [`listener`].
pub fn spawn_on<F>(listener: TcpListener, address: String, configure: F) -> TestApp
where
    F: Fn(&mut actix_web::web::ServiceConfig) + Send + Clone + 'static,
{
    let server = crate::http::serve(listener, false, configure).expect("server starts");
    actix_web::rt::spawn(server);
    TestApp { address, client: client() }
}

/// A member of staff signed in through identity's API, as the staff console is: the session
/// cookie and the CSRF token to send with changes.
#[derive(Clone)]
pub struct StaffSession {
    pub user_id: uuid::Uuid,
    pub email: String,
    cookie: String,
    csrf: String,
}

impl StaffSession {
    pub fn cookie(&self) -> &str {
        &self.cookie
    }

    pub fn get(&self, app: &impl AsRef<TestApp>, path: &str) -> reqwest::RequestBuilder {
        let app = app.as_ref();
        app.client.get(app.url(path)).header("cookie", &self.cookie)
    }

    pub fn post(&self, app: &impl AsRef<TestApp>, path: &str) -> reqwest::RequestBuilder {
        let app = app.as_ref();
        app.client.post(app.url(path)).header("cookie", &self.cookie).header("x-csrf-token", &self.csrf)
    }

    pub fn put(&self, app: &impl AsRef<TestApp>, path: &str) -> reqwest::RequestBuilder {
        let app = app.as_ref();
        app.client.put(app.url(path)).header("cookie", &self.cookie).header("x-csrf-token", &self.csrf)
    }

    pub fn delete(&self, app: &impl AsRef<TestApp>, path: &str) -> reqwest::RequestBuilder {
        let app = app.as_ref();
        app.client.delete(app.url(path)).header("cookie", &self.cookie).header("x-csrf-token", &self.csrf)
    }
}

impl AsRef<TestApp> for TestApp {
    fn as_ref(&self) -> &TestApp {
        self
    }
}

/// Signs in through identity's API at `app`, as the staff console does.
pub async fn sign_in(app: &TestApp, email: &str, password: &str) -> StaffSession {
    let response = client()
        .post(app.url("/api/identity/v1/login"))
        .json(&serde_json::json!({"email": email, "password": password}))
        .send()
        .await
        .expect("sign in");
    assert_eq!(response.status(), 200, "{email} signs in");
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("speakup_session="))
        .and_then(|v| v.split(';').next())
        .expect("a session cookie")
        .to_string();
    let body: serde_json::Value = response.json().await.expect("session JSON");
    let user_id = body["user"]["id"].as_str().and_then(|id| uuid::Uuid::parse_str(id).ok()).expect("user id");
    StaffSession { user_id, email: email.into(), cookie, csrf: body["csrf_token"].as_str().expect("csrf token").into() }
}

/// Runs each named `async fn(Backend)` test on SQLite and on PostgreSQL:
/// `db_tests!(submits_a_referral, tracks_a_referral);` makes `sqlite::submits_a_referral`
/// and `postgres::submits_a_referral`.
#[macro_export]
macro_rules! db_tests {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[actix_web::test]
                async fn $name() {
                    super::$name($crate::db::Backend::Sqlite).await
                }
            )+
        }
        mod postgres {
            $(
                #[actix_web::test]
                async fn $name() {
                    super::$name($crate::db::Backend::Postgres).await
                }
            )+
        }
    };
}

/// Registers a self-advocacy group through identity's public route, as its registration page
/// does, has `admin` verify it, and signs its contact in with the one-time password that gives,
/// choosing their own: the contact's session and the group's id.
pub async fn register_group(app: &TestApp, name: &str, admin: &StaffSession) -> (StaffSession, String) {
    let email = format!("contact-{}@example.org", uuid::Uuid::new_v4().simple());
    let response = client()
        .post(app.url("/api/identity/v1/groups"))
        .header(speakup_types::proof::HEADER, answered_challenge_of(&client(), &app.address, "identity").await)
        .json(&serde_json::json!({"name": name, "area": "Riverside", "members": 20, "contact_name": "Sam Contact", "contact_email": email}))
        .send()
        .await
        .expect("register");
    assert_eq!(response.status(), 201, "{name} registers");
    let group: serde_json::Value = response.json().await.expect("group JSON");
    let id = group["id"].as_str().expect("the group's id").to_string();
    let verified = admin.post(app, &format!("/api/identity/v1/groups/{id}/verified")).json(&serde_json::json!({"verified": true})).send().await.expect("verify");
    assert_eq!(verified.status(), 200, "{name} is verified");
    let verified: serde_json::Value = verified.json().await.expect("verified JSON");
    let one_time = verified["contact_password"].as_str().expect("the contact's first password");
    let contact = sign_in(app, &email, one_time).await;
    let changed = contact
        .post(app, "/api/identity/v1/password")
        .json(&serde_json::json!({"current_password": one_time, "new_password": "our-group-chose-this"}))
        .send()
        .await
        .expect("choose a password");
    assert_eq!(changed.status(), 204, "the contact chooses a password");
    (contact, id)
}

/// Fetches a proof-of-work challenge from the referrals service at `base` and answers it, as
/// the PWA does before sending a referral: the `X-Proof-Of-Work` header value.
pub async fn answered_challenge(client: &reqwest::Client, base: &str) -> String {
    answered_challenge_of(client, base, "referrals").await
}

/// The same for another service's anonymous writes (`"feedback"`).
pub async fn answered_challenge_of(client: &reqwest::Client, base: &str, service: &str) -> String {
    use speakup_types::proof::{header_value, search, Challenge};
    let url = format!("{base}/api/{service}/v1/challenge");
    let challenge: Challenge = client.get(url).send().await.expect("challenge").json().await.expect("challenge JSON");
    let counter = search(&challenge.challenge, challenge.bits, 0, u64::MAX).expect("an answer");
    header_value(&challenge.challenge, counter)
}
