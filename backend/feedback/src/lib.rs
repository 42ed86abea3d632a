//! The feedback service: anonymous feedback that can be answered, and the collective issues
//! self-advocacy groups raise. Routes live under `/api/feedback/v1`.
//!
//! Its database is a privacy boundary: it holds nothing that identifies a person or their
//! device (no address, browser, cookie or exact time; a referral's reference only when the
//! sender typed it and chose to link it), and no other service reads it. Issues name the
//! group that raised them (groups speak in public) and keep which member of staff answered,
//! never who said "this happens to me too".

mod actions;
mod error;
mod feedback;
mod issue_history;
mod issue_views;
mod issues;
mod messages;
mod receipts;
mod routes;
mod schema;
mod themes;
mod views;

use std::sync::Arc;

use actix_web::web;
use diesel_migrations::{embed_migrations, EmbeddedMigrations};
use speakup_platform::auth::{ResolveSession, StaffAuth, TokenKeys};
use speakup_platform::db::{Database, DbError, Migrations};
use speakup_platform::proof::ProofOfWork;
use speakup_platform::secrets::MasterSecret;

pub use error::FeedbackError;

const POSTGRES: EmbeddedMigrations = embed_migrations!("../../migrations/feedback/postgres");
const SQLITE: EmbeddedMigrations = embed_migrations!("../../migrations/feedback/sqlite");

pub const SERVICE: &str = "feedback";

/// Anonymous requests per 10 minutes above which each costs more work.
const DEFAULT_BUSY_ABOVE: u32 = 60;

pub struct Feedback {
    db: Database,
    auth: StaffAuth,
    /// Keys the receipts' digests.
    master_secret: MasterSecret,
    /// Every anonymous request (giving feedback, reading replies with a receipt, answering)
    /// costs a proof of work that grows as such requests arrive faster: no CAPTCHA, nothing
    /// kept per sender, and a flood of guessed receipts or messages pays for itself while a
    /// genuine person only waits a little longer.
    proof: Arc<ProofOfWork>,
}

impl Feedback {
    /// `sessions` says who a staff session belongs to: identity, asked over HTTP.
    pub fn open(
        database_url: &str,
        master_secret: &MasterSecret,
        pool_size: u32,
        sessions: Arc<dyn ResolveSession>,
    ) -> Result<Feedback, DbError> {
        let db = Database::open(database_url, Migrations { postgres: POSTGRES, sqlite: SQLITE }, pool_size)?;
        Ok(Feedback {
            db,
            auth: StaffAuth::new(TokenKeys::from_master(master_secret), sessions),
            master_secret: master_secret.clone(),
            proof: Arc::new(ProofOfWork::new(master_secret, SERVICE, DEFAULT_BUSY_ABOVE)),
        })
    }

    /// How many anonymous requests may arrive per 10 minutes before each costs more work.
    pub fn with_busy_threshold(self, per_ten_minutes: u32) -> Feedback {
        Feedback { proof: Arc::new(ProofOfWork::new(&self.master_secret, SERVICE, per_ten_minutes)), ..self }
    }

    pub fn database(&self) -> Database {
        self.db.clone()
    }

    /// Mounts the routes under `/api/feedback/v1` and the health checks.
    pub fn configure(self) -> impl Fn(&mut web::ServiceConfig) + Send + Clone + 'static {
        speakup_platform::http::mount(SERVICE, self.db.clone(), self.auth.clone(), self, routes::configure)
    }
}

#[cfg(test)]
mod tests {
    /// Feedback keeps the day, never the time: no column of any kind of time of day, on either
    /// backend, and no id that encodes one.
    #[test]
    fn the_schema_holds_no_time_of_day() {
        for file in [
            include_str!("../../../migrations/feedback/postgres/2026-12-07-000001_feedback/up.sql"),
            include_str!("../../../migrations/feedback/sqlite/2026-12-07-000001_feedback/up.sql"),
            include_str!("../../../migrations/feedback/postgres/2026-12-07-000002_issues/up.sql"),
            include_str!("../../../migrations/feedback/sqlite/2026-12-07-000002_issues/up.sql"),
            include_str!("schema.rs"),
        ] {
            let code: String = file.lines().filter(|l| !l.trim_start().starts_with("--") && !l.trim_start().starts_with("//")).collect();
            assert!(!code.to_uppercase().contains("TIMESTAMP"), "a time of day is stored");
        }
        for source in [include_str!("routes/give.rs"), include_str!("messages.rs"), include_str!("issues.rs")] {
            assert!(!source.contains("now_v7"), "ids must not encode when they were made");
        }
    }
}
