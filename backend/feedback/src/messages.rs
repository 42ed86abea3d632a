//! Queries on `feedback_messages`: the conversation between a sender who kept a receipt and
//! the reader they chose.

use chrono::{NaiveDate, Utc};
use diesel::dsl::max;
use diesel::prelude::*;
use speakup_platform::db::{DbConnection, write_transaction};
use speakup_types::feedback::Author;
use uuid::Uuid;

use crate::error::FeedbackError;
use crate::feedback::set_awaiting_reply;
use crate::schema::feedback_messages;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = feedback_messages)]
pub struct MessageRow {
    pub id: String,
    pub feedback_id: String,
    pub position: i32,
    pub author: String,
    pub body: String,
    pub written_on: NaiveDate,
    pub staff_id: Option<String>,
}

pub fn for_feedback(conn: &mut DbConnection, feedback_id: &str) -> Result<Vec<MessageRow>, FeedbackError> {
    Ok(feedback_messages::table
        .filter(feedback_messages::feedback_id.eq(feedback_id))
        .order(feedback_messages::position)
        .select(MessageRow::as_select())
        .load(conn)?)
}

/// Adds a message at the end of the conversation and notes whose turn it is, in one
/// transaction. Two messages at once cannot take the same place (the pair is unique): the
/// one that loses (or that SQLite finds locked) tries again after the other.
pub fn add(conn: &mut DbConnection, feedback_id: &str, author: Author, body: &str, staff: Option<Uuid>) -> Result<(), FeedbackError> {
    FeedbackError::retrying(|| append(conn, feedback_id, author, body, staff))
}

fn append(conn: &mut DbConnection, feedback_id: &str, author: Author, body: &str, staff: Option<Uuid>) -> Result<(), FeedbackError> {
    write_transaction(conn, |conn| {
        let last: Option<i32> = feedback_messages::table
            .filter(feedback_messages::feedback_id.eq(feedback_id))
            .select(max(feedback_messages::position))
            .first(conn)?;
        let row = MessageRow {
            // Random, never time-ordered: an id must not tell when it was written.
            id: Uuid::new_v4().to_string(),
            feedback_id: feedback_id.to_string(),
            position: last.unwrap_or(0) + 1,
            author: author.code().to_string(),
            body: body.to_string(),
            written_on: Utc::now().date_naive(),
            staff_id: staff.map(|s| s.to_string()),
        };
        diesel::insert_into(feedback_messages::table).values(&row).execute(conn)?;
        set_awaiting_reply(conn, feedback_id, author == Author::Sender)
    })
}
