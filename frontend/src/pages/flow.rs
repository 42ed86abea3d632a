//! What the public referral routes (self and on-behalf) have in common, so one page serves
//! both: `Flow` says which draft a page writes to, where the page sits in the route, and
//! whether it asks about "you" or about the person someone is referring.

use speakup_types::equality::EqualityMonitoring;
use speakup_types::problem::FieldError;
use speakup_types::referral::{CommunicationNeeds, PersonPreferences};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::error_summary::{to_field, Errors};
use crate::draft::{Choices, Handle, Stored};
use crate::pages::profile::Topic;
use crate::pages::public::eligibility::{opened_by, Ask};

/// The person's profile answers in a draft, to read or change.
pub struct Profile<'a> {
    pub communication: &'a mut CommunicationNeeds,
    pub preferences: &'a mut PersonPreferences,
    pub equality: &'a mut Option<EqualityMonitoring>,
    /// "yes" or "no" to "would you like to answer the equality questions?".
    pub equality_answering: &'a mut Option<String>,
}

pub trait Flow: Stored {
    /// Ask about "the person" rather than "you".
    const ABOUT_THEM: bool;
    /// "Check your answers" has been seen, so Continue goes back there.
    fn checking(&self) -> bool;
    fn choices(&self) -> &Choices;
    fn choices_mut(&mut self) -> &mut Choices;
    fn profile(&mut self) -> Profile<'_>;
    /// What the shared rules find wrong with the answers under these field paths.
    fn problems_in(&self, fields: &[&str]) -> Vec<FieldError>;
    fn page(ask: Ask) -> Route;
    fn topic_page(topic: Topic) -> Route;
    fn back_from(&self, here: &Route) -> Route;
    /// Where Continue goes: the next page that applies, or "check your answers" once seen.
    fn next_from(&self, here: &Route) -> Route;
    fn check() -> Route;

    /// Whether an eligibility page applies, from the answers before it (the same rules on
    /// every route: see `entitlement::plain`).
    fn eligibility_applies(&self, route: &Route) -> bool {
        let plain = self.choices().plain();
        if *route == Self::page(Ask::Section) {
            plain.asks_section()
        } else if *route == Self::page(Ask::Support) {
            plain.asks_support()
        } else {
            true
        }
    }

    fn back(&self, ask: Ask) -> Route {
        self.back_from(&Self::page(ask))
    }

    /// Once "check your answers" has been seen, an answer that opens a question not yet
    /// answered goes there first.
    fn next(&self, ask: Ask) -> Route {
        match opened_by(ask, self.choices()) {
            Some(opened) if self.checking() => Self::page(opened),
            _ => self.next_from(&Self::page(ask)),
        }
    }
}

/// The page before `here` in a route's `pages` that applies, or "Who needs an advocate?".
pub fn previous_in(pages: &[Route], here: &Route, applies: impl Fn(&Route) -> bool) -> Route {
    let at = pages.iter().position(|r| r == here).unwrap_or(0);
    pages[..at].iter().rev().find(|r| applies(r)).cloned().unwrap_or(Route::Who)
}

/// The page after `here` in a route's `pages` that applies, or its `check` page after the last.
pub fn next_in(pages: &[Route], here: &Route, applies: impl Fn(&Route) -> bool, check: Route) -> Route {
    let at = pages.iter().position(|r| r == here).map_or(pages.len(), |i| i + 1);
    pages[at..].iter().find(|r| applies(r)).cloned().unwrap_or(check)
}

/// The usual Continue: check the answers on this page with the shared rules, then move on.
pub fn continue_with<D: Flow>(
    draft: &Handle<D>,
    errors: &UseStateHandle<Errors>,
    navigator: Option<Navigator>,
    here: Route,
    fields: &'static [&'static str],
) -> Callback<()> {
    let draft = draft.clone();
    let errors = errors.clone();
    Callback::from(move |_| {
        let d = draft.get();
        let found = d.problems_in(fields);
        if found.is_empty() {
            if let Some(navigator) = &navigator {
                navigator.push(&d.next_from(&here));
            }
        } else {
            errors.set(errors.with_fields(found, to_field));
        }
    })
}
