//! Equality monitoring answers, kept apart from the case. While a referral awaits triage its
//! answers wait in `equality_pending`, read by no staff route, so that a referral joined into
//! another counts the person once. Once it is decided they move to `equality_responses`, which
//! holds only the month they were counted in (always the current one, so a month that has
//! ended and is on show never changes) and the answers: nothing links them back to it.

use diesel::prelude::*;
use speakup_platform::db::DbConnection;
use speakup_types::equality::EqualityMonitoring;
use speakup_types::period::Period;
use speakup_types::status::ReferralStatus;
use uuid::Uuid;

use crate::schema::{equality_pending, equality_responses, referrals};
use crate::store::ReferralRow;

pub fn hold(conn: &mut DbConnection, referral_id: &str, answers: &str) -> QueryResult<()> {
    diesel::insert_into(equality_pending::table)
        .values((equality_pending::referral_id.eq(referral_id), equality_pending::answers.eq(answers)))
        .execute(conn)
        .map(drop)
}

/// Takes a referral's waiting answers out of `equality_pending`.
fn take(conn: &mut DbConnection, referral_id: &str) -> QueryResult<Option<String>> {
    let answers = equality_pending::table.find(referral_id).select(equality_pending::answers).first(conn).optional()?;
    diesel::delete(equality_pending::table.find(referral_id)).execute(conn)?;
    Ok(answers)
}

fn count(conn: &mut DbConnection, answers: &str) -> QueryResult<()> {
    // A random id, not a time-ordered one: the row must not say when it was written.
    diesel::insert_into(equality_responses::table)
        .values((
            equality_responses::id.eq(Uuid::new_v4().to_string()),
            equality_responses::month.eq(Period::month_of(chrono::Utc::now().date_naive()).to_string()),
            equality_responses::answers.eq(answers),
        ))
        .execute(conn)
        .map(drop)
}

/// The referral was decided: its answers, if any, are counted in this month and unlinked.
pub fn release(conn: &mut DbConnection, referral_id: &str) -> QueryResult<()> {
    if let Some(answers) = take(conn, referral_id)? {
        count(conn, &answers)?;
    }
    Ok(())
}

/// `source` was joined into `target`: the same person, counted once. The source's waiting
/// answers go if the target has answers of its own, and become the target's otherwise. If the
/// source was counted already (decided before it was joined), the target's waiting answers go.
pub fn on_merge(conn: &mut DbConnection, source: &ReferralRow, target: &ReferralRow) -> QueryResult<()> {
    let waiting = take(conn, &source.id)?;
    let target_waits = target.status == ReferralStatus::Received.as_str();
    match waiting {
        Some(_) if target.equality_answered => {}
        Some(answers) => {
            if target_waits {
                hold(conn, &target.id, &answers)?;
            } else {
                count(conn, &answers)?;
            }
            diesel::update(referrals::table.find(&target.id)).set(referrals::equality_answered.eq(true)).execute(conn)?;
        }
        None if source.equality_answered => {
            // The person was counted with the source: the target's answers go, and the target
            // is marked answered so a later join into something else counts nobody again.
            if target_waits {
                take(conn, &target.id)?;
            }
            diesel::update(referrals::table.find(&target.id)).set(referrals::equality_answered.eq(true)).execute(conn)?;
        }
        None => {}
    }
    Ok(())
}

/// Every response counted in `months`, with no link to any referral.
pub fn answers_in(conn: &mut DbConnection, months: &[String]) -> QueryResult<Vec<EqualityMonitoring>> {
    let rows: Vec<String> = equality_responses::table
        .filter(equality_responses::month.eq_any(months))
        .select(equality_responses::answers)
        .load(conn)?;
    // A row that no longer parses (an old catalogue) is left out of the counts, not fatal.
    Ok(rows.iter().filter_map(|json| serde_json::from_str(json).ok()).collect())
}
