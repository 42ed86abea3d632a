//! Self-advocacy groups: registering (public, with a proof of work like every anonymous
//! request, and no account made), verification by a provider admin (which gives the contact a
//! sign-in), and the group's own page where its members add each other.

use actix_web::{web, HttpRequest, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::extract::Valid;
use speakup_platform::http::no_store;
use speakup_platform::ApiError;
use speakup_types::identity::groups::{GroupRegistration, NewGroupMember, SetVerified};
use speakup_types::identity::{Role, SetActive};
use speakup_types::proof;
use uuid::Uuid;

use crate::{groups, member_requests, Identity};

/// A fresh challenge to answer before registering a group. Never stored.
pub async fn challenge(identity: web::Data<Identity>) -> HttpResponse {
    HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(identity.proof.challenge())
}

pub async fn register(identity: web::Data<Identity>, req: HttpRequest, body: Valid<GroupRegistration>) -> Result<HttpResponse, ApiError> {
    identity.proof.check(req.headers().get(proof::HEADER).and_then(|v| v.to_str().ok()))?;
    let group = groups::register(&identity, body.into_inner()).await?;
    // The group's id only: its name and contact stay out of the logs.
    tracing::info!(security = "group_registered", group = %group.id, "self-advocacy group registered");
    Ok(HttpResponse::Created().insert_header(("Cache-Control", "no-store")).json(group))
}

pub async fn list(identity: web::Data<Identity>, staff: Staff) -> Result<HttpResponse, ApiError> {
    staff.require(|role| role == Role::Admin)?;
    Ok(no_store(identity.db.run(groups::all).await?))
}

/// Verifies a group (the first time, answering with its contact's one-time password) or
/// takes it back.
pub async fn set_verified(identity: web::Data<Identity>, staff: Staff, id: web::Path<Uuid>, body: Valid<SetVerified>) -> Result<HttpResponse, ApiError> {
    staff.require(|role| role == Role::Admin)?;
    let (id, verified) = (id.into_inner(), body.into_inner().verified);
    let answer = groups::set_verified(&identity, staff.user_id(), id, verified).await?;
    let what = if verified { "group_verified" } else { "group_unverified" };
    tracing::info!(security = what, group = %id, by = %staff.user_id(), "self-advocacy group changed");
    Ok(no_store(answer))
}

/// The signed-in member's group; 403 for every other role, and for a group no longer verified.
fn own_group(staff: &Staff) -> Result<Uuid, ApiError> {
    staff.require(|role| role == Role::Group)?;
    match &staff.principal.group {
        Some(group) if group.verified => Ok(group.id),
        Some(_) => Err(ApiError::Forbidden("error-group-not-verified")),
        None => Err(ApiError::Forbidden("error-role-not-allowed")),
    }
}

/// One group with its members, for an admin.
pub async fn members(identity: web::Data<Identity>, staff: Staff, id: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    staff.require(|role| role == Role::Admin)?;
    let id = id.into_inner();
    Ok(no_store(identity.db.run(move |conn| groups::own(conn, id)).await?))
}

/// An admin disables one member of a group (or enables them again).
pub async fn set_member_active(
    identity: web::Data<Identity>,
    staff: Staff,
    path: web::Path<(Uuid, Uuid)>,
    body: Valid<SetActive>,
) -> Result<HttpResponse, ApiError> {
    staff.require(|role| role == Role::Admin)?;
    let ((group, member), active) = (path.into_inner(), body.into_inner().active);
    let answer = groups::set_member_active(&identity, staff.user_id(), group, member, active).await?;
    let what = if active { "account_enabled" } else { "account_disabled" };
    tracing::info!(security = what, user = %member, group = %group, by = %staff.user_id(), "group member changed");
    Ok(no_store(answer))
}

pub async fn mine(identity: web::Data<Identity>, staff: Staff) -> Result<HttpResponse, ApiError> {
    let id = own_group(&staff)?;
    Ok(no_store(identity.db.run(move |conn| groups::own(conn, id)).await?))
}

/// A member asks for someone to be added to their group; a provider admin adds them.
pub async fn ask_for_member(identity: web::Data<Identity>, staff: Staff, body: Valid<NewGroupMember>) -> Result<HttpResponse, ApiError> {
    let (group, by) = (own_group(&staff)?, staff.user_id());
    identity.member_limiter.check(&group.to_string())?;
    let new = body.into_inner();
    let asked = identity.db.run(move |conn| member_requests::ask(conn, group, by, &new)).await?;
    tracing::info!(group = %group, by = %by, "group member asked for");
    Ok(HttpResponse::Created().insert_header(("Cache-Control", "no-store")).json(asked))
}

/// An admin adds a member a group asked for, answering with their one-time password, once.
pub async fn add_asked_member(identity: web::Data<Identity>, staff: Staff, path: web::Path<(Uuid, Uuid)>) -> Result<HttpResponse, ApiError> {
    staff.require(|role| role == Role::Admin)?;
    let (group, request) = path.into_inner();
    let added = member_requests::add(&identity, staff.user_id(), group, request).await?;
    tracing::info!(security = "account_created", group = %group, by = %staff.user_id(), role = Role::Group.as_str(), "group member added");
    Ok(no_store(added))
}

pub async fn decline_asked_member(identity: web::Data<Identity>, staff: Staff, path: web::Path<(Uuid, Uuid)>) -> Result<HttpResponse, ApiError> {
    staff.require(|role| role == Role::Admin)?;
    let (group, request) = path.into_inner();
    let own = identity
        .db
        .run(move |conn| {
            member_requests::decline(conn, group, request)?;
            groups::own(conn, group)
        })
        .await?;
    Ok(no_store(own))
}
