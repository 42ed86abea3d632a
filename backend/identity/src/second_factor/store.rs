//! Queries on `second_factors`, `recovery_codes` and `required_second_factor`: the only place
//! that reads or writes those tables.

use std::collections::HashSet;

use chrono::Utc;
use diesel::prelude::*;
use speakup_platform::db::DbConnection;
use speakup_types::identity::Role;
use uuid::Uuid;

use crate::schema::{recovery_codes, required_second_factor, second_factors};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = second_factors)]
pub struct SecondFactorRow {
    pub secret: String,
    pub confirmed: bool,
}

pub fn find(conn: &mut DbConnection, user: Uuid) -> QueryResult<Option<SecondFactorRow>> {
    second_factors::table.find(user.to_string()).select(SecondFactorRow::as_select()).first(conn).optional()
}

pub fn is_on(conn: &mut DbConnection, user: Uuid) -> QueryResult<bool> {
    Ok(find(conn, user)?.is_some_and(|row| row.confirmed))
}

/// The users whose second factor is on, for the accounts list.
pub fn users_with_it_on(conn: &mut DbConnection) -> QueryResult<HashSet<String>> {
    let users: Vec<String> =
        second_factors::table.filter(second_factors::confirmed.eq(true)).select(second_factors::user_id).load(conn)?;
    Ok(users.into_iter().collect())
}

/// Keeps `secret` as the user's key being set up, in place of any earlier one not confirmed.
pub fn set_pending(conn: &mut DbConnection, user: Uuid, secret: &str) -> QueryResult<()> {
    diesel::delete(second_factors::table.find(user.to_string()).filter(second_factors::confirmed.eq(false))).execute(conn)?;
    diesel::insert_into(second_factors::table)
        .values((
            second_factors::user_id.eq(user.to_string()),
            second_factors::secret.eq(secret),
            second_factors::confirmed.eq(false),
            second_factors::created_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)
        .map(drop)
}

/// Marks code `step` as used, and the key as confirmed, if no code of that step or a later
/// one was accepted before. The check and the write are one statement, so two sign-ins with
/// the same code at the same moment cannot both pass.
pub fn accept_step(conn: &mut DbConnection, user: Uuid, step: i64) -> QueryResult<bool> {
    let fresh = second_factors::last_step.is_null().or(second_factors::last_step.lt(step));
    let changed = diesel::update(second_factors::table.find(user.to_string()).filter(fresh))
        .set((second_factors::last_step.eq(Some(step)), second_factors::confirmed.eq(true)))
        .execute(conn)?;
    Ok(changed == 1)
}

/// Removes the key and every recovery code.
pub fn remove(conn: &mut DbConnection, user: Uuid) -> QueryResult<()> {
    diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user.to_string()))).execute(conn)?;
    diesel::delete(second_factors::table.find(user.to_string())).execute(conn).map(drop)
}

/// Replaces the user's recovery codes with these (keyed hashes, never the codes).
pub fn replace_recovery_codes(conn: &mut DbConnection, user: Uuid, hashes: &[String]) -> QueryResult<()> {
    diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user.to_string()))).execute(conn)?;
    // One row at a time: the connection that serves both backends has no batch insert.
    for hash in hashes {
        diesel::insert_into(recovery_codes::table)
            .values((recovery_codes::code_hash.eq(hash), recovery_codes::user_id.eq(user.to_string())))
            .execute(conn)?;
    }
    Ok(())
}

/// Uses up the user's recovery code with this hash, if it is theirs and unused.
pub fn use_recovery_code(conn: &mut DbConnection, user: Uuid, hash: &str) -> QueryResult<bool> {
    let unused = recovery_codes::table
        .filter(recovery_codes::code_hash.eq(hash))
        .filter(recovery_codes::user_id.eq(user.to_string()))
        .filter(recovery_codes::used_at.is_null());
    Ok(diesel::update(unused).set(recovery_codes::used_at.eq(Some(Utc::now().naive_utc()))).execute(conn)? == 1)
}

pub fn recovery_codes_left(conn: &mut DbConnection, user: Uuid) -> QueryResult<i64> {
    recovery_codes::table
        .filter(recovery_codes::user_id.eq(user.to_string()))
        .filter(recovery_codes::used_at.is_null())
        .count()
        .get_result(conn)
}

/// The roles that must use a second factor, in `Role::ALL` order.
pub fn required_roles(conn: &mut DbConnection) -> QueryResult<Vec<Role>> {
    let stored: Vec<String> = required_second_factor::table.select(required_second_factor::role).load(conn)?;
    Ok(Role::ALL.into_iter().filter(|role| stored.iter().any(|s| s == role.as_str())).collect())
}

pub fn is_required(conn: &mut DbConnection, role: Role) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(required_second_factor::table.find(role.as_str()))).get_result(conn)
}

pub fn set_required_roles(conn: &mut DbConnection, roles: &[Role]) -> QueryResult<()> {
    diesel::delete(required_second_factor::table).execute(conn)?;
    for role in Role::ALL.into_iter().filter(|role| roles.contains(role)) {
        diesel::insert_into(required_second_factor::table).values(required_second_factor::role.eq(role.as_str())).execute(conn)?;
    }
    Ok(())
}
