//! Asking for an advocate for someone else, as their carer, relative or friend: one question
//! per page under `/refer-for/`, with its own draft. Two pages only appear when they apply:
//! the best-interests question when the person has not agreed, and the person's own contact
//! details when the team should contact them directly.

mod check;
mod contact;
mod person;
mod referrer;

use yew::prelude::*;

use speakup_types::problem::FieldError;

use crate::app::Route;
use crate::draft::{Choices, OnBehalfDraft};
use crate::pages::flow::{next_in, previous_in, Flow, Profile};
use crate::pages::profile::{ProfilePage, Topic};
use crate::pages::public::eligibility::{Ask, Difficulty, RadioQuestion, Section};
use contact::Whose;
pub use person::CONSENT;

/// The question pages in order. Continue goes to the next one that applies, Back to the one before.
const QUESTIONS: [Route; 23] = [
    Route::ForReferrerName,
    Route::ForRelationship,
    Route::ForReferrerMethod,
    Route::ForReferrerDetails,
    Route::ForPersonName,
    Route::ForHelpWith,
    Route::ForOwnWords,
    Route::ForConsent,
    Route::ForBestInterests,
    Route::ForContactWay,
    Route::ForPersonMethod,
    Route::ForPersonDetails,
    Route::ForMessages,
    Route::ForCommunication,
    Route::ForAdvocate,
    Route::ForPeople,
    Route::ForCouncil,
    Route::ForHospital,
    Route::ForSection,
    Route::ForComplaint,
    Route::ForDifficulty,
    Route::ForSupport,
    Route::ForEquality,
];

fn applies(d: &OnBehalfDraft, route: &Route) -> bool {
    match route {
        Route::ForBestInterests => d.asks_best_interests(),
        Route::ForPersonMethod | Route::ForPersonDetails | Route::ForMessages => d.asks_person_contact(),
        _ => d.eligibility_applies(route),
    }
}

pub fn previous(d: &OnBehalfDraft, here: &Route) -> Route {
    previous_in(&QUESTIONS, here, |r| applies(d, r))
}

/// Where Continue goes from `here`. Once "check your answers" has been seen it goes back
/// there, unless this answer opened a page that now needs answering.
pub fn next(d: &OnBehalfDraft, here: &Route) -> Route {
    if d.checking {
        return match here {
            Route::ForConsent if d.asks_best_interests() => Route::ForBestInterests,
            Route::ForContactWay if d.asks_person_contact() => Route::ForPersonMethod,
            _ => Route::ForCheck,
        };
    }
    next_in(&QUESTIONS, here, |r| applies(d, r), Route::ForCheck)
}

impl Flow for OnBehalfDraft {
    const ABOUT_THEM: bool = true;

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
            Ask::Council => Route::ForCouncil,
            Ask::Hospital => Route::ForHospital,
            Ask::Section => Route::ForSection,
            Ask::Complaint => Route::ForComplaint,
            Ask::Difficulty => Route::ForDifficulty,
            Ask::Support => Route::ForSupport,
        }
    }

    fn topic_page(topic: Topic) -> Route {
        match topic {
            Topic::Communication => Route::ForCommunication,
            Topic::Advocate => Route::ForAdvocate,
            Topic::People => Route::ForPeople,
            Topic::Equality => Route::ForEquality,
        }
    }

    fn back_from(&self, here: &Route) -> Route {
        previous(self, here)
    }

    fn next_from(&self, here: &Route) -> Route {
        next(self, here)
    }

    fn check() -> Route {
        Route::ForCheck
    }
}

/// The page for an on-behalf route.
pub fn page(route: Route) -> Html {
    match route {
        Route::ForReferrerName => html! { <referrer::Name /> },
        Route::ForRelationship => html! { <referrer::Relationship /> },
        Route::ForReferrerMethod => html! { <contact::Method whose={Whose::Referrer} /> },
        Route::ForReferrerDetails => html! { <contact::Details whose={Whose::Referrer} /> },
        Route::ForPersonName => html! { <person::Name /> },
        Route::ForHelpWith => html! { <person::HelpWith /> },
        Route::ForOwnWords => html! { <person::OwnWords /> },
        Route::ForConsent => html! { <person::Agreement /> },
        Route::ForBestInterests => html! { <person::BestInterests /> },
        Route::ForContactWay => html! { <contact::Through /> },
        Route::ForPersonMethod => html! { <contact::Method whose={Whose::Person} /> },
        Route::ForPersonDetails => html! { <contact::Details whose={Whose::Person} /> },
        Route::ForMessages => html! { <contact::Messages /> },
        Route::ForCommunication => html! { <ProfilePage<OnBehalfDraft> topic={Topic::Communication} /> },
        Route::ForAdvocate => html! { <ProfilePage<OnBehalfDraft> topic={Topic::Advocate} /> },
        Route::ForPeople => html! { <ProfilePage<OnBehalfDraft> topic={Topic::People} /> },
        Route::ForCouncil => html! { <RadioQuestion<OnBehalfDraft> ask={Ask::Council} /> },
        Route::ForHospital => html! { <RadioQuestion<OnBehalfDraft> ask={Ask::Hospital} /> },
        Route::ForSection => html! { <Section<OnBehalfDraft> /> },
        Route::ForComplaint => html! { <RadioQuestion<OnBehalfDraft> ask={Ask::Complaint} /> },
        Route::ForDifficulty => html! { <Difficulty<OnBehalfDraft> /> },
        Route::ForSupport => html! { <RadioQuestion<OnBehalfDraft> ask={Ask::Support} /> },
        Route::ForEquality => html! { <ProfilePage<OnBehalfDraft> topic={Topic::Equality} /> },
        Route::ForCheck => html! { <check::CheckAnswers /> },
        _ => html! {},
    }
}
