//! Makes sure what the tests need is on the machine, installing it from Debian's archive
//! or npm when it is not. Each step says what it found or did.

use std::net::{TcpStream, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::shell::{self, say};

const DEFAULT_POSTGRES: &str = "postgres://postgres@127.0.0.1:5432/postgres";
/// Pinned so accessibility results do not change under us.
const AXE_CORE_VERSION: &str = "4.14.1";

fn answers(host_port: &str) -> bool {
    host_port
        .to_socket_addrs()
        .ok()
        .and_then(|mut addrs| addrs.next())
        .is_some_and(|addr| TcpStream::connect_timeout(&addr, Duration::from_secs(2)).is_ok())
}

/// `postgres://user:pw@host:5432/db?x` → `host:5432`.
fn host_port(url: &str) -> String {
    let after_scheme = url.split("://").nth(1).unwrap_or(url);
    let authority = after_scheme.split(['/', '?']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or(authority);
    if host.contains(':') { host.to_string() } else { format!("{host}:5432") }
}

fn can_query(url: &str) -> bool {
    shell::succeeds("psql", &[url, "-Atqc", "SELECT 1"])
}

/// A PostgreSQL URL the tests can create databases with.
pub fn postgres() -> Result<String, String> {
    let url = std::env::var("TEST_DATABASE_URL").or_else(|_| std::env::var("DATABASE_URL")).unwrap_or_else(|_| DEFAULT_POSTGRES.into());
    let address = host_port(&url);
    say(&format!("checking for PostgreSQL at {address}"));
    if !answers(&address) {
        if shell::which("pg_ctlcluster").is_none() {
            shell::apt_install(&["postgresql", "postgresql-client"])?;
        }
        let versions = std::fs::read_dir("/etc/postgresql").map_err(|e| format!("no PostgreSQL cluster found: {e}"))?;
        for version in versions.flatten() {
            let version = version.file_name().to_string_lossy().into_owned();
            say(&format!("starting PostgreSQL {version}"));
            let _ = shell::run_as_root("pg_ctlcluster", &["--skip-systemctl-redirect", &version, "main", "start"]);
        }
        let deadline = Instant::now() + Duration::from_secs(30);
        while !answers(&address) {
            if Instant::now() > deadline {
                return Err(format!("PostgreSQL did not start answering on {address}"));
            }
            std::thread::sleep(Duration::from_millis(300));
        }
    }
    if shell::which("psql").is_none() {
        shell::apt_install(&["postgresql-client"])?;
    }
    if can_query(&url) {
        say("PostgreSQL answers");
        return Ok(url);
    }
    // A stock Debian server asks for a password over TCP: give the postgres role one
    // (only on a server we can administer locally) and use it.
    if url == DEFAULT_POSTGRES {
        let with_password = "postgres://postgres:speakup-tests@127.0.0.1:5432/postgres".to_string();
        say("PostgreSQL wants a password over TCP; setting one for the postgres role for the tests");
        let set = "ALTER ROLE postgres PASSWORD 'speakup-tests'";
        if shell::is_root() {
            shell::run("runuser", &["-u", "postgres", "--", "psql", "-qc", set])?;
        } else {
            shell::run("sudo", &["-u", "postgres", "psql", "-qc", set])?;
        }
        if can_query(&with_password) {
            return Ok(with_password);
        }
    }
    Err(format!("cannot use PostgreSQL at {url}; set TEST_DATABASE_URL to a URL of a role that may create databases"))
}

pub struct Browser {
    pub chromium: String,
    pub chromedriver: String,
}

/// Debian's Chromium and its matching chromedriver.
pub fn browser() -> Result<Browser, String> {
    say("checking for Chromium and chromedriver");
    if shell::which("chromium").is_none() || shell::which("chromedriver").is_none() {
        shell::apt_install(&["chromium", "chromium-driver"])?;
    }
    let chromium = shell::which("chromium").ok_or("chromium is still missing after installing it")?;
    let chromedriver = shell::which("chromedriver").ok_or("chromedriver is still missing after installing it")?;
    say(&format!("using {}", shell::output(&chromium, &["--version"]).unwrap_or_else(|| chromium.clone())));
    Ok(Browser { chromium, chromedriver })
}

/// axe-core, the accessibility rules the browser tests run on every page.
pub fn axe_core(root: &Path) -> Result<PathBuf, String> {
    let dir = root.join("target").join("axe-core");
    let script = dir.join("node_modules").join("axe-core").join("axe.min.js");
    let marker = dir.join(format!("version-{AXE_CORE_VERSION}"));
    if script.exists() && marker.exists() {
        return Ok(script);
    }
    if shell::which("npm").is_none() {
        shell::apt_install(&["nodejs", "npm"])?;
    }
    say(&format!("fetching axe-core {AXE_CORE_VERSION} from npm"));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let prefix = dir.to_string_lossy().into_owned();
    shell::run(
        "npm",
        &["install", "--prefix", &prefix, "--no-save", "--no-audit", "--no-fund", &format!("axe-core@{AXE_CORE_VERSION}")],
    )?;
    if !script.exists() {
        return Err(format!("npm did not produce {}", script.display()));
    }
    std::fs::write(&marker, "").map_err(|e| e.to_string())?;
    Ok(script)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_host_and_port_in_urls() {
        assert_eq!(host_port("postgres://postgres@127.0.0.1:5432/postgres"), "127.0.0.1:5432");
        assert_eq!(host_port("postgres://u:p@db.example:6000/x?sslmode=require"), "db.example:6000");
        assert_eq!(host_port("postgresql://localhost/x"), "localhost:5432");
    }
}
