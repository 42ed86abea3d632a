//! The answers to "Is anyone in danger now, or is something happening soon?" as chosen and
//! typed on the self and on-behalf routes, and the `Urgency` they send.

use serde::{Deserialize, Serialize};
use speakup_types::problem::FieldError;
use speakup_types::referral::{HappeningSoon, Urgency};

use crate::components::date::{DateAnswer, DateParts};
use crate::i18n::t;

/// The values of the three answers.
pub const DANGER: &str = "danger";
pub const SOON: &str = "soon";
pub const NEITHER: &str = "neither";

/// Where the errors about these answers point (the paths the shared rules use).
pub const URGENCY_FIELD: &str = "urgency";
pub const SOON_WHAT_FIELD: &str = "urgency.soon.what";
pub const SOON_DATE_FIELD: &str = "urgency.soon.date";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct UrgencyAnswers {
    /// `danger`, `soon` or `neither`.
    pub choice: Option<String>,
    /// What is happening soon, and when.
    pub what: String,
    pub date: DateParts,
}

impl UrgencyAnswers {
    pub fn danger_now(&self) -> bool {
        self.choice.as_deref() == Some(DANGER)
    }

    /// "What is happening, and when?" is asked only of something happening soon.
    pub fn asks_when(&self) -> bool {
        self.choice.as_deref() == Some(SOON)
    }

    /// As it will be sent. An impossible date is reported before sending (see `problems`).
    pub fn to_urgency(&self) -> Urgency {
        Urgency {
            danger_now: self.danger_now(),
            soon: self.asks_when().then(|| HappeningSoon { what: self.what.trim().to_string(), date: self.date.answer().valid() }),
        }
    }

    /// What only the form can know is wrong: no answer chosen, or a date that is not one or has
    /// gone. Checked as typed, not by the server, so a referral waiting offline is not refused
    /// for arriving after the day.
    pub fn problems(&self, today: Option<chrono::NaiveDate>) -> Vec<FieldError> {
        if self.choice.is_none() {
            return vec![FieldError::new(URGENCY_FIELD, t("urgency-missing"))];
        }
        if !self.asks_when() {
            return Vec::new();
        }
        match self.date.answer() {
            DateAnswer::Invalid => vec![FieldError::new(SOON_DATE_FIELD, t("urgency-date-invalid"))],
            DateAnswer::Valid(date) if today.is_some_and(|today| date < today) => {
                vec![FieldError::new(SOON_DATE_FIELD, t("urgency-date-past"))]
            }
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn soon(what: &str, day: &str) -> UrgencyAnswers {
        UrgencyAnswers {
            choice: Some(SOON.into()),
            what: what.into(),
            date: DateParts { day: day.into(), month: "12".into(), year: "2026".into() },
        }
    }

    #[test]
    fn only_something_soon_sends_what_and_when() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 4);
        let hearing = soon(" Tribunal ", "7");
        assert_eq!(hearing.to_urgency().soon, Some(HappeningSoon { what: "Tribunal".into(), date: NaiveDate::from_ymd_opt(2026, 12, 7) }));
        assert!(hearing.problems(today).is_empty());
        let danger = UrgencyAnswers { choice: Some(DANGER.into()), ..hearing };
        assert_eq!(danger.to_urgency(), Urgency { danger_now: true, soon: None });
    }

    #[test]
    fn no_answer_an_impossible_date_or_one_gone_by_is_a_problem() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 4);
        let field = |a: &UrgencyAnswers| a.problems(today).into_iter().map(|e| e.field).collect::<Vec<_>>();
        assert_eq!(field(&UrgencyAnswers::default()), [URGENCY_FIELD]);
        assert_eq!(field(&soon("Review", "32")), [SOON_DATE_FIELD]);
        assert_eq!(field(&soon("Review", "3")), [SOON_DATE_FIELD]);
        // Half a date is not one; no date at all is allowed (they may not know it).
        assert_eq!(field(&soon("Review", "")), [SOON_DATE_FIELD]);
        assert!(field(&UrgencyAnswers { date: DateParts::default(), ..soon("Review", "") }).is_empty());
    }
}
