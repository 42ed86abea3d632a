//! Staff authentication that any service can check on its own.
//!
//! Identity signs a short token (HMAC-SHA256 over the claims) and sets it as an HttpOnly,
//! SameSite=Strict cookie. Every other service verifies the signature and expiry with the
//! shared secret, without calling identity. The claims carry a CSRF token that the PWA
//! must echo in `X-CSRF-Token` on every state-changing request.

use actix_web::dev::Payload;
use actix_web::http::Method;
use actix_web::{web, FromRequest, HttpRequest};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{Duration, Utc};
use futures_util::future::{ready, Ready};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use speakup_types::identity::Role;
use uuid::Uuid;

use crate::secrets::{constant_time_eq, derive};
use crate::ApiError;

pub const SESSION_COOKIE: &str = "speakup_session";
pub const CSRF_HEADER: &str = "x-csrf-token";
/// A working day and a bit; the PWA asks for a fresh sign-in after that.
pub const SESSION_HOURS: i64 = 10;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claims {
    /// The server-side session in identity, so sign-out and revocation can find it.
    pub sid: String,
    pub uid: Uuid,
    pub role: Role,
    pub csrf: String,
    /// Expiry, seconds since the epoch.
    pub exp: i64,
    /// Set while the account still has a first password: nothing is allowed but choosing
    /// a new one, so a one-time password handed over in person cannot be used for work.
    #[serde(default)]
    pub must_change: bool,
}

impl Claims {
    pub fn new(sid: String, uid: Uuid, role: Role, csrf: String) -> Claims {
        Claims { sid, uid, role, csrf, exp: (Utc::now() + Duration::hours(SESSION_HOURS)).timestamp(), must_change: false }
    }
}

/// The signing key, derived from the deployment's master secret.
#[derive(Clone)]
pub struct TokenKeys {
    key: [u8; 32],
}

impl TokenKeys {
    pub fn from_master(master: &[u8]) -> TokenKeys {
        TokenKeys { key: derive(master, "staff-session-token", b"") }
    }

    fn mac(&self, payload: &str) -> Vec<u8> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC takes keys of any length");
        mac.update(payload.as_bytes());
        mac.finalize().into_bytes().to_vec()
    }

    pub fn sign(&self, claims: &Claims) -> String {
        let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(claims).expect("claims serialise"));
        let signature = URL_SAFE_NO_PAD.encode(self.mac(&payload));
        format!("{payload}.{signature}")
    }

    /// The claims of a token we signed that has not expired; `None` for anything else.
    pub fn verify(&self, token: &str) -> Option<Claims> {
        let (payload, signature) = token.split_once('.')?;
        let signature = URL_SAFE_NO_PAD.decode(signature).ok()?;
        if !constant_time_eq(&signature, &self.mac(payload)) {
            return None;
        }
        let claims: Claims = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()?;
        (claims.exp > Utc::now().timestamp()).then_some(claims)
    }
}

/// A signed-in member of staff. Extracting it fails with 401 when there is no valid
/// session, and with 403 when a state-changing request lacks the matching CSRF token.
#[derive(Debug, Clone)]
pub struct Staff {
    pub claims: Claims,
}

impl Staff {
    pub fn user_id(&self) -> Uuid {
        self.claims.uid
    }

    pub fn role(&self) -> Role {
        self.claims.role
    }

    /// Fails with 403 unless the role passes `allowed` and the first password has been changed.
    pub fn require(&self, allowed: fn(Role) -> bool) -> Result<(), ApiError> {
        if self.claims.must_change {
            return Err(ApiError::Forbidden("error-choose-new-password"));
        }
        if allowed(self.claims.role) {
            Ok(())
        } else {
            Err(ApiError::Forbidden("error-role-not-allowed"))
        }
    }

    fn from_http(req: &HttpRequest) -> Result<Staff, ApiError> {
        let keys = req
            .app_data::<web::Data<TokenKeys>>()
            .ok_or_else(|| ApiError::Internal("token keys not configured".into()))?;
        let claims = req
            .cookie(SESSION_COOKIE)
            .and_then(|cookie| keys.verify(cookie.value()))
            .ok_or(ApiError::Unauthorized("error-sign-in-needed"))?;
        let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
        if !safe {
            let sent = req.headers().get(CSRF_HEADER).map(|v| v.as_bytes()).unwrap_or_default();
            if !constant_time_eq(sent, claims.csrf.as_bytes()) {
                return Err(ApiError::Forbidden("error-page-expired"));
            }
        }
        Ok(Staff { claims })
    }
}

impl FromRequest for Staff {
    type Error = ApiError;
    type Future = Ready<Result<Staff, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Staff::from_http(req))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims() -> Claims {
        Claims::new("sid".into(), Uuid::nil(), Role::Triage, "csrf".into())
    }

    #[test]
    fn a_signed_token_verifies_with_the_same_key_only() {
        let keys = TokenKeys::from_master(b"master");
        let token = keys.sign(&claims());
        assert_eq!(keys.verify(&token), Some(claims()));
        assert_eq!(TokenKeys::from_master(b"other").verify(&token), None);
    }

    #[test]
    fn a_first_password_session_may_do_nothing_else() {
        let first_password = Claims { must_change: true, ..claims() };
        let staff = Staff { claims: first_password };
        assert!(matches!(staff.require(Role::can_triage), Err(ApiError::Forbidden(_))));
        let staff = Staff { claims: claims() };
        assert!(staff.require(Role::can_triage).is_ok());
        assert!(matches!(staff.require(|r| r == Role::Admin), Err(ApiError::Forbidden(_))));
    }

    #[test]
    fn tampered_or_expired_tokens_fail() {
        let keys = TokenKeys::from_master(b"master");
        let token = keys.sign(&claims());
        let (_, signature) = token.split_once('.').unwrap();
        let mut promoted = claims();
        promoted.role = Role::Admin;
        let forged = format!("{}.{signature}", URL_SAFE_NO_PAD.encode(serde_json::to_vec(&promoted).unwrap()));
        assert_eq!(keys.verify(&forged), None);

        let mut old = claims();
        old.exp = Utc::now().timestamp() - 1;
        assert_eq!(keys.verify(&keys.sign(&old)), None);
        assert_eq!(keys.verify("garbage"), None);
    }
}
