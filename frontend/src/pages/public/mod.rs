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
use crate::pages::flow::{Flow, Profile};
use crate::pages::profile::Topic;
use eligibility::Ask;

impl Flow for Draft {
    const ABOUT_THEM: bool = false;

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
        here.previous_question()
    }

    /// Back to "check your answers" once the person has been there.
    fn next_from(&self, here: &Route) -> Route {
        if self.checking {
            Route::Check
        } else {
            here.next_question()
        }
    }

    fn check() -> Route {
        Route::Check
    }
}
