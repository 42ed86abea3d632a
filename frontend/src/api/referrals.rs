//! Calls to the referrals service: sending and tracking a referral, and the staff's queue,
//! referral, duplicates and decisions.

use serde::Serialize;
use speakup_types::casework::{MoveMeetingRequest, RateOutcomesRequest};
use speakup_types::referral::{
    LikelyDuplicate, LostCode, MergeRequest, NewCodeRequest, NewTrackingCode, OnBehalfReferral, ProfessionalReferral, ProviderContact,
    ReferralDetail, SelfReferral, Submitted, TrackRequest, TrackedReferral, TriageDecision,
};
use uuid::Uuid;

use super::{anonymous_post, get, json, post, send, with_proof, ApiResult};

const REFERRALS: &str = "/api/referrals/v1";

// The public

/// Sends a referral with an answered challenge and its idempotency key.
async fn submit<B: Serialize>(route: &str, body: &B, idempotency_key: Uuid) -> ApiResult<Submitted> {
    let url = format!("{REFERRALS}/{route}");
    let key = idempotency_key.to_string();
    with_proof(REFERRALS, |answered| anonymous_post(&url, body, answered, &[("Idempotency-Key", &key)])).await
}

/// Sends a self-referral. A retry with the same key returns the first answer, never a second referral.
pub async fn submit_referral(body: &SelfReferral, idempotency_key: Uuid) -> ApiResult<Submitted> {
    submit("self-referrals", body, idempotency_key).await
}

/// Sends a referral made for someone else by their carer, relative or friend; retried like a self-referral.
pub async fn submit_on_behalf(body: &OnBehalfReferral, idempotency_key: Uuid) -> ApiResult<Submitted> {
    submit("on-behalf-referrals", body, idempotency_key).await
}

/// Sends a professional's referral; retried like a self-referral.
pub async fn submit_professional(body: &ProfessionalReferral, idempotency_key: Uuid) -> ApiResult<Submitted> {
    submit("professional-referrals", body, idempotency_key).await
}

/// The provider's phone line, for someone whose referral cannot wait.
pub async fn provider_contact() -> ApiResult<ProviderContact> {
    json(get(&format!("{REFERRALS}/provider-contact"))).await
}

pub async fn track(body: &TrackRequest) -> ApiResult<TrackedReferral> {
    json(post(&format!("{REFERRALS}/track"), body, None)).await
}

/// "I lost my code". The server answers the same whether or not a referral matched.
pub async fn lost_code(body: &LostCode) -> ApiResult<()> {
    send(post(&format!("{REFERRALS}/lost-code"), body, None)).await.map(|_| ())
}

// Staff

pub async fn referral(id: Uuid) -> ApiResult<ReferralDetail> {
    json(get(&format!("{REFERRALS}/referrals/{id}"))).await
}

pub async fn decide(id: Uuid, body: TriageDecision, csrf: String) -> ApiResult<ReferralDetail> {
    json(post(&format!("{REFERRALS}/referrals/{id}/decision"), &body, Some(&csrf))).await
}

/// Other referrals that may be about the same person, with the reasons.
pub async fn duplicates(id: Uuid) -> ApiResult<Vec<LikelyDuplicate>> {
    json(get(&format!("{REFERRALS}/referrals/{id}/duplicates"))).await
}

/// Joins referral `id` into `body.into`; answers with referral `id` as it now is.
pub async fn merge(id: Uuid, body: MergeRequest, csrf: String) -> ApiResult<ReferralDetail> {
    json(post(&format!("{REFERRALS}/referrals/{id}/merge"), &body, Some(&csrf))).await
}

/// The person asks from their tracking page for their next meeting to move.
pub async fn move_meeting(body: &MoveMeetingRequest) -> ApiResult<TrackedReferral> {
    json(post(&format!("{REFERRALS}/track/meeting-move"), body, None)).await
}

/// The person says, from their tracking page, how far the things they wanted happened.
pub async fn rate_outcomes(body: &RateOutcomesRequest) -> ApiResult<TrackedReferral> {
    json(post(&format!("{REFERRALS}/track/outcome-ratings"), body, None)).await
}

/// A new tracking code for a person who lost theirs, shown once and never stored in the clear;
/// `reason` is needed when the person did not ask through "I lost my code".
pub async fn new_code(id: Uuid, reason: Option<String>, csrf: String) -> ApiResult<NewTrackingCode> {
    json(post(&format!("{REFERRALS}/referrals/{id}/new-code"), &NewCodeRequest { reason }, Some(&csrf))).await
}

/// The person says no from their tracking page, with the same reference and code.
pub async fn withdraw(body: &TrackRequest) -> ApiResult<TrackedReferral> {
    json(post(&format!("{REFERRALS}/track/withdrawal"), body, None)).await
}
