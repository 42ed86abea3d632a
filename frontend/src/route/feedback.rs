//! The pages of anonymous feedback, under `/feedback/<page>`, and coming back to read replies.

use std::fmt;
use std::str::FromStr;

use speakup_types::feedback::Sender;

use crate::pictures::Picture;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedbackPage {
    /// Who is giving feedback: it decides the questions.
    Who,
    /// The statements for one kind of sender, each answered on a scale of faces or skipped.
    /// The sender is in the address, so the page opens the same after a reload.
    Questions(Sender),
    /// How they feel overall, and anything else in their own words.
    Words,
    /// Who reads it, a receipt to come back with, and linking a referral.
    Reader,
    Sent,
    /// Coming back with the receipt: the replies and an answer.
    Replies,
}

const PAGES: [(FeedbackPage, &str); 9] = [
    (FeedbackPage::Who, "who"),
    (FeedbackPage::Questions(Sender::HadAdvocate), "about-your-advocate"),
    (FeedbackPage::Questions(Sender::CarerFamilyFriend), "as-a-carer"),
    (FeedbackPage::Questions(Sender::Referrer), "about-referring"),
    (FeedbackPage::Questions(Sender::NotEligible), "about-being-told"),
    (FeedbackPage::Words, "your-words"),
    (FeedbackPage::Reader, "who-reads-it"),
    (FeedbackPage::Sent, "sent"),
    (FeedbackPage::Replies, "replies"),
];

impl FeedbackPage {
    pub fn route(self) -> super::Route {
        super::Route::Feedback { page: self }
    }

    pub fn picture(self) -> Picture {
        match self {
            FeedbackPage::Who => Picture::Person,
            FeedbackPage::Questions(_) => Picture::Happy,
            FeedbackPage::Words => Picture::Pen,
            FeedbackPage::Reader => Picture::Lock,
            FeedbackPage::Sent => Picture::Tick,
            FeedbackPage::Replies => Picture::Talk,
        }
    }
}

impl fmt::Display for FeedbackPage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(super::slug(&PAGES, self))
    }
}

impl FromStr for FeedbackPage {
    type Err = ();

    fn from_str(slug: &str) -> Result<FeedbackPage, ()> {
        super::parse(&PAGES, slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::Route;
    use yew_router::Routable;

    #[test]
    fn every_page_has_one_address_that_leads_back_to_it() {
        for (page, slug) in PAGES {
            let route = page.route();
            assert_eq!(route.to_path(), format!("/feedback/{slug}"));
            assert_eq!(Route::recognize(&route.to_path()), Some(route));
        }
        for sender in Sender::ALL {
            assert!(PAGES.iter().any(|(page, _)| *page == FeedbackPage::Questions(*sender)), "{sender:?} has its questions");
        }
        assert_eq!(Route::recognize("/feedback"), Some(Route::GiveFeedback));
        assert_eq!(Route::recognize("/feedback/questions"), Some(Route::NotFound));
    }
}
