//! Stored rows turned into what people and staff are shown.

use chrono::{DateTime, Utc};
use speakup_types::entitlement::Assessment;
use speakup_types::referral::{
    match_reasons, summary, LikelyDuplicate, PersonKeys, QueueItem, ReferralAnswers, ReferralDetail, StatusEvent,
    TrackedReferral, UrgentReason,
};
use speakup_locales::Language;
use speakup_types::status::ReferralStatus;
use uuid::Uuid;

use crate::error::ReferralError;
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

    fn uuid(&self) -> Result<Uuid, ReferralError> {
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

pub fn queue_item(row: &ReferralRow) -> Result<QueueItem, ReferralError> {
    let answers = row.answers()?;
    Ok(QueueItem {
        id: row.uuid()?,
        reference: row.reference.clone(),
        received_at: utc(row.received_at),
        status: status(&row.status)?,
        urgent: row.urgent_reasons(&answers, &row.assessment()?),
        name: answers.person_name().to_string(),
        summary: summary(answers.help_with(), 20),
        reasons: answers.reasons().to_vec(),
        code_reset_requested: row.code_reset_requested_at.is_some(),
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

pub fn detail(
    row: &ReferralRow,
    history: &[EventRow],
    merged_into: Option<String>,
    joined: Vec<String>,
    staff_actions: Vec<speakup_types::referral::StaffAction>,
) -> Result<ReferralDetail, ReferralError> {
    let (referral, assessment) = (row.answers()?, row.assessment()?);
    Ok(ReferralDetail {
        id: row.uuid()?,
        reference: row.reference.clone(),
        received_at: utc(row.received_at),
        status: status(&row.status)?,
        urgent: row.urgent_reasons(&referral, &assessment),
        referral,
        assessment,
        history: events(history, stored_language(&row.language))?,
        language: row.language.clone(),
        merged_into,
        joined,
        code_reset_requested: row.code_reset_requested_at.is_some(),
        staff_actions,
    })
}

/// Only status texts and notes written for the person: nothing internal.
pub fn tracked(row: &ReferralRow, history: &[EventRow]) -> Result<TrackedReferral, ReferralError> {
    let status = status(&row.status)?;
    Ok(TrackedReferral {
        reference: row.reference.clone(),
        status,
        status_text: status.person_text_in(stored_language(&row.language)).to_string(),
        history: events(history, stored_language(&row.language))?,
    })
}
