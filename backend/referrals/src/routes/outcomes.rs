//! What the person wants to happen: recorded, changed, looked back at and rated by the
//! advocate (or a manager) working the case, and what is known at the close, each change from the version seen and audited
//! in the same transaction (`change_then_load`).

use actix_web::{web, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::extract::Valid;
use speakup_platform::ApiError;
use speakup_types::casework::{AuditAction, ClosureChange, NewOutcomeReview, OutcomeChange, RatingChange};
use uuid::Uuid;

use super::work::{change_then_load, fresh};
use crate::error::ReferralError;
use crate::{closures, desired_outcomes, Referrals};

pub async fn add(referrals: web::Data<Referrals>, staff: Staff, id: web::Path<Uuid>, body: Valid<OutcomeChange>) -> Result<HttpResponse, ApiError> {
    let (id, change, by) = (id.into_inner(), body.into_inner(), staff.user_id());
    let work = change_then_load(&referrals, &staff, id, AuditAction::OutcomeRecorded, move |conn| {
        desired_outcomes::add(conn, &id.to_string(), &change, by)
    })
    .await?;
    Ok(fresh(work))
}

pub async fn change(
    referrals: web::Data<Referrals>,
    staff: Staff,
    path: web::Path<(Uuid, Uuid)>,
    body: Valid<OutcomeChange>,
) -> Result<HttpResponse, ApiError> {
    let ((id, outcome), change) = (path.into_inner(), body.into_inner());
    let work = change_then_load(&referrals, &staff, id, AuditAction::OutcomeChanged, move |conn| {
        desired_outcomes::change(conn, &id.to_string(), outcome, &change)
    })
    .await?;
    Ok(fresh(work))
}

pub async fn review(
    referrals: web::Data<Referrals>,
    staff: Staff,
    path: web::Path<(Uuid, Uuid)>,
    body: Valid<NewOutcomeReview>,
) -> Result<HttpResponse, ApiError> {
    let ((id, outcome), review, by) = (path.into_inner(), body.into_inner(), staff.user_id());
    let work = change_then_load(&referrals, &staff, id, AuditAction::OutcomeReviewed, move |conn| {
        desired_outcomes::review(conn, &id.to_string(), outcome, &review, by)
    })
    .await?;
    Ok(fresh(work))
}

pub async fn rate(
    referrals: web::Data<Referrals>,
    staff: Staff,
    path: web::Path<(Uuid, Uuid)>,
    body: Valid<RatingChange>,
) -> Result<HttpResponse, ApiError> {
    let ((id, outcome), rating) = (path.into_inner(), body.into_inner());
    let work = change_then_load(&referrals, &staff, id, AuditAction::OutcomeRated, move |conn| {
        let (Some(achievement), Some(by)) = (rating.achievement, rating.by) else {
            return Err(ReferralError::Corrupt("a rating that passed validation without its answers"));
        };
        desired_outcomes::rate(conn, &id.to_string(), outcome, Some(rating.version), (achievement, by, rating.comment.as_deref()))
    })
    .await?;
    Ok(fresh(work))
}

/// What is known at the close: whether the person was asked what they wanted (needed before
/// the case can finish), and their safety and expectations where they could not say.
pub async fn close(referrals: web::Data<Referrals>, staff: Staff, id: web::Path<Uuid>, body: Valid<ClosureChange>) -> Result<HttpResponse, ApiError> {
    let (id, change) = (id.into_inner(), body.into_inner());
    let work = change_then_load(&referrals, &staff, id, AuditAction::ClosureRecorded, move |conn| closures::record(conn, &id.to_string(), &change)).await?;
    Ok(fresh(work))
}
