//! Queries on `staff_actions`: what staff did to a referral beyond its status.

use chrono::{TimeZone, Utc};
use diesel::prelude::*;
use speakup_platform::db::DbConnection;
use speakup_types::referral::{StaffAction, StaffActionKind};
use uuid::Uuid;

use crate::error::ReferralError;
use crate::schema::staff_actions;

pub fn record(conn: &mut DbConnection, referral: Uuid, actor: Uuid, kind: StaffActionKind, reason: Option<&str>) -> QueryResult<()> {
    diesel::insert_into(staff_actions::table)
        .values((
            staff_actions::id.eq(Uuid::now_v7().to_string()),
            staff_actions::referral_id.eq(referral.to_string()),
            staff_actions::at.eq(Utc::now().naive_utc()),
            staff_actions::actor.eq(actor.to_string()),
            staff_actions::kind.eq(kind.as_str()),
            staff_actions::reason.eq(reason),
        ))
        .execute(conn)
        .map(drop)
}

/// The referral's staff actions, oldest first.
pub fn for_referral(conn: &mut DbConnection, referral: &str) -> Result<Vec<StaffAction>, ReferralError> {
    let rows: Vec<(chrono::NaiveDateTime, String, String, Option<String>)> = staff_actions::table
        .filter(staff_actions::referral_id.eq(referral))
        .order((staff_actions::at.asc(), staff_actions::id.asc()))
        .select((staff_actions::at, staff_actions::kind, staff_actions::actor, staff_actions::reason))
        .load(conn)?;
    rows.into_iter()
        .map(|(at, kind, actor, reason)| {
            Ok(StaffAction {
                at: Utc.from_utc_datetime(&at),
                kind: StaffActionKind::parse(&kind).ok_or(ReferralError::Corrupt("staff action"))?,
                by: Uuid::parse_str(&actor).map_err(|_| ReferralError::Corrupt("staff action"))?,
                reason,
            })
        })
        .collect()
}
