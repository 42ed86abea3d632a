//! Queries on `issue_events` and `issue_supports`, and the use-cases that move an issue:
//! raising it, the addressee's steps and words, and other groups' support.

use chrono::{NaiveDate, Utc};
use diesel::dsl::max;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use speakup_platform::db::{DbConnection, write_transaction};
use speakup_types::identity::groups::GroupMembership;
use speakup_types::identity::Role;
use speakup_types::issues::{Addressee, IssueStatus, NewResponse, Response};
use uuid::Uuid;

use crate::error::FeedbackError;
use crate::{issue_views, issues};
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

/// Raises one of `group`'s drafts: every part written, dated today, public from now on, its
/// words fixed. Retried when another write held what it needed at the same moment.
pub fn raise(conn: &mut DbConnection, id: Uuid, group: Uuid, by: Uuid) -> Result<(), FeedbackError> {
    FeedbackError::retrying(|| {
        write_transaction(conn, |conn| {
            let row = issues::own(conn, id, group)?;
            if issue_views::status(&row)? != IssueStatus::Draft {
                return Err(FeedbackError::IssueRaised);
            }
            issue_views::text(&row)?.check_complete().map_err(FeedbackError::Incomplete)?;
            // The draft changed between reading and raising (a save, or a raise, by someone else).
            if !issues::raise_if_complete(conn, &row.id)? {
                return Err(FeedbackError::IssueMoved);
            }
            record(conn, &row.id, IssueStatus::Received, None, Some(by))
        })
    })
}

/// The addressee moves a raised issue on, with any words. Only the role that answers for the
/// issue's addressee may, and never once it is closed.
pub fn respond(conn: &mut DbConnection, id: Uuid, role: Role, answer: &NewResponse, by: Uuid) -> Result<(), FeedbackError> {
    let words = (!answer.plain.trim().is_empty()).then(|| Response { plain: answer.plain.clone(), easy_read: answer.easy_read.clone() });
    FeedbackError::retrying(|| {
        write_transaction(conn, |conn| {
            let row = issues::find_public(conn, id)?;
            if issue_views::addressee(&row)?.map(Addressee::answered_by) != Some(role) {
                return Err(FeedbackError::NotAddressee);
            }
            let now = issue_views::status(&row)?;
            if now == IssueStatus::Closed {
                return Err(FeedbackError::IssueClosed);
            }
            // Someone else moved it since the answerer read it (or since this transaction read
            // it, on PostgreSQL; on SQLite a retry reads it again): their step stands, this one
            // is refused the same way on both.
            if now != answer.from || !issues::move_from(conn, &row.id, answer.from, answer.status)? {
                return Err(FeedbackError::IssueMoved);
            }
            record(conn, &row.id, answer.status, words.as_ref(), Some(by))
        })
    })
}

/// Appends a step to the issue's history, at the next position.
fn record(conn: &mut DbConnection, issue_id: &str, status: IssueStatus, response: Option<&Response>, by: Option<Uuid>) -> Result<(), FeedbackError> {
    let last: Option<i32> = issue_events::table.filter(issue_events::issue_id.eq(issue_id)).select(max(issue_events::position)).first(conn)?;
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
}

pub fn supports(conn: &mut DbConnection, issue_id: &str) -> Result<Vec<SupportRow>, FeedbackError> {
    Ok(issue_supports::table
        .filter(issue_supports::issue_id.eq(issue_id))
        .order((issue_supports::supported_on, issue_supports::group_name))
        .select(SupportRow::as_select())
        .load(conn)?)
}

/// Another verified group's support for a raised issue, with its line: once per group, and
/// never for its own issue.
pub fn support(conn: &mut DbConnection, id: Uuid, group: &GroupMembership, line: &str) -> Result<(), FeedbackError> {
    let issue = issues::find_public(conn, id)?;
    if issue.group_id == group.id.to_string() {
        return Err(FeedbackError::OwnIssue);
    }
    let row = SupportRow {
        issue_id: issue.id,
        group_id: group.id.to_string(),
        group_name: group.name.clone(),
        line: line.trim().to_string(),
        supported_on: Utc::now().date_naive(),
    };
    match diesel::insert_into(issue_supports::table).values(&row).execute(conn) {
        Ok(_) => Ok(()),
        Err(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => Err(FeedbackError::AlreadySupported),
        Err(e) => Err(e.into()),
    }
}
