//! Where every page lives: the addresses of the app, grouped by area, and what each page
//! says about itself (its picture in Easy Read, its place in a route). A leaf: it imports no
//! page or component, so pages and components can all name a route without depending on
//! each other. New areas (`/feedback`, `/groups`, `/casework`, `/reports`) get a variant
//! here, and a page enum of their own when they have more than one page.

mod feedback;
mod professional;
mod refer;

use std::cell::RefCell;

use speakup_types::identity::SessionInfo;
use uuid::Uuid;
use yew_router::prelude::*;

use crate::pictures::Picture;
pub use feedback::FeedbackPage;
pub use professional::ProPage;
pub use refer::{ForPage, SelfPage, Step, FOR_PAGES, SELF_PAGES};

#[derive(Debug, Clone, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    /// Asking for yourself, under `/refer/<page>` (also "Who needs an advocate?" and "sent").
    #[at("/refer")]
    Refer,
    #[at("/refer/:page")]
    SelfReferral { page: SelfPage },
    /// Asking for someone else, as their carer, relative or friend.
    #[at("/refer-for")]
    ReferFor,
    #[at("/refer-for/:page")]
    OnBehalf { page: ForPage },
    /// A professional referring someone they work with.
    #[at("/refer-professional")]
    ReferProfessional,
    #[at("/refer-professional/:page")]
    Professional { page: ProPage },
    #[at("/track")]
    Track,
    #[at("/track/lost-code")]
    LostCode,
    /// Anonymous feedback, and coming back with a receipt to read replies.
    #[at("/feedback")]
    GiveFeedback,
    #[at("/feedback/:page")]
    Feedback { page: FeedbackPage },
    /// Collective issues raised by self-advocacy groups, and a group registering.
    #[at("/issues")]
    Issues,
    #[at("/issues/:id")]
    Issue { id: Uuid },
    #[at("/groups/register")]
    RegisterGroup,
    // The staff console: its own bundle, signed in.
    #[at("/staff/login")]
    StaffLogin,
    #[at("/staff/password")]
    StaffPassword,
    #[at("/staff/two-step-sign-in")]
    StaffTwoStep,
    #[at("/staff")]
    Queue,
    #[at("/staff/accounts")]
    StaffAccounts,
    #[at("/staff/accounts/:id")]
    StaffAccount { id: Uuid },
    #[at("/staff/referrals/:id")]
    StaffReferral { id: Uuid },
    #[at("/staff/cases")]
    StaffMyCases,
    #[at("/staff/profile")]
    StaffMyProfile,
    #[at("/staff/advocates")]
    StaffAdvocates,
    #[at("/staff/advocates/:id")]
    StaffAdvocate { id: Uuid },
    #[at("/staff/settings")]
    StaffSettings,
    /// IMHA offered again to those who said no.
    #[at("/staff/reoffers")]
    StaffReoffers,
    /// Safeguarding concerns due to be chased.
    #[at("/staff/concerns")]
    StaffConcerns,
    #[at("/staff/feedback")]
    StaffFeedback,
    #[at("/staff/feedback/:id")]
    StaffFeedbackItem { id: Uuid },
    #[at("/staff/feedback-card")]
    StaffFeedbackCard,
    #[at("/staff/themes")]
    StaffThemes,
    #[at("/staff/groups")]
    StaffGroups,
    #[at("/staff/groups/:id")]
    StaffGroupMembers { id: Uuid },
    /// A group member's home, and their group's issues.
    #[at("/staff/group")]
    StaffGroup,
    #[at("/staff/group/issues/new")]
    StaffNewIssue,
    #[at("/staff/group/issues/:id")]
    StaffGroupIssue { id: Uuid },
    #[at("/staff/issues")]
    StaffIssues,
    #[at("/staff/issues/:id")]
    StaffIssue { id: Uuid },
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    /// A page of the self-referral.
    pub fn refer(step: Step) -> Route {
        Route::SelfReferral { page: SelfPage(step) }
    }

    /// A page of the referral for someone else.
    pub fn refer_for(step: Step) -> Route {
        Route::OnBehalf { page: ForPage(step) }
    }

    /// "Who needs an advocate?": the way into every referral route.
    pub fn who() -> Route {
        Route::refer(Step::Who)
    }

    /// The page that says a referral has been sent, whichever route sent it.
    pub fn sent() -> Route {
        Route::refer(Step::Sent)
    }

    pub fn is_staff(&self) -> bool {
        matches!(
            self,
            Route::StaffLogin
                | Route::StaffPassword
                | Route::StaffTwoStep
                | Route::StaffAccounts
                | Route::StaffAccount { .. }
                | Route::Queue
                | Route::StaffReferral { .. }
                | Route::StaffMyCases
                | Route::StaffMyProfile
                | Route::StaffAdvocates
                | Route::StaffAdvocate { .. }
                | Route::StaffSettings
                | Route::StaffReoffers
                | Route::StaffConcerns
                | Route::StaffFeedback
                | Route::StaffFeedbackItem { .. }
                | Route::StaffFeedbackCard
                | Route::StaffThemes
                | Route::StaffGroups
                | Route::StaffGroupMembers { .. }
                | Route::StaffGroup
                | Route::StaffNewIssue
                | Route::StaffGroupIssue { .. }
                | Route::StaffIssues
                | Route::StaffIssue { .. }
        )
    }

    /// The picture beside a public page's heading in Easy Read: what the page is about.
    pub fn picture(&self) -> Picture {
        match self {
            Route::Home => Picture::Talk,
            Route::SelfReferral { page: SelfPage(step) } | Route::OnBehalf { page: ForPage(step) } => step.picture(),
            Route::Professional { page } => page.picture(),
            Route::Track => Picture::Search,
            Route::LostCode => Picture::Key,
            Route::GiveFeedback => Picture::Person,
            Route::Feedback { page } => page.picture(),
            Route::Issues | Route::Issue { .. } => Picture::Talk,
            Route::RegisterGroup => Picture::Pen,
            _ => Picture::Question,
        }
    }
}

thread_local! {
    /// The page shown before this one, and this one: for a Back that goes where the person
    /// came from (the app's `switch` notes each page it shows).
    static VISITED: RefCell<(Option<Route>, Option<Route>)> = const { RefCell::new((None, None)) };
}

/// Notes that `route` is the page shown now; drawing the same page again changes nothing.
pub fn visit(route: &Route) {
    VISITED.with(|v| {
        let mut v = v.borrow_mut();
        if v.1.as_ref() != Some(route) {
            v.0 = v.1.replace(route.clone());
        }
    });
}

/// The page the app showed before this one, if any.
pub fn previous() -> Option<Route> {
    VISITED.with(|v| v.borrow().0.clone())
}

/// Where a signed-in member of staff goes first: a new password, then any second factor
/// their role requires, then their work (for an advocate their own cases; for a commissioner, who opens no referral, the
/// feedback sent to them; for a board member the issues raised with them; for a group member
/// their group).
pub fn staff_home(info: &SessionInfo) -> Route {
    use speakup_types::identity::Role;
    if info.must_change_password {
        Route::StaffPassword
    } else if info.must_set_up_second_factor {
        Route::StaffTwoStep
    } else {
        match info.user.role {
            Role::Commissioner => Route::StaffFeedback,
            Role::SafeguardingBoard | Role::PartnershipBoard | Role::Healthwatch => Route::StaffIssues,
            Role::Group => Route::StaffGroup,
            Role::Admin | Role::Manager => Route::Queue,
            Role::Advocate => Route::StaffMyCases,
        }
    }
}

/// The entry of an address table whose last part of the address is `slug`.
fn parse<T: Copy>(table: &[(T, &str)], slug: &str) -> Result<T, ()> {
    table.iter().find(|(_, s)| *s == slug).map(|(page, _)| *page).ok_or(())
}

/// The last part of the address of `page` in an address table.
fn slug<T: PartialEq>(table: &'static [(T, &'static str)], page: &T) -> &'static str {
    table.iter().find(|(p, _)| p == page).map_or("", |(_, s)| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_previous_page_is_the_one_shown_before_this_one() {
        visit(&Route::refer(Step::Name));
        visit(&Route::refer(Step::Check));
        // Drawing the same page again is not a new visit.
        visit(&Route::refer(Step::Check));
        assert_eq!(previous(), Some(Route::refer(Step::Name)));
        visit(&Route::Track);
        assert_eq!(previous(), Some(Route::refer(Step::Check)));
    }

    #[test]
    fn issue_addresses_lead_to_their_pages() {
        let id = Uuid::from_u128(0x1d0c_5e2a_4b7f_4c3e_9a1b_2c3d4e5f6a7b);
        assert_eq!(Route::recognize("/staff/group/issues/new"), Some(Route::StaffNewIssue));
        assert_eq!(Route::recognize(&format!("/staff/group/issues/{id}")), Some(Route::StaffGroupIssue { id }));
        assert_eq!(Route::recognize(&format!("/issues/{id}")), Some(Route::Issue { id }));
        assert_eq!(Route::recognize("/issues/not-an-id"), Some(Route::NotFound));
        // The group's pages are the staff console's (its bundle, signed in); the public ones not.
        assert!(Route::StaffGroup.is_staff() && Route::StaffIssue { id }.is_staff());
        assert!(!Route::Issues.is_staff() && !Route::RegisterGroup.is_staff());
    }
}
