//! Queries on `closures`: what is known when a case closes. The advocate records whether the
//! person was asked what they wanted (needed before the case can finish) and, where the
//! person could not say, how safe they feel and how far we did what they hoped; the person's
//! own answers from their tracking page replace anyone else's.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use speakup_platform::db::DbConnection;
use speakup_types::casework::{Closure, ClosureChange, Expectations, OutcomesAsked, PersonsClosure, RatedBy, Safer};

use crate::error::ReferralError;
use crate::schema::closures;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = closures)]
struct Row {
    referral_id: String,
    outcomes_asked: Option<String>,
    feels_safer: Option<String>,
    expectations: Option<String>,
    comment: Option<String>,
    answered_by: Option<String>,
    updated_at: NaiveDateTime,
    version: i64,
}

fn parsed<T>(code: Option<&str>, parse: fn(&str) -> Option<T>) -> Result<Option<T>, ReferralError> {
    code.map(|c| parse(c).ok_or(ReferralError::Corrupt("closure"))).transpose()
}

impl Row {
    fn shown(&self) -> Result<Closure, ReferralError> {
        Ok(Closure {
            outcomes_asked: parsed(self.outcomes_asked.as_deref(), OutcomesAsked::parse)?,
            feels_safer: parsed(self.feels_safer.as_deref(), Safer::parse)?,
            expectations: parsed(self.expectations.as_deref(), Expectations::parse)?,
            comment: self.comment.clone(),
            answered_by: parsed(self.answered_by.as_deref(), RatedBy::parse)?,
            version: self.version,
        })
    }
}

fn row(conn: &mut DbConnection, referral: &str) -> Result<Option<Row>, ReferralError> {
    Ok(closures::table.find(referral).select(Row::as_select()).first(conn).optional()?)
}

pub fn for_referral(conn: &mut DbConnection, referral: &str) -> Result<Option<Closure>, ReferralError> {
    row(conn, referral)?.as_ref().map(Row::shown).transpose()
}

/// The person's own answers, for their tracking page; nothing the team answered for them.
pub fn for_person(conn: &mut DbConnection, referral: &str) -> Result<Option<PersonsClosure>, ReferralError> {
    let Some(closure) = for_referral(conn, referral)? else { return Ok(None) };
    let theirs = PersonsClosure { feels_safer: closure.feels_safer, expectations: closure.expectations, comment: closure.comment };
    Ok((closure.answered_by == Some(RatedBy::Person)).then_some(theirs))
}

/// Whether the case may finish: the person was asked (or not) about what they wanted, and
/// the answer is on record.
pub fn ready_to_close(conn: &mut DbConnection, referral: &str) -> Result<bool, ReferralError> {
    Ok(row(conn, referral)?.is_some_and(|r| r.outcomes_asked.is_some()))
}

/// Writes `row` over the closure at `version` (0: none yet); a change made meanwhile is
/// `Changed` and nothing is written.
fn save(conn: &mut DbConnection, row: &Row, version: i64) -> Result<(), ReferralError> {
    let written = if version == 0 {
        match diesel::insert_into(closures::table).values(row).execute(conn) {
            Err(diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)) => 0,
            other => other?,
        }
    } else {
        diesel::update(closures::table.find(&row.referral_id).filter(closures::version.eq(version)))
            .set((
                closures::outcomes_asked.eq(&row.outcomes_asked),
                closures::feels_safer.eq(&row.feels_safer),
                closures::expectations.eq(&row.expectations),
                closures::comment.eq(&row.comment),
                closures::answered_by.eq(&row.answered_by),
                closures::updated_at.eq(row.updated_at),
                closures::version.eq(row.version),
            ))
            .execute(conn)?
    };
    if written == 1 { Ok(()) } else { Err(ReferralError::Changed) }
}

/// The advocate's record, from the version they saw. Answers the person gave themselves stay
/// theirs: the advocate's answers about safety and expectations only fill what the person left.
pub fn record(conn: &mut DbConnection, referral: &str, change: &ClosureChange) -> Result<(), ReferralError> {
    let now = row(conn, referral)?;
    let theirs = now.as_ref().filter(|r| r.answered_by.as_deref() == Some(RatedBy::Person.code()));
    let code = |v: Option<&'static str>| v.map(String::from);
    let row = match theirs {
        Some(theirs) => Row { outcomes_asked: code(change.outcomes_asked.map(|a| a.code())), version: change.version + 1, updated_at: Utc::now().naive_utc(), ..theirs.clone() },
        None => Row {
            referral_id: referral.to_string(),
            outcomes_asked: code(change.outcomes_asked.map(|a| a.code())),
            feels_safer: code(change.feels_safer.map(|s| s.code())),
            expectations: code(change.expectations.map(|e| e.code())),
            comment: now.as_ref().and_then(|r| r.comment.clone()),
            answered_by: code(change.by.filter(|_| change.feels_safer.is_some() || change.expectations.is_some()).map(|b| b.code())),
            updated_at: Utc::now().naive_utc(),
            version: change.version + 1,
        },
    };
    save(conn, &row, change.version)
}

/// The person's own answers from their tracking page: the last word on what they answered.
pub fn answer(conn: &mut DbConnection, referral: &str, theirs: &PersonsClosure) -> Result<(), ReferralError> {
    if theirs.is_empty() {
        return Ok(());
    }
    let now = row(conn, referral)?;
    let version = now.as_ref().map_or(0, |r| r.version);
    let row = Row {
        referral_id: referral.to_string(),
        outcomes_asked: now.as_ref().and_then(|r| r.outcomes_asked.clone()),
        feels_safer: theirs.feels_safer.map(|s| s.code().to_string()),
        expectations: theirs.expectations.map(|e| e.code().to_string()),
        comment: theirs.comment.as_deref().map(str::trim).filter(|c| !c.is_empty()).map(String::from),
        answered_by: Some(RatedBy::Person.code().to_string()),
        updated_at: Utc::now().naive_utc(),
        version: version + 1,
    };
    save(conn, &row, version)
}
