//! Working a case: its issues, actions, meetings and notes, the updates written for the
//! person, and moving it on. The named advocate (or one it was shared with) and managers
//! only; any other advocate finds no such case.

use actix_web::{web, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::extract::Valid;
use speakup_platform::ApiError;
use speakup_types::casework::{Casework, EntryChange, NewPersonUpdate, StatusChange};
use speakup_types::identity::Role;
use uuid::Uuid;

use super::triage::load_detail;
use crate::error::ReferralError;
use crate::{case_entries, casework, person_updates, scope, Referrals};

/// The case, if this member of staff may work on it.
async fn in_scope(referrals: &Referrals, staff: &Staff, id: Uuid) -> Result<(), ApiError> {
    staff.require(Role::sees_cases)?;
    let (account, role) = (staff.user_id(), staff.role());
    referrals.db.run(move |conn| scope::open_case(conn, id, account, role).map(drop)).await?;
    Ok(())
}

async fn load(referrals: &Referrals, id: Uuid) -> Result<Casework, ApiError> {
    Ok(referrals
        .db
        .run(move |conn| {
            let id = id.to_string();
            Ok::<_, ReferralError>(Casework {
                entries: case_entries::for_referral(conn, &id)?,
                updates: person_updates::for_referral(conn, &id)?,
            })
        })
        .await?)
}

fn fresh(casework: Casework) -> HttpResponse {
    HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(casework)
}

pub async fn list(referrals: web::Data<Referrals>, staff: Staff, id: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    in_scope(&referrals, &staff, id).await?;
    Ok(fresh(load(&referrals, id).await?))
}

pub async fn add(referrals: web::Data<Referrals>, staff: Staff, id: web::Path<Uuid>, body: Valid<EntryChange>) -> Result<HttpResponse, ApiError> {
    let (id, change, author) = (id.into_inner(), body.into_inner(), staff.user_id());
    in_scope(&referrals, &staff, id).await?;
    referrals.db.run(move |conn| casework::add_entry(conn, id, &change, author)).await?;
    tracing::info!(referral = %id, by = %author, "case entry added");
    Ok(fresh(load(&referrals, id).await?))
}

pub async fn change(
    referrals: web::Data<Referrals>,
    staff: Staff,
    path: web::Path<(Uuid, Uuid)>,
    body: Valid<EntryChange>,
) -> Result<HttpResponse, ApiError> {
    let ((id, entry), change) = (path.into_inner(), body.into_inner());
    in_scope(&referrals, &staff, id).await?;
    referrals.db.run(move |conn| case_entries::change(conn, &id.to_string(), entry, &change)).await?;
    tracing::info!(referral = %id, entry = %entry, by = %staff.user_id(), "case entry changed");
    Ok(fresh(load(&referrals, id).await?))
}

pub async fn write_update(
    referrals: web::Data<Referrals>,
    staff: Staff,
    id: web::Path<Uuid>,
    body: Valid<NewPersonUpdate>,
) -> Result<HttpResponse, ApiError> {
    let (id, update, author) = (id.into_inner(), body.into_inner(), staff.user_id());
    in_scope(&referrals, &staff, id).await?;
    referrals.db.run(move |conn| casework::add_update(conn, id, &update.body, author)).await?;
    tracing::info!(referral = %id, by = %author, "update written for the person");
    Ok(fresh(load(&referrals, id).await?))
}

pub async fn move_on(referrals: web::Data<Referrals>, staff: Staff, id: web::Path<Uuid>, body: Valid<StatusChange>) -> Result<HttpResponse, ApiError> {
    let (id, change, actor) = (id.into_inner(), body.into_inner(), staff.user_id());
    in_scope(&referrals, &staff, id).await?;
    let to = change.to;
    referrals.db.run(move |conn| casework::change_status(conn, id, &change, actor)).await?;
    tracing::info!(referral = %id, by = %actor, to = to.as_str(), "case moved on");
    Ok(HttpResponse::Ok().json(load_detail(&referrals, id).await?))
}
