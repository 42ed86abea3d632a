//! Raised issues, which anyone may read and follow; "this happens to me too", which anyone may
//! say without an account (a bare count, paid for with a proof of work like every anonymous
//! request); the addressee's responses; and the provider's themes on them.

use actix_web::{web, HttpRequest, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::extract::Valid;
use speakup_platform::http::no_store;
use speakup_platform::ApiError;
use speakup_types::feedback::SetThemes;
use speakup_types::identity::Role;
use speakup_types::issues::{Addressee, IssueFilter, MeToo, NewResponse};
use speakup_types::page::{Page, PageRequest};
use speakup_types::proof;
use uuid::Uuid;

use crate::error::FeedbackError;
use crate::{issue_history, issue_views, issues, themes, views, Feedback};

pub async fn list(service: web::Data<Feedback>, filter: web::Query<IssueFilter>) -> Result<HttpResponse, ApiError> {
    let filter = filter.into_inner();
    let page = PageRequest { page: filter.page.unwrap_or(1), per_page: filter.per_page.unwrap_or(20) }.clamped();
    let listed = service
        .db
        .run(move |conn| {
            let (rows, total) = issues::public(conn, &filter, page)?;
            let items = issue_views::summaries(&rows, &issues::support_counts(conn, &rows)?)?;
            Ok::<_, FeedbackError>(Page { items, page: page.page, per_page: page.per_page, total: total as u64 })
        })
        .await?;
    Ok(no_store(listed))
}

/// An issue's page with its history, supports and count; a draft is not found.
pub(super) async fn load(service: &Feedback, id: Uuid, group: Option<Uuid>) -> Result<HttpResponse, ApiError> {
    let detail = service
        .db
        .run(move |conn| {
            let row = match group {
                Some(group) => issues::find_for_group(conn, id, group)?,
                None => issues::find_public(conn, id)?,
            };
            let events = issue_history::events(conn, &row.id)?;
            let supports = issue_history::supports(conn, &row.id)?;
            issue_views::detail(&row, &events, &supports)
        })
        .await?;
    Ok(no_store(detail))
}

pub async fn open(service: web::Data<Feedback>, id: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    load(&service, id.into_inner(), None).await
}

pub async fn me_too(service: web::Data<Feedback>, req: HttpRequest, id: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    service.proof.check(req.headers().get(proof::HEADER).and_then(|v| v.to_str().ok())).map_err(FeedbackError::from)?;
    let id = id.into_inner();
    let count = service.db.run(move |conn| issues::add_me_too(conn, id)).await?;
    Ok(no_store(MeToo { me_too: u64::try_from(count).unwrap_or(0) }))
}

/// The addressee moves the issue on, with words in plain English and in Easy Read when it
/// has some. Only the role that answers for the addressee may (see `Addressee::answered_by`).
pub async fn respond(service: web::Data<Feedback>, staff: Staff, id: web::Path<Uuid>, body: Valid<NewResponse>) -> Result<HttpResponse, ApiError> {
    staff.require(|role| Addressee::answered_by_role(role).is_some())?;
    let (id, role, by, answer) = (id.into_inner(), staff.role(), staff.user_id(), body.into_inner());
    service.db.run(move |conn| issue_history::respond(conn, id, role, &answer, by)).await?;
    tracing::info!(issue = %id, by = %by, "collective issue answered");
    load(&service, id, None).await
}

/// The provider's themes on an issue: its admins tag, and see counts beside feedback's.
pub async fn themes_of(service: web::Data<Feedback>, staff: Staff, id: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    staff.require(|role| role == Role::Admin)?;
    let id = id.into_inner();
    let tagged = service
        .db
        .run(move |conn| {
            let row = issues::find_public(conn, id)?;
            themes::of_issue(conn, &row.id)?.iter().map(views::theme).collect::<Result<Vec<_>, _>>()
        })
        .await?;
    Ok(no_store(tagged))
}

pub async fn tag(service: web::Data<Feedback>, staff: Staff, id: web::Path<Uuid>, body: Valid<SetThemes>) -> Result<HttpResponse, ApiError> {
    staff.require(|role| role == Role::Admin)?;
    let (id, wanted) = (id.into_inner(), body.into_inner().themes);
    let tagged = service
        .db
        .run(move |conn| {
            let row = issues::find_public(conn, id)?;
            themes::set_for_issue(conn, &row.id, &wanted)?;
            themes::of_issue(conn, &row.id)?.iter().map(views::theme).collect::<Result<Vec<_>, _>>()
        })
        .await?;
    Ok(no_store(tagged))
}
