//! "Check your answers" for the self and on-behalf routes: the answers with a link to change
//! each, a first guess at which advocacy fits, and the send button. `Review` is what differs
//! between the routes; the rows' building blocks serve the professional route's check too.

use speakup_types::entitlement::{assess, Facts};
use speakup_types::problem::FieldError;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::assessment::FirstGuess;
use crate::components::choices::Choice;
use crate::components::delete_answers::DeleteAnswers;
use crate::components::error_summary::{ErrorSummary, Errors};
use crate::components::heading::Heading;
use crate::components::links::back_link;
use crate::draft::use_stored;
use crate::i18n::t;
use crate::outbox::Outgoing;
use crate::pages::flow::Flow;
use crate::pages::sending::{use_send, SendForm, Sender};
use crate::route::{self, Route, Step};

/// The message id of the answer shown for a question left unanswered: show it with
/// `t(NOT_ANSWERED)`.
pub const NOT_ANSWERED: &str = "check-not-answered";

/// What a route's "check your answers" shows and sends.
pub trait Review: Flow {
    /// Message ids of the page's heading and of what happens once it is sent.
    const HEADING: &'static str;
    const WHAT_HAPPENS: &'static str;
    /// The person is sending their own referral.
    const YOURS: bool;
    /// The page that asks for the answer at `field`, so errors can send the person there.
    fn page_for(field: &str) -> Step;
    /// Everything that must be fixed before sending, in any order.
    fn problems(&self) -> Vec<FieldError>;
    /// The answers as summary lists.
    fn answers(&self) -> Html;
    /// The answers as facts for the entitlement engine's first guess.
    fn facts(&self) -> Facts;
    /// Records in the draft what is being sent and returns it with its idempotency key.
    fn send(&mut self) -> Outgoing;
    /// "Check your answers" has been seen: Continue comes back here from now on.
    fn set_checking(&mut self);
}

/// The problems in the order of the pages, so the summary reads like the form.
pub fn problems_in_order<D: Review>(d: &D) -> Vec<FieldError> {
    let found = d.problems();
    let mut ordered = Vec::with_capacity(found.len());
    for (step, _) in D::PAGES {
        ordered.extend(found.iter().filter(|e| D::page_for(&e.field) == *step).cloned());
    }
    ordered
}

/// The address of the page that asks for `field`.
pub fn to_page<D: Review>(field: &str) -> String {
    D::route(D::page_for(field)).to_path()
}

#[component]
pub fn CheckAnswers<D: Review>() -> Html {
    let draft = use_stored::<D>();
    let errors = use_state(Errors::default);
    {
        let draft = draft.clone();
        use_effect_with((), move |_| {
            if !draft.get().checking() {
                draft.update(D::set_checking);
            }
        });
    }
    let sender = Sender { problems: problems_in_order::<D>, to_page: to_page::<D>, send: D::send };
    let (onsubmit, sending) = use_send(&draft, &errors, sender);
    let d = draft.get();
    let assessment = assess(&d.facts());
    // Back goes where the person came from (the question just changed, say), or else to the
    // route's last question.
    let came_from = route::previous().filter(|r| D::PAGES.iter().any(|(s, _)| s.is_question() && D::route(*s) == *r));
    html! {
        <>
            { back_link(came_from.unwrap_or_else(|| d.back(Step::Check))) }
            <ErrorSummary errors={(*errors).clone()} />
            <Heading text={t(D::HEADING)} />
            { d.answers() }
            <FirstGuess {assessment} to_you={D::YOURS} />
            <SendForm {onsubmit} state={sending} yours={D::YOURS} what_happens={t(D::WHAT_HAPPENS)} />
            <DeleteAnswers />
        </>
    }
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
