//! Advocates' profiles: each advocate keeps their own "about me"; managers see them all and
//! record what each may take on.

use actix_web::{web, HttpResponse};
use chrono::Utc;
use speakup_platform::auth::Staff;
use speakup_platform::extract::Valid;
use speakup_platform::ApiError;
use speakup_types::casework::{AboutMe, AdvocateProfile, AdvocateWork, CatalogueKind, HandOverAll, HandedOver};
use speakup_types::identity::Role;
use uuid::Uuid;

use crate::error::ReferralError;
use crate::{advocates, allocation, audit, case_entries, catalogue, Referrals};

/// Every profile, with open cases and the week ahead across them, for managers.
pub async fn list(referrals: web::Data<Referrals>, staff: Staff) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_triage)?;
    let now = Utc::now().naive_utc();
    let found = referrals
        .db
        .run(move |conn| {
            let team = advocates::all(conn)?;
            let ids: Vec<String> = team.iter().map(|a| a.account_id.clone()).collect();
            let week = case_entries::week_ahead(conn, &ids, now, now + chrono::Duration::days(7))?;
            let mut profiles = advocates::profiles(conn, &team)?;
            for profile in &mut profiles {
                (profile.due_this_week, profile.overdue) = week.get(&profile.account_id.to_string()).copied().unwrap_or_default();
            }
            Ok::<_, ReferralError>(profiles)
        })
        .await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(found))
}

async fn profile_of(referrals: &Referrals, account: Uuid, display_name: String) -> Result<AdvocateProfile, ApiError> {
    Ok(referrals
        .db
        .run(move |conn| {
            match advocates::find(conn, account)? {
                Some(row) => Ok::<_, ReferralError>(advocates::profiles(conn, &[row])?.remove(0)),
                // Not saved yet: start from the first word of the account's name.
                None => {
                    let first = display_name.split_whitespace().next().unwrap_or_default().to_string();
                    Ok(AdvocateProfile::new(account, first, Utc::now()))
                }
            }
        })
        .await?)
}

pub async fn mine(referrals: web::Data<Referrals>, staff: Staff) -> Result<HttpResponse, ApiError> {
    staff.require(Role::works_cases)?;
    let profile = profile_of(&referrals, staff.user_id(), staff.display_name().to_string()).await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(profile))
}

pub async fn save_mine(referrals: web::Data<Referrals>, staff: Staff, body: Valid<AboutMe>) -> Result<HttpResponse, ApiError> {
    staff.require(Role::works_cases)?;
    let (account, about) = (staff.user_id(), body.into_inner());
    referrals.db.run(move |conn| advocates::save_about_me(conn, account, &about)).await?;
    let profile = profile_of(&referrals, account, staff.display_name().to_string()).await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(profile))
}

pub async fn save_work(
    referrals: web::Data<Referrals>,
    staff: Staff,
    id: web::Path<Uuid>,
    body: Valid<AdvocateWork>,
) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_triage)?;
    let (account, work) = (id.into_inner(), body.into_inner());
    referrals
        .db
        .run(move |conn| {
            catalogue::check_active(conn, CatalogueKind::Area, &work.areas, "areas")?;
            catalogue::check_active(conn, CatalogueKind::Qualification, &work.qualifications, "qualifications")?;
            advocates::save_work(conn, account, &work)
        })
        .await?;
    tracing::info!(advocate = %account, by = %staff.user_id(), "advocate's work changed");
    let profile = profile_of(&referrals, account, String::new()).await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(profile))
}

/// Hands every open case of an advocate who is leaving, or away, to another advocate.
pub async fn hand_over_all(
    referrals: web::Data<Referrals>,
    staff: Staff,
    id: web::Path<Uuid>,
    body: Valid<HandOverAll>,
) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_triage)?;
    let who = audit::Actor::of(&staff);
    let (from, HandOverAll { to, handover_note }) = (id.into_inner(), body.into_inner());
    let note = handover_note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
    let moved = referrals.db.run(move |conn| allocation::hand_over_all(conn, from, to, note, &who)).await?;
    tracing::info!(%from, %to, moved, by = %staff.user_id(), "cases handed over");
    Ok(HttpResponse::Ok().json(HandedOver { moved }))
}
