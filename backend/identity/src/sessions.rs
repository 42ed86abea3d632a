//! Queries on `staff_sessions`: the server-side record of each sign-in. Every service asks
//! identity about a session (see `speakup_platform::auth`), and identity answers from here,
//! so ending a session here ends it everywhere.

use chrono::{DateTime, Duration, Utc};
use diesel::prelude::*;
use speakup_platform::db::DbConnection;
use uuid::Uuid;

use crate::accounts::AccountRow;
use crate::schema::{staff_sessions, staff_users};

pub fn create(conn: &mut DbConnection, id: &str, user_id: Uuid, expires_at: DateTime<Utc>) -> QueryResult<()> {
    let now = Utc::now().naive_utc();
    diesel::insert_into(staff_sessions::table)
        .values((
            staff_sessions::id.eq(id),
            staff_sessions::user_id.eq(user_id.to_string()),
            staff_sessions::created_at.eq(now),
            staff_sessions::expires_at.eq(expires_at.naive_utc()),
            staff_sessions::last_seen_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

/// The account behind a session that is not revoked, has not reached its end, has been used
/// within `idle`, and whose account is active; the use is recorded, so the idle clock restarts.
pub fn resolve(conn: &mut DbConnection, id: &str, idle: Duration) -> QueryResult<Option<AccountRow>> {
    let now = Utc::now().naive_utc();
    let account = staff_sessions::table
        .inner_join(staff_users::table)
        .filter(staff_sessions::id.eq(id))
        .filter(staff_sessions::revoked_at.is_null())
        .filter(staff_sessions::expires_at.gt(now))
        .filter(staff_sessions::last_seen_at.gt(now - idle))
        .filter(staff_users::active.eq(true))
        .select(AccountRow::as_select())
        .first(conn)
        .optional()?;
    if account.is_some() {
        diesel::update(staff_sessions::table.find(id)).set(staff_sessions::last_seen_at.eq(now)).execute(conn)?;
    }
    Ok(account)
}

pub fn revoke(conn: &mut DbConnection, id: &str) -> QueryResult<()> {
    diesel::update(staff_sessions::table.find(id))
        .set(staff_sessions::revoked_at.eq(Some(Utc::now().naive_utc())))
        .execute(conn)
        .map(drop)
}

/// Ends every session of a user but `keep` (the one changing its own password), or all of
/// them when `keep` is `None` (an admin disabled the account, changed its role or reset it).
pub fn revoke_all(conn: &mut DbConnection, user_id: Uuid, keep: Option<&str>) -> QueryResult<usize> {
    let sessions = staff_sessions::table
        .filter(staff_sessions::user_id.eq(user_id.to_string()))
        .filter(staff_sessions::revoked_at.is_null())
        .filter(staff_sessions::id.ne(keep.unwrap_or("")));
    diesel::update(sessions).set(staff_sessions::revoked_at.eq(Some(Utc::now().naive_utc()))).execute(conn)
}
