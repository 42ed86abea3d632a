//! Staff pages only render for a signed-in member of staff; anyone else goes to sign in.
//! Someone who must change their password goes to that page first, and someone whose role
//! requires a second factor they have not set up goes to set it up.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;
use crate::components::redirect::Replace;
use crate::i18n::t;
use crate::session::{use_auth, use_session_check, Auth};

#[derive(Properties, PartialEq)]
pub struct StaffOnlyProps {
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn StaffOnly(props: &StaffOnlyProps) -> Html {
    let auth = use_auth();
    let route = use_route::<Route>();
    use_session_check(&auth);
    match &*auth {
        Auth::Unknown => html! { <p class="body" role="status">{ t("staff-checking-sign-in") }</p> },
        Auth::SignedOut => html! { <Replace to={Route::StaffLogin} /> },
        Auth::SignedIn(info) if info.must_change_password && route != Some(Route::StaffPassword) => {
            html! { <Replace to={Route::StaffPassword} /> }
        }
        Auth::SignedIn(info) if !info.must_change_password && info.must_set_up_second_factor && route != Some(Route::StaffTwoStep) => {
            html! { <Replace to={Route::StaffTwoStep} /> }
        }
        Auth::SignedIn(_) => props.children.clone(),
    }
}
