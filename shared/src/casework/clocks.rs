//! Waiting clocks: how long a referral has waited for each step, against the targets the
//! provider sets per kind of advocacy and area.
//!
//! Every target counts from when the referral was received, so "allocate within 5 days"
//! means 5 days after it arrived, whatever happened in between. A case's clock is its next
//! step still to happen; the queue puts the earliest deadline first, so breached cases lead.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::{Validate, ValidationErrors};

use crate::entitlement::Advocacy;
use crate::referral::error;
use crate::status::Stage;

/// The longest target anyone may set, in days.
pub const MAX_TARGET_DAYS: u16 = 365;

codes! {
    /// The steps a wait is measured to, in the order they happen.
    WaitStep {
        Acknowledge = "acknowledge",
        Triage = "triage",
        Allocate = "allocate",
        FirstContact = "first_contact",
    }
}

/// Days from receipt for each step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Targets {
    pub acknowledge_days: u16,
    pub triage_days: u16,
    pub allocate_days: u16,
    pub first_contact_days: u16,
}

impl Targets {
    /// The targets a new installation starts with, until an admin changes them.
    pub const STARTING: Targets = Targets { acknowledge_days: 1, triage_days: 3, allocate_days: 5, first_contact_days: 10 };

    pub fn days(&self, step: WaitStep) -> u16 {
        match step {
            WaitStep::Acknowledge => self.acknowledge_days,
            WaitStep::Triage => self.triage_days,
            WaitStep::Allocate => self.allocate_days,
            WaitStep::FirstContact => self.first_contact_days,
        }
    }

    /// Each step the shorter of the two: a case of two kinds meets the stricter target.
    fn strictest(self, other: Targets) -> Targets {
        Targets {
            acknowledge_days: self.acknowledge_days.min(other.acknowledge_days),
            triage_days: self.triage_days.min(other.triage_days),
            allocate_days: self.allocate_days.min(other.allocate_days),
            first_contact_days: self.first_contact_days.min(other.first_contact_days),
        }
    }
}

/// One row of the provider's targets: for one kind of advocacy (or every kind) in one area
/// (or every area). The row for every kind in every area always exists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitTarget {
    pub id: Uuid,
    pub advocacy: Option<Advocacy>,
    pub area: Option<Uuid>,
    #[serde(flatten)]
    pub targets: Targets,
}

impl WaitTarget {
    /// How closely the row fits: kind and area beat kind alone, which beats area alone,
    /// which beats the row for everything. None when it does not apply.
    fn fit(&self, advocacy: Option<Advocacy>, area: Option<Uuid>) -> Option<u8> {
        let kind = match self.advocacy {
            None => 0,
            Some(wanted) if Some(wanted) == advocacy => 2,
            Some(_) => return None,
        };
        let place = match self.area {
            None => 0,
            Some(wanted) if Some(wanted) == area => 1,
            Some(_) => return None,
        };
        Some(kind + place)
    }
}

/// Setting the targets for a kind of advocacy in an area (either may be every one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetChange {
    #[serde(default)]
    pub advocacy: Option<Advocacy>,
    #[serde(default)]
    pub area: Option<Uuid>,
    #[serde(flatten)]
    pub targets: Targets,
}

impl Validate for TargetChange {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let t = &self.targets;
        let steps = [
            ("acknowledge_days", t.acknowledge_days),
            ("triage_days", t.triage_days),
            ("allocate_days", t.allocate_days),
            ("first_contact_days", t.first_contact_days),
        ];
        for (field, days) in steps {
            if days == 0 || days > MAX_TARGET_DAYS {
                errors.add(field, error("range", "error-target-days"));
            }
        }
        // Each step comes after the one before, so its target cannot be shorter.
        for pair in steps.windows(2) {
            if errors.is_empty() && pair[1].1 < pair[0].1 {
                errors.add(pair[1].0, error("order", "error-target-order"));
            }
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// The targets a case meets: for each of its kinds of advocacy the closest-fitting row, and
/// of those the strictest. A case with no kind yet takes the rows for every kind.
pub fn targets_for(rows: &[WaitTarget], advocacy: &[Advocacy], area: Option<Uuid>) -> Targets {
    let closest = |kind: Option<Advocacy>| {
        rows.iter().filter_map(|row| row.fit(kind, area).map(|fit| (fit, row.targets))).max_by_key(|(fit, _)| *fit).map(|(_, t)| t)
    };
    let kinds: Vec<Option<Advocacy>> = if advocacy.is_empty() { vec![None] } else { advocacy.iter().copied().map(Some).collect() };
    kinds.into_iter().filter_map(closest).reduce(Targets::strictest).unwrap_or(Targets::STARTING)
}

/// The steps within a stage that have happened: the stage itself says whether a case has
/// been triaged and allocated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StepTimes {
    pub acknowledged: bool,
    pub first_contact: bool,
}

/// The step a case is waiting for, if any: none once it is finished or declined, or once
/// the advocate has first met or spoken with the person.
pub fn next_step(stage: Stage, done: StepTimes) -> Option<WaitStep> {
    match stage {
        Stage::Finished => None,
        Stage::Triage if !done.acknowledged => Some(WaitStep::Acknowledge),
        Stage::Triage => Some(WaitStep::Triage),
        Stage::WaitingForAdvocate => Some(WaitStep::Allocate),
        Stage::WithAdvocate if done.first_contact => None,
        Stage::WithAdvocate => Some(WaitStep::FirstContact),
    }
}

/// A case's clock: the step it waits for and when that is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitClock {
    pub step: WaitStep,
    pub target_days: u16,
    pub due_at: DateTime<Utc>,
}

impl WaitClock {
    pub fn new(step: WaitStep, targets: &Targets, received_at: DateTime<Utc>) -> WaitClock {
        let target_days = targets.days(step);
        WaitClock { step, target_days, due_at: received_at + Duration::days(i64::from(target_days)) }
    }

    pub fn breached(&self, now: DateTime<Utc>) -> bool {
        now > self.due_at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(advocacy: Option<Advocacy>, area: Option<Uuid>, days: [u16; 4]) -> WaitTarget {
        let [acknowledge_days, triage_days, allocate_days, first_contact_days] = days;
        let id = Uuid::from_u128(u128::from(days[0]) << 64 | u128::from(days[3]));
        WaitTarget { id, advocacy, area, targets: Targets { acknowledge_days, triage_days, allocate_days, first_contact_days } }
    }

    #[test]
    fn the_closest_row_wins_and_a_case_of_two_kinds_meets_the_stricter() {
        let north = Uuid::from_u128(7);
        let rows = vec![
            row(None, None, [2, 4, 8, 12]),
            row(None, Some(north), [2, 4, 7, 12]),
            row(Some(Advocacy::Imca), None, [1, 2, 3, 5]),
            row(Some(Advocacy::Imca), Some(north), [1, 2, 4, 6]),
            row(Some(Advocacy::CareAct), None, [2, 3, 9, 14]),
        ];
        assert_eq!(targets_for(&rows, &[Advocacy::Imca], Some(north)).allocate_days, 4);
        assert_eq!(targets_for(&rows, &[Advocacy::Imca], None).allocate_days, 3);
        assert_eq!(targets_for(&rows, &[Advocacy::Imha], Some(north)).allocate_days, 7);
        assert_eq!(targets_for(&rows, &[], None).allocate_days, 8);
        let both = targets_for(&rows, &[Advocacy::CareAct, Advocacy::Imca], None);
        assert_eq!((both.triage_days, both.allocate_days, both.first_contact_days), (2, 3, 5));
        assert_eq!(targets_for(&[], &[Advocacy::Imca], None), Targets::STARTING);
    }

    #[test]
    fn the_clock_follows_the_steps_and_stops_at_first_contact() {
        let mut done = StepTimes::default();
        assert_eq!(next_step(Stage::Triage, done), Some(WaitStep::Acknowledge));
        done.acknowledged = true;
        assert_eq!(next_step(Stage::Triage, done), Some(WaitStep::Triage));
        assert_eq!(next_step(Stage::WaitingForAdvocate, done), Some(WaitStep::Allocate));
        assert_eq!(next_step(Stage::WithAdvocate, done), Some(WaitStep::FirstContact));
        done.first_contact = true;
        assert_eq!(next_step(Stage::WithAdvocate, done), None);
        assert_eq!(next_step(Stage::Finished, StepTimes::default()), None);
    }

    #[test]
    fn targets_must_be_days_in_the_order_of_the_steps() {
        let change = |days: [u16; 4]| TargetChange { advocacy: None, area: None, targets: row(None, None, days).targets };
        assert!(change([1, 3, 5, 10]).validate().is_ok());
        let zero = change([0, 3, 5, 10]).validate().unwrap_err();
        assert!(zero.field_errors().contains_key("acknowledge_days"));
        let backwards = change([1, 3, 2, 10]).validate().unwrap_err();
        assert!(backwards.field_errors().contains_key("allocate_days"));
        assert!(change([1, 3, 5, 366]).validate().is_err());
    }

    #[test]
    fn a_clock_is_breached_once_its_due_time_passes() {
        let received = DateTime::parse_from_rfc3339("2026-12-01T09:00:00Z").unwrap().with_timezone(&Utc);
        let clock = WaitClock::new(WaitStep::Allocate, &Targets::STARTING, received);
        assert_eq!(clock.due_at, received + Duration::days(5));
        assert!(!clock.breached(received + Duration::days(5)));
        assert!(clock.breached(received + Duration::days(5) + Duration::minutes(1)));
    }
}
