//! The themes feedback (and later collective issues) are tagged with: the provider's list,
//! kept by its admins; commissioners may read it to tag what was sent to them.

use actix_web::{web, HttpResponse};
use speakup_platform::auth::Staff;
use speakup_platform::extract::Valid;
use speakup_platform::http::no_store;
use speakup_platform::ApiError;
use speakup_types::feedback::{NewTheme, Reader, ThemeActive};
use speakup_types::identity::Role;
use uuid::Uuid;

use crate::error::FeedbackError;
use crate::{themes, views, Feedback};

pub async fn list(service: web::Data<Feedback>, staff: Staff) -> Result<HttpResponse, ApiError> {
    staff.require(|role| Reader::for_role(role).is_some())?;
    let listed = service
        .db
        .run(|conn| themes::all(conn)?.iter().map(views::theme).collect::<Result<Vec<_>, FeedbackError>>())
        .await?;
    Ok(no_store(listed))
}

pub async fn add(service: web::Data<Feedback>, staff: Staff, body: Valid<NewTheme>) -> Result<HttpResponse, ApiError> {
    staff.require(|role| role == Role::Admin)?;
    let name = body.into_inner().name.trim().to_string();
    let added = service.db.run(move |conn| themes::add(conn, &name)).await?;
    Ok(HttpResponse::Created().insert_header(("Cache-Control", "no-store")).json(views::theme(&added)?))
}

pub async fn set_active(service: web::Data<Feedback>, staff: Staff, id: web::Path<Uuid>, body: Valid<ThemeActive>) -> Result<HttpResponse, ApiError> {
    staff.require(|role| role == Role::Admin)?;
    let (id, active) = (id.into_inner(), body.into_inner().active);
    let changed = service.db.run(move |conn| themes::set_active(conn, id, active)).await?;
    Ok(no_store(views::theme(&changed)?))
}
