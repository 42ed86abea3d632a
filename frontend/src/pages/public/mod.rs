//! Pages anyone can use without an account.

pub mod check;
pub mod confirmation;
pub mod contact;
pub mod eligibility;
pub mod lost_code;
pub mod not_found;
pub mod questions;
pub mod receipt;
pub mod start;
pub mod track;
pub mod who;

use speakup_types::problem::FieldError;

use crate::app::Route;
use crate::draft::{Choices, Draft};
use crate::pages::flow::{next_in, previous_in, Flow, Profile};
use crate::pages::profile::Topic;
use eligibility::Ask;

/// The self-referral's question pages in order. Continue goes to the next one that applies,
/// Back to the one before.
pub const QUESTIONS: [Route; 15] = [
    Route::HelpWith,
    Route::Name,
    Route::ContactMethod,
    Route::ContactDetails,
    Route::Messages,
    Route::Communication,
    Route::Advocate,
    Route::People,
    Route::Council,
    Route::Hospital,
    Route::Section,
    Route::Complaint,
    Route::Difficulty,
    Route::Support,
    Route::Equality,
];

pub fn previous(d: &Draft, here: &Route) -> Route {
    previous_in(&QUESTIONS, here, |r| d.eligibility_applies(r))
}

/// Where Continue goes from `here`: back to "check your answers" once it has been seen
/// (an eligibility answer that opens a new question is handled by `Flow::next`).
pub fn next(d: &Draft, here: &Route) -> Route {
    if d.checking {
        return Route::Check;
    }
    next_in(&QUESTIONS, here, |r| d.eligibility_applies(r), Route::Check)
}

impl Flow for Draft {
    const ABOUT_THEM: bool = false;

    fn checking(&self) -> bool {
        self.checking
    }

    fn choices(&self) -> &Choices {
        &self.choices
    }

    fn choices_mut(&mut self) -> &mut Choices {
        &mut self.choices
    }

    fn profile(&mut self) -> Profile<'_> {
        Profile {
            communication: &mut self.referral.communication,
            preferences: &mut self.referral.preferences,
            equality: &mut self.referral.equality,
            equality_answering: &mut self.choices.equality_answering,
        }
    }

    fn problems_in(&self, fields: &[&str]) -> Vec<FieldError> {
        self.errors_for(fields)
    }

    fn page(ask: Ask) -> Route {
        match ask {
            Ask::Council => Route::Council,
            Ask::Hospital => Route::Hospital,
            Ask::Section => Route::Section,
            Ask::Complaint => Route::Complaint,
            Ask::Difficulty => Route::Difficulty,
            Ask::Support => Route::Support,
        }
    }

    fn topic_page(topic: Topic) -> Route {
        match topic {
            Topic::Communication => Route::Communication,
            Topic::Advocate => Route::Advocate,
            Topic::People => Route::People,
            Topic::Equality => Route::Equality,
        }
    }

    fn back_from(&self, here: &Route) -> Route {
        previous(self, here)
    }

    fn next_from(&self, here: &Route) -> Route {
        next(self, here)
    }

    fn check() -> Route {
        Route::Check
    }
}
