//! The one error type handlers return, and the one place it becomes an HTTP response.
//!
//! Every error body is problem JSON (`speakup_types::problem::Problem`) with a sentence a
//! person can act on. Server faults are logged by kind only and never reach the client.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use speakup_types::problem::{english, FieldError, MessageRef, Problem, ENGLISH};

use crate::db::DbError;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    #[error("malformed request: {0}")]
    BadRequest(String),
    #[error("unauthenticated: {0}")]
    Unauthorized(&'static str),
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    #[error("not found: {0}")]
    NotFound(&'static str),
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("rate limited for {retry_after_secs}s")]
    RateLimited { title: &'static str, retry_after_secs: u64 },
    /// The request needs something sent first, such as an answered proof-of-work challenge.
    #[error("precondition required: {0}")]
    PreconditionRequired(&'static str),
    #[error("request body too large")]
    PayloadTooLarge,
    #[error("unsupported media type")]
    UnsupportedMediaType,
    #[error("service unavailable: {0}")]
    Unavailable(String),
    /// Too busy right now (a bounded resource is full): try again after the wait.
    #[error("busy for {retry_after_secs}s")]
    Busy { retry_after_secs: u64 },
    #[error("internal error: {0}")]
    Internal(String),
}

impl ApiError {
    /// One problem with one answer. `message` is a message id from `locales/ftl/*/errors.ftl`,
    /// sent in English like every validation message; text that is not an id is sent as it is.
    pub fn field(field: impl Into<String>, message: &str) -> ApiError {
        ApiError::Validation(vec![FieldError::from_id(field, message, &[], ENGLISH)])
    }

    fn kind(&self) -> &'static str {
        match self {
            ApiError::Validation(_) => "validation",
            ApiError::BadRequest(_) => "bad_request",
            ApiError::Unauthorized(_) => "unauthorized",
            ApiError::Forbidden(_) => "forbidden",
            ApiError::NotFound(_) => "not_found",
            ApiError::Conflict(_) => "conflict",
            ApiError::RateLimited { .. } => "rate_limited",
            ApiError::PreconditionRequired(_) => "precondition_required",
            ApiError::PayloadTooLarge => "payload_too_large",
            ApiError::UnsupportedMediaType => "unsupported_media_type",
            ApiError::Unavailable(_) => "unavailable",
            ApiError::Busy { .. } => "busy",
            ApiError::Internal(_) => "internal",
        }
    }

    /// The title as a message id (or, for requests only developers send, plain English).
    fn title(&self) -> &str {
        match self {
            ApiError::Validation(_) => "error-problem-answers",
            ApiError::BadRequest(detail) => detail,
            ApiError::Unauthorized(t)
            | ApiError::Forbidden(t)
            | ApiError::NotFound(t)
            | ApiError::Conflict(t)
            | ApiError::PreconditionRequired(t) => t,
            ApiError::RateLimited { title, .. } => title,
            ApiError::PayloadTooLarge => "error-too-much",
            ApiError::UnsupportedMediaType => "Send the request as JSON",
            ApiError::Unavailable(_) => "error-unavailable",
            ApiError::Busy { .. } => "error-busy",
            ApiError::Internal(_) => "error-internal",
        }
    }

    /// The problem in English, with a reference to each message so the PWA can show it in the
    /// person's language.
    pub fn to_problem(&self) -> Problem {
        let (detail, errors) = match self {
            ApiError::Validation(errors) => (None, errors.clone()),
            ApiError::RateLimited { retry_after_secs, .. } => (Some(try_again(*retry_after_secs)), vec![]),
            _ => (None, vec![]),
        };
        let reference = |(id, count): &(&str, String)| MessageRef::to(id, &[("minutes", count)]);
        Problem {
            kind: self.kind().into(),
            title: english(self.title(), &[]),
            title_ref: MessageRef::to(self.title(), &[]),
            status: self.status_code().as_u16(),
            detail: detail.as_ref().map(|(id, count)| english(id, &[("minutes", count)])),
            detail_ref: detail.as_ref().and_then(reference),
            errors,
        }
    }
}

/// "Try again in …": the message and the minutes to wait, rounded up.
fn try_again(seconds: u64) -> (&'static str, String) {
    match seconds {
        0..=59 => ("error-try-again-minute", "1".into()),
        s => ("error-try-again-minutes", s.div_ceil(60).max(2).to_string()),
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::PreconditionRequired(_) => StatusCode::PRECONDITION_REQUIRED,
            ApiError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Unavailable(_) | ApiError::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let ApiError::Internal(what) | ApiError::Unavailable(what) = self {
            // `what` is built by us from error kinds, never from request data.
            tracing::error!(error = %what, "request failed");
        }
        let mut response = HttpResponse::build(self.status_code());
        response.insert_header((header::CONTENT_TYPE, "application/problem+json"));
        response.insert_header((header::CACHE_CONTROL, "no-store"));
        if let ApiError::RateLimited { retry_after_secs, .. } | ApiError::Busy { retry_after_secs } = self {
            response.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
        }
        response.json(self.to_problem())
    }
}

impl From<DbError> for ApiError {
    fn from(error: DbError) -> ApiError {
        match error {
            DbError::Pool(_) | DbError::Cancelled => ApiError::Unavailable(format!("database: {}", short(&error))),
            DbError::Query(ref e) => ApiError::Internal(format!("database query: {}", query_error_kind(e))),
            DbError::Migration(_) => ApiError::Internal("database migration".into()),
        }
    }
}

/// Database error messages can quote the values that clashed (PostgreSQL's DETAIL does),
/// so only the kind of error is ever logged.
fn query_error_kind(error: &diesel::result::Error) -> String {
    match error {
        diesel::result::Error::DatabaseError(kind, _) => format!("{kind:?}"),
        diesel::result::Error::NotFound => "not found".into(),
        diesel::result::Error::DeserializationError(_) => "deserialization".into(),
        diesel::result::Error::SerializationError(_) => "serialization".into(),
        other => format!("{:?}", std::mem::discriminant(other)),
    }
}

fn short(error: &DbError) -> &'static str {
    match error {
        DbError::Pool(_) => "no connection",
        DbError::Cancelled => "cancelled",
        DbError::Query(_) => "query",
        DbError::Migration(_) => "migration",
    }
}

impl From<validator::ValidationErrors> for ApiError {
    fn from(errors: validator::ValidationErrors) -> ApiError {
        ApiError::Validation(speakup_types::problem::field_errors(&errors))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_errors_never_show_their_cause() {
        let error = ApiError::Internal("secret detail".into());
        let problem = error.to_problem();
        assert_eq!(problem.status, 500);
        assert!(!problem.title.contains("secret"));
        assert!(problem.detail.is_none());
    }

    #[test]
    fn rate_limits_say_when_to_try_again() {
        let error = ApiError::RateLimited { title: "Too many tries", retry_after_secs: 600 };
        let response = error.error_response();
        assert_eq!(response.status(), 429);
        assert_eq!(response.headers().get("retry-after").unwrap(), "600");
        assert_eq!(error.to_problem().detail.as_deref(), Some("Try again in 10 minutes."));
        let soon = ApiError::RateLimited { title: "error-too-many-tries", retry_after_secs: 30 }.to_problem();
        assert_eq!(soon.detail.as_deref(), Some("Try again in a minute."));
    }

    #[test]
    fn problems_name_their_messages_for_other_languages() {
        let problem = ApiError::RateLimited { title: "error-too-many-tries", retry_after_secs: 90 }.to_problem();
        assert_eq!(problem.title, "You have tried this reference too many times", "English for the API");
        assert_eq!(problem.title_ref.map(|r| r.id).as_deref(), Some("error-too-many-tries"));
        let detail = problem.detail_ref.expect("the wait has a message");
        assert_eq!((detail.id.as_str(), detail.args["minutes"].as_str()), ("error-try-again-minutes", "2"));
        // Words only developers read have no reference.
        assert!(ApiError::UnsupportedMediaType.to_problem().title_ref.is_none());
        let field = ApiError::field("into", "error-merge-same-referral").to_problem();
        assert_eq!(field.errors[0].message_ref.as_ref().map(|r| r.id.as_str()), Some("error-merge-same-referral"));
    }
}
