//! The referrals service: the entitlement engine over HTTP, self-referral intake,
//! tracking without an account, and the triage queue. Routes live under `/api/referrals/v1`.

mod code_requests;
mod equality;
mod error;
mod routes;
mod schema;
mod staff_actions;
mod store;
mod tracking;
mod views;

use std::sync::Arc;
use std::time::Duration;

use actix_web::web;
use diesel_migrations::{embed_migrations, EmbeddedMigrations};
use speakup_platform::auth::{ResolveSession, StaffAuth, TokenKeys};
use speakup_platform::db::{Database, DbError, Migrations};
use speakup_platform::ratelimit::KeyedLimiter;
use speakup_platform::secrets::{HashBudget, MasterSecret};

pub use code_requests::LostCodeMatcher;
pub use error::ReferralError;

const POSTGRES: EmbeddedMigrations = embed_migrations!("../../migrations/referrals/postgres");
const SQLITE: EmbeddedMigrations = embed_migrations!("../../migrations/referrals/sqlite");

pub const SERVICE: &str = "referrals";

pub struct Referrals {
    db: Database,
    auth: StaffAuth,
    master_secret: MasterSecret,
    /// Five tries per reference per 15 minutes, for references that exist and ones that do not.
    track_limiter: KeyedLimiter,
    /// New referrals per route per 10 minutes, for the whole service: there is no CAPTCHA,
    /// and limits are never kept per IP address, so a flood is slowed here and triage
    /// still accepts each referral by hand.
    submit_limiter: KeyedLimiter,
    /// Three "I lost my code" requests per phone number or email address per hour.
    lost_code_limiter: KeyedLimiter,
    /// Slow hashing for anonymous tracking and submission, shared by both.
    anonymous_hashing: HashBudget,
    /// Slow hashing for staff (new tracking codes), so a flood of the public never blocks it.
    staff_hashing: HashBudget,
}

const DEFAULT_SUBMISSIONS_PER_TEN_MINUTES: u32 = 60;

fn submit_limiter(per_ten_minutes: u32) -> KeyedLimiter {
    KeyedLimiter::new(
        per_ten_minutes,
        Duration::from_secs(10 * 60),
        "error-too-many-referrals",
    )
}

impl Referrals {
    /// `sessions` says who a staff session belongs to: identity, asked over HTTP
    /// (`speakup_platform::auth::remote::IdentityClient`).
    pub fn open(
        database_url: &str,
        master_secret: &MasterSecret,
        pool_size: u32,
        sessions: Arc<dyn ResolveSession>,
    ) -> Result<Referrals, DbError> {
        let db = Database::open(database_url, Migrations { postgres: POSTGRES, sqlite: SQLITE }, pool_size)?;
        Ok(Referrals {
            db,
            auth: StaffAuth::new(TokenKeys::from_master(master_secret), sessions),
            master_secret: master_secret.clone(),
            track_limiter: KeyedLimiter::new(5, Duration::from_secs(15 * 60), "error-too-many-tries"),
            submit_limiter: submit_limiter(DEFAULT_SUBMISSIONS_PER_TEN_MINUTES),
            lost_code_limiter: KeyedLimiter::new(3, Duration::from_secs(60 * 60), "error-too-many-new-codes"),
            anonymous_hashing: HashBudget::new(4, Duration::from_secs(2)),
            staff_hashing: HashBudget::new(1, Duration::from_secs(10)),
        })
    }

    /// How many new referrals each route accepts per 10 minutes.
    pub fn with_submission_limit(self, per_ten_minutes: u32) -> Referrals {
        Referrals { submit_limiter: submit_limiter(per_ten_minutes), ..self }
    }

    /// How many anonymous slow hashes may run at once, and how long one waits for a place
    /// before it is answered 503 (4 and 2 seconds unless set).
    pub fn with_anonymous_hashing(self, permits: usize, wait: Duration) -> Referrals {
        Referrals { anonymous_hashing: HashBudget::new(permits, wait), ..self }
    }

    /// What matches "I lost my code" requests off the request path; the server spawns it.
    pub fn lost_code_matcher(&self) -> LostCodeMatcher {
        LostCodeMatcher::new(self.db.clone())
    }

    pub fn database(&self) -> Database {
        self.db.clone()
    }

    /// Mounts the routes under `/api/referrals/v1` and the health checks.
    pub fn configure(self) -> impl Fn(&mut web::ServiceConfig) + Send + Clone + 'static {
        speakup_platform::http::mount(SERVICE, self.db.clone(), self.auth.clone(), self, routes::configure)
    }
}
