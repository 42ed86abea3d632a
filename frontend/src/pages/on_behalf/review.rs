//! The on-behalf route's "check your answers": about the referrer, then about the person
//! (the page itself is `pages::check`).

use speakup_types::entitlement::Facts;
use speakup_types::problem::FieldError;
use yew::prelude::*;

use super::person::CONSENT;
use crate::draft::OnBehalfDraft;
use crate::i18n::t;
use crate::outbox::Outgoing;
use crate::pages::check::{label_of, or_not_given, row, text, Review, NOT_ANSWERED};
use crate::draft::URGENCY_FIELD;
use crate::pages::profile_rows::{contact_rows, equality_row, profile_rows, safety_rows};
use crate::pages::help_with::need_answer;
use crate::pages::urgency::urgency_rows;
use crate::pages::public::eligibility::{answer_rows, SECTION_FIELD};
use crate::route::{Route, Step};

/// The question page that asks for a field, so the error summary can send the person back there.
fn page_for(field: &str) -> Step {
    let first = field.split('.').next().unwrap_or_default();
    match (first, field) {
        (_, "referrer.name") => Step::ReferrerName,
        (_, "referrer.relationship") => Step::Relationship,
        (_, "referrer.contact.method") => Step::ReferrerMethod,
        ("referrer", _) => Step::ReferrerDetails,
        ("person_name", _) => Step::Name,
        ("lives_in", _) => Step::LivesIn,
        ("help_with", _) => Step::HelpWith,
        (_, URGENCY_FIELD) => Step::Urgency,
        ("urgency", _) => Step::Soon,
        ("person_own_words", _) => Step::OwnWords,
        ("consent", _) => Step::Consent,
        ("best_interests", _) => Step::BestInterests,
        ("contact_through_referrer", _) => Step::ContactWay,
        (_, "person_contact" | "person_contact.method") => Step::ContactMethod,
        (_, "person_contact.safe_to_leave_message" | "person_contact.not_safe") => Step::Messages,
        (_, "person_contact.safe_times") => Step::SafeTimes,
        (_, "person_contact.codeword") => Step::Codeword,
        ("person_contact", _) => Step::ContactDetails,
        ("communication", _) => Step::Communication,
        (_, "preferences.involve" | "preferences.do_not_involve") => Step::People,
        ("preferences", _) => Step::Advocate,
        (_, SECTION_FIELD) => Step::Section,
        ("eligibility", _) => Step::Council,
        ("equality", _) => Step::Equality,
        _ => Step::Check,
    }
}

const ALL: [&str; 14] = [
    "referrer",
    "person_name",
    "lives_in",
    "help_with",
    "urgency",
    "person_own_words",
    "consent",
    "best_interests",
    "contact_through_referrer",
    "person_contact",
    "communication",
    "preferences",
    "eligibility",
    "equality",
];

/// Everything that must be fixed before sending: the shared rules, plus every required choice made.
fn problems(d: &OnBehalfDraft) -> Vec<FieldError> {
    let mut found = d.errors_for(&ALL);
    found.extend(d.choices.urgency.problems(crate::dom::today()));
    let mut missing = |field: &str, message: &str| found.push(FieldError::new(field, message));
    if let Some(message) = d.choices.plain().section_error().map(t) {
        missing(SECTION_FIELD, message);
    }
    if d.relationship().is_none() {
        missing("referrer.relationship", t("for-relationship-missing"));
    }
    if d.referrer_method().is_none() {
        missing("referrer.contact.method", t("for-check-referrer-method-missing"));
    }
    if d.consent().is_none() {
        missing("consent", t("for-consent-missing"));
    }
    if d.through_referrer().is_none() {
        missing("contact_through_referrer", t("for-through-missing"));
    }
    if d.asks_person_contact() && d.person_method().is_none() {
        missing("person_contact.method", t("for-check-person-method-missing"));
    }
    // Until a method or a way to get in touch is chosen, the details it needs are not the problem to fix.
    let no_referrer_method = d.referrer_method().is_none();
    let no_person_method = d.asks_person_contact() && d.person_method().is_none();
    let no_route = d.through_referrer().is_none();
    found.retain(|e| {
        let details = |prefix: &str| e.field.starts_with(&format!("{prefix}.")) && !e.field.ends_with(".method");
        !(no_referrer_method && details("referrer.contact")
            || no_person_method && details("person_contact")
            || no_route && e.field == "person_contact")
    });
    found
}

fn about_you(d: &OnBehalfDraft) -> Html {
    let page = Route::refer_for;
    let r = d.to_submit();
    let relationship = d.relationship().map(|r| t(r.label_id()).to_string()).unwrap_or_else(|| t(NOT_ANSWERED).to_string());
    html! {
        <dl class="summary-list">
            { row(t("for-check-referrer-name"), text(or_not_given(&Some(r.referrer.name.clone()))), page(Step::ReferrerName), t("for-check-referrer-name-change")) }
            { row(t("for-check-relationship"), text(relationship), page(Step::Relationship), t("for-check-relationship-change")) }
            { contact_rows(d.referrer_method(), &r.referrer.contact, (page(Step::ReferrerMethod), page(Step::ReferrerDetails)), ("you", "your")) }
        </dl>
    }
}

fn about_them(d: &OnBehalfDraft) -> Html {
    let page = Route::refer_for;
    let r = d.to_submit();
    let c = &d.choices;
    let through = match d.through_referrer() {
        Some(true) => t("for-check-through-yes"),
        Some(false) => t("for-through-no"),
        None => t(NOT_ANSWERED),
    };
    let person_contact = r.person_contact.clone().unwrap_or_default();
    html! {
        <dl class="summary-list">
            { row(t("for-check-person-name"), text(or_not_given(&Some(r.person_name.clone()))), page(Step::Name), t("for-check-person-name-change")) }
            { row(t("for-check-lives-in"), text(or_not_given(&r.lives_in)), page(Step::LivesIn), t("for-check-lives-in-change")) }
            { row(t("for-check-help-with"), text(need_answer(&r.reasons, &r.help_with)), page(Step::HelpWith), t("for-check-help-with-change")) }
            { urgency_rows(d) }
            { row(t("for-check-own-words"), text(or_not_given(&r.person_own_words)), page(Step::OwnWords), t("for-check-own-words-change")) }
            { row(t("for-check-consent"), text(label_of(&CONSENT, &d.about.consent)), page(Step::Consent), t("for-check-consent-change")) }
            if d.asks_best_interests() {
                { row(t("for-check-best-interests"), text(or_not_given(&r.best_interests)), page(Step::BestInterests), t("for-check-best-interests-change")) }
            }
            { row(t("for-check-through"), text(through.to_string()), page(Step::ContactWay), t("for-check-through-change")) }
            if d.asks_person_contact() {
                { contact_rows(d.person_method(), &person_contact, (page(Step::ContactMethod), page(Step::ContactDetails)), ("them", "their")) }
                { safety_rows(&person_contact, &c.safe_to_leave_message, [page(Step::Messages), page(Step::SafeTimes), page(Step::Codeword)], ("them", "their")) }
            }
            { profile_rows(&r.communication, &r.preferences, [page(Step::Communication), page(Step::Advocate), page(Step::People)], ("them", "their")) }
            { answer_rows(d) }
            { equality_row(&r.equality, page(Step::Equality), ("them", "their")) }
        </dl>
    }
}

impl Review for OnBehalfDraft {
    const HEADING: &'static str = "for-check-heading";
    const WHAT_HAPPENS: &'static str = "for-check-what-happens";
    const YOURS: bool = false;

    fn page_for(field: &str) -> Step {
        page_for(field)
    }

    fn problems(&self) -> Vec<FieldError> {
        problems(self)
    }

    fn answers(&self) -> Html {
        html! {
            <>
                <h2 class="heading-m">{ t("for-check-about-you") }</h2>
                { about_you(self) }
                <h2 class="heading-m">{ t("for-check-about-person") }</h2>
                { about_them(self) }
            </>
        }
    }

    fn facts(&self) -> Facts {
        OnBehalfDraft::facts(self)
    }

    fn send(&mut self) -> Outgoing {
        let body = self.to_submit();
        let key = self.prepare_send(&body);
        Outgoing::OnBehalf { body, key }
    }

    fn set_checking(&mut self) {
        self.checking = true;
    }
}
