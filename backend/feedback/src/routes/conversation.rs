//! Coming back with a receipt: the sender reads the replies and answers them. An unknown
//! receipt gets the same answer however close the guess. A receipt is looked up on its own,
//! with nothing else to count tries by, so every lookup and answer costs a proof of work that
//! grows under a flood (48 bits of receipt cannot be guessed at any price worth paying).

use actix_web::{web, HttpRequest, HttpResponse};
use speakup_platform::extract::Valid;
use speakup_platform::http::no_store;
use speakup_platform::ApiError;
use speakup_types::feedback::{Author, ReceiptRequest, SenderMessage};
use speakup_types::proof;

use crate::error::FeedbackError;
use crate::feedback::{self, FeedbackRow};
use crate::{messages, receipts, views, Feedback};

async fn find(service: &Feedback, req: &HttpRequest, receipt: &str) -> Result<FeedbackRow, ApiError> {
    service.proof.check(req.headers().get(proof::HEADER).and_then(|v| v.to_str().ok())).map_err(FeedbackError::from)?;
    let digest = receipts::digest(service.master_secret.as_bytes(), receipt);
    let found = service.db.run(move |conn| feedback::by_receipt(conn, &digest)).await?;
    Ok(found.ok_or(FeedbackError::ReceiptNotFound)?)
}

async fn conversation(service: &Feedback, row: FeedbackRow) -> Result<HttpResponse, ApiError> {
    let id = row.id.clone();
    let messages = service.db.run(move |conn| messages::for_feedback(conn, &id)).await?;
    Ok(no_store(views::conversation(&row, &messages)?))
}

pub async fn read(service: web::Data<Feedback>, req: HttpRequest, body: Valid<ReceiptRequest>) -> Result<HttpResponse, ApiError> {
    let row = find(&service, &req, &body.0.receipt).await?;
    conversation(&service, row).await
}

pub async fn answer(service: web::Data<Feedback>, req: HttpRequest, body: Valid<SenderMessage>) -> Result<HttpResponse, ApiError> {
    let SenderMessage { receipt, body } = body.into_inner();
    let row = find(&service, &req, &receipt).await?;
    let id = row.id.clone();
    service.db.run(move |conn| messages::add(conn, &id, Author::Sender, body.trim(), None)).await?;
    conversation(&service, row).await
}
