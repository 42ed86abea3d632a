//! Coming back with a receipt: the feedback as given, the replies, and an answer. The receipt
//! is kept only in this page while it is open.

use speakup_types::feedback::{Author, Conversation, ReceiptRequest, SenderMessage};
use validator::Validate;
use yew::prelude::*;

use crate::api;
use crate::components::error_summary::{to_field, ErrorSummary, Errors};
use crate::components::fields::{TextArea, TextInput};
use crate::components::heading::Heading;
use crate::components::links::back_link;
use crate::i18n::{field_errors, t, tf};
use crate::pages::professional::date_words;
use crate::route::FeedbackPage;

fn author(author: Author) -> &'static str {
    match author {
        Author::Sender => "feedback-from-you",
        Author::Provider => "feedback-from-provider",
        Author::Commissioner => "feedback-from-commissioner",
    }
}

#[component]
pub fn Replies() -> Html {
    let receipt = use_state(String::new);
    let answer = use_state(String::new);
    let conversation = use_state(|| None::<Conversation>);
    let errors = use_state(Errors::default);
    let busy = use_state(|| false);
    // The receipt's form gives way to the conversation: take focus there, so it is read out.
    let heading = crate::dom::use_focus_when((), conversation.is_some());
    let read = {
        let (receipt, conversation, errors, busy, answer) = (receipt.clone(), conversation.clone(), errors.clone(), busy.clone(), answer.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let request = ReceiptRequest { receipt: (*receipt).clone() };
            if let Err(found) = request.validate() {
                errors.set(errors.with_fields(field_errors(&found), to_field));
                return;
            }
            spawn(Box::pin(api::conversation(request.receipt)), answer.clone(), conversation.clone(), errors.clone(), busy.clone());
        })
    };
    let reply = {
        let (receipt, answer, conversation, errors, busy) = (receipt.clone(), answer.clone(), conversation.clone(), errors.clone(), busy.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let request = SenderMessage { receipt: (*receipt).clone(), body: (*answer).clone() };
            if let Err(found) = request.validate() {
                errors.set(errors.with_fields(field_errors(&found), to_field));
                return;
            }
            spawn(Box::pin(api::answer_reply(request.receipt, request.body)), answer.clone(), conversation.clone(), errors.clone(), busy.clone());
        })
    };
    let typed = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |v: String| state.set(v))
    };
    html! {
        <>
            { back_link(FeedbackPage::Who.route()) }
            <ErrorSummary errors={(*errors).clone()} />
            <Heading text={t("feedback-replies-heading")} />
            if let Some(found) = &*conversation {
                <h2 class="heading-m" id="conversation-title" tabindex="-1" ref={heading}>{ t("feedback-conversation-heading") }</h2>
                { shown(found) }
                <form class="form" novalidate=true onsubmit={reply}>
                    <TextArea id="body" label={t("feedback-answer-label")} hint={Some(AttrValue::from(t("feedback-answer-hint")))}
                        value={(*answer).clone()} error={errors.inline("body")} oninput={typed(&answer)} />
                    <div class="form-actions">
                        <button type="submit" id="send-answer" class="button" disabled={*busy}>{ t("feedback-answer-send") }</button>
                    </div>
                </form>
            } else {
                <form class="form" novalidate=true onsubmit={read}>
                    <TextInput id="receipt" label={t("feedback-receipt-label")} hint={Some(AttrValue::from(t("feedback-receipt-words-hint")))}
                        value={(*receipt).clone()} autocomplete="off" spellcheck=false autocapitalize="none"
                        error={errors.inline("receipt")} oninput={typed(&receipt)} />
                    <div class="form-actions">
                        <button type="submit" id="read-replies" class="button" disabled={*busy}>{ t("feedback-read-replies") }</button>
                    </div>
                </form>
            }
        </>
    }
}

/// Sends one request; on success shows the conversation and empties the answer box.
fn spawn(
    request: std::pin::Pin<Box<dyn std::future::Future<Output = api::ApiResult<Conversation>>>>,
    answer: UseStateHandle<String>,
    conversation: UseStateHandle<Option<Conversation>>,
    errors: UseStateHandle<Errors>,
    busy: UseStateHandle<bool>,
) {
    if *busy {
        return;
    }
    busy.set(true);
    yew::platform::spawn_local(async move {
        match request.await {
            Ok(found) => {
                errors.set(Errors { attempt: errors.attempt, ..Errors::default() });
                answer.set(String::new());
                conversation.set(Some(found));
            }
            // What was typed stays; the summary links to the answer to fix.
            Err(problem) => errors.set(errors.with_problem(&problem, to_field)),
        }
        busy.set(false);
    });
}

fn shown(found: &Conversation) -> Html {
    let given = tf("feedback-given-on", &[("date", &date_words(found.given_on))]);
    html! {
        <>
            <p class="body">{ given }</p>
            if let Some(comments) = &found.comments {
                <blockquote class="quote" id="your-feedback">{ comments.clone() }</blockquote>
            }
            if found.messages.is_empty() {
                <p class="body" id="no-replies">{ t("feedback-no-replies") }</p>
            } else {
                { super::message_list(found.messages.iter().map(|m| (m.author == Author::Sender, t(author(m.author)), m.on, m.body.clone()))) }
            }
        </>
    }
}
