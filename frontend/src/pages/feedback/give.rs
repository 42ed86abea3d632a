//! Giving feedback, a page at a time: who, the statements, their own words, who reads it.

use speakup_types::feedback::{Reader, Sender};
use speakup_types::problem::FieldError;
use validator::Validate;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use super::scale::{statement, Scale};
use super::use_draft;
use crate::api;
use crate::components::choices::{choice, Choice, Radios, YES_NO};
use crate::components::error_summary::{to_field, ErrorSummary, Errors};
use crate::components::fields::{TextArea, TextInput};
use crate::components::heading::Heading;
use crate::components::links::{back_link, RouteLink};
use crate::components::question::{ChooseOne, QuestionForm};
use crate::i18n::{field_errors, t};
use crate::route::{FeedbackPage, Route};

const SENDERS: [Choice; 4] = [
    choice("had_advocate", "feedback-who-had-advocate"),
    choice("carer_family_friend", "feedback-who-carer"),
    choice("referrer", "feedback-who-referrer"),
    choice("not_eligible", "feedback-who-not-eligible"),
];

/// Who is giving feedback: it decides which statements follow.
#[component]
pub fn Who() -> Html {
    let (draft, set) = use_draft();
    let onchange = {
        let draft = draft.clone();
        set.reform(move |value: String| super::Draft { sender: Sender::parse(&value), sent: None, ..draft.clone() })
    };
    html! {
        <ChooseOne back={Route::Home} next={FeedbackPage::Questions(draft.sender.unwrap_or(Sender::HadAdvocate)).route()} name="sender" field="sender"
            legend={t("feedback-who-legend")} hint={Some(AttrValue::from(t("feedback-who-hint")))}
            options={SENDERS.to_vec()} chosen={draft.sender.map(|s| s.code().to_string())}
            missing="feedback-who-missing" {onchange}>
            <p class="body"><RouteLink to={FeedbackPage::Replies.route()} id="replies-link">{ t("feedback-replies-link") }</RouteLink></p>
        </ChooseOne>
    }
}

fn heading_for(sender: Sender) -> &'static str {
    match sender {
        Sender::HadAdvocate => "feedback-questions-heading",
        Sender::CarerFamilyFriend => "feedback-questions-heading-carer",
        Sender::Referrer => "feedback-questions-heading-referrer",
        Sender::NotEligible => "feedback-questions-heading-not-eligible",
    }
}

#[derive(Properties, PartialEq)]
pub struct QuestionsProps {
    pub sender: Sender,
}

/// The statements for this sender, each on a scale of faces; any may be skipped.
#[component]
pub fn Questions(props: &QuestionsProps) -> Html {
    let (mut draft, set) = use_draft();
    let navigator = use_navigator();
    let sender = props.sender;
    // The address says who is answering (after a reload, or a link to this page).
    draft.sender = Some(sender);
    let onsubmit = {
        let (draft, set) = (draft.clone(), set.clone());
        Callback::from(move |()| {
            set.emit(draft.clone());
            if let Some(navigator) = &navigator {
                navigator.push(&FeedbackPage::Words.route());
            }
        })
    };
    let scales = sender.questions().iter().map(|question| {
        let question = *question;
        let onchange = {
            let (draft, set) = (draft.clone(), set.clone());
            Callback::from(move |rating| {
                let mut changed = draft.clone();
                changed.answers.insert(question, rating);
                set.emit(changed);
            })
        };
        html! {
            <Scale name={format!("answer-{}", question.code().replace('_', "-"))} legend={t(&statement(question))} agree=true
                chosen={draft.answers.get(&question).copied()} {onchange} />
        }
    });
    html! {
        <QuestionForm back={FeedbackPage::Who.route()} errors={Errors::default()} {onsubmit}>
            <Heading text={t(heading_for(sender))} />
            <p class="hint">{ t("feedback-questions-hint") }</p>
            { for scales }
        </QuestionForm>
    }
}

/// Answers live only in the page's memory: after a reload the form starts again.
fn start_again() -> Html {
    html! { <crate::components::redirect::Replace to={FeedbackPage::Who.route()} /> }
}

/// How they feel overall, and their own words. Something must have been said by the end.
#[component]
pub fn Words() -> Html {
    let (draft, set) = use_draft();
    let errors = use_state(Errors::default);
    let navigator = use_navigator();
    let onsubmit = {
        let (draft, errors) = (draft.clone(), errors.clone());
        Callback::from(move |()| {
            let Some(request) = draft.request(Reader::Provider) else { return };
            let found: Vec<FieldError> = request.validate().err().map(|e| field_errors(&e)).unwrap_or_default();
            let found: Vec<FieldError> = found.into_iter().filter(|e| e.field == "comments").collect();
            if found.is_empty() {
                if let Some(navigator) = &navigator {
                    navigator.push(&FeedbackPage::Reader.route());
                }
            } else {
                errors.set(errors.with_fields(found, to_field));
            }
        })
    };
    let on_overall = {
        let (draft, set) = (draft.clone(), set.clone());
        set.reform(move |overall| super::Draft { overall: Some(overall), ..draft.clone() })
    };
    let on_comments = {
        let draft = draft.clone();
        set.reform(move |comments: String| super::Draft { comments, ..draft.clone() })
    };
    if draft.sender.is_none() {
        return start_again();
    }
    html! {
        <QuestionForm back={draft.sender.map_or(FeedbackPage::Who, FeedbackPage::Questions).route()} errors={(*errors).clone()} {onsubmit}>
            <Heading text={t("feedback-words-heading")} />
            <Scale name="overall" legend={t("feedback-overall")} agree=false chosen={draft.overall} onchange={on_overall} />
            <TextArea id="comments" label={t("feedback-comments-label")} hint={Some(AttrValue::from(t("feedback-comments-hint")))}
                value={draft.comments.clone()} error={errors.inline("comments")} rows={6} oninput={on_comments} />
        </QuestionForm>
    }
}

const READERS: [Choice; 2] = [
    Choice { value: "provider", label: "feedback-reader-provider", hint: Some("feedback-reader-provider-hint") },
    Choice { value: "commissioner", label: "feedback-reader-commissioner", hint: Some("feedback-reader-commissioner-hint") },
];

/// Who reads it, whether to keep a receipt, and whether to link a referral; then send.
#[component]
pub fn WhoReads() -> Html {
    let (draft, set) = use_draft();
    let errors = use_state(Errors::default);
    let busy = use_state(|| false);
    let navigator = use_navigator();
    let onsubmit = {
        let (draft, set, errors, busy) = (draft.clone(), set.clone(), errors.clone(), busy.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let mut found = Vec::new();
            if draft.reader.is_none() {
                found.push(FieldError::new("reader", t("feedback-reader-missing")));
            }
            if draft.receipt.is_none() {
                found.push(FieldError::new("receipt", t("feedback-receipt-missing")));
            }
            let Some(request) = draft.request(Reader::Provider) else { return };
            // The words and answers were checked on their own pages; what is wrong here is here.
            let here = request.validate().err().map(|e| field_errors(&e)).unwrap_or_default();
            found.extend(here.into_iter().filter(|e| e.field == "reference"));
            if !found.is_empty() {
                errors.set(errors.with_fields(found, target));
                return;
            }
            busy.set(true);
            let (draft, set, errors, busy, navigator) = (draft.clone(), set.clone(), errors.clone(), busy.clone(), navigator.clone());
            spawn_local(async move {
                match api::give_feedback(&request).await {
                    Ok(sent) => {
                        // What was said is forgotten at once; only the receipt stays, to be shown.
                        let linked = request.reference.is_some();
                        set.emit(super::Draft { sent: Some((sent, linked)), ..super::Draft::default() });
                        if let Some(navigator) = &navigator {
                            navigator.push(&FeedbackPage::Sent.route());
                        }
                    }
                    Err(problem) => {
                        set.emit(draft);
                        errors.set(errors.with_problem(&problem, target));
                    }
                }
                busy.set(false);
            });
        })
    };
    let on_reader = {
        let draft = draft.clone();
        set.reform(move |(value, _): (String, bool)| super::Draft { reader: Reader::parse(&value), ..draft.clone() })
    };
    let on_receipt = {
        let draft = draft.clone();
        set.reform(move |(value, _): (String, bool)| super::Draft { receipt: Some(value == "yes"), ..draft.clone() })
    };
    let on_reference = {
        let draft = draft.clone();
        set.reform(move |reference: String| super::Draft { reference, ..draft.clone() })
    };
    let receipt = draft.receipt.map(|yes| if yes { "yes" } else { "no" }.to_string());
    if draft.sender.is_none() {
        return start_again();
    }
    html! {
        <>
            { back_link(FeedbackPage::Words.route()) }
            <ErrorSummary errors={(*errors).clone()} />
            <Heading text={t("feedback-reader-heading")} />
            <form class="form" novalidate=true {onsubmit}>
                <Radios name="reader" legend={t("feedback-reader-legend")} options={READERS.to_vec()}
                    selected={draft.reader.map(|r| r.code().to_string()).into_iter().collect::<Vec<_>>()}
                    error={errors.inline("reader")} onchange={on_reader} />
                <Radios name="receipt" legend={t("feedback-receipt-legend")} hint={Some(AttrValue::from(t("feedback-receipt-hint")))}
                    options={YES_NO.to_vec()} selected={receipt.into_iter().collect::<Vec<_>>()}
                    error={errors.inline("receipt")} onchange={on_receipt} />
                <TextInput id="reference" label={t("feedback-reference-label")} hint={Some(AttrValue::from(t("feedback-reference-hint")))}
                    value={draft.reference.clone()} class="input-medium" autocomplete="off" spellcheck=false
                    error={errors.inline("reference")} oninput={on_reference} />
                <div class="form-actions">
                    <button type="submit" id="send-feedback" class="button" disabled={*busy}>
                        { if *busy { t("feedback-sending") } else { t("feedback-send") } }
                    </button>
                </div>
            </form>
        </>
    }
}

/// The summary's link for each answer on this page: the first option of a choice, else the
/// field; anything else the server might name, the button that sends.
fn target(field: &str) -> String {
    match field {
        "reader" => "#reader-provider".into(),
        "receipt" => "#receipt-yes".into(),
        "reference" => to_field(field),
        _ => "#send-feedback".into(),
    }
}

/// Sent: thanks, and the receipt once, to keep.
#[component]
pub fn Sent() -> Html {
    let (draft, _) = use_draft();
    let linked = draft.sent.as_ref().is_some_and(|(_, linked)| *linked);
    let receipt = draft.sent.and_then(|(sent, _)| sent.receipt);
    html! {
        <>
            <div class="panel">
                <Heading text={t("feedback-sent-heading")} class="panel-title" />
                <p class="panel-body">{ t(if linked { "feedback-sent-linked" } else { "feedback-sent-kept" }) }</p>
            </div>
            if let Some(receipt) = receipt {
                <h2 class="heading-m">{ t("feedback-sent-receipt-heading") }</h2>
                <p class="tracking"><span class="code code-large code-words" id="feedback-receipt">{ receipt }</span></p>
                <p class="body">{ t("feedback-sent-receipt-keep") }</p>
                <p class="body"><RouteLink to={FeedbackPage::Replies.route()} id="replies-link">{ t("feedback-replies-link") }</RouteLink></p>
            } else {
                <p class="body">{ t("feedback-sent-no-receipt") }</p>
            }
            <p class="body"><RouteLink to={Route::Home} id="home-link">{ t("layout-home") }</RouteLink></p>
        </>
    }
}
