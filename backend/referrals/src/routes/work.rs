//! Working a case: its issues, actions, meetings and notes, the updates written for the
//! person, and moving it on. The named advocate (or one it was shared with) and managers
//! only; any other advocate finds no such case.

use actix_web::{web, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::extract::Valid;
use speakup_platform::ApiError;
use speakup_platform::db::DbConnection;
use speakup_types::casework::{AuditAction, Casework, EntryChange, NewPersonUpdate, StatusChange, WayOfWorkingChange};
use speakup_types::identity::Role;
use uuid::Uuid;

use super::triage::load_detail;
use crate::error::ReferralError;
use crate::{audit, case_entries, casework, closures, concerns, desired_outcomes, person_updates, scope, ways_of_working, Referrals};

fn casework_of(conn: &mut DbConnection, id: Uuid) -> Result<Casework, ReferralError> {
    let id = id.to_string();
    Ok(Casework {
        entries: case_entries::for_referral(conn, &id)?,
        updates: person_updates::for_referral(conn, &id)?,
        way_of_working: ways_of_working::for_referral(conn, &id)?,
        outcomes: desired_outcomes::for_referral(conn, &id)?,
        concerns: concerns::for_referral(conn, &id)?,
        closure: closures::for_referral(conn, &id)?,
    })
}

/// Checks this member of staff may work on the case, makes the change and records it, in one
/// transaction, then reads the casework back.
pub(super) async fn change_then_load(
    referrals: &Referrals,
    staff: &Staff,
    id: Uuid,
    action: AuditAction,
    change: impl FnOnce(&mut DbConnection) -> Result<(), ReferralError> + Send + 'static,
) -> Result<Casework, ApiError> {
    staff.require(Role::sees_cases)?;
    let who = audit::Actor::of(staff);
    let (actor, role) = (staff.user_id(), staff.role());
    let work = referrals
        .db
        .run(move |conn| {
            audit::audited(conn, id, &who, action, |conn| {
                scope::open_case(conn, id, actor, role)?;
                change(conn)
            })?;
            casework_of(conn, id)
        })
        .await?;
    tracing::info!(referral = %id, by = %actor, action = action.code(), "case worked on");
    Ok(work)
}

pub(super) fn fresh(casework: Casework) -> HttpResponse {
    HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(casework)
}

pub async fn list(referrals: web::Data<Referrals>, staff: Staff, id: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    staff.require(Role::sees_cases)?;
    let who = audit::Actor::of(&staff);
    let (id, account, role) = (id.into_inner(), staff.user_id(), staff.role());
    // Read and recorded together, as opening the case is.
    let work = referrals
        .db
        .run(move |conn| {
            audit::audited(conn, id, &who, AuditAction::ViewedCasework, |conn| {
                scope::open_case(conn, id, account, role)?;
                casework_of(conn, id)
            })
        })
        .await?;
    Ok(fresh(work))
}

pub async fn add(referrals: web::Data<Referrals>, staff: Staff, id: web::Path<Uuid>, body: Valid<EntryChange>) -> Result<HttpResponse, ApiError> {
    let (id, change, author) = (id.into_inner(), body.into_inner(), staff.user_id());
    let work = change_then_load(&referrals, &staff, id, AuditAction::EntryAdded, move |conn| casework::add_entry(conn, id, &change, author)).await?;
    Ok(fresh(work))
}

pub async fn change(
    referrals: web::Data<Referrals>,
    staff: Staff,
    path: web::Path<(Uuid, Uuid)>,
    body: Valid<EntryChange>,
) -> Result<HttpResponse, ApiError> {
    let ((id, entry), change) = (path.into_inner(), body.into_inner());
    let work = change_then_load(&referrals, &staff, id, AuditAction::EntryChanged, move |conn| {
        case_entries::change(conn, &id.to_string(), entry, &change)
    })
    .await?;
    Ok(fresh(work))
}

pub async fn write_update(
    referrals: web::Data<Referrals>,
    staff: Staff,
    id: web::Path<Uuid>,
    body: Valid<NewPersonUpdate>,
) -> Result<HttpResponse, ApiError> {
    let (id, update, author) = (id.into_inner(), body.into_inner(), staff.user_id());
    let work = change_then_load(&referrals, &staff, id, AuditAction::UpdateWritten, move |conn| {
        casework::add_update(conn, id, &update.body, author)
    })
    .await?;
    Ok(fresh(work))
}

pub async fn move_on(referrals: web::Data<Referrals>, staff: Staff, id: web::Path<Uuid>, body: Valid<StatusChange>) -> Result<HttpResponse, ApiError> {
    let (id, change, actor) = (id.into_inner(), body.into_inner(), staff.user_id());
    change_then_load(&referrals, &staff, id, AuditAction::StatusChanged, move |conn| casework::change_status(conn, id, &change, actor)).await?;
    Ok(HttpResponse::Ok().json(load_detail(&referrals, id).await?))
}

pub async fn way_of_working(
    referrals: web::Data<Referrals>,
    staff: Staff,
    id: web::Path<Uuid>,
    body: Valid<WayOfWorkingChange>,
) -> Result<HttpResponse, ApiError> {
    let (id, change, by) = (id.into_inner(), body.into_inner(), staff.user_id());
    let work = change_then_load(&referrals, &staff, id, AuditAction::WayOfWorkingRecorded, move |conn| {
        ways_of_working::save(conn, &id.to_string(), &change, by)
    })
    .await?;
    Ok(fresh(work))
}
