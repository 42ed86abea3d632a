//! Sign in, sign out, who am I, change password.

use actix_web::cookie::{time, Cookie, SameSite};
use actix_web::{web, HttpResponse};
use chrono::{TimeZone, Utc};
use speakup_platform::auth::{Claims, Staff, SESSION_COOKIE};
use speakup_platform::extract::Valid;
use speakup_platform::secrets::{hash_secret, hashing, random_token, verify_against_nothing, verify_secret};
use speakup_platform::ApiError;
use speakup_types::identity::{ChangePassword, LoginRequest, SessionInfo};

use crate::error::IdentityError;
use crate::{accounts, sessions, Identity};

fn session_cookie(value: String, behind_tls: bool) -> Cookie<'static> {
    // Path `/api` keeps the cookie off static file requests; Strict keeps it off
    // every cross-site request.
    Cookie::build(SESSION_COOKIE, value)
        .path("/api")
        .http_only(true)
        .secure(behind_tls)
        .same_site(SameSite::Strict)
        .finish()
}

pub async fn login(identity: web::Data<Identity>, body: Valid<LoginRequest>) -> Result<HttpResponse, ApiError> {
    let LoginRequest { email, password } = body.into_inner();
    identity.login_limiter.check(&accounts::normalise_email(&email))?;
    let found = identity.db.run(move |conn| accounts::find_by_email(conn, &email).map_err(IdentityError::from)).await?;
    // argon2 runs without holding a database connection. The hash comes first so a
    // disabled or unknown account answers no faster than a wrong password.
    let account = hashing(move || match found {
        Some(account) if verify_secret(&password, &account.password_hash) && account.active => Ok(account),
        Some(_) => Err(IdentityError::InvalidCredentials),
        None => {
            verify_against_nothing(&password);
            Err(IdentityError::InvalidCredentials)
        }
    })
    .await??;
    let user = account.to_user()?;
    let mut claims = Claims::new(random_token(24), user.id, user.role, random_token(24));
    claims.must_change = account.must_change_password;
    let expires = Utc.timestamp_opt(claims.exp, 0).single().unwrap_or_else(Utc::now);
    let (sid, uid) = (claims.sid.clone(), user.id);
    identity.db.run(move |conn| sessions::create(conn, &sid, uid, expires).map_err(IdentityError::from)).await?;
    tracing::info!(user = %user.id, "staff signed in");
    let cookie = session_cookie(identity.keys.sign(&claims), identity.behind_tls);
    Ok(HttpResponse::Ok().cookie(cookie).json(SessionInfo {
        user,
        csrf_token: claims.csrf,
        must_change_password: account.must_change_password,
    }))
}

/// The signed-in user, re-read from the database so a disabled account or a revoked
/// session stops here at once.
pub(crate) async fn live_account(identity: &Identity, staff: &Staff) -> Result<accounts::AccountRow, ApiError> {
    let (sid, uid) = (staff.claims.sid.clone(), staff.user_id());
    let account = identity
        .db
        .run(move |conn| {
            if !sessions::is_live(conn, &sid)? {
                return Err(IdentityError::SessionEnded);
            }
            match accounts::find(conn, uid)? {
                Some(account) if account.active => Ok(account),
                _ => Err(IdentityError::SessionEnded),
            }
        })
        .await?;
    Ok(account)
}

pub async fn current(identity: web::Data<Identity>, staff: Staff) -> Result<HttpResponse, ApiError> {
    let account = live_account(&identity, &staff).await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(SessionInfo {
        user: account.to_user()?,
        csrf_token: staff.claims.csrf.clone(),
        must_change_password: account.must_change_password,
    }))
}

pub async fn logout(identity: web::Data<Identity>, staff: Staff) -> Result<HttpResponse, ApiError> {
    let sid = staff.claims.sid.clone();
    identity.db.run(move |conn| sessions::revoke(conn, &sid).map_err(IdentityError::from)).await?;
    let mut gone = session_cookie(String::new(), identity.behind_tls);
    gone.set_max_age(time::Duration::ZERO);
    Ok(HttpResponse::NoContent().cookie(gone).finish())
}

pub async fn change_password(
    identity: web::Data<Identity>,
    staff: Staff,
    body: Valid<ChangePassword>,
) -> Result<HttpResponse, ApiError> {
    let account = live_account(&identity, &staff).await?;
    identity.login_limiter.check(&account.email)?;
    let ChangePassword { current_password, new_password } = body.into_inner();
    if new_password == current_password {
        return Err(ApiError::field("new_password", "error-new-password-same"));
    }
    let (uid, sid) = (staff.user_id(), staff.claims.sid.clone());
    let new_hash = hashing(move || {
        verify_secret(&current_password, &account.password_hash).then(|| hash_secret(&new_password))
    })
    .await?
    .ok_or(IdentityError::WrongCurrentPassword)?;
    identity
        .db
        .run(move |conn| {
            accounts::set_password(conn, uid, &new_hash)?;
            sessions::revoke_all_except(conn, uid, &sid)?;
            Ok::<_, IdentityError>(())
        })
        .await?;
    tracing::info!(user = %uid, "staff changed password");
    // The same session, now allowed to work.
    let claims = Claims { must_change: false, ..staff.claims.clone() };
    Ok(HttpResponse::NoContent().cookie(session_cookie(identity.keys.sign(&claims), identity.behind_tls)).finish())
}
