//! The inbox of the provider's managers and of commissioners: each reads only what was
//! addressed to them (the other side's is never found), replies, tags with themes, and hides
//! abusive feedback. Both see counts of everything.

use actix_web::{web, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::extract::Valid;
use speakup_platform::http::no_store;
use speakup_platform::ApiError;
use speakup_types::feedback::{Count, FeedbackFilter, FeedbackSummary, Reader, Reply, Sender, SetHidden, SetThemes};
use speakup_types::page::{Page, PageRequest};
use uuid::Uuid;

use crate::error::FeedbackError;
use crate::{actions, feedback, messages, themes, views, Feedback};

/// The reader this member of staff reads for; 403 for roles that read no feedback.
fn reader(staff: &Staff) -> Result<Reader, ApiError> {
    staff.require(|role| Reader::for_role(role).is_some())?;
    Reader::for_role(staff.role()).ok_or(ApiError::Forbidden("error-role-not-allowed"))
}

pub async fn list(service: web::Data<Feedback>, staff: Staff, filter: web::Query<FeedbackFilter>) -> Result<HttpResponse, ApiError> {
    let reader = reader(&staff)?;
    let filter = filter.into_inner();
    let page = PageRequest { page: filter.page.unwrap_or(1), per_page: filter.per_page.unwrap_or(20) }.clamped();
    let listed = service
        .db
        .run(move |conn| {
            let (rows, total) = feedback::inbox(conn, reader, &filter, page)?;
            let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
            let tags = themes::of_feedback(conn, &ids)?;
            let items = rows.iter().map(|r| views::item(r, &tags)).collect::<Result<Vec<_>, _>>()?;
            Ok::<_, FeedbackError>(Page { items, page: page.page, per_page: page.per_page, total: total as u64 })
        })
        .await?;
    Ok(no_store(listed))
}

async fn load(service: &Feedback, id: Uuid, reader: Reader) -> Result<speakup_types::feedback::FeedbackDetail, FeedbackError> {
    service
        .db
        .run(move |conn| {
            let row = feedback::find_for(conn, id, reader)?;
            let messages = messages::for_feedback(conn, &row.id)?;
            let tags = themes::of_feedback(conn, std::slice::from_ref(&row.id))?;
            let history = actions::for_feedback(conn, &row.id)?;
            views::detail(&row, &messages, &tags, &history)
        })
        .await
}

pub async fn open(service: web::Data<Feedback>, staff: Staff, id: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let reader = reader(&staff)?;
    Ok(no_store(load(&service, id.into_inner(), reader).await?))
}

pub async fn reply(service: web::Data<Feedback>, staff: Staff, id: web::Path<Uuid>, body: Valid<Reply>) -> Result<HttpResponse, ApiError> {
    let reader = reader(&staff)?;
    let (id, by, body) = (id.into_inner(), staff.user_id(), body.into_inner().body);
    service
        .db
        .run(move |conn| {
            let row = feedback::find_for(conn, id, reader)?;
            if row.receipt_digest.is_none() {
                return Err(FeedbackError::CannotReply);
            }
            messages::add(conn, &row.id, reader.into(), body.trim(), Some(by))
        })
        .await?;
    tracing::info!(feedback = %id, by = %by, "feedback answered");
    Ok(no_store(load(&service, id, reader).await?))
}

pub async fn tag(service: web::Data<Feedback>, staff: Staff, id: web::Path<Uuid>, body: Valid<SetThemes>) -> Result<HttpResponse, ApiError> {
    let reader = reader(&staff)?;
    let (id, wanted) = (id.into_inner(), body.into_inner().themes);
    service
        .db
        .run(move |conn| {
            let row = feedback::find_for(conn, id, reader)?;
            themes::set_for_feedback(conn, &row.id, &wanted)
        })
        .await?;
    Ok(no_store(load(&service, id, reader).await?))
}

pub async fn hide(service: web::Data<Feedback>, staff: Staff, id: web::Path<Uuid>, body: Valid<SetHidden>) -> Result<HttpResponse, ApiError> {
    let reader = reader(&staff)?;
    let (id, by, hidden) = (id.into_inner(), staff.user_id(), body.into_inner().hidden);
    service.db.run(move |conn| feedback::set_hidden(conn, id, reader, hidden, by)).await?;
    tracing::info!(feedback = %id, by = %by, hidden, "feedback hidden or shown");
    Ok(no_store(load(&service, id, reader).await?))
}

/// Counts: how much each reader was sent (all either side may know of the other's), and the
/// caller's own broken down by sender, overall rating and theme.
pub async fn summary(service: web::Data<Feedback>, staff: Staff) -> Result<HttpResponse, ApiError> {
    let reader = reader(&staff)?;
    let summary = service
        .db
        .run(move |conn| {
            let counts = feedback::counts(conn, reader)?;
            let by_theme = themes::counts(conn, reader)?;
            let issues_by_theme = themes::issue_counts(conn)?;
            let count = |n: i64| n.max(0) as u64;
            Ok::<_, FeedbackError>(FeedbackSummary {
                by_reader: Reader::ALL
                    .iter()
                    .map(|r| Count { of: *r, count: count(counts.by_reader.iter().find(|(c, _)| c == r.code()).map_or(0, |(_, n)| *n)) })
                    .collect(),
                by_sender: Sender::ALL
                    .iter()
                    .map(|s| Count { of: *s, count: count(counts.by_sender.iter().find(|(c, _)| c == s.code()).map_or(0, |(_, n)| *n)) })
                    .collect(),
                by_overall: (1..=5u8)
                    .map(|o| Count { of: o, count: count(counts.by_overall.iter().find(|(c, _)| *c == Some(i32::from(o))).map_or(0, |(_, n)| *n)) })
                    .collect(),
                by_theme: by_theme.iter().map(|(t, n)| Ok(Count { of: views::theme(t)?, count: count(*n) })).collect::<Result<_, FeedbackError>>()?,
                issues_by_theme: issues_by_theme
                    .iter()
                    .map(|(t, n)| Ok(Count { of: views::theme(t)?, count: count(*n) }))
                    .collect::<Result<_, FeedbackError>>()?,
            })
        })
        .await?;
    Ok(no_store(summary))
}
