//! Queries on `mandates`, and what a decision does to the case: a fact asked for holds the
//! case in "waiting for information" (the person is told what and from whom) without holding
//! up the other mandates; the last one answered lets triage go on.

use chrono::Utc;
use diesel::prelude::*;
use speakup_platform::db::{DbConnection, write_transaction};
use speakup_types::casework::{LegalBasis, Mandate, MandateDecision, MandateState};
use speakup_types::entitlement::Advocacy;
use speakup_types::status::{ReferralStatus, Stage};
use uuid::Uuid;

use crate::error::ReferralError;
use crate::queue::advocacy_column;
use crate::schema::{mandates, referrals};
use crate::store;

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = mandates)]
#[diesel(treat_none_as_null = true)]
struct MandateRow {
    referral_id: String,
    advocacy: String,
    state: String,
    legal_basis: Option<String>,
    reason: String,
    information_needed: Option<String>,
    starts_on: Option<chrono::NaiveDate>,
    ends_on: Option<chrono::NaiveDate>,
    decided_by: String,
    decided_at: chrono::NaiveDateTime,
}

fn advocacy(code: &str) -> Result<Advocacy, ReferralError> {
    Advocacy::parse(code).ok_or(ReferralError::Corrupt("mandate advocacy"))
}

impl MandateRow {
    fn mandate(&self) -> Result<Mandate, ReferralError> {
        Ok(Mandate {
            advocacy: advocacy(&self.advocacy)?,
            state: MandateState::parse(&self.state).ok_or(ReferralError::Corrupt("mandate state"))?,
            legal_basis: self.legal_basis.as_deref().and_then(LegalBasis::parse),
            reason: self.reason.clone(),
            information_needed: self.information_needed.clone(),
            starts_on: self.starts_on,
            ends_on: self.ends_on,
            decided_by: Uuid::parse_str(&self.decided_by).map_err(|_| ReferralError::Corrupt("mandate by"))?,
            decided_at: self.decided_at.and_utc(),
        })
    }
}

/// A case's mandates, in the order of `Advocacy::ALL`.
pub fn for_referral(conn: &mut DbConnection, referral: &str) -> Result<Vec<Mandate>, ReferralError> {
    let rows: Vec<MandateRow> =
        mandates::table.filter(mandates::referral_id.eq(referral)).select(MandateRow::as_select()).load(conn)?;
    let mut found = rows.iter().map(MandateRow::mandate).collect::<Result<Vec<_>, _>>()?;
    found.sort_by_key(|m| Advocacy::ALL.iter().position(|a| *a == m.advocacy));
    Ok(found)
}

/// Records staff's decision on one kind of advocacy for a case, and moves the case in or
/// out of "waiting for information" as the mandates now say.
pub fn decide(
    conn: &mut DbConnection,
    referral: Uuid,
    kind: Advocacy,
    decision: &MandateDecision,
    actor: Uuid,
) -> Result<(), ReferralError> {
    write_transaction(conn, |conn| {
        let row = store::find(conn, referral)?.ok_or(ReferralError::NotFound)?;
        let status = ReferralStatus::parse(&row.status).ok_or(ReferralError::Corrupt("status"))?;
        if status.stage() == Stage::Finished {
            return Err(ReferralError::AlreadyDecided);
        }
        let trimmed = |text: &Option<String>| text.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(String::from);
        let mandate = MandateRow {
            referral_id: row.id.clone(),
            advocacy: kind.code().into(),
            state: decision.state.code().into(),
            legal_basis: decision.legal_basis.map(|b| b.code().into()),
            reason: decision.reason.trim().into(),
            information_needed: if decision.state == MandateState::AwaitingInformation { trimmed(&decision.information_needed) } else { None },
            starts_on: decision.starts_on,
            ends_on: decision.ends_on,
            decided_by: actor.to_string(),
            decided_at: Utc::now().naive_utc(),
        };
        let updated = diesel::update(mandates::table.find((&row.id, kind.code()))).set(&mandate).execute(conn)?;
        if updated == 0 {
            diesel::insert_into(mandates::table).values(&mandate).execute(conn)?;
        }
        let all = for_referral(conn, &row.id)?;
        let waiting = all.iter().any(|m| m.state == MandateState::AwaitingInformation);
        if waiting && status == ReferralStatus::Received {
            store::transition(conn, &row.id, &[status], ReferralStatus::AwaitingInformation, None, Some(actor))?;
        } else if !waiting && status == ReferralStatus::AwaitingInformation {
            store::transition(conn, &row.id, &[status], ReferralStatus::Received, None, Some(actor))?;
        }
        // Once staff have decided, the queue filters by what they confirmed or still weigh.
        let open = all.iter().filter(|m| matches!(m.state, MandateState::Confirmed | MandateState::AwaitingInformation));
        diesel::update(referrals::table.find(&row.id))
            .set((referrals::list_advocacy.eq(Some(advocacy_column(open.map(|m| m.advocacy)))), referrals::version.eq(referrals::version + 1)))
            .execute(conn)?;
        Ok(())
    })
}
