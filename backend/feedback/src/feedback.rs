//! Queries on `feedback`: the only place that touches that table.

use chrono::{NaiveDate, Utc};
use diesel::dsl::count_star;
use diesel::prelude::*;
use speakup_platform::db::{DbConnection, write_transaction};
use speakup_types::feedback::{FeedbackAction, FeedbackFilter, Reader};
use speakup_types::page::PageRequest;
use uuid::Uuid;

use crate::error::FeedbackError;
use crate::schema::{feedback, feedback_themes};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = feedback)]
pub struct FeedbackRow {
    pub id: String,
    pub sender: String,
    pub reader: String,
    pub given_on: NaiveDate,
    /// The language it was given in: replies are written in it.
    pub language: String,
    /// `{question: rating}` as JSON.
    pub answers: String,
    pub overall: Option<i32>,
    pub comments: Option<String>,
    pub receipt_digest: Option<String>,
    pub reference: Option<String>,
    pub hidden_by: Option<String>,
    pub hidden_on: Option<NaiveDate>,
    pub awaiting_reply: bool,
}

pub fn insert(conn: &mut DbConnection, row: &FeedbackRow) -> Result<(), FeedbackError> {
    diesel::insert_into(feedback::table).values(row).execute(conn)?;
    Ok(())
}

pub fn by_receipt(conn: &mut DbConnection, digest: &str) -> Result<Option<FeedbackRow>, FeedbackError> {
    Ok(feedback::table.filter(feedback::receipt_digest.eq(digest)).select(FeedbackRow::as_select()).first(conn).optional()?)
}

/// One piece of feedback, only when it was addressed to `reader`: the other side's is never
/// found, as if it did not exist.
pub fn find_for(conn: &mut DbConnection, id: Uuid, reader: Reader) -> Result<FeedbackRow, FeedbackError> {
    feedback::table
        .find(id.to_string())
        .filter(feedback::reader.eq(reader.code()))
        .select(FeedbackRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(FeedbackError::NotFound)
}

/// The inbox of `reader`, newest day first, with the filters asked for; and how many match.
pub fn inbox(conn: &mut DbConnection, reader: Reader, filter: &FeedbackFilter, page: PageRequest) -> Result<(Vec<FeedbackRow>, i64), FeedbackError> {
    let matching = || {
        let mut query = feedback::table.filter(feedback::reader.eq(reader.code())).into_boxed();
        if let Some(theme) = filter.theme {
            let tagged = feedback_themes::table.filter(feedback_themes::theme_id.eq(theme.to_string())).select(feedback_themes::feedback_id);
            query = query.filter(feedback::id.eq_any(tagged));
        }
        if let Some(sender) = filter.sender {
            query = query.filter(feedback::sender.eq(sender.code()));
        }
        if let Some(from) = filter.from {
            query = query.filter(feedback::given_on.ge(from));
        }
        if let Some(to) = filter.to {
            query = query.filter(feedback::given_on.le(to));
        }
        if let Some(overall) = filter.overall {
            query = query.filter(feedback::overall.eq(i32::from(overall)));
        }
        if !filter.hidden {
            query = query.filter(feedback::hidden_on.is_null());
        }
        query
    };
    let total = matching().count().get_result(conn)?;
    let rows = matching()
        .order((feedback::awaiting_reply.desc(), feedback::given_on.desc(), feedback::id))
        .limit(i64::from(page.per_page))
        .offset(page.offset())
        .select(FeedbackRow::as_select())
        .load(conn)?;
    Ok((rows, total))
}

/// Hides feedback addressed to `reader` (or shows it again), noting who hid it and the day,
/// and records the change in its history, in one transaction.
pub fn set_hidden(conn: &mut DbConnection, id: Uuid, reader: Reader, hidden: bool, by: Uuid) -> Result<(), FeedbackError> {
    write_transaction(conn, |conn| {
        let (hidden_by, hidden_on) = if hidden { (Some(by.to_string()), Some(Utc::now().date_naive())) } else { (None, None) };
        let changed = diesel::update(feedback::table.find(id.to_string()).filter(feedback::reader.eq(reader.code())))
            .set((feedback::hidden_by.eq(hidden_by), feedback::hidden_on.eq(hidden_on)))
            .execute(conn)?;
        if changed == 0 {
            return Err(FeedbackError::NotFound);
        }
        let action = if hidden { FeedbackAction::Hidden } else { FeedbackAction::Shown };
        crate::actions::record(conn, &id.to_string(), action.code(), by)
    })
}

pub fn set_awaiting_reply(conn: &mut DbConnection, id: &str, awaiting: bool) -> Result<(), FeedbackError> {
    diesel::update(feedback::table.find(id)).set(feedback::awaiting_reply.eq(awaiting)).execute(conn)?;
    Ok(())
}

/// How many pieces of feedback were addressed to each reader (across both), and, of those
/// addressed to one reader, how many each kind of sender gave and each overall score. The other
/// reader's are never broken down: watching a breakdown move would tell what one piece said.
pub struct Counts {
    pub by_reader: Vec<(String, i64)>,
    pub by_sender: Vec<(String, i64)>,
    pub by_overall: Vec<(Option<i32>, i64)>,
}

pub fn counts(conn: &mut DbConnection, reader: Reader) -> Result<Counts, FeedbackError> {
    let mine = || feedback::table.filter(feedback::reader.eq(reader.code()));
    Ok(Counts {
        by_reader: feedback::table.group_by(feedback::reader).select((feedback::reader, count_star())).load(conn)?,
        by_sender: mine().group_by(feedback::sender).select((feedback::sender, count_star())).load(conn)?,
        by_overall: mine().group_by(feedback::overall).select((feedback::overall, count_star())).load(conn)?,
    })
}
