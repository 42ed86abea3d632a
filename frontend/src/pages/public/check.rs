//! Check your answers, see a first guess at which advocacy fits, and send the referral.

use speakup_types::entitlement::assess;
use speakup_types::problem::FieldError;
use yew::prelude::*;
use yew_router::prelude::*;

use super::eligibility::{answer_rows, SECTION_FIELD};
use super::who::who_label;
use crate::outbox::Outgoing;
use crate::pages::sending::{use_send, SendForm, Sender};
use crate::app::Route;
use crate::components::assessment::FirstGuess;
use crate::components::choices::Choice;
use crate::components::error_summary::{ErrorSummary, Errors};
use crate::components::heading::Heading;
use crate::components::links::back_link;
use crate::draft::{use_draft, Draft};
use crate::i18n::t;
use crate::pages::profile_rows::{contact_rows, equality_row, profile_rows, safety_rows};

/// The message id of the answer shown for a question left unanswered: show it with
/// `t(NOT_ANSWERED)`.
pub const NOT_ANSWERED: &str = "check-not-answered";

/// The question page that asks for a field, so the error summary can send the person back there.
fn page_for(field: &str) -> Route {
    let first = field.split('.').next().unwrap_or_default();
    match (first, field) {
        ("help_with", _) => Route::HelpWith,
        ("name", _) => Route::Name,
        (_, "contact.method") => Route::ContactMethod,
        (_, "contact.safe_times" | "contact.safe_to_leave_message" | "contact.not_safe" | "contact.codeword") => Route::Messages,
        ("contact", _) => Route::ContactDetails,
        ("communication", _) => Route::Communication,
        (_, "preferences.involve" | "preferences.do_not_involve") => Route::People,
        ("preferences", _) => Route::Advocate,
        (_, SECTION_FIELD) => Route::Section,
        ("eligibility", _) => Route::Council,
        ("equality", _) => Route::Equality,
        _ => Route::Check,
    }
}

fn to_page(field: &str) -> String {
    page_for(field).to_path()
}

/// Everything that must be fixed before sending: the shared rules, plus a contact method chosen.
fn problems(draft: &Draft) -> Vec<FieldError> {
    let mut found = draft.errors_for(&["help_with", "name", "contact", "communication", "preferences", "eligibility", "equality"]);
    if let Some(message) = draft.choices.plain().section_error().map(t) {
        found.push(FieldError::new(SECTION_FIELD, message));
    }
    if draft.method().is_none() {
        // Until a method is chosen, the details it needs are not the problem to fix.
        found.retain(|e| !e.field.starts_with("contact."));
        found.push(FieldError::new("contact.method", t("contact-how-missing")));
    }
    // In the order of the pages, so the summary reads like the form.
    let mut ordered = Vec::with_capacity(found.len());
    for page in super::QUESTIONS.iter().chain([Route::Check].iter()) {
        ordered.extend(found.iter().filter(|e| page_for(&e.field) == *page).cloned());
    }
    ordered
}

pub fn label_of(options: &[Choice], value: &Option<String>) -> String {
    value
        .as_deref()
        .and_then(|v| options.iter().find(|c| c.value == v))
        .map(|c| t(c.label).to_string())
        .unwrap_or_else(|| t(NOT_ANSWERED).to_string())
}

pub fn or_not_given(value: &Option<String>) -> String {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty()).unwrap_or(t("check-not-given")).to_string()
}

pub fn row(question: &str, answer: Html, change: Route, what: &str) -> Html {
    html! {
        <div class="summary-row">
            <dt class="summary-key">{ question }</dt>
            <dd class="summary-value">{ answer }</dd>
            <dd class="summary-actions">
                <Link<Route> to={change}>{ t("check-change") }<span class="visually-hidden">{ format!(" {what}") }</span></Link<Route>>
            </dd>
        </div>
    }
}

pub fn text(value: String) -> Html {
    html! { <span class="pre-wrap">{ value }</span> }
}

fn answers(d: &Draft) -> Html {
    let r = d.to_submit();
    let c = &d.choices;
    html! {
        <dl class="summary-list">
            { row(t("check-who"), text(who_label(&d.who)), Route::Who, t("check-who-change")) }
            { row(t("check-help-with"), text(or_not_given(&Some(r.help_with.clone()))), Route::HelpWith, t("check-help-with-change")) }
            { row(t("check-name"), text(or_not_given(&Some(r.name.clone()))), Route::Name, t("check-name-change")) }
            { contact_rows(d.method(), &r.contact, (Route::ContactMethod, Route::ContactDetails), ("you", "your")) }
            { safety_rows(&r.contact, &c.safe_to_leave_message, Route::Messages, ("you", "your")) }
            { profile_rows(&r.communication, &r.preferences, [Route::Communication, Route::Advocate, Route::People], ("you", "your")) }
            { answer_rows(d) }
            { equality_row(&r.equality, Route::Equality, ("you", "your")) }
        </dl>
    }
}

#[component]
pub fn CheckAnswers() -> Html {
    let draft = use_draft();
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
            { back_link(Route::Equality) }
            <ErrorSummary errors={(*errors).clone()} />
            <Heading text={t("check-heading")} />
            { answers(&d) }
            <FirstGuess {assessment} />
            <SendForm {onsubmit} state={sending} yours=true
                what_happens={t("check-what-happens")} />
        </>
    }
}

fn send(d: &mut Draft) -> Outgoing {
    let body = d.to_submit();
    let key = d.prepare_send(&body);
    Outgoing::SelfReferral { body, key }
}
