//! The triage queue: staff with a triage role list, open and decide on referrals.

use actix_web::{web, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::extract::Valid;
use speakup_platform::ApiError;
use speakup_types::identity::Role;
use speakup_platform::secrets::hash_secret;
use speakup_platform::db::DbConnection;
use speakup_types::casework::AuditAction;
use speakup_types::referral::{
    Decision, MergeRequest, NewCodeRequest, NewTrackingCode, QueueFilter, QueuePage, ReferralDetail, TriageDecision,
};
use speakup_types::status::ReferralStatus;
use uuid::Uuid;

use crate::error::ReferralError;
use crate::{allocation, audit, declines, mandates, queue, scope, store, tracking, views, Referrals};

/// The queue: triage and allocation work, urgent and earliest due first, filtered and paged.
pub async fn queue(
    referrals: web::Data<Referrals>,
    staff: Staff,
    filter: web::Query<QueueFilter>,
) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_triage)?;
    let filter = filter.into_inner();
    let page = referrals
        .db
        .run(move |conn| {
            let (rows, total, more_before, more_after) = queue::page(conn, &filter, filter.per_page())?;
            let lookups = views::ListLookups::load(conn, true)?;
            let items = rows.iter().map(|r| views::queue_item(r, &lookups)).collect::<Result<Vec<_>, _>>()?;
            let previous = if more_before { rows.first().map(|r| r.cursor()).transpose()?.map(|c| c.encode()) } else { None };
            let next = if more_after { rows.last().map(|r| r.cursor()).transpose()?.map(|c| c.encode()) } else { None };
            Ok::<_, ReferralError>(QueuePage { items, total: total as u64, next, previous })
        })
        .await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(page))
}

/// The whole case as staff see it.
pub(super) async fn load_detail(referrals: &Referrals, id: Uuid) -> Result<ReferralDetail, ReferralError> {
    referrals.db.run(move |conn| detail_of(conn, id)).await
}

fn detail_of(conn: &mut DbConnection, id: Uuid) -> Result<ReferralDetail, ReferralError> {
            let row = store::find(conn, id)?.ok_or(ReferralError::NotFound)?;
            let merged_into = match row.merged_into.as_deref().and_then(|t| Uuid::parse_str(t).ok()) {
                Some(target) => store::find(conn, target)?.map(|t| t.reference),
                None => None,
            };
            let parts = views::CaseParts {
                history: store::history(conn, &row.id)?,
                merged_into,
                joined: store::joined_into(conn, &row.id)?,
                staff_actions: crate::staff_actions::for_referral(conn, &row.id)?,
                mandates: mandates::for_referral(conn, &row.id)?,
                allocations: allocation::history(conn, &row.id)?,
                shared_with: crate::shares::of_case(conn, &row.id)?,
            };
            views::detail(&row, parts)
}

/// Opens a case: managers any, an advocate their own (any other is 404 to them).
pub async fn open(referrals: web::Data<Referrals>, staff: Staff, id: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    staff.require(Role::sees_cases)?;
    let who = audit::Actor::of(&staff);
    let (id, account, role) = (id.into_inner(), staff.user_id(), staff.role());
    // The view is recorded by the same request, in the same transaction, that reads the case.
    let detail = referrals
        .db
        .run(move |conn| {
            audit::audited(conn, id, &who, AuditAction::Viewed, |conn| {
                scope::open_case(conn, id, account, role)?;
                if role.can_triage() {
                    store::acknowledge(conn, id)?;
                }
                detail_of(conn, id)
            })
        })
        .await?;
    tracing::info!(referral = %detail.id, by = %staff.user_id(), "referral opened");
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(detail))
}

pub async fn decide(
    referrals: web::Data<Referrals>,
    staff: Staff,
    id: web::Path<Uuid>,
    body: Valid<TriageDecision>,
) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_triage)?;
    let who = audit::Actor::of(&staff);
    let id = id.into_inner();
    let TriageDecision { decision, reason_for_person, decline_reason, alternatives, where_to_go } = body.into_inner();
    let to = match decision {
        Decision::Accept => ReferralStatus::Accepted,
        Decision::Decline => ReferralStatus::Declined,
    };
    let trimmed = |text: Option<String>| text.map(|r| r.trim().to_string()).filter(|r| !r.is_empty());
    let (note, where_to_go) = (trimmed(reason_for_person), trimmed(where_to_go));
    let actor = staff.user_id();
    referrals
        .db
        .run(move |conn| {
            audit::audited(conn, id, &who, AuditAction::Decided, |conn| {
                store::decide(conn, id, to, note, actor)?;
                // Validation asked for a code with every decline.
                match decline_reason {
                    Some(reason) => declines::record(conn, id, reason, &alternatives, where_to_go.as_deref()),
                    None => Ok(()),
                }
            })
        })
        .await?;
    tracing::info!(referral = %id, by = %actor, to = to.as_str(), "referral decided");
    Ok(HttpResponse::Ok().json(load_detail(&referrals, id).await?))
}

pub async fn duplicates(referrals: web::Data<Referrals>, staff: Staff, id: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_triage)?;
    let id = id.into_inner();
    let found = referrals
        .db
        .run(move |conn| {
            let row = store::find(conn, id)?.ok_or(ReferralError::NotFound)?;
            let candidates = store::likely_duplicates(conn, &row)?;
            let mut found = Vec::new();
            for candidate in &candidates {
                found.extend(views::likely_duplicate(candidate, &row)?);
            }
            Ok::<_, ReferralError>(found)
        })
        .await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(found))
}

pub async fn merge(
    referrals: web::Data<Referrals>,
    staff: Staff,
    id: web::Path<Uuid>,
    body: Valid<MergeRequest>,
) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_triage)?;
    let who = audit::Actor::of(&staff);
    let MergeRequest { into, other_code_holder_warned } = body.into_inner();
    let (id, actor) = (id.into_inner(), staff.user_id());
    referrals
        .db
        .run(move |conn| audit::audited(conn, id, &who, AuditAction::Joined, |conn| store::merge(conn, id, into, other_code_holder_warned, actor)))
        .await?;
    tracing::info!(referral = %id, into = %into, by = %actor, "referral joined into another");
    Ok(HttpResponse::Ok().json(load_detail(&referrals, id).await?))
}

/// Issues a new tracking code: after the person asked for one through "I lost my code", or
/// with a reason. Shown once, to the member of staff who will pass it on through the person's
/// safe contact route; who did it, and why, stays in the referral's history.
pub async fn new_code(
    referrals: web::Data<Referrals>,
    staff: Staff,
    id: web::Path<Uuid>,
    body: Valid<NewCodeRequest>,
) -> Result<HttpResponse, ApiError> {
    staff.require(Role::can_triage)?;
    let who = audit::Actor::of(&staff);
    let (id, actor) = (id.into_inner(), staff.user_id());
    let reason = body.into_inner().reason.map(|r| r.trim().to_string()).filter(|r| !r.is_empty());
    let code = tracking::random_code();
    let normalised = tracking::normalise_code(&code);
    let hash = referrals.staff_hashing.run(move || hash_secret(&normalised)).await?;
    let reference =
        referrals
            .db
            .run(move |conn| audit::audited(conn, id, &who, AuditAction::NewCode, |conn| store::replace_code(conn, id, &hash, reason.as_deref(), actor)))
            .await?;
    tracing::info!(referral = %id, by = %actor, "new tracking code issued");
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(NewTrackingCode { reference, tracking_code: code }))
}
