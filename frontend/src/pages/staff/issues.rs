//! Raised issues in the staff console: whoever answers for an addressee (commissioners, admins
//! for the provider's board, each board's members) sees the issues raised with them; everyone
//! else, group members looking for issues to support included, sees them all, as the public can.

use serde::{Deserialize, Serialize};
use speakup_types::issues::{Addressee, IssueFilter};
use yew::prelude::*;
use yew_router::prelude::*;

use super::{pagination, use_load, Load};
use crate::api;
use crate::components::heading::Heading;
use crate::components::issue::summary_item;
use crate::i18n::t;
use crate::route::Route;
use crate::session::use_auth;

/// The address's query: which page.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IssuesQuery {
    #[serde(default)]
    pub page: Option<u32>,
}

#[component]
pub fn IssuesListPage() -> Html {
    let auth = use_auth();
    let location = use_location();
    let page = location.and_then(|l| l.query::<IssuesQuery>().ok()).and_then(|q| q.page).unwrap_or(1);
    let addressee = auth.info().and_then(|info| Addressee::answered_by_role(info.user.role));
    let load = use_load((addressee, page), |(addressee, page)| api::issues(IssueFilter { addressee, page: Some(page), ..IssueFilter::default() }));
    let body = match &*load {
        Load::Loaded(found) if found.items.is_empty() => html! { <p class="body" id="no-issues">{ t("staff-issues-none") }</p> },
        Load::Loaded(found) => html! {
            <>
                <ul class="list" id="issues">{ for found.items.iter().map(|issue| summary_item(issue, Route::StaffIssue { id: issue.id })) }</ul>
                { pagination(found.page, found.total_pages(), found.total, Route::StaffIssues, |page| IssuesQuery { page: Some(page) }) }
            </>
        },
        Load::Failed(problem) => html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
        Load::Loading => html! { <p class="body" role="status">{ t("staff-loading") }</p> },
    };
    html! {
        <>
            <Heading text={t(if addressee.is_some() { "staff-issues-heading-yours" } else { "staff-issues-heading" })} />
            <p class="body">{ t("staff-issues-intro") }</p>
            { body }
        </>
    }
}
