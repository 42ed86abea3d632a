//! Settings. Defaults make `cargo xtask run` work with nothing set; a TOML file named by
//! `SPEAKUP_CONFIG` and then `SPEAKUP_*` environment variables override them.

use std::path::PathBuf;

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};

use crate::secrets::{MasterSecret, WeakSecret};

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
    /// New referrals per 10 minutes above which each one's proof of work grows harder.
    pub submissions_per_ten_minutes: u32,
    /// Where identity answers, for services that resolve staff sessions through it. Unset in
    /// the all-in-one server, which asks itself.
    pub identity_url: Option<String>,
    /// How long a service may trust identity's answer about a session (at most 30).
    pub session_cache_seconds: u64,
    /// A staff session ends after this long without a request.
    pub session_idle_minutes: u32,
    /// The provider's phone line, given to anyone who says a referral cannot wait. Unset,
    /// people are told to call 999 when someone is in danger, and nothing else.
    pub provider_phone: Option<String>,
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
            identity_url: None,
            session_cache_seconds: 5,
            session_idle_minutes: 30,
            provider_phone: None,
        }
    }
}

impl Settings {
    pub fn load() -> Result<Settings, Box<figment::Error>> {
        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        if let Ok(path) = std::env::var("SPEAKUP_CONFIG") {
            figment = figment.merge(Toml::file_exact(path));
        }
        // A phone number is text: read as a value it would become a number and lose its 0.
        let env = Env::prefixed("SPEAKUP_").ignore(&["CONFIG", "PROVIDER_PHONE"]);
        let mut settings: Settings = figment.merge(env).extract().map_err(Box::new)?;
        if let Ok(phone) = std::env::var("SPEAKUP_PROVIDER_PHONE") {
            settings.provider_phone = Some(phone).filter(|p| !p.trim().is_empty());
        }
        settings.checked().map_err(|message| Box::new(figment::Error::from(message)))
    }

    /// Refuses settings that would quietly weaken a promise, with a message saying why.
    fn checked(self) -> Result<Settings, String> {
        if self.session_cache_seconds > crate::auth::remote::MAX_CACHE_SECS {
            return Err(format!(
                "SPEAKUP_SESSION_CACHE_SECONDS is {}, but a signed-out session must stop working within {} seconds",
                self.session_cache_seconds,
                crate::auth::remote::MAX_CACHE_SECS
            ));
        }
        if self.identity_url.as_deref().is_some_and(|url| !url.starts_with("http://")) {
            return Err("SPEAKUP_IDENTITY_URL must be an http:// address inside your network (services talk to identity without TLS; put TLS at the edge)".into());
        }
        let longest = crate::auth::SESSION_HOURS as u32 * 60;
        if self.session_idle_minutes == 0 || self.session_idle_minutes > longest {
            return Err(format!("SPEAKUP_SESSION_IDLE_MINUTES must be between 1 and {longest}"));
        }
        if self.provider_phone.as_deref().is_some_and(|phone| speakup_types::text::phone_number(phone).is_err()) {
            return Err("SPEAKUP_PROVIDER_PHONE must be a phone number people can dial, such as 0300 123 4567".into());
        }
        Ok(self)
    }

    /// The database URL one service should use.
    pub fn database_url_for(&self, service: &str) -> String {
        match &self.database_url {
            Some(url) => crate::db::postgres_url_for_service(url, service),
            None => self.data_dir.join(format!("{service}.db")).to_string_lossy().into_owned(),
        }
    }
}

/// Why the master secret could not be had.
#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error(transparent)]
    Weak(#[from] WeakSecret),
    #[error("{path} holds a secret SpeakUp will not use ({reason}); restore the right file or remove it to start afresh, which ends every staff session and every tracking code")]
    WeakFile { path: String, reason: WeakSecret },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

impl Settings {
    /// The deployment's master secret: `SPEAKUP_SECRET`, or a random one generated into
    /// `data_dir/secret.key` on first start and reused after. Replicas must share it. A
    /// secret with less than 32 bytes of randomness is refused (see [`MasterSecret::parse`]).
    pub fn master_secret(&self) -> Result<MasterSecret, SecretError> {
        if let Some(secret) = &self.secret {
            return Ok(MasterSecret::parse(secret)?);
        }
        let path = self.data_dir.join("secret.key");
        match std::fs::read_to_string(&path) {
            Ok(existing) if !existing.trim().is_empty() => MasterSecret::parse(&existing)
                .map_err(|reason| SecretError::WeakFile { path: path.display().to_string(), reason }),
            // Only a missing file means "first start". Regenerating after any other failure
            // would end every staff session and orphan every tracking code.
            Ok(_) => Err(std::io::Error::other(format!("{} is empty; restore it or remove it", path.display())).into()),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                std::fs::create_dir_all(&self.data_dir)?;
                let (secret, text) = MasterSecret::generate();
                write_private(&path, &text)?;
                Ok(secret)
            }
            Err(error) => Err(error.into()),
        }
    }
}

#[cfg(unix)]
pub fn write_private(path: &std::path::Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(path)?;
    file.write_all(contents.as_bytes())
}

#[cfg(not(unix))]
pub fn write_private(path: &std::path::Path, contents: &str) -> std::io::Result<()> {
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
        assert!(first.as_bytes().len() >= 43);
        assert_eq!(settings.master_secret().unwrap().as_bytes(), first.as_bytes());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.join("secret.key")).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "only its owner may read the secret");
        }
        let strong = crate::secrets::random_token(32);
        let given = Settings { secret: Some(strong.clone()), ..settings.clone() };
        assert_eq!(given.master_secret().unwrap().as_bytes(), strong.as_bytes());
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn the_providers_phone_line_must_be_one_people_can_dial() {
        let phone = |p: &str| Settings { provider_phone: Some(p.into()), ..Settings::default() }.checked();
        assert!(phone("0300 123 4567").is_ok());
        assert!(phone("call us").unwrap_err().contains("SPEAKUP_PROVIDER_PHONE"));
        // Given without spaces it stays text, leading 0 and all (no other test reads this variable).
        std::env::set_var("SPEAKUP_PROVIDER_PHONE", "03001234567");
        let loaded = Settings::load().map(|s| s.provider_phone);
        std::env::remove_var("SPEAKUP_PROVIDER_PHONE");
        assert_eq!(loaded.expect("loads"), Some("03001234567".to_string()));
    }

    #[test]
    fn session_settings_keep_revocation_prompt() {
        let slow = Settings { session_cache_seconds: 31, ..Settings::default() };
        assert!(slow.checked().unwrap_err().contains("30 seconds"));
        let idle = Settings { session_idle_minutes: 0, ..Settings::default() };
        assert!(idle.checked().is_err());
        assert!(Settings::default().checked().is_ok());
        let tls = Settings { identity_url: Some("https://identity.example".into()), ..Settings::default() };
        assert!(tls.checked().unwrap_err().contains("http://"));
    }

    #[test]
    fn a_guessable_secret_is_refused_with_how_to_make_one() {
        let given = Settings { secret: Some("changeme".into()), ..Settings::default() };
        let error = given.master_secret().unwrap_err().to_string();
        assert!(error.contains("256") && error.contains("openssl rand -base64 32"), "{error}");

        let dir = std::env::temp_dir().join(format!("speakup-secret-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("secret.key"), "changeme\n").unwrap();
        let from_file = Settings { data_dir: dir.clone(), ..Settings::default() };
        assert!(matches!(from_file.master_secret(), Err(SecretError::WeakFile { .. })));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
