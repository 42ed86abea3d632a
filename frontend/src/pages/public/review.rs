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
use crate::pages::profile_rows::{contact_rows, equality_row, profile_rows, safety_rows};
use crate::route::{Route, Step};

impl Review for Draft {
    const HEADING: &'static str = "check-heading";
    const WHAT_HAPPENS: &'static str = "check-what-happens";
    const YOURS: bool = true;

    fn page_for(field: &str) -> Step {
        let first = field.split('.').next().unwrap_or_default();
        match (first, field) {
            ("help_with", _) => Step::HelpWith,
            ("name", _) => Step::Name,
            (_, "contact.method") => Step::ContactMethod,
            (_, "contact.safe_times" | "contact.safe_to_leave_message" | "contact.not_safe" | "contact.codeword") => {
                Step::Messages
            }
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

    /// The shared rules, plus a contact method chosen.
    fn problems(&self) -> Vec<FieldError> {
        let mut found =
            self.errors_for(&["help_with", "name", "contact", "communication", "preferences", "eligibility", "equality"]);
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
                { row(t("check-help-with"), text(or_not_given(&Some(r.help_with.clone()))), page(Step::HelpWith), t("check-help-with-change")) }
                { row(t("check-name"), text(or_not_given(&Some(r.name.clone()))), page(Step::Name), t("check-name-change")) }
                { contact_rows(self.method(), &r.contact, (page(Step::ContactMethod), page(Step::ContactDetails)), ("you", "your")) }
                { safety_rows(&r.contact, &self.choices.safe_to_leave_message, page(Step::Messages), ("you", "your")) }
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
