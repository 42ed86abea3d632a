//! Queries on `desired_outcomes` and `outcome_reviews`: what the person wants to happen, each
//! look back at it, and how far it was achieved.

use std::collections::HashMap;

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use speakup_platform::db::DbConnection;
use speakup_types::casework::{
    Achievement, DesiredOutcome, ExpressedBy, NewOutcomeReview, OutcomeChange, OutcomeForPerson, OutcomeRating, OutcomeReview,
    PersonsRating, RatedBy, WellbeingArea,
};
use uuid::Uuid;

use crate::error::ReferralError;
use crate::schema::{desired_outcomes, outcome_reviews};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = desired_outcomes)]
struct Row {
    id: String,
    referral_id: String,
    words: String,
    expressed_by: String,
    wellbeing: String,
    if_not: Option<String>,
    review_on: Option<chrono::NaiveDate>,
    shared_with_enquiry: bool,
    recorded_by: String,
    recorded_at: NaiveDateTime,
    achievement: Option<String>,
    rated_by: Option<String>,
    rating_comment: Option<String>,
    rated_at: Option<NaiveDateTime>,
    version: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = outcome_reviews)]
struct ReviewRow {
    id: String,
    outcome_id: String,
    reviewed_by: String,
    reviewed_at: NaiveDateTime,
    what_changed: String,
    next_review_on: Option<chrono::NaiveDate>,
}

fn corrupt() -> ReferralError {
    ReferralError::Corrupt("desired outcome")
}

fn uuid(value: &str) -> Result<Uuid, ReferralError> {
    Uuid::parse_str(value).map_err(|_| corrupt())
}

fn written(text: Option<&str>) -> Option<String> {
    text.map(str::trim).filter(|t| !t.is_empty()).map(str::to_string)
}

fn wellbeing_codes(areas: &[WellbeingArea]) -> String {
    areas.iter().map(|a| a.code()).collect::<Vec<_>>().join(",")
}

impl Row {
    fn wellbeing(&self) -> Result<Vec<WellbeingArea>, ReferralError> {
        self.wellbeing.split(',').filter(|c| !c.is_empty()).map(|c| WellbeingArea::parse(c).ok_or_else(corrupt)).collect()
    }

    fn rating(&self) -> Result<Option<OutcomeRating>, ReferralError> {
        let (Some(achievement), Some(by), Some(at)) = (&self.achievement, &self.rated_by, self.rated_at) else {
            return Ok(None);
        };
        Ok(Some(OutcomeRating {
            achievement: Achievement::parse(achievement).ok_or_else(corrupt)?,
            by: RatedBy::parse(by).ok_or_else(corrupt)?,
            comment: self.rating_comment.clone(),
            at: at.and_utc(),
        }))
    }

    fn for_team(&self, reviews: Vec<OutcomeReview>) -> Result<DesiredOutcome, ReferralError> {
        Ok(DesiredOutcome {
            id: uuid(&self.id)?,
            words: self.words.clone(),
            expressed_by: ExpressedBy::parse(&self.expressed_by).ok_or_else(corrupt)?,
            wellbeing: self.wellbeing()?,
            if_not: self.if_not.clone(),
            review_on: self.review_on,
            shared_with_enquiry: self.shared_with_enquiry,
            recorded_at: self.recorded_at.and_utc(),
            recorded_by: uuid(&self.recorded_by)?,
            reviews,
            rating: self.rating()?,
            version: self.version,
        })
    }

    fn for_person(&self) -> Result<OutcomeForPerson, ReferralError> {
        Ok(OutcomeForPerson {
            id: uuid(&self.id)?,
            words: self.words.clone(),
            expressed_by: ExpressedBy::parse(&self.expressed_by).ok_or_else(corrupt)?,
            wellbeing: self.wellbeing()?,
            if_not: self.if_not.clone(),
            review_on: self.review_on,
            rating: self.rating()?.map(|r| PersonsRating { achievement: r.achievement, by: r.by, comment: r.comment }),
        })
    }
}

fn rows(conn: &mut DbConnection, referral: &str) -> Result<Vec<Row>, ReferralError> {
    Ok(desired_outcomes::table
        .filter(desired_outcomes::referral_id.eq(referral))
        .order((desired_outcomes::recorded_at.asc(), desired_outcomes::id.asc()))
        .select(Row::as_select())
        .load(conn)?)
}

/// A case's outcomes with their reviews, oldest first, for the team.
pub fn for_referral(conn: &mut DbConnection, referral: &str) -> Result<Vec<DesiredOutcome>, ReferralError> {
    let rows = rows(conn, referral)?;
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let mut reviews: HashMap<String, Vec<OutcomeReview>> = HashMap::new();
    let found: Vec<ReviewRow> = outcome_reviews::table
        .filter(outcome_reviews::outcome_id.eq_any(&ids))
        .order((outcome_reviews::reviewed_at.asc(), outcome_reviews::id.asc()))
        .select(ReviewRow::as_select())
        .load(conn)?;
    for review in found {
        let shown = OutcomeReview {
            at: review.reviewed_at.and_utc(),
            by: uuid(&review.reviewed_by)?,
            what_changed: review.what_changed,
            next_review_on: review.next_review_on,
        };
        reviews.entry(review.outcome_id).or_default().push(shown);
    }
    rows.iter().map(|row| row.for_team(reviews.remove(&row.id).unwrap_or_default())).collect()
}

/// A case's outcomes as the person reads them: no reviews, nobody on the team named.
pub fn for_person(conn: &mut DbConnection, referral: &str) -> Result<Vec<OutcomeForPerson>, ReferralError> {
    rows(conn, referral)?.iter().map(Row::for_person).collect()
}

pub fn add(conn: &mut DbConnection, referral: &str, change: &OutcomeChange, by: Uuid) -> Result<(), ReferralError> {
    let row = Row {
        id: Uuid::now_v7().to_string(),
        referral_id: referral.to_string(),
        words: change.words.trim().to_string(),
        expressed_by: change.expressed_by.ok_or_else(corrupt)?.code().to_string(),
        wellbeing: wellbeing_codes(&change.wellbeing),
        if_not: written(change.if_not.as_deref()),
        review_on: change.review_on,
        shared_with_enquiry: change.shared_with_enquiry,
        recorded_by: by.to_string(),
        recorded_at: Utc::now().naive_utc(),
        achievement: None,
        rated_by: None,
        rating_comment: None,
        rated_at: None,
        version: 1,
    };
    diesel::insert_into(desired_outcomes::table).values(&row).execute(conn)?;
    Ok(())
}

/// Bumps the outcome's version if it is still `version`; otherwise says whether it changed
/// meanwhile or is not this case's at all. Every change to an outcome goes through here first.
fn claim(conn: &mut DbConnection, referral: &str, outcome: Uuid, version: i64) -> Result<(), ReferralError> {
    let target = || desired_outcomes::table.filter(desired_outcomes::id.eq(outcome.to_string())).filter(desired_outcomes::referral_id.eq(referral));
    let claimed = diesel::update(target().filter(desired_outcomes::version.eq(version)))
        .set(desired_outcomes::version.eq(desired_outcomes::version + 1))
        .execute(conn)?;
    if claimed == 1 {
        return Ok(());
    }
    let exists: i64 = target().count().get_result(conn)?;
    Err(if exists > 0 { ReferralError::Changed } else { ReferralError::NotFound })
}

/// Changes what was recorded, from the version its editor saw.
pub fn change(conn: &mut DbConnection, referral: &str, outcome: Uuid, change: &OutcomeChange) -> Result<(), ReferralError> {
    claim(conn, referral, outcome, change.version)?;
    diesel::update(desired_outcomes::table.find(outcome.to_string()))
        .set((
            desired_outcomes::words.eq(change.words.trim()),
            desired_outcomes::expressed_by.eq(change.expressed_by.ok_or_else(corrupt)?.code()),
            desired_outcomes::wellbeing.eq(wellbeing_codes(&change.wellbeing)),
            desired_outcomes::if_not.eq(written(change.if_not.as_deref())),
            desired_outcomes::review_on.eq(change.review_on),
            desired_outcomes::shared_with_enquiry.eq(change.shared_with_enquiry),
        ))
        .execute(conn)?;
    Ok(())
}

/// Adds a look back at the outcome; its next review date becomes the outcome's.
pub fn review(conn: &mut DbConnection, referral: &str, outcome: Uuid, review: &NewOutcomeReview, by: Uuid) -> Result<(), ReferralError> {
    claim(conn, referral, outcome, review.version)?;
    let row = ReviewRow {
        id: Uuid::now_v7().to_string(),
        outcome_id: outcome.to_string(),
        reviewed_by: by.to_string(),
        reviewed_at: Utc::now().naive_utc(),
        what_changed: review.what_changed.trim().to_string(),
        next_review_on: review.next_review_on,
    };
    diesel::insert_into(outcome_reviews::table).values(&row).execute(conn)?;
    diesel::update(desired_outcomes::table.find(outcome.to_string())).set(desired_outcomes::review_on.eq(review.next_review_on)).execute(conn)?;
    Ok(())
}

/// How far the outcome was achieved, and who said so. `version` is the one the rater saw, or
/// none for the person rating from their tracking page: theirs is the last word, whatever the
/// team recorded before.
pub fn rate(
    conn: &mut DbConnection,
    referral: &str,
    outcome: Uuid,
    version: Option<i64>,
    rating: (Achievement, RatedBy, Option<&str>),
) -> Result<(), ReferralError> {
    let (achievement, by, comment) = rating;
    match version {
        Some(version) => claim(conn, referral, outcome, version)?,
        None => {
            let current: i64 = desired_outcomes::table
                .filter(desired_outcomes::id.eq(outcome.to_string()))
                .filter(desired_outcomes::referral_id.eq(referral))
                .select(desired_outcomes::version)
                .first(conn)
                .optional()?
                .ok_or(ReferralError::NoSuchOutcome)?;
            claim(conn, referral, outcome, current)?;
        }
    }
    diesel::update(desired_outcomes::table.find(outcome.to_string()))
        .set((
            desired_outcomes::achievement.eq(Some(achievement.code())),
            desired_outcomes::rated_by.eq(Some(by.code())),
            desired_outcomes::rating_comment.eq(written(comment)),
            desired_outcomes::rated_at.eq(Some(Utc::now().naive_utc())),
        ))
        .execute(conn)?;
    Ok(())
}
