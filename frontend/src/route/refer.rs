//! The pages of the two routes a member of the public takes: asking for themselves
//! (`/refer/…`) and asking for someone else (`/refer-for/…`). Most questions are asked on both
//! routes, so one `Step` names a page on either; each route has its own table of addresses,
//! whose order is the order its pages come in.

use std::fmt;
use std::str::FromStr;

use crate::pictures::Picture;

/// A page of a public referral route. "The person" is whoever needs the advocate: the
/// person asking, on the self-referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// "Who needs an advocate?", which leads into every route.
    Who,
    // About the person referring someone else.
    ReferrerName,
    Relationship,
    ReferrerMethod,
    ReferrerDetails,
    // About the person.
    Name,
    /// A town or council area.
    LivesIn,
    HelpWith,
    /// "Is anyone in danger now, or is something happening soon?"
    Urgency,
    /// What is happening soon, and when.
    Soon,
    OwnWords,
    Consent,
    BestInterests,
    /// Whether to contact the person through the referrer.
    ContactWay,
    ContactMethod,
    ContactDetails,
    /// Whether a message is safe, and ways never to use.
    Messages,
    SafeTimes,
    Codeword,
    Communication,
    Advocate,
    People,
    // The optional questions the entitlement rules use.
    Council,
    Hospital,
    Section,
    Complaint,
    Difficulty,
    Support,
    Equality,
    Check,
    Sent,
}

impl Step {
    /// A page with questions, which Continue and Back move between.
    pub fn is_question(self) -> bool {
        !matches!(self, Step::Who | Step::Check | Step::Sent)
    }

    pub fn picture(self) -> Picture {
        use Step::*;
        match self {
            Communication | Messages => Picture::Talk,
            SafeTimes => Picture::Calendar,
            Codeword => Picture::Key,
            Who | Relationship | People | Support | Equality => Picture::People,
            HelpWith | OwnWords | Complaint => Picture::Pen,
            Name | ReferrerName | Advocate => Picture::Person,
            ContactMethod | ContactDetails | ReferrerMethod | ReferrerDetails | ContactWay => Picture::Phone,
            Council | LivesIn => Picture::Council,
            Urgency => Picture::Shield,
            Soon => Picture::Calendar,
            Hospital | Section => Picture::Hospital,
            Difficulty => Picture::Question,
            Consent | BestInterests => Picture::Heart,
            Check | Sent => Picture::Tick,
        }
    }
}

/// The self-referral's pages in order, with the last part of their address.
pub const SELF_PAGES: [(Step, &str); 23] = [
    (Step::Who, "who"),
    (Step::HelpWith, "help"),
    (Step::Urgency, "how-soon"),
    (Step::Soon, "what-and-when"),
    (Step::Name, "name"),
    (Step::LivesIn, "where-you-live"),
    (Step::ContactMethod, "contact"),
    (Step::ContactDetails, "contact-details"),
    (Step::Messages, "messages"),
    (Step::SafeTimes, "safe-times"),
    (Step::Codeword, "codeword"),
    (Step::Communication, "communication"),
    (Step::Advocate, "advocate"),
    (Step::People, "people"),
    (Step::Council, "council"),
    (Step::Hospital, "hospital"),
    (Step::Section, "section"),
    (Step::Complaint, "complaint"),
    (Step::Difficulty, "difficulty"),
    (Step::Support, "support"),
    (Step::Equality, "equality"),
    (Step::Check, "check"),
    (Step::Sent, "sent"),
];

/// The on-behalf route's pages in order. It starts from "Who needs an advocate?" on the
/// self-referral's address, and ends on the same "sent" page.
pub const FOR_PAGES: [(Step, &str); 29] = [
    (Step::ReferrerName, "your-name"),
    (Step::Relationship, "how-you-know-them"),
    (Step::ReferrerMethod, "your-contact"),
    (Step::ReferrerDetails, "your-contact-details"),
    (Step::Name, "their-name"),
    (Step::LivesIn, "where-they-live"),
    (Step::HelpWith, "help"),
    (Step::Urgency, "how-soon"),
    (Step::Soon, "what-and-when"),
    (Step::OwnWords, "their-words"),
    (Step::Consent, "agreement"),
    (Step::BestInterests, "best-interests"),
    (Step::ContactWay, "contact"),
    (Step::ContactMethod, "their-contact"),
    (Step::ContactDetails, "their-contact-details"),
    (Step::Messages, "messages"),
    (Step::SafeTimes, "safe-times"),
    (Step::Codeword, "codeword"),
    (Step::Communication, "communication"),
    (Step::Advocate, "advocate"),
    (Step::People, "people"),
    (Step::Council, "council"),
    (Step::Hospital, "hospital"),
    (Step::Section, "section"),
    (Step::Complaint, "complaint"),
    (Step::Difficulty, "difficulty"),
    (Step::Support, "support"),
    (Step::Equality, "equality"),
    (Step::Check, "check"),
];

/// A page under `/refer/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SelfPage(pub Step);

/// A page under `/refer-for/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ForPage(pub Step);

/// Reads and writes a route's page from and to the last part of its address, by its table.
macro_rules! addressed_by {
    ($page:ident, $table:ident) => {
        impl FromStr for $page {
            type Err = ();

            fn from_str(slug: &str) -> Result<$page, ()> {
                super::parse(&$table, slug).map($page)
            }
        }

        impl fmt::Display for $page {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(super::slug(&$table, &self.0))
            }
        }
    };
}

addressed_by!(SelfPage, SELF_PAGES);
addressed_by!(ForPage, FOR_PAGES);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::Route;
    use yew_router::Routable;

    #[test]
    fn every_page_has_one_address_that_leads_back_to_it() {
        for (step, slug) in SELF_PAGES {
            let route = Route::refer(step);
            assert_eq!(route.to_path(), format!("/refer/{slug}"));
            assert_eq!(Route::recognize(&route.to_path()), Some(route));
        }
        for (step, slug) in FOR_PAGES {
            let route = Route::refer_for(step);
            assert_eq!(route.to_path(), format!("/refer-for/{slug}"));
            assert_eq!(Route::recognize(&route.to_path()), Some(route));
        }
    }

    #[test]
    fn an_address_of_the_other_route_is_not_found() {
        assert_eq!(Route::recognize("/refer/your-name"), Some(Route::NotFound));
        assert_eq!(Route::recognize("/refer-for/who"), Some(Route::NotFound));
    }
}
