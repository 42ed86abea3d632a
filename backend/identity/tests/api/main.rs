//! The identity service over HTTP, each test on SQLite and on PostgreSQL: one test binary,
//! a module per area, so the suite links once rather than once per file.

mod support;

mod accounts;
mod api;
mod groups;
mod second_factor;
mod upgrade;
