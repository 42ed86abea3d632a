//! Asking for an advocate for someone else, as their carer, relative or friend: one question
//! per page under `/refer-for/`, with its own draft. Two pages only appear when they apply:
//! the best-interests question when the person has not agreed, and the person's own contact
//! details when the team should contact them directly.

mod person;
mod referrer;
mod review;

use yew::prelude::*;

use speakup_types::problem::FieldError;

use crate::draft::{Choices, OnBehalfDraft};
use crate::pages::check::CheckAnswers;
use crate::pages::contact::{Contact, Details, Method, Safety, SafetyPage, Through, Whose};
use crate::pages::flow::{Flow, Need, Profile};
use crate::pages::help_with::{HelpWith, LivesIn};
use crate::pages::profile::{ProfilePage, Topic};
use crate::pages::urgency::{HowSoon, WhatAndWhen};
use crate::pages::public::eligibility::{self, Ask, Difficulty, RadioQuestion, Section};
use crate::pages::public::not_found;
use crate::route::{Route, Step, FOR_PAGES};
pub use person::CONSENT;

impl Flow for OnBehalfDraft {
    const ABOUT_THEM: bool = true;
    const PAGES: &'static [(Step, &'static str)] = &FOR_PAGES;

    fn route(step: Step) -> Route {
        Route::refer_for(step)
    }

    fn checking(&self) -> bool {
        self.checking
    }

    fn choices(&self) -> &Choices {
        &self.choices
    }

    fn choices_mut(&mut self) -> &mut Choices {
        &mut self.choices
    }

    fn need(&mut self) -> Need<'_> {
        Need { words: &mut self.referral.help_with, reasons: &mut self.referral.reasons }
    }

    fn lives_in(&mut self) -> &mut Option<String> {
        &mut self.referral.lives_in
    }

    fn profile(&mut self) -> Profile<'_> {
        Profile {
            communication: &mut self.referral.communication,
            preferences: &mut self.referral.preferences,
            equality: &mut self.referral.equality,
            equality_answering: &mut self.choices.equality_answering,
        }
    }

    fn contact(&mut self, whose: Whose) -> Contact<'_> {
        match whose {
            Whose::Referrer => Contact { method: &mut self.about.referrer_method, details: &mut self.referral.referrer.contact },
            Whose::Person => Contact { method: &mut self.choices.method, details: &mut self.person_contact },
        }
    }

    fn problems_in(&self, fields: &[&str]) -> Vec<FieldError> {
        self.errors_for(fields)
    }

    fn applies(&self, step: Step) -> bool {
        match step {
            Step::BestInterests => self.asks_best_interests(),
            Step::ContactMethod | Step::ContactDetails | Step::Messages | Step::SafeTimes | Step::Codeword => {
                self.asks_person_contact()
            }
            _ => eligibility::applies(&self.choices, step),
        }
    }

    fn opens(&self, here: Step) -> Option<Step> {
        match here {
            Step::Consent if self.asks_best_interests() => Some(Step::BestInterests),
            Step::ContactWay if self.asks_person_contact() => Some(Step::ContactMethod),
            _ => eligibility::opened_by(here, &self.choices),
        }
    }
}

/// The page of the on-behalf route at `step`.
pub fn page(step: Step) -> Html {
    match step {
        Step::ReferrerName => html! { <referrer::Name /> },
        Step::Relationship => html! { <referrer::Relationship /> },
        Step::ReferrerMethod => html! { <Method<OnBehalfDraft> whose={Whose::Referrer} /> },
        Step::ReferrerDetails => html! { <Details<OnBehalfDraft> whose={Whose::Referrer} /> },
        Step::Name => html! { <person::Name /> },
        Step::LivesIn => html! { <LivesIn<OnBehalfDraft> /> },
        Step::HelpWith => html! { <HelpWith<OnBehalfDraft> /> },
        Step::Urgency => html! { <HowSoon<OnBehalfDraft> /> },
        Step::Soon => html! { <WhatAndWhen<OnBehalfDraft> /> },
        Step::OwnWords => html! { <person::OwnWords /> },
        Step::Consent => html! { <person::Agreement /> },
        Step::BestInterests => html! { <person::BestInterests /> },
        Step::ContactWay => html! { <Through /> },
        Step::ContactMethod => html! { <Method<OnBehalfDraft> whose={Whose::Person} /> },
        Step::ContactDetails => html! { <Details<OnBehalfDraft> whose={Whose::Person} /> },
        Step::Messages => html! { <SafetyPage<OnBehalfDraft> ask={Safety::Messages} /> },
        Step::SafeTimes => html! { <SafetyPage<OnBehalfDraft> ask={Safety::SafeTimes} /> },
        Step::Codeword => html! { <SafetyPage<OnBehalfDraft> ask={Safety::Codeword} /> },
        Step::Communication => {
            html! { <ProfilePage<OnBehalfDraft> topic={Topic::Communication} /> }
        }
        Step::Advocate => html! { <ProfilePage<OnBehalfDraft> topic={Topic::Advocate} /> },
        Step::People => html! { <ProfilePage<OnBehalfDraft> topic={Topic::People} /> },
        Step::Council => html! { <RadioQuestion<OnBehalfDraft> ask={Ask::Council} /> },
        Step::Hospital => html! { <RadioQuestion<OnBehalfDraft> ask={Ask::Hospital} /> },
        Step::Section => html! { <Section<OnBehalfDraft> /> },
        Step::Complaint => html! { <RadioQuestion<OnBehalfDraft> ask={Ask::Complaint} /> },
        Step::Difficulty => html! { <Difficulty<OnBehalfDraft> /> },
        Step::Support => html! { <RadioQuestion<OnBehalfDraft> ask={Ask::Support} /> },
        Step::Equality => html! { <ProfilePage<OnBehalfDraft> topic={Topic::Equality} /> },
        Step::Check => html! { <CheckAnswers<OnBehalfDraft> /> },
        // Who needs an advocate and "sent" are on the self-referral's addresses.
        Step::Who | Step::Sent => not_found::page(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::check::problems_in_order;

    fn at(step: Step) -> Route {
        Route::refer_for(step)
    }

    #[test]
    fn the_route_starts_after_who_needs_an_advocate() {
        let d = OnBehalfDraft::default();
        assert_eq!(d.back(Step::ReferrerName), Route::who());
        assert_eq!(d.next(Step::ReferrerName), at(Step::Relationship));
    }

    #[test]
    fn best_interests_is_asked_only_when_the_person_has_not_agreed() {
        let mut d = OnBehalfDraft::default();
        d.about.consent = Some("yes".into());
        assert_eq!(d.next(Step::Consent), at(Step::ContactWay));
        assert_eq!(d.back(Step::ContactWay), at(Step::Consent));
        d.about.consent = Some("no".into());
        assert_eq!(d.next(Step::Consent), at(Step::BestInterests));
        assert_eq!(d.back(Step::ContactWay), at(Step::BestInterests));
    }

    #[test]
    fn the_persons_own_contact_is_asked_only_when_the_team_contacts_them_directly() {
        let mut d = OnBehalfDraft::default();
        d.about.through_referrer = Some("yes".into());
        assert_eq!(d.next(Step::ContactWay), at(Step::Communication));
        assert_eq!(d.back(Step::Communication), at(Step::ContactWay));
        d.about.through_referrer = Some("no".into());
        assert_eq!(d.next(Step::ContactWay), at(Step::ContactMethod));
        assert_eq!(d.back(Step::Communication), at(Step::Codeword));
        assert_eq!(d.next(Step::Messages), at(Step::SafeTimes));
    }

    #[test]
    fn once_checked_an_answer_that_opens_a_page_goes_there_first() {
        let mut d = OnBehalfDraft { checking: true, ..OnBehalfDraft::default() };
        d.about.consent = Some("yes".into());
        assert_eq!(d.next(Step::Consent), at(Step::Check));
        d.about.consent = Some("cannot_say".into());
        assert_eq!(d.next(Step::Consent), at(Step::BestInterests));
        d.about.through_referrer = Some("no".into());
        assert_eq!(d.next(Step::ContactWay), at(Step::ContactMethod));
    }

    #[test]
    fn every_required_choice_left_unmade_is_a_problem_in_page_order() {
        let found = problems_in_order(&OnBehalfDraft::default());
        let fields: Vec<&str> = found.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields.first(), Some(&"referrer.name"));
        let at = |field: &str| fields.iter().position(|f| *f == field).unwrap_or_else(|| panic!("{field} missing from {fields:?}"));
        assert!(at("referrer.relationship") < at("referrer.contact.method"));
        assert!(at("referrer.contact.method") < at("person_name"));
        assert!(at("consent") < at("contact_through_referrer"));
        assert!(!fields.contains(&"person_contact.method"), "not asked until the team is to contact them directly");
    }
}
