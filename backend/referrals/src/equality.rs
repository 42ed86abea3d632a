//! Queries on `equality_monitoring`: written with a referral, read only to count.

use chrono::Utc;
use diesel::prelude::*;
use speakup_platform::db::DbConnection;
use speakup_types::equality::EqualityMonitoring;
use uuid::Uuid;

use crate::schema::{equality_monitoring, referrals};

pub fn record(conn: &mut DbConnection, referral_id: &str, answers: &str) -> QueryResult<()> {
    diesel::insert_into(equality_monitoring::table)
        .values((
            equality_monitoring::id.eq(Uuid::now_v7().to_string()),
            equality_monitoring::referral_id.eq(referral_id),
            equality_monitoring::answers.eq(answers),
            equality_monitoring::recorded_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)
        .map(drop)
}

/// Every response, without any link to its referral. A referral joined into another is the
/// same person again, so its answers are not counted twice.
pub fn all_answers(conn: &mut DbConnection) -> QueryResult<Vec<EqualityMonitoring>> {
    let rows: Vec<String> = equality_monitoring::table
        .inner_join(referrals::table)
        .filter(referrals::merged_into.is_null())
        .select(equality_monitoring::answers)
        .load(conn)?;
    // A row that no longer parses (an old catalogue) is left out of the counts, not fatal.
    Ok(rows.iter().filter_map(|json| serde_json::from_str(json).ok()).collect())
}
