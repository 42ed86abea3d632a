//! The manager's queue: what a row shows, the filters, and keyset paging.
//!
//! Rows come in the order of the `referrals_queue` index: the stage of the work (triage first,
//! then waiting for an advocate), urgent before the rest, then the earliest due first (see
//! `casework::clocks`), so the most overdue is always on top. Pages follow a cursor (the last row's sort key) instead of an
//! offset, so page 2,000 costs what page 1 costs.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::casework::WaitClock;
use crate::entitlement::Advocacy;
use crate::status::{ReferralStatus, Stage};

use super::{CommonReason, UrgentReason};

/// One row of the queue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueueItem {
    pub id: Uuid,
    pub reference: String,
    pub received_at: DateTime<Utc>,
    pub status: ReferralStatus,
    /// Why it is read first; empty when it is not urgent.
    pub urgent: Vec<UrgentReason>,
    pub name: String,
    /// The first words of what they want help with.
    pub summary: String,
    /// What it is about, from the pictures.
    #[serde(default)]
    pub reasons: Vec<CommonReason>,
    /// Someone said they lost the tracking code and is waiting for a new one.
    #[serde(default)]
    pub code_reset_requested: bool,
    /// Indicated by the engine, or confirmed by staff once they have decided.
    #[serde(default)]
    pub advocacy: Vec<Advocacy>,
    #[serde(default)]
    pub area: Option<String>,
    /// The named advocate's first name.
    #[serde(default)]
    pub advocate: Option<String>,
    /// In an advocate's list: the first meeting or action due in the next seven days.
    #[serde(default)]
    pub due: Option<DueSoon>,
    /// The step the case waits for and when it is due; none once the advocate has made
    /// first contact, or the case is finished.
    #[serde(default)]
    pub clock: Option<WaitClock>,
}

/// Something on a case due soon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DueSoon {
    pub at: DateTime<Utc>,
    pub title: String,
}

/// Which referrals to list. With no status, every referral still in triage or waiting for an
/// advocate; `stage` widens or narrows that.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueFilter {
    #[serde(default)]
    pub status: Option<ReferralStatus>,
    #[serde(default)]
    pub stage: Option<Stage>,
    #[serde(default)]
    pub urgent: bool,
    /// `self`, `on_behalf` or `professional`.
    #[serde(default)]
    pub route: Option<String>,
    #[serde(default)]
    pub area: Option<Uuid>,
    #[serde(default)]
    pub advocacy: Option<Advocacy>,
    /// Rows a page: 20 unless asked, at most 100.
    #[serde(default)]
    pub per_page: Option<u32>,
    /// Rows after this cursor (the next page).
    #[serde(default)]
    pub after: Option<String>,
    /// Rows before this cursor (the page before).
    #[serde(default)]
    pub before: Option<String>,
}

impl QueueFilter {
    pub fn per_page(&self) -> i64 {
        i64::from(self.per_page.unwrap_or(crate::page::DEFAULT_PER_PAGE).clamp(1, crate::page::MAX_PER_PAGE))
    }

    /// The same filter from its first page.
    pub fn first_page(&self) -> QueueFilter {
        QueueFilter { after: None, before: None, ..self.clone() }
    }
}

/// A page of the queue, with cursors for the pages either side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueuePage {
    pub items: Vec<QueueItem>,
    /// How many referrals match the filter.
    pub total: u64,
    pub next: Option<String>,
    pub previous: Option<String>,
}

/// A row's place in the queue's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueueCursor {
    pub stage: i32,
    pub urgent: bool,
    pub due_at_nanos: i64,
    pub id: Uuid,
}

impl QueueCursor {
    pub fn encode(&self) -> String {
        format!("{}.{}.{}.{}", self.stage, u8::from(self.urgent), self.due_at_nanos, self.id.simple())
    }

    /// None for anything that is not a cursor this queue made.
    pub fn parse(text: &str) -> Option<QueueCursor> {
        let mut parts = text.split('.');
        let stage = parts.next()?.parse().ok().filter(|s| (0..=3).contains(s))?;
        let urgent = match parts.next()? {
            "0" => false,
            "1" => true,
            _ => return None,
        };
        let due_at_nanos = parts.next()?.parse().ok()?;
        let id = Uuid::parse_str(parts.next()?).ok()?;
        parts.next().is_none().then_some(QueueCursor { stage, urgent, due_at_nanos, id })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_round_trips_and_nothing_else_parses() {
        let cursor = QueueCursor { stage: 1, urgent: true, due_at_nanos: 1_765_000_000_123_456_789, id: Uuid::from_u128(0x1d0c_5e2a_4b7f_4c3e_9a1b_2c3d_4e5f_6a7b) };
        assert_eq!(QueueCursor::parse(&cursor.encode()), Some(cursor));
        for bad in ["", "1.1.5", "9.0.5.00000000000000000000000000000000", "1.2.5.00000000000000000000000000000000", "1.0.x.y", "1.0.5.00000000000000000000000000000000.7"] {
            assert_eq!(QueueCursor::parse(bad), None, "{bad}");
        }
    }
}
