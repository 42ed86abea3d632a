//! Calls to the feedback service: giving feedback and coming back with a receipt, and the
//! inbox, themes and replies of the provider's managers and commissioners.

use speakup_types::feedback::{
    Conversation, FeedbackDetail, FeedbackFilter, FeedbackItem, FeedbackSent, FeedbackSummary, NewFeedback, NewTheme, ReceiptRequest, Reply,
    SenderMessage, SetHidden, SetThemes, Theme, ThemeActive,
};
use speakup_types::page::Page;
use uuid::Uuid;

use super::{anonymous_post, get, json, post, with_proof, ApiResult};

const FEEDBACK: &str = "/api/feedback/v1";

// The public

/// Sends feedback, in the language of the page (replies are written in it). Like every
/// anonymous request here it carries an answered challenge.
pub async fn give_feedback(body: &NewFeedback) -> ApiResult<FeedbackSent> {
    let url = format!("{FEEDBACK}/feedback");
    with_proof(FEEDBACK, |answered| anonymous_post(&url, body, answered, &[])).await
}

/// The feedback and its replies, for the words of its receipt.
pub async fn conversation(receipt: String) -> ApiResult<Conversation> {
    let (url, body) = (format!("{FEEDBACK}/conversation"), ReceiptRequest { receipt });
    with_proof(FEEDBACK, |answered| anonymous_post(&url, &body, answered, &[])).await
}

pub async fn answer_reply(receipt: String, body: String) -> ApiResult<Conversation> {
    let (url, body) = (format!("{FEEDBACK}/conversation/messages"), SenderMessage { receipt, body });
    with_proof(FEEDBACK, |answered| anonymous_post(&url, &body, answered, &[])).await
}

// Staff

fn query(filter: &FeedbackFilter) -> String {
    let mut parts = Vec::new();
    if let Some(theme) = filter.theme {
        parts.push(format!("theme={theme}"));
    }
    if let Some(sender) = filter.sender {
        parts.push(format!("sender={}", sender.code()));
    }
    if let Some(from) = filter.from {
        parts.push(format!("from={from}"));
    }
    if let Some(to) = filter.to {
        parts.push(format!("to={to}"));
    }
    if let Some(overall) = filter.overall {
        parts.push(format!("overall={overall}"));
    }
    if filter.hidden {
        parts.push("hidden=true".into());
    }
    parts.push(format!("page={}", filter.page.unwrap_or(1)));
    parts.join("&")
}

pub async fn feedback_inbox(filter: FeedbackFilter) -> ApiResult<Page<FeedbackItem>> {
    json(get(&format!("{FEEDBACK}/inbox?{}", query(&filter)))).await
}

pub async fn feedback_item(id: Uuid) -> ApiResult<FeedbackDetail> {
    json(get(&format!("{FEEDBACK}/inbox/{id}"))).await
}

pub async fn feedback_summary() -> ApiResult<FeedbackSummary> {
    json(get(&format!("{FEEDBACK}/summary"))).await
}

pub async fn reply_to_feedback(id: Uuid, body: String, csrf: String) -> ApiResult<FeedbackDetail> {
    json(post(&format!("{FEEDBACK}/inbox/{id}/replies"), &Reply { body }, Some(&csrf))).await
}

pub async fn tag_feedback(id: Uuid, themes: Vec<Uuid>, csrf: String) -> ApiResult<FeedbackDetail> {
    json(post(&format!("{FEEDBACK}/inbox/{id}/themes"), &SetThemes { themes }, Some(&csrf))).await
}

pub async fn hide_feedback(id: Uuid, hidden: bool, csrf: String) -> ApiResult<FeedbackDetail> {
    json(post(&format!("{FEEDBACK}/inbox/{id}/hidden"), &SetHidden { hidden }, Some(&csrf))).await
}

pub async fn themes() -> ApiResult<Vec<Theme>> {
    json(get(&format!("{FEEDBACK}/themes"))).await
}

pub async fn add_theme(name: String, csrf: String) -> ApiResult<Theme> {
    json(post(&format!("{FEEDBACK}/themes"), &NewTheme { name }, Some(&csrf))).await
}

pub async fn set_theme_active(id: Uuid, active: bool, csrf: String) -> ApiResult<Theme> {
    json(post(&format!("{FEEDBACK}/themes/{id}/active"), &ThemeActive { active }, Some(&csrf))).await
}
