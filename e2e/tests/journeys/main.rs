//! The browser journeys: the real binary over a fresh database, headless Chromium at phone
//! size and axe-core on each page. One test binary with a module per journey, so it links once
//! and the journeys of every file share the two test threads (a file with one long journey no
//! longer leaves a core idle while it runs).

mod accounts;
mod after_sending;
mod anonymity;
mod bundles;
mod casework;
mod exit_page;
mod feedback;
mod formats;
mod issues;
mod journey;
mod lost_code;
mod offline;
mod on_behalf;
mod outbox;
mod professional;
mod safeguarding;
mod two_step;
mod urgency;
