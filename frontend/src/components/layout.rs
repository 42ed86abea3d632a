//! The frame of every page: skip link, header, main and footer. Staff pages get the staff header
//! with the signed-in name, links to staff accounts (administrators) and change password, and a
//! Sign out button.

use speakup_types::feedback::Reader;
use speakup_types::identity::Role;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api;
use crate::route::Route;
use crate::components::display_settings::{restore_focus, ToolsBar};
use crate::components::exit_page::ExitThisPage;
use crate::components::links::RouteLink;
use crate::dom;
use crate::i18n::{t, Language};
use crate::session::{use_auth, Auth};

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub staff: bool,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    // Focus main without changing the address (a "#main" in the URL would confuse the router).
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        dom::focus_id("main");
    });
    // The staff console speaks English and Welsh only: in another language its words are
    // English, and say so to screen readers.
    let staff_lang = (props.staff && !matches!(crate::i18n::language(), Language::English | Language::Welsh)).then_some("en");
    // After a change of wording the page is drawn anew: put focus back on the control used.
    use_effect(restore_focus);
    html! {
        <>
            <a href="#main" class="skip-link" onclick={skip}>{ t("layout-skip-link") }</a>
            if props.staff { <div lang={staff_lang}><StaffHeader /></div> } else { { public_header() } }
            <ToolsBar />
            <div class="width">
                <main id="main" class="main" tabindex="-1" lang={staff_lang}>
                    if !props.staff { { outbox() } }
                    { props.children.clone() }
                </main>
            </div>
            <footer class="footer">
                <div class="width">
                    <h2 class="visually-hidden">{ t("layout-support-links") }</h2>
                    <ul class="footer-links">
                        <li><Link<Route> to={Route::Home}>{ t("layout-home") }</Link<Route>></li>
                        <li><Link<Route> to={Route::Track}>{ t("layout-track") }</Link<Route>></li>
                        if !props.staff {
                            <li><Link<Route> to={Route::GiveFeedback}>{ t("layout-feedback") }</Link<Route>></li>
                            <li><Link<Route> to={Route::Issues}>{ t("layout-issues") }</Link<Route>></li>
                            <li><Link<Route> to={Route::StaffLogin}>{ t("layout-staff-sign-in") }</Link<Route>></li>
                        }
                    </ul>
                    if crate::i18n::wording().easy_read {
                        <p class="footer-note easy-credit" id="pictures-credit">{ t("pictures-credit") }</p>
                    }
                    <p class="footer-note">
                        { t("layout-footer-about") }
                    </p>
                </div>
            </footer>
        </>
    }
}

/// A referral waiting to be sent is the public bundle's to send; the front bundle fetches it
/// when there is one.
#[cfg(feature = "public")]
fn outbox() -> Html {
    html! { <crate::outbox::Outbox /> }
}

#[cfg(not(feature = "public"))]
fn outbox() -> Html {
    if crate::outbox::waiting_any() {
        html! { <crate::bundle::Elsewhere bundle={crate::bundle::Bundle::Public} /> }
    } else {
        html! {}
    }
}

fn public_header() -> Html {
    html! {
        <>
            <ExitThisPage />
            <header class="header">
                <div class="width header-inner">
                    <Link<Route> to={Route::Home} classes="logo">{ t("app-name") }</Link<Route>>
                </div>
            </header>
        </>
    }
}

#[component]
fn StaffHeader() -> Html {
    let auth = use_auth();
    let navigator = use_navigator();
    let signing_out = use_state(|| false);
    let sign_out = {
        let auth = auth.clone();
        let signing_out = signing_out.clone();
        Callback::from(move |_: MouseEvent| {
            if *signing_out {
                return;
            }
            signing_out.set(true);
            let auth = auth.clone();
            let navigator = navigator.clone();
            let signing_out = signing_out.clone();
            let csrf = auth.csrf();
            spawn_local(async move {
                // Whatever the server says, forget the session here: the cookie is HttpOnly,
                // and a failed logout leaves nothing this page can still use.
                let _ = api::logout(&csrf).await;
                signing_out.set(false);
                auth.set(Auth::SignedOut);
                if let Some(navigator) = navigator {
                    navigator.push(&Route::StaffLogin);
                }
            });
        })
    };
    html! {
        <header class="header header-staff">
            <div class="width header-inner">
                <Link<Route> to={auth.info().map_or(Route::Queue, crate::route::staff_home)} classes="logo">
                    { t("app-name") }{ " " }<span class="logo-tag">{ t(if auth.info().is_some_and(|i| i.user.role == Role::Group) { "layout-group-tag" } else { "layout-staff-tag" }) }</span>
                </Link<Route>>
                if let Auth::SignedIn(info) = &*auth {
                    <div class="header-user">
                        <span class="header-name">{ info.user.display_name.clone() }</span>
                        if info.user.role.can_triage() {
                            <RouteLink to={Route::Queue} id="queue-link" class="header-link">{ t("layout-staff-queue") }</RouteLink>
                            <RouteLink to={Route::StaffAdvocates} id="advocates-link" class="header-link">{ t("layout-staff-advocates") }</RouteLink>
                        }
                        if info.user.role.works_cases() {
                            <RouteLink to={Route::StaffMyCases} id="cases-link" class="header-link">{ t("layout-staff-cases") }</RouteLink>
                            <RouteLink to={Route::StaffMyProfile} id="my-profile-link" class="header-link">{ t("layout-staff-profile") }</RouteLink>
                        }
                        if info.user.role == Role::Admin {
                            <RouteLink to={Route::StaffAccounts} id="accounts-link" class="header-link">{ t("layout-staff-accounts") }</RouteLink>
                            <RouteLink to={Route::StaffSettings} id="settings-link" class="header-link">{ t("layout-staff-settings") }</RouteLink>
                        }
                        if info.user.role == Role::Admin {
                            <RouteLink to={Route::StaffGroups} id="groups-link" class="header-link">{ t("layout-staff-groups") }</RouteLink>
                        }
                        if Reader::for_role(info.user.role).is_some() {
                            <RouteLink to={Route::StaffFeedback} id="feedback-link" class="header-link">{ t("layout-staff-feedback") }</RouteLink>
                        }
                        if info.user.role == Role::Group {
                            <RouteLink to={Route::StaffGroup} id="group-link" class="header-link">{ t("layout-staff-group") }</RouteLink>
                        }
                        if !matches!(info.user.role, Role::Manager | Role::Advocate) {
                            <RouteLink to={Route::StaffIssues} id="issues-link" class="header-link">{ t("layout-staff-issues") }</RouteLink>
                        }
                        <Link<Route> to={Route::StaffPassword} classes="header-link">{ t("layout-change-password") }</Link<Route>>
                        <RouteLink to={Route::StaffTwoStep} id="two-step-link" class="header-link">{ t("layout-two-step") }</RouteLink>
                        <button type="button" id="sign-out" class="button button-secondary button-small"
                            onclick={sign_out} disabled={*signing_out}>{ t("layout-sign-out") }</button>
                    </div>
                }
            </div>
        </header>
    }
}
