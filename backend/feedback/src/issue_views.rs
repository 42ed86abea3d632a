//! Stored issues turned into what groups, addressees and the public read. Who on the
//! addressee's side wrote a response is kept but never shown.

use speakup_types::issues::{Addressee, IssueDetail, IssueDraft, IssueEvent, IssuePicture, IssueStatus, IssueSummary, Response, Support};
use uuid::Uuid;

use crate::error::FeedbackError;
use crate::issue_history::{EventRow, SupportRow};
use crate::issues::IssueRow;

fn uuid(value: &str) -> Result<Uuid, FeedbackError> {
    Uuid::parse_str(value).map_err(|_| FeedbackError::Corrupt("issue id"))
}

pub fn status(row: &IssueRow) -> Result<IssueStatus, FeedbackError> {
    IssueStatus::parse(&row.status).ok_or(FeedbackError::Corrupt("issue status"))
}

pub fn addressee(row: &IssueRow) -> Result<Option<Addressee>, FeedbackError> {
    row.addressee.as_deref().map(|a| Addressee::parse(a).ok_or(FeedbackError::Corrupt("addressee"))).transpose()
}

pub fn text(row: &IssueRow) -> Result<IssueDraft, FeedbackError> {
    Ok(IssueDraft {
        title: row.title.clone(),
        happening: row.happening.clone(),
        affects: row.affects.clone(),
        members_agreeing: row.members_agreeing.and_then(|n| u32::try_from(n).ok()),
        change_wanted: row.change_wanted.clone(),
        addressee: addressee(row)?,
        easy_read: row.easy_read.clone(),
        pictures: row
            .pictures
            .split(',')
            .filter(|code| !code.is_empty())
            .map(|code| IssuePicture::parse(code).ok_or(FeedbackError::Corrupt("picture")))
            .collect::<Result<_, _>>()?,
    })
}

/// One list line for each row, with how many groups support it.
pub fn summaries(rows: &[IssueRow], supports: &[(String, i64)]) -> Result<Vec<IssueSummary>, FeedbackError> {
    rows.iter().map(|row| summary(row, supports)).collect()
}

fn summary(row: &IssueRow, supports: &[(String, i64)]) -> Result<IssueSummary, FeedbackError> {
    let supported = supports.iter().find(|(id, _)| *id == row.id).map_or(0, |(_, n)| *n);
    Ok(IssueSummary {
        id: uuid(&row.id)?,
        title: row.title.clone(),
        group_name: row.group_name.clone(),
        addressee: addressee(row)?,
        status: status(row)?,
        raised_on: row.raised_on,
        supports: u64::try_from(supported).unwrap_or(0),
        me_too: u64::try_from(row.me_too).unwrap_or(0),
    })
}

fn event(row: &EventRow) -> Result<IssueEvent, FeedbackError> {
    let response = match (&row.plain, &row.easy_read) {
        (Some(plain), Some(easy_read)) if !plain.is_empty() => Some(Response { plain: plain.clone(), easy_read: easy_read.clone() }),
        _ => None,
    };
    Ok(IssueEvent { status: IssueStatus::parse(&row.status).ok_or(FeedbackError::Corrupt("event status"))?, on: row.happened_on, response })
}

pub fn detail(row: &IssueRow, events: &[EventRow], supports: &[SupportRow]) -> Result<IssueDetail, FeedbackError> {
    Ok(IssueDetail {
        id: uuid(&row.id)?,
        group_id: uuid(&row.group_id)?,
        group_name: row.group_name.clone(),
        status: status(row)?,
        raised_on: row.raised_on,
        text: text(row)?,
        history: events.iter().map(event).collect::<Result<_, _>>()?,
        supports: supports
            .iter()
            .map(|s| Ok(Support { group_id: uuid(&s.group_id)?, group_name: s.group_name.clone(), line: s.line.clone(), on: s.supported_on }))
            .collect::<Result<_, FeedbackError>>()?,
        me_too: u64::try_from(row.me_too).unwrap_or(0),
    })
}
