//! Making Safeguarding Personal: what the person wants to happen, in their own words, recorded
//! at the start, reviewed while the case goes on, and rated at the end. Where the person
//! cannot say, the advocate records what they understand the person would want, and says so:
//! an outcomes approach is as much for someone who lacks capacity as for anyone else.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::{Validate, ValidationErrors};

use crate::referral::{check_optional, error, paragraph, TrackRequest};

/// The longest outcome, in the person's words.
pub const MAX_OUTCOME: usize = 1000;
/// The longest "what to do if it does not happen", review note or comment.
pub const MAX_OUTCOME_NOTE: usize = 2000;

codes! {
    /// The nine areas of wellbeing the Care Act asks everyone to consider (section 1(2)).
    WellbeingArea {
        Dignity = "dignity",
        Health = "health",
        Safety = "safety",
        Control = "control",
        Activities = "activities",
        Money = "money",
        Relationships = "relationships",
        Home = "home",
        Contribution = "contribution",
    }
}

codes! {
    /// Whose words an outcome is: the person's own, someone speaking for them, or the
    /// advocate's understanding of what the person would want (non-instructed advocacy).
    ExpressedBy {
        Person = "person",
        Representative = "representative",
        Advocate = "advocate",
    }
}

codes! {
    /// How far an outcome was achieved, as the Safeguarding Adults Collection counts it.
    Achievement {
        Fully = "fully",
        Partly = "partly",
        NotAchieved = "not_achieved",
    }
}

codes! {
    /// Who rated an outcome: the person on their own (from their tracking page), the person
    /// with their advocate, or the advocate where the person could not say.
    RatedBy {
        Person = "person",
        WithAdvocate = "with_advocate",
        Advocate = "advocate",
    }
}

// Message ids in engine.ftl (the person reads them too), written out so that forms can list
// them as constants.
impl WellbeingArea {
    pub const fn label_id(self) -> &'static str {
        match self {
            WellbeingArea::Dignity => "wellbeing-dignity-label",
            WellbeingArea::Health => "wellbeing-health-label",
            WellbeingArea::Safety => "wellbeing-safety-label",
            WellbeingArea::Control => "wellbeing-control-label",
            WellbeingArea::Activities => "wellbeing-activities-label",
            WellbeingArea::Money => "wellbeing-money-label",
            WellbeingArea::Relationships => "wellbeing-relationships-label",
            WellbeingArea::Home => "wellbeing-home-label",
            WellbeingArea::Contribution => "wellbeing-contribution-label",
        }
    }
}

impl Achievement {
    pub const fn label_id(self) -> &'static str {
        match self {
            Achievement::Fully => "achievement-fully-label",
            Achievement::Partly => "achievement-partly-label",
            Achievement::NotAchieved => "achievement-not-achieved-label",
        }
    }
}

impl ExpressedBy {
    pub const fn label_id(self) -> &'static str {
        match self {
            ExpressedBy::Person => "expressed-by-person-label",
            ExpressedBy::Representative => "expressed-by-representative-label",
            ExpressedBy::Advocate => "expressed-by-advocate-label",
        }
    }
}

impl RatedBy {
    pub const fn label_id(self) -> &'static str {
        match self {
            RatedBy::Person => "rated-by-person-label",
            RatedBy::WithAdvocate => "rated-by-with-advocate-label",
            RatedBy::Advocate => "rated-by-advocate-label",
        }
    }
}

/// A look back at an outcome during the case: what changed, and when to look again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeReview {
    pub at: DateTime<Utc>,
    pub by: Uuid,
    pub what_changed: String,
    #[serde(default)]
    pub next_review_on: Option<NaiveDate>,
}

/// How far an outcome was achieved, once rated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeRating {
    pub achievement: Achievement,
    pub by: RatedBy,
    /// The person's own words about it, where they gave some.
    #[serde(default)]
    pub comment: Option<String>,
    pub at: DateTime<Utc>,
}

/// One outcome the person wants, as the team sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DesiredOutcome {
    pub id: Uuid,
    pub words: String,
    pub expressed_by: ExpressedBy,
    pub wellbeing: Vec<WellbeingArea>,
    /// What the person wants done if it does not happen.
    #[serde(default)]
    pub if_not: Option<String>,
    #[serde(default)]
    pub review_on: Option<NaiveDate>,
    /// Whether it was passed to whoever leads the council's safeguarding enquiry.
    #[serde(default)]
    pub shared_with_enquiry: bool,
    pub recorded_at: DateTime<Utc>,
    pub recorded_by: Uuid,
    #[serde(default)]
    pub reviews: Vec<OutcomeReview>,
    #[serde(default)]
    pub rating: Option<OutcomeRating>,
    pub version: i64,
}

/// A new outcome, or a change to one (`version` is the one changed from; 0 for a new one).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeChange {
    #[serde(default)]
    pub words: String,
    #[serde(default)]
    pub expressed_by: Option<ExpressedBy>,
    #[serde(default)]
    pub wellbeing: Vec<WellbeingArea>,
    #[serde(default)]
    pub if_not: Option<String>,
    #[serde(default)]
    pub review_on: Option<NaiveDate>,
    #[serde(default)]
    pub shared_with_enquiry: bool,
    #[serde(default)]
    pub version: i64,
}

impl Validate for OutcomeChange {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        check_optional(&mut errors, "words", Some(&self.words), true, paragraph(MAX_OUTCOME), "error-outcome-words-required");
        if self.expressed_by.is_none() {
            errors.add("expressed_by", error("required", "error-outcome-expressed-by-required"));
        }
        check_optional(&mut errors, "if_not", self.if_not.as_deref(), false, paragraph(MAX_OUTCOME_NOTE), "");
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// Looking back at an outcome: `POST /referrals/{id}/outcomes/{outcome}/reviews`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewOutcomeReview {
    #[serde(default)]
    pub what_changed: String,
    /// When to look again; none when no more reviews are planned.
    #[serde(default)]
    pub next_review_on: Option<NaiveDate>,
    pub version: i64,
}

impl Validate for NewOutcomeReview {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        check_optional(&mut errors, "what_changed", Some(&self.what_changed), true, paragraph(MAX_OUTCOME_NOTE), "error-review-required");
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// Rating an outcome from the case: `PUT /referrals/{id}/outcomes/{outcome}/rating`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatingChange {
    #[serde(default)]
    pub achievement: Option<Achievement>,
    /// With the person, or the advocate's own view: a person rating on their own does so
    /// from their tracking page.
    #[serde(default)]
    pub by: Option<RatedBy>,
    #[serde(default)]
    pub comment: Option<String>,
    pub version: i64,
}

impl Validate for RatingChange {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if self.achievement.is_none() {
            errors.add("achievement", error("required", "error-achievement-required"));
        }
        match self.by {
            None => errors.add("by", error("required", "error-rated-by-required")),
            Some(RatedBy::Person) => errors.add("by", error("person", "error-rated-by-person")),
            Some(_) => {}
        }
        check_optional(&mut errors, "comment", self.comment.as_deref(), false, paragraph(MAX_OUTCOME_NOTE), "");
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// The most outcomes one case records (and so one rating request carries).
pub const MAX_OUTCOMES: usize = 30;

/// The person says how their outcomes went, whether they feel safer and how far we did what
/// they hoped, from the tracking page with the same reference and code, while their case is
/// closing: `POST /track/outcome-ratings`. All in one request, since each look-up with the
/// code spends one of a few tries; they may leave any unanswered, but not all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RateOutcomesRequest {
    #[serde(flatten)]
    pub track: TrackRequest,
    #[serde(default)]
    pub ratings: Vec<PersonsAnswer>,
    #[serde(default)]
    pub closure: super::PersonsClosure,
}

/// How one outcome went, in the person's own answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonsAnswer {
    pub outcome: Uuid,
    pub achievement: Achievement,
    #[serde(default)]
    pub comment: Option<String>,
}

impl Validate for RateOutcomesRequest {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = self.track.validate().err().unwrap_or_default();
        self.closure.check(&mut errors);
        if self.ratings.is_empty() && self.closure.is_empty() {
            errors.add("ratings", error("required", "error-ratings-required"));
        } else if self.ratings.len() > MAX_OUTCOMES {
            errors.add("ratings", error("too_many", "error-ratings-too-many"));
        } else if self.ratings.iter().any(|r| r.comment.as_deref().is_some_and(|c| paragraph(MAX_OUTCOME_NOTE)(c.trim()).is_err())) {
            errors.add("ratings", error("length", "error-rating-comment-long"));
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// An outcome as the person reads it on their tracking page: their words, who said them,
/// what it touches, when it will be looked at again, and how it went. Never who on the team
/// recorded it or the team's review notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeForPerson {
    pub id: Uuid,
    pub words: String,
    pub expressed_by: ExpressedBy,
    pub wellbeing: Vec<WellbeingArea>,
    #[serde(default)]
    pub if_not: Option<String>,
    #[serde(default)]
    pub review_on: Option<NaiveDate>,
    #[serde(default)]
    pub rating: Option<PersonsRating>,
}

/// A rating as the person reads it back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonsRating {
    pub achievement: Achievement,
    pub by: RatedBy,
    #[serde(default)]
    pub comment: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::field_errors;

    fn fields(errors: Result<(), ValidationErrors>) -> Vec<String> {
        errors.err().map(|e| field_errors(&e).into_iter().map(|f| f.field).collect()).unwrap_or_default()
    }

    #[test]
    fn an_outcome_needs_words_and_whose_they_are() {
        assert_eq!(fields(OutcomeChange::default().validate()), ["expressed_by", "words"]);
        let mine = OutcomeChange { words: "To stay in my own flat".into(), expressed_by: Some(ExpressedBy::Person), ..OutcomeChange::default() };
        assert!(fields(mine.validate()).is_empty());
        let long = OutcomeChange { if_not: Some("a".repeat(MAX_OUTCOME_NOTE + 1)), ..mine };
        assert_eq!(fields(long.validate()), ["if_not"]);
    }

    #[test]
    fn staff_rate_with_the_person_or_as_the_advocate_never_as_the_person_alone() {
        let rating = RatingChange { achievement: Some(Achievement::Partly), by: Some(RatedBy::WithAdvocate), comment: None, version: 1 };
        assert!(fields(rating.validate()).is_empty());
        assert_eq!(fields(RatingChange { by: Some(RatedBy::Person), ..rating.clone() }.validate()), ["by"]);
        assert_eq!(fields(RatingChange { achievement: None, by: None, ..rating }.validate()), ["achievement", "by"]);
    }

    #[test]
    fn the_person_s_ratings_need_the_code_at_least_one_answer_and_short_comments() {
        let track = TrackRequest { reference: "SU-ABCD-EFGH".into(), tracking_code: "apple river stone cloud".into() };
        let answer = PersonsAnswer { outcome: Uuid::nil(), achievement: Achievement::Fully, comment: Some("Much better now".into()) };
        let rating = RateOutcomesRequest { track: track.clone(), ratings: vec![answer.clone()], closure: Default::default() };
        assert!(fields(rating.validate()).is_empty());
        let blank = RateOutcomesRequest { track: TrackRequest { tracking_code: String::new(), ..track.clone() }, ratings: Vec::new(), closure: Default::default() };
        assert_eq!(fields(blank.validate()), ["ratings", "tracking_code"]);
        let safer = super::super::PersonsClosure { feels_safer: Some(super::super::Safer::Yes), ..Default::default() };
        assert!(fields(RateOutcomesRequest { track: track.clone(), ratings: Vec::new(), closure: safer }.validate()).is_empty(), "only how safe they feel");
        let long = PersonsAnswer { comment: Some("a".repeat(MAX_OUTCOME_NOTE + 1)), ..answer };
        assert_eq!(fields(RateOutcomesRequest { track, ratings: vec![long], closure: Default::default() }.validate()), ["ratings"]);
    }

    #[test]
    fn every_wellbeing_area_and_achievement_has_words() {
        use crate::words::tests::assert_in_english_and_welsh as assert_words;
        assert_words(WellbeingArea::ALL.iter().map(|a| a.label_id().to_string()));
        assert_words(Achievement::ALL.iter().map(|a| a.label_id().to_string()));
        assert_words(ExpressedBy::ALL.iter().map(|a| a.label_id().to_string()));
        assert_words(RatedBy::ALL.iter().map(|a| a.label_id().to_string()));
    }
}
