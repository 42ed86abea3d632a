//! Queries on `feedback_actions`: what staff did to a piece of feedback that is not a reply
//! (hiding it, showing it again), with who and on which day, kept for good.

use chrono::{NaiveDate, Utc};
use diesel::prelude::*;
use speakup_platform::db::DbConnection;
use uuid::Uuid;

use crate::error::FeedbackError;
use crate::schema::feedback_actions;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = feedback_actions)]
pub struct ActionRow {
    pub id: String,
    pub feedback_id: String,
    pub position: i32,
    pub action: String,
    pub staff_id: String,
    pub done_on: NaiveDate,
}

pub fn record(conn: &mut DbConnection, feedback_id: &str, action: &str, by: Uuid) -> Result<(), FeedbackError> {
    let done: i64 = feedback_actions::table.filter(feedback_actions::feedback_id.eq(feedback_id)).count().get_result(conn)?;
    let row = ActionRow {
        id: Uuid::new_v4().to_string(),
        feedback_id: feedback_id.to_string(),
        position: i32::try_from(done).unwrap_or(i32::MAX - 1) + 1,
        action: action.to_string(),
        staff_id: by.to_string(),
        done_on: Utc::now().date_naive(),
    };
    diesel::insert_into(feedback_actions::table).values(&row).execute(conn)?;
    Ok(())
}

pub fn for_feedback(conn: &mut DbConnection, feedback_id: &str) -> Result<Vec<ActionRow>, FeedbackError> {
    Ok(feedback_actions::table
        .filter(feedback_actions::feedback_id.eq(feedback_id))
        .order(feedback_actions::position)
        .select(ActionRow::as_select())
        .load(conn)?)
}
