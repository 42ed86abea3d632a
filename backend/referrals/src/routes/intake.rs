//! Making a referral: for yourself, or on behalf of someone else. Anonymous routes:
//! nothing about the device or connection is stored.

use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Utc;
use speakup_platform::extract::{content_language, Valid};
use speakup_platform::secrets::{hash_secret, verify_secret};
use speakup_platform::ApiError;
use speakup_types::entitlement;
use speakup_types::proof;
use speakup_types::referral::{OnBehalfReferral, ProfessionalReferral, ReferralAnswers, SelfReferral, Submitted};
use speakup_types::status::{ReferralStatus, Stage};
use uuid::Uuid;

use crate::error::ReferralError;
use crate::queue::ListColumns;
use crate::store::{self, Inserted, ReferralRow};
use crate::tracking;
use crate::views::stored_language;
use crate::Referrals;

/// The PWA sends a fresh UUID per referral; other clients any 16–100 URL-safe characters.
fn idempotency_key(req: &HttpRequest) -> Result<String, ReferralError> {
    let key = req
        .headers()
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .ok_or(ReferralError::IdempotencyKey)?;
    let valid = (16..=100).contains(&key.len()) && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if valid {
        Ok(key.to_string())
    } else {
        Err(ReferralError::IdempotencyKey)
    }
}

/// How long a retry may repeat a submission. Later, the same key is refused.
const REPLAY_WINDOW_HOURS: i64 = 24;

/// A fresh challenge to answer before sending a referral. Never stored; the answer is.
pub async fn challenge(referrals: web::Data<Referrals>) -> HttpResponse {
    HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(referrals.proof.challenge())
}

/// How to reach the provider now, for someone whose referral cannot wait.
pub async fn provider_contact(referrals: web::Data<Referrals>) -> HttpResponse {
    HttpResponse::Ok().insert_header(("Cache-Control", "public, max-age=300")).json(&referrals.provider)
}

pub async fn self_referral(
    referrals: web::Data<Referrals>,
    req: HttpRequest,
    body: Valid<SelfReferral>,
) -> Result<HttpResponse, ApiError> {
    submit(&referrals, &req, ReferralAnswers::SelfReferral(Box::new(body.into_inner()))).await
}

pub async fn on_behalf(
    referrals: web::Data<Referrals>,
    req: HttpRequest,
    body: Valid<OnBehalfReferral>,
) -> Result<HttpResponse, ApiError> {
    submit(&referrals, &req, ReferralAnswers::OnBehalf(Box::new(body.into_inner()))).await
}

pub async fn professional(
    referrals: web::Data<Referrals>,
    req: HttpRequest,
    body: Valid<ProfessionalReferral>,
) -> Result<HttpResponse, ApiError> {
    submit(&referrals, &req, ReferralAnswers::Professional(Box::new(body.into_inner()))).await
}

async fn submit(referrals: &Referrals, req: &HttpRequest, mut answers: ReferralAnswers) -> Result<HttpResponse, ApiError> {
    let key = idempotency_key(req)?;
    let digest = tracking::key_digest(referrals.master_secret.as_bytes(), &key);
    // Retries pay too: replaying a known key costs hashing like a new referral does.
    referrals.proof.check(req.headers().get(proof::HEADER).and_then(|v| v.to_str().ok()))?;
    let assessment = entitlement::assess(answers.eligibility());
    let equality = answers
        .take_equality()
        .map(|e| serde_json::to_string(&e))
        .transpose()
        .map_err(|_| ApiError::Internal("equality serialise".into()))?;
    let code = tracking::code_for(referrals.master_secret.as_bytes(), &key);
    let normalised = tracking::normalise_code(&code);
    // argon2 is slow on purpose: hash without holding a database connection.
    let code_hash = referrals.anonymous_hashing.run(move || hash_secret(&normalised)).await?;
    let now = Utc::now().naive_utc();
    let urgent = !answers.urgent_reasons(&assessment, now.date()).is_empty();
    let keys = answers.person_keys();
    let holder = answers.holder_keys();
    let (list_row, list_advocacy) = ListColumns::of(&answers, &assessment, now.date());
    let row = ReferralRow {
        id: Uuid::now_v7().to_string(),
        reference: tracking::new_reference(),
        idempotency_key: digest,
        tracking_code_hash: code_hash,
        route: answers.route().into(),
        status: ReferralStatus::Received.as_str().into(),
        urgent,
        answers: serde_json::to_string(&answers).map_err(|_| ApiError::Internal("answers serialise".into()))?,
        assessment: serde_json::to_string(&assessment).map_err(|_| ApiError::Internal("assessment serialise".into()))?,
        received_at: now,
        updated_at: now,
        match_name: keys.name,
        match_phone: keys.phone,
        match_email: keys.email,
        match_dob: keys.date_of_birth.map(|d| d.to_string()),
        merged_into: None,
        code_reset_requested_at: None,
        holder_phone: holder.phone,
        holder_email: holder.email,
        language: content_language(req).code().to_string(),
        equality_answered: equality.is_some(),
        stage: Stage::Triage.number(),
        version: 1,
        area_id: None,
        advocate_id: None,
        acknowledged_at: None,
        triaged_at: None,
        allocated_at: None,
        first_contact_at: None,
        list_row: Some(list_row),
        list_advocacy: Some(list_advocacy),
        due_at: None,
    };
    let (inserted, row) =
        referrals.db.run(move |conn| store::insert(conn, row, equality.as_deref(), tracking::new_reference)).await?;
    let (http, stored) = match inserted {
        Inserted::Created => {
            tracing::info!(referral = %row.id, urgent = row.urgent, "referral received");
            (HttpResponse::Created(), row)
        }
        Inserted::AlreadyExists(existing) => (HttpResponse::Ok(), replay(referrals, *existing, &row.answers, &code).await?),
    };
    let status = ReferralStatus::parse(&stored.status).ok_or(ReferralError::Corrupt("status"))?;
    let assessment = stored.assessment()?;
    let urgent = stored.urgent_reasons(&stored.answers()?, &assessment);
    let mut http = http;
    Ok(http.insert_header(("Cache-Control", "no-store")).json(Submitted {
        reference: stored.reference,
        tracking_code: code,
        status,
        status_text: status.person_text_in(stored_language(&stored.language)).to_string(),
        assessment,
        urgent,
    }))
}

/// A retry gets the first answer back only when it repeats the same answers, within the
/// replay window, and the code still matches what was stored. Anything else would hand
/// one person's code to another, or silently drop a correction.
async fn replay(referrals: &Referrals, existing: ReferralRow, answers: &str, code: &str) -> Result<ReferralRow, ApiError> {
    let fresh = Utc::now().naive_utc() - existing.received_at < chrono::Duration::hours(REPLAY_WINDOW_HOURS);
    if existing.answers != answers || !fresh {
        return Err(ReferralError::IdempotencyKeyReused.into());
    }
    let (normalised, hash) = (tracking::normalise_code(code), existing.tracking_code_hash.clone());
    let matches = referrals.anonymous_hashing.run(move || verify_secret(&normalised, &hash)).await?;
    if !matches {
        return Err(ReferralError::IdempotencyKeyReused.into());
    }
    Ok(existing)
}
