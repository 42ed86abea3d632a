//! Stored rows turned into what senders and staff read.

use std::collections::BTreeMap;

use speakup_types::feedback::{
    ActionTaken, Author, Conversation, FeedbackAction, FeedbackDetail, FeedbackItem, Hidden, Message, Question, Rating, Reader, Sender, StaffMessage, Theme,
};
use uuid::Uuid;

use crate::actions::ActionRow;
use crate::error::FeedbackError;
use crate::feedback::FeedbackRow;
use crate::messages::MessageRow;
use crate::themes::ThemeRow;

/// Inbox excerpts: enough to tell pieces apart.
const EXCERPT_CHARS: usize = 140;

fn uuid(value: &str) -> Result<Uuid, FeedbackError> {
    Uuid::parse_str(value).map_err(|_| FeedbackError::Corrupt("id"))
}

fn sender(row: &FeedbackRow) -> Result<Sender, FeedbackError> {
    Sender::parse(&row.sender).ok_or(FeedbackError::Corrupt("sender"))
}

fn reader(row: &FeedbackRow) -> Result<Reader, FeedbackError> {
    Reader::parse(&row.reader).ok_or(FeedbackError::Corrupt("reader"))
}

fn overall(row: &FeedbackRow) -> Option<Rating> {
    row.overall.and_then(|o| u8::try_from(o).ok()).and_then(Rating::new)
}

fn author(row: &MessageRow) -> Result<Author, FeedbackError> {
    Author::parse(&row.author).ok_or(FeedbackError::Corrupt("author"))
}

pub fn theme(row: &ThemeRow) -> Result<Theme, FeedbackError> {
    Ok(Theme { id: uuid(&row.id)?, name: row.name.clone(), active: row.active })
}

fn themes_of(id: &str, tags: &[(String, ThemeRow)]) -> Result<Vec<Theme>, FeedbackError> {
    tags.iter().filter(|(of, _)| of == id).map(|(_, t)| theme(t)).collect()
}

pub fn item(row: &FeedbackRow, tags: &[(String, ThemeRow)]) -> Result<FeedbackItem, FeedbackError> {
    let hidden = row.hidden_on.is_some();
    let excerpt = row.comments.as_deref().filter(|_| !hidden).map(|c| {
        let mut cut: String = c.chars().take(EXCERPT_CHARS).collect();
        if c.chars().count() > EXCERPT_CHARS {
            cut.push('…');
        }
        cut
    });
    Ok(FeedbackItem {
        id: uuid(&row.id)?,
        sender: sender(row)?,
        given_on: row.given_on,
        overall: overall(row),
        excerpt,
        themes: themes_of(&row.id, tags)?,
        hidden,
        awaiting_reply: row.awaiting_reply,
    })
}

pub fn detail(row: &FeedbackRow, messages: &[MessageRow], tags: &[(String, ThemeRow)], history: &[ActionRow]) -> Result<FeedbackDetail, FeedbackError> {
    let answers: BTreeMap<Question, Rating> = serde_json::from_str(&row.answers).map_err(|_| FeedbackError::Corrupt("answers"))?;
    let hidden = match (&row.hidden_by, row.hidden_on) {
        (Some(by), Some(on)) => Some(Hidden { by: uuid(by)?, on }),
        _ => None,
    };
    let messages = messages
        .iter()
        .map(|m| {
            let by = m.staff_id.as_deref().map(uuid).transpose()?;
            Ok(StaffMessage { author: author(m)?, body: m.body.clone(), on: m.written_on, by })
        })
        .collect::<Result<_, FeedbackError>>()?;
    Ok(FeedbackDetail {
        id: uuid(&row.id)?,
        sender: sender(row)?,
        reader: reader(row)?,
        given_on: row.given_on,
        language: row.language.clone(),
        answers: answers.into_iter().collect(),
        overall: overall(row),
        comments: row.comments.clone(),
        reference: row.reference.clone(),
        themes: themes_of(&row.id, tags)?,
        hidden,
        actions: history
            .iter()
            .map(|a| {
                let action = FeedbackAction::parse(&a.action).ok_or(FeedbackError::Corrupt("action"))?;
                Ok(ActionTaken { action, by: uuid(&a.staff_id)?, on: a.done_on })
            })
            .collect::<Result<_, FeedbackError>>()?,
        can_reply: row.receipt_digest.is_some(),
        messages,
    })
}

/// What the sender reads: their own words and the conversation, never who on the staff side
/// wrote a reply.
pub fn conversation(row: &FeedbackRow, messages: &[MessageRow]) -> Result<Conversation, FeedbackError> {
    Ok(Conversation {
        sender: sender(row)?,
        reader: reader(row)?,
        given_on: row.given_on,
        comments: row.comments.clone(),
        messages: messages
            .iter()
            .map(|m| Ok(Message { author: author(m)?, body: m.body.clone(), on: m.written_on }))
            .collect::<Result<_, FeedbackError>>()?,
    })
}
