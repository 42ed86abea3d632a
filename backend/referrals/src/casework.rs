//! What working a case does beyond its own rows: the first meeting booked moves an allocated
//! case on and stops the first-contact clock; the advocate moves the case between working,
//! paused, closing and closed, from the version they saw; the person may withdraw, answer
//! how it went while it closes, and a case with IMHA reopens when they say yes to it offered
//! again.

use chrono::Utc;
use diesel::prelude::*;
use speakup_platform::db::{DbConnection, write_transaction};
use speakup_types::casework::{EntryChange, EntryKind, PersonsAnswer, PersonsClosure, RatedBy, StatusChange};
use speakup_types::status::{ReferralStatus, Stage};
use uuid::Uuid;

use crate::error::ReferralError;
use crate::schema::referrals;
use crate::{allocation, case_entries, closures, desired_outcomes, person_updates, reoffers, shares, store};

/// Adds an entry to a case. A meeting on a case just allocated makes it "first meeting".
pub fn add_entry(conn: &mut DbConnection, referral: Uuid, change: &EntryChange, author: Uuid) -> Result<(), ReferralError> {
    write_transaction(conn, |conn| {
        let row = store::find(conn, referral)?.ok_or(ReferralError::NotFound)?;
        case_entries::add(conn, &row.id, change, author)?;
        if change.kind == Some(EntryKind::Meeting) {
            store::transition(conn, &row.id, &[ReferralStatus::Allocated], ReferralStatus::FirstMeeting, None, Some(author))?;
            diesel::update(referrals::table.find(&row.id).filter(referrals::first_contact_at.is_null()))
                .set(referrals::first_contact_at.eq(Some(Utc::now().naive_utc())))
                .execute(conn)?;
        }
        Ok(())
    })
}

pub fn add_update(conn: &mut DbConnection, referral: Uuid, body: &str, author: Uuid) -> Result<(), ReferralError> {
    let row = store::find(conn, referral)?.ok_or(ReferralError::NotFound)?;
    person_updates::add(conn, &row.id, body, author)
}

/// Moves a case the advocate works on, from the version they saw. Only a case with an
/// advocate moves; closing or a "no" from the person ends it.
pub fn change_status(conn: &mut DbConnection, referral: Uuid, change: &StatusChange, actor: Uuid) -> Result<(), ReferralError> {
    write_transaction(conn, |conn| {
        let row = store::claim_version(conn, referral, change.version)?;
        let from = ReferralStatus::parse(&row.status).ok_or(ReferralError::Corrupt("status"))?;
        let with_advocate = [
            ReferralStatus::Allocated,
            ReferralStatus::FirstMeeting,
            ReferralStatus::Working,
            ReferralStatus::OnHold,
            ReferralStatus::Closing,
        ];
        if from == change.to || !with_advocate.contains(&from) {
            return Err(ReferralError::CannotMove);
        }
        // Finishing needs the Making Safeguarding Personal question answered first.
        if change.to == ReferralStatus::Closed && !closures::ready_to_close(conn, &row.id)? {
            return Err(ReferralError::ClosureNeeded);
        }
        let note = change.note_for_person.as_deref().map(str::trim).filter(|n| !n.is_empty()).map(String::from);
        store::transition(conn, &row.id, &with_advocate, change.to, note, Some(actor))?;
        if change.to == ReferralStatus::Withdrawn {
            reoffers::schedule_after_no(conn, &row.id, Utc::now().date_naive())?;
        }
        Ok(())
    })
}

/// The person says no: a case not yet finished becomes withdrawn, with nothing written for
/// them (they did it themselves). A finished one stays as it is. IMHA is offered again.
pub fn withdraw(conn: &mut DbConnection, referral: &str) -> Result<(), ReferralError> {
    let open: Vec<ReferralStatus> = ReferralStatus::ALL.into_iter().filter(|s| s.stage() != Stage::Finished).collect();
    if !store::transition(conn, referral, &open, ReferralStatus::Withdrawn, None, None)? {
        return Err(ReferralError::CannotMove);
    }
    reoffers::schedule_after_no(conn, referral, Utc::now().date_naive())?;
    Ok(())
}

/// The person said yes when IMHA was offered again: the withdrawn case waits for an advocate
/// once more, with nobody named (suggestions still rank the advocate they had before first).
pub fn reopen(conn: &mut DbConnection, referral: &str, actor: Uuid) -> Result<(), ReferralError> {
    if !store::transition(conn, referral, &[ReferralStatus::Withdrawn], ReferralStatus::Accepted, None, Some(actor))? {
        return Err(ReferralError::CannotMove);
    }
    allocation::end_current(conn, referral, Utc::now().naive_utc())?;
    shares::end_all(conn, referral)
}

/// The person's own answers while their case is coming to an end: how far each outcome
/// happened, whether they feel safer and how far we did what they hoped. Read again here, as
/// the advocate may have finished the case meanwhile.
pub fn answer_at_close(conn: &mut DbConnection, referral: Uuid, ratings: &[PersonsAnswer], theirs: &PersonsClosure) -> Result<(), ReferralError> {
    let row = store::find(conn, referral)?.ok_or(ReferralError::NotFound)?;
    if row.status != ReferralStatus::Closing.as_str() {
        return Err(ReferralError::OutcomesNotOpen);
    }
    ratings.iter().try_for_each(|r| desired_outcomes::rate(conn, &row.id, r.outcome, None, (r.achievement, RatedBy::Person, r.comment.as_deref())))?;
    closures::answer(conn, &row.id, theirs)
}
