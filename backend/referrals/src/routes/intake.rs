//! Self-referral. Anonymous route: nothing about the device or connection is stored.

use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Utc;
use speakup_platform::extract::Valid;
use speakup_platform::secrets::hash_secret;
use speakup_platform::ApiError;
use speakup_types::entitlement::{self, Assessment, Flag};
use speakup_types::referral::{SelfReferral, Submitted};
use speakup_types::status::ReferralStatus;
use uuid::Uuid;

use crate::error::ReferralError;
use crate::store::{self, Inserted, ReferralRow};
use crate::tracking;
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

/// Referrals the triage team should see first.
fn is_urgent(assessment: &Assessment) -> bool {
    assessment.flags.iter().any(|flag| matches!(flag, Flag::UrgentSafeguarding | Flag::IsolationOrSeclusion))
}

pub async fn self_referral(
    referrals: web::Data<Referrals>,
    req: HttpRequest,
    body: Valid<SelfReferral>,
) -> Result<HttpResponse, ApiError> {
    let key = idempotency_key(&req)?;
    let answers = body.into_inner();
    let assessment = entitlement::assess(&answers.eligibility);
    let code = tracking::code_for(&referrals.master_secret, &key);
    let now = Utc::now().naive_utc();
    let row = ReferralRow {
        id: Uuid::now_v7().to_string(),
        reference: tracking::new_reference(),
        idempotency_key: key,
        tracking_code_hash: String::new(),
        route: "self".into(),
        status: ReferralStatus::Received.as_str().into(),
        urgent: is_urgent(&assessment),
        answers: serde_json::to_string(&answers).map_err(|_| ApiError::Internal("answers serialise".into()))?,
        assessment: serde_json::to_string(&assessment).map_err(|_| ApiError::Internal("assessment serialise".into()))?,
        received_at: now,
        updated_at: now,
    };
    let normalised = tracking::normalise_code(&code);
    let (inserted, row) = referrals
        .db
        .run(move |conn| {
            let row = ReferralRow { tracking_code_hash: hash_secret(&normalised), ..row };
            store::insert(conn, row, tracking::new_reference)
        })
        .await?;
    let (http, stored) = match inserted {
        Inserted::Created => {
            tracing::info!(referral = %row.id, urgent = row.urgent, "referral received");
            (HttpResponse::Created(), row)
        }
        Inserted::AlreadyExists(existing) => (HttpResponse::Ok(), *existing),
    };
    let status = ReferralStatus::parse(&stored.status).ok_or(ReferralError::Corrupt("status"))?;
    let assessment = serde_json::from_str(&stored.assessment).map_err(|_| ReferralError::Corrupt("assessment"))?;
    let mut http = http;
    Ok(http.insert_header(("Cache-Control", "no-store")).json(Submitted {
        reference: stored.reference,
        tracking_code: code,
        status,
        status_text: status.person_text().to_string(),
        assessment,
    }))
}
