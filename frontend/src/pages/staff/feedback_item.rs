//! One piece of feedback: what was said, the themes it is tagged with, hiding it when it is
//! abusive (kept, with who hid it), and the conversation with a sender who kept a receipt.

use speakup_types::feedback::{Author, FeedbackAction, FeedbackDetail, Reply};
use speakup_types::problem::FieldError;
use uuid::Uuid;
use validator::Validate;
use yew::prelude::*;

use super::action::{use_action, Fields};
use super::tags::{Tagged, Tags};
use super::feedback::{day, sender_label};
use super::referral::summary_row;
use super::{use_load, Load};
use crate::api;
use crate::components::confirm::Confirm;
use crate::components::error_summary::{to_field, ErrorSummary};
use crate::components::fields::TextArea;
use crate::components::heading::Heading;
use crate::components::links::back_link;
use crate::dom;
use crate::i18n::{field_errors, t, tf, Language};
use crate::pages::feedback::{message_list, rating_word, statement};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct ItemProps {
    pub id: Uuid,
}

#[component]
pub fn ItemPage(props: &ItemProps) -> Html {
    let load = use_load(props.id, api::feedback_item);
    let themes = use_load((), |()| api::themes());
    // What an action gave back replaces what was loaded.
    let changed = use_state(|| None::<FeedbackDetail>);
    let shown = match (&*changed, &*load) {
        (Some(detail), _) | (None, Load::Loaded(detail)) => Some(detail.clone()),
        _ => None,
    };
    let body = match (&shown, &*load) {
        (Some(detail), _) => {
            let known = if let Load::Loaded(themes) = &*themes { themes.clone() } else { Vec::new() };
            let set = Callback::from({
                let changed = changed.clone();
                move |detail: FeedbackDetail| changed.set(Some(detail))
            });
            let retag = Callback::from({
                let (changed, detail) = (changed.clone(), detail.clone());
                move |themes| changed.set(Some(FeedbackDetail { themes, ..detail.clone() }))
            });
            html! {
                <>
                    { said(detail) }
                    <Tags target={Tagged::Feedback(detail.id)} tagged={detail.themes.clone()} themes={known} onchange={retag} />
                    <Hide detail={detail.clone()} onchange={set.clone()} />
                    <Conversation detail={detail.clone()} onchange={set} />
                </>
            }
        }
        (None, Load::Failed(problem)) => html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
        _ => html! { <p class="body" role="status">{ t("staff-feedback-loading") }</p> },
    };
    html! {
        <>
            { back_link(Route::StaffFeedback) }
            <Heading text={t("staff-feedback-item-heading")} />
            { body }
        </>
    }
}

fn said(detail: &FeedbackDetail) -> Html {
    let language = Language::parse(&detail.language).map_or(detail.language.clone(), |l| l.own_name().to_string());
    html! {
        <>
            <dl class="summary-list" id="feedback-answers">
                { summary_row(t("staff-feedback-who"), t(sender_label(detail.sender)).into()) }
                { summary_row(t("staff-feedback-when"), day(detail.given_on)) }
                { summary_row(t("staff-feedback-language"), language) }
                if let Some(overall) = detail.overall { { summary_row(t("staff-feedback-overall-label"), t(rating_word(overall, false)).into()) } }
                { for detail.answers.iter().map(|(question, rating)| summary_row(t(&statement(*question)), t(rating_word(*rating, true)).into())) }
                if let Some(reference) = &detail.reference { { summary_row(t("staff-feedback-reference"), reference.clone()) } }
            </dl>
            if let Some(comments) = &detail.comments {
                <h2 class="heading-m">{ t("staff-feedback-comments") }</h2>
                if detail.hidden.is_some() {
                    <details class="details"><summary>{ t("staff-feedback-show-hidden") }</summary><blockquote class="quote">{ comments.clone() }</blockquote></details>
                } else {
                    <blockquote class="quote" id="feedback-comments">{ comments.clone() }</blockquote>
                }
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct PartProps {
    detail: FeedbackDetail,
    onchange: Callback<FeedbackDetail>,
}

/// Hide abusive feedback (after one confirmation), or show it again; and what was done.
#[component]
fn Hide(props: &PartProps) -> Html {
    let asking = use_state(|| false);
    let action = use_action(Fields::Elsewhere);
    let hidden = props.detail.hidden.is_some();
    // After hiding or showing, the button that did it is gone: focus goes to the one that
    // takes its place, so keyboard and screen reader users stay where they were.
    let acted = use_state(|| false);
    {
        let acted = acted.clone();
        use_effect_with(hidden, move |hidden| {
            if *acted {
                dom::focus_id(if *hidden { "show-feedback" } else { "hide-feedback" });
                acted.set(false);
            }
        });
    }
    let run = {
        let (action, asking, acted, id, done) = (action.clone(), asking.clone(), acted.clone(), props.detail.id, props.onchange.clone());
        Callback::from(move |()| {
            asking.set(false);
            let (done, acted) = (done.clone(), acted.clone());
            action.run(api::hide_feedback(id, !hidden, action.csrf()), move |detail| {
                acted.set(true);
                done.emit(detail);
            });
        })
    };
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(true))
    };
    html! {
        <section aria-labelledby="hide-title">
            <h2 class="heading-m" id="hide-title">{ t("staff-feedback-hide-heading") }</h2>
            <ErrorSummary errors={action.errors()} title_id="hide-error-title" />
            if let Some(by) = &props.detail.hidden {
                <p class="body" id="hidden-note">{ tf("staff-feedback-hidden-by", &[("date", &day(by.on))]) }</p>
                <button type="button" id="show-feedback" class="button button-secondary" disabled={action.busy()} onclick={run.reform(|_: MouseEvent| ())}>{ t("staff-feedback-show") }</button>
            } else if *asking {
                <Confirm id="hide-confirm" question={t("staff-feedback-hide-confirm")} text={t("staff-feedback-hide-confirm-text")}
                    yes={t("staff-feedback-hide-yes")} yes_id="hide-yes" no={t("answer-no")} no_id="hide-no" warning=true
                    onyes={run} onno={Callback::from(move |()| asking.set(false))} return_to={Some(AttrValue::from("hide-feedback"))} />
            } else {
                <p class="body">{ t("staff-feedback-hide-hint") }</p>
                <button type="button" id="hide-feedback" class="button button-warning" onclick={ask}>{ t("staff-feedback-hide") }</button>
            }
            if !props.detail.actions.is_empty() {
                <h3 class="heading-s">{ t("staff-feedback-history") }</h3>
                <ul class="list" id="feedback-history">
                    { for props.detail.actions.iter().map(|a| {
                        let what = match a.action {
                            FeedbackAction::Hidden => "staff-feedback-action-hidden",
                            FeedbackAction::Shown => "staff-feedback-action-shown",
                        };
                        html! { <li>{ tf(what, &[("date", &day(a.on))]) }</li> }
                    }) }
                </ul>
            }
        </section>
    }
}

fn author(author: Author) -> &'static str {
    match author {
        Author::Sender => "staff-feedback-from-sender",
        Author::Provider => "staff-feedback-from-provider",
        Author::Commissioner => "staff-feedback-from-commissioner",
    }
}

/// The conversation, and a reply for a sender who kept a receipt, written in their language.
#[component]
fn Conversation(props: &PartProps) -> Html {
    let body = use_state(String::new);
    let action = use_action(Fields::OnPage(to_field));
    let detail = &props.detail;
    let onsubmit = {
        let (action, body, id, done) = (action.clone(), body.clone(), detail.id, props.onchange.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let reply = Reply { body: (*body).clone() };
            if let Err(found) = reply.validate() {
                let found: Vec<FieldError> = field_errors(&found);
                action.refuse(found);
                return;
            }
            let body = body.clone();
            let done = done.clone();
            action.run(api::reply_to_feedback(id, reply.body, action.csrf()), move |detail| {
                body.set(String::new());
                done.emit(detail);
            });
        })
    };
    let oninput = {
        let body = body.clone();
        Callback::from(move |v: String| body.set(v))
    };
    let language = Language::parse(&detail.language).map_or(detail.language.clone(), |l| l.own_name().to_string());
    html! {
        <section aria-labelledby="conversation-title">
            <h2 class="heading-m" id="conversation-title">{ t("staff-feedback-conversation") }</h2>
            if !detail.messages.is_empty() {
                { message_list(detail.messages.iter().map(|m| (m.author == Author::Sender, t(author(m.author)), m.on, m.body.clone()))) }
            }
            if detail.can_reply {
                <ErrorSummary errors={action.errors()} title_id="reply-error-title" />
                <form class="form" novalidate=true {onsubmit}>
                    <TextArea id="body" label={t("staff-feedback-reply-label")}
                        hint={Some(AttrValue::from(tf("staff-feedback-reply-hint", &[("language", &language)])))}
                        value={(*body).clone()} error={action.errors().inline("body")} {oninput} />
                    <button type="submit" id="send-reply" class="button" disabled={action.busy()}>{ t("staff-feedback-send-reply") }</button>
                </form>
            } else {
                <p class="body" id="no-receipt">{ t("staff-feedback-cannot-reply") }</p>
            }
        </section>
    }
}
