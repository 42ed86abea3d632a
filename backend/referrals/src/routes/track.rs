//! Tracking without an account. Anonymous route: nothing about the device is stored,
//! and a wrong code cannot be told apart from an unknown reference, by answer or by time.

use actix_web::{web, HttpResponse};
use serde_json::json;
use speakup_platform::extract::Valid;
use speakup_platform::secrets::{verify_against_nothing, verify_secret};
use speakup_platform::ApiError;
use speakup_types::casework::MeetingForPerson;
use speakup_types::referral::{normalise_phone, LostCode, TrackRequest};
use speakup_types::status::ReferralStatus;

use crate::error::ReferralError;
use crate::{advocates, case_entries, code_requests, declines, mandates, person_updates, store, tracking, views, Referrals};

pub async fn track(referrals: web::Data<Referrals>, body: Valid<TrackRequest>) -> Result<HttpResponse, ApiError> {
    let TrackRequest { reference, tracking_code } = body.into_inner();
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
    let row = found.filter(|_| matches).ok_or(not_found)?;
    let (id, advocate_id) = (row.id.clone(), row.advocate_id.clone());
    let (history, mandates, advocate, meeting, updates, declined) = referrals
        .db
        .run(move |conn| {
            let advocate = match advocate_id.as_deref().and_then(|a| uuid::Uuid::parse_str(a).ok()) {
                Some(account) => advocates::find(conn, account)?.map(|a| a.first_name),
                None => None,
            };
            let meeting = case_entries::next_meeting(conn, &id, chrono::Utc::now().naive_utc())?;
            let updates = person_updates::for_person(conn, &id)?;
            let history = store::history(conn, &id)?;
            let reason = history.iter().rev().find(|e| e.status == ReferralStatus::Declined.as_str()).and_then(|e| e.note_for_person.clone());
            let declined = declines::for_person(conn, &id, reason)?;
            Ok::<_, ReferralError>((history, mandates::for_referral(conn, &id)?, advocate, meeting, updates, declined))
        })
        .await?;
    let mut tracked = views::tracked(&row, &history, &mandates, advocate)?;
    // Only when, where and what is arranged: a meeting's notes stay with the team.
    tracked.next_meeting = meeting.and_then(|m| {
        Some(MeetingForPerson { at: m.due_at?.and_utc(), place: m.place.clone()?, arrangements: m.arrangements() })
    });
    tracked.updates = updates;
    tracked.declined = declined;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(tracked))
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
