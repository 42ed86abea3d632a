//! Queries on `safeguarding_concerns`, `concern_steps` and `provider_settings`: the concerns
//! on a case, each chase and escalation, when each is next due to be chased, and the list of
//! those due.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use speakup_platform::db::{write_transaction, DbConnection};
use speakup_types::casework::{
    next_chase, AbuseKind, CatalogueKind, ConcernChange, ConcernConsent, ConcernStep, ConcernStepKind, ConcernToChase, Enquiry,
    NewConcernStep, SafeguardingConcern, WithoutConsent,
};
use uuid::Uuid;

use crate::error::ReferralError;
use crate::queue::ListRow;
use crate::schema::{concern_steps, provider_settings, referrals, safeguarding_concerns};

/// The most concerns the list of those due shows at once, soonest due first.
const LISTED: i64 = 500;

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = safeguarding_concerns, treat_none_as_null = true)]
struct Row {
    id: String,
    referral_id: String,
    kinds: String,
    summary: String,
    consent: String,
    without_consent: Option<String>,
    reported_on: Option<NaiveDate>,
    council_reference: Option<String>,
    enquiry: String,
    council_decision: Option<String>,
    feedback_on: Option<NaiveDate>,
    still_at_risk: bool,
    settled_on: Option<NaiveDate>,
    chase_on: Option<NaiveDate>,
    recorded_by: String,
    recorded_at: NaiveDateTime,
    version: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = concern_steps)]
struct StepRow {
    id: String,
    concern_id: String,
    kind: String,
    escalated_to: Option<String>,
    taken_on: NaiveDate,
    note: Option<String>,
    taken_by: String,
    recorded_at: NaiveDateTime,
}

fn corrupt() -> ReferralError {
    ReferralError::Corrupt("safeguarding concern")
}

fn uuid(value: &str) -> Result<Uuid, ReferralError> {
    Uuid::parse_str(value).map_err(|_| corrupt())
}

fn written(text: Option<&str>) -> Option<String> {
    text.map(str::trim).filter(|t| !t.is_empty()).map(str::to_string)
}

fn kinds(codes: &str) -> Result<Vec<AbuseKind>, ReferralError> {
    codes.split(',').filter(|c| !c.is_empty()).map(|c| AbuseKind::parse(c).ok_or_else(corrupt)).collect()
}

impl StepRow {
    fn shown(self) -> Result<ConcernStep, ReferralError> {
        Ok(ConcernStep {
            kind: ConcernStepKind::parse(&self.kind).ok_or_else(corrupt)?,
            escalated_to: self.escalated_to.as_deref().map(uuid).transpose()?,
            on: self.taken_on,
            note: self.note,
            by: uuid(&self.taken_by)?,
        })
    }
}

impl Row {
    fn shown(self, steps: Vec<ConcernStep>) -> Result<SafeguardingConcern, ReferralError> {
        Ok(SafeguardingConcern {
            id: uuid(&self.id)?,
            kinds: kinds(&self.kinds)?,
            summary: self.summary,
            consent: ConcernConsent::parse(&self.consent).ok_or_else(corrupt)?,
            without_consent: self.without_consent.as_deref().map(|c| WithoutConsent::parse(c).ok_or_else(corrupt)).transpose()?,
            reported_on: self.reported_on,
            council_reference: self.council_reference,
            enquiry: Enquiry::parse(&self.enquiry).ok_or_else(corrupt)?,
            council_decision: self.council_decision,
            feedback_on: self.feedback_on,
            still_at_risk: self.still_at_risk,
            settled_on: self.settled_on,
            chase_on: self.chase_on,
            steps,
            recorded_by: uuid(&self.recorded_by)?,
            recorded_at: self.recorded_at.and_utc(),
            version: self.version,
        })
    }
}

/// Days from the last contact with the council to chasing it, as the provider set.
pub fn chase_after_days(conn: &mut DbConnection) -> Result<i32, ReferralError> {
    Ok(provider_settings::table.find(1).select(provider_settings::chase_after_days).first(conn)?)
}

/// Sets the days, and moves every open concern's next chase to match, in one transaction.
pub fn set_chase_after_days(conn: &mut DbConnection, days: i32) -> Result<(), ReferralError> {
    write_transaction(conn, |conn| {
        diesel::update(provider_settings::table.find(1)).set(provider_settings::chase_after_days.eq(days)).execute(conn)?;
        let open: Vec<String> =
            safeguarding_concerns::table.filter(safeguarding_concerns::chase_on.is_not_null()).select(safeguarding_concerns::id).load(conn)?;
        open.iter().try_for_each(|id| rechase(conn, id, days))
    })
}

fn step_days(conn: &mut DbConnection, concern: &str) -> Result<Vec<NaiveDate>, ReferralError> {
    Ok(concern_steps::table.filter(concern_steps::concern_id.eq(concern)).select(concern_steps::taken_on).load(conn)?)
}

/// Works out when the concern is next due to be chased and stores it.
fn rechase(conn: &mut DbConnection, concern: &str, days: i32) -> Result<(), ReferralError> {
    let (reported, feedback, settled): (Option<NaiveDate>, Option<NaiveDate>, Option<NaiveDate>) = safeguarding_concerns::table
        .find(concern)
        .select((safeguarding_concerns::reported_on, safeguarding_concerns::feedback_on, safeguarding_concerns::settled_on))
        .first(conn)?;
    let due = next_chase(reported, feedback, settled.is_some(), &step_days(conn, concern)?, days);
    diesel::update(safeguarding_concerns::table.find(concern)).set(safeguarding_concerns::chase_on.eq(due)).execute(conn)?;
    Ok(())
}

/// As `rechase`, with the days the provider set.
fn rechase_now(conn: &mut DbConnection, concern: &str) -> Result<(), ReferralError> {
    let days = chase_after_days(conn)?;
    rechase(conn, concern, days)
}

/// A case's concerns with their chases and escalations, oldest first.
pub fn for_referral(conn: &mut DbConnection, referral: &str) -> Result<Vec<SafeguardingConcern>, ReferralError> {
    let rows: Vec<Row> = safeguarding_concerns::table
        .filter(safeguarding_concerns::referral_id.eq(referral))
        .order((safeguarding_concerns::recorded_at.asc(), safeguarding_concerns::id.asc()))
        .select(Row::as_select())
        .load(conn)?;
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let mut steps: HashMap<String, Vec<ConcernStep>> = HashMap::new();
    let found: Vec<StepRow> = concern_steps::table
        .filter(concern_steps::concern_id.eq_any(&ids))
        .order((concern_steps::taken_on.asc(), concern_steps::recorded_at.asc()))
        .select(StepRow::as_select())
        .load(conn)?;
    for step in found {
        let concern = step.concern_id.clone();
        steps.entry(concern).or_default().push(step.shown()?);
    }
    rows.into_iter()
        .map(|row| {
            let own = steps.remove(&row.id).unwrap_or_default();
            row.shown(own)
        })
        .collect()
}

fn row_of(referral: &str, id: String, change: &ConcernChange, by: Uuid, version: i64) -> Result<Row, ReferralError> {
    Ok(Row {
        id,
        referral_id: referral.to_string(),
        kinds: AbuseKind::ALL.iter().filter(|k| change.kinds.contains(k)).map(|k| k.code()).collect::<Vec<_>>().join(","),
        summary: change.summary.trim().to_string(),
        consent: change.consent.ok_or_else(corrupt)?.code().to_string(),
        without_consent: change.without_consent.map(|w| w.code().to_string()),
        reported_on: change.reported_on,
        council_reference: written(change.council_reference.as_deref()),
        enquiry: change.enquiry.unwrap_or(Enquiry::NotKnown).code().to_string(),
        council_decision: written(change.council_decision.as_deref()),
        feedback_on: change.feedback_on,
        still_at_risk: change.still_at_risk,
        settled_on: change.settled_on,
        chase_on: None,
        recorded_by: by.to_string(),
        recorded_at: Utc::now().naive_utc(),
        version,
    })
}

pub fn add(conn: &mut DbConnection, referral: &str, change: &ConcernChange, by: Uuid) -> Result<(), ReferralError> {
    let row = row_of(referral, Uuid::now_v7().to_string(), change, by, 1)?;
    diesel::insert_into(safeguarding_concerns::table).values(&row).execute(conn)?;
    rechase_now(conn, &row.id)
}

/// Bumps the concern's version if it is still `version`; otherwise says whether it changed
/// meanwhile or is not this case's at all.
fn claim(conn: &mut DbConnection, referral: &str, concern: Uuid, version: i64) -> Result<(), ReferralError> {
    let target =
        || safeguarding_concerns::table.filter(safeguarding_concerns::id.eq(concern.to_string())).filter(safeguarding_concerns::referral_id.eq(referral));
    let claimed = diesel::update(target().filter(safeguarding_concerns::version.eq(version)))
        .set(safeguarding_concerns::version.eq(safeguarding_concerns::version + 1))
        .execute(conn)?;
    if claimed == 1 {
        return Ok(());
    }
    let exists: i64 = target().count().get_result(conn)?;
    Err(if exists > 0 { ReferralError::Changed } else { ReferralError::NotFound })
}

/// Changes the concern from the version its editor saw; who recorded it and when stay.
pub fn change(conn: &mut DbConnection, referral: &str, concern: Uuid, change: &ConcernChange) -> Result<(), ReferralError> {
    claim(conn, referral, concern, change.version)?;
    let id = concern.to_string();
    let row = row_of(referral, id.clone(), change, Uuid::nil(), change.version + 1)?;
    diesel::update(safeguarding_concerns::table.find(&id))
        .set((
            safeguarding_concerns::kinds.eq(&row.kinds),
            safeguarding_concerns::summary.eq(&row.summary),
            safeguarding_concerns::consent.eq(&row.consent),
            safeguarding_concerns::without_consent.eq(&row.without_consent),
            safeguarding_concerns::reported_on.eq(row.reported_on),
            safeguarding_concerns::council_reference.eq(&row.council_reference),
            safeguarding_concerns::enquiry.eq(&row.enquiry),
            safeguarding_concerns::council_decision.eq(&row.council_decision),
            safeguarding_concerns::feedback_on.eq(row.feedback_on),
            safeguarding_concerns::still_at_risk.eq(row.still_at_risk),
            safeguarding_concerns::settled_on.eq(row.settled_on),
        ))
        .execute(conn)?;
    rechase_now(conn, &id)
}

/// Records a chase or an escalation (to a step of the provider's path) on a reported concern.
pub fn add_step(conn: &mut DbConnection, referral: &str, concern: Uuid, step: &NewConcernStep, by: Uuid) -> Result<(), ReferralError> {
    claim(conn, referral, concern, step.version)?;
    let id = concern.to_string();
    let reported: Option<NaiveDate> = safeguarding_concerns::table.find(&id).select(safeguarding_concerns::reported_on).first(conn)?;
    let (Some(reported), Some(on)) = (reported, step.on) else {
        return Err(ReferralError::ConcernNotReported);
    };
    if on < reported {
        return Err(ReferralError::StepBeforeReport);
    }
    if let Some(to) = step.escalated_to {
        crate::catalogue::check_active(conn, CatalogueKind::EscalationStep, &[to], "escalated_to")?;
    }
    let row = StepRow {
        id: Uuid::now_v7().to_string(),
        concern_id: id.clone(),
        kind: step.kind.code().to_string(),
        escalated_to: step.escalated_to.map(|s| s.to_string()),
        taken_on: on,
        note: written(step.note.as_deref()),
        taken_by: by.to_string(),
        recorded_at: Utc::now().naive_utc(),
    };
    diesel::insert_into(concern_steps::table).values(&row).execute(conn)?;
    rechase_now(conn, &id)
}

/// Concerns due to be chased by `until`, soonest first: every case's for a manager, or only
/// those on the cases named to `advocate`.
pub fn to_chase(conn: &mut DbConnection, until: NaiveDate, advocate: Option<Uuid>) -> Result<Vec<ConcernToChase>, ReferralError> {
    let mut due = safeguarding_concerns::table
        .inner_join(referrals::table)
        .filter(safeguarding_concerns::chase_on.le(until))
        .order((safeguarding_concerns::chase_on.asc(), safeguarding_concerns::id.asc()))
        .limit(LISTED)
        .select((Row::as_select(), ListRow::as_select()))
        .into_boxed();
    if let Some(advocate) = advocate {
        due = due.filter(referrals::advocate_id.eq(advocate.to_string()));
    }
    let due: Vec<(Row, ListRow)> = due.load(conn)?;
    let ids: Vec<&str> = due.iter().map(|(row, _)| row.id.as_str()).collect();
    let counted: Vec<(String, i64)> = concern_steps::table
        .filter(concern_steps::concern_id.eq_any(&ids))
        .group_by(concern_steps::concern_id)
        .select((concern_steps::concern_id, diesel::dsl::count_star()))
        .load(conn)?;
    let counted: HashMap<String, i64> = counted.into_iter().collect();
    due.into_iter()
        .map(|(row, case)| {
            Ok(ConcernToChase {
                concern: uuid(&row.id)?,
                referral: uuid(&row.referral_id)?,
                reference: case.reference.clone(),
                name: case.shown()?.name,
                kinds: kinds(&row.kinds)?,
                reported_on: row.reported_on.ok_or_else(corrupt)?,
                chase_on: row.chase_on.ok_or_else(corrupt)?,
                still_at_risk: row.still_at_risk,
                steps: counted.get(&row.id).copied().unwrap_or(0) as u32,
            })
        })
        .collect()
}
