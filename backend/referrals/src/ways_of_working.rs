//! Queries on `ways_of_working`: how the advocate works with the person on a case.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use speakup_platform::db::DbConnection;
use speakup_types::casework::{Approach, Instruction, WayOfWorking, WayOfWorkingChange};
use uuid::Uuid;

use crate::error::ReferralError;
use crate::schema::ways_of_working;

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = ways_of_working, treat_none_as_null = true)]
struct Row {
    referral_id: String,
    instruction: String,
    approaches: String,
    why: Option<String>,
    fluctuating_capacity: bool,
    fluctuating_note: Option<String>,
    version: i64,
    recorded_by: String,
    recorded_at: NaiveDateTime,
}

impl Row {
    fn shown(self) -> Result<WayOfWorking, ReferralError> {
        let corrupt = || ReferralError::Corrupt("way of working");
        let approaches = self.approaches.split(',').filter(|c| !c.is_empty()).map(|c| Approach::parse(c).ok_or_else(corrupt));
        Ok(WayOfWorking {
            instruction: Instruction::parse(&self.instruction).ok_or_else(corrupt)?,
            approaches: approaches.collect::<Result<_, _>>()?,
            why: self.why,
            fluctuating_capacity: self.fluctuating_capacity,
            fluctuating_note: self.fluctuating_note,
            version: self.version,
            recorded_at: self.recorded_at.and_utc(),
        })
    }
}

pub fn for_referral(conn: &mut DbConnection, referral: &str) -> Result<Option<WayOfWorking>, ReferralError> {
    ways_of_working::table.find(referral).select(Row::as_select()).first(conn).optional()?.map(Row::shown).transpose()
}

/// Records the way of working from the version the advocate saw (0 for the first time); a
/// change made meanwhile by someone else is `Changed`, and nothing is written.
pub fn save(conn: &mut DbConnection, referral: &str, change: &WayOfWorkingChange, by: Uuid) -> Result<(), ReferralError> {
    let written = |text: &Option<String>| text.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_string);
    let row = Row {
        referral_id: referral.to_string(),
        instruction: change.instruction.code().into(),
        approaches: change.approaches.iter().map(|a| a.code()).collect::<Vec<_>>().join(","),
        why: written(&change.why),
        fluctuating_capacity: change.fluctuating_capacity,
        fluctuating_note: written(&change.fluctuating_note).filter(|_| change.fluctuating_capacity),
        version: change.version + 1,
        recorded_by: by.to_string(),
        recorded_at: Utc::now().naive_utc(),
    };
    let written = if change.version == 0 {
        // Someone else recording it first is a clash like any other.
        match diesel::insert_into(ways_of_working::table).values(&row).execute(conn) {
            Err(diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)) => 0,
            other => other?,
        }
    } else {
        diesel::update(ways_of_working::table.find(referral).filter(ways_of_working::version.eq(change.version))).set(&row).execute(conn)?
    };
    if written == 1 { Ok(()) } else { Err(ReferralError::Changed) }
}
