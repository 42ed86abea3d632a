//! The routes, the session context and the page frame around every route.

use speakup_types::identity::SessionInfo;
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

#[cfg(not(all(feature = "public", feature = "staff")))]
use crate::bundle::{Bundle, Elsewhere};
use crate::components::layout::Layout;
use crate::display::DisplaySettings;
use crate::pages::professional::ProPage;
use crate::pages::public::{not_found, start};
use crate::session::Auth;

#[derive(Debug, Clone, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/refer")]
    Refer,
    #[at("/refer/who")]
    Who,
    #[at("/refer/help")]
    HelpWith,
    #[at("/refer/name")]
    Name,
    #[at("/refer/contact")]
    ContactMethod,
    #[at("/refer/contact-details")]
    ContactDetails,
    #[at("/refer/messages")]
    Messages,
    #[at("/refer/communication")]
    Communication,
    #[at("/refer/advocate")]
    Advocate,
    #[at("/refer/people")]
    People,
    #[at("/refer/council")]
    Council,
    #[at("/refer/hospital")]
    Hospital,
    #[at("/refer/section")]
    Section,
    #[at("/refer/complaint")]
    Complaint,
    #[at("/refer/difficulty")]
    Difficulty,
    #[at("/refer/support")]
    Support,
    #[at("/refer/equality")]
    Equality,
    #[at("/refer/check")]
    Check,
    #[at("/refer/sent")]
    Sent,
    #[at("/refer-for")]
    ReferFor,
    #[at("/refer-for/your-name")]
    ForReferrerName,
    #[at("/refer-for/how-you-know-them")]
    ForRelationship,
    #[at("/refer-for/your-contact")]
    ForReferrerMethod,
    #[at("/refer-for/your-contact-details")]
    ForReferrerDetails,
    #[at("/refer-for/their-name")]
    ForPersonName,
    #[at("/refer-for/help")]
    ForHelpWith,
    #[at("/refer-for/their-words")]
    ForOwnWords,
    #[at("/refer-for/agreement")]
    ForConsent,
    #[at("/refer-for/best-interests")]
    ForBestInterests,
    #[at("/refer-for/contact")]
    ForContactWay,
    #[at("/refer-for/their-contact")]
    ForPersonMethod,
    #[at("/refer-for/their-contact-details")]
    ForPersonDetails,
    #[at("/refer-for/messages")]
    ForMessages,
    #[at("/refer-for/communication")]
    ForCommunication,
    #[at("/refer-for/advocate")]
    ForAdvocate,
    #[at("/refer-for/people")]
    ForPeople,
    #[at("/refer-for/council")]
    ForCouncil,
    #[at("/refer-for/hospital")]
    ForHospital,
    #[at("/refer-for/section")]
    ForSection,
    #[at("/refer-for/complaint")]
    ForComplaint,
    #[at("/refer-for/difficulty")]
    ForDifficulty,
    #[at("/refer-for/support")]
    ForSupport,
    #[at("/refer-for/equality")]
    ForEquality,
    #[at("/refer-for/check")]
    ForCheck,
    #[at("/refer-professional")]
    ReferProfessional,
    #[at("/refer-professional/:page")]
    Professional { page: ProPage },
    #[at("/track")]
    Track,
    #[at("/track/lost-code")]
    LostCode,
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
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
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
        )
    }
}

/// The pages every bundle has: the front door and "not found". The rest are in the public or
/// the staff bundle (`bundle.rs`); a bundle without a route's page fetches the one with it.
fn switch(route: Route) -> Html {
    match route {
        Route::Home => start::page(),
        Route::NotFound => not_found::page(),
        staff if staff.is_staff() => staff_page(staff),
        public => public_page(public),
    }
}

#[cfg(not(feature = "public"))]
fn public_page(_: Route) -> Html {
    html! { <Elsewhere bundle={Bundle::Public} /> }
}

#[cfg(feature = "public")]
fn public_page(route: Route) -> Html {
    use crate::draft::Draft;
    use crate::pages::on_behalf;
    use crate::pages::professional;
    use crate::pages::profile::{ProfilePage, Topic};
    use crate::pages::public::{check, confirmation, contact, eligibility, lost_code, questions, track, who};
    match route {
        Route::Refer => html! { <crate::components::redirect::Replace to={Route::HelpWith} /> },
        Route::Who => html! { <who::WhoPage /> },
        Route::HelpWith => html! { <questions::HelpWith /> },
        Route::Name => html! { <questions::Name /> },
        Route::ContactMethod => html! { <contact::Method /> },
        Route::ContactDetails => html! { <contact::Details /> },
        Route::Messages => html! { <contact::Messages /> },
        Route::Communication => html! { <ProfilePage<Draft> topic={Topic::Communication} /> },
        Route::Advocate => html! { <ProfilePage<Draft> topic={Topic::Advocate} /> },
        Route::People => html! { <ProfilePage<Draft> topic={Topic::People} /> },
        Route::Council => eligibility::council(),
        Route::Hospital => eligibility::hospital(),
        Route::Section => html! { <eligibility::Section<Draft> /> },
        Route::Complaint => eligibility::complaint(),
        Route::Difficulty => eligibility::difficulty(),
        Route::Support => eligibility::support(),
        Route::Equality => html! { <ProfilePage<Draft> topic={Topic::Equality} /> },
        Route::Check => html! { <check::CheckAnswers /> },
        Route::Sent => confirmation::page(),
        Route::ReferFor => html! { <crate::components::redirect::Replace to={Route::ForReferrerName} /> },
        Route::ReferProfessional => html! { <crate::components::redirect::Replace to={ProPage::AboutYou.route()} /> },
        Route::Professional { page } => professional::page(page),
        Route::Track => html! { <track::TrackPage /> },
        Route::LostCode => html! { <lost_code::LostCodePage /> },
        Route::ForReferrerName
        | Route::ForRelationship
        | Route::ForReferrerMethod
        | Route::ForReferrerDetails
        | Route::ForPersonName
        | Route::ForHelpWith
        | Route::ForOwnWords
        | Route::ForConsent
        | Route::ForBestInterests
        | Route::ForContactWay
        | Route::ForPersonMethod
        | Route::ForPersonDetails
        | Route::ForMessages
        | Route::ForCommunication
        | Route::ForAdvocate
        | Route::ForPeople
        | Route::ForCouncil
        | Route::ForHospital
        | Route::ForSection
        | Route::ForComplaint
        | Route::ForDifficulty
        | Route::ForSupport
        | Route::ForEquality
        | Route::ForCheck => on_behalf::page(route),
        // The front door, not found and the staff console are not sent here.
        _ => not_found::page(),
    }
}

#[cfg(not(feature = "staff"))]
fn staff_page(_: Route) -> Html {
    html! { <Elsewhere bundle={Bundle::Staff} /> }
}

#[cfg(feature = "staff")]
fn staff_page(route: Route) -> Html {
    use crate::pages::staff::{account, accounts, guard::StaffOnly, login, password, queue, referral, two_step};
    match route {
        Route::StaffLogin => html! { <login::LoginPage /> },
        Route::StaffPassword => html! { <StaffOnly><password::PasswordPage /></StaffOnly> },
        Route::StaffTwoStep => html! { <StaffOnly><two_step::TwoStepPage /></StaffOnly> },
        Route::StaffAccounts => html! { <StaffOnly><accounts::AccountsPage /></StaffOnly> },
        Route::StaffAccount { id } => html! { <StaffOnly><account::AccountPage {id} /></StaffOnly> },
        Route::StaffReferral { id } => html! { <StaffOnly><referral::ReferralPage {id} /></StaffOnly> },
        Route::Queue => html! { <StaffOnly><queue::QueuePage /></StaffOnly> },
        _ => not_found::page(),
    }
}

#[component]
pub fn App() -> Html {
    let auth = use_state(|| Auth::Unknown);
    let display = use_state(DisplaySettings::load);
    // Before the pages render, so they read the chosen wording. The words are looked up as pages
    // render, so a new language or Easy Read redraws the frame from scratch (drafts are kept).
    display.apply();
    let wording = display.wording();
    let key = format!("{}-{}", wording.language.code(), wording.easy_read);
    html! {
        <BrowserRouter>
            <ContextProvider<UseStateHandle<Auth>> context={auth}>
                <ContextProvider<UseStateHandle<DisplaySettings>> context={display}>
                    <Frame {key} />
                </ContextProvider<UseStateHandle<DisplaySettings>>>
            </ContextProvider<UseStateHandle<Auth>>>
        </BrowserRouter>
    }
}

/// Header, main and footer around the page for the current route.
#[component]
fn Frame() -> Html {
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    html! {
        <Layout staff={route.is_staff()}>
            <Switch<Route> render={switch} />
        </Layout>
    }
}

/// Where a signed-in member of staff goes first: a new password, then any second factor
/// their role requires, then their work.
pub fn staff_home(info: &SessionInfo) -> Route {
    if info.must_change_password {
        Route::StaffPassword
    } else if info.must_set_up_second_factor {
        Route::StaffTwoStep
    } else {
        Route::Queue
    }
}
