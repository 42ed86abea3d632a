//! Tracking without an account. Anonymous route: nothing about the device is stored,
//! and a wrong code cannot be told apart from an unknown reference, by answer or by time.

use actix_web::{web, HttpResponse};
use serde_json::json;
use speakup_platform::extract::Valid;
use speakup_platform::secrets::{verify_against_nothing, verify_secret};
use speakup_platform::ApiError;
use speakup_types::casework::{AuditAction, MoveMeetingRequest, RateOutcomesRequest};
use speakup_types::referral::{normalise_phone, LostCode, TrackRequest, TrackedReferral};

use crate::error::ReferralError;
use crate::store::ReferralRow;
use crate::{audit, case_entries, casework, code_requests, store, tracking, Referrals};

/// The referral whose reference and code these are, or the same "not found" for a wrong
/// code and an unknown reference.
async fn verified(referrals: &Referrals, request: TrackRequest) -> Result<ReferralRow, ApiError> {
    let TrackRequest { reference, tracking_code } = request;
    // The format of a reference is public, so refusing a malformed one at once reveals nothing.
    let reference = tracking::normalise_reference(&reference).ok_or(ReferralError::NotTracked)?;
    // Counted per reference, found or not, so the warning before the last try reveals nothing.
    let tries_left = referrals.track_limiter.check(&reference)?;
    let found = referrals.db.run(move |conn| store::find_by_reference(conn, &reference).map_err(ReferralError::from)).await?;
    // argon2 runs without holding a database connection; an unknown reference costs the
    // same hash as a wrong code, so the two cannot be told apart by time. The history is
    // read only once the code is right, so a wrong code costs no more database work.
    let code = tracking::normalise_code(&tracking_code);
    let hash = found.as_ref().map(|row| row.tracking_code_hash.clone());
    let matches = referrals.anonymous_hashing.run(move || match hash {
        Some(hash) => verify_secret(&code, &hash),
        None => {
            verify_against_nothing(&code);
            false
        }
    })
    .await?;
    let not_found = if tries_left == 1 { ReferralError::NotTrackedOneTryLeft } else { ReferralError::NotTracked };
    Ok(found.filter(|_| matches).ok_or(not_found)?)
}

fn answer(tracked: TrackedReferral) -> HttpResponse {
    HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(tracked)
}

pub async fn track(referrals: web::Data<Referrals>, body: Valid<TrackRequest>) -> Result<HttpResponse, ApiError> {
    let row = verified(&referrals, body.into_inner()).await?;
    Ok(answer(referrals.db.run(move |conn| tracking::for_person(conn, &row)).await?))
}

/// The person says no from their tracking page (the page asked them to confirm first).
/// Recorded in the case's audit as the person's own act.
pub async fn withdraw(referrals: web::Data<Referrals>, body: Valid<TrackRequest>) -> Result<HttpResponse, ApiError> {
    let row = verified(&referrals, body.into_inner()).await?;
    let tracked = referrals
        .db
        .run(move |conn| {
            let id = row.uuid()?;
            audit::audited(conn, id, &audit::Actor::the_person(), AuditAction::Withdrawn, |conn| casework::withdraw(conn, &row.id))?;
            let row = store::find(conn, id)?.ok_or(ReferralError::NotFound)?;
            tracking::for_person(conn, &row)
        })
        .await?;
    tracing::info!(referral = %tracked.reference, "referral withdrawn from the tracking page");
    Ok(answer(tracked))
}

/// The person asks for their next meeting to move, from their tracking page. Recorded in the
/// case's audit as their own act; the team sees the request on the meeting.
pub async fn move_meeting(referrals: web::Data<Referrals>, body: Valid<MoveMeetingRequest>) -> Result<HttpResponse, ApiError> {
    let MoveMeetingRequest { track, words } = body.into_inner();
    let row = verified(&referrals, track).await?;
    let tracked = referrals
        .db
        .run(move |conn| {
            let id = row.uuid()?;
            let now = chrono::Utc::now().naive_utc();
            audit::audited(conn, id, &audit::Actor::the_person(), AuditAction::MoveWanted, |conn| {
                case_entries::ask_to_move(conn, &row.id, words.as_deref(), now)
            })?;
            tracking::for_person(conn, &row)
        })
        .await?;
    tracing::info!(referral = %tracked.reference, "the person asked to move a meeting");
    Ok(answer(tracked))
}

/// The person says how far their outcomes were achieved, whether they feel safer and how far
/// we did what they hoped, while their case is closing. Theirs is the last word on each;
/// recorded in the case's audit as their own act.
pub async fn rate_outcomes(referrals: web::Data<Referrals>, body: Valid<RateOutcomesRequest>) -> Result<HttpResponse, ApiError> {
    let RateOutcomesRequest { track, ratings, closure } = body.into_inner();
    let row = verified(&referrals, track).await?;
    let tracked = referrals
        .db
        .run(move |conn| {
            let id = row.uuid()?;
            audit::audited(conn, id, &audit::Actor::the_person(), AuditAction::OutcomeRated, |conn| {
                casework::answer_at_close(conn, id, &ratings, &closure)
            })?;
            tracking::for_person(conn, &row)
        })
        .await?;
    tracing::info!(referral = %tracked.reference, "the person rated their outcomes");
    Ok(answer(tracked))
}

/// "I lost my code". The answer is the same whether or not anything matched, so it cannot
/// be used to find out whether someone has been referred.
pub async fn lost_code(referrals: web::Data<Referrals>, body: Valid<LostCode>) -> Result<HttpResponse, ApiError> {
    let LostCode { reference, phone_or_email } = body.into_inner();
    let value = phone_or_email.trim();
    let (phone, email) = if value.contains('@') { (None, Some(value.to_lowercase())) } else { (normalise_phone(value), None) };
    let limit_key = phone.clone().or(email.clone()).unwrap_or_default();
    referrals.lost_code_limiter.check(&limit_key)?;
    let reference = reference.as_deref().and_then(tracking::normalise_reference);
    // Queued, matched later: the same single INSERT whether or not anything will match.
    referrals
        .db
        .run(move |conn| {
            code_requests::enqueue(conn, phone.as_deref(), email.as_deref(), reference.as_deref()).map_err(ReferralError::from)
        })
        .await?;
    Ok(HttpResponse::Accepted().json(json!({
        "message": "Thank you. If we have a referral with these details, someone from the team will contact you in the way you asked and give you a new code."
    })))
}
