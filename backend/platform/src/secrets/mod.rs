//! Hashing and random values. Secrets are stored only as argon2id hashes.

mod master;

pub use master::{MasterSecret, WeakSecret, HOW_TO_MAKE_ONE};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use base64::Engine;
use hmac::{Hmac, Mac};
use rand::rngs::OsRng;
use rand::RngCore;
use sha2::Sha256;

/// Hashes a password or tracking code with argon2id (the crate's OWASP-level defaults).
/// Slow on purpose: call it on the blocking pool.
pub fn hash_secret(secret: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(secret.as_bytes(), &salt)
        .expect("argon2 with default parameters cannot fail on a fresh salt")
        .to_string()
}

/// Checks a secret against a stored hash. A malformed hash counts as a mismatch.
pub fn verify_secret(secret: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| Argon2::default().verify_password(secret.as_bytes(), &parsed).is_ok())
        .unwrap_or(false)
}

/// Spends the same time as a real verification, so that "no such account" and
/// "wrong password" cannot be told apart by timing.
pub fn verify_against_nothing(secret: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let hash = DUMMY.get_or_init(|| hash_secret("speakup-timing-equaliser"));
    let _ = verify_secret(secret, hash);
}

/// A bounded share of the machine for slow hashing (`hash_secret`, `verify_secret`): each
/// hash takes about 19 MiB and a core for tens of milliseconds. Work waits at most `wait` for
/// one of `permits` places and is otherwise refused with 503 and a Retry-After, so a flood
/// cannot queue without end. Anonymous tracking and submission share one budget and staff
/// sign-in has its own, so a flood of tracking attempts never keeps staff out.
#[derive(Clone)]
pub struct HashBudget {
    permits: std::sync::Arc<tokio::sync::Semaphore>,
    wait: std::time::Duration,
}

impl HashBudget {
    pub fn new(permits: usize, wait: std::time::Duration) -> HashBudget {
        HashBudget { permits: std::sync::Arc::new(tokio::sync::Semaphore::new(permits.max(1))), wait }
    }

    /// Runs `work` on the blocking pool once a place is free, without holding anything else
    /// such as a database connection.
    pub async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Result<T, crate::ApiError> {
        let permit = match tokio::time::timeout(self.wait, self.permits.clone().acquire_owned()).await {
            Ok(Ok(permit)) => permit,
            Ok(Err(_)) => return Err(crate::ApiError::Unavailable("hashing closed".into())),
            Err(_) => {
                tracing::warn!(security = "hashing_busy", "slow hashing is at capacity: a request was turned away");
                return Err(crate::ApiError::Busy { retry_after_secs: 5 });
            }
        };
        let result = actix_web::web::block(move || {
            let _permit = permit;
            work()
        })
        .await;
        result.map_err(|_| crate::ApiError::Unavailable("hashing cancelled".into()))
    }
}

/// URL-safe random token with `bytes` bytes of entropy.
pub fn random_token(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    OsRng.fill_bytes(&mut buf);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buf)
}

/// A keyed hash of `input` for one `purpose`, so one master secret serves several uses
/// without one use revealing another.
pub fn derive(master: &[u8], purpose: &str, input: &[u8]) -> [u8; 32] {
    let mut mac = Hmac::<Sha256>::new_from_slice(master).expect("HMAC takes keys of any length");
    mac.update(purpose.as_bytes());
    mac.update(&[0]);
    mac.update(input);
    mac.finalize().into_bytes().into()
}

/// Equality that takes the same time wherever the inputs differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    use subtle::ConstantTimeEq;
    a.ct_eq(b).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_only_their_secret() {
        let hash = hash_secret("correct horse battery staple");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_secret("correct horse battery staple", &hash));
        assert!(!verify_secret("correct horse battery stapler", &hash));
        assert!(!verify_secret("anything", "not a hash"));
    }

    #[test]
    fn derivations_differ_by_purpose_and_input() {
        let a = derive(b"master", "tracking", b"key-1");
        assert_eq!(a, derive(b"master", "tracking", b"key-1"));
        assert_ne!(a, derive(b"master", "session", b"key-1"));
        assert_ne!(a, derive(b"master", "tracking", b"key-2"));
        assert_ne!(a, derive(b"other", "tracking", b"key-1"));
    }

    #[actix_web::test]
    async fn a_full_budget_turns_work_away_after_its_wait() {
        let budget = HashBudget::new(1, std::time::Duration::from_millis(50));
        let (started, release) = tokio::sync::oneshot::channel::<()>();
        let (hold, held) = std::sync::mpsc::channel::<()>();
        let busy = budget.clone();
        let first = actix_web::rt::spawn(async move {
            busy.run(move || {
                started.send(()).unwrap();
                held.recv().unwrap();
            })
            .await
        });
        release.await.unwrap();
        match budget.run(|| ()).await {
            Err(crate::ApiError::Busy { retry_after_secs }) => assert!(retry_after_secs >= 1),
            other => panic!("expected to be turned away, got {other:?}"),
        }
        hold.send(()).unwrap();
        first.await.unwrap().unwrap();
        assert!(budget.run(|| 7).await.is_ok_and(|n| n == 7), "a free place is used at once");
    }

    #[test]
    fn random_tokens_are_long_and_distinct() {
        let (a, b) = (random_token(32), random_token(32));
        assert_eq!(a.len(), 43);
        assert_ne!(a, b);
        assert!(constant_time_eq(a.as_bytes(), a.as_bytes()));
        assert!(!constant_time_eq(a.as_bytes(), b.as_bytes()));
    }
}
