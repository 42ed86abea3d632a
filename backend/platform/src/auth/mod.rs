//! Staff authentication, checked the same way by every service.
//!
//! Identity signs a small token (HMAC-SHA256 over the claims: session id, CSRF token, expiry)
//! and sets it as an HttpOnly, SameSite=Strict cookie. A service first checks the signature
//! and expiry itself, which turns away forgeries without a round trip, and then asks identity
//! who the session belongs to *now* through a [`ResolveSession`]: identity answers from its
//! own tables ([`ResolveSession`] is implemented there), every other service asks identity
//! over HTTP with a cache of a few seconds ([`remote::IdentityClient`]). So signing out, a
//! password change, a disabled account or a new role reach every service within that cache
//! time, never the token's 10 hours. The claims carry a CSRF token that the PWA must echo in
//! `X-CSRF-Token` on every state-changing request.

pub mod remote;

use std::sync::Arc;

use actix_web::dev::Payload;
use actix_web::http::Method;
use actix_web::{web, FromRequest, HttpRequest};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{Duration, Utc};
use futures_util::future::LocalBoxFuture;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use speakup_types::identity::groups::GroupMembership;
use speakup_types::identity::Role;
use uuid::Uuid;

use crate::secrets::{constant_time_eq, derive, MasterSecret};
use crate::ApiError;

pub const SESSION_COOKIE: &str = "speakup_session";
pub const CSRF_HEADER: &str = "x-csrf-token";
/// The longest a session can last, however active: a working day and a bit.
pub const SESSION_HOURS: i64 = 10;
/// Clocks on two servers differ a little; a token may claim this much more than the longest
/// lifetime before it is refused as forged or from a misconfigured signer.
const CLOCK_SKEW_SECS: i64 = 60;

/// What the signed cookie says. Who the session belongs to, and what they may do, is not in
/// it: that is asked of identity on each request (see the module comment).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claims {
    /// The server-side session in identity.
    pub sid: String,
    pub csrf: String,
    /// Expiry, seconds since the epoch.
    pub exp: i64,
}

impl Claims {
    pub fn new(sid: String, csrf: String) -> Claims {
        Claims { sid, csrf, exp: (Utc::now() + Duration::hours(SESSION_HOURS)).timestamp() }
    }
}

/// The signing key, derived from the deployment's master secret.
#[derive(Clone)]
pub struct TokenKeys {
    key: [u8; 32],
}

impl TokenKeys {
    pub fn from_master(master: &MasterSecret) -> TokenKeys {
        TokenKeys { key: derive(master.as_bytes(), "staff-session-token", b"") }
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

    /// The claims of a token we signed that has not expired and does not claim to live longer
    /// than any session can; `None` for anything else.
    pub fn verify(&self, token: &str) -> Option<Claims> {
        let (payload, signature) = token.split_once('.')?;
        let signature = URL_SAFE_NO_PAD.decode(signature).ok()?;
        if !constant_time_eq(&signature, &self.mac(payload)) {
            return None;
        }
        let claims: Claims = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()?;
        let now = Utc::now().timestamp();
        let latest = now + SESSION_HOURS * 3600 + CLOCK_SKEW_SECS;
        (claims.exp > now && claims.exp <= latest).then_some(claims)
    }
}

/// Who a live session belongs to, as identity says at this moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Principal {
    pub user_id: Uuid,
    pub role: Role,
    /// As the account holder gave it (an advocate's profile starts from its first word).
    pub display_name: String,
    /// Set while the account still has a one-time password: nothing is allowed but choosing
    /// a new one, so a password handed over in person cannot be used for work.
    pub must_change_password: bool,
    /// Set while the role requires a second factor the account has not set up: nothing is
    /// allowed but setting one up.
    pub must_set_up_second_factor: bool,
    /// A group member's group, which keeps them to its work.
    pub group: Option<GroupMembership>,
}

/// Turns a verified token into the live [`Principal`], or refuses it (401) when the session
/// has ended, idled out, or its account is disabled.
pub trait ResolveSession: Send + Sync + 'static {
    fn resolve(&self, token: String, claims: Claims) -> LocalBoxFuture<'static, Result<Principal, ApiError>>;
}

/// What the `Staff` extractor needs: the keys to check a token and who to ask about it.
#[derive(Clone)]
pub struct StaffAuth {
    keys: TokenKeys,
    sessions: Arc<dyn ResolveSession>,
}

impl StaffAuth {
    pub fn new(keys: TokenKeys, sessions: Arc<dyn ResolveSession>) -> StaffAuth {
        StaffAuth { keys, sessions }
    }
}

/// A signed-in member of staff. Extracting it fails with 401 when there is no live session,
/// and with 403 when a state-changing request lacks the matching CSRF token.
#[derive(Debug, Clone)]
pub struct Staff {
    pub principal: Principal,
    pub claims: Claims,
}

impl Staff {
    pub fn user_id(&self) -> Uuid {
        self.principal.user_id
    }

    pub fn role(&self) -> Role {
        self.principal.role
    }

    pub fn display_name(&self) -> &str {
        &self.principal.display_name
    }

    /// Fails with 403 unless the role passes `allowed`, the first password has been changed
    /// and any second factor the role requires is set up.
    pub fn require(&self, allowed: fn(Role) -> bool) -> Result<(), ApiError> {
        if self.principal.must_change_password {
            return Err(ApiError::Forbidden("error-choose-new-password"));
        }
        if self.principal.must_set_up_second_factor {
            return Err(ApiError::Forbidden("error-set-up-second-factor"));
        }
        if allowed(self.principal.role) {
            Ok(())
        } else {
            // Ids only: which account tried, never who they are.
            tracing::warn!(security = "role_refused", user = %self.user_id(), role = self.role().as_str(), "staff request refused for its role");
            Err(ApiError::Forbidden("error-role-not-allowed"))
        }
    }

    fn check_token(req: &HttpRequest) -> Result<(StaffAuth, String, Claims), ApiError> {
        let auth = req
            .app_data::<web::Data<StaffAuth>>()
            .ok_or_else(|| ApiError::Internal("staff auth not configured".into()))?;
        let token = req.cookie(SESSION_COOKIE).map(|c| c.value().to_string()).ok_or(ApiError::Unauthorized("error-sign-in-needed"))?;
        let claims = auth.keys.verify(&token).ok_or(ApiError::Unauthorized("error-sign-in-needed"))?;
        let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
        if !safe {
            let sent = req.headers().get(CSRF_HEADER).map(|v| v.as_bytes()).unwrap_or_default();
            if !constant_time_eq(sent, claims.csrf.as_bytes()) {
                tracing::warn!(security = "csrf_refused", "state-changing staff request without the session's CSRF token");
                return Err(ApiError::Forbidden("error-page-expired"));
            }
        }
        Ok((auth.get_ref().clone(), token, claims))
    }
}

impl FromRequest for Staff {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Staff, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let checked = Staff::check_token(req);
        Box::pin(async move {
            let (auth, token, claims) = checked?;
            let principal = auth.sessions.resolve(token, claims.clone()).await?;
            Ok(Staff { principal, claims })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn master() -> MasterSecret {
        MasterSecret::generate().0
    }

    fn claims() -> Claims {
        Claims::new("sid".into(), "csrf".into())
    }

    fn staff(role: Role, must_change_password: bool) -> Staff {
        let principal = Principal { user_id: Uuid::nil(), role, display_name: "Sam Test".into(), must_change_password, must_set_up_second_factor: false, group: None };
        Staff { principal, claims: claims() }
    }

    #[test]
    fn a_signed_token_verifies_with_the_same_key_only() {
        let (one, other) = (master(), master());
        let keys = TokenKeys::from_master(&one);
        let token = keys.sign(&claims());
        assert_eq!(keys.verify(&token), Some(claims()));
        assert_eq!(TokenKeys::from_master(&other).verify(&token), None);
    }

    #[test]
    fn a_first_password_session_may_do_nothing_else() {
        assert!(matches!(staff(Role::Manager, true).require(Role::can_triage), Err(ApiError::Forbidden(_))));
        assert!(staff(Role::Manager, false).require(Role::can_triage).is_ok());
        assert!(matches!(staff(Role::Manager, false).require(|r| r == Role::Admin), Err(ApiError::Forbidden(_))));
    }

    #[test]
    fn a_session_owing_a_second_factor_may_do_nothing_else() {
        let mut owing = staff(Role::Admin, false);
        owing.principal.must_set_up_second_factor = true;
        assert!(matches!(owing.require(|_| true), Err(ApiError::Forbidden("error-set-up-second-factor"))));
    }

    #[test]
    fn tampered_expired_or_overlong_tokens_fail() {
        let keys = TokenKeys::from_master(&master());
        let token = keys.sign(&claims());
        let (_, signature) = token.split_once('.').unwrap();
        let mut other = claims();
        other.sid = "someone-elses-session".into();
        let forged = format!("{}.{signature}", URL_SAFE_NO_PAD.encode(serde_json::to_vec(&other).unwrap()));
        assert_eq!(keys.verify(&forged), None);

        let mut old = claims();
        old.exp = Utc::now().timestamp() - 1;
        assert_eq!(keys.verify(&keys.sign(&old)), None);
        // Signed with the right key, but claiming to outlive any session: refused.
        let mut forever = claims();
        forever.exp = (Utc::now() + Duration::days(3650)).timestamp();
        assert_eq!(keys.verify(&keys.sign(&forever)), None);
        let mut just_over = claims();
        just_over.exp = (Utc::now() + Duration::hours(SESSION_HOURS) + Duration::minutes(5)).timestamp();
        assert_eq!(keys.verify(&keys.sign(&just_over)), None);
        assert_eq!(keys.verify("garbage"), None);
    }
}
