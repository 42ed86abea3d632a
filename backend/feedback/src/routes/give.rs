//! Giving feedback, anonymously: nothing about the sender or their device is read or kept.

use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Utc;
use speakup_platform::extract::{content_language, Valid};
use speakup_platform::ApiError;
use speakup_types::feedback::{FeedbackSent, NewFeedback};
use speakup_types::proof;
use speakup_types::referral::normalise_reference;
use uuid::Uuid;

use crate::error::FeedbackError;
use crate::feedback::{self, FeedbackRow};
use crate::{receipts, Feedback};

/// A fresh challenge to answer before each anonymous request (giving feedback, reading replies,
/// answering). Never stored; the answer is checked once.
pub async fn challenge(service: web::Data<Feedback>) -> HttpResponse {
    HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(service.proof.challenge())
}

pub async fn give(service: web::Data<Feedback>, req: HttpRequest, body: Valid<NewFeedback>) -> Result<HttpResponse, ApiError> {
    service.proof.check(req.headers().get(proof::HEADER).and_then(|v| v.to_str().ok())).map_err(FeedbackError::from)?;
    let given = body.into_inner();
    let receipt = given.receipt.then(receipts::new_receipt);
    let row = FeedbackRow {
        // Random, never time-ordered: the id must not tell when it was given.
        id: Uuid::new_v4().to_string(),
        sender: given.sender.code().to_string(),
        reader: given.reader.code().to_string(),
        // The day only: an exact time could help work out who sent it.
        given_on: Utc::now().date_naive(),
        language: content_language(&req).code().to_string(),
        answers: serde_json::to_string(&given.answers).map_err(|_| FeedbackError::Corrupt("answers"))?,
        overall: given.overall.map(|o| i32::from(o.value())),
        comments: given.comments.map(|c| c.trim().to_string()).filter(|c| !c.is_empty()),
        receipt_digest: receipt.as_deref().map(|r| receipts::digest(service.master_secret.as_bytes(), r)),
        reference: given.reference.as_deref().and_then(normalise_reference),
        hidden_by: None,
        hidden_on: None,
        awaiting_reply: false,
    };
    service.db.run(move |conn| feedback::insert(conn, &row)).await?;
    Ok(HttpResponse::Created().insert_header(("Cache-Control", "no-store")).json(FeedbackSent { receipt }))
}
