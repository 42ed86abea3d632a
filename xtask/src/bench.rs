//! `cargo xtask bench`: the figures behind the budgets, printed rather than asserted (a timed
//! test fails on a busy machine for reasons that are not ours).
//!
//! - what the start page downloads, by kind, raw and brotli, against the budgets (wasm + JS
//!   at most 150 KB, everything at most 250 KB);
//! - static files served by the release build: requests a second and latency for a small
//!   fingerprinted file, on one keep-alive connection and on many, beside the health route;
//! - the start page's first load in Chromium throttled like a cheap phone: first paint and
//!   ready to answer (`e2e/src/bin/first_load.rs`);
//! - the staff lists and a case page with 100,000 cases and a million casework entries, on
//!   both databases, against 50 ms at the 95th percentile, and re-clocking every open case
//!   when the waiting targets change (`e2e/src/bin/casework_scale.rs`).

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::{frontend, provision, shell};

const WASM_AND_JS_BUDGET_KB: f64 = 150.0;
const FIRST_LOAD_BUDGET_KB: f64 = 250.0;

pub fn run(root: &Path) -> Result<(), String> {
    frontend::build(root)?;
    let dist = root.join("frontend").join("dist");
    let start_page = start_page_files(&dist)?;
    print_sizes(&dist, &start_page)?;
    shell::say("building the speakup server (release) to measure static serving");
    shell::cargo(root, &["build", "--release", "--package", "speakup-gateway", "--bin", "speakup"], &[])?;
    let server = Server::start(root)?;
    let style = start_page.iter().find(|f| f.ends_with(".css")).ok_or("the start page names no stylesheet")?;
    println!("\nstatic serving (release build, 5 s each, keep-alive, Accept-Encoding: br)");
    println!("{:<34} {:>5} {:>10} {:>10} {:>10}", "path", "conns", "req/s", "mean ms", "p99 ms");
    for (path, connections) in [(style.as_str(), 1), (style.as_str(), 64), ("/health/live", 1), ("/health/live", 64)] {
        let figures = load(server.port, path, connections, Duration::from_secs(5))?;
        println!(
            "{:<34} {:>5} {:>10.0} {:>10.2} {:>10.2}",
            path, connections, figures.per_second, figures.mean_ms, figures.p99_ms
        );
    }
    drop(server);
    let browser = provision::browser()?;
    let release = root.join("target").join("release").join("speakup").to_string_lossy().into_owned();
    let env = [
        ("SPEAKUP_E2E_CHROMIUM", browser.chromium),
        ("SPEAKUP_E2E_CHROMEDRIVER", browser.chromedriver),
        ("SPEAKUP_E2E_BINARY", release.clone()),
    ];
    shell::cargo(root, &["run", "--quiet", "--package", "speakup-e2e", "--bin", "first_load"], &env)?;
    shell::say("seeding 100,000 cases on SQLite and on PostgreSQL to time the staff lists and a case page");
    let env = [("TEST_DATABASE_URL", provision::postgres()?), ("SPEAKUP_E2E_BINARY", release)];
    shell::cargo(root, &["run", "--quiet", "--package", "speakup-e2e", "--bin", "casework_scale"], &env)
}

/// The files `index.html` loads (stylesheet, scripts, preloaded wasm; not the public bundle
/// it only names for later), plus the English words, as paths like `/style.<hash>.css`.
fn start_page_files(dist: &Path) -> Result<Vec<String>, String> {
    let html = fs::read_to_string(dist.join("index.html")).map_err(|e| format!("reading index.html: {e}"))?;
    let mut files: Vec<String> = Vec::new();
    for attribute in ["href=\"", "src=\""] {
        for piece in html.split(attribute).skip(1) {
            let path = piece.split('"').next().unwrap_or_default();
            let wanted = [".css", ".js", ".wasm"].iter().any(|ext| path.ends_with(ext));
            if path.starts_with('/') && wanted && !files.iter().any(|f| f == path) {
                files.push(path.to_string());
            }
        }
    }
    let words = html.split("en=").nth(1).and_then(|rest| rest.split([' ', '"']).next()).ok_or("index.html names no English words")?;
    files.push(words.to_string());
    Ok(files)
}

fn kb(path: &Path) -> f64 {
    fs::metadata(path).map(|m| m.len() as f64 / 1024.0).unwrap_or(0.0)
}

fn print_sizes(dist: &Path, start_page: &[String]) -> Result<(), String> {
    println!("\nwhat the start page downloads (KB; brotli is what goes over the wire)");
    println!("{:<44} {:>10} {:>10}", "file", "raw", "brotli");
    let mut rows = vec![("/index.html".to_string(), dist.join("index.html"))];
    rows.extend(start_page.iter().map(|f| (f.clone(), dist.join(f.trim_start_matches('/')))));
    let (mut code, mut total) = (0.0, 0.0);
    for (name, path) in &rows {
        let brotli = kb(&PathBuf::from(format!("{}.br", path.display())));
        println!("{name:<44} {:>10.1} {brotli:>10.1}", kb(path));
        total += brotli;
        if name.ends_with(".js") || name.ends_with(".wasm") {
            code += brotli;
        }
    }
    let verdict = |used: f64, budget: f64| if used <= budget { "within" } else { "OVER" };
    println!("wasm + JS: {code:.1} KB brotli ({} the {WASM_AND_JS_BUDGET_KB} KB budget)", verdict(code, WASM_AND_JS_BUDGET_KB));
    println!("everything: {total:.1} KB brotli ({} the {FIRST_LOAD_BUDGET_KB} KB budget)", verdict(total, FIRST_LOAD_BUDGET_KB));
    Ok(())
}

/// The release server on a free port over a throwaway SQLite folder.
struct Server {
    port: u16,
    child: Child,
    data: PathBuf,
}

impl Server {
    fn start(root: &Path) -> Result<Server, String> {
        let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map_err(|e| e.to_string())?.port();
        let data = std::env::temp_dir().join(format!("speakup-bench-{port}"));
        let child = Command::new(root.join("target").join("release").join("speakup"))
            .env("SPEAKUP_PORT", port.to_string())
            .env("SPEAKUP_DATA_DIR", &data)
            .env("SPEAKUP_STATIC_DIR", root.join("frontend").join("dist"))
            .env("SPEAKUP_ADMIN_PASSWORD", "bench-admin-password-1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("starting the server: {e}"))?;
        let server = Server { port, child, data };
        let deadline = Instant::now() + Duration::from_secs(60);
        while get(port, "/health/ready").is_err() {
            if Instant::now() > deadline {
                return Err("the server did not become ready within 60 s".into());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(server)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = fs::remove_dir_all(&self.data);
    }
}

struct Figures {
    per_second: f64,
    mean_ms: f64,
    p99_ms: f64,
}

/// `connections` threads, each sending one request after another on its own keep-alive
/// connection for `duration`.
fn load(port: u16, path: &str, connections: usize, duration: Duration) -> Result<Figures, String> {
    let deadline = Instant::now() + duration;
    let workers: Vec<_> = (0..connections)
        .map(|_| {
            let path = path.to_string();
            std::thread::spawn(move || -> Result<Vec<Duration>, String> {
                let stream = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
                stream.set_nodelay(true).map_err(|e| e.to_string())?;
                let mut reader = BufReader::new(stream.try_clone().map_err(|e| e.to_string())?);
                let mut writer = stream;
                let mut timings = Vec::new();
                while Instant::now() < deadline {
                    let began = Instant::now();
                    exchange(&mut writer, &mut reader, &path)?;
                    timings.push(began.elapsed());
                }
                Ok(timings)
            })
        })
        .collect();
    let mut timings = Vec::new();
    for worker in workers {
        timings.extend(worker.join().map_err(|_| "a load thread panicked".to_string())??);
    }
    if timings.is_empty() {
        return Err(format!("no request to {path} finished"));
    }
    timings.sort_unstable();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    Ok(Figures {
        per_second: timings.len() as f64 / duration.as_secs_f64(),
        mean_ms: timings.iter().map(|d| ms(*d)).sum::<f64>() / timings.len() as f64,
        p99_ms: ms(timings[(timings.len() * 99 / 100).min(timings.len() - 1)]),
    })
}

/// One HTTP/1.1 request and its whole response; fails on anything but 200.
fn exchange(writer: &mut TcpStream, reader: &mut BufReader<TcpStream>, path: &str) -> Result<(), String> {
    write!(writer, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: br\r\n\r\n").map_err(|e| e.to_string())?;
    let status = read_line(reader)?;
    if !status.starts_with("HTTP/1.1 200") {
        return Err(format!("{path}: {status}"));
    }
    let (mut length, mut chunked) = (0, false);
    loop {
        let line = read_line(reader)?;
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().map_err(|_| format!("{path}: a bad Content-Length"))?;
            }
            chunked |= name.eq_ignore_ascii_case("transfer-encoding") && value.trim().eq_ignore_ascii_case("chunked");
        }
    }
    if !chunked {
        return skip(reader, length);
    }
    // A body compressed on the fly comes in chunks: `<hex size>\r\n<bytes>\r\n`, size 0 last.
    loop {
        let size = usize::from_str_radix(read_line(reader)?.split(';').next().unwrap_or_default(), 16)
            .map_err(|_| format!("{path}: a bad chunk size"))?;
        skip(reader, size)?;
        read_line(reader)?;
        if size == 0 {
            return Ok(());
        }
    }
}

fn read_line(reader: &mut BufReader<TcpStream>) -> Result<String, String> {
    let mut line = String::new();
    reader.read_line(&mut line).map_err(|e| e.to_string())?;
    Ok(line.trim_end().to_string())
}

fn skip(reader: &mut BufReader<TcpStream>, length: usize) -> Result<(), String> {
    let mut body = vec![0; length];
    reader.read_exact(&mut body).map_err(|e| e.to_string())
}

/// One request on a new connection, for the readiness check.
fn get(port: u16, path: &str) -> Result<(), String> {
    let stream = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    let mut reader = BufReader::new(stream.try_clone().map_err(|e| e.to_string())?);
    exchange(&mut stream.try_clone().map_err(|e| e.to_string())?, &mut reader, path)
}
