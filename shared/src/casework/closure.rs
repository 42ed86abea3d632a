//! Closing a case the Making Safeguarding Personal way: whether the person was asked what they
//! wanted to happen (the question the Safeguarding Adults Collection asks of every case),
//! whether they feel safer, and how far the advocacy did what they hoped. The person answers
//! from their tracking page while the case is coming to an end; where they cannot, the
//! advocate records it with them or gives their own view. A case cannot be finished until the
//! first question has its answer.

use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationErrors};

use crate::referral::{check_optional, error, paragraph};

use super::{RatedBy, MAX_OUTCOME_NOTE};

codes! {
    /// Were they asked about the outcomes they wanted, and did they say?
    OutcomesAsked {
        AskedExpressed = "asked_expressed",
        AskedNotExpressed = "asked_not_expressed",
        NotAsked = "not_asked",
        DontKnow = "dont_know",
    }
}

codes! {
    /// Whether the person feels safer now.
    Safer {
        Yes = "yes",
        Partly = "partly",
        No = "no",
    }
}

codes! {
    /// How far the advocacy did what the person hoped.
    Expectations {
        Fully = "fully",
        Partly = "partly",
        NotMet = "not_met",
    }
}

// Message ids in engine.ftl (the person answers these too), written out for forms.
impl Safer {
    pub const fn label_id(self) -> &'static str {
        match self {
            Safer::Yes => "safer-yes-label",
            Safer::Partly => "safer-partly-label",
            Safer::No => "safer-no-label",
        }
    }
}

impl Expectations {
    pub const fn label_id(self) -> &'static str {
        match self {
            Expectations::Fully => "expectations-fully-label",
            Expectations::Partly => "expectations-partly-label",
            Expectations::NotMet => "expectations-not-met-label",
        }
    }
}

/// What is known at the close, as the team reads it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closure {
    #[serde(default)]
    pub outcomes_asked: Option<OutcomesAsked>,
    #[serde(default)]
    pub feels_safer: Option<Safer>,
    #[serde(default)]
    pub expectations: Option<Expectations>,
    /// The person's own words about it, where they gave some.
    #[serde(default)]
    pub comment: Option<String>,
    /// Who answered about safety and expectations.
    #[serde(default)]
    pub answered_by: Option<RatedBy>,
    pub version: i64,
}

/// The advocate's record of the close: `PUT /referrals/{id}/closure` (`version` 0 the first
/// time). Safety and expectations come from the person where they answered themselves;
/// the advocate's answers say who gave them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClosureChange {
    #[serde(default)]
    pub outcomes_asked: Option<OutcomesAsked>,
    #[serde(default)]
    pub feels_safer: Option<Safer>,
    #[serde(default)]
    pub expectations: Option<Expectations>,
    #[serde(default)]
    pub by: Option<RatedBy>,
    #[serde(default)]
    pub version: i64,
}

impl Validate for ClosureChange {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if self.outcomes_asked.is_none() {
            errors.add("outcomes_asked", error("required", "error-outcomes-asked-required"));
        }
        let answered = self.feels_safer.is_some() || self.expectations.is_some();
        match self.by {
            Some(RatedBy::Person) => errors.add("by", error("person", "error-rated-by-person")),
            None if answered => errors.add("by", error("required", "error-rated-by-required")),
            _ => {}
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// The person's own answers about safety and expectations, sent with their outcome ratings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonsClosure {
    #[serde(default)]
    pub feels_safer: Option<Safer>,
    #[serde(default)]
    pub expectations: Option<Expectations>,
    #[serde(default)]
    pub comment: Option<String>,
}

impl PersonsClosure {
    pub fn is_empty(&self) -> bool {
        self.feels_safer.is_none() && self.expectations.is_none() && self.comment.as_deref().is_none_or(|c| c.trim().is_empty())
    }

    pub(crate) fn check(&self, errors: &mut ValidationErrors) {
        check_optional(errors, "comment", self.comment.as_deref(), false, paragraph(MAX_OUTCOME_NOTE), "");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::field_errors;

    fn fields(change: ClosureChange) -> Vec<String> {
        change.validate().err().map(|e| field_errors(&e).into_iter().map(|f| f.field).collect()).unwrap_or_default()
    }

    #[test]
    fn the_close_says_whether_they_were_asked_and_who_answered_for_them() {
        assert_eq!(fields(ClosureChange::default()), ["outcomes_asked"]);
        let asked = ClosureChange { outcomes_asked: Some(OutcomesAsked::AskedExpressed), ..ClosureChange::default() };
        assert!(fields(asked.clone()).is_empty(), "the person may have answered the rest themselves");
        let safer = ClosureChange { feels_safer: Some(Safer::Partly), ..asked.clone() };
        assert_eq!(fields(safer.clone()), ["by"]);
        assert_eq!(fields(ClosureChange { by: Some(RatedBy::Person), ..safer.clone() }), ["by"]);
        assert!(fields(ClosureChange { by: Some(RatedBy::WithAdvocate), ..safer }).is_empty());
    }

    #[test]
    fn every_answer_has_words() {
        use crate::words::tests::assert_in_english_and_welsh as assert_words;
        assert_words(Safer::ALL.iter().map(|s| s.label_id().to_string()));
        assert_words(Expectations::ALL.iter().map(|e| e.label_id().to_string()));
    }
}
