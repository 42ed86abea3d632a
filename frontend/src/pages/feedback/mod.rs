//! Anonymous feedback (`/feedback/<page>`): who is giving it, the statements on a scale of
//! faces, their own words, who reads it and a receipt; and coming back with the receipt to
//! read replies. The answers live only in this page's memory, never on the device: feedback
//! leaves no trace behind on a shared phone.

mod give;
mod replies;
mod scale;

use std::cell::RefCell;
use std::collections::BTreeMap;

use speakup_types::feedback::{FeedbackSent, NewFeedback, Question, Rating, Reader, Sender};
use yew::prelude::*;

use crate::route::FeedbackPage;

pub use scale::{rating_word, statement};

/// What has been answered so far. A statement or the overall feeling may be rated or
/// skipped on purpose (`Some(None)`), so "Skip this question" stays chosen.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    pub sender: Option<Sender>,
    pub answers: BTreeMap<Question, Option<Rating>>,
    pub overall: Option<Option<Rating>>,
    pub comments: String,
    pub reader: Option<Reader>,
    pub receipt: Option<bool>,
    pub reference: String,
    /// Once sent: what the server gave back (the receipt), and whether a referral was linked,
    /// until new feedback is started.
    pub sent: Option<(FeedbackSent, bool)>,
}

thread_local! {
    static DRAFT: RefCell<Draft> = RefCell::new(Draft::default());
}

impl Draft {
    /// The feedback as it would be sent; `reader` stands in until one is chosen.
    pub fn request(&self, reader: Reader) -> Option<NewFeedback> {
        let sender = self.sender?;
        // Answers to another sender's questions (after a change of who) are not sent.
        let answers = self
            .answers
            .iter()
            .filter(|(q, _)| sender.questions().contains(q))
            .filter_map(|(q, r)| r.map(|r| (*q, r)))
            .collect();
        let reference = Some(self.reference.trim().to_string()).filter(|r| !r.is_empty());
        Some(NewFeedback {
            sender,
            answers,
            overall: self.overall.flatten(),
            comments: Some(self.comments.trim().to_string()).filter(|c| !c.is_empty()),
            reader: self.reader.unwrap_or(reader),
            receipt: self.receipt.unwrap_or(false),
            reference,
        })
    }
}

/// The draft, and a way to change it that every feedback page shares.
#[hook]
pub fn use_draft() -> (Draft, Callback<Draft>) {
    let state = use_state(|| DRAFT.with(|d| d.borrow().clone()));
    let set = {
        let state = state.clone();
        Callback::from(move |draft: Draft| {
            DRAFT.with(|d| *d.borrow_mut() = draft.clone());
            state.set(draft);
        })
    };
    ((*state).clone(), set)
}

/// A conversation's messages, oldest first: for each, whether the sender wrote it, the words
/// naming who wrote it (the sender and staff name them differently), the day, and the words.
pub fn message_list(messages: impl Iterator<Item = (bool, &'static str, chrono::NaiveDate, String)>) -> Html {
    html! {
        <ol class="messages" id="messages">
            { for messages.map(|(mine, who, on, body)| html! {
                <li class={classes!("message", mine.then_some("message-mine"))}>
                    <p class="message-meta"><strong>{ who }</strong>{ " · " }{ crate::pages::professional::date_words(on) }</p>
                    <p class="message-body">{ body }</p>
                </li>
            }) }
        </ol>
    }
}

pub fn page(page: FeedbackPage) -> Html {
    match page {
        FeedbackPage::Who => html! { <give::Who /> },
        FeedbackPage::Questions(sender) => html! { <give::Questions {sender} /> },
        FeedbackPage::Words => html! { <give::Words /> },
        FeedbackPage::Reader => html! { <give::WhoReads /> },
        FeedbackPage::Sent => html! { <give::Sent /> },
        FeedbackPage::Replies => html! { <replies::Replies /> },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_senders_own_answers_are_sent() {
        let mut draft = Draft { sender: Some(Sender::HadAdvocate), ..Draft::default() };
        draft.answers.insert(Question::Heard, Rating::new(4));
        draft.sender = Some(Sender::Referrer);
        draft.answers.insert(Question::EasyToRefer, Rating::new(2));
        draft.answers.insert(Question::KeptInformed, None);
        draft.overall = Some(None);
        draft.comments = "  ".into();
        let request = draft.request(Reader::Provider).unwrap();
        assert_eq!(request.answers.keys().copied().collect::<Vec<_>>(), [Question::EasyToRefer], "skipped is not sent");
        assert_eq!((request.overall, request.comments), (None, None));
        assert_eq!(Draft::default().request(Reader::Provider), None, "nothing without a sender");
    }
}
