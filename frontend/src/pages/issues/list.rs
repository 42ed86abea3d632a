//! Issues raised by self-advocacy groups, newest first, with where each has got to.

use speakup_types::issues::{IssueFilter, IssueSummary};
use speakup_types::page::Page;
use yew::prelude::*;

use crate::api;
use crate::components::heading::Heading;
use crate::components::issue::summary_item;
use crate::components::links::{back_link, RouteLink};
use crate::i18n::{t, tf};
use crate::route::Route;

#[component]
pub fn IssuesPage() -> Html {
    let page = use_state(|| 1u32);
    let listed = use_state(|| None::<Result<Page<IssueSummary>, String>>);
    {
        let listed = listed.clone();
        use_effect_with(*page, move |page| {
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
            let turn = |to: u32| {
                let page = page.clone();
                Callback::from(move |_: MouseEvent| page.set(to))
            };
            html! {
                <>
                    <ul class="list" id="issues">{ for found.items.iter().map(|issue| summary_item(issue, Route::Issue { id: issue.id })) }</ul>
                    <p class="body" role="status">{ tf("issues-page-status", &[("page", &found.page.to_string()), ("pages", &found.total_pages().max(1).to_string())]) }</p>
                    <div class="form-actions">
                        if found.page > 1 {
                            <button type="button" class="button button-secondary" id="previous-issues" onclick={turn(found.page - 1)}>{ t("issues-previous") }</button>
                        }
                        if u64::from(found.page) < found.total_pages() {
                            <button type="button" class="button button-secondary" id="next-issues" onclick={turn(found.page + 1)}>{ t("issues-next") }</button>
                        }
                    </div>
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
