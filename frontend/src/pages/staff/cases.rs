//! An advocate's own cases: those named to them and those a manager shared with them, urgent
//! and longest waiting first, each with what is due this week. (Managers see the same list
//! on each advocate's page: `handover.rs`.)

use yew::prelude::*;

use super::{use_load, Load};
use crate::api;
use crate::components::heading::Heading;
use crate::components::links::RouteLink;
use crate::i18n::{t, tf};
use crate::route::Route;

#[component]
pub fn MyCasesPage() -> Html {
    let load = use_load((), |()| api::my_cases());
    let body = match &*load {
        Load::Loading => html! { <p class="body" role="status">{ t("staff-cases-loading") }</p> },
        Load::Failed(problem) if problem.status == 403 => html! { <p class="body">{ t("staff-cases-forbidden") }</p> },
        Load::Failed(problem) => html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
        Load::Loaded(cases) if cases.is_empty() => html! { <p class="body" id="cases-empty">{ t("staff-cases-empty") }</p> },
        Load::Loaded(cases) => html! {
            <>
                <p class="body" role="status">{ tf("staff-cases-count", &[("count", &cases.len().to_string())]) }</p>
                <ol class="queue" id="my-cases">{ for cases.iter().map(super::queue::row) }</ol>
            </>
        },
    };
    html! {
        <>
            <Heading text={t("staff-cases-heading")} />
            <p class="body"><RouteLink to={Route::StaffMyProfile} id="profile-link">{ t("staff-cases-profile-link") }</RouteLink></p>
            <p class="body"><RouteLink to={Route::StaffConcerns} id="concerns-link">{ t("staff-chase-link") }</RouteLink></p>
            { body }
        </>
    }
}
