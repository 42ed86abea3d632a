//! An advocate's own cases, each with what is due in the next seven days.

use std::collections::HashMap;

use actix_web::{web, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::ApiError;
use speakup_types::casework::CatalogueKind;
use speakup_types::identity::Role;
use speakup_types::referral::DueSoon;
use chrono::{Duration, Utc};

use crate::error::ReferralError;
use crate::{case_entries, catalogue, queue, views, Referrals};

pub async fn mine(referrals: web::Data<Referrals>, staff: Staff) -> Result<HttpResponse, ApiError> {
    staff.require(Role::works_cases)?;
    let account = staff.user_id();
    let items = referrals
        .db
        .run(move |conn| {
            let rows = queue::of_advocate(conn, account)?;
            let areas = catalogue::names(conn, CatalogueKind::Area)?;
            let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
            let now = Utc::now().naive_utc();
            let mut due = case_entries::first_due(conn, &ids, now, now + Duration::days(7))?;
            // Every row is theirs or shared with them: the advocate's name is not needed.
            let no_names = HashMap::new();
            rows.iter()
                .map(|r| {
                    let mut item = views::queue_item(r, &areas, &no_names)?;
                    item.due = due.remove(&r.id).map(|(at, title)| DueSoon { at: at.and_utc(), title });
                    Ok(item)
                })
                .collect::<Result<Vec<_>, ReferralError>>()
        })
        .await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(items))
}
