//! The referrals service over HTTP, each test on SQLite and on PostgreSQL: one test binary,
//! a module per area, so the suite links once rather than once per file.

mod support;

mod casework;
mod clocks;
mod concerns;
mod duplicates;
mod equality;
mod flood;
mod intake;
mod language;
mod lost_code;
mod meetings;
mod merging;
mod on_behalf;
mod outcomes;
mod professional;
mod profile;
mod reoffers;
mod sessions;
mod triage;
mod upgrade;
