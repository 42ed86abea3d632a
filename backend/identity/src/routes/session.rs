//! Sign in, sign out, who am I, change password.

use actix_web::cookie::{time, Cookie, SameSite};
use actix_web::{web, HttpResponse};
use chrono::{TimeZone, Utc};
use speakup_platform::auth::{Claims, Staff, SESSION_COOKIE};
use speakup_platform::extract::Valid;
use speakup_platform::secrets::{random_token, verify_against_nothing, verify_secret};
use speakup_platform::ApiError;
use speakup_types::identity::{ChangePassword, LoginRequest, SessionInfo};

use crate::error::IdentityError;
use crate::{accounts, manage, sessions, Identity};

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
    // Under a spray everyone waits a little; nothing is hashed while the budget is spent.
    identity.failed_sign_ins.check()?;
    if let Err(locked) = identity.login_limiter.check(&accounts::normalise_email(&email)) {
        tracing::warn!(security = "sign_in_locked", "sign-in refused: too many tries for one account name");
        return Err(locked);
    }
    let found = identity.db.run(move |conn| accounts::find_by_email(conn, &email).map_err(IdentityError::from)).await?;
    let known = found.as_ref().map(|a| a.id.clone());
    // argon2 runs without holding a database connection. The hash comes first so a
    // disabled or unknown account answers no faster than a wrong password.
    let signed_in = identity.hashing.run(move || match found {
        Some(account) if verify_secret(&password, &account.password_hash) && account.active => Some(account),
        Some(_) => None,
        None => {
            verify_against_nothing(&password);
            None
        }
    })
    .await?;
    let Some(account) = signed_in else {
        // The account's id when there is one, never the name that was typed.
        tracing::warn!(security = "sign_in_failed", user = known.as_deref().unwrap_or("none"), "sign-in failed");
        if !identity.failed_sign_ins.spend() {
            tracing::warn!(security = "sign_in_spray", "failed sign-ins across accounts are over budget: everyone is slowed");
        }
        return Err(IdentityError::InvalidCredentials.into());
    };
    let user = account.to_user()?;
    let claims = Claims::new(random_token(24), random_token(24));
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

/// The signed-in account as stored now (the `Staff` extractor has already checked the session).
async fn own_account(identity: &Identity, staff: &Staff) -> Result<accounts::AccountRow, ApiError> {
    let uid = staff.user_id();
    let account = identity.db.run(move |conn| accounts::find(conn, uid).map_err(IdentityError::from)).await?;
    Ok(account.ok_or(IdentityError::SessionEnded)?)
}

/// Who is signed in. Other services call this, with the same cookie, to resolve a session.
pub async fn current(identity: web::Data<Identity>, staff: Staff) -> Result<HttpResponse, ApiError> {
    let account = own_account(&identity, &staff).await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(SessionInfo {
        user: account.to_user()?,
        csrf_token: staff.claims.csrf.clone(),
        must_change_password: account.must_change_password,
    }))
}

pub async fn logout(identity: web::Data<Identity>, staff: Staff) -> Result<HttpResponse, ApiError> {
    let sid = staff.claims.sid.clone();
    identity.db.run(move |conn| sessions::revoke(conn, &sid).map_err(IdentityError::from)).await?;
    tracing::info!(user = %staff.user_id(), "staff signed out");
    let mut gone = session_cookie(String::new(), identity.behind_tls);
    gone.set_max_age(time::Duration::ZERO);
    Ok(HttpResponse::NoContent().cookie(gone).finish())
}

pub async fn change_password(
    identity: web::Data<Identity>,
    staff: Staff,
    body: Valid<ChangePassword>,
) -> Result<HttpResponse, ApiError> {
    let account = own_account(&identity, &staff).await?;
    identity.login_limiter.check(&account.email)?;
    let ChangePassword { current_password, new_password } = body.into_inner();
    manage::change_own_password(&identity, account, staff.claims.sid.clone(), current_password, new_password).await?;
    tracing::info!(security = "password_changed", user = %staff.user_id(), "staff changed password");
    Ok(HttpResponse::NoContent().finish())
}
