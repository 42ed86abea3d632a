//! How a service other than identity resolves a staff session: it asks identity's
//! `GET /api/identity/v1/session` with the same cookie, and keeps the answer for a few
//! seconds (at most [`MAX_CACHE_SECS`]) so a busy staff page does not ask on every request.
//! A revoked session is therefore refused everywhere within that time. When identity cannot
//! be reached the request fails closed (503), never open.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::future::LocalBoxFuture;
use sha2::{Digest, Sha256};
use speakup_types::identity::SessionInfo;

use super::{Claims, Principal, ResolveSession, SESSION_COOKIE};
use crate::ApiError;

/// The longest a service may go on trusting an answer from identity.
pub const MAX_CACHE_SECS: u64 = 30;
/// Past this many cached sessions, expired ones are dropped (and, if none are, all of them).
const MAX_CACHED: usize = 10_000;

#[derive(Clone)]
pub struct IdentityClient(Arc<Inner>);

struct Inner {
    session_url: String,
    client: reqwest::Client,
    ttl: Duration,
    /// Keyed by a hash of the token, so the cache holds no usable credential.
    cache: Mutex<HashMap<[u8; 32], (Principal, Instant)>>,
}

impl IdentityClient {
    /// `identity_url` is where identity answers, e.g. `http://127.0.0.1:8080` in the
    /// all-in-one server or `http://identity:8080` behind a load balancer. `cache` is capped
    /// at [`MAX_CACHE_SECS`].
    pub fn new(identity_url: &str, cache: Duration) -> IdentityClient {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            .build()
            .expect("an HTTP client without TLS always builds");
        IdentityClient(Arc::new(Inner {
            session_url: format!("{}/api/identity/v1/session", identity_url.trim_end_matches('/')),
            client,
            ttl: cache.min(Duration::from_secs(MAX_CACHE_SECS)),
            cache: Mutex::new(HashMap::new()),
        }))
    }
}

impl Inner {
    fn cached(&self, key: &[u8; 32]) -> Option<Principal> {
        let cache = self.cache.lock().expect("cache lock");
        cache.get(key).filter(|(_, at)| at.elapsed() < self.ttl).map(|(principal, _)| principal.clone())
    }

    fn remember(&self, key: [u8; 32], principal: Principal) {
        if self.ttl.is_zero() {
            return;
        }
        let mut cache = self.cache.lock().expect("cache lock");
        if cache.len() >= MAX_CACHED {
            let ttl = self.ttl;
            cache.retain(|_, (_, at)| at.elapsed() < ttl);
            if cache.len() >= MAX_CACHED {
                cache.clear();
            }
        }
        cache.insert(key, (principal, Instant::now()));
    }

    fn forget(&self, key: &[u8; 32]) {
        self.cache.lock().expect("cache lock").remove(key);
    }

    async fn ask(self: Arc<Self>, token: String) -> Result<Principal, ApiError> {
        let key: [u8; 32] = Sha256::digest(token.as_bytes()).into();
        if let Some(principal) = self.cached(&key) {
            return Ok(principal);
        }
        let response = self
            .client
            .get(&self.session_url)
            .header("cookie", format!("{SESSION_COOKIE}={token}"))
            .send()
            .await
            .map_err(|_| ApiError::Unavailable("identity could not be reached".into()))?;
        match response.status().as_u16() {
            200 => {
                let info: SessionInfo =
                    response.json().await.map_err(|_| ApiError::Unavailable("identity answered in an unknown form".into()))?;
                let principal = Principal {
                    user_id: info.user.id,
                    role: info.user.role,
                    display_name: info.user.display_name,
                    must_change_password: info.must_change_password,
                    must_set_up_second_factor: info.must_set_up_second_factor,
                    group: info.group,
                };
                // A session that may do nothing yet (a first password, a second factor owed) is
                // about to change, and the change must count here at once: it is not kept.
                if !principal.must_change_password && !principal.must_set_up_second_factor {
                    self.remember(key, principal.clone());
                }
                Ok(principal)
            }
            401 | 403 => {
                self.forget(&key);
                Err(ApiError::Unauthorized("error-sign-in-needed"))
            }
            status => Err(ApiError::Unavailable(format!("identity answered {status}"))),
        }
    }
}

impl ResolveSession for IdentityClient {
    fn resolve(&self, token: String, _claims: Claims) -> LocalBoxFuture<'static, Result<Principal, ApiError>> {
        Box::pin(self.0.clone().ask(token))
    }
}
