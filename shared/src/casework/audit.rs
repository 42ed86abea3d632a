//! Who opened and who changed which case, and when: an append-only record, read from the same
//! request that showed or changed the case.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

codes! {
    AuditAction {
        Viewed = "viewed",
        ViewedCasework = "viewed_casework",
        Decided = "decided",
        Joined = "joined",
        NewCode = "new_code",
        MandateDecided = "mandate_decided",
        AreaConfirmed = "area_confirmed",
        Allocated = "allocated",
        Shared = "shared",
        Unshared = "unshared",
        EntryAdded = "entry_added",
        EntryChanged = "entry_changed",
        UpdateWritten = "update_written",
        StatusChanged = "status_changed",
        Withdrawn = "withdrawn",
        MoveWanted = "move_wanted",
        ReofferAnswered = "reoffer_answered",
        WayOfWorkingRecorded = "way_of_working_recorded",
        OutcomeRecorded = "outcome_recorded",
        OutcomeChanged = "outcome_changed",
        OutcomeReviewed = "outcome_reviewed",
        OutcomeRated = "outcome_rated",
        ConcernRecorded = "concern_recorded",
        ConcernChanged = "concern_changed",
        ConcernChased = "concern_chased",
        ClosureRecorded = "closure_recorded",
    }
}

impl AuditAction {
    /// `staff-audit-<code>` in staff.ftl.
    pub fn label_id(self) -> String {
        crate::words::id("staff-audit", self.code(), "label")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    pub referral: Uuid,
    /// The staff account (identity's id).
    pub actor: Uuid,
    pub action: AuditAction,
    /// The staff account's name when it acted; none for what the person did themselves,
    /// and for records from before names were kept.
    #[serde(default)]
    pub actor_name: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_words_for_staff() {
        crate::words::tests::assert_in_staff_words(AuditAction::ALL.iter().map(|a| a.label_id()));
    }
}
