//! Queries on `advocates`: each advocate's profile, keyed by their staff account.

use std::collections::HashMap;

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::de::DeserializeOwned;
use speakup_platform::db::{DbConnection, write_transaction};
use speakup_types::casework::{AboutMe, AdvocateProfile, AdvocateWork, Gender};
use speakup_types::status::Stage;
use uuid::Uuid;

use crate::error::ReferralError;
use crate::schema::{advocates, referrals};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = advocates)]
pub struct AdvocateRow {
    pub account_id: String,
    pub first_name: String,
    pub languages: String,
    pub gender: Option<String>,
    pub culture_or_faith: Option<String>,
    pub advocacy: String,
    pub qualifications: String,
    pub areas: String,
    pub settings: String,
    pub caseload_limit: i32,
    pub taking_cases: bool,
    pub version: i64,
    pub updated_at: NaiveDateTime,
}

fn list<T: DeserializeOwned>(column: &str) -> Result<Vec<T>, ReferralError> {
    serde_json::from_str(column).map_err(|_| ReferralError::Corrupt("advocate profile"))
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("lists of codes and ids serialise")
}

impl AdvocateRow {
    pub fn profile(&self, open_cases: u32) -> Result<AdvocateProfile, ReferralError> {
        Ok(AdvocateProfile {
            account_id: Uuid::parse_str(&self.account_id).map_err(|_| ReferralError::Corrupt("advocate id"))?,
            first_name: self.first_name.clone(),
            languages: list(&self.languages)?,
            gender: self.gender.as_deref().and_then(Gender::parse),
            culture_or_faith: self.culture_or_faith.clone(),
            advocacy: list(&self.advocacy)?,
            qualifications: list(&self.qualifications)?,
            areas: list(&self.areas)?,
            settings: list(&self.settings)?,
            caseload_limit: self.caseload_limit.max(0) as u32,
            taking_cases: self.taking_cases,
            open_cases,
            due_this_week: 0,
            overdue: 0,
            version: self.version,
            updated_at: self.updated_at.and_utc(),
        })
    }
}

pub fn find(conn: &mut DbConnection, account: Uuid) -> Result<Option<AdvocateRow>, ReferralError> {
    Ok(advocates::table.find(account.to_string()).select(AdvocateRow::as_select()).first(conn).optional()?)
}

/// Every profile, by first name.
pub fn all(conn: &mut DbConnection) -> Result<Vec<AdvocateRow>, ReferralError> {
    Ok(advocates::table.order((advocates::first_name.asc(), advocates::account_id.asc())).select(AdvocateRow::as_select()).load(conn)?)
}

/// These advocates' profiles, each with how many cases they have with them now, counted from
/// `referrals_advocate` for them only: grouping every open case would read tens of thousands
/// of rows in a large provider.
pub fn profiles(conn: &mut DbConnection, advocates: &[AdvocateRow]) -> Result<Vec<AdvocateProfile>, ReferralError> {
    let ids: Vec<&str> = advocates.iter().map(|a| a.account_id.as_str()).collect();
    let counts: Vec<(Option<String>, i64)> = referrals::table
        .filter(referrals::advocate_id.eq_any(ids))
        .filter(referrals::stage.eq(Stage::WithAdvocate.number()))
        .group_by(referrals::advocate_id)
        .select((referrals::advocate_id, diesel::dsl::count_star()))
        .load(conn)?;
    let open: HashMap<String, u32> = counts.into_iter().filter_map(|(id, n)| Some((id?, n as u32))).collect();
    advocates.iter().map(|a| a.profile(open.get(&a.account_id).copied().unwrap_or(0))).collect()
}

fn changed_or_missing(conn: &mut DbConnection, account: Uuid) -> ReferralError {
    match find(conn, account) {
        Ok(Some(_)) => ReferralError::Changed,
        Ok(None) => ReferralError::NotFound,
        Err(e) => e,
    }
}

/// The advocate's own part. Version 0 makes the profile; any other must be the stored one.
pub fn save_about_me(conn: &mut DbConnection, account: Uuid, about: &AboutMe) -> Result<(), ReferralError> {
    let now = Utc::now().naive_utc();
    let languages: Vec<String> = about.languages.iter().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect();
    let culture = about.culture_or_faith.as_deref().map(str::trim).filter(|c| !c.is_empty()).map(String::from);
    let gender = about.gender.map(|g| g.code().to_string());
    write_transaction(conn, |conn| {
        if about.version == 0 {
            let row = AdvocateRow {
                account_id: account.to_string(),
                first_name: about.first_name.trim().into(),
                languages: json(&languages),
                gender,
                culture_or_faith: culture,
                advocacy: "[]".into(),
                qualifications: "[]".into(),
                areas: "[]".into(),
                settings: "[]".into(),
                caseload_limit: 20,
                taking_cases: false,
                version: 1,
                updated_at: now,
            };
            return match diesel::insert_into(advocates::table).values(&row).execute(conn) {
                Ok(_) => Ok(()),
                Err(diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)) => {
                    Err(ReferralError::Changed)
                }
                Err(e) => Err(e.into()),
            };
        }
        let changed = diesel::update(advocates::table.find(account.to_string()).filter(advocates::version.eq(about.version)))
            .set((
                advocates::first_name.eq(about.first_name.trim()),
                advocates::languages.eq(json(&languages)),
                advocates::gender.eq(gender),
                advocates::culture_or_faith.eq(culture),
                advocates::version.eq(advocates::version + 1),
                advocates::updated_at.eq(now),
            ))
            .execute(conn)?;
        if changed == 0 { Err(changed_or_missing(conn, account)) } else { Ok(()) }
    })
}

/// The manager's part, from the version they were looking at.
pub fn save_work(conn: &mut DbConnection, account: Uuid, work: &AdvocateWork) -> Result<(), ReferralError> {
    let mut advocacy = work.advocacy.clone();
    advocacy.sort_by_key(|a| speakup_types::entitlement::Advocacy::ALL.iter().position(|x| x == a));
    advocacy.dedup();
    let changed = diesel::update(advocates::table.find(account.to_string()).filter(advocates::version.eq(work.version)))
        .set((
            advocates::advocacy.eq(json(&advocacy)),
            advocates::qualifications.eq(json(&work.qualifications)),
            advocates::areas.eq(json(&work.areas)),
            advocates::settings.eq(json(&work.settings)),
            advocates::caseload_limit.eq(work.caseload_limit as i32),
            advocates::taking_cases.eq(work.taking_cases),
            advocates::version.eq(advocates::version + 1),
            advocates::updated_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)?;
    if changed == 0 { Err(changed_or_missing(conn, account)) } else { Ok(()) }
}
