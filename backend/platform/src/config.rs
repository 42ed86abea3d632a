//! Settings. Defaults make `cargo xtask run` work with nothing set; a TOML file named by
//! `SPEAKUP_CONFIG` and then `SPEAKUP_*` environment variables override them.

use std::path::PathBuf;

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Settings {
    pub host: String,
    pub port: u16,
    /// Where SQLite files (one per service) and the generated secret live.
    pub data_dir: PathBuf,
    /// A PostgreSQL URL such as `postgres://user@host:5432/speakup`. When set, each service
    /// uses its own database named `<that name>_<service>`; when absent, SQLite under `data_dir`.
    pub database_url: Option<String>,
    /// The built PWA (`frontend/dist`).
    pub static_dir: PathBuf,
    /// Secret for signing staff tokens and deriving tracking codes. Generated into
    /// `data_dir/secret.key` on first start when not given.
    pub secret: Option<String>,
    /// Set when served behind TLS: cookies get `Secure` and responses get HSTS.
    pub behind_tls: bool,
    /// `pretty` for people, `json` for log collectors.
    pub log_format: String,
    /// The first provider admin, created on first start.
    pub admin_email: String,
    pub admin_password: Option<String>,
    pub db_pool_size: u32,
    /// New referrals each route accepts per 10 minutes (the service-wide flood limit).
    pub submissions_per_ten_minutes: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            host: "127.0.0.1".into(),
            port: 8080,
            data_dir: "data".into(),
            database_url: None,
            static_dir: "frontend/dist".into(),
            secret: None,
            behind_tls: false,
            log_format: "pretty".into(),
            admin_email: "admin@speakup.local".into(),
            admin_password: None,
            db_pool_size: 8,
            submissions_per_ten_minutes: 60,
        }
    }
}

impl Settings {
    pub fn load() -> Result<Settings, Box<figment::Error>> {
        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        if let Ok(path) = std::env::var("SPEAKUP_CONFIG") {
            figment = figment.merge(Toml::file_exact(path));
        }
        figment.merge(Env::prefixed("SPEAKUP_").ignore(&["CONFIG"])).extract().map_err(Box::new)
    }

    /// The database URL one service should use.
    pub fn database_url_for(&self, service: &str) -> String {
        match &self.database_url {
            Some(url) => crate::db::postgres_url_for_service(url, service),
            None => self.data_dir.join(format!("{service}.db")).to_string_lossy().into_owned(),
        }
    }
}

impl Settings {
    /// The deployment's master secret: `SPEAKUP_SECRET`, or a random one generated into
    /// `data_dir/secret.key` on first start and reused after. Replicas must share it.
    pub fn master_secret(&self) -> std::io::Result<Vec<u8>> {
        if let Some(secret) = &self.secret {
            return Ok(secret.as_bytes().to_vec());
        }
        let path = self.data_dir.join("secret.key");
        match std::fs::read_to_string(&path) {
            Ok(existing) if !existing.trim().is_empty() => Ok(existing.trim().as_bytes().to_vec()),
            // Only a missing file means "first start". Regenerating after any other failure
            // would end every staff session and orphan every tracking code.
            Ok(_) => Err(std::io::Error::other(format!("{} is empty; restore it or remove it", path.display()))),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                std::fs::create_dir_all(&self.data_dir)?;
                let secret = crate::secrets::random_token(32);
                write_private(&path, &secret)?;
                Ok(secret.into_bytes())
            }
            Err(error) => Err(error),
        }
    }
}

#[cfg(unix)]
fn write_private(path: &std::path::Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(path)?;
    file.write_all(contents.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &std::path::Path, contents: &str) -> std::io::Result<()> {
    std::fs::write(path, contents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_by_default_one_file_per_service() {
        let settings = Settings::default();
        assert_eq!(settings.database_url_for("identity"), "data/identity.db");
    }

    #[test]
    fn postgres_gets_one_database_per_service() {
        let settings = Settings {
            database_url: Some("postgres://postgres@127.0.0.1:5432/speakup?sslmode=disable".into()),
            ..Settings::default()
        };
        assert_eq!(
            settings.database_url_for("referrals"),
            "postgres://postgres@127.0.0.1:5432/speakup_referrals?sslmode=disable"
        );
    }

    #[test]
    fn a_generated_secret_is_kept_and_reused() {
        let dir = std::env::temp_dir().join(format!("speakup-secret-{}", uuid::Uuid::new_v4()));
        let settings = Settings { data_dir: dir.clone(), ..Settings::default() };
        let first = settings.master_secret().unwrap();
        assert!(first.len() >= 32);
        assert_eq!(settings.master_secret().unwrap(), first);
        let given = Settings { secret: Some("from-env".into()), ..settings };
        assert_eq!(given.master_secret().unwrap(), b"from-env");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
