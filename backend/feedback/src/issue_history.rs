//! Queries on `issue_events` and `issue_supports`: where each issue has been, with the
//! addressee's words, and which other groups stand behind it.

use chrono::{NaiveDate, Utc};
use diesel::dsl::max;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use speakup_platform::db::DbConnection;
use speakup_types::issues::{IssueStatus, Response};
use uuid::Uuid;

use crate::error::FeedbackError;
use crate::issues;
use crate::schema::{issue_events, issue_supports};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = issue_events)]
pub struct EventRow {
    pub issue_id: String,
    pub position: i32,
    pub status: String,
    pub happened_on: NaiveDate,
    pub plain: Option<String>,
    pub easy_read: Option<String>,
    pub staff_id: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = issue_supports)]
pub struct SupportRow {
    pub issue_id: String,
    pub group_id: String,
    pub group_name: String,
    pub line: String,
    pub supported_on: NaiveDate,
}

pub fn events(conn: &mut DbConnection, issue_id: &str) -> Result<Vec<EventRow>, FeedbackError> {
    Ok(issue_events::table.filter(issue_events::issue_id.eq(issue_id)).order(issue_events::position).select(EventRow::as_select()).load(conn)?)
}

/// Moves the issue to `status` and records the step (with any words) in its history, in one
/// transaction. Two steps at once cannot take the same place: the one that loses (or that
/// SQLite finds locked) tries again after the other.
pub fn move_to(
    conn: &mut DbConnection,
    issue_id: &str,
    status: IssueStatus,
    response: Option<&Response>,
    by: Option<Uuid>,
) -> Result<(), FeedbackError> {
    let mut tries = 0;
    loop {
        tries += 1;
        match record(conn, issue_id, status, response, by) {
            Err(FeedbackError::Database(e)) if tries < 5 && e.is_contention() => continue,
            done => return done,
        }
    }
}

fn record(conn: &mut DbConnection, issue_id: &str, status: IssueStatus, response: Option<&Response>, by: Option<Uuid>) -> Result<(), FeedbackError> {
    conn.transaction(|conn| {
        issues::set_status(conn, issue_id, status)?;
        let last: Option<i32> =
            issue_events::table.filter(issue_events::issue_id.eq(issue_id)).select(max(issue_events::position)).first(conn)?;
        let row = EventRow {
            issue_id: issue_id.to_string(),
            position: last.unwrap_or(0) + 1,
            status: status.code().to_string(),
            happened_on: Utc::now().date_naive(),
            plain: response.map(|r| r.plain.trim().to_string()),
            easy_read: response.map(|r| r.easy_read.trim().to_string()),
            staff_id: by.map(|b| b.to_string()),
        };
        diesel::insert_into(issue_events::table).values(&row).execute(conn)?;
        Ok(())
    })
}

pub fn supports(conn: &mut DbConnection, issue_id: &str) -> Result<Vec<SupportRow>, FeedbackError> {
    Ok(issue_supports::table
        .filter(issue_supports::issue_id.eq(issue_id))
        .order((issue_supports::supported_on, issue_supports::group_name))
        .select(SupportRow::as_select())
        .load(conn)?)
}

/// A group's support, once per group.
pub fn add_support(conn: &mut DbConnection, row: &SupportRow) -> Result<(), FeedbackError> {
    match diesel::insert_into(issue_supports::table).values(row).execute(conn) {
        Ok(_) => Ok(()),
        Err(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => Err(FeedbackError::AlreadySupported),
        Err(e) => Err(e.into()),
    }
}
