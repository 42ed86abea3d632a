//! Queries on `case_audit`: who opened and who changed which case. Only inserts and reads
//! live here; the database refuses anything else.

use chrono::{NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use speakup_platform::auth::Staff;
use speakup_platform::db::{DbConnection, write_transaction};
use speakup_types::casework::{AuditAction, AuditEntry};
use uuid::Uuid;

use crate::error::ReferralError;
use crate::schema::case_audit;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = case_audit)]
struct AuditRow {
    id: String,
    referral_id: String,
    actor: String,
    at: NaiveDateTime,
    action: String,
    actor_name: Option<String>,
}

impl AuditRow {
    fn entry(&self) -> Result<AuditEntry, ReferralError> {
        let id = |v: &str| Uuid::parse_str(v).map_err(|_| ReferralError::Corrupt("audit"));
        Ok(AuditEntry {
            at: self.at.and_utc(),
            referral: id(&self.referral_id)?,
            actor: id(&self.actor)?,
            action: AuditAction::parse(&self.action).ok_or(ReferralError::Corrupt("audit action"))?,
            actor_name: self.actor_name.clone(),
        })
    }
}

/// Who did something to a case: a staff account with the name it had then, or the person.
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: Uuid,
    pub name: Option<String>,
}

impl Actor {
    pub fn of(staff: &Staff) -> Actor {
        Actor { id: staff.user_id(), name: Some(staff.display_name().to_string()) }
    }

    /// What the person did themselves, from their tracking page: the nil account, no name.
    pub fn the_person() -> Actor {
        Actor { id: Uuid::nil(), name: None }
    }
}

pub fn record(conn: &mut DbConnection, referral: Uuid, actor: &Actor, action: AuditAction) -> Result<(), ReferralError> {
    let row = AuditRow {
        id: Uuid::now_v7().to_string(),
        referral_id: referral.to_string(),
        actor: actor.id.to_string(),
        at: Utc::now().naive_utc(),
        action: action.code().into(),
        actor_name: actor.name.clone(),
    };
    diesel::insert_into(case_audit::table).values(&row).execute(conn)?;
    Ok(())
}

/// Runs `change` and records it, in one transaction: a change that is not recorded does not
/// happen. Every change to a case passes here, so here its waiting clock is worked out again.
pub fn audited<T>(
    conn: &mut DbConnection,
    referral: Uuid,
    actor: &Actor,
    action: AuditAction,
    change: impl FnOnce(&mut DbConnection) -> Result<T, ReferralError>,
) -> Result<T, ReferralError> {
    write_transaction(conn, |conn| {
        let done = change(conn)?;
        if action != AuditAction::Viewed {
            crate::clocks::refresh(conn, &referral.to_string())?;
        }
        record(conn, referral, actor, action)?;
        Ok(done)
    })
}

/// One case's record, newest first.
pub fn for_referral(conn: &mut DbConnection, referral: Uuid) -> Result<Vec<AuditEntry>, ReferralError> {
    case_audit::table
        .filter(case_audit::referral_id.eq(referral.to_string()))
        .order((case_audit::at.desc(), case_audit::id.desc()))
        .select(AuditRow::as_select())
        .load(conn)?
        .iter()
        .map(AuditRow::entry)
        .collect()
}

/// Every case's record from `from` to `to` (whole days, inclusive), oldest first.
pub fn between(conn: &mut DbConnection, from: NaiveDate, to: NaiveDate) -> Result<Vec<AuditEntry>, ReferralError> {
    let (start, end) = (from.and_hms_opt(0, 0, 0).unwrap_or_default(), to.succ_opt().unwrap_or(to).and_hms_opt(0, 0, 0).unwrap_or_default());
    case_audit::table
        .filter(case_audit::at.ge(start))
        .filter(case_audit::at.lt(end))
        .order((case_audit::at.asc(), case_audit::id.asc()))
        .select(AuditRow::as_select())
        .load(conn)?
        .iter()
        .map(AuditRow::entry)
        .collect()
}
