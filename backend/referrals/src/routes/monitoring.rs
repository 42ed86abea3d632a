//! Anonymised monitoring for commissioners: counts only, for periods that have ended,
//! rounded, with small numbers left out.

use actix_web::{web, HttpResponse};
use serde::Deserialize;
use speakup_platform::auth::Staff;
use speakup_platform::ApiError;
use speakup_types::equality::summarise;
use speakup_types::identity::Role;
use speakup_types::period::Period;

use crate::error::ReferralError;
use crate::{equality, Referrals};

#[derive(Debug, Deserialize)]
pub struct PeriodQuery {
    /// `2026-11` or `2026-Q4`; the last month that has ended when absent.
    period: Option<String>,
}

pub async fn equality_summary(
    referrals: web::Data<Referrals>,
    staff: Staff,
    query: web::Query<PeriodQuery>,
) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_see_monitoring)?;
    let today = chrono::Utc::now().date_naive();
    let period = match query.into_inner().period {
        None => Period::last_closed_month(today),
        Some(text) => Period::parse(&text).ok_or_else(|| ApiError::field("period", "error-period-invalid"))?,
    };
    // A period still running would let someone watch a figure move as one referral arrives.
    if !period.has_ended(today) {
        return Err(ApiError::field("period", "error-period-open"));
    }
    let months = period.months();
    let responses = referrals.db.run(move |conn| equality::answers_in(conn, &months).map_err(ReferralError::from)).await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(summarise(period, &responses)))
}
