//! Coming back with a receipt: the sender reads the replies and answers them. An unknown
//! receipt gets the same answer however close the guess, and misses slow everyone down
//! together (a receipt is looked up alone, so there is nothing else to count them by).

use actix_web::{web, HttpResponse};
use speakup_platform::extract::Valid;
use speakup_platform::ApiError;
use speakup_types::feedback::{Author, ReceiptRequest, SenderMessage};

use crate::error::FeedbackError;
use crate::feedback::{self, FeedbackRow};
use crate::{messages, receipts, views, Feedback};

async fn find(service: &Feedback, receipt: &str) -> Result<FeedbackRow, ApiError> {
    service.receipt_misses.check()?;
    let digest = receipts::digest(service.master_secret.as_bytes(), receipt);
    let found = service.db.run(move |conn| feedback::by_receipt(conn, &digest)).await?;
    match found {
        Some(row) => Ok(row),
        None => {
            service.receipt_misses.spend();
            Err(FeedbackError::ReceiptNotFound.into())
        }
    }
}

async fn conversation(service: &Feedback, row: FeedbackRow) -> Result<HttpResponse, ApiError> {
    let id = row.id.clone();
    let messages = service.db.run(move |conn| messages::for_feedback(conn, &id)).await?;
    let conversation = views::conversation(&row, &messages)?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(conversation))
}

pub async fn read(service: web::Data<Feedback>, body: Valid<ReceiptRequest>) -> Result<HttpResponse, ApiError> {
    let row = find(&service, &body.0.receipt).await?;
    conversation(&service, row).await
}

pub async fn answer(service: web::Data<Feedback>, body: Valid<SenderMessage>) -> Result<HttpResponse, ApiError> {
    let SenderMessage { receipt, body } = body.into_inner();
    let row = find(&service, &receipt).await?;
    let id = row.id.clone();
    service.db.run(move |conn| messages::add(conn, &id, Author::Sender, body.trim(), None)).await?;
    conversation(&service, row).await
}
