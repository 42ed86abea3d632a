//! Builds the whole app from settings.

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::web;
use speakup_identity::{FirstAdmin, Identity};
use speakup_platform::config::Settings;
use speakup_platform::http::{api_not_found, health, serve};
use speakup_referrals::Referrals;

use crate::static_files;

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("could not read or create the secret in the data folder: {0}")]
    Secret(std::io::Error),
    #[error("the {service} database could not be opened: {source}")]
    Database { service: &'static str, source: speakup_platform::db::DbError },
    #[error("could not create the first admin: {0}")]
    FirstAdmin(String),
    #[error("could not listen on {address}: {source}")]
    Listen { address: String, source: std::io::Error },
}

pub struct Started {
    pub server: Server,
    pub port: u16,
    pub first_admin: Option<FirstAdmin>,
}

pub async fn build(settings: &Settings, listener: TcpListener) -> Result<Started, StartupError> {
    let secret = settings.master_secret().map_err(StartupError::Secret)?;
    let pool = settings.db_pool_size;
    let identity = Identity::open(&settings.database_url_for(speakup_identity::SERVICE), &secret, settings.behind_tls, pool)
        .map_err(|source| StartupError::Database { service: "identity", source })?;
    let referrals = Referrals::open(&settings.database_url_for(speakup_referrals::SERVICE), &secret, pool)
        .map_err(|source| StartupError::Database { service: "referrals", source })?
        .with_submission_limit(settings.submissions_per_ten_minutes);
    let first_admin = identity
        .ensure_first_admin(&settings.admin_email, settings.admin_password.as_deref())
        .await
        .map_err(|e| StartupError::FirstAdmin(e.to_string()))?;

    let databases = vec![identity.database(), referrals.database()];
    let identity_routes = identity.configure();
    let referral_routes = referrals.configure();
    let static_dir = settings.static_dir.clone();
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(settings.port);
    let server = serve(listener, settings.behind_tls, move |cfg: &mut web::ServiceConfig| {
        cfg.service(health("", databases.clone()));
        identity_routes(cfg);
        referral_routes(cfg);
        cfg.service(web::scope("/api").default_service(web::to(api_not_found)));
        static_files::configure(cfg, &static_dir);
    })
    .map_err(|source| StartupError::Listen { address: format!("port {port}"), source })?;
    Ok(Started { server, port, first_admin })
}
