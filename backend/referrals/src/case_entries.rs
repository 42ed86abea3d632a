//! Queries on `case_entries`: a case's issues, actions, meetings and internal notes.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use speakup_platform::db::DbConnection;
use speakup_types::casework::{CaseEntry, EntryChange, EntryKind, MeetingArrangement, MoveWanted};
use uuid::Uuid;

use crate::error::ReferralError;
use crate::schema::case_entries;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = case_entries)]
pub struct EntryRow {
    pub id: String,
    pub referral_id: String,
    pub kind: String,
    pub title: String,
    pub details: Option<String>,
    pub due_at: Option<NaiveDateTime>,
    pub place: Option<String>,
    pub owner: Option<String>,
    pub arrangements: String,
    pub done: bool,
    pub author: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub version: i64,
    pub move_wanted_at: Option<NaiveDateTime>,
    pub move_wanted: Option<String>,
}

fn text(value: &Option<String>) -> Option<String> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(String::from)
}

impl EntryRow {
    pub fn entry(&self) -> Result<CaseEntry, ReferralError> {
        let id = |v: &str| Uuid::parse_str(v).map_err(|_| ReferralError::Corrupt("case entry"));
        Ok(CaseEntry {
            id: id(&self.id)?,
            kind: EntryKind::parse(&self.kind).ok_or(ReferralError::Corrupt("case entry kind"))?,
            title: self.title.clone(),
            details: self.details.clone(),
            due_at: self.due_at.map(|t| t.and_utc()),
            place: self.place.clone(),
            owner: self.owner.clone(),
            arrangements: self.arrangements(),
            done: self.done,
            author: id(&self.author)?,
            created_at: self.created_at.and_utc(),
            version: self.version,
            move_wanted: self.move_wanted_at.map(|at| MoveWanted { at: at.and_utc(), words: self.move_wanted.clone() }),
        })
    }

    pub fn arrangements(&self) -> Vec<MeetingArrangement> {
        serde_json::from_str(&self.arrangements).unwrap_or_default()
    }
}

/// A case's entries, oldest first.
pub fn for_referral(conn: &mut DbConnection, referral: &str) -> Result<Vec<CaseEntry>, ReferralError> {
    case_entries::table
        .filter(case_entries::referral_id.eq(referral))
        .order((case_entries::created_at.asc(), case_entries::id.asc()))
        .select(EntryRow::as_select())
        .load(conn)?
        .iter()
        .map(EntryRow::entry)
        .collect()
}

pub fn add(conn: &mut DbConnection, referral: &str, change: &EntryChange, author: Uuid) -> Result<EntryRow, ReferralError> {
    let now = Utc::now().naive_utc();
    let kind = change.kind.ok_or(ReferralError::Corrupt("entry without a kind"))?;
    let row = EntryRow {
        id: Uuid::now_v7().to_string(),
        referral_id: referral.to_string(),
        kind: kind.code().into(),
        title: change.title.trim().into(),
        details: text(&change.details),
        due_at: change.due_at.map(|t| t.naive_utc()),
        place: text(&change.place),
        owner: text(&change.owner),
        arrangements: serde_json::to_string(&change.arrangements).expect("codes serialise"),
        done: change.done,
        author: author.to_string(),
        created_at: now,
        updated_at: now,
        version: 1,
        move_wanted_at: None,
        move_wanted: None,
    };
    diesel::insert_into(case_entries::table).values(&row).execute(conn)?;
    Ok(row)
}

/// Changes an entry from the version its editor saw: a change since is refused (409), so the
/// second of two editors is told and keeps what they typed. Saving a meeting answers the
/// person's request to move it, if they made one: the editor saw it on the version they saved.
pub fn change(conn: &mut DbConnection, referral: &str, id: Uuid, change: &EntryChange) -> Result<(), ReferralError> {
    let target = || case_entries::table.filter(case_entries::id.eq(id.to_string())).filter(case_entries::referral_id.eq(referral));
    let changed = diesel::update(target().filter(case_entries::version.eq(change.version)))
        .set((
            case_entries::title.eq(change.title.trim()),
            case_entries::details.eq(text(&change.details)),
            case_entries::due_at.eq(change.due_at.map(|t| t.naive_utc())),
            case_entries::place.eq(text(&change.place)),
            case_entries::owner.eq(text(&change.owner)),
            case_entries::arrangements.eq(serde_json::to_string(&change.arrangements).expect("codes serialise")),
            case_entries::done.eq(change.done),
            case_entries::updated_at.eq(Utc::now().naive_utc()),
            case_entries::version.eq(case_entries::version + 1),
            case_entries::move_wanted_at.eq(None::<NaiveDateTime>),
            case_entries::move_wanted.eq(None::<String>),
        ))
        .execute(conn)?;
    if changed == 1 {
        return Ok(());
    }
    let exists: i64 = target().count().get_result(conn)?;
    Err(if exists > 0 { ReferralError::Changed } else { ReferralError::NotFound })
}

/// The case's next meeting from `now`.
pub fn next_meeting(conn: &mut DbConnection, referral: &str, now: NaiveDateTime) -> Result<Option<EntryRow>, ReferralError> {
    Ok(case_entries::table
        .filter(case_entries::referral_id.eq(referral))
        .filter(case_entries::kind.eq(EntryKind::Meeting.code()))
        .filter(case_entries::due_at.ge(now))
        .order(case_entries::due_at.asc())
        .select(EntryRow::as_select())
        .first(conn)
        .optional()?)
}

/// The person asks for their next meeting to move, saying what would suit them if they wish.
/// A new version, so a team member editing the meeting meanwhile is told before saving over it.
pub fn ask_to_move(conn: &mut DbConnection, referral: &str, words: Option<&str>, now: NaiveDateTime) -> Result<(), ReferralError> {
    let meeting = next_meeting(conn, referral, now)?.ok_or(ReferralError::NoMeetingToMove)?;
    diesel::update(case_entries::table.find(&meeting.id))
        .set((
            case_entries::move_wanted_at.eq(Some(now)),
            case_entries::move_wanted.eq(words.map(str::trim).filter(|w| !w.is_empty())),
            case_entries::updated_at.eq(now),
            case_entries::version.eq(case_entries::version + 1),
        ))
        .execute(conn)?;
    Ok(())
}

/// For each of these advocates, across the open cases named to them: the meetings and
/// unfinished actions due from `now` to `until`, and the unfinished actions already late.
/// Read advocate by advocate through their cases (`referrals_advocate`, then
/// `case_entries_due`), so the cost follows the team's caseloads, not the whole history.
pub fn week_ahead(
    conn: &mut DbConnection,
    advocates: &[String],
    now: NaiveDateTime,
    until: NaiveDateTime,
) -> Result<std::collections::HashMap<String, (u32, u32)>, ReferralError> {
    use crate::schema::referrals;
    let open = || {
        case_entries::table
            .inner_join(referrals::table)
            .filter(referrals::advocate_id.eq_any(advocates))
            .filter(referrals::stage.eq(speakup_types::status::Stage::WithAdvocate.number()))
            .filter(case_entries::done.eq(false))
            .group_by(referrals::advocate_id)
            .select((referrals::advocate_id, diesel::dsl::count_star()))
    };
    let due: Vec<(Option<String>, i64)> = open()
        .filter(case_entries::kind.eq_any([EntryKind::Meeting.code(), EntryKind::Action.code()]))
        .filter(case_entries::due_at.between(now, until))
        .load(conn)?;
    let late: Vec<(Option<String>, i64)> =
        open().filter(case_entries::kind.eq(EntryKind::Action.code())).filter(case_entries::due_at.lt(now)).load(conn)?;
    let mut week = std::collections::HashMap::new();
    for (advocate, n) in due.into_iter().filter_map(|(a, n)| Some((a?, n))) {
        week.entry(advocate).or_insert((0, 0)).0 = n as u32;
    }
    for (advocate, n) in late.into_iter().filter_map(|(a, n)| Some((a?, n))) {
        week.entry(advocate).or_insert((0, 0)).1 = n as u32;
    }
    Ok(week)
}

/// For each of these cases, the first meeting or unfinished action due between `from` and
/// `until`: what an advocate's list shows as due this week.
pub fn first_due(
    conn: &mut DbConnection,
    referrals: &[String],
    from: NaiveDateTime,
    until: NaiveDateTime,
) -> Result<std::collections::HashMap<String, (NaiveDateTime, String)>, ReferralError> {
    let due: Vec<(String, Option<NaiveDateTime>, String)> = case_entries::table
        .filter(case_entries::referral_id.eq_any(referrals))
        .filter(case_entries::kind.eq_any([EntryKind::Meeting.code(), EntryKind::Action.code()]))
        .filter(case_entries::done.eq(false))
        .filter(case_entries::due_at.between(from, until))
        .order(case_entries::due_at.asc())
        .select((case_entries::referral_id, case_entries::due_at, case_entries::title))
        .load(conn)?;
    let mut first = std::collections::HashMap::new();
    for (referral, at, title) in due {
        if let Some(at) = at {
            first.entry(referral).or_insert((at, title));
        }
    }
    Ok(first)
}
