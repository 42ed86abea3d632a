//! Queries on `person_updates`: what the advocate writes for the person to read.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use speakup_platform::db::DbConnection;
use speakup_types::casework::{PersonUpdate, UpdateForPerson};
use uuid::Uuid;

use crate::error::ReferralError;
use crate::schema::person_updates;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = person_updates)]
struct UpdateRow {
    id: String,
    referral_id: String,
    body: String,
    author: String,
    at: NaiveDateTime,
}

pub fn add(conn: &mut DbConnection, referral: &str, body: &str, author: Uuid) -> Result<(), ReferralError> {
    let row = UpdateRow {
        id: Uuid::now_v7().to_string(),
        referral_id: referral.to_string(),
        body: body.trim().to_string(),
        author: author.to_string(),
        at: Utc::now().naive_utc(),
    };
    diesel::insert_into(person_updates::table).values(&row).execute(conn)?;
    Ok(())
}

fn newest_first(conn: &mut DbConnection, referral: &str) -> Result<Vec<UpdateRow>, ReferralError> {
    Ok(person_updates::table
        .filter(person_updates::referral_id.eq(referral))
        .order((person_updates::at.desc(), person_updates::id.desc()))
        .select(UpdateRow::as_select())
        .load(conn)?)
}

/// For the team: every update with who wrote it.
pub fn for_referral(conn: &mut DbConnection, referral: &str) -> Result<Vec<PersonUpdate>, ReferralError> {
    newest_first(conn, referral)?
        .into_iter()
        .map(|row| {
            let id = |v: &str| Uuid::parse_str(v).map_err(|_| ReferralError::Corrupt("update"));
            Ok(PersonUpdate { id: id(&row.id)?, body: row.body, at: row.at.and_utc(), author: id(&row.author)? })
        })
        .collect()
}

/// For the person: the words and when.
pub fn for_person(conn: &mut DbConnection, referral: &str) -> Result<Vec<UpdateForPerson>, ReferralError> {
    Ok(newest_first(conn, referral)?.into_iter().map(|row| UpdateForPerson { at: row.at.and_utc(), body: row.body }).collect())
}
