//! Running commands and saying what we are doing.

use std::path::Path;
use std::process::{Command, Stdio};

pub fn say(message: &str) {
    println!("xtask: {message}");
}

pub fn is_root() -> bool {
    Command::new("id").arg("-u").output().map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0").unwrap_or(false)
}

/// Runs a command, streaming its output; fails with a readable message.
pub fn run(program: &str, args: &[&str]) -> Result<(), String> {
    let status = Command::new(program)
        .args(args)
        .status()
        .map_err(|e| format!("could not start `{program}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{program} {}` failed ({status})", args.join(" ")))
    }
}

/// Runs as root, through sudo when we are not root already.
pub fn run_as_root(program: &str, args: &[&str]) -> Result<(), String> {
    if is_root() {
        run(program, args)
    } else {
        let mut with_program = vec![program];
        with_program.extend_from_slice(args);
        run("sudo", &with_program)
    }
}

/// True when the command runs and exits successfully; output is swallowed.
pub fn succeeds(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

pub fn which(program: &str) -> Option<String> {
    output("sh", &["-c", &format!("command -v {program}")]).filter(|p| !p.is_empty())
}

pub fn apt_install(packages: &[&str]) -> Result<(), String> {
    say(&format!("installing {} from Debian's archive", packages.join(", ")));
    std::env::set_var("DEBIAN_FRONTEND", "noninteractive");
    run_as_root("apt-get", &["update", "-q"])?;
    let mut args = vec!["install", "-y", "-q", "--no-install-recommends"];
    args.extend_from_slice(packages);
    run_as_root("apt-get", &args)
}

pub fn cargo(root: &Path, args: &[&str], env: &[(&str, String)]) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(&cargo);
    command.current_dir(root).args(args);
    for (key, value) in env {
        command.env(key, value);
    }
    let status = command.status().map_err(|e| format!("could not start cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`cargo {}` failed ({status})", args.join(" ")))
    }
}
