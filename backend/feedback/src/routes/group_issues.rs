//! A group's own issues: drafts its members write together, raising one once the group is
//! verified, and supporting other groups' issues. A member reaches only their group's drafts.

use actix_web::{web, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::extract::Valid;
use speakup_platform::http::no_store;
use speakup_platform::ApiError;
use speakup_types::identity::groups::GroupMembership;
use speakup_types::identity::Role;
use speakup_types::issues::{IssueCreated, IssueDraft, NewSupport};
use uuid::Uuid;

use crate::error::FeedbackError;
use crate::issue_history;
use crate::{issue_views, issues, Feedback};

/// The group of a signed-in member; 403 for every other role.
fn member(staff: &Staff) -> Result<GroupMembership, ApiError> {
    staff.require(|role| role == Role::Group)?;
    staff.principal.group.clone().ok_or(ApiError::Forbidden("error-role-not-allowed"))
}

/// The group of a member whose group a provider admin has verified: only such a group speaks
/// in public (raises an issue, supports another's).
fn verified_member(staff: &Staff) -> Result<GroupMembership, ApiError> {
    let group = member(staff)?;
    if group.verified { Ok(group) } else { Err(FeedbackError::GroupNotVerified.into()) }
}

pub async fn list(service: web::Data<Feedback>, staff: Staff) -> Result<HttpResponse, ApiError> {
    let group = member(&staff)?;
    let listed = service
        .db
        .run(move |conn| {
            let rows = issues::of_group(conn, group.id)?;
            issue_views::summaries(&rows, &issues::support_counts(conn, &rows)?)
        })
        .await?;
    Ok(no_store(listed))
}

pub async fn start(service: web::Data<Feedback>, staff: Staff, body: Valid<IssueDraft>) -> Result<HttpResponse, ApiError> {
    let group = member(&staff)?;
    let text = body.into_inner();
    let id = service.db.run(move |conn| issues::start(conn, group.id, &group.name, &text)).await?;
    Ok(HttpResponse::Created().insert_header(("Cache-Control", "no-store")).json(IssueCreated { id }))
}

pub async fn open(service: web::Data<Feedback>, staff: Staff, id: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let group = member(&staff)?;
    super::issues::load(&service, id.into_inner(), Some(group.id)).await
}

pub async fn save(service: web::Data<Feedback>, staff: Staff, id: web::Path<Uuid>, body: Valid<IssueDraft>) -> Result<HttpResponse, ApiError> {
    let group = member(&staff)?;
    let (id, text) = (id.into_inner(), body.into_inner());
    service.db.run(move |conn| issues::save_draft(conn, id, group.id, &text)).await?;
    super::issues::load(&service, id, Some(group.id)).await
}

/// Raises a draft: every part must be there (each missing one is a field error), and the
/// group must be verified. It is public from now on, and its words are fixed.
pub async fn raise(service: web::Data<Feedback>, staff: Staff, id: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let group = verified_member(&staff)?;
    let (id, by) = (id.into_inner(), staff.user_id());
    service.db.run(move |conn| issue_history::raise(conn, id, group.id, by)).await?;
    tracing::info!(issue = %id, group = %group.id, "collective issue raised");
    super::issues::load(&service, id, Some(group.id)).await
}

/// Another group stands behind an issue, with a line of its own; once per group, never its own.
pub async fn support(service: web::Data<Feedback>, staff: Staff, id: web::Path<Uuid>, body: Valid<NewSupport>) -> Result<HttpResponse, ApiError> {
    let group = verified_member(&staff)?;
    let (id, line) = (id.into_inner(), body.into_inner().line);
    service.db.run(move |conn| issue_history::support(conn, id, &group, &line)).await?;
    super::issues::load(&service, id, None).await
}
