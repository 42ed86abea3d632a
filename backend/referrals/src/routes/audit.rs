//! The record of who opened and changed cases: one case's, for its managers; everyone's, as
//! CSV, for admins. Nothing here changes it.

use actix_web::{web, HttpResponse};
use chrono::NaiveDate;
use serde::Deserialize;
use speakup_platform::auth::Staff;
use speakup_platform::ApiError;
use speakup_types::identity::Role;
use uuid::Uuid;

use crate::{audit, Referrals};

pub async fn of_case(referrals: web::Data<Referrals>, staff: Staff, id: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_triage)?;
    let id = id.into_inner();
    let entries = referrals.db.run(move |conn| audit::for_referral(conn, id)).await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(entries))
}

/// Optional, so the role is checked before the period: a refused caller learns nothing more.
#[derive(Deserialize)]
pub struct Period {
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
}

/// Every case's record for whole days `from` to `to`, as CSV: at (UTC), referral, account, action.
pub async fn csv(referrals: web::Data<Referrals>, staff: Staff, period: web::Query<Period>) -> Result<HttpResponse, ApiError> {
    staff.require(Role::keeps_settings)?;
    let (Some(from), Some(to)) = (period.from, period.to) else {
        return Err(ApiError::field("to", "error-audit-period"));
    };
    if to < from || (to - from).num_days() > 366 {
        return Err(ApiError::field("to", "error-audit-period"));
    }
    let entries = referrals.db.run(move |conn| audit::between(conn, from, to)).await?;
    let mut body = String::from("at,referral,account,action,name\n");
    for e in entries {
        let name = csv_field(e.actor_name.as_deref().unwrap_or_default());
        body.push_str(&format!("{},{},{},{},{name}\n", e.at.format("%Y-%m-%dT%H:%M:%SZ"), e.referral, e.actor, e.action.code()));
    }
    tracing::info!(by = %staff.user_id(), %from, %to, "case audit exported");
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .insert_header(("Content-Disposition", format!("attachment; filename=\"speakup-audit-{from}-to-{to}.csv\"")))
        .content_type("text/csv; charset=utf-8")
        .body(body))
}

/// A name as one CSV field: quoted when it holds a comma, quote or line break, and never
/// read as a formula by a spreadsheet (a leading `=`, `+`, `-` or `@` gets a `'`).
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) { format!("'{text}") } else { text.to_string() };
    if text.contains([',', '"', '\n', '\r']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text }
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn a_name_is_one_field_and_never_a_formula() {
        assert_eq!(csv_field("Sana Khan"), "Sana Khan");
        assert_eq!(csv_field("Khan, Sana"), "\"Khan, Sana\"");
        assert_eq!(csv_field("Sam \"Jo\" Lee"), "\"Sam \"\"Jo\"\" Lee\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    }
}
