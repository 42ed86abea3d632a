//! The `speakup` server: every service and the PWA in one process (the embedded default).
//!
//! `startup::build` opens each service's database, makes the first admin and returns a
//! ready-to-run server, so the binary and the end-to-end tests start SpeakUp the same way.

pub mod startup;
mod static_files;
