//! A manager's decisions on a case after it arrives: the mandates, the council area, the
//! named advocate (with suggestions), and sharing it with a second advocate.

use actix_web::{web, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::extract::Valid;
use speakup_platform::ApiError;
use speakup_types::casework::{Allocate, AuditAction, MandateDecision, ShareChange};
use speakup_types::entitlement::Advocacy;
use speakup_types::identity::Role;
use speakup_types::problem::field_errors;
use speakup_types::referral::AreaChoice;
use uuid::Uuid;

use super::triage::load_detail;
use crate::allocation;
use crate::{audit, mandates, shares, store, Referrals};

fn advocacy(code: &str) -> Result<Advocacy, ApiError> {
    Advocacy::parse(code).ok_or(ApiError::NotFound("error-referral-not-found"))
}

pub async fn decide_mandate(
    referrals: web::Data<Referrals>,
    staff: Staff,
    path: web::Path<(Uuid, String)>,
    body: Valid<MandateDecision>,
) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_triage)?;
    let who = audit::Actor::of(&staff);
    let (id, code) = path.into_inner();
    let kind = advocacy(&code)?;
    let decision = body.into_inner();
    decision.check_for(kind).map_err(|e| ApiError::Validation(field_errors(&e)))?;
    let actor = staff.user_id();
    referrals
        .db
        .run(move |conn| audit::audited(conn, id, &who, AuditAction::MandateDecided, |conn| mandates::decide(conn, id, kind, &decision, actor)))
        .await?;
    tracing::info!(referral = %id, by = %actor, advocacy = kind.code(), "mandate decided");
    Ok(HttpResponse::Ok().json(load_detail(&referrals, id).await?))
}

pub async fn choose_area(
    referrals: web::Data<Referrals>,
    staff: Staff,
    id: web::Path<Uuid>,
    body: Valid<AreaChoice>,
) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_triage)?;
    let who = audit::Actor::of(&staff);
    let (id, AreaChoice { area, version }) = (id.into_inner(), body.into_inner());
    referrals
        .db
        .run(move |conn| audit::audited(conn, id, &who, AuditAction::AreaConfirmed, |conn| store::choose_area(conn, id, area, version)))
        .await?;
    Ok(HttpResponse::Ok().json(load_detail(&referrals, id).await?))
}

/// Advocates for this case, best first, with what fits and what does not.
pub async fn suggestions(referrals: web::Data<Referrals>, staff: Staff, id: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_triage)?;
    let id = id.into_inner();
    let found = referrals.db.run(move |conn| allocation::suggestions_for(conn, id)).await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(found))
}

pub async fn allocate(
    referrals: web::Data<Referrals>,
    staff: Staff,
    id: web::Path<Uuid>,
    body: Valid<Allocate>,
) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_triage)?;
    let who = audit::Actor::of(&staff);
    let (id, actor) = (id.into_inner(), staff.user_id());
    let Allocate { advocate_id, version, handover_note, preference_note } = body.into_inner();
    let text = |t: Option<String>| t.map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
    let (handover_note, preference_note) = (text(handover_note), text(preference_note));
    referrals
        .db
        .run(move |conn| {
            audit::audited(conn, id, &who, AuditAction::Allocated, |conn| {
                allocation::allocate(conn, id, advocate_id, version, handover_note, preference_note, actor)
            })
        })
        .await?;
    tracing::info!(referral = %id, by = %actor, advocate = %advocate_id, "advocate allocated");
    Ok(HttpResponse::Ok().json(load_detail(&referrals, id).await?))
}

/// Shares the case with a second advocate (`{version}`), or stops sharing it with them.
pub async fn share(
    referrals: web::Data<Referrals>,
    staff: Staff,
    path: web::Path<(Uuid, Uuid)>,
    body: Valid<ShareChange>,
) -> Result<HttpResponse, ApiError> {
    change_share(referrals, staff, path.into_inner(), body.into_inner().version, true).await
}

pub async fn unshare(
    referrals: web::Data<Referrals>,
    staff: Staff,
    path: web::Path<(Uuid, Uuid)>,
    body: Valid<ShareChange>,
) -> Result<HttpResponse, ApiError> {
    change_share(referrals, staff, path.into_inner(), body.into_inner().version, false).await
}

async fn change_share(referrals: web::Data<Referrals>, staff: Staff, (id, advocate): (Uuid, Uuid), version: i64, on: bool) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_triage)?;
    let (who, actor) = (audit::Actor::of(&staff), staff.user_id());
    let action = if on { AuditAction::Shared } else { AuditAction::Unshared };
    referrals
        .db
        .run(move |conn| {
            audit::audited(conn, id, &who, action, |conn| {
                if on { shares::share(conn, id, advocate, version, actor) } else { shares::unshare(conn, id, advocate, version) }
            })
        })
        .await?;
    tracing::info!(referral = %id, by = %actor, advocate = %advocate, shared = on, "case sharing changed");
    Ok(HttpResponse::Ok().json(load_detail(&referrals, id).await?))
}
