//! Stored rows turned into what people and staff are shown.

use chrono::{DateTime, Utc};
use speakup_types::entitlement::Assessment;
use speakup_types::referral::{
    match_reasons, LikelyDuplicate, PersonKeys, QueueItem, ReferralAnswers, ReferralDetail, StatusEvent,
    TrackedReferral, UrgentReason,
};
use speakup_locales::Language;
use speakup_types::status::ReferralStatus;
use uuid::Uuid;

use std::collections::HashMap;

use speakup_platform::db::DbConnection;
use speakup_types::casework::{AllocationEntry, CatalogueKind, Mandate, MandateLine, WaitTarget};
use speakup_types::entitlement::{Advocacy, Outcome};

use crate::error::ReferralError;
use crate::queue::ListRow;
use crate::store::{EventRow, ReferralRow};

fn status(text: &str) -> Result<ReferralStatus, ReferralError> {
    ReferralStatus::parse(text).ok_or(ReferralError::Corrupt("status"))
}

fn utc(at: chrono::NaiveDateTime) -> DateTime<Utc> {
    at.and_utc()
}

impl ReferralRow {
    pub(crate) fn answers(&self) -> Result<ReferralAnswers, ReferralError> {
        serde_json::from_str(&self.answers).map_err(|_| ReferralError::Corrupt("answers"))
    }

    pub(crate) fn assessment(&self) -> Result<Assessment, ReferralError> {
        serde_json::from_str(&self.assessment).map_err(|_| ReferralError::Corrupt("assessment"))
    }

    /// Why it is urgent, judged on the day it arrived.
    pub(crate) fn urgent_reasons(&self, answers: &ReferralAnswers, assessment: &Assessment) -> Vec<UrgentReason> {
        answers.urgent_reasons(assessment, self.received_at.date())
    }

    pub fn uuid(&self) -> Result<Uuid, ReferralError> {
        Uuid::parse_str(&self.id).map_err(|_| ReferralError::Corrupt("id"))
    }
}

/// A stored language code as a language; English for anything SpeakUp no longer speaks.
pub fn stored_language(code: &str) -> Language {
    Language::parse(code).unwrap_or(Language::English)
}

fn events(rows: &[EventRow], language: Language) -> Result<Vec<StatusEvent>, ReferralError> {
    rows.iter()
        .map(|row| {
            let status = status(&row.status)?;
            Ok(StatusEvent {
                at: utc(row.at),
                status,
                status_text: status.person_text_in(language).to_string(),
                note_for_person: row.note_for_person.clone(),
            })
        })
        .collect()
}

/// What every row of a list is shown with, read once per page: area and advocate names (by
/// id) and the provider's waiting targets.
pub struct ListLookups {
    areas: HashMap<String, String>,
    advocates: HashMap<String, String>,
    targets: Vec<WaitTarget>,
}

impl ListLookups {
    /// With advocates' first names, or without (an advocate's own list needs none).
    pub fn load(conn: &mut DbConnection, with_advocates: bool) -> Result<ListLookups, ReferralError> {
        let advocates = if with_advocates {
            crate::advocates::all(conn)?.into_iter().map(|a| (a.account_id, a.first_name)).collect()
        } else {
            HashMap::new()
        };
        Ok(ListLookups {
            areas: crate::catalogue::names(conn, CatalogueKind::Area)?,
            advocates,
            targets: crate::clocks::targets(conn)?,
        })
    }
}

/// A list row, with what `lookups` hold for it.
pub fn queue_item(row: &ListRow, lookups: &ListLookups) -> Result<QueueItem, ReferralError> {
    let shown = row.shown()?;
    Ok(QueueItem {
        id: Uuid::parse_str(&row.id).map_err(|_| ReferralError::Corrupt("id"))?,
        reference: row.reference.clone(),
        received_at: utc(row.received_at),
        status: status(&row.status)?,
        urgent: shown.urgent,
        name: shown.name,
        summary: shown.summary,
        reasons: shown.reasons,
        code_reset_requested: row.code_reset_requested_at.is_some(),
        advocacy: row.advocacy(),
        area: row.area_id.as_ref().and_then(|a| lookups.areas.get(a)).cloned(),
        advocate: row.advocate_id.as_ref().and_then(|a| lookups.advocates.get(a)).cloned(),
        due: None,
        clock: crate::clocks::of_row(&lookups.targets, row),
    })
}

/// The person keys stored with a row, for explaining why two referrals match.
pub fn person_keys(row: &ReferralRow) -> PersonKeys {
    PersonKeys {
        name: row.match_name.clone(),
        phone: row.match_phone.clone(),
        email: row.match_email.clone(),
        date_of_birth: row.match_dob.as_deref().and_then(|d| d.parse().ok()),
    }
}

/// `row` as a likely duplicate of `of`, or `None` when nothing matches.
pub fn likely_duplicate(row: &ReferralRow, of: &ReferralRow) -> Result<Option<LikelyDuplicate>, ReferralError> {
    let reasons = match_reasons(&person_keys(of), &person_keys(row));
    if reasons.is_empty() {
        return Ok(None);
    }
    let answers = row.answers()?;
    Ok(Some(LikelyDuplicate {
        id: row.uuid()?,
        reference: row.reference.clone(),
        received_at: utc(row.received_at),
        status: status(&row.status)?,
        name: answers.person_name().to_string(),
        reasons,
        other_code_holder: !answers.same_code_holder(&of.answers()?),
    }))
}

/// What a case page shows besides the referral itself, read from the other tables.
pub struct CaseParts {
    pub history: Vec<EventRow>,
    pub merged_into: Option<String>,
    pub joined: Vec<String>,
    pub staff_actions: Vec<speakup_types::referral::StaffAction>,
    pub mandates: Vec<Mandate>,
    pub allocations: Vec<AllocationEntry>,
    pub shared_with: Vec<speakup_types::casework::CaseShare>,
}

/// A line per kind of advocacy the engine indicated or staff decided on.
fn mandate_lines(assessment: &Assessment, decided: Vec<Mandate>) -> Vec<MandateLine> {
    Advocacy::ALL
        .into_iter()
        .filter_map(|advocacy| {
            let indicated = assessment.results.iter().find(|r| r.advocacy == advocacy).map(|r| r.outcome);
            let decided = decided.iter().find(|m| m.advocacy == advocacy).cloned();
            let worth_a_line = decided.is_some() || indicated.is_some_and(|o| o != Outcome::NotMet);
            worth_a_line.then_some(MandateLine { advocacy, indicated, decided })
        })
        .collect()
}

pub fn detail(row: &ReferralRow, parts: CaseParts) -> Result<ReferralDetail, ReferralError> {
    let (referral, assessment) = (row.answers()?, row.assessment()?);
    let advocate = row.advocate_id.as_deref().map(|id| Uuid::parse_str(id).map_err(|_| ReferralError::Corrupt("advocate"))).transpose()?;
    let advocate_name = parts.allocations.iter().rev().find(|a| Some(a.advocate_id) == advocate).map(|a| a.first_name.clone());
    Ok(ReferralDetail {
        id: row.uuid()?,
        reference: row.reference.clone(),
        received_at: utc(row.received_at),
        status: status(&row.status)?,
        urgent: row.urgent_reasons(&referral, &assessment),
        mandates: mandate_lines(&assessment, parts.mandates),
        referral,
        assessment,
        history: events(&parts.history, stored_language(&row.language))?,
        language: row.language.clone(),
        merged_into: parts.merged_into,
        joined: parts.joined,
        code_reset_requested: row.code_reset_requested_at.is_some(),
        staff_actions: parts.staff_actions,
        version: row.version,
        area: row.area_id.as_deref().and_then(|a| Uuid::parse_str(a).ok()),
        advocate,
        advocate_name,
        allocations: parts.allocations,
        shared_with: parts.shared_with,
    })
}

/// Only status texts, notes and requests written for the person, the advocate's first name
/// and what was confirmed: nothing internal (no staff reasons, no legal basis, no notes).
pub fn tracked(row: &ReferralRow, history: &[EventRow], mandates: &[Mandate], advocate: Option<String>) -> Result<TrackedReferral, ReferralError> {
    use speakup_types::casework::MandateState;
    let status = status(&row.status)?;
    let advocate = advocate.filter(|_| status.stage() == speakup_types::status::Stage::WithAdvocate);
    Ok(TrackedReferral {
        reference: row.reference.clone(),
        status,
        status_text: status.person_text_in(stored_language(&row.language)).to_string(),
        history: events(history, stored_language(&row.language))?,
        advocate,
        advocacy: mandates.iter().filter(|m| m.state == MandateState::Confirmed).map(|m| m.advocacy).collect(),
        waiting_for: mandates
            .iter()
            .filter(|m| m.state == MandateState::AwaitingInformation)
            .filter_map(|m| m.information_needed.clone())
            .collect(),
        easy_read: row.answers()?.communication().easy_read,
        next_meeting: None,
        updates: Vec::new(),
        declined: None,
        reoffer_on: None,
        outcomes: Vec::new(),
        closure: None,
    })
}
