//! What every SpeakUp service stands on. It depends on no service.
//!
//! - [`config`]: settings from defaults, an optional TOML file and `SPEAKUP_*` variables.
//! - [`db`]: one diesel connection type over PostgreSQL and SQLite, pooled, migrated at start.
//! - [`error`]: the one error type a handler returns, rendered as problem JSON.
//! - [`extract`]: JSON bodies that are parsed and validated before a handler sees them.
//! - [`auth`]: signed staff tokens, the `Staff` extractor and CSRF checks.
//! - [`secrets`]: argon2id hashing and random tokens.
//! - [`codewords`]: secret codes of common words (tracking codes, feedback receipts).
//! - [`proof`]: proof of work that slows floods of anonymous writes without a CAPTCHA.
//! - [`http`]: the hardened `App` every service is served in (headers, request logs, health).
//! - [`ratelimit`]: in-memory keyed rate limits.
//! - [`telemetry`]: structured logs that never carry personal data.

pub mod auth;
pub mod codewords;
pub mod config;
pub mod db;
pub mod error;
pub mod extract;
pub mod http;
pub mod proof;
pub mod ratelimit;
pub mod secrets;
pub mod telemetry;
#[cfg(feature = "testing")]
pub mod testing;

pub use error::ApiError;
