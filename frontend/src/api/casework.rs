//! Calls to the referrals service for the work after triage: the queue's filters and pages,
//! mandates, the case's area, suggested advocates and allocation, advocates' profiles, an
//! advocate's own cases, and the provider's lists and waiting targets.

use serde::Serialize;
use speakup_types::casework::{
    AboutMe, Allocate, AdvocateProfile, AdvocateWork, Casework, CatalogueKind, ClosureChange, ConcernChange, ConcernToChase, EntryChange, HandOverAll, HandedOver, MandateDecision, NameChange, Named,
    NewConcernStep, NewOutcomeReview, NewPersonUpdate, OutcomeChange, RatingChange, Reoffer, ReofferOutcome, SafeguardingSettings, ShareChange, StatusChange, SuggestedAdvocate, TargetChange, WaitTarget, WayOfWorkingChange,
};
use speakup_types::entitlement::Advocacy;
use speakup_types::referral::{AreaChoice, QueueFilter, QueueItem, QueuePage, ReferralDetail};
use uuid::Uuid;

use super::{get, json, post, send, ApiResult};

const REFERRALS: &str = "/api/referrals/v1";

fn put<B: Serialize>(url: &str, body: &B, csrf: &str) -> Result<gloo::net::http::Request, gloo::net::Error> {
    gloo::net::http::Request::put(url).header("Accept", "application/json").header("X-CSRF-Token", csrf).json(body)
}

/// The filter as the queue's address query: only what is set, codes as the API spells them.
fn query(filter: &QueueFilter) -> String {
    let mut parts = Vec::new();
    if let Some(status) = filter.status {
        parts.push(format!("status={}", status.as_str()));
    }
    if let Some(stage) = filter.stage {
        parts.push(format!("stage={}", serde_json::to_value(stage).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()));
    }
    if filter.urgent {
        parts.push("urgent=true".into());
    }
    if let Some(route) = &filter.route {
        parts.push(format!("route={route}"));
    }
    if let Some(area) = filter.area {
        parts.push(format!("area={area}"));
    }
    if let Some(advocacy) = filter.advocacy {
        parts.push(format!("advocacy={}", advocacy.code()));
    }
    if let Some(after) = &filter.after {
        parts.push(format!("after={after}"));
    }
    if let Some(before) = &filter.before {
        parts.push(format!("before={before}"));
    }
    parts.join("&")
}

pub async fn queue(filter: QueueFilter) -> ApiResult<QueuePage> {
    json(get(&format!("{REFERRALS}/referrals?{}", query(&filter)))).await
}

pub async fn decide_mandate(id: Uuid, advocacy: Advocacy, body: MandateDecision, csrf: String) -> ApiResult<ReferralDetail> {
    json(put(&format!("{REFERRALS}/referrals/{id}/mandates/{}", advocacy.code()), &body, &csrf)).await
}

pub async fn choose_area(id: Uuid, body: AreaChoice, csrf: String) -> ApiResult<ReferralDetail> {
    json(put(&format!("{REFERRALS}/referrals/{id}/area"), &body, &csrf)).await
}

pub async fn suggestions(id: Uuid) -> ApiResult<Vec<SuggestedAdvocate>> {
    json(get(&format!("{REFERRALS}/referrals/{id}/suggestions"))).await
}

pub async fn allocate(id: Uuid, body: Allocate, csrf: String) -> ApiResult<ReferralDetail> {
    json(post(&format!("{REFERRALS}/referrals/{id}/allocation"), &body, Some(&csrf))).await
}

pub async fn share_case(id: Uuid, advocate: Uuid, body: ShareChange, csrf: String) -> ApiResult<ReferralDetail> {
    json(put(&format!("{REFERRALS}/referrals/{id}/shares/{advocate}"), &body, &csrf)).await
}

pub async fn unshare_case(id: Uuid, advocate: Uuid, body: ShareChange, csrf: String) -> ApiResult<ReferralDetail> {
    let url = format!("{REFERRALS}/referrals/{id}/shares/{advocate}");
    json(gloo::net::http::Request::delete(&url).header("Accept", "application/json").header("X-CSRF-Token", &csrf).json(&body)).await
}

/// IMHA re-offers due, soonest first.
pub async fn reoffers() -> ApiResult<Vec<Reoffer>> {
    json(get(&format!("{REFERRALS}/reoffers"))).await
}

/// What the person said when offered again; the list as it is after.
pub async fn answer_reoffer(id: Uuid, body: ReofferOutcome, csrf: String) -> ApiResult<Vec<Reoffer>> {
    json(post(&format!("{REFERRALS}/reoffers/{id}"), &body, Some(&csrf))).await
}

pub async fn my_cases() -> ApiResult<Vec<QueueItem>> {
    json(get(&format!("{REFERRALS}/my-cases"))).await
}

pub async fn caseload_of(advocate: Uuid) -> ApiResult<Vec<QueueItem>> {
    json(get(&format!("{REFERRALS}/advocates/{advocate}/cases"))).await
}

pub async fn hand_over_all(advocate: Uuid, body: HandOverAll, csrf: String) -> ApiResult<HandedOver> {
    json(post(&format!("{REFERRALS}/advocates/{advocate}/handover"), &body, Some(&csrf))).await
}

pub async fn advocates() -> ApiResult<Vec<AdvocateProfile>> {
    json(get(&format!("{REFERRALS}/advocates"))).await
}

pub async fn my_profile() -> ApiResult<AdvocateProfile> {
    json(get(&format!("{REFERRALS}/advocates/me"))).await
}

pub async fn save_my_profile(body: AboutMe, csrf: String) -> ApiResult<AdvocateProfile> {
    json(put(&format!("{REFERRALS}/advocates/me"), &body, &csrf)).await
}

pub async fn save_advocate_work(id: Uuid, body: AdvocateWork, csrf: String) -> ApiResult<AdvocateProfile> {
    json(put(&format!("{REFERRALS}/advocates/{id}/work"), &body, &csrf)).await
}

pub async fn catalogue(kind: CatalogueKind) -> ApiResult<Vec<Named>> {
    json(get(&format!("{REFERRALS}/catalogue/{}", kind.code()))).await
}

pub async fn add_to_catalogue(kind: CatalogueKind, body: NameChange, csrf: String) -> ApiResult<Named> {
    json(post(&format!("{REFERRALS}/catalogue/{}", kind.code()), &body, Some(&csrf))).await
}

pub async fn change_in_catalogue(kind: CatalogueKind, id: Uuid, body: NameChange, csrf: String) -> ApiResult<Named> {
    json(put(&format!("{REFERRALS}/catalogue/{}/{id}", kind.code()), &body, &csrf)).await
}

pub async fn wait_targets() -> ApiResult<Vec<WaitTarget>> {
    json(get(&format!("{REFERRALS}/wait-targets"))).await
}

pub async fn set_wait_targets(body: TargetChange, csrf: String) -> ApiResult<WaitTarget> {
    json(put(&format!("{REFERRALS}/wait-targets"), &body, &csrf)).await
}

pub async fn remove_wait_target(id: Uuid, csrf: String) -> ApiResult<()> {
    let request = gloo::net::http::Request::delete(&format!("{REFERRALS}/wait-targets/{id}")).header("X-CSRF-Token", &csrf).build();
    send(request).await.map(|_| ())
}

pub async fn casework(id: Uuid) -> ApiResult<Casework> {
    json(get(&format!("{REFERRALS}/referrals/{id}/casework"))).await
}

pub async fn add_entry(id: Uuid, body: EntryChange, csrf: String) -> ApiResult<Casework> {
    json(post(&format!("{REFERRALS}/referrals/{id}/casework"), &body, Some(&csrf))).await
}

pub async fn change_entry(id: Uuid, entry: Uuid, body: EntryChange, csrf: String) -> ApiResult<Casework> {
    json(put(&format!("{REFERRALS}/referrals/{id}/casework/{entry}"), &body, &csrf)).await
}

pub async fn record_way_of_working(id: Uuid, body: WayOfWorkingChange, csrf: String) -> ApiResult<Casework> {
    json(put(&format!("{REFERRALS}/referrals/{id}/way-of-working"), &body, &csrf)).await
}

pub async fn add_outcome(id: Uuid, body: OutcomeChange, csrf: String) -> ApiResult<Casework> {
    json(post(&format!("{REFERRALS}/referrals/{id}/outcomes"), &body, Some(&csrf))).await
}

pub async fn change_outcome(id: Uuid, outcome: Uuid, body: OutcomeChange, csrf: String) -> ApiResult<Casework> {
    json(put(&format!("{REFERRALS}/referrals/{id}/outcomes/{outcome}"), &body, &csrf)).await
}

pub async fn review_outcome(id: Uuid, outcome: Uuid, body: NewOutcomeReview, csrf: String) -> ApiResult<Casework> {
    json(post(&format!("{REFERRALS}/referrals/{id}/outcomes/{outcome}/reviews"), &body, Some(&csrf))).await
}

pub async fn rate_outcome(id: Uuid, outcome: Uuid, body: RatingChange, csrf: String) -> ApiResult<Casework> {
    json(put(&format!("{REFERRALS}/referrals/{id}/outcomes/{outcome}/rating"), &body, &csrf)).await
}

pub async fn record_closure(id: Uuid, body: ClosureChange, csrf: String) -> ApiResult<Casework> {
    json(put(&format!("{REFERRALS}/referrals/{id}/closure"), &body, &csrf)).await
}

pub async fn add_concern(id: Uuid, body: ConcernChange, csrf: String) -> ApiResult<Casework> {
    json(post(&format!("{REFERRALS}/referrals/{id}/concerns"), &body, Some(&csrf))).await
}

pub async fn change_concern(id: Uuid, concern: Uuid, body: ConcernChange, csrf: String) -> ApiResult<Casework> {
    json(put(&format!("{REFERRALS}/referrals/{id}/concerns/{concern}"), &body, &csrf)).await
}

pub async fn concern_step(id: Uuid, concern: Uuid, body: NewConcernStep, csrf: String) -> ApiResult<Casework> {
    json(post(&format!("{REFERRALS}/referrals/{id}/concerns/{concern}/steps"), &body, Some(&csrf))).await
}

pub async fn concerns_to_chase() -> ApiResult<Vec<ConcernToChase>> {
    json(get(&format!("{REFERRALS}/concerns-to-chase"))).await
}

pub async fn safeguarding_settings() -> ApiResult<SafeguardingSettings> {
    json(get(&format!("{REFERRALS}/safeguarding-settings"))).await
}

pub async fn set_safeguarding_settings(body: SafeguardingSettings, csrf: String) -> ApiResult<SafeguardingSettings> {
    json(put(&format!("{REFERRALS}/safeguarding-settings"), &body, &csrf)).await
}

pub async fn write_update(id: Uuid, body: NewPersonUpdate, csrf: String) -> ApiResult<Casework> {
    json(post(&format!("{REFERRALS}/referrals/{id}/updates"), &body, Some(&csrf))).await
}

pub async fn move_case(id: Uuid, body: StatusChange, csrf: String) -> ApiResult<ReferralDetail> {
    json(post(&format!("{REFERRALS}/referrals/{id}/status"), &body, Some(&csrf))).await
}

pub async fn case_audit(id: Uuid) -> ApiResult<Vec<speakup_types::casework::AuditEntry>> {
    json(get(&format!("{REFERRALS}/referrals/{id}/audit"))).await
}

/// The address of the CSV of every case's record between two days.
pub fn audit_csv_url(from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    format!("{REFERRALS}/audit.csv?from={from}&to={to}")
}
