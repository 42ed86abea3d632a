//! The provider's lists (areas, qualifications): everyone who works cases reads them, an
//! admin keeps them.

use actix_web::{web, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::extract::Valid;
use speakup_platform::ApiError;
use speakup_types::casework::{CatalogueKind, NameChange};
use speakup_types::identity::Role;
use uuid::Uuid;

use crate::{catalogue, Referrals};

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
