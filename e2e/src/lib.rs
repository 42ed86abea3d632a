//! The harness for the browser journeys in `tests/`: the real `speakup` binary on a free
//! port over a fresh database, chromedriver driving headless Chromium at phone size, and
//! axe-core run on each page.
//!
//! `cargo xtask test` provisions Chromium, chromedriver and axe-core and passes their paths
//! in `SPEAKUP_E2E_CHROMIUM`, `SPEAKUP_E2E_CHROMEDRIVER` and `SPEAKUP_E2E_AXE`.

pub mod api;
mod browser;
mod journeys;
pub mod seed;
mod server;

pub use browser::{Browser, ENTER, SPACE, TAB};
pub use journeys::{continue_to_check_page, first_staff_sign_in, in_days, reach_check_page, sign_in, type_date};
pub use server::{Server, ADMIN_EMAIL, ADMIN_PASSWORD, PROVIDER_PHONE};

use std::path::PathBuf;

pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("e2e lives in the workspace").to_path_buf()
}

/// Screenshots and logs of each run, for people to look at.
pub fn artifacts_dir() -> PathBuf {
    let dir = workspace_root().join("target").join("e2e-artifacts");
    std::fs::create_dir_all(&dir).expect("create the artifacts folder");
    dir
}

fn required_env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set: run the browser tests with `cargo xtask test`"))
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("address").port()
}
