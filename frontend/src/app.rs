//! The app: the session and display contexts, the page frame, and which page each route
//! shows (the routes themselves are in `route`).

use yew::prelude::*;
use yew_router::prelude::*;

#[cfg(not(all(feature = "public", feature = "staff", feature = "oversight")))]
use crate::bundle::{Bundle, Elsewhere};
use crate::components::layout::Layout;
use crate::display::DisplaySettings;
use crate::pages::public::{not_found, start};
use crate::route::Route;
use crate::session::Auth;

/// The pages every bundle has: the front door and "not found". The rest are in the public,
/// the staff or the oversight bundle (`bundle.rs`); a bundle without a route's page fetches
/// the one with it.
fn switch(route: Route) -> Html {
    crate::route::visit(&route);
    match route {
        Route::Home => start::page(),
        Route::NotFound => not_found::page(),
        oversight if oversight.is_staff() && speakup_types::console::is_oversight(&oversight.to_path()) => oversight_page(oversight),
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
    use crate::components::redirect::Replace;
    use crate::pages::public::{lost_code, track};
    use crate::pages::{on_behalf, professional, public};
    use crate::route::{FeedbackPage, ForPage, ProPage, SelfPage, Step};
    match route {
        Route::Refer => html! { <Replace to={Route::refer(Step::HelpWith)} /> },
        Route::SelfReferral { page: SelfPage(step) } => public::page(step),
        Route::ReferFor => html! { <Replace to={Route::refer_for(Step::ReferrerName)} /> },
        Route::OnBehalf { page: ForPage(step) } => on_behalf::page(step),
        Route::ReferProfessional => html! { <Replace to={ProPage::AboutYou.route()} /> },
        Route::Professional { page } => professional::page(page),
        Route::Track => html! { <track::TrackPage /> },
        Route::LostCode => html! { <lost_code::LostCodePage /> },
        Route::GiveFeedback => html! { <Replace to={FeedbackPage::Who.route()} /> },
        Route::Feedback { page } => crate::pages::feedback::page(page),
        Route::Issues => html! { <crate::pages::issues::IssuesPage /> },
        Route::Issue { id } => html! { <crate::pages::issues::IssuePage {id} /> },
        Route::RegisterGroup => html! { <crate::pages::issues::RegisterGroupPage /> },
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
    use crate::pages::staff::{about_me, advocates, cases, guard::StaffOnly, login, password, queue, referral, reoffers, to_chase, two_step};
    match route {
        Route::StaffLogin => html! { <login::LoginPage /> },
        Route::StaffPassword => html! { <StaffOnly><password::PasswordPage /></StaffOnly> },
        Route::StaffTwoStep => html! { <StaffOnly><two_step::TwoStepPage /></StaffOnly> },
        Route::StaffReferral { id } => html! { <StaffOnly><referral::ReferralPage {id} /></StaffOnly> },
        Route::Queue => html! { <StaffOnly><queue::QueuePage /></StaffOnly> },
        Route::StaffMyCases => html! { <StaffOnly><cases::MyCasesPage /></StaffOnly> },
        Route::StaffMyProfile => html! { <StaffOnly><about_me::MyProfilePage /></StaffOnly> },
        Route::StaffAdvocates => html! { <StaffOnly><advocates::AdvocatesPage /></StaffOnly> },
        Route::StaffAdvocate { id } => html! { <StaffOnly><advocates::AdvocatePage {id} /></StaffOnly> },
        Route::StaffReoffers => html! { <StaffOnly><reoffers::ReoffersPage /></StaffOnly> },
        Route::StaffConcerns => html! { <StaffOnly><to_chase::ToChasePage /></StaffOnly> },
        _ => not_found::page(),
    }
}

#[cfg(not(feature = "oversight"))]
fn oversight_page(_: Route) -> Html {
    html! { <Elsewhere bundle={Bundle::Oversight} /> }
}

#[cfg(feature = "oversight")]
fn oversight_page(route: Route) -> Html {
    use crate::pages::staff::{
        account, accounts, feedback, group, group_members, groups, guard::StaffOnly, issue, issue_draft, issues, settings, themes,
    };
    match route {
        Route::StaffAccounts => html! { <StaffOnly><accounts::AccountsPage /></StaffOnly> },
        Route::StaffAccount { id } => html! { <StaffOnly><account::AccountPage {id} /></StaffOnly> },
        Route::StaffSettings => html! { <StaffOnly><settings::SettingsPage /></StaffOnly> },
        Route::StaffFeedback => html! { <StaffOnly><feedback::InboxPage /></StaffOnly> },
        Route::StaffFeedbackItem { id } => html! { <StaffOnly><feedback::ItemPage {id} /></StaffOnly> },
        Route::StaffFeedbackCard => html! { <StaffOnly><feedback::CardPage /></StaffOnly> },
        Route::StaffThemes => html! { <StaffOnly><themes::ThemesPage /></StaffOnly> },
        Route::StaffGroups => html! { <StaffOnly><groups::GroupsPage /></StaffOnly> },
        Route::StaffGroupMembers { id } => html! { <StaffOnly><group_members::GroupMembersPage {id} /></StaffOnly> },
        Route::StaffGroup => html! { <StaffOnly><group::GroupPage /></StaffOnly> },
        Route::StaffNewIssue => html! { <StaffOnly><issue_draft::IssueDraftPage /></StaffOnly> },
        Route::StaffGroupIssue { id } => html! { <StaffOnly><issue_draft::IssueDraftPage id={Some(id)} /></StaffOnly> },
        Route::StaffIssues => html! { <StaffOnly><issues::IssuesListPage /></StaffOnly> },
        Route::StaffIssue { id } => html! { <StaffOnly><issue::StaffIssuePage {id} /></StaffOnly> },
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
