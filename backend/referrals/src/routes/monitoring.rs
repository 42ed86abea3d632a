//! Anonymised monitoring for commissioners: counts only, small numbers suppressed.

use actix_web::{web, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::ApiError;
use speakup_types::equality::summarise;
use speakup_types::identity::Role;

use crate::error::ReferralError;
use crate::{equality, Referrals};

pub async fn equality_summary(referrals: web::Data<Referrals>, staff: Staff) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_see_monitoring)?;
    let responses = referrals.db.run(|conn| equality::all_answers(conn).map_err(ReferralError::from)).await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(summarise(&responses)))
}
