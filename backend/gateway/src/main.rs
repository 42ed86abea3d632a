//! `speakup`: the all-in-one SpeakUp server.

use std::net::TcpListener;

use speakup_gateway::startup;
use speakup_platform::config::Settings;

#[actix_web::main]
async fn main() -> std::process::ExitCode {
    let settings = match Settings::load() {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("SpeakUp could not read its settings: {error}");
            return std::process::ExitCode::from(2);
        }
    };
    speakup_platform::telemetry::init(&settings.log_format);
    let address = format!("{}:{}", settings.host, settings.port);
    let listener = match TcpListener::bind(&address) {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("SpeakUp could not listen on {address}: {error}. Set SPEAKUP_PORT to use another port.");
            return std::process::ExitCode::from(2);
        }
    };
    let started = match startup::build(&settings, listener).await {
        Ok(started) => started,
        Err(error) => {
            eprintln!("SpeakUp could not start: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let url = format!("http://{}:{}", settings.host, started.port);
    println!("SpeakUp is running at {url}");
    println!("Staff sign in at {url}/staff/login");
    // No email or password here: standard output ends up in container logs.
    match &started.first_admin {
        Some(admin) => match &admin.password_file {
            Some(path) => println!(
                "First provider admin created. Its email and one-time password are in {} (readable only by this user): sign in with them, choose your own password, then delete the file.",
                path.display()
            ),
            None => println!(
                "First provider admin created with SPEAKUP_ADMIN_EMAIL and SPEAKUP_ADMIN_PASSWORD; you will choose a new password at first sign-in."
            ),
        },
        None => println!("Using the existing staff accounts in {}", settings.data_dir.display()),
    }
    match started.server.await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("SpeakUp stopped with an error: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
