//! Sign in (with its second step when the account uses an authenticator), sign out, who am I,
//! change password.

use actix_web::cookie::{time, Cookie, SameSite};
use actix_web::{web, HttpResponse};
use chrono::{TimeZone, Utc};
use speakup_platform::auth::{Claims, Staff, SESSION_COOKIE};
use speakup_platform::extract::Valid;
use speakup_platform::secrets::{random_token, verify_against_nothing, verify_secret};
use speakup_platform::ApiError;
use speakup_types::identity::{ChangePassword, LoginRequest, SecondFactorChallenge, SecondFactorLogin, SessionInfo};
use uuid::Uuid;

use crate::error::IdentityError;
use crate::{accounts, groups, manage, second_factor, sessions, sign_in_challenges, Identity};

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
    let uid = account.to_user()?.id;
    // With an authenticator the password alone opens nothing: a ticket stands for it while
    // the code is asked for.
    let ticket = identity
        .db
        .run(move |conn| {
            if !second_factor::store::is_on(conn, uid)? {
                return Ok::<_, IdentityError>(None);
            }
            let ticket = random_token(24);
            sign_in_challenges::create(conn, &ticket, uid)?;
            Ok(Some(ticket))
        })
        .await?;
    match ticket {
        Some(ticket) => Ok(HttpResponse::Accepted().json(SecondFactorChallenge { ticket })),
        None => start_session(&identity, account).await,
    }
}

/// The second step: the ticket from the first and a code from the app or a recovery code.
/// Wrong codes count towards the account's limit and the service-wide budget, like wrong
/// passwords; a ticket allows a few and lasts a few minutes.
pub async fn login_second_factor(identity: web::Data<Identity>, body: Valid<SecondFactorLogin>) -> Result<HttpResponse, ApiError> {
    let SecondFactorLogin { ticket, code } = body.into_inner();
    identity.failed_sign_ins.check()?;
    let held = ticket.clone();
    let account = identity
        .db
        .run(move |conn| {
            let user = sign_in_challenges::spend_attempt(conn, &held)?.ok_or(IdentityError::SignInAgain)?;
            let user = Uuid::parse_str(&user).map_err(|_| IdentityError::CorruptAccount)?;
            accounts::find(conn, user)?.filter(|a| a.active).ok_or(IdentityError::SignInAgain)
        })
        .await?;
    identity.login_limiter.check(&account.email)?;
    let uid = account.to_user()?.id;
    let checker = identity.clone();
    let right = identity
        .db
        .run(move |conn| {
            let right = second_factor::check_sign_in_code(&checker, conn, uid, &code)?;
            if right {
                sign_in_challenges::finish(conn, &ticket)?;
            }
            Ok::<_, IdentityError>(right)
        })
        .await?;
    if !right {
        tracing::warn!(security = "second_factor_failed", user = %uid, "sign-in code wrong");
        if !identity.failed_sign_ins.spend() {
            tracing::warn!(security = "sign_in_spray", "failed sign-ins across accounts are over budget: everyone is slowed");
        }
        return Err(IdentityError::SecondFactorWrong.into());
    }
    start_session(&identity, account).await
}

/// Everything needed is proven: the session starts and its cookie is set.
async fn start_session(identity: &Identity, account: accounts::AccountRow) -> Result<HttpResponse, ApiError> {
    let user = account.to_user()?;
    let claims = Claims::new(random_token(24), random_token(24));
    let expires = Utc.timestamp_opt(claims.exp, 0).single().unwrap_or_else(Utc::now);
    let (sid, uid, role, row) = (claims.sid.clone(), user.id, user.role, account.clone());
    let (owes, group) = identity
        .db
        .run(move |conn| {
            let group = groups::membership_of(conn, &row)?;
            // The password was right, but a group no longer verified signs nobody in.
            if group.as_ref().is_some_and(|g| !g.verified) {
                return Err(IdentityError::GroupNotVerified);
            }
            sessions::create(conn, &sid, uid, expires)?;
            Ok((second_factor::owes_setup(conn, uid, role)?, group))
        })
        .await?;
    tracing::info!(user = %user.id, "staff signed in");
    let cookie = session_cookie(identity.keys.sign(&claims), identity.behind_tls);
    Ok(HttpResponse::Ok().cookie(cookie).json(SessionInfo {
        user,
        csrf_token: claims.csrf,
        must_change_password: account.must_change_password,
        must_set_up_second_factor: owes,
        group,
    }))
}

/// The signed-in account as stored now (the `Staff` extractor has already checked the session).
pub(crate) async fn own_account(identity: &Identity, staff: &Staff) -> Result<accounts::AccountRow, ApiError> {
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
        must_set_up_second_factor: staff.principal.must_set_up_second_factor,
        group: staff.principal.group.clone(),
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
