//! What the public referral routes (self and on-behalf) have in common, so one page serves
//! both: `Flow` says which draft a page writes to, which pages the route has and which of
//! them apply, and whether it asks about "you" or about the person someone is referring.
//! `use_question` wires a question page to its draft, its errors and the way on.

use speakup_types::equality::EqualityMonitoring;
use speakup_types::problem::FieldError;
use speakup_types::referral::{CommonReason, CommunicationNeeds, PersonPreferences};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::error_summary::{to_field, Errors};
use crate::draft::{use_stored, Choices, Handle, Stored};
use crate::pages::contact::{Contact, Whose};
use crate::route::{Route, Step};

/// What help is needed, in a draft: their own words and the pictures chosen.
pub struct Need<'a> {
    pub words: &'a mut String,
    pub reasons: &'a mut Vec<CommonReason>,
}

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
    /// The route's pages in order, with their addresses (see `route::refer`).
    const PAGES: &'static [(Step, &'static str)];
    /// The address of one of the route's pages.
    fn route(step: Step) -> Route;
    /// "Check your answers" has been seen, so Continue goes back there.
    fn checking(&self) -> bool;
    fn choices(&self) -> &Choices;
    fn choices_mut(&mut self) -> &mut Choices;
    fn need(&mut self) -> Need<'_>;
    /// The person's town or council area.
    fn lives_in(&mut self) -> &mut Option<String>;
    fn profile(&mut self) -> Profile<'_>;
    /// How to reach the person, or the one referring them.
    fn contact(&mut self, whose: Whose) -> Contact<'_>;
    /// What the shared rules find wrong with the answers under these field paths.
    fn problems_in(&self, fields: &[&str]) -> Vec<FieldError>;
    /// Whether a page is asked, from the answers before it.
    fn applies(&self, step: Step) -> bool;
    /// A page that the answer on `here` has just brought in, asked before going back to
    /// "check your answers".
    fn opens(&self, here: Step) -> Option<Step>;

    fn back(&self, here: Step) -> Route {
        before(questions::<Self>(), here, |s| self.applies(s)).map_or(Route::who(), Self::route)
    }

    /// Where Continue goes: the next page that applies, or once "check your answers" has been
    /// seen, back there by way of any page this answer opened.
    fn next(&self, here: Step) -> Route {
        if self.checking() {
            return Self::route(self.opens(here).unwrap_or(Step::Check));
        }
        Self::route(after(questions::<Self>(), here, |s| self.applies(s)).unwrap_or(Step::Check))
    }
}

/// The question pages of a route, in order, with its "check your answers" last.
fn questions<D: Flow>() -> impl Iterator<Item = Step> {
    D::PAGES.iter().map(|(step, _)| *step).filter(|s| s.is_question() || *s == Step::Check)
}

/// The page before `here` in `pages` that applies, if any.
pub fn before<T: Copy + PartialEq>(pages: impl Iterator<Item = T>, here: T, applies: impl Fn(T) -> bool) -> Option<T> {
    pages.take_while(|p| *p != here).filter(|p| applies(*p)).last()
}

/// The page after `here` in `pages` that applies, if any.
pub fn after<T: Copy + PartialEq>(pages: impl Iterator<Item = T>, here: T, applies: impl Fn(T) -> bool) -> Option<T> {
    pages.skip_while(|p| *p != here).skip(1).find(|p| applies(*p))
}

/// A question page's draft, errors and way on.
pub struct Question<D> {
    pub draft: Handle<D>,
    errors: UseStateHandle<Errors>,
    navigator: Option<Navigator>,
    here: Step,
}

#[hook]
pub fn use_question<D: Flow>(here: Step) -> Question<D> {
    Question { draft: use_stored::<D>(), errors: use_state(Errors::default), navigator: use_navigator(), here }
}

impl<D: Flow> Question<D> {
    pub fn get(&self) -> D {
        self.draft.get()
    }

    pub fn back(&self) -> Route {
        self.get().back(self.here)
    }

    pub fn next(&self) -> Route {
        self.get().next(self.here)
    }

    pub fn errors(&self) -> Errors {
        (*self.errors).clone()
    }

    pub fn error(&self, field: &str) -> Option<String> {
        self.errors.inline(field)
    }

    /// Continue: the shared rules check the answers under `fields`, then the next page.
    pub fn submit(&self, fields: &'static [&'static str]) -> Callback<()> {
        self.submit_checked(move |d| d.problems_in(fields))
    }

    /// Continue once `problems` finds nothing wrong with the answers.
    pub fn submit_checked(&self, problems: impl Fn(&D) -> Vec<FieldError> + 'static) -> Callback<()> {
        let (draft, errors, navigator, here) = (self.draft.clone(), self.errors.clone(), self.navigator.clone(), self.here);
        Callback::from(move |_| {
            let d = draft.get();
            let found = problems(&d);
            if !found.is_empty() {
                errors.set(errors.with_fields(found, to_field));
            } else if let Some(navigator) = &navigator {
                navigator.push(&d.next(here));
            }
        })
    }

    /// A callback that writes an answer into the draft.
    pub fn set<V: 'static>(&self, write: impl Fn(&mut D, V) + 'static) -> Callback<V> {
        let draft = self.draft.clone();
        Callback::from(move |value: V| draft.update(|d| write(d, value)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn before_and_after_skip_pages_that_do_not_apply() {
        let pages = [1, 2, 3, 4, 5];
        let odd = |p: i32| p % 2 == 1;
        assert_eq!(before(pages.into_iter(), 5, odd), Some(3));
        assert_eq!(before(pages.into_iter(), 1, odd), None);
        assert_eq!(after(pages.into_iter(), 1, odd), Some(3));
        assert_eq!(after(pages.into_iter(), 5, odd), None);
        assert_eq!(after(pages.into_iter(), 2, |_| true), Some(3));
    }
}
