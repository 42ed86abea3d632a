//! Queries on `account_events`: who did what to a staff account, and when.

use chrono::{NaiveDateTime, TimeZone, Utc};
use diesel::prelude::*;
use speakup_platform::db::DbConnection;
use speakup_types::identity::{AccountAction, AccountEvent, Role};
use uuid::Uuid;

use crate::error::IdentityError;
use crate::schema::{account_events, staff_users};

/// Records `action` on `account` by `actor` (`None` for SpeakUp itself). `role` is the role
/// given, for a new account or a role change.
pub fn record(
    conn: &mut DbConnection,
    account: Uuid,
    actor: Option<Uuid>,
    action: AccountAction,
    role: Option<Role>,
) -> QueryResult<()> {
    diesel::insert_into(account_events::table)
        .values((
            account_events::id.eq(Uuid::now_v7().to_string()),
            account_events::account_id.eq(account.to_string()),
            account_events::actor_id.eq(actor.map(|a| a.to_string())),
            account_events::at.eq(Utc::now().naive_utc()),
            account_events::action.eq(action.as_str()),
            account_events::detail.eq(role.map(|r| r.as_str())),
        ))
        .execute(conn)
        .map(drop)
}

/// The account's history, newest first, with the name of whoever made each change.
pub fn history(conn: &mut DbConnection, account: Uuid) -> Result<Vec<AccountEvent>, IdentityError> {
    let rows: Vec<(NaiveDateTime, String, Option<String>, Option<String>)> = account_events::table
        .left_join(staff_users::table.on(account_events::actor_id.eq(staff_users::id.nullable())))
        .filter(account_events::account_id.eq(account.to_string()))
        .order((account_events::at.desc(), account_events::id.desc()))
        .select((account_events::at, account_events::action, account_events::detail, staff_users::display_name.nullable()))
        .load(conn)?;
    rows.into_iter()
        .map(|(at, action, detail, by)| {
            Ok(AccountEvent {
                at: Utc.from_utc_datetime(&at),
                action: AccountAction::parse(&action).ok_or(IdentityError::CorruptAccount)?,
                by,
                role: detail.as_deref().and_then(Role::parse),
            })
        })
        .collect()
}
