//! "I lost my code" requests. The request itself only queues the details given (one INSERT of
//! the same shape, matched or not), so neither its answer nor its time nor its database work
//! says whether anyone was referred; [`LostCodeMatcher`] matches the queue off the request path
//! and deletes each request once matched.

use std::time::Duration;

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use speakup_platform::db::{Database, DbConnection, write_transaction};
use uuid::Uuid;

use crate::error::ReferralError;
use crate::schema::code_requests;
use crate::store;

/// Requests matched per round; the rest wait for the next.
const BATCH: i64 = 200;

pub fn enqueue(conn: &mut DbConnection, phone: Option<&str>, email: Option<&str>, reference: Option<&str>) -> QueryResult<()> {
    diesel::insert_into(code_requests::table)
        .values((
            code_requests::id.eq(Uuid::now_v7().to_string()),
            code_requests::at.eq(Utc::now().naive_utc()),
            code_requests::phone.eq(phone),
            code_requests::email.eq(email),
            code_requests::reference.eq(reference),
        ))
        .execute(conn)
        .map(drop)
}

/// Matches the oldest waiting requests and deletes them; returns how many were handled.
pub fn match_waiting(conn: &mut DbConnection) -> Result<usize, ReferralError> {
    type Request = (String, NaiveDateTime, Option<String>, Option<String>, Option<String>);
    let waiting: Vec<Request> = code_requests::table.order(code_requests::at.asc()).limit(BATCH).load(conn)?;
    for (id, _, phone, email, reference) in &waiting {
        write_transaction(conn, |conn| {
            store::request_code_reset(conn, phone.as_deref(), email.as_deref(), reference.as_deref())?;
            diesel::delete(code_requests::table.find(id)).execute(conn)
        })?;
    }
    Ok(waiting.len())
}

/// Matches queued "I lost my code" requests every few seconds, in the background.
#[derive(Clone)]
pub struct LostCodeMatcher {
    db: Database,
}

impl LostCodeMatcher {
    pub(crate) fn new(db: Database) -> LostCodeMatcher {
        LostCodeMatcher { db }
    }

    /// One round: matches what is waiting now.
    pub async fn run_once(&self) -> Result<usize, ReferralError> {
        self.db.run(match_waiting).await
    }

    /// Matches every `every` for as long as the server runs. A failed round is logged by kind
    /// and tried again next time; the requests stay queued.
    pub fn spawn(self, every: Duration) {
        actix_web::rt::spawn(async move {
            let mut ticks = actix_web::rt::time::interval(every);
            loop {
                ticks.tick().await;
                if let Err(error) = self.run_once().await {
                    tracing::warn!(error = %error_kind(&error), "lost-code matching failed; will retry");
                }
            }
        });
    }
}

fn error_kind(error: &ReferralError) -> &'static str {
    match error {
        ReferralError::Database(_) => "database",
        _ => "other",
    }
}
