//! Caseloads: an advocate's own cases, and any advocate's for managers, each with what is
//! due in the next seven days.

use actix_web::{web, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::ApiError;
use speakup_types::identity::Role;
use speakup_platform::db::DbConnection;
use speakup_types::referral::{DueSoon, QueueItem};
use uuid::Uuid;
use chrono::{Duration, Utc};

use crate::error::ReferralError;
use crate::{case_entries, queue, views, Referrals};

/// The open cases named to or shared with `account`, urgent and oldest first.
fn caseload(conn: &mut DbConnection, account: Uuid) -> Result<Vec<QueueItem>, ReferralError> {
    let rows = queue::of_advocate(conn, account)?;
    // Every row is theirs or shared with them: the advocate's name is not needed.
    let lookups = views::ListLookups::load(conn, false)?;
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let now = Utc::now().naive_utc();
    let mut due = case_entries::first_due(conn, &ids, now, now + Duration::days(7))?;
    rows.iter()
        .map(|r| {
            let mut item = views::queue_item(r, &lookups)?;
            item.due = due.remove(&r.id).map(|(at, title)| DueSoon { at: at.and_utc(), title });
            Ok(item)
        })
        .collect()
}

pub async fn mine(referrals: web::Data<Referrals>, staff: Staff) -> Result<HttpResponse, ApiError> {
    staff.require(Role::works_cases)?;
    let account = staff.user_id();
    let items = referrals.db.run(move |conn| caseload(conn, account)).await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(items))
}

/// One advocate's caseload, for the managers who share out the work.
pub async fn of_advocate(referrals: web::Data<Referrals>, staff: Staff, id: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_triage)?;
    let account = id.into_inner();
    let items = referrals.db.run(move |conn| caseload(conn, account)).await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(items))
}
