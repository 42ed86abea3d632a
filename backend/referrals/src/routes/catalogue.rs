//! The provider's lists (areas, qualifications) and waiting targets: those who work cases
//! read them, an admin keeps them.

use actix_web::{web, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::extract::Valid;
use speakup_platform::ApiError;
use speakup_types::casework::{CatalogueKind, NameChange, TargetChange};
use speakup_types::identity::Role;
use uuid::Uuid;

use crate::{catalogue, clocks, Referrals};

fn kind(code: &str) -> Result<CatalogueKind, ApiError> {
    CatalogueKind::parse(code).ok_or(ApiError::NotFound("error-referral-not-found"))
}

pub async fn list(referrals: web::Data<Referrals>, staff: Staff, path: web::Path<String>) -> Result<HttpResponse, ApiError> {
    staff.require(Role::sees_cases)?;
    let kind = kind(&path.into_inner())?;
    let found = referrals.db.run(move |conn| catalogue::list(conn, kind)).await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(found))
}

pub async fn add(
    referrals: web::Data<Referrals>,
    staff: Staff,
    path: web::Path<String>,
    body: Valid<NameChange>,
) -> Result<HttpResponse, ApiError> {
    staff.require(Role::keeps_settings)?;
    let (kind, change) = (kind(&path.into_inner())?, body.into_inner());
    let added = referrals.db.run(move |conn| catalogue::add(conn, kind, &change)).await?;
    Ok(HttpResponse::Created().json(added))
}

pub async fn change(
    referrals: web::Data<Referrals>,
    staff: Staff,
    path: web::Path<(String, Uuid)>,
    body: Valid<NameChange>,
) -> Result<HttpResponse, ApiError> {
    staff.require(Role::keeps_settings)?;
    let (code, id) = path.into_inner();
    let (kind, change) = (kind(&code)?, body.into_inner());
    let changed = referrals.db.run(move |conn| catalogue::change(conn, kind, id, &change)).await?;
    Ok(HttpResponse::Ok().json(changed))
}

/// The waiting targets: managers read them (the queue shows them), an admin sets them.
pub async fn targets(referrals: web::Data<Referrals>, staff: Staff) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_triage)?;
    let found = referrals.db.run(clocks::targets).await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(found))
}

pub async fn set_target(referrals: web::Data<Referrals>, staff: Staff, body: Valid<TargetChange>) -> Result<HttpResponse, ApiError> {
    staff.require(Role::keeps_settings)?;
    let change = body.into_inner();
    let set = referrals.db.run(move |conn| clocks::set(conn, &change)).await?;
    tracing::info!(wait_target = %set.id, "waiting targets changed");
    Ok(HttpResponse::Ok().json(set))
}

pub async fn remove_target(referrals: web::Data<Referrals>, staff: Staff, id: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    staff.require(Role::keeps_settings)?;
    let id = id.into_inner();
    referrals.db.run(move |conn| clocks::remove(conn, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}
