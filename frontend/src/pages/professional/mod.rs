//! A referral from a professional (social worker, nurse, ward or care-home staff, GP,
//! police…), under `/refer-professional/<page>`. Professionals know the facts the law turns
//! on, so each page asks about one topic, several questions at a time, and a question only
//! appears when its answer could matter. Nothing but the referrer, the person and why they
//! need an advocate is required: "I don't know" is always an answer.

mod ask;
mod check;
mod legal;
mod person;
mod safety;
mod summary;
mod support;

use speakup_types::problem::FieldError;
use yew::prelude::*;

use crate::draft::ProfessionalDraft;
use crate::pages::flow::{after, before};
pub use crate::route::ProPage;
use crate::route::Route;

pub use summary::date_words;

impl ProPage {
    /// Pages that only appear when an earlier answer makes them matter: each law's questions
    /// only for the laws chosen (all of them when the professional is not sure).
    fn applies(self, d: &ProfessionalDraft) -> bool {
        match self {
            ProPage::Council | ProPage::Difficulty | ProPage::Support => d.asks_law("care_act"),
            ProPage::Exceptions => d.asks_law("care_act") && d.asks_exceptions(),
            ProPage::Capacity | ProPage::Dols => d.asks_law("mca"),
            ProPage::MentalHealth => d.asks_law("mha"),
            _ => true,
        }
    }

    /// The choice of law and the pages of each law.
    fn is_about_law(self) -> bool {
        use ProPage::*;
        matches!(self, Law | MentalHealth | Council | Difficulty | Support | Exceptions | Capacity | Dols)
    }

    pub fn previous(self, d: &ProfessionalDraft) -> Route {
        before(ProPage::all(), self, |p| p.applies(d)).map_or(Route::who(), ProPage::route)
    }

    /// Where Continue goes. Once "check your answers" has been seen it goes back there,
    /// unless this answer opened a page that now needs answering.
    pub fn next(self, d: &ProfessionalDraft) -> Route {
        if d.checking {
            // Choosing the laws again leads through the questions they now bring.
            if d.through_laws && self.is_about_law() {
                let next = after(ProPage::all(), self, |p| p.is_about_law() && p.applies(d));
                return next.unwrap_or(ProPage::Check).route();
            }
            let opened = self == ProPage::Support && ProPage::Exceptions.applies(d);
            return if opened { ProPage::Exceptions.route() } else { ProPage::Check.route() };
        }
        after(ProPage::all(), self, |p| p.applies(d)).unwrap_or(ProPage::Check).route()
    }
}

/// Which page asks for each answer, by the start of its path. The first match wins.
const PAGES: [(&str, ProPage); 48] = [
    ("referrer", ProPage::AboutYou),
    ("person.contact", ProPage::Contact),
    ("contact_directly", ProPage::Contact),
    ("person", ProPage::Person),
    ("eligibility.age", ProPage::Person),
    ("eligibility.in_prison", ProPage::Person),
    ("help_with", ProPage::Reason),
    ("urgency", ProPage::Reason),
    ("eligibility.needs_help_to_be_heard", ProPage::Reason),
    ("eligibility.nhs_complaint", ProPage::Reason),
    ("consent", ProPage::Agreement),
    ("law", ProPage::Law),
    ("best_interests", ProPage::Agreement),
    ("eligibility.care_support_needs", ProPage::Council),
    ("eligibility.council_involved", ProPage::Council),
    ("eligibility.process", ProPage::Council),
    ("eligibility.role", ProPage::Council),
    ("process_stage", ProPage::Council),
    ("eligibility.difficulty", ProPage::Difficulty),
    ("difficulty_evidence", ProPage::Difficulty),
    ("eligibility.candidates", ProPage::Support),
    ("candidates", ProPage::Support),
    ("candidate_descriptions", ProPage::Support),
    ("exceptions", ProPage::Exceptions),
    ("eligibility.nhs_placement", ProPage::Exceptions),
    ("eligibility.disagreement_with_appropriate_individual", ProPage::Exceptions),
    ("eligibility.mca_decision", ProPage::Capacity),
    ("eligibility.accommodation_expected_days", ProPage::Capacity),
    ("eligibility.capacity", ProPage::Capacity),
    ("eligibility.family_or_friend_to_consult", ProPage::Capacity),
    ("capacity_assessment_date", ProPage::Capacity),
    ("eligibility.mha", ProPage::MentalHealth),
    ("eligibility.dols_authorised", ProPage::Dols),
    ("eligibility.unpaid_rpr_available", ProPage::Dols),
    ("safeguarding", ProPage::Safeguarding),
    ("eligibility.urgent_enquiry", ProPage::Safeguarding),
    ("deadlines", ProPage::Deadlines),
    ("risk", ProPage::Risks),
    ("existing_advocate", ProPage::Advocate),
    ("eligibility.existing_advocate", ProPage::Advocate),
    ("communication", ProPage::Communication),
    ("preferences.advocate_gender", ProPage::Wishes),
    ("preferences.advocate_language", ProPage::Wishes),
    ("preferences.advocate_culture_or_faith", ProPage::Wishes),
    ("preferences.previous_advocate", ProPage::Wishes),
    ("preferences", ProPage::People),
    ("equality", ProPage::Equality),
    ("eligibility", ProPage::Check),
];

/// The page that asks for the answer at `field`, so errors can send the person there.
pub fn page_for(field: &str) -> ProPage {
    let under = |prefix: &str| field == prefix || field.strip_prefix(prefix).is_some_and(|rest| rest.starts_with('.'));
    PAGES.iter().find(|(prefix, _)| under(prefix)).map_or(ProPage::Check, |(_, page)| *page)
}

/// Problems in the order of the pages, so a summary reads like the form.
pub fn in_page_order(found: Vec<FieldError>) -> Vec<FieldError> {
    let mut ordered = Vec::with_capacity(found.len());
    for page in ProPage::all() {
        ordered.extend(found.iter().filter(|e| page_for(&e.field) == page).cloned());
    }
    ordered
}

/// The page for a professional route.
pub fn page(page: ProPage) -> Html {
    match page {
        ProPage::AboutYou => html! { <person::AboutYou /> },
        ProPage::Person => html! { <person::ThePerson /> },
        ProPage::Contact => html! { <person::Contact /> },
        ProPage::Reason => html! { <person::Reason /> },
        ProPage::Agreement => html! { <person::Agreement /> },
        ProPage::Law => html! { <legal::Law /> },
        ProPage::Council => html! { <support::Council /> },
        ProPage::Difficulty => html! { <support::Difficulty /> },
        ProPage::Support => html! { <support::Support /> },
        ProPage::Exceptions => html! { <support::Exceptions /> },
        ProPage::Capacity => html! { <legal::Capacity /> },
        ProPage::MentalHealth => html! { <legal::MentalHealth /> },
        ProPage::Dols => html! { <legal::Dols /> },
        ProPage::Safeguarding => html! { <safety::Safeguarding /> },
        ProPage::Deadlines => html! { <safety::Deadlines /> },
        ProPage::Risks => html! { <safety::Risks /> },
        ProPage::Advocate => html! { <safety::Advocate /> },
        ProPage::Communication => html! { <safety::Communication /> },
        ProPage::Wishes => html! { <safety::Wishes /> },
        ProPage::People => html! { <safety::People /> },
        ProPage::Equality => html! { <safety::Equality /> },
        ProPage::Check => html! { <check::CheckAnswers /> },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_laws_chosen_are_asked_and_sent() {
        let mut d = ProfessionalDraft::default();
        d.set("eligibility.capacity.lacks_capacity_for_decision", "yes".into());
        assert!(d.facts().capacity.is_some(), "not sure of the law: every law's answers count");
        d.tick_law("mha", true);
        assert_eq!(ProPage::Law.next(&d), ProPage::MentalHealth.route());
        assert_eq!(ProPage::MentalHealth.next(&d), ProPage::Safeguarding.route());
        assert_eq!(ProPage::Safeguarding.previous(&d), ProPage::MentalHealth.route());
        assert!(d.facts().capacity.is_none(), "a capacity answer given before is not sent");
    }

    #[test]
    fn choosing_the_laws_again_from_the_check_page_goes_through_their_pages() {
        let mut d = ProfessionalDraft { checking: true, ..ProfessionalDraft::default() };
        d.tick_law("mha", true);
        assert_eq!(ProPage::MentalHealth.next(&d), ProPage::Check.route(), "a change of one answer goes back");
        d.tick_law("care_act", true);
        d.through_laws = true;
        let mut walked = vec![ProPage::Law];
        while let Route::Professional { page } = walked.last().unwrap().next(&d) {
            walked.push(page);
            if page == ProPage::Check {
                break;
            }
        }
        use ProPage::*;
        assert_eq!(walked, [Law, MentalHealth, Council, Difficulty, Support, Exceptions, Check]);
    }
}
