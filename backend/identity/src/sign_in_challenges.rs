//! Queries on `sign_in_challenges`: someone gave the right password and still owes a code
//! from their authenticator. The ticket lasts a few minutes and a few wrong codes.

use chrono::{Duration, Utc};
use diesel::prelude::*;
use speakup_platform::db::DbConnection;
use uuid::Uuid;

use crate::schema::sign_in_challenges;

const LIFETIME_MINUTES: i64 = 5;
/// Wrong codes allowed on one ticket before the password must be given again.
const MAX_ATTEMPTS: i32 = 5;

pub fn create(conn: &mut DbConnection, ticket: &str, user: Uuid) -> QueryResult<()> {
    let now = Utc::now().naive_utc();
    // Old tickets go as new ones come, so the table never grows.
    diesel::delete(sign_in_challenges::table.filter(sign_in_challenges::expires_at.le(now))).execute(conn)?;
    diesel::insert_into(sign_in_challenges::table)
        .values((
            sign_in_challenges::id.eq(ticket),
            sign_in_challenges::user_id.eq(user.to_string()),
            sign_in_challenges::expires_at.eq(now + Duration::minutes(LIFETIME_MINUTES)),
            sign_in_challenges::attempts.eq(0),
        ))
        .execute(conn)
        .map(drop)
}

/// Spends one try on a live ticket and says whose it is; `None` when the ticket is unknown,
/// has expired or has no tries left.
pub fn spend_attempt(conn: &mut DbConnection, ticket: &str) -> QueryResult<Option<String>> {
    let live = sign_in_challenges::table
        .find(ticket)
        .filter(sign_in_challenges::expires_at.gt(Utc::now().naive_utc()))
        .filter(sign_in_challenges::attempts.lt(MAX_ATTEMPTS));
    let changed = diesel::update(live).set(sign_in_challenges::attempts.eq(sign_in_challenges::attempts + 1)).execute(conn)?;
    if changed == 0 {
        return Ok(None);
    }
    sign_in_challenges::table.find(ticket).select(sign_in_challenges::user_id).first(conn).optional()
}

/// The code was right: the ticket is used up.
pub fn finish(conn: &mut DbConnection, ticket: &str) -> QueryResult<()> {
    diesel::delete(sign_in_challenges::table.find(ticket)).execute(conn).map(drop)
}
