//! Queries on `declines`: what a decline gave the person besides its reason.

use diesel::prelude::*;
use speakup_platform::db::DbConnection;
use speakup_types::referral::{Alternative, DeclineForPerson, DeclineReason};
use uuid::Uuid;

use crate::error::ReferralError;
use crate::schema::declines;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = declines)]
struct DeclineRow {
    referral_id: String,
    reason: String,
    alternatives: String,
    where_to_go: Option<String>,
}

/// Stores a decline's code, alternatives and places to go, in the decision's transaction.
pub fn record(
    conn: &mut DbConnection,
    referral: Uuid,
    reason: DeclineReason,
    alternatives: &[Alternative],
    where_to_go: Option<&str>,
) -> Result<(), ReferralError> {
    let row = DeclineRow {
        referral_id: referral.to_string(),
        reason: reason.code().into(),
        alternatives: alternatives.iter().map(|a| a.code()).collect::<Vec<_>>().join(","),
        where_to_go: where_to_go.map(str::to_string),
    };
    diesel::insert_into(declines::table).values(&row).execute(conn)?;
    Ok(())
}

/// What the person reads about their decline, with the reason staff wrote for them; none
/// for a referral that was not declined.
pub fn for_person(conn: &mut DbConnection, referral: &str, reason_for_person: Option<String>) -> Result<Option<DeclineForPerson>, ReferralError> {
    let Some(row) = declines::table.find(referral).select(DeclineRow::as_select()).first(conn).optional()? else {
        return Ok(None);
    };
    let alternatives = row.alternatives.split(',').filter(|c| !c.is_empty()).map(|c| Alternative::parse(c).ok_or(ReferralError::Corrupt("alternative")));
    Ok(Some(DeclineForPerson {
        reason_for_person: reason_for_person.unwrap_or_default(),
        alternatives: alternatives.collect::<Result<_, _>>()?,
        where_to_go: row.where_to_go,
    }))
}
