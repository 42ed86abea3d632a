//! Check the answers about the referrer and the person, see a first guess at which advocacy
//! fits, and send the referral.

use speakup_types::entitlement::assess;
use speakup_types::problem::FieldError;
use yew::prelude::*;
use yew_router::prelude::*;

use super::person::CONSENT;
use super::{previous, QUESTIONS};
use crate::outbox::Outgoing;
use crate::pages::sending::{use_send, SendForm, Sender};
use crate::app::Route;
use crate::components::assessment::FirstGuess;
use crate::components::error_summary::{ErrorSummary, Errors};
use crate::components::heading::Heading;
use crate::components::links::back_link;
use crate::draft::{use_on_behalf_draft, OnBehalfDraft};
use crate::i18n::t;
use crate::pages::profile_rows::{contact_rows, equality_row, profile_rows, safety_rows};
use crate::pages::public::check::{label_of, or_not_given, row, text, NOT_ANSWERED};
use crate::pages::public::eligibility::{answer_rows, SECTION_FIELD};

/// The question page that asks for a field, so the error summary can send the person back there.
fn page_for(field: &str) -> Route {
    let first = field.split('.').next().unwrap_or_default();
    match (first, field) {
        (_, "referrer.name") => Route::ForReferrerName,
        (_, "referrer.relationship") => Route::ForRelationship,
        (_, "referrer.contact.method") => Route::ForReferrerMethod,
        ("referrer", _) => Route::ForReferrerDetails,
        ("person_name", _) => Route::ForPersonName,
        ("help_with", _) => Route::ForHelpWith,
        ("person_own_words", _) => Route::ForOwnWords,
        ("consent", _) => Route::ForConsent,
        ("best_interests", _) => Route::ForBestInterests,
        ("contact_through_referrer", _) => Route::ForContactWay,
        (_, "person_contact" | "person_contact.method") => Route::ForPersonMethod,
        (_, "person_contact.safe_times" | "person_contact.safe_to_leave_message" | "person_contact.not_safe" | "person_contact.codeword") => Route::ForMessages,
        ("person_contact", _) => Route::ForPersonDetails,
        ("communication", _) => Route::ForCommunication,
        (_, "preferences.involve" | "preferences.do_not_involve") => Route::ForPeople,
        ("preferences", _) => Route::ForAdvocate,
        (_, SECTION_FIELD) => Route::ForSection,
        ("eligibility", _) => Route::ForCouncil,
        ("equality", _) => Route::ForEquality,
        _ => Route::ForCheck,
    }
}

fn to_page(field: &str) -> String {
    page_for(field).to_path()
}

const ALL: [&str; 12] = [
    "referrer", "person_name", "help_with", "person_own_words", "consent", "best_interests",
    "contact_through_referrer", "person_contact", "communication", "preferences", "eligibility", "equality",
];

/// Everything that must be fixed before sending: the shared rules, plus every required choice made.
fn problems(d: &OnBehalfDraft) -> Vec<FieldError> {
    let mut found = d.errors_for(&ALL);
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
    // In the order of the pages, so the summary reads like the form.
    let mut ordered = Vec::with_capacity(found.len());
    for page in QUESTIONS.iter().chain([Route::ForCheck].iter()) {
        ordered.extend(found.iter().filter(|e| page_for(&e.field) == *page).cloned());
    }
    ordered
}

fn about_you(d: &OnBehalfDraft) -> Html {
    let r = d.to_submit();
    let relationship = d.relationship().map(|r| t(r.label_id()).to_string()).unwrap_or_else(|| t(NOT_ANSWERED).to_string());
    html! {
        <dl class="summary-list">
            { row(t("for-check-referrer-name"), text(or_not_given(&Some(r.referrer.name.clone()))), Route::ForReferrerName, t("for-check-referrer-name-change")) }
            { row(t("for-check-relationship"), text(relationship), Route::ForRelationship, t("for-check-relationship-change")) }
            { contact_rows(d.referrer_method(), &r.referrer.contact, (Route::ForReferrerMethod, Route::ForReferrerDetails), ("you", "your")) }
        </dl>
    }
}

fn about_them(d: &OnBehalfDraft) -> Html {
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
            { row(t("for-check-person-name"), text(or_not_given(&Some(r.person_name.clone()))), Route::ForPersonName, t("for-check-person-name-change")) }
            { row(t("for-check-help-with"), text(or_not_given(&Some(r.help_with.clone()))), Route::ForHelpWith, t("for-check-help-with-change")) }
            { row(t("for-check-own-words"), text(or_not_given(&r.person_own_words)), Route::ForOwnWords, t("for-check-own-words-change")) }
            { row(t("for-check-consent"), text(label_of(&CONSENT, &d.about.consent)), Route::ForConsent, t("for-check-consent-change")) }
            if d.asks_best_interests() {
                { row(t("for-check-best-interests"), text(or_not_given(&r.best_interests)), Route::ForBestInterests, t("for-check-best-interests-change")) }
            }
            { row(t("for-check-through"), text(through.to_string()), Route::ForContactWay, t("for-check-through-change")) }
            if d.asks_person_contact() {
                { contact_rows(d.person_method(), &person_contact, (Route::ForPersonMethod, Route::ForPersonDetails), ("them", "their")) }
                { safety_rows(&person_contact, &c.safe_to_leave_message, Route::ForMessages, ("them", "their")) }
            }
            { profile_rows(&r.communication, &r.preferences, [Route::ForCommunication, Route::ForAdvocate, Route::ForPeople], ("them", "their")) }
            { answer_rows(d) }
            { equality_row(&r.equality, Route::ForEquality, ("them", "their")) }
        </dl>
    }
}

#[component]
pub fn CheckAnswers() -> Html {
    let draft = use_on_behalf_draft();
    let errors = use_state(Errors::default);
    {
        let draft = draft.clone();
        use_effect_with((), move |_| {
            if !draft.get().checking {
                draft.update(|d| d.checking = true);
            }
        });
    }
    let (onsubmit, sending) = use_send(&draft, &errors, Sender { problems, to_page, send });
    let d = draft.get();
    let assessment = assess(&d.facts());
    html! {
        <>
            { back_link(previous(&d, &Route::ForCheck)) }
            <ErrorSummary errors={(*errors).clone()} />
            <Heading text={t("for-check-heading")} />
            <h2 class="heading-m">{ t("for-check-about-you") }</h2>
            { about_you(&d) }
            <h2 class="heading-m">{ t("for-check-about-person") }</h2>
            { about_them(&d) }
            <FirstGuess {assessment} />
            <SendForm {onsubmit} state={sending}
                what_happens={t("for-check-what-happens")} />
        </>
    }
}

fn send(d: &mut OnBehalfDraft) -> Outgoing {
    let body = d.to_submit();
    let key = d.prepare_send(&body);
    Outgoing::OnBehalf { body, key }
}

