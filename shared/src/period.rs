//! Reporting periods: a calendar month (`2026-11`) or quarter (`2026-Q4`). Monitoring figures
//! are shown only for periods that have ended, so a figure never moves while someone watches
//! it, and are published rounded (see [`publishable`]).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Period {
    Month { year: i32, month: u32 },
    Quarter { year: i32, quarter: u32 },
}

impl Period {
    /// `2026-11` or `2026-Q4` (also `2026-q4`).
    pub fn parse(text: &str) -> Option<Period> {
        let (year, rest) = text.trim().split_once('-')?;
        let year: i32 = year.parse().ok().filter(|y| (2000..=9999).contains(y))?;
        if let Some(q) = rest.strip_prefix(['Q', 'q']) {
            let quarter: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
            return Some(Period::Quarter { year, quarter });
        }
        let month: u32 = rest.parse().ok().filter(|m| (1..=12).contains(m))?;
        (rest.len() == 2).then_some(Period::Month { year, month })
    }

    /// The month a day falls in, as stored with monitoring answers (`2026-11`).
    pub fn month_of(day: NaiveDate) -> Period {
        Period::Month { year: day.year(), month: day.month() }
    }

    /// The last month that has ended by `today`.
    pub fn last_closed_month(today: NaiveDate) -> Period {
        let first = today.with_day(1).expect("every month has a first day");
        Period::month_of(first.pred_opt().expect("not the first day of the calendar"))
    }

    /// The months it covers, as `YYYY-MM`.
    pub fn months(self) -> Vec<String> {
        let (year, from, count) = match self {
            Period::Month { year, month } => (year, month, 1),
            Period::Quarter { year, quarter } => (year, quarter * 3 - 2, 3),
        };
        (from..from + count).map(|m| format!("{year}-{m:02}")).collect()
    }

    /// Whether the whole period lies before `today`.
    pub fn has_ended(self, today: NaiveDate) -> bool {
        let (year, last_month) = match self {
            Period::Month { year, month } => (year, month),
            Period::Quarter { year, quarter } => (year, quarter * 3),
        };
        (year, last_month) < (today.year(), today.month())
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Period::Month { year, month } => write!(f, "{year}-{month:02}"),
            Period::Quarter { year, quarter } => write!(f, "{year}-Q{quarter}"),
        }
    }
}

impl TryFrom<String> for Period {
    type Error = String;
    fn try_from(text: String) -> Result<Period, String> {
        Period::parse(&text).ok_or_else(|| format!("not a month (2026-11) or quarter (2026-Q4): {text}"))
    }
}

impl From<Period> for String {
    fn from(period: Period) -> String {
        period.to_string()
    }
}

/// Small counts could point to a person, so figures are published rounded to the nearest 5
/// with 1 to 4 left out (`None`), and 0 shown as 0. One more or one fewer response can then
/// never move a published figure by exactly one.
pub fn publishable(count: u64) -> Option<u64> {
    match count {
        0 => Some(0),
        1..=4 => None,
        n => Some((n + 2) / 5 * 5),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn periods_parse_and_list_their_months() {
        assert_eq!(Period::parse("2026-11"), Some(Period::Month { year: 2026, month: 11 }));
        assert_eq!(Period::parse("2026-q4").unwrap().months(), ["2026-10", "2026-11", "2026-12"]);
        for bad in ["2026-13", "2026-1", "2026-Q5", "26-01", "november", ""] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
        assert_eq!(Period::parse("2026-Q1").unwrap().to_string(), "2026-Q1");
    }

    #[test]
    fn only_ended_periods_are_closed() {
        let today = day(2026, 12, 2);
        assert!(Period::parse("2026-11").unwrap().has_ended(today));
        assert!(!Period::parse("2026-12").unwrap().has_ended(today), "the current month is open");
        assert!(!Period::parse("2026-Q4").unwrap().has_ended(today));
        assert!(Period::parse("2026-Q3").unwrap().has_ended(today));
        assert_eq!(Period::last_closed_month(today).to_string(), "2026-11");
        assert_eq!(Period::last_closed_month(day(2027, 1, 1)).to_string(), "2026-12");
    }

    #[test]
    fn adding_one_never_moves_a_published_figure_by_exactly_one() {
        assert_eq!((0..=12).map(publishable).collect::<Vec<_>>(), [
            Some(0), None, None, None, None, Some(5), Some(5), Some(5), Some(10), Some(10), Some(10), Some(10), Some(10)
        ]);
        for n in 0..10_000u64 {
            if let (Some(a), Some(b)) = (publishable(n), publishable(n + 1)) {
                assert!(a == b || b.abs_diff(a) == 5, "{n}");
            }
        }
    }
}
