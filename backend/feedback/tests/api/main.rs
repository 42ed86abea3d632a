//! The feedback service over HTTP, each test on SQLite and on PostgreSQL: one test binary,
//! a module per area, so the suite links once rather than once per file.

mod support;

mod give;
mod inbox;
mod issues;
