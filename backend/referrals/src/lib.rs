//! The referrals service: the entitlement engine over HTTP, self-referral intake,
//! tracking without an account, and the triage queue. Routes live under `/api/referrals/v1`.

mod advocates;
mod allocation;
mod audit;
mod case_entries;
mod casework;
mod catalogue;
mod clocks;
mod closures;
mod concerns;
mod code_requests;
mod declines;
mod desired_outcomes;
mod equality;
mod error;
mod mandates;
mod person_updates;
mod queue;
mod reoffers;
mod routes;
mod schema;
mod scope;
mod shares;
mod staff_actions;
mod store;
mod tracking;
mod views;
mod ways_of_working;

use std::sync::Arc;
use std::time::Duration;

use actix_web::web;
use diesel_migrations::{embed_migrations, EmbeddedMigrations};
use speakup_platform::auth::{ResolveSession, StaffAuth, TokenKeys};
use speakup_platform::db::{Database, DbError, Migrations};
use speakup_platform::proof::ProofOfWork;
use speakup_platform::ratelimit::KeyedLimiter;
use speakup_platform::secrets::{HashBudget, MasterSecret};
use speakup_types::referral::ProviderContact;

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
    /// New referrals cost a proof of work that grows as they arrive faster: there is no
    /// CAPTCHA and nothing is kept per IP address, so a flood pays, and genuine people wait a
    /// little longer instead of being turned away.
    proof: Arc<ProofOfWork>,
    /// Three "I lost my code" requests per phone number or email address per hour.
    lost_code_limiter: KeyedLimiter,
    /// Slow hashing for anonymous tracking and submission, shared by both.
    anonymous_hashing: HashBudget,
    /// Slow hashing for staff (new tracking codes), so a flood of the public never blocks it.
    staff_hashing: HashBudget,
    /// Given to anyone who says their referral cannot wait.
    provider: ProviderContact,
}

const DEFAULT_BUSY_ABOVE: u32 = 60;

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
        let fill = |what: fn(&mut speakup_platform::db::DbConnection) -> Result<usize, ReferralError>| {
            db.with_connection(what).map_err(|e| match e {
                ReferralError::Database(e) => e,
                other => DbError::Migration(other.to_string()),
            })
        };
        let listed = fill(queue::fill_list_columns)?;
        // Clocks read the list columns' kinds of advocacy, so they come second.
        let clocked = fill(clocks::fill_unclocked)?;
        if listed + clocked > 0 {
            tracing::info!(listed, clocked, "columns filled for referrals stored before them");
        }
        Ok(Referrals {
            db,
            auth: StaffAuth::new(TokenKeys::from_master(master_secret), sessions),
            master_secret: master_secret.clone(),
            track_limiter: KeyedLimiter::new(5, Duration::from_secs(15 * 60), "error-too-many-tries"),
            proof: Arc::new(ProofOfWork::new(master_secret, SERVICE, DEFAULT_BUSY_ABOVE)),
            lost_code_limiter: KeyedLimiter::new(3, Duration::from_secs(60 * 60), "error-too-many-new-codes"),
            anonymous_hashing: HashBudget::new(4, Duration::from_secs(2)),
            staff_hashing: HashBudget::new(1, Duration::from_secs(10)),
            provider: ProviderContact::default(),
        })
    }

    /// How many new referrals may arrive per 10 minutes before each costs more work (60 unless set).
    pub fn with_busy_threshold(self, per_ten_minutes: u32) -> Referrals {
        Referrals { proof: Arc::new(ProofOfWork::new(&self.master_secret, SERVICE, per_ten_minutes)), ..self }
    }

    /// How many anonymous slow hashes may run at once, and how long one waits for a place
    /// before it is answered 503 (4 and 2 seconds unless set).
    pub fn with_anonymous_hashing(self, permits: usize, wait: Duration) -> Referrals {
        Referrals { anonymous_hashing: HashBudget::new(permits, wait), ..self }
    }

    /// The provider's phone line, for people whose referral cannot wait (none unless set).
    pub fn with_provider_phone(self, phone: Option<String>) -> Referrals {
        Referrals { provider: ProviderContact { phone }, ..self }
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
