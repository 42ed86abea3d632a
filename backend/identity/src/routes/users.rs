//! Staff account management, for admins only.

use actix_web::{web, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::extract::Valid;
use speakup_platform::secrets::hash_secret;
use speakup_platform::ApiError;
use speakup_types::identity::{NewStaffUser, Role, StaffUser};

use crate::error::IdentityError;
use crate::routes::session::live_account;
use crate::{accounts, Identity};

fn is_admin(role: Role) -> bool {
    role == Role::Admin
}

/// Account management checks the live session and the stored role, not only the token,
/// so signing out, a password change or a demotion takes effect at once.
async fn require_admin(identity: &Identity, staff: &Staff) -> Result<(), ApiError> {
    staff.require(is_admin)?;
    let account = live_account(identity, staff).await?;
    if Role::parse(&account.role) == Some(Role::Admin) {
        Ok(())
    } else {
        Err(ApiError::Forbidden("error-role-not-allowed"))
    }
}

pub async fn list(identity: web::Data<Identity>, staff: Staff) -> Result<HttpResponse, ApiError> {
    require_admin(&identity, &staff).await?;
    let users: Vec<StaffUser> = identity
        .db
        .run(|conn| accounts::list(conn)?.iter().map(accounts::AccountRow::to_user).collect::<Result<_, IdentityError>>())
        .await?;
    Ok(HttpResponse::Ok().json(users))
}

pub async fn create(
    identity: web::Data<Identity>,
    staff: Staff,
    body: Valid<NewStaffUser>,
) -> Result<HttpResponse, ApiError> {
    require_admin(&identity, &staff).await?;
    let new = body.into_inner();
    let user = identity
        .db
        .run(move |conn| {
            let hash = hash_secret(&new.password);
            accounts::create(
                conn,
                accounts::NewAccount {
                    email: &new.email,
                    display_name: &new.display_name,
                    role: new.role,
                    password_hash: &hash,
                    must_change_password: true,
                },
            )
        })
        .await?;
    tracing::info!(user = %user.id, by = %staff.user_id(), role = user.role.as_str(), "staff account created");
    Ok(HttpResponse::Created().json(user))
}
