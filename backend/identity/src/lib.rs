//! The identity service: staff accounts, sign-in, sessions, roles.
//!
//! It signs the session token and is the one place that says whether a session is still
//! live: its own routes ask [`LocalSessions`], every other service asks it over HTTP (see
//! `speakup_platform::auth`). Routes live under `/api/identity/v1`.

mod account_events;
mod accounts;
mod error;
mod groups;
mod manage;
mod member_requests;
mod password;
mod routes;
mod schema;
mod second_factor;
mod sessions;
mod sign_in_challenges;

use std::sync::Arc;
use std::time::Duration;

use actix_web::web;
use diesel_migrations::{embed_migrations, EmbeddedMigrations};
use futures_util::future::LocalBoxFuture;
use speakup_platform::auth::{Claims, Principal, ResolveSession, StaffAuth, TokenKeys};
use speakup_platform::db::{Database, DbError, Migrations};
use speakup_platform::proof::ProofOfWork;
use speakup_platform::ratelimit::{Budget, KeyedLimiter};
use speakup_platform::secrets::{HashBudget, MasterSecret};
use speakup_platform::ApiError;

pub use error::IdentityError;
pub use manage::one_time_password;

const POSTGRES: EmbeddedMigrations = embed_migrations!("../../migrations/identity/postgres");
const SQLITE: EmbeddedMigrations = embed_migrations!("../../migrations/identity/sqlite");

pub const SERVICE: &str = "identity";

/// Group registrations per 10 minutes above which each costs more work: groups register
/// rarely, so a burst is most likely a script.
const GROUP_REGISTRATIONS_BUSY_ABOVE: u32 = 20;

#[derive(Clone)]
pub struct Identity {
    db: Database,
    keys: TokenKeys,
    behind_tls: bool,
    idle: chrono::Duration,
    /// Ten tries per account name per 15 minutes, counted the same for names that exist
    /// and names that do not, so the limit does not reveal who has an account.
    login_limiter: Arc<KeyedLimiter>,
    /// Failed sign-ins across every account: a spray over many names spends it and then
    /// everyone waits a few seconds per try, instead of any one account being locked out.
    failed_sign_ins: Arc<Budget>,
    /// Identity's own share of slow hashing, apart from the anonymous routes' share.
    hashing: HashBudget,
    /// Keys the hashes of recovery codes, so a copy of the table alone cannot test guesses.
    recovery_key: [u8; 32],
    /// Registering a group is anonymous: each registration costs a proof of work that grows
    /// under a flood, as every anonymous write in SpeakUp does.
    proof: Arc<ProofOfWork>,
    /// Members a group may ask for per hour: enough for any real group, and a bound on what a
    /// provider's admins are asked to look at.
    member_limiter: Arc<KeyedLimiter>,
}

/// Sessions as identity itself sees them, straight from its own tables.
pub struct LocalSessions {
    db: Database,
    idle: chrono::Duration,
}

impl ResolveSession for LocalSessions {
    fn resolve(&self, _token: String, claims: Claims) -> LocalBoxFuture<'static, Result<Principal, ApiError>> {
        let (db, idle) = (self.db.clone(), self.idle);
        Box::pin(async move {
            db.run(move |conn| {
                let account = sessions::resolve(conn, &claims.sid, idle)?.ok_or(IdentityError::SessionEnded)?;
                let user = account.to_user()?;
                let group = groups::membership_of(conn, &account)?;
                // A group whose verification was taken back speaks for nobody: its sessions end.
                if group.as_ref().is_some_and(|g| !g.verified) {
                    return Err(IdentityError::SessionEnded);
                }
                Ok::<_, IdentityError>(Principal {
                    user_id: user.id,
                    role: user.role,
                    display_name: user.display_name,
                    must_change_password: account.must_change_password,
                    must_set_up_second_factor: second_factor::owes_setup(conn, user.id, user.role)?,
                    group,
                })
            })
            .await
            .map_err(ApiError::from)
        })
    }
}

fn sign_in_limiter(per_account: u32) -> KeyedLimiter {
    KeyedLimiter::new(per_account, Duration::from_secs(15 * 60), "error-too-many-sign-ins")
}

impl Identity {
    pub fn open(database_url: &str, master_secret: &MasterSecret, behind_tls: bool, pool_size: u32) -> Result<Identity, DbError> {
        let db = Database::open(database_url, Migrations { postgres: POSTGRES, sqlite: SQLITE }, pool_size)?;
        Ok(Identity {
            db,
            keys: TokenKeys::from_master(master_secret),
            behind_tls,
            idle: chrono::Duration::minutes(30),
            login_limiter: Arc::new(sign_in_limiter(10)),
            failed_sign_ins: Arc::new(Budget::new(100, Duration::from_secs(60), "error-sign-ins-busy")),
            hashing: HashBudget::new(2, Duration::from_secs(5)),
            recovery_key: speakup_platform::secrets::derive(master_secret.as_bytes(), "staff-recovery-codes", b""),
            proof: Arc::new(ProofOfWork::new(master_secret, SERVICE, GROUP_REGISTRATIONS_BUSY_ABOVE)),
            member_limiter: Arc::new(KeyedLimiter::new(10, Duration::from_secs(60 * 60), "error-too-many-members")),
        })
    }

    /// A session ends after this long without a request (30 minutes unless set).
    pub fn with_idle_timeout(self, idle: Duration) -> Identity {
        Identity { idle: chrono::Duration::from_std(idle).unwrap_or(self.idle), ..self }
    }

    /// How many sign-in tries (a password or a code, right or wrong) one account name may have
    /// per 15 minutes (10 unless set).
    pub fn with_sign_in_tries(self, per_account: u32) -> Identity {
        Identity { login_limiter: Arc::new(sign_in_limiter(per_account)), ..self }
    }

    /// How many failed sign-ins, across all accounts, may happen per minute before everyone
    /// is slowed (100 unless set).
    pub fn with_failed_sign_in_budget(self, per_minute: u32) -> Identity {
        Identity { failed_sign_ins: Arc::new(Budget::new(per_minute, Duration::from_secs(60), "error-sign-ins-busy")), ..self }
    }

    pub fn database(&self) -> Database {
        self.db.clone()
    }

    fn auth(&self) -> StaffAuth {
        StaffAuth::new(self.keys.clone(), Arc::new(LocalSessions { db: self.db.clone(), idle: self.idle }))
    }

    /// Creates the first admin when there are no accounts at all, returning its email; does
    /// nothing afterwards. The password must meet the same rule as any other and be changed
    /// at first sign-in.
    pub async fn ensure_first_admin(&self, email: &str, password: &str) -> Result<Option<String>, IdentityError> {
        manage::ensure_first_admin(self, email, password).await
    }

    /// Whether any staff account exists yet.
    pub async fn has_accounts(&self) -> Result<bool, IdentityError> {
        manage::has_accounts(self).await
    }

    /// Adds a staff account, as an admin does on the Staff accounts page; `actor` is that admin.
    pub async fn add_account(
        &self,
        actor: Option<uuid::Uuid>,
        new: speakup_types::identity::NewStaffUser,
        one_time: bool,
    ) -> Result<speakup_types::identity::StaffUser, IdentityError> {
        manage::add_account(self, actor, new, one_time).await
    }

    /// Mounts the routes under `/api/identity/v1` and the health checks.
    pub fn configure(self) -> impl Fn(&mut web::ServiceConfig) + Send + Clone + 'static {
        speakup_platform::http::mount(SERVICE, self.db.clone(), self.auth(), self, routes::configure)
    }
}
