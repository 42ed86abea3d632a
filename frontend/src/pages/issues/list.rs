//! Issues raised by self-advocacy groups, newest first, with where each has got to. The page
//! number is in the address (`?page=2`), so a list page can be shared and Back works.

use serde::{Deserialize, Serialize};
use speakup_types::issues::{IssueFilter, IssueSummary};
use speakup_types::page::Page;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api;
use crate::components::heading::Heading;
use crate::components::issue::summary_item;
use crate::components::links::{back_link, RouteLink};
use crate::i18n::{t, tf};
use crate::route::Route;

/// The address's query: which page.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct ListQuery {
    #[serde(default)]
    page: Option<u32>,
}

#[component]
pub fn IssuesPage() -> Html {
    let location = use_location();
    let page = location.and_then(|l| l.query::<ListQuery>().ok()).and_then(|q| q.page).unwrap_or(1).max(1);
    let listed = use_state(|| None::<Result<Page<IssueSummary>, String>>);
    {
        let listed = listed.clone();
        use_effect_with(page, move |page| {
            let filter = IssueFilter { page: Some(*page), ..IssueFilter::default() };
            yew::platform::spawn_local(async move {
                listed.set(Some(api::issues(filter).await.map_err(|problem| problem.title)));
            });
        });
    }
    let body = match &*listed {
        None => html! { <p class="body" role="status">{ t("issues-loading") }</p> },
        Some(Err(title)) => html! { <div class="error-summary" role="alert"><p class="body">{ title.clone() }</p></div> },
        Some(Ok(found)) if found.items.is_empty() => html! { <p class="body" id="no-issues">{ t("issues-none") }</p> },
        Some(Ok(found)) => {
            let link = |to: u32, text: &'static str, id: &'static str| {
                html! { <li><Link<Route, ListQuery> to={Route::Issues} query={Some(ListQuery { page: Some(to) })} classes={classes!(id)}>{ text }</Link<Route, ListQuery>></li> }
            };
            html! {
                <>
                    <ul class="list" id="issues">{ for found.items.iter().map(|issue| summary_item(issue, Route::Issue { id: issue.id })) }</ul>
                    <nav aria-label={t("issues-pages")}>
                        <p class="body">{ tf("issues-page-status", &[("page", &found.page.to_string()), ("pages", &found.total_pages().max(1).to_string())]) }</p>
                        <ul class="list">
                            if found.page > 1 { { link(found.page - 1, t("issues-previous"), "previous-issues") } }
                            if u64::from(found.page) < found.total_pages() { { link(found.page + 1, t("issues-next"), "next-issues") } }
                        </ul>
                    </nav>
                </>
            }
        }
    };
    html! {
        <>
            { back_link(Route::Home) }
            <Heading text={t("issues-heading")} />
            <p class="body">{ t("issues-intro") }</p>
            <p class="body">
                <RouteLink to={Route::RegisterGroup} id="register-group-link">{ t("issues-register-link") }</RouteLink>
                { " · " }
                <RouteLink to={Route::StaffLogin} id="group-sign-in-link">{ t("issues-sign-in-link") }</RouteLink>
            </p>
            { body }
        </>
    }
}
