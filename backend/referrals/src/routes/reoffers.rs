//! IMHA re-offers: the list managers work through, and the answer to each offer.

use actix_web::{web, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::extract::Valid;
use speakup_platform::ApiError;
use speakup_types::casework::{AuditAction, ReofferOutcome};
use speakup_types::identity::Role;
use uuid::Uuid;

use crate::{audit, reoffers, Referrals};

/// Every open re-offer, soonest due first.
pub async fn list(referrals: web::Data<Referrals>, staff: Staff) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_triage)?;
    let due = referrals.db.run(reoffers::open).await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(due))
}

/// What the person said when offered again, on the case's record; the list as it is now.
pub async fn answer(
    referrals: web::Data<Referrals>,
    staff: Staff,
    id: web::Path<Uuid>,
    body: Valid<ReofferOutcome>,
) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_triage)?;
    let (id, outcome, who, actor) = (id.into_inner(), body.into_inner(), audit::Actor::of(&staff), staff.user_id());
    let (today, said) = (chrono::Utc::now().date_naive(), outcome.answer);
    let due = referrals
        .db
        .run(move |conn| {
            let case = reoffers::case_of(conn, id)?;
            audit::audited(conn, case, &who, AuditAction::ReofferAnswered, |conn| reoffers::answer(conn, id, &outcome, actor, today))?;
            reoffers::open(conn)
        })
        .await?;
    tracing::info!(reoffer = %id, answer = said.code(), "re-offer answered");
    Ok(HttpResponse::Ok().json(due))
}
