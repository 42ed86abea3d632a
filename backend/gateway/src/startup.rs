//! Builds the whole app from settings.

use std::net::{IpAddr, Ipv4Addr, TcpListener};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::web;
use speakup_identity::Identity;
use speakup_platform::auth::remote::IdentityClient;
use speakup_platform::config::{write_private, SecretError, Settings};
use speakup_platform::http::{api_not_found, health, serve};
use speakup_feedback::Feedback;
use speakup_referrals::Referrals;

use crate::static_files;

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("the secret cannot be used: {0}")]
    Secret(#[from] SecretError),
    #[error("the {service} database could not be opened: {source}")]
    Database { service: &'static str, source: speakup_platform::db::DbError },
    #[error("could not create the first admin: {0}")]
    FirstAdmin(String),
    #[error("the app's files in {dir} could not be read: {source}")]
    Static { dir: String, source: std::io::Error },
    #[error("could not listen on {address}: {source}")]
    Listen { address: String, source: std::io::Error },
}

/// The first admin this start created.
pub struct FirstAdmin {
    /// Where the generated one-time password (and the email) was written (readable by its owner only), when
    /// SpeakUp chose it. It is never printed: container logs would keep it.
    pub password_file: Option<PathBuf>,
}

pub struct Started {
    pub server: Server,
    pub port: u16,
    pub first_admin: Option<FirstAdmin>,
}

/// Where the other services reach identity: the setting, or this very server, which runs
/// identity too. A server listening on every address is reached on the loopback one.
fn identity_url(settings: &Settings, listener: &TcpListener) -> String {
    if let Some(url) = &settings.identity_url {
        return url.clone();
    }
    let address = listener.local_addr().ok();
    let ip = match address.map(|a| a.ip()) {
        Some(ip) if !ip.is_unspecified() => ip,
        _ => IpAddr::V4(Ipv4Addr::LOCALHOST),
    };
    let port = address.map(|a| a.port()).unwrap_or(settings.port);
    match ip {
        IpAddr::V6(v6) => format!("http://[{v6}]:{port}"),
        IpAddr::V4(v4) => format!("http://{v4}:{port}"),
    }
}

pub async fn build(settings: &Settings, listener: TcpListener) -> Result<Started, StartupError> {
    let secret = settings.master_secret()?;
    let pool = settings.db_pool_size;
    let identity = Identity::open(&settings.database_url_for(speakup_identity::SERVICE), &secret, settings.behind_tls, pool)
        .map_err(|source| StartupError::Database { service: "identity", source })?
        .with_idle_timeout(Duration::from_secs(u64::from(settings.session_idle_minutes) * 60));
    let sessions = Arc::new(IdentityClient::new(&identity_url(settings, &listener), Duration::from_secs(settings.session_cache_seconds)));
    let referrals = Referrals::open(&settings.database_url_for(speakup_referrals::SERVICE), &secret, pool, sessions.clone())
        .map_err(|source| StartupError::Database { service: "referrals", source })?
        .with_busy_threshold(settings.submissions_per_ten_minutes)
        .with_provider_phone(settings.provider_phone.clone());
    let feedback = Feedback::open(&settings.database_url_for(speakup_feedback::SERVICE), &secret, pool, sessions)
        .map_err(|source| StartupError::Database { service: "feedback", source })?;
    let first_admin = first_admin(settings, &identity).await?;
    referrals.lost_code_matcher().spawn(Duration::from_secs(2));
    let databases = vec![identity.database(), referrals.database(), feedback.database()];
    let identity_routes = identity.configure();
    let referral_routes = referrals.configure();
    let feedback_routes = feedback.configure();
    let assets = static_files::Assets::load(&settings.static_dir)
        .map_err(|source| StartupError::Static { dir: settings.static_dir.display().to_string(), source })?;
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(settings.port);
    let server = serve(listener, settings.behind_tls, move |cfg: &mut web::ServiceConfig| {
        cfg.service(health("", databases.clone()));
        identity_routes(cfg);
        referral_routes(cfg);
        feedback_routes(cfg);
        cfg.service(web::scope("/api").default_service(web::to(api_not_found)));
        static_files::configure(cfg, assets.clone());
    })
    .map_err(|source| StartupError::Listen { address: format!("port {port}"), source })?;
    Ok(Started { server, port, first_admin })
}

/// Makes the first admin on a fresh start. A generated password is written to its file before
/// the account exists, so a failed write never leaves an admin nobody can sign in as.
async fn first_admin(settings: &Settings, identity: &Identity) -> Result<Option<FirstAdmin>, StartupError> {
    let problem = |e| StartupError::FirstAdmin(first_admin_problem(e));
    let (password, password_file) = match &settings.admin_password {
        Some(given) => (given.clone(), None),
        None if identity.has_accounts().await.map_err(problem)? => return Ok(None),
        None => {
            let generated = speakup_identity::one_time_password();
            let path = write_password_file(settings, &settings.admin_email, &generated)?;
            (generated, Some(path))
        }
    };
    match identity.ensure_first_admin(&settings.admin_email, &password).await.map_err(problem)? {
        Some(_) => Ok(Some(FirstAdmin { password_file })),
        None => {
            // Another replica made the first admin in the meantime: this password opens nothing.
            if let Some(path) = &password_file {
                let _ = std::fs::remove_file(path);
            }
            Ok(None)
        }
    }
}

fn first_admin_problem(error: speakup_identity::IdentityError) -> String {
    match error {
        speakup_identity::IdentityError::WeakPassword { message, .. } => format!(
            "SPEAKUP_ADMIN_PASSWORD is refused ({}): choose one of at least 12 characters that is not a common password, or leave it unset to have one generated",
            match message {
                "error-password-too-short" => "too short",
                _ => "a common password",
            }
        ),
        other => other.to_string(),
    }
}

fn write_password_file(settings: &Settings, email: &str, password: &str) -> Result<PathBuf, StartupError> {
    let path = settings.data_dir.join("first-admin-password.txt");
    std::fs::create_dir_all(&settings.data_dir)
        .and_then(|_| write_private(&path, &format!("email: {email}\none-time password: {password}\n")))
        .map_err(|e| StartupError::FirstAdmin(format!("could not write {}: {e}", path.display())))?;
    Ok(path)
}
