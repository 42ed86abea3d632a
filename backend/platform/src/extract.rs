//! `Valid<T>`: a JSON body that has been parsed and validated before the handler runs,
//! so handlers only ever see well-formed domain input.
//!
//! Parsing errors name the field they are about (`contact.phone`) so the PWA can put the
//! message beside the right answer.

use actix_web::dev::Payload;
use actix_web::{http::header, web, FromRequest, HttpRequest};
use futures_util::future::LocalBoxFuture;
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use speakup_types::problem::{english, FieldError};
use validator::Validate;

use crate::ApiError;

/// The language the person used SpeakUp in, from the PWA's `Content-Language`; English when
/// absent or not one SpeakUp speaks. What they are later told is written in it.
pub fn content_language(req: &HttpRequest) -> speakup_locales::Language {
    req.headers()
        .get(header::CONTENT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').find_map(|tag| speakup_locales::Language::parse(tag.trim())))
        .unwrap_or(speakup_locales::Language::English)
}

/// Default largest JSON body: far above any real referral, far below anything harmful.
pub const DEFAULT_BODY_LIMIT: usize = 64 * 1024;

/// Put `web::Data<BodyLimit>` in the app to change the limit for a service.
#[derive(Debug, Clone, Copy)]
pub struct BodyLimit(pub usize);

pub struct Valid<T>(pub T);

impl<T> Valid<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T: DeserializeOwned + Validate + 'static> FromRequest for Valid<T> {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(|v| {
                let mime = v.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
                mime == "application/json" || mime.ends_with("+json")
            })
            .unwrap_or(false);
        let limit = req.app_data::<web::Data<BodyLimit>>().map(|l| l.0).unwrap_or(DEFAULT_BODY_LIMIT);
        let mut payload = payload.take();
        Box::pin(async move {
            if !is_json {
                return Err(ApiError::UnsupportedMediaType);
            }
            let mut body = web::BytesMut::new();
            while let Some(chunk) = payload.next().await {
                let chunk = chunk.map_err(|_| ApiError::BadRequest("The request could not be read".into()))?;
                if body.len() + chunk.len() > limit {
                    return Err(ApiError::PayloadTooLarge);
                }
                body.extend_from_slice(&chunk);
            }
            let value: T = parse_json(&body)?;
            value.validate()?;
            Ok(Valid(value))
        })
    }
}

/// Parses JSON, turning serde's errors into field-level problems.
pub fn parse_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    let deserializer = &mut serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let inner = error.inner();
        if inner.is_syntax() || inner.is_eof() || inner.is_io() {
            return ApiError::BadRequest("The request is not valid JSON".into());
        }
        // serde writes list positions as `deadlines[0].date`; validation and the PWA's field
        // ids use `deadlines.0.date`.
        let path = error.path().to_string().replace('[', ".").replace(']', "");
        let message = inner.to_string();
        if path == "." && missing_field(&message).is_none() {
            return ApiError::BadRequest("The request is not in the form we expected".into());
        }
        let field = match missing_field(&message) {
            Some(name) if path == "." => name.to_string(),
            Some(name) => format!("{path}.{name}"),
            None => path,
        };
        let text = if message.starts_with("missing field") {
            english("error-answer-missing", &[])
        } else if message.starts_with("unknown field") {
            english("error-unknown-question", &[])
        } else {
            // serde's own wording ends with " at line 1 column 20"; people do not need it.
            let cut = message.find(" at line ").map(|i| &message[..i]).unwrap_or(&message);
            english("error-answer-malformed", &[("detail", cut)])
        };
        ApiError::Validation(vec![FieldError::new(field, text)])
    })
}

fn missing_field(message: &str) -> Option<&str> {
    message.strip_prefix("missing field `")?.split('`').next()
}

#[cfg(test)]
mod tests {
    use super::*;
    use speakup_types::referral::SelfReferral;

    fn fields(body: &str) -> Vec<String> {
        match parse_json::<SelfReferral>(body.as_bytes()) {
            Err(ApiError::Validation(errors)) => errors.into_iter().map(|e| e.field).collect(),
            Err(other) => vec![format!("{other}")],
            Ok(_) => vec![],
        }
    }

    #[test]
    fn names_the_field_with_the_wrong_type() {
        let body = r#"{"help_with": "x", "name": 5, "contact": {"method": "phone"}}"#;
        assert_eq!(fields(body), ["name"]);
        let body = r#"{"help_with": "x", "name": "Sam", "contact": {"method": "pigeon"}}"#;
        assert_eq!(fields(body), ["contact.method"]);
    }

    #[test]
    fn names_the_missing_field() {
        assert_eq!(fields(r#"{"help_with": "x", "contact": {"method": "phone"}}"#), ["name"]);
        assert_eq!(fields(r#"{"help_with": "x", "name": "Sam", "contact": {}}"#), ["contact.method"]);
    }

    #[test]
    fn broken_json_is_a_bad_request() {
        assert!(matches!(parse_json::<SelfReferral>(b"{\"help_with\": "), Err(ApiError::BadRequest(_))));
        assert!(matches!(parse_json::<SelfReferral>(b"5"), Err(ApiError::BadRequest(_))));
    }
}
