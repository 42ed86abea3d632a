//! Queries on `referrals` and `referral_events`: the only place that touches those tables.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use speakup_platform::db::{DbConnection, write_transaction};
use speakup_types::referral::StaffActionKind;
use speakup_types::status::ReferralStatus;
use uuid::Uuid;

use crate::error::ReferralError;
use crate::schema::{referral_events, referrals};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = referrals)]
pub struct ReferralRow {
    pub id: String,
    pub reference: String,
    pub idempotency_key: String,
    pub tracking_code_hash: String,
    pub route: String,
    pub status: String,
    pub urgent: bool,
    pub answers: String,
    pub assessment: String,
    pub received_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub match_name: String,
    pub match_phone: Option<String>,
    pub match_email: Option<String>,
    pub match_dob: Option<String>,
    pub merged_into: Option<String>,
    pub code_reset_requested_at: Option<NaiveDateTime>,
    /// The referrer's (or named person's) phone and email, for "I lost my code" only.
    pub holder_phone: Option<String>,
    pub holder_email: Option<String>,
    /// The language the person used SpeakUp in: their status texts and letters use it.
    pub language: String,
    /// The person answered the equality questions (the answers themselves are kept apart).
    pub equality_answered: bool,
    /// `Stage::number` of the status: the queue's first sort key.
    pub stage: i32,
    /// Goes up with every change to the case, so a change made from an old view is refused.
    pub version: i64,
    pub area_id: Option<String>,
    /// The named advocate's account.
    pub advocate_id: Option<String>,
    pub acknowledged_at: Option<NaiveDateTime>,
    pub triaged_at: Option<NaiveDateTime>,
    pub allocated_at: Option<NaiveDateTime>,
    pub first_contact_at: Option<NaiveDateTime>,
    /// What a list row shows (`crate::queue::ListColumns`), filled when the row is stored.
    pub list_row: Option<String>,
    pub list_advocacy: Option<String>,
    /// When the next step is due (`crate::clocks`): the queue's order within a stage.
    pub due_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = referral_events)]
pub struct EventRow {
    pub id: String,
    pub referral_id: String,
    pub at: NaiveDateTime,
    pub status: String,
    pub note_for_person: Option<String>,
    pub actor: Option<String>,
}

impl EventRow {
    pub fn new(referral_id: &str, status: ReferralStatus, note_for_person: Option<String>, actor: Option<Uuid>) -> EventRow {
        EventRow {
            id: Uuid::now_v7().to_string(),
            referral_id: referral_id.to_string(),
            at: Utc::now().naive_utc(),
            status: status.as_str().to_string(),
            note_for_person,
            actor: actor.map(|a| a.to_string()),
        }
    }
}

pub enum Inserted {
    Created,
    /// A referral with this idempotency key already exists: the submission was a retry.
    AlreadyExists(Box<ReferralRow>),
}

/// Stores a new referral, its first event and any equality answers in one transaction.
/// A clash on the reference (vanishingly rare) is retried with a fresh one.
pub fn insert(
    conn: &mut DbConnection,
    mut row: ReferralRow,
    equality: Option<&str>,
    new_reference: impl Fn() -> String,
) -> Result<(Inserted, ReferralRow), ReferralError> {
    row.due_at = Some(crate::clocks::due_at_of_new(conn, &row)?);
    for _ in 0..5 {
        let attempt = write_transaction(conn, |conn| {
            diesel::insert_into(referrals::table).values(&row).execute(conn)?;
            let first = EventRow::new(&row.id, ReferralStatus::Received, None, None);
            diesel::insert_into(referral_events::table).values(&first).execute(conn)?;
            if let Some(answers) = equality {
                crate::equality::hold(conn, &row.id, answers)?;
            }
            Ok::<_, diesel::result::Error>(())
        });
        match attempt {
            Ok(()) => return Ok((Inserted::Created, row)),
            Err(diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)) => {
                if let Some(existing) = find_by_idempotency_key(conn, &row.idempotency_key)? {
                    return Ok((Inserted::AlreadyExists(Box::new(existing)), row));
                }
                row.reference = new_reference();
            }
            Err(e) => return Err(e.into()),
        }
    }
    Err(ReferralError::Corrupt("could not find a free reference"))
}

pub fn find_by_idempotency_key(conn: &mut DbConnection, key: &str) -> QueryResult<Option<ReferralRow>> {
    referrals::table.filter(referrals::idempotency_key.eq(key)).select(ReferralRow::as_select()).first(conn).optional()
}

pub fn find_by_reference(conn: &mut DbConnection, reference: &str) -> QueryResult<Option<ReferralRow>> {
    referrals::table.filter(referrals::reference.eq(reference)).select(ReferralRow::as_select()).first(conn).optional()
}

pub fn find(conn: &mut DbConnection, id: Uuid) -> QueryResult<Option<ReferralRow>> {
    referrals::table.find(id.to_string()).select(ReferralRow::as_select()).first(conn).optional()
}

pub fn history(conn: &mut DbConnection, referral_id: &str) -> QueryResult<Vec<EventRow>> {
    referral_events::table
        .filter(referral_events::referral_id.eq(referral_id))
        .order((referral_events::at.asc(), referral_events::id.asc()))
        .select(EventRow::as_select())
        .load(conn)
}

/// Moves a referral out of triage (received, or waiting for information). The status check
/// is part of the UPDATE, so when two people decide at once exactly one wins and the other
/// is told.
pub fn decide(
    conn: &mut DbConnection,
    id: Uuid,
    to: ReferralStatus,
    note_for_person: Option<String>,
    actor: Uuid,
) -> Result<(), ReferralError> {
    write_transaction(conn, |conn| {
        let now = Utc::now().naive_utc();
        let in_triage = [ReferralStatus::Received.as_str(), ReferralStatus::AwaitingInformation.as_str()];
        let changed = diesel::update(
            referrals::table.filter(referrals::id.eq(id.to_string())).filter(referrals::status.eq_any(in_triage)),
        )
        .set((
            referrals::status.eq(to.as_str()),
            referrals::stage.eq(to.stage().number()),
            referrals::triaged_at.eq(Some(now)),
            referrals::updated_at.eq(now),
            referrals::version.eq(referrals::version + 1),
        ))
        .execute(conn)?;
        if changed == 0 {
            return Err(match find(conn, id)? {
                Some(_) => ReferralError::AlreadyDecided,
                None => ReferralError::NotFound,
            });
        }
        let event = EventRow::new(&id.to_string(), to, note_for_person, Some(actor));
        diesel::insert_into(referral_events::table).values(&event).execute(conn)?;
        crate::equality::release(conn, &id.to_string())?;
        Ok(())
    })
}

/// Moves a case to `to` if it is in one of `from`, with an event in its history (and a note
/// written for the person, if any), as one conditional UPDATE: of two changes at once, the
/// second finds the status moved on. Returns whether it moved.
pub fn transition(
    conn: &mut DbConnection,
    id: &str,
    from: &[ReferralStatus],
    to: ReferralStatus,
    note_for_person: Option<String>,
    actor: Option<Uuid>,
) -> QueryResult<bool> {
    let from: Vec<&str> = from.iter().map(|s| s.as_str()).collect();
    let changed = diesel::update(referrals::table.find(id).filter(referrals::status.eq_any(from)))
        .set((
            referrals::status.eq(to.as_str()),
            referrals::stage.eq(to.stage().number()),
            referrals::updated_at.eq(Utc::now().naive_utc()),
            referrals::version.eq(referrals::version + 1),
        ))
        .execute(conn)?;
    if changed == 1 {
        diesel::insert_into(referral_events::table).values(&EventRow::new(id, to, note_for_person, actor)).execute(conn)?;
    }
    Ok(changed == 1)
}

/// Notes when someone from triage first opened the referral: the acknowledgement clock stops
/// and the triage clock starts.
pub fn acknowledge(conn: &mut DbConnection, id: Uuid) -> Result<(), ReferralError> {
    let changed = diesel::update(referrals::table.find(id.to_string()).filter(referrals::acknowledged_at.is_null()))
        .set(referrals::acknowledged_at.eq(Some(Utc::now().naive_utc())))
        .execute(conn)?;
    if changed == 1 {
        crate::clocks::refresh(conn, &id.to_string())?;
    }
    Ok(())
}

/// Confirms the council area whose duty the case is, from the version staff saw.
pub fn choose_area(conn: &mut DbConnection, id: Uuid, area: Uuid, version: i64) -> Result<(), ReferralError> {
    write_transaction(conn, |conn| {
        crate::catalogue::check_active(conn, speakup_types::casework::CatalogueKind::Area, &[area], "area")?;
        claim_version(conn, id, version)?;
        diesel::update(referrals::table.find(id.to_string())).set(referrals::area_id.eq(Some(area.to_string()))).execute(conn)?;
        Ok(())
    })
}

/// Takes the case's write lock and checks it is still at `version`, moving it on by one:
/// the start of any change made from what someone saw.
pub fn claim_version(conn: &mut DbConnection, id: Uuid, version: i64) -> Result<ReferralRow, ReferralError> {
    let changed = diesel::update(referrals::table.find(id.to_string()).filter(referrals::version.eq(version)))
        .set((referrals::version.eq(referrals::version + 1), referrals::updated_at.eq(Utc::now().naive_utc())))
        .execute(conn)?;
    let row = find(conn, id)?.ok_or(ReferralError::NotFound)?;
    if changed == 0 {
        return Err(ReferralError::Changed);
    }
    Ok(row)
}

/// Other referrals that may be about the same person: the same phone, the same email, or
/// the same name and date of birth. Referrals already joined into another are left out.
pub fn likely_duplicates(conn: &mut DbConnection, row: &ReferralRow) -> QueryResult<Vec<ReferralRow>> {
    let same_phone = referrals::match_phone.eq(&row.match_phone);
    let same_email = referrals::match_email.eq(&row.match_email);
    let same_name_and_birthday = referrals::match_name.eq(&row.match_name).and(referrals::match_dob.eq(&row.match_dob));
    referrals::table
        .filter(referrals::id.ne(&row.id))
        .filter(referrals::status.ne(ReferralStatus::Merged.as_str()))
        .filter(same_phone.or(same_email).or(same_name_and_birthday))
        .order(referrals::received_at.desc())
        .limit(20)
        .select(ReferralRow::as_select())
        .load(conn)
}

/// The references of referrals joined into this one.
pub fn joined_into(conn: &mut DbConnection, id: &str) -> QueryResult<Vec<String>> {
    referrals::table
        .filter(referrals::merged_into.eq(id))
        .order(referrals::received_at.asc())
        .select(referrals::reference)
        .load(conn)
}

/// Takes the write lock on both referrals, always in id order, so two joins at once wait
/// for each other instead of each reading the other's old state (which would let A→B and B→A
/// both succeed and drop both out of the queue). On PostgreSQL the touch takes row locks;
/// on SQLite the first write takes the database's write lock.
fn lock_in_order(conn: &mut DbConnection, a: Uuid, b: Uuid) -> QueryResult<()> {
    let (first, second) = if a < b { (a, b) } else { (b, a) };
    let ids = if first == second { vec![first] } else { vec![first, second] };
    for id in ids {
        diesel::update(referrals::table.find(id.to_string())).set(referrals::id.eq(referrals::id)).execute(conn)?;
    }
    Ok(())
}

/// Joins `id` into `into`, which carries on. Refused when either is already joined into
/// another, and, unless staff saw the warning, when someone else holds `into`'s code.
pub fn merge(conn: &mut DbConnection, id: Uuid, into: Uuid, warned: bool, actor: Uuid) -> Result<(), ReferralError> {
    if id == into {
        return Err(ReferralError::MergeTarget("error-merge-same-referral"));
    }
    write_transaction(conn, |conn| {
        lock_in_order(conn, id, into)?;
        let source = find(conn, id)?.ok_or(ReferralError::NotFound)?;
        let target = find(conn, into)?.ok_or(ReferralError::MergeTarget("error-merge-not-found"))?;
        if source.status == ReferralStatus::Merged.as_str() {
            return Err(ReferralError::AlreadyMerged);
        }
        if target.status == ReferralStatus::Merged.as_str() {
            return Err(ReferralError::MergeTarget("error-merge-target-merged"));
        }
        if !warned && !source.answers()?.same_code_holder(&target.answers()?) {
            return Err(ReferralError::OtherCodeHolder);
        }
        diesel::update(referrals::table.find(id.to_string()))
            .set((
                referrals::status.eq(ReferralStatus::Merged.as_str()),
                referrals::stage.eq(ReferralStatus::Merged.stage().number()),
                referrals::merged_into.eq(Some(into.to_string())),
                referrals::updated_at.eq(Utc::now().naive_utc()),
                referrals::version.eq(referrals::version + 1),
            ))
            .execute(conn)?;
        let event = EventRow::new(&id.to_string(), ReferralStatus::Merged, None, Some(actor));
        diesel::insert_into(referral_events::table).values(&event).execute(conn)?;
        crate::equality::on_merge(conn, &source, &target)?;
        Ok(())
    })
}

/// Flags the live referrals whose person, or whoever holds the code for them, has this phone
/// or email (and this reference, when one was given) as asking for a new tracking code. Run by
/// the lost-code matcher, never on the request path. Returns how many.
pub fn request_code_reset(
    conn: &mut DbConnection,
    phone: Option<&str>,
    email: Option<&str>,
    reference: Option<&str>,
) -> QueryResult<usize> {
    let same_person = referrals::match_phone
        .eq(phone)
        .or(referrals::match_email.eq(email))
        .or(referrals::holder_phone.eq(phone))
        .or(referrals::holder_email.eq(email));
    let target = referrals::table
        .filter(same_person)
        .filter(referrals::status.ne(ReferralStatus::Merged.as_str()))
        .select(referrals::id);
    let ids: Vec<String> = match reference {
        Some(reference) => target.filter(referrals::reference.eq(reference)).load(conn)?,
        None => target.load(conn)?,
    };
    diesel::update(referrals::table.filter(referrals::id.eq_any(&ids)))
        .set(referrals::code_reset_requested_at.eq(Some(Utc::now().naive_utc())))
        .execute(conn)
}

/// Replaces the tracking code hash and clears any reset request, recording who did it and
/// why. Without a pending "I lost my code" request, a reason is required. Returns the reference.
pub fn replace_code(
    conn: &mut DbConnection,
    id: Uuid,
    code_hash: &str,
    reason: Option<&str>,
    actor: Uuid,
) -> Result<String, ReferralError> {
    write_transaction(conn, |conn| {
        lock_in_order(conn, id, id)?;
        let row = find(conn, id)?.ok_or(ReferralError::NotFound)?;
        let kind = match (row.code_reset_requested_at, reason) {
            (Some(_), _) => StaffActionKind::NewCodeRequested,
            (None, Some(_)) => StaffActionKind::NewCodeWithReason,
            (None, None) => return Err(ReferralError::NewCodeReasonNeeded),
        };
        diesel::update(referrals::table.find(id.to_string()))
            .set((
                referrals::tracking_code_hash.eq(code_hash),
                referrals::code_reset_requested_at.eq(None::<NaiveDateTime>),
                referrals::updated_at.eq(Utc::now().naive_utc()),
            ))
            .execute(conn)?;
        crate::staff_actions::record(conn, id, actor, kind, reason)?;
        Ok(row.reference)
    })
}
