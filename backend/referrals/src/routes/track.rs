//! Tracking without an account. Anonymous route: nothing about the device is stored,
//! and a wrong code cannot be told apart from an unknown reference, by answer or by time.

use actix_web::{web, HttpResponse};
use speakup_platform::extract::Valid;
use speakup_platform::secrets::{hashing, verify_against_nothing, verify_secret};
use speakup_platform::ApiError;
use speakup_types::referral::TrackRequest;

use crate::error::ReferralError;
use crate::{store, tracking, views, Referrals};

pub async fn track(referrals: web::Data<Referrals>, body: Valid<TrackRequest>) -> Result<HttpResponse, ApiError> {
    let TrackRequest { reference, tracking_code } = body.into_inner();
    // The format of a reference is public, so refusing a malformed one at once reveals nothing.
    let reference = tracking::normalise_reference(&reference).ok_or(ReferralError::NotTracked)?;
    referrals.track_limiter.check(&reference)?;
    let found = referrals
        .db
        .run(move |conn| match store::find_by_reference(conn, &reference)? {
            Some(row) => {
                let history = store::history(conn, &row.id)?;
                Ok::<_, ReferralError>(Some((row, history)))
            }
            None => Ok(None),
        })
        .await?;
    // argon2 runs without holding a database connection; an unknown reference costs the
    // same hash as a wrong code, so the two cannot be told apart by time.
    let code = tracking::normalise_code(&tracking_code);
    let hash = found.as_ref().map(|(row, _)| row.tracking_code_hash.clone());
    let matches = hashing(move || match hash {
        Some(hash) => verify_secret(&code, &hash),
        None => {
            verify_against_nothing(&code);
            false
        }
    })
    .await?;
    let (row, history) = found.filter(|_| matches).ok_or(ReferralError::NotTracked)?;
    let tracked = views::tracked(&row, &history)?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(tracked))
}
