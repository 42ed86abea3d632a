//! Tracking without an account. Anonymous route: nothing about the device is stored,
//! and a wrong code cannot be told apart from an unknown reference, by answer or by time.

use actix_web::{web, HttpResponse};
use speakup_platform::extract::Valid;
use speakup_platform::secrets::{verify_against_nothing, verify_secret};
use speakup_platform::ApiError;
use speakup_types::referral::TrackRequest;

use crate::error::ReferralError;
use crate::{store, tracking, views, Referrals};

pub async fn track(referrals: web::Data<Referrals>, body: Valid<TrackRequest>) -> Result<HttpResponse, ApiError> {
    let TrackRequest { reference, tracking_code } = body.into_inner();
    let reference = tracking::normalise_reference(&reference);
    // Count the try against what was typed even when it cannot be a reference.
    let limit_key = reference.clone().unwrap_or_else(|| "(malformed)".into());
    referrals.track_limiter.check(&limit_key)?;
    let code = tracking::normalise_code(&tracking_code);
    let tracked = referrals
        .db
        .run(move |conn| {
            let row = match reference {
                Some(reference) => store::find_by_reference(conn, &reference)?,
                None => None,
            };
            let Some(row) = row else {
                verify_against_nothing(&code);
                return Err(ReferralError::NotTracked);
            };
            if !verify_secret(&code, &row.tracking_code_hash) {
                return Err(ReferralError::NotTracked);
            }
            let history = store::history(conn, &row.id)?;
            views::tracked(&row, &history)
        })
        .await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(tracked))
}
