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
    match &started.first_admin {
        Some(admin) => match &admin.password_file {
            Some(path) => println!(
                "First provider admin created: {}\nIts one-time password is in {} (readable only by this user). Sign in with it, choose your own, then delete the file.",
                admin.email,
                path.display()
            ),
            None => println!(
                "First provider admin created: {} with the password from SPEAKUP_ADMIN_PASSWORD (you will choose a new one at first sign-in)",
                admin.email
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
