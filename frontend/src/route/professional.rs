//! The pages of a professional's referral, under `/refer-professional/<page>`. Which of them
//! a referral needs, and the way between them, is in `pages::professional`.

use std::fmt;
use std::str::FromStr;

use crate::pictures::Picture;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProPage {
    AboutYou,
    Person,
    Contact,
    Reason,
    Agreement,
    /// Which law the referral is about, so only its questions follow.
    Law,
    MentalHealth,
    Council,
    Difficulty,
    Support,
    Exceptions,
    Capacity,
    Dols,
    Safeguarding,
    Deadlines,
    Risks,
    Advocate,
    Communication,
    Wishes,
    People,
    Equality,
    Check,
}

/// The pages in order, with the last part of their address.
const PAGES: [(ProPage, &str); 22] = [
    (ProPage::AboutYou, "about-you"),
    (ProPage::Person, "the-person"),
    (ProPage::Contact, "contact"),
    (ProPage::Reason, "reason"),
    (ProPage::Agreement, "agreement"),
    (ProPage::Law, "which-law"),
    (ProPage::MentalHealth, "mental-health"),
    (ProPage::Council, "council"),
    (ProPage::Difficulty, "difficulty"),
    (ProPage::Support, "support"),
    (ProPage::Exceptions, "exceptions"),
    (ProPage::Capacity, "capacity"),
    (ProPage::Dols, "dols"),
    (ProPage::Safeguarding, "safeguarding"),
    (ProPage::Deadlines, "deadlines"),
    (ProPage::Risks, "risks"),
    (ProPage::Advocate, "advocate"),
    (ProPage::Communication, "communication"),
    (ProPage::Wishes, "wishes"),
    (ProPage::People, "people"),
    (ProPage::Equality, "equality"),
    (ProPage::Check, "check"),
];

impl ProPage {
    /// Every page, in the order the route asks them.
    pub fn all() -> impl Iterator<Item = ProPage> {
        PAGES.iter().map(|(page, _)| *page)
    }

    pub fn route(self) -> super::Route {
        super::Route::Professional { page: self }
    }

    pub fn picture(self) -> Picture {
        use ProPage::*;
        match self {
            AboutYou | Person | Advocate => Picture::Person,
            Contact => Picture::Phone,
            Reason | Wishes => Picture::Pen,
            Agreement | Capacity => Picture::Heart,
            Council | Dols | Law => Picture::Council,
            MentalHealth => Picture::Hospital,
            Difficulty | Exceptions => Picture::Question,
            Support | People | Equality => Picture::People,
            Safeguarding | Risks => Picture::Shield,
            Deadlines => Picture::Calendar,
            Communication => Picture::Talk,
            Check => Picture::Tick,
        }
    }
}

impl fmt::Display for ProPage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(super::slug(&PAGES, self))
    }
}

impl FromStr for ProPage {
    type Err = ();

    fn from_str(slug: &str) -> Result<ProPage, ()> {
        super::parse(&PAGES, slug)
    }
}
