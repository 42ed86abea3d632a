//! Queries on `staff_sessions`: server-side records of signed-in staff, so that signing
//! out ends the session for identity's own routes even while the token is unexpired.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use speakup_platform::db::DbConnection;
use uuid::Uuid;

use crate::schema::staff_sessions;

pub fn create(conn: &mut DbConnection, id: &str, user_id: Uuid, expires_at: DateTime<Utc>) -> QueryResult<()> {
    diesel::insert_into(staff_sessions::table)
        .values((
            staff_sessions::id.eq(id),
            staff_sessions::user_id.eq(user_id.to_string()),
            staff_sessions::created_at.eq(Utc::now().naive_utc()),
            staff_sessions::expires_at.eq(expires_at.naive_utc()),
        ))
        .execute(conn)
        .map(drop)
}

/// True while the session exists, is not revoked and has not expired.
pub fn is_live(conn: &mut DbConnection, id: &str) -> QueryResult<bool> {
    let now = Utc::now().naive_utc();
    diesel::select(diesel::dsl::exists(
        staff_sessions::table
            .filter(staff_sessions::id.eq(id))
            .filter(staff_sessions::revoked_at.is_null())
            .filter(staff_sessions::expires_at.gt(now)),
    ))
    .get_result(conn)
}

pub fn revoke(conn: &mut DbConnection, id: &str) -> QueryResult<()> {
    diesel::update(staff_sessions::table.find(id))
        .set(staff_sessions::revoked_at.eq(Some(Utc::now().naive_utc())))
        .execute(conn)
        .map(drop)
}

/// Ends every other session of a user, e.g. after a password change.
pub fn revoke_all_except(conn: &mut DbConnection, user_id: Uuid, keep: &str) -> QueryResult<()> {
    diesel::update(
        staff_sessions::table
            .filter(staff_sessions::user_id.eq(user_id.to_string()))
            .filter(staff_sessions::id.ne(keep))
            .filter(staff_sessions::revoked_at.is_null()),
    )
    .set(staff_sessions::revoked_at.eq(Some(Utc::now().naive_utc())))
    .execute(conn)
    .map(drop)
}
