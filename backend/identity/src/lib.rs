//! The identity service: staff accounts, sign-in, sessions, roles.
//!
//! It issues the signed session token that every other service checks on its own
//! (see `speakup_platform::auth`). Routes live under `/api/identity/v1`.

mod accounts;
mod error;
mod routes;
mod schema;
mod sessions;

use std::sync::Arc;
use std::time::Duration;

use actix_web::web;
use diesel_migrations::{embed_migrations, EmbeddedMigrations};
use speakup_platform::auth::TokenKeys;
use speakup_platform::db::{Database, DbError, Migrations};
use speakup_platform::ratelimit::KeyedLimiter;
use speakup_platform::secrets::{hash_secret, random_token};
use speakup_types::identity::Role;

pub use error::IdentityError;

const POSTGRES: EmbeddedMigrations = embed_migrations!("../../migrations/identity/postgres");
const SQLITE: EmbeddedMigrations = embed_migrations!("../../migrations/identity/sqlite");

pub const SERVICE: &str = "identity";

pub struct Identity {
    db: Database,
    keys: TokenKeys,
    behind_tls: bool,
    /// Ten tries per account name per 15 minutes, counted the same for names that exist
    /// and names that do not, so the limit does not reveal who has an account.
    login_limiter: Arc<KeyedLimiter>,
}

/// The first provider admin, made on first start.
pub struct FirstAdmin {
    pub email: String,
    /// Set when SpeakUp generated the password: it is shown once and must be changed at first sign-in.
    pub generated_password: Option<String>,
}

impl Identity {
    pub fn open(database_url: &str, master_secret: &[u8], behind_tls: bool, pool_size: u32) -> Result<Identity, DbError> {
        let db = Database::open(database_url, Migrations { postgres: POSTGRES, sqlite: SQLITE }, pool_size)?;
        Ok(Identity {
            db,
            keys: TokenKeys::from_master(master_secret),
            behind_tls,
            login_limiter: Arc::new(KeyedLimiter::new(
                10,
                Duration::from_secs(15 * 60),
                "error-too-many-sign-ins",
            )),
        })
    }

    pub fn database(&self) -> Database {
        self.db.clone()
    }

    /// Creates the first admin when there are no accounts at all; does nothing afterwards.
    pub async fn ensure_first_admin(&self, email: &str, password: Option<&str>) -> Result<Option<FirstAdmin>, IdentityError> {
        let email = email.to_string();
        let given = password.map(str::to_string);
        self.db
            .run(move |conn| {
                if accounts::count(conn)? > 0 {
                    return Ok(None);
                }
                let generated = given.is_none().then(|| random_token(12));
                let password = given.or(generated.clone()).expect("one of the two is set");
                let hash = hash_secret(&password);
                accounts::create(
                    conn,
                    accounts::NewAccount {
                        email: &email,
                        display_name: "Provider admin",
                        role: Role::Admin,
                        password_hash: &hash,
                        must_change_password: generated.is_some(),
                    },
                )?;
                Ok(Some(FirstAdmin { email: accounts::normalise_email(&email), generated_password: generated }))
            })
            .await
    }

    /// Mounts the routes under `/api/identity/v1` and the health checks.
    pub fn configure(self) -> impl Fn(&mut web::ServiceConfig) + Send + Clone + 'static {
        speakup_platform::http::mount(SERVICE, self.db.clone(), self.keys.clone(), self, routes::configure)
    }
}
