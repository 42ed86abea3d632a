//! Queries on `themes`, `feedback_themes` and `issue_themes`: the provider's list of themes,
//! and what each piece of feedback and each collective issue is tagged with.

use diesel::dsl::count_star;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use speakup_platform::db::{DbConnection, write_transaction};
use speakup_types::feedback::Reader;
use uuid::Uuid;

use crate::error::FeedbackError;
use crate::schema::{feedback, feedback_themes, issue_themes, issues, themes};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = themes)]
pub struct ThemeRow {
    pub id: String,
    pub name: String,
    pub active: bool,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = feedback_themes)]
struct TagRow {
    feedback_id: String,
    theme_id: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = issue_themes)]
struct IssueTagRow {
    issue_id: String,
    theme_id: String,
}

pub fn all(conn: &mut DbConnection) -> Result<Vec<ThemeRow>, FeedbackError> {
    Ok(themes::table.order(themes::name).select(ThemeRow::as_select()).load(conn)?)
}

pub fn add(conn: &mut DbConnection, name: &str) -> Result<ThemeRow, FeedbackError> {
    let row = ThemeRow { id: Uuid::new_v4().to_string(), name: name.to_string(), active: true };
    match diesel::insert_into(themes::table).values(&row).execute(conn) {
        Ok(_) => Ok(row),
        Err(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => Err(FeedbackError::ThemeExists),
        Err(e) => Err(e.into()),
    }
}

pub fn set_active(conn: &mut DbConnection, id: Uuid, active: bool) -> Result<ThemeRow, FeedbackError> {
    let changed = diesel::update(themes::table.find(id.to_string())).set(themes::active.eq(active)).execute(conn)?;
    if changed == 0 {
        return Err(FeedbackError::ThemeNotFound);
    }
    Ok(themes::table.find(id.to_string()).select(ThemeRow::as_select()).first(conn)?)
}

/// The themes of each of `feedback_ids`, as (feedback id, theme) pairs.
pub fn of_feedback(conn: &mut DbConnection, feedback_ids: &[String]) -> Result<Vec<(String, ThemeRow)>, FeedbackError> {
    Ok(feedback_themes::table
        .inner_join(themes::table)
        .filter(feedback_themes::feedback_id.eq_any(feedback_ids))
        .order(themes::name)
        .select((feedback_themes::feedback_id, ThemeRow::as_select()))
        .load(conn)?)
}

/// The ids of `wanted` once checked against what is tagged now (`current`): each must be a
/// theme, and a retired theme may stay where it is but not be added.
fn usable(conn: &mut DbConnection, current: &[String], wanted: &[Uuid]) -> Result<Vec<String>, FeedbackError> {
    let mut wanted: Vec<String> = wanted.iter().map(Uuid::to_string).collect();
    wanted.sort();
    wanted.dedup();
    let known: Vec<ThemeRow> = themes::table.filter(themes::id.eq_any(&wanted)).select(ThemeRow::as_select()).load(conn)?;
    for id in &wanted {
        if !known.iter().any(|t| &t.id == id && (t.active || current.contains(id))) {
            return Err(FeedbackError::UnknownTheme);
        }
    }
    Ok(wanted)
}

/// Tags feedback with exactly `wanted`.
pub fn set_for_feedback(conn: &mut DbConnection, feedback_id: &str, wanted: &[Uuid]) -> Result<(), FeedbackError> {
    write_transaction(conn, |conn| {
        let current: Vec<String> =
            feedback_themes::table.filter(feedback_themes::feedback_id.eq(feedback_id)).select(feedback_themes::theme_id).load(conn)?;
        let wanted = usable(conn, &current, wanted)?;
        diesel::delete(feedback_themes::table.filter(feedback_themes::feedback_id.eq(feedback_id))).execute(conn)?;
        for theme_id in wanted {
            // One row at a time: a multi-row insert does not build over both backends.
            diesel::insert_into(feedback_themes::table).values(&TagRow { feedback_id: feedback_id.to_string(), theme_id }).execute(conn)?;
        }
        Ok(())
    })
}

/// How much of the feedback addressed to `reader` each theme tags.
pub fn counts(conn: &mut DbConnection, reader: Reader) -> Result<Vec<(ThemeRow, i64)>, FeedbackError> {
    let counted: Vec<(String, i64)> = feedback_themes::table
        .inner_join(feedback::table)
        .filter(feedback::reader.eq(reader.code()))
        .group_by(feedback_themes::theme_id)
        .select((feedback_themes::theme_id, count_star()))
        .load(conn)?;
    named(conn, &counted)
}

/// The themes an issue is tagged with.
pub fn of_issue(conn: &mut DbConnection, issue_id: &str) -> Result<Vec<ThemeRow>, FeedbackError> {
    Ok(issue_themes::table
        .inner_join(themes::table)
        .filter(issue_themes::issue_id.eq(issue_id))
        .order(themes::name)
        .select(ThemeRow::as_select())
        .load(conn)?)
}

/// Tags an issue with exactly `wanted`.
pub fn set_for_issue(conn: &mut DbConnection, issue_id: &str, wanted: &[Uuid]) -> Result<(), FeedbackError> {
    write_transaction(conn, |conn| {
        let current: Vec<String> = issue_themes::table.filter(issue_themes::issue_id.eq(issue_id)).select(issue_themes::theme_id).load(conn)?;
        let wanted = usable(conn, &current, wanted)?;
        diesel::delete(issue_themes::table.filter(issue_themes::issue_id.eq(issue_id))).execute(conn)?;
        for theme_id in wanted {
            diesel::insert_into(issue_themes::table).values(&IssueTagRow { issue_id: issue_id.to_string(), theme_id }).execute(conn)?;
        }
        Ok(())
    })
}

/// How many raised issues each theme tags.
pub fn issue_counts(conn: &mut DbConnection) -> Result<Vec<(ThemeRow, i64)>, FeedbackError> {
    let counted: Vec<(String, i64)> = issue_themes::table
        .inner_join(issues::table)
        .filter(issues::status.ne(speakup_types::issues::IssueStatus::Draft.code()))
        .group_by(issue_themes::theme_id)
        .select((issue_themes::theme_id, count_star()))
        .load(conn)?;
    named(conn, &counted)
}

/// Counts by theme id, as (theme, count) in the themes' order; themes counted nowhere are left out.
fn named(conn: &mut DbConnection, counted: &[(String, i64)]) -> Result<Vec<(ThemeRow, i64)>, FeedbackError> {
    let all = all(conn)?;
    Ok(all.into_iter().filter_map(|theme| counted.iter().find(|(id, _)| *id == theme.id).map(|(_, n)| (theme.clone(), *n))).collect())
}
