//! The triage queue: urgent and newest referrals first, 20 to a page.

use serde::{Deserialize, Serialize};
use speakup_types::page::Page;
use speakup_types::referral::QueueItem;
use yew::prelude::*;
use yew_router::prelude::*;

use super::{use_load, Load};
use crate::api;
use crate::app::Route;
use crate::components::heading::Heading;
use crate::dom;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageQuery {
    pub page: u32,
}

#[component]
pub fn QueuePage() -> Html {
    let location = use_location();
    let page = location
        .and_then(|l| l.query::<PageQuery>().ok())
        .map(|q| q.page.max(1))
        .unwrap_or(1);
    let load = use_load(page, api::queue);
    let body = match &*load {
        Load::Loading => html! { <p class="body" role="status">{ "Loading referrals…" }</p> },
        Load::Failed(problem) if problem.status == 403 => html! {
            <p class="body">{ "Your account cannot see incoming referrals. Ask an administrator if you need to triage." }</p>
        },
        Load::Failed(problem) => html! {
            <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div>
        },
        Load::Loaded(found) if found.items.is_empty() && found.page <= 1 => html! {
            <p class="body">{ "There are no referrals yet." }</p>
        },
        Load::Loaded(found) => html! {
            <>
                <ol class="queue">{ for found.items.iter().map(row) }</ol>
                { pagination(found) }
            </>
        },
    };
    html! {
        <>
            <Heading text="Referrals" />
            { body }
        </>
    }
}

fn row(item: &QueueItem) -> Html {
    html! {
        <li class="queue-item">
            <p class="queue-title">
                <Link<Route> to={Route::StaffReferral { id: item.id }} classes="queue-link">{ item.reference.clone() }</Link<Route>>
                if item.urgent { { " " }<strong class="tag tag-urgent">{ "Urgent" }</strong> }
                { " " }<strong class="tag">{ item.status.label() }</strong>
            </p>
            <p class="queue-meta">{ format!("{} · received {}", item.name, dom::format_millis(item.received_at.timestamp_millis())) }</p>
            <p class="queue-summary">{ item.summary.clone() }</p>
        </li>
    }
}

fn pagination(found: &Page<QueueItem>) -> Html {
    let pages = found.total_pages().max(1);
    let page = u64::from(found.page.max(1));
    let link = |to: u64, label: &'static str, rel: &'static str| {
        let query = PageQuery { page: to as u32 };
        html! {
            <li class={classes!("pagination-item", format!("pagination-{rel}"))}>
                <Link<Route, PageQuery> to={Route::Queue} query={Some(query)}>
                    { label }<span class="visually-hidden">{ format!(" (page {to} of {pages})") }</span>
                </Link<Route, PageQuery>>
            </li>
        }
    };
    html! {
        <nav class="pagination" aria-label="Pages of referrals">
            <p class="pagination-status">{ format!("Page {page} of {pages} · {} referrals", found.total) }</p>
            <ul class="pagination-list">
                if page > 1 { { link(page - 1, "Previous", "prev") } }
                if page < pages { { link(page + 1, "Next", "next") } }
            </ul>
        </nav>
    }
}
