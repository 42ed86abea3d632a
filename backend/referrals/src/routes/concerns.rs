//! Safeguarding concerns: raised or recorded on a case, chased and escalated by the advocate
//! working it (or a manager), each change from the version seen and audited with the case;
//! the concerns due to be chased; and how long the provider lets the council take.

use actix_web::{web, HttpResponse};
use chrono::{Duration, Utc};
use speakup_platform::auth::Staff;
use speakup_platform::extract::Valid;
use speakup_platform::ApiError;
use speakup_types::casework::{AuditAction, ConcernChange, NewConcernStep, SafeguardingSettings};
use speakup_types::identity::Role;
use uuid::Uuid;

use super::work::{change_then_load, fresh};
use crate::{concerns, Referrals};

/// How far ahead the list of concerns to chase looks: the week, and everything already late.
const LOOK_AHEAD_DAYS: i64 = 7;

pub async fn add(referrals: web::Data<Referrals>, staff: Staff, id: web::Path<Uuid>, body: Valid<ConcernChange>) -> Result<HttpResponse, ApiError> {
    let (id, change, by) = (id.into_inner(), body.into_inner(), staff.user_id());
    let work = change_then_load(&referrals, &staff, id, AuditAction::ConcernRecorded, move |conn| concerns::add(conn, &id.to_string(), &change, by)).await?;
    Ok(fresh(work))
}

pub async fn change(
    referrals: web::Data<Referrals>,
    staff: Staff,
    path: web::Path<(Uuid, Uuid)>,
    body: Valid<ConcernChange>,
) -> Result<HttpResponse, ApiError> {
    let ((id, concern), change) = (path.into_inner(), body.into_inner());
    let work =
        change_then_load(&referrals, &staff, id, AuditAction::ConcernChanged, move |conn| concerns::change(conn, &id.to_string(), concern, &change)).await?;
    Ok(fresh(work))
}

/// A chase of the council, or an escalation up the provider's path.
pub async fn step(
    referrals: web::Data<Referrals>,
    staff: Staff,
    path: web::Path<(Uuid, Uuid)>,
    body: Valid<NewConcernStep>,
) -> Result<HttpResponse, ApiError> {
    let ((id, concern), step, by) = (path.into_inner(), body.into_inner(), staff.user_id());
    let work = change_then_load(&referrals, &staff, id, AuditAction::ConcernChased, move |conn| {
        concerns::add_step(conn, &id.to_string(), concern, &step, by)
    })
    .await?;
    Ok(fresh(work))
}

/// Concerns due to be chased this week or already late: every case's for a manager, an
/// advocate's own cases' for them.
pub async fn to_chase(referrals: web::Data<Referrals>, staff: Staff) -> Result<HttpResponse, ApiError> {
    staff.require(Role::sees_cases)?;
    let only = (!staff.role().can_triage()).then(|| staff.user_id());
    let until = Utc::now().date_naive() + Duration::days(LOOK_AHEAD_DAYS);
    let due = referrals.db.run(move |conn| concerns::to_chase(conn, until, only)).await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(due))
}

pub async fn settings(referrals: web::Data<Referrals>, staff: Staff) -> Result<HttpResponse, ApiError> {
    staff.require(Role::sees_cases)?;
    let days = referrals.db.run(concerns::chase_after_days).await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(SafeguardingSettings { chase_after_days: days }))
}

/// New days to chase after: every open concern's next chase moves with them.
pub async fn set_settings(referrals: web::Data<Referrals>, staff: Staff, body: Valid<SafeguardingSettings>) -> Result<HttpResponse, ApiError> {
    staff.require(Role::keeps_settings)?;
    let days = body.into_inner().chase_after_days;
    referrals.db.run(move |conn| concerns::set_chase_after_days(conn, days)).await?;
    tracing::info!(chase_after_days = days, "safeguarding chase days changed");
    Ok(HttpResponse::Ok().json(SafeguardingSettings { chase_after_days: days }))
}
