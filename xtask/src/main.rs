//! SpeakUp's build, run and test automation. Std only, besides SpeakUp's words and the two
//! compressors the PWA's files are squeezed with at build time, so it builds in seconds.
//!
//! - `cargo xtask run`: build the PWA, then start the all-in-one server on
//!   http://127.0.0.1:8080 with SQLite under ./data.
//! - `cargo xtask test`: provision what the tests need (wasm toolchain, PostgreSQL,
//!   Chromium + chromedriver, axe-core), build the PWA and run every test.
//! - `cargo xtask frontend`: build the PWA only.
//! - `cargo xtask bench`: print what the start page downloads, how fast files are served, and
//!   how fast staff lists and case pages answer with 100,000 cases.

mod assets;
mod bench;
mod frontend;
mod pages;
mod words;
mod provision;
mod shell;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = root();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(&root, &args[1..]),
        Some("test") => test(&root, &args[1..]),
        Some("frontend") => frontend::build(&root),
        Some("bench") => bench::run(&root),
        _ => {
            eprintln!("usage: cargo xtask <run|test|frontend|bench>\n  run       build the PWA and start SpeakUp on http://127.0.0.1:8080\n  test      set up what the tests need and run them all\n  frontend  build the PWA into frontend/dist\n  bench     print the start page's download sizes, static-file throughput and staff pages at 100,000 cases");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(root: &Path, extra: &[String]) -> Result<(), String> {
    frontend::build(root)?;
    shell::say("building and starting the speakup server (release build; the first one takes a few minutes)");
    let mut args = vec!["run", "--release", "--package", "speakup-gateway", "--bin", "speakup", "--"];
    args.extend(extra.iter().map(String::as_str));
    shell::cargo(root, &args, &[])
}

/// The server for the browser tests, the front end's host tests, and every test binary.
fn build_host(root: &Path) -> Result<(), String> {
    shell::say("building the speakup server for the browser tests");
    shell::cargo(root, &["build", "--package", "speakup-gateway", "--bin", "speakup"], &[])?;
    shell::say("testing the front end's routes, drafts and outbox on the host");
    shell::cargo(root, &["test", "--package", "speakup-frontend", "--features", "public,staff,oversight"], &[])?;
    shell::say("building every test");
    shell::cargo(root, &["test", "--workspace", "--exclude", "speakup-frontend", "--no-run"], &[])
}

fn test(root: &Path, extra: &[String]) -> Result<(), String> {
    let database_url = provision::postgres()?;
    let browser = provision::browser()?;
    let axe = provision::axe_core(root)?;
    // Each wasm bundle ends in a minute of link-time optimisation on one core: build the PWA
    // (in its own target folder) while the server, the front end's host tests and every test
    // binary build on the other.
    std::thread::scope(|scope| {
        let pwa = scope.spawn(|| frontend::build(root));
        let host = build_host(root);
        pwa.join().map_err(|_| "the PWA build stopped with a panic".to_string())??;
        host
    })?;
    shell::say("running every test: unit, API on SQLite and PostgreSQL, browser journeys");
    let env = [
        ("TEST_DATABASE_URL", database_url),
        ("SPEAKUP_E2E_CHROMIUM", browser.chromium),
        ("SPEAKUP_E2E_CHROMEDRIVER", browser.chromedriver),
        ("SPEAKUP_E2E_AXE", axe.to_string_lossy().into_owned()),
    ];
    if !extra.is_empty() {
        let mut args = vec!["test", "--workspace", "--exclude", "speakup-frontend"];
        args.extend(extra.iter().map(String::as_str));
        return shell::cargo(root, &args, &env);
    }
    // The unit and API tests mostly wait on the databases (a minute of CPU in two and a half
    // minutes), so four at a time instead of one a core; the gateway's, which each start a
    // whole server, and the browser journeys keep the usual two.
    let quick = ["test", "--workspace", "--exclude", "speakup-frontend", "--exclude", "speakup-e2e", "--exclude", "speakup-gateway", "--", "--test-threads=4"];
    shell::cargo(root, &quick, &env)?;
    shell::cargo(root, &["test", "--package", "speakup-gateway"], &env)?;
    shell::cargo(root, &["test", "--package", "speakup-e2e"], &env)
}
