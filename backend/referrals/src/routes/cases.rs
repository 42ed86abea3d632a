//! An advocate's own cases.

use std::collections::HashMap;

use actix_web::{web, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::ApiError;
use speakup_types::casework::CatalogueKind;
use speakup_types::identity::Role;

use crate::error::ReferralError;
use crate::{catalogue, queue, views, Referrals};

pub async fn mine(referrals: web::Data<Referrals>, staff: Staff) -> Result<HttpResponse, ApiError> {
    staff.require(Role::works_cases)?;
    let account = staff.user_id();
    let items = referrals
        .db
        .run(move |conn| {
            let rows = queue::of_advocate(conn, account)?;
            let areas = catalogue::names(conn, CatalogueKind::Area)?;
            // Every row is theirs or shared with them: the advocate's name is not needed.
            let no_names = HashMap::new();
            rows.iter().map(|r| views::queue_item(r, &areas, &no_names)).collect::<Result<Vec<_>, ReferralError>>()
        })
        .await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(items))
}
