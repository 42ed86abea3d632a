//! Queries on `case_shares`: a manager shares a case with a second advocate, who then sees and
//! works it beside the named advocate (`crate::scope` and "my cases" read this table).

use chrono::Utc;
use diesel::prelude::*;
use speakup_platform::db::{DbConnection, write_transaction};
use speakup_types::casework::CaseShare;
use speakup_types::status::Stage;
use uuid::Uuid;

use crate::error::ReferralError;
use crate::schema::case_shares;
use crate::{advocates, store};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = case_shares)]
struct ShareRow {
    referral_id: String,
    account_id: String,
    shared_by: String,
    shared_at: chrono::NaiveDateTime,
}

/// Shares a case that has its named advocate with another advocate who is taking cases.
/// Sharing again with the same advocate changes nothing.
pub fn share(conn: &mut DbConnection, referral: Uuid, advocate: Uuid, version: i64, actor: Uuid) -> Result<(), ReferralError> {
    write_transaction(conn, |conn| {
        let row = store::claim_version(conn, referral, version)?;
        if row.stage != Stage::WithAdvocate.number() || row.advocate_id.is_none() {
            return Err(ReferralError::CannotShare);
        }
        let profile = advocates::find(conn, advocate)?.ok_or(ReferralError::AdvocateUnavailable)?;
        if !profile.taking_cases || row.advocate_id.as_deref() == Some(&advocate.to_string()) {
            return Err(ReferralError::AdvocateUnavailable);
        }
        if is_shared_with(conn, &row.id, advocate)? {
            return Ok(());
        }
        let share = ShareRow { referral_id: row.id, account_id: advocate.to_string(), shared_by: actor.to_string(), shared_at: Utc::now().naive_utc() };
        diesel::insert_into(case_shares::table).values(&share).execute(conn)?;
        Ok(())
    })
}

/// Stops sharing a case with an advocate: they no longer see it.
pub fn unshare(conn: &mut DbConnection, referral: Uuid, advocate: Uuid, version: i64) -> Result<(), ReferralError> {
    write_transaction(conn, |conn| {
        store::claim_version(conn, referral, version)?;
        let gone = diesel::delete(
            case_shares::table.filter(case_shares::referral_id.eq(referral.to_string())).filter(case_shares::account_id.eq(advocate.to_string())),
        )
        .execute(conn)?;
        if gone == 0 {
            return Err(ReferralError::NotFound);
        }
        Ok(())
    })
}

/// Ends every share of a case: a new named advocate starts afresh, and the manager shares
/// again if it is still needed.
pub fn end_all(conn: &mut DbConnection, referral: &str) -> Result<(), ReferralError> {
    diesel::delete(case_shares::table.filter(case_shares::referral_id.eq(referral))).execute(conn)?;
    Ok(())
}

/// Ends every share an advocate has, when their cases are handed over.
pub fn end_for_advocate(conn: &mut DbConnection, advocate: Uuid) -> Result<(), ReferralError> {
    diesel::delete(case_shares::table.filter(case_shares::account_id.eq(advocate.to_string()))).execute(conn)?;
    Ok(())
}

/// Whether the case was shared with this account.
pub fn is_shared_with(conn: &mut DbConnection, referral: &str, account: Uuid) -> Result<bool, ReferralError> {
    let found: i64 = case_shares::table
        .filter(case_shares::referral_id.eq(referral))
        .filter(case_shares::account_id.eq(account.to_string()))
        .count()
        .get_result(conn)?;
    Ok(found > 0)
}

/// Who the case is shared with, first shared first.
pub fn of_case(conn: &mut DbConnection, referral: &str) -> Result<Vec<CaseShare>, ReferralError> {
    let rows: Vec<ShareRow> = case_shares::table
        .filter(case_shares::referral_id.eq(referral))
        .order((case_shares::shared_at.asc(), case_shares::account_id.asc()))
        .select(ShareRow::as_select())
        .load(conn)?;
    rows.into_iter()
        .map(|row| {
            let advocate_id = Uuid::parse_str(&row.account_id).map_err(|_| ReferralError::Corrupt("share"))?;
            let first_name = advocates::find(conn, advocate_id)?.map(|a| a.first_name).unwrap_or_default();
            Ok(CaseShare { advocate_id, first_name, shared_at: row.shared_at.and_utc() })
        })
        .collect()
}
