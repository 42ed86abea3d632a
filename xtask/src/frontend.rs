//! Builds the PWA into `frontend/dist`: wasm32 build, wasm-bindgen, static files.
//!
//! Self-contained (std only). Steps, each printed as "frontend: ...":
//! 1. make sure the `wasm32-unknown-unknown` target is there: `rustup target add` when it is
//!    missing, or, when rustup cannot fetch it, the offline Debian route of
//!    `shared/notes/wasm-toolchain.md` (Debian's rustc-web + std built from source);
//! 2. make sure `~/.cache/speakup/wasm-bindgen-<version>/bin/wasm-bindgen` is exactly the version of the `wasm-bindgen`
//!    crate in Cargo.lock (the CLI and the crate must match);
//! 3. for each bundle (front, public, staff: `frontend/src/bundle.rs`), `cargo build -p
//!    speakup-frontend --target wasm32-unknown-unknown --profile wasm-release` with its features,
//!    in `target/wasm` (its own lock, so host builds can run beside it),
//! 4. and `wasm-bindgen --target web` into `frontend/dist` (names stripped: smaller download);
//! 5. copy `frontend/static/*` into `frontend/dist`, write each language's words (`words.rs`)
//!    and the HTML shells that name them (`pages.rs`);
//! 6. fingerprint the app's files and stamp the service worker with the build (`assets.rs`);
//! 7. write brotli and gzip copies of every text file and the wasm.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{assets, pages, words};

const TARGET: &str = "wasm32-unknown-unknown";
const PACKAGE: &str = "speakup-frontend";
const PROFILE: &str = "wasm-release";

/// How the wasm32 standard library is obtained.
enum Toolchain {
    /// rustup's precompiled target.
    Rustup,
    /// Debian's rustc 1.9x with std built from source (`-Zbuild-std`), linked by rust-lld.
    Debian { linker: PathBuf },
}

/// The bundles (`frontend/src/bundle.rs`): each name, and the crate features it is built with.
pub const BUNDLES: [(&str, &[&str]); 4] = [("front", &[]), ("public", &["public"]), ("staff", &["staff"]), ("oversight", &["oversight"])];

pub fn build(root: &Path) -> Result<(), String> {
    let toolchain = ensure_target()?;
    let bindgen = ensure_wasm_bindgen(root)?;
    let dist = root.join("frontend").join("dist");
    // Start from an empty folder so no file from an older build is served.
    if dist.exists() {
        fs::remove_dir_all(&dist).map_err(|e| format!("clearing {}: {e}", dist.display()))?;
    }
    fs::create_dir_all(&dist).map_err(|e| format!("creating {}: {e}", dist.display()))?;
    for (bundle, features) in BUNDLES {
        let wasm = build_wasm(root, &toolchain, features)?;
        run_bindgen(&bindgen, &wasm, &dist, bundle)?;
    }
    copy_static(&root.join("frontend").join("static"), &dist)?;
    let bundles = BUNDLES.map(|(name, _)| name);
    let words = words::write(&dist, &bundles)?;
    pages::write_shells(&dist, &words)?;
    let fingerprinted = assets::fingerprint(&dist, &bundles)?;
    stamp_service_worker(&dist, &fingerprinted)?;
    say("compressing (brotli 11 and gzip 9)");
    assets::precompress(&dist)?;
    for name in fingerprinted.iter().filter(|n| n.ends_with(".wasm")) {
        let size = |file: &str| fs::metadata(dist.join(file)).map(|m| m.len() / 1024).unwrap_or(0);
        say(&format!("{name}: {} KB, {} KB brotli", size(name), size(&format!("{name}.br"))));
    }
    say(&format!("done: {}", dist.display()));
    Ok(())
}

fn say(message: &str) {
    println!("frontend: {message}");
}

fn cargo() -> String {
    env::var("CARGO").unwrap_or_else(|_| "cargo".to_string())
}

/// Runs a command, failing with a readable message when it cannot start or exits non-zero.
fn run(command: &mut Command, what: &str) -> Result<(), String> {
    let status = command.status().map_err(|e| format!("{what}: could not start: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what}: failed ({status})"))
    }
}

/// A command's standard output, or None when it cannot run or fails.
fn output(command: &mut Command) -> Option<String> {
    let out = command.output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

// Step 1: the wasm32 target.

fn ensure_target() -> Result<Toolchain, String> {
    let installed = output(Command::new("rustup").args(["target", "list", "--installed"]));
    if installed.as_deref().is_some_and(|list| list.lines().any(|l| l.trim() == TARGET)) {
        say(&format!("using rustup's {TARGET} target (already installed)"));
        return Ok(Toolchain::Rustup);
    }
    say(&format!("adding the {TARGET} target with rustup"));
    if run(Command::new("rustup").args(["target", "add", TARGET]), "rustup target add").is_ok() {
        say(&format!("using rustup's {TARGET} target (just added)"));
        return Ok(Toolchain::Rustup);
    }
    say("rustup could not add the target; falling back to Debian's rustc-web and building std from source");
    debian_toolchain()
}

fn debian_toolchain() -> Result<Toolchain, String> {
    let std_source = Path::new("/usr/lib/rustlib/src/rust");
    let have = Path::new("/usr/bin/rustc").exists() && Path::new("/usr/bin/cargo").exists() && std_source.exists();
    if !have {
        say("installing rustc-web, cargo-web and rust-web-src with apt-get");
        let install = || {
            run(
                Command::new("apt-get").args(["install", "-y", "rustc-web", "cargo-web", "rust-web-src"]),
                "apt-get install",
            )
        };
        if install().is_err() {
            run(Command::new("apt-get").arg("update"), "apt-get update")?;
            install()?;
        }
    }
    let linker = lld()?;
    say(&format!("using Debian's /usr/bin/rustc with -Zbuild-std, linked by {}", linker.display()));
    Ok(Toolchain::Debian { linker })
}

/// rustup's rust-lld (from the host toolchain), else Debian's wasm-ld.
fn lld() -> Result<PathBuf, String> {
    let sysroot = output(Command::new("rustc").args(["--print", "sysroot"])).map(|s| s.trim().to_string());
    let host = output(Command::new("rustc").arg("-vV")).and_then(|v| {
        v.lines().find_map(|l| l.strip_prefix("host: ").map(str::to_string))
    });
    if let (Some(sysroot), Some(host)) = (sysroot, host) {
        let lld = Path::new(&sysroot).join("lib/rustlib").join(host).join("bin/rust-lld");
        if lld.exists() {
            return Ok(lld);
        }
    }
    for candidate in ["/usr/bin/wasm-ld-19", "/usr/bin/wasm-ld"] {
        if Path::new(candidate).exists() {
            return Ok(PathBuf::from(candidate));
        }
    }
    Err("no wasm linker: neither rustup's rust-lld nor Debian's wasm-ld (apt-get install lld-19) was found".into())
}

// Step 2: wasm-bindgen CLI of the locked version.

fn locked_version(root: &Path, crate_name: &str) -> Result<String, String> {
    let lock = fs::read_to_string(root.join("Cargo.lock")).map_err(|e| format!("reading Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == format!("name = \"{crate_name}\"") {
            if let Some(version) = lines.next().and_then(|l| l.trim().strip_prefix("version = ")) {
                return Ok(version.trim_matches('"').to_string());
            }
        }
    }
    Err(format!("{crate_name} is not in Cargo.lock; build the frontend once with cargo to lock it"))
}

/// Where a version of the wasm-bindgen CLI is installed: one folder per version in the user's
/// cache (`$XDG_CACHE_HOME`, else `~/.cache`), shared by every clone, as cargo shares its
/// registry; without a home, the clone's own `target/tools`.
fn tools_dir(root: &Path, version: &str) -> PathBuf {
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")));
    match cache {
        Some(cache) => cache.join("speakup").join(format!("wasm-bindgen-{version}")),
        None => root.join("target").join("tools"),
    }
}

fn ensure_wasm_bindgen(root: &Path) -> Result<PathBuf, String> {
    let version = locked_version(root, "wasm-bindgen")?;
    let tools = tools_dir(root, &version);
    let exe = tools.join("bin").join(if cfg!(windows) { "wasm-bindgen.exe" } else { "wasm-bindgen" });
    let current = output(Command::new(&exe).arg("--version"));
    if current.as_deref().map(str::trim) == Some(format!("wasm-bindgen {version}").as_str()) {
        say(&format!("wasm-bindgen {version} is installed"));
        return Ok(exe);
    }
    say(&format!("installing wasm-bindgen-cli {version} into {} (takes a few minutes once)", tools.display()));
    // No --locked: the registry mirror here lacks one of the CLI's pinned dependencies.
    let mut install = Command::new(cargo());
    install.args(["install", "wasm-bindgen-cli", "--version", &version, "--root"]).arg(&tools);
    run(&mut install, "cargo install wasm-bindgen-cli")?;
    Ok(exe)
}

// Step 3: the wasm build.

fn build_wasm(root: &Path, toolchain: &Toolchain, features: &[&str]) -> Result<PathBuf, String> {
    let mut command = match toolchain {
        Toolchain::Rustup => Command::new(cargo()),
        Toolchain::Debian { linker } => {
            let mut c = Command::new("/usr/bin/cargo");
            c.env("RUSTC", "/usr/bin/rustc")
                .env("RUSTC_BOOTSTRAP", "1")
                .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER", linker);
            c
        }
    };
    command
        .current_dir(root)
        .args(["build", "-p", PACKAGE, "--target", TARGET, "--profile", PROFILE]);
    if !features.is_empty() {
        command.args(["--features", &features.join(",")]);
    }
    if let Toolchain::Debian { .. } = toolchain {
        command.arg("-Zbuild-std=std,panic_abort");
    }
    // A target folder of its own: nothing is shared with host builds anyway (other target,
    // other profile), and with its own lock `cargo xtask test` builds the server beside it.
    let target_dir = env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target").join("wasm"));
    command.env("CARGO_TARGET_DIR", &target_dir);
    say(&format!("cargo build -p {PACKAGE} --target {TARGET} --profile {PROFILE} --features {:?}", features.join(",")));
    run(&mut command, "cargo build (frontend)")?;
    let wasm = target_dir.join(TARGET).join(PROFILE).join(format!("{PACKAGE}.wasm"));
    if wasm.exists() {
        Ok(wasm)
    } else {
        Err(format!("the build finished but {} is missing", wasm.display()))
    }
}

// Step 4: JS glue.

fn run_bindgen(bindgen: &Path, wasm: &Path, dist: &Path, out_name: &str) -> Result<(), String> {
    say(&format!("wasm-bindgen {out_name} into {}", dist.display()));
    let mut command = Command::new(bindgen);
    command
        .args(["--target", "web", "--no-typescript", "--remove-name-section", "--remove-producers-section"])
        .arg("--out-dir")
        .arg(dist)
        .args(["--out-name", out_name])
        .arg(wasm);
    run(&mut command, "wasm-bindgen")
}

// Step 5: static files.

fn copy_static(from: &Path, to: &Path) -> Result<(), String> {
    say(&format!("copying {} into {}", from.display(), to.display()));
    copy_dir(from, to)
}

/// Names the service worker's cache after the files it keeps (their fingerprinted names and
/// the shell), so every release, and only a real change, makes browsers fetch the new app and
/// drop the old copy.
fn stamp_service_worker(dist: &Path, fingerprinted: &[String]) -> Result<(), String> {
    let shell = fs::read(dist.join("index.html")).map_err(|e| format!("reading index.html: {e}"))?;
    let build = assets::hex_hash(&[fingerprinted.join(" ").into_bytes(), shell].concat());
    let path = dist.join("sw.js");
    let worker = fs::read_to_string(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    fs::write(&path, worker.replace("__SPEAKUP_BUILD__", &build)).map_err(|e| format!("writing {}: {e}", path.display()))
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    let entries = fs::read_dir(from).map_err(|e| format!("reading {}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("reading {}: {e}", from.display()))?;
        let source = entry.path();
        let target = to.join(entry.file_name());
        if source.is_dir() {
            fs::create_dir_all(&target).map_err(|e| format!("creating {}: {e}", target.display()))?;
            copy_dir(&source, &target)?;
        } else {
            fs::copy(&source, &target).map_err(|e| format!("copying {}: {e}", source.display()))?;
        }
    }
    Ok(())
}
