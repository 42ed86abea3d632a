//! Queries on `reoffers`: IMHA offered again after the person said no
//! (`speakup_types::casework::Reoffer`). A "no" schedules the first; a manager records each
//! answer; another "no" schedules the next on the day they choose; a "yes" reopens the case.

use chrono::{Duration, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use speakup_platform::db::DbConnection;
use speakup_types::casework::{Reoffer, ReofferAnswer, ReofferOutcome, FIRST_REOFFER_DAYS};
use speakup_types::entitlement::Advocacy;
use uuid::Uuid;

use crate::error::ReferralError;
use crate::queue::{parse_advocacy, ListRow};
use crate::schema::{referrals, reoffers};

/// The most re-offers a manager's list shows at once; more than this due is a backlog to clear
/// first, soonest due first.
const LISTED: i64 = 500;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = reoffers)]
struct ReofferRow {
    id: String,
    referral_id: String,
    due_on: NaiveDate,
    scheduled_at: NaiveDateTime,
    answered_at: Option<NaiveDateTime>,
    answer: Option<String>,
    reason: Option<String>,
    answered_by: Option<String>,
}

fn insert(conn: &mut DbConnection, referral: &str, due_on: NaiveDate) -> Result<(), ReferralError> {
    let row = ReofferRow {
        id: Uuid::now_v7().to_string(),
        referral_id: referral.to_string(),
        due_on,
        scheduled_at: Utc::now().naive_utc(),
        answered_at: None,
        answer: None,
        reason: None,
        answered_by: None,
    };
    diesel::insert_into(reoffers::table).values(&row).execute(conn)?;
    Ok(())
}

fn open_for(conn: &mut DbConnection, referral: &str) -> Result<Option<ReofferRow>, ReferralError> {
    Ok(reoffers::table
        .filter(reoffers::referral_id.eq(referral))
        .filter(reoffers::answered_at.is_null())
        .select(ReofferRow::as_select())
        .first(conn)
        .optional()?)
}

/// The person said no to a case: when IMHA is among its advocacy, the offer is due again in
/// `FIRST_REOFFER_DAYS` (unless one is due already). Returns whether one was scheduled.
pub fn schedule_after_no(conn: &mut DbConnection, referral: &str, today: NaiveDate) -> Result<bool, ReferralError> {
    let advocacy: Option<String> = referrals::table.find(referral).select(referrals::list_advocacy).first(conn)?;
    if !parse_advocacy(advocacy.as_deref()).contains(&Advocacy::Imha) || open_for(conn, referral)?.is_some() {
        return Ok(false);
    }
    insert(conn, referral, today + Duration::days(FIRST_REOFFER_DAYS))?;
    Ok(true)
}

/// When the open re-offer of a case is due, for the person's tracking page.
pub fn due_on(conn: &mut DbConnection, referral: &str) -> Result<Option<NaiveDate>, ReferralError> {
    Ok(open_for(conn, referral)?.map(|r| r.due_on))
}

/// Every open re-offer, soonest due first, with each case's reference and name, how often the
/// person has said no and why they last did.
pub fn open(conn: &mut DbConnection) -> Result<Vec<Reoffer>, ReferralError> {
    let due: Vec<ReofferRow> = reoffers::table
        .filter(reoffers::answered_at.is_null())
        .order((reoffers::due_on.asc(), reoffers::id.asc()))
        .limit(LISTED)
        .select(ReofferRow::as_select())
        .load(conn)?;
    let ids: Vec<String> = due.iter().map(|r| r.referral_id.clone()).collect();
    let cases: Vec<ListRow> = referrals::table.filter(referrals::id.eq_any(&ids)).select(ListRow::as_select()).load(conn)?;
    let noes: Vec<(String, Option<String>)> = reoffers::table
        .filter(reoffers::referral_id.eq_any(&ids))
        .filter(reoffers::answer.eq(ReofferAnswer::Declined.code()))
        .order(reoffers::answered_at.asc())
        .select((reoffers::referral_id, reoffers::reason))
        .load(conn)?;
    due.iter()
        .map(|row| {
            let case = cases.iter().find(|c| c.id == row.referral_id).ok_or(ReferralError::Corrupt("re-offer without its case"))?;
            let said_no: Vec<&Option<String>> = noes.iter().filter(|(r, _)| *r == row.referral_id).map(|(_, reason)| reason).collect();
            let id = |v: &str| Uuid::parse_str(v).map_err(|_| ReferralError::Corrupt("re-offer id"));
            Ok(Reoffer {
                id: id(&row.id)?,
                referral: id(&row.referral_id)?,
                reference: case.reference.clone(),
                name: case.shown()?.name,
                due_on: row.due_on,
                declined: said_no.len() as u32,
                last_reason: said_no.last().and_then(|r| (*r).clone()),
            })
        })
        .collect()
}

/// The case an open re-offer belongs to; answered or unknown ones are not found.
pub fn case_of(conn: &mut DbConnection, id: Uuid) -> Result<Uuid, ReferralError> {
    let referral: String = reoffers::table
        .find(id.to_string())
        .filter(reoffers::answered_at.is_null())
        .select(reoffers::referral_id)
        .first(conn)
        .optional()?
        .ok_or(ReferralError::NotFound)?;
    Uuid::parse_str(&referral).map_err(|_| ReferralError::Corrupt("re-offer's case"))
}

/// Records the answer to an open re-offer: another "no" schedules the next (after today); a
/// "yes" reopens the case to wait for an advocate.
pub fn answer(conn: &mut DbConnection, id: Uuid, outcome: &ReofferOutcome, actor: Uuid, today: NaiveDate) -> Result<(), ReferralError> {
    if outcome.next_on.is_some_and(|next| next <= today) {
        return Err(ReferralError::ReofferNotAfterToday);
    }
    let reason = outcome.reason.as_deref().map(str::trim).filter(|r| !r.is_empty());
    let answered = diesel::update(reoffers::table.find(id.to_string()).filter(reoffers::answered_at.is_null()))
        .set((
            reoffers::answered_at.eq(Some(Utc::now().naive_utc())),
            reoffers::answer.eq(Some(outcome.answer.code())),
            reoffers::reason.eq(reason),
            reoffers::answered_by.eq(Some(actor.to_string())),
        ))
        .execute(conn)?;
    if answered == 0 {
        return Err(ReferralError::NotFound);
    }
    let referral = reoffers::table.find(id.to_string()).select(reoffers::referral_id).first::<String>(conn)?;
    match (outcome.answer, outcome.next_on) {
        (ReofferAnswer::Declined, Some(next)) => insert(conn, &referral, next),
        (ReofferAnswer::Accepted, _) => crate::casework::reopen(conn, &referral, actor),
        _ => Ok(()),
    }
}
