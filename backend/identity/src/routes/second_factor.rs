//! A member of staff's own second factor, and the admin's setting of which roles need one.
//! These routes stay open to a session that still owes a second factor, so it can set one up.

use actix_web::{web, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::extract::Valid;
use speakup_platform::http::no_store;
use speakup_platform::ApiError;
use speakup_types::identity::{AuthenticatorCode, Role, SecondFactorPolicy, TurnOffSecondFactor};

use super::session::own_account;
use crate::{second_factor, Identity};


pub async fn status(identity: web::Data<Identity>, staff: Staff) -> Result<HttpResponse, ApiError> {
    Ok(no_store(second_factor::status(&identity, staff.user_id(), staff.role()).await?))
}

pub async fn start_setup(identity: web::Data<Identity>, staff: Staff) -> Result<HttpResponse, ApiError> {
    let account = own_account(&identity, &staff).await?;
    Ok(no_store(second_factor::start_setup(&identity, staff.user_id(), account.email).await?))
}

pub async fn confirm(identity: web::Data<Identity>, staff: Staff, body: Valid<AuthenticatorCode>) -> Result<HttpResponse, ApiError> {
    let account = own_account(&identity, &staff).await?;
    identity.login_limiter.check(&account.email)?;
    let codes = second_factor::confirm(&identity, staff.user_id(), staff.claims.sid.clone(), body.into_inner().code).await?;
    tracing::info!(security = "second_factor_on", user = %staff.user_id(), "staff second factor turned on");
    Ok(no_store(codes))
}

pub async fn renew_recovery_codes(
    identity: web::Data<Identity>,
    staff: Staff,
    body: Valid<AuthenticatorCode>,
) -> Result<HttpResponse, ApiError> {
    let account = own_account(&identity, &staff).await?;
    identity.login_limiter.check(&account.email)?;
    let codes = second_factor::renew_recovery_codes(&identity, staff.user_id(), body.into_inner().code).await?;
    tracing::info!(security = "recovery_codes_renewed", user = %staff.user_id(), "staff recovery codes renewed");
    Ok(no_store(codes))
}

pub async fn turn_off(identity: web::Data<Identity>, staff: Staff, body: Valid<TurnOffSecondFactor>) -> Result<HttpResponse, ApiError> {
    let account = own_account(&identity, &staff).await?;
    identity.login_limiter.check(&account.email)?;
    second_factor::turn_off(&identity, account, staff.claims.sid.clone(), body.into_inner().current_password).await?;
    tracing::info!(security = "second_factor_off", user = %staff.user_id(), "staff second factor turned off");
    Ok(HttpResponse::NoContent().finish())
}

pub async fn policy(identity: web::Data<Identity>, staff: Staff) -> Result<HttpResponse, ApiError> {
    staff.require(|role| role == Role::Admin)?;
    Ok(no_store(second_factor::policy(&identity).await?))
}

pub async fn set_policy(identity: web::Data<Identity>, staff: Staff, body: Valid<SecondFactorPolicy>) -> Result<HttpResponse, ApiError> {
    staff.require(|role| role == Role::Admin)?;
    let policy = second_factor::set_policy(&identity, body.into_inner().roles).await?;
    let roles: Vec<&str> = policy.roles.iter().map(|r| r.as_str()).collect();
    tracing::info!(security = "second_factor_policy", by = %staff.user_id(), roles = %roles.join(","), "second factor requirement changed");
    Ok(no_store(policy))
}
