//! Pages anyone can use without an account.

mod review;
pub mod confirmation;
mod declined;
pub mod eligibility;
pub mod lost_code;
pub mod not_found;
pub mod questions;
pub mod receipt;
pub mod start;
pub mod track;
pub mod who;
mod move_meeting;
mod outcomes;
mod withdraw;

use speakup_types::problem::FieldError;
use yew::prelude::*;

use crate::draft::{Choices, Draft};
use crate::pages::check::CheckAnswers;
use crate::pages::contact::{Contact, Details, Method, Safety, SafetyPage, Whose};
use crate::pages::flow::{Flow, Need, Profile};
use crate::pages::help_with::{HelpWith, LivesIn};
use crate::pages::profile::{ProfilePage, Topic};
use crate::pages::urgency::{HowSoon, WhatAndWhen};
use crate::route::{Route, Step, SELF_PAGES};
use eligibility::{Ask, Difficulty, RadioQuestion, Section};

impl Flow for Draft {
    const ABOUT_THEM: bool = false;
    const PAGES: &'static [(Step, &'static str)] = &SELF_PAGES;

    fn route(step: Step) -> Route {
        Route::refer(step)
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

    /// Asking for yourself, you are the person and the one referring.
    fn contact(&mut self, _: Whose) -> Contact<'_> {
        Contact { method: &mut self.choices.method, details: &mut self.referral.contact }
    }

    fn problems_in(&self, fields: &[&str]) -> Vec<FieldError> {
        self.errors_for(fields)
    }

    fn applies(&self, step: Step) -> bool {
        eligibility::applies(&self.choices, step)
    }

    fn opens(&self, here: Step) -> Option<Step> {
        eligibility::opened_by(here, &self.choices)
    }
}

/// The page of the self-referral at `step`.
pub fn page(step: Step) -> Html {
    match step {
        Step::Who => html! { <who::WhoPage /> },
        Step::HelpWith => html! { <HelpWith<Draft> /> },
        Step::Urgency => html! { <HowSoon<Draft> /> },
        Step::Soon => html! { <WhatAndWhen<Draft> /> },
        Step::Name => html! { <questions::Name /> },
        Step::LivesIn => html! { <LivesIn<Draft> /> },
        Step::ContactMethod => html! { <Method<Draft> whose={Whose::Person} /> },
        Step::ContactDetails => html! { <Details<Draft> whose={Whose::Person} /> },
        Step::Messages => html! { <SafetyPage<Draft> ask={Safety::Messages} /> },
        Step::SafeTimes => html! { <SafetyPage<Draft> ask={Safety::SafeTimes} /> },
        Step::Codeword => html! { <SafetyPage<Draft> ask={Safety::Codeword} /> },
        Step::Communication => html! { <ProfilePage<Draft> topic={Topic::Communication} /> },
        Step::Advocate => html! { <ProfilePage<Draft> topic={Topic::Advocate} /> },
        Step::People => html! { <ProfilePage<Draft> topic={Topic::People} /> },
        Step::Council => html! { <RadioQuestion<Draft> ask={Ask::Council} /> },
        Step::Hospital => html! { <RadioQuestion<Draft> ask={Ask::Hospital} /> },
        Step::Section => html! { <Section<Draft> /> },
        Step::Complaint => html! { <RadioQuestion<Draft> ask={Ask::Complaint} /> },
        Step::Difficulty => html! { <Difficulty<Draft> /> },
        Step::Support => html! { <RadioQuestion<Draft> ask={Ask::Support} /> },
        Step::Equality => html! { <ProfilePage<Draft> topic={Topic::Equality} /> },
        Step::Check => html! { <CheckAnswers<Draft> /> },
        Step::Sent => confirmation::page(),
        // Only asked on the route for someone else.
        _ => not_found::page(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::check::{problems_in_order, to_page};
    use eligibility::SECTION_FIELD;

    fn at(step: Step) -> Route {
        Route::refer(step)
    }

    #[test]
    fn continue_and_back_follow_the_pages_in_order() {
        let d = Draft::default();
        assert_eq!(d.back(Step::HelpWith), Route::who());
        assert_eq!(d.next(Step::HelpWith), at(Step::Urgency));
        assert_eq!(d.next(Step::Urgency), at(Step::Name));
        assert_eq!(d.next(Step::Name), at(Step::LivesIn));
        assert_eq!(d.back(Step::Name), at(Step::Urgency));
        assert_eq!(d.next(Step::LivesIn), at(Step::ContactMethod));
        assert_eq!(d.next(Step::Equality), at(Step::Check));
        assert_eq!(d.back(Step::Check), at(Step::Equality));
    }

    #[test]
    fn the_section_is_asked_only_of_someone_kept_in_hospital() {
        let mut d = Draft::default();
        assert_eq!(d.next(Step::Hospital), at(Step::Complaint));
        assert_eq!(d.back(Step::Complaint), at(Step::Hospital));
        d.choices.mha = Some("detained".into());
        assert_eq!(d.next(Step::Hospital), at(Step::Section));
        assert_eq!(d.back(Step::Complaint), at(Step::Section));
    }

    #[test]
    fn what_and_when_is_asked_only_of_something_happening_soon() {
        let mut d = Draft::default();
        d.choices.urgency.choice = Some(crate::draft::SOON.into());
        assert_eq!(d.next(Step::Urgency), at(Step::Soon));
        assert_eq!(d.back(Step::Name), at(Step::Soon));
        d.checking = true;
        assert_eq!(d.next(Step::Urgency), at(Step::Soon));
        d.choices.urgency.choice = Some(crate::draft::DANGER.into());
        assert_eq!(d.next(Step::Urgency), at(Step::Check));
    }

    #[test]
    fn whether_someone_could_help_is_skipped_without_a_council_or_a_difficulty() {
        let mut d = Draft::default();
        assert_eq!(d.next(Step::Difficulty), at(Step::Support));
        d.choices.difficulty = vec!["none".into()];
        assert_eq!(d.next(Step::Difficulty), at(Step::Equality));
        assert_eq!(d.back(Step::Equality), at(Step::Difficulty));
    }

    #[test]
    fn once_checked_continue_returns_to_check_by_way_of_a_question_just_opened() {
        let mut d = Draft { checking: true, ..Draft::default() };
        assert_eq!(d.next(Step::Name), at(Step::Check));
        d.choices.mha = Some("detained".into());
        assert_eq!(d.next(Step::Hospital), at(Step::Section));
        d.choices.mha_section = Some("2".into());
        assert_eq!(d.next(Step::Hospital), at(Step::Check));
    }

    #[test]
    fn problems_before_sending_come_in_the_order_of_the_pages_and_link_to_them() {
        let mut d = Draft::default();
        d.choices.mha = Some("detained".into());
        d.choices.mha_section = Some("not a section".into());
        let found = problems_in_order(&d);
        let fields: Vec<&str> = found.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["help_with", "urgency", "name", "contact.method", SECTION_FIELD]);
        assert_eq!(to_page::<Draft>("contact.phone"), "/refer/contact-details");
    }
}
