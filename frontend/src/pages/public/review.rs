//! The self-referral's "check your answers" (the page itself is `pages::check`).

use speakup_types::entitlement::Facts;
use speakup_types::problem::FieldError;
use yew::prelude::*;

use super::eligibility::{answer_rows, SECTION_FIELD};
use super::who::who_label;
use crate::draft::Draft;
use crate::i18n::t;
use crate::outbox::Outgoing;
use crate::pages::check::{or_not_given, row, text, Review};
use crate::draft::URGENCY_FIELD;
use crate::pages::profile_rows::{contact_rows, equality_row, profile_rows, safety_rows};
use crate::pages::help_with::need_answer;
use crate::pages::urgency::urgency_rows;
use crate::route::{Route, Step};

impl Review for Draft {
    const HEADING: &'static str = "check-heading";
    const WHAT_HAPPENS: &'static str = "check-what-happens";
    const YOURS: bool = true;

    fn page_for(field: &str) -> Step {
        let first = field.split('.').next().unwrap_or_default();
        match (first, field) {
            ("help_with", _) => Step::HelpWith,
            (_, URGENCY_FIELD) => Step::Urgency,
            ("urgency", _) => Step::Soon,
            ("name", _) => Step::Name,
            ("lives_in", _) => Step::LivesIn,
            (_, "contact.method") => Step::ContactMethod,
            (_, "contact.safe_to_leave_message" | "contact.not_safe") => Step::Messages,
            (_, "contact.safe_times") => Step::SafeTimes,
            (_, "contact.codeword") => Step::Codeword,
            ("contact", _) => Step::ContactDetails,
            ("communication", _) => Step::Communication,
            (_, "preferences.involve" | "preferences.do_not_involve") => Step::People,
            ("preferences", _) => Step::Advocate,
            (_, SECTION_FIELD) => Step::Section,
            ("eligibility", _) => Step::Council,
            ("equality", _) => Step::Equality,
            _ => Step::Check,
        }
    }

    /// The shared rules, plus how soon answered and a contact method chosen.
    fn problems(&self) -> Vec<FieldError> {
        let mut found = self.errors_for(&[
            "help_with", "urgency", "name", "lives_in", "contact", "communication", "preferences", "eligibility", "equality",
        ]);
        found.extend(self.choices.urgency.problems(crate::dom::today()));
        if let Some(message) = self.choices.plain().section_error().map(t) {
            found.push(FieldError::new(SECTION_FIELD, message));
        }
        if self.method().is_none() {
            // Until a method is chosen, the details it needs are not the problem to fix.
            found.retain(|e| !e.field.starts_with("contact."));
            found.push(FieldError::new("contact.method", t("contact-how-missing")));
        }
        found
    }

    fn answers(&self) -> Html {
        let r = self.to_submit();
        let page = Route::refer;
        html! {
            <dl class="summary-list">
                { row(t("check-who"), text(who_label(&self.who)), page(Step::Who), t("check-who-change")) }
                { row(t("check-help-with"), text(need_answer(&r.reasons, &r.help_with)), page(Step::HelpWith), t("check-help-with-change")) }
                { urgency_rows(self) }
                { row(t("check-name"), text(or_not_given(&Some(r.name.clone()))), page(Step::Name), t("check-name-change")) }
                { row(t("check-lives-in"), text(or_not_given(&r.lives_in)), page(Step::LivesIn), t("check-lives-in-change")) }
                { contact_rows(self.method(), &r.contact, (page(Step::ContactMethod), page(Step::ContactDetails)), ("you", "your")) }
                { safety_rows(&r.contact, &self.choices.safe_to_leave_message, [page(Step::Messages), page(Step::SafeTimes), page(Step::Codeword)], ("you", "your")) }
                { profile_rows(&r.communication, &r.preferences, [page(Step::Communication), page(Step::Advocate), page(Step::People)], ("you", "your")) }
                { answer_rows(self) }
                { equality_row(&r.equality, page(Step::Equality), ("you", "your")) }
            </dl>
        }
    }

    fn facts(&self) -> Facts {
        Draft::facts(self)
    }

    fn send(&mut self) -> Outgoing {
        let body = self.to_submit();
        let key = self.prepare_send(&body);
        Outgoing::SelfReferral { body, key }
    }

    fn set_checking(&mut self) {
        self.checking = true;
    }
}
