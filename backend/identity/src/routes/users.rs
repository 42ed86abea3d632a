//! Staff account management, for admins only. Every change is recorded on the account and
//! ends its sessions (see `manage`).

use actix_web::{web, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::extract::Valid;
use speakup_platform::http::no_store;
use speakup_platform::ApiError;
use speakup_types::identity::{ChangeRole, NewStaffUser, OneTimePassword, Role, SetActive, StaffAccount, StaffAccountDetail};
use uuid::Uuid;

use crate::error::IdentityError;
use crate::{account_events, accounts, manage, second_factor, Identity};

fn is_admin(role: Role) -> bool {
    role == Role::Admin
}


pub async fn list(identity: web::Data<Identity>, staff: Staff) -> Result<HttpResponse, ApiError> {
    staff.require(is_admin)?;
    let users: Vec<StaffAccount> = identity.db.run(accounts::list).await?;
    Ok(no_store(users))
}

pub async fn create(
    identity: web::Data<Identity>,
    staff: Staff,
    body: Valid<NewStaffUser>,
) -> Result<HttpResponse, ApiError> {
    staff.require(is_admin)?;
    let user = manage::add_account(&identity, Some(staff.user_id()), body.into_inner(), true).await?;
    tracing::info!(security = "account_created", user = %user.id, by = %staff.user_id(), role = user.role.as_str(), "staff account created");
    Ok(HttpResponse::Created().json(user))
}

pub async fn detail(identity: web::Data<Identity>, staff: Staff, id: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    staff.require(is_admin)?;
    let id = id.into_inner();
    let detail = identity
        .db
        .run(move |conn| {
            let account = accounts::account(conn, id)?;
            Ok::<_, IdentityError>(StaffAccountDetail { account, history: account_events::history(conn, id)? })
        })
        .await?;
    Ok(no_store(detail))
}

pub async fn set_active(
    identity: web::Data<Identity>,
    staff: Staff,
    id: web::Path<Uuid>,
    body: Valid<SetActive>,
) -> Result<HttpResponse, ApiError> {
    staff.require(is_admin)?;
    let (id, active) = (id.into_inner(), body.into_inner().active);
    let account = manage::set_active(&identity, staff.user_id(), id, active).await?;
    let what = if active { "account_enabled" } else { "account_disabled" };
    tracing::info!(security = what, user = %id, by = %staff.user_id(), "staff account changed");
    Ok(no_store(account))
}

pub async fn change_role(
    identity: web::Data<Identity>,
    staff: Staff,
    id: web::Path<Uuid>,
    body: Valid<ChangeRole>,
) -> Result<HttpResponse, ApiError> {
    staff.require(is_admin)?;
    let (id, role) = (id.into_inner(), body.into_inner().role);
    let account = manage::change_role(&identity, staff.user_id(), id, role).await?;
    tracing::info!(security = "role_changed", user = %id, by = %staff.user_id(), role = role.as_str(), "staff account changed");
    Ok(no_store(account))
}

/// A new one-time password, shown once to the admin, who hands it over in person.
pub async fn reset_password(identity: web::Data<Identity>, staff: Staff, id: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    staff.require(is_admin)?;
    let id = id.into_inner();
    let (_, password) = manage::reset_password(&identity, staff.user_id(), id).await?;
    tracing::info!(security = "password_reset", user = %id, by = %staff.user_id(), "staff password reset");
    Ok(no_store(OneTimePassword { password }))
}

/// Removes an account's authenticator, for someone who lost their phone and their recovery
/// codes; the admin confirms who they are by other means first.
pub async fn reset_second_factor(identity: web::Data<Identity>, staff: Staff, id: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    staff.require(is_admin)?;
    let id = id.into_inner();
    let account = second_factor::reset(&identity, staff.user_id(), id).await?;
    tracing::info!(security = "second_factor_reset", user = %id, by = %staff.user_id(), "staff second factor reset");
    Ok(no_store(account))
}
