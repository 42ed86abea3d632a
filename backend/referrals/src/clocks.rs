//! Queries on `wait_targets`, and each referral's `due_at`: when its next step is due (see
//! `speakup_types::casework::clocks`). The queue orders by `due_at`, so it is worked out
//! again whenever something it depends on changes: a step happening, the stage, the kinds of
//! advocacy, the area, or the targets themselves.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use speakup_platform::db::{DbConnection, write_transaction};
use speakup_types::casework::{next_step, targets_for, StepTimes, TargetChange, Targets, WaitClock, WaitTarget};
use speakup_types::entitlement::Advocacy;
use speakup_types::status::Stage;
use uuid::Uuid;

use crate::error::ReferralError;
use crate::queue::{parse_advocacy, ListRow};
use crate::schema::{referrals, wait_targets};
use crate::store::ReferralRow;

/// The row for every kind of advocacy in every area: always there, never removed.
pub const EVERYTHING: &str = "00000000-0000-0000-0000-000000000000";
/// How `wait_targets` stores "every kind" and "every area" (a unique index ignores NULLs).
const ANY: &str = "";

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = wait_targets)]
struct TargetRow {
    id: String,
    advocacy: String,
    area_id: String,
    acknowledge_days: i32,
    triage_days: i32,
    allocate_days: i32,
    first_contact_days: i32,
}

impl TargetRow {
    fn target(self) -> Result<WaitTarget, ReferralError> {
        let corrupt = || ReferralError::Corrupt("wait target");
        let days = |d: i32| u16::try_from(d).map_err(|_| corrupt());
        Ok(WaitTarget {
            id: Uuid::parse_str(&self.id).map_err(|_| corrupt())?,
            advocacy: if self.advocacy == ANY { None } else { Some(Advocacy::parse(&self.advocacy).ok_or_else(corrupt)?) },
            area: if self.area_id == ANY { None } else { Some(Uuid::parse_str(&self.area_id).map_err(|_| corrupt())?) },
            targets: Targets {
                acknowledge_days: days(self.acknowledge_days)?,
                triage_days: days(self.triage_days)?,
                allocate_days: days(self.allocate_days)?,
                first_contact_days: days(self.first_contact_days)?,
            },
        })
    }
}

/// Every target row, the row for everything first, then by kind and area.
pub fn targets(conn: &mut DbConnection) -> Result<Vec<WaitTarget>, ReferralError> {
    wait_targets::table
        .order((wait_targets::advocacy.asc(), wait_targets::area_id.asc()))
        .select(TargetRow::as_select())
        .load(conn)?
        .into_iter()
        .map(TargetRow::target)
        .collect()
}

/// Sets the targets for a kind of advocacy in an area (replacing any there were), and moves
/// every open case's clock to them.
pub fn set(conn: &mut DbConnection, change: &TargetChange) -> Result<WaitTarget, ReferralError> {
    write_transaction(conn, |conn| {
        if let Some(area) = change.area {
            crate::catalogue::check_active(conn, speakup_types::casework::CatalogueKind::Area, &[area], "area")?;
        }
        let advocacy = change.advocacy.map_or(ANY.to_string(), |a| a.code().to_string());
        let area_id = change.area.map_or(ANY.to_string(), |a| a.to_string());
        let existing: Option<String> = wait_targets::table
            .filter(wait_targets::advocacy.eq(&advocacy))
            .filter(wait_targets::area_id.eq(&area_id))
            .select(wait_targets::id)
            .first(conn)
            .optional()?;
        let t = change.targets;
        let row = TargetRow {
            id: existing.clone().unwrap_or_else(|| Uuid::now_v7().to_string()),
            advocacy,
            area_id,
            acknowledge_days: t.acknowledge_days.into(),
            triage_days: t.triage_days.into(),
            allocate_days: t.allocate_days.into(),
            first_contact_days: t.first_contact_days.into(),
        };
        match existing {
            Some(id) => diesel::update(wait_targets::table.find(id)).set(&row).execute(conn)?,
            None => diesel::insert_into(wait_targets::table).values(&row).execute(conn)?,
        };
        refresh_open(conn)?;
        row.target()
    })
}

/// Removes a kind's or an area's own targets, so its cases fall back to the wider row.
pub fn remove(conn: &mut DbConnection, id: Uuid) -> Result<(), ReferralError> {
    if id.to_string() == EVERYTHING {
        return Err(ReferralError::KeepsEverythingTarget);
    }
    write_transaction(conn, |conn| {
        if diesel::delete(wait_targets::table.find(id.to_string())).execute(conn)? == 0 {
            return Err(ReferralError::NotFound);
        }
        refresh_open(conn)
    })
}

/// What a case's clock is worked out from.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = referrals)]
struct ClockInputs {
    id: String,
    stage: i32,
    received_at: NaiveDateTime,
    acknowledged_at: Option<NaiveDateTime>,
    first_contact_at: Option<NaiveDateTime>,
    area_id: Option<String>,
    list_advocacy: Option<String>,
}

/// The steps a row shows have happened.
fn done(acknowledged_at: Option<NaiveDateTime>, first_contact_at: Option<NaiveDateTime>) -> StepTimes {
    StepTimes { acknowledged: acknowledged_at.is_some(), first_contact: first_contact_at.is_some() }
}

/// A case's clock from its stage, step times, kinds and area, against `rows`.
fn clock(rows: &[WaitTarget], stage: i32, received_at: NaiveDateTime, done: StepTimes, advocacy: &[Advocacy], area: Option<&str>) -> Option<WaitClock> {
    let step = next_step(Stage::from_number(stage)?, done)?;
    let area = area.and_then(|a| Uuid::parse_str(a).ok());
    Some(WaitClock::new(step, &targets_for(rows, advocacy, area), received_at.and_utc()))
}

/// The clock a queue row shows, from the targets read once for the page.
pub fn of_row(rows: &[WaitTarget], row: &ListRow) -> Option<WaitClock> {
    let done = done(row.acknowledged_at, row.first_contact_at);
    clock(rows, row.stage, row.received_at, done, &row.advocacy(), row.area_id.as_deref())
}

impl ClockInputs {
    /// The next step's deadline, or, with nothing left to wait for, when the referral was
    /// received (so finished cases keep the order they always had).
    fn due_at(&self, rows: &[WaitTarget]) -> NaiveDateTime {
        let advocacy = parse_advocacy(self.list_advocacy.as_deref());
        let done = done(self.acknowledged_at, self.first_contact_at);
        clock(rows, self.stage, self.received_at, done, &advocacy, self.area_id.as_deref())
            .map_or(self.received_at, |c| c.due_at.naive_utc())
    }
}

/// A new referral's `due_at`, before it is stored.
pub fn due_at_of_new(conn: &mut DbConnection, row: &ReferralRow) -> Result<NaiveDateTime, ReferralError> {
    let inputs = ClockInputs {
        id: row.id.clone(),
        stage: row.stage,
        received_at: row.received_at,
        acknowledged_at: row.acknowledged_at,
        first_contact_at: row.first_contact_at,
        area_id: row.area_id.clone(),
        list_advocacy: row.list_advocacy.clone(),
    };
    Ok(inputs.due_at(&targets(conn)?))
}

/// Works out `due_at` again for `ids`.
fn store_due(conn: &mut DbConnection, rows: &[WaitTarget], ids: &[String]) -> Result<(), ReferralError> {
    let cases: Vec<ClockInputs> = referrals::table.filter(referrals::id.eq_any(ids)).select(ClockInputs::as_select()).load(conn)?;
    for case in cases {
        diesel::update(referrals::table.find(&case.id)).set(referrals::due_at.eq(Some(case.due_at(rows)))).execute(conn)?;
    }
    Ok(())
}

/// Works out one case's clock again, after something it depends on changed.
pub fn refresh(conn: &mut DbConnection, id: &str) -> Result<(), ReferralError> {
    let rows = targets(conn)?;
    store_due(conn, &rows, &[id.to_string()])
}

/// Works out every open case's clock again, after the targets changed: 500 at a time, in the
/// caller's transaction.
fn refresh_open(conn: &mut DbConnection) -> Result<(), ReferralError> {
    let rows = targets(conn)?;
    let mut after = String::new();
    loop {
        let ids: Vec<String> = referrals::table
            .filter(referrals::stage.lt(Stage::Finished.number()))
            .filter(referrals::first_contact_at.is_null())
            .filter(referrals::id.gt(&after))
            .order(referrals::id.asc())
            .limit(500)
            .select(referrals::id)
            .load(conn)?;
        let Some(last) = ids.last().cloned() else { return Ok(()) };
        store_due(conn, &rows, &ids)?;
        after = last;
    }
}

/// Gives a clock to referrals stored before clocks existed, a batch at a time. Run when the
/// service opens; afterwards the partial index `referrals_unclocked` is empty.
pub fn fill_unclocked(conn: &mut DbConnection) -> Result<usize, ReferralError> {
    let rows = targets(conn)?;
    let mut filled = 0;
    loop {
        let ids: Vec<String> = referrals::table.filter(referrals::due_at.is_null()).limit(500).select(referrals::id).load(conn)?;
        if ids.is_empty() {
            return Ok(filled);
        }
        write_transaction(conn, |conn| store_due(conn, &rows, &ids))?;
        filled += ids.len();
    }
}
