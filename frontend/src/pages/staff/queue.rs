//! The triage queue: urgent and newest referrals first, 20 to a page.

use serde::{Deserialize, Serialize};
use speakup_types::referral::QueueItem;
use yew::prelude::*;
use yew_router::prelude::*;

use super::{use_load, Load};
use crate::api;
use crate::route::Route;
use crate::components::heading::Heading;
use crate::dom;
use crate::i18n::{t, tf};
use crate::pages::help_with::reasons_text;

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
        Load::Loading => html! { <p class="body" role="status">{ t("staff-queue-loading") }</p> },
        Load::Failed(problem) if problem.status == 403 => html! {
            <p class="body">{ t("staff-queue-forbidden") }</p>
        },
        Load::Failed(problem) => html! {
            <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div>
        },
        Load::Loaded(found) if found.items.is_empty() && found.page <= 1 => html! {
            <p class="body">{ t("staff-queue-empty") }</p>
        },
        Load::Loaded(found) => html! {
            <>
                <ol class="queue">{ for found.items.iter().map(row) }</ol>
                { super::pagination(found.page, found.total_pages(), found.total, Route::Queue, |page| PageQuery { page }) }
            </>
        },
    };
    html! {
        <>
            <Heading text={t("staff-queue-heading")} />
            { body }
        </>
    }
}

fn row(item: &QueueItem) -> Html {
    html! {
        <li class="queue-item">
            <p class="queue-title">
                <Link<Route> to={Route::StaffReferral { id: item.id }} classes="queue-link">{ item.reference.clone() }</Link<Route>>
                if !item.urgent.is_empty() { { " " }<strong class="tag tag-urgent">{ t("staff-urgent") }</strong> }
                { " " }<strong class="tag">{ t(&item.status.label_id()) }</strong>
                if item.code_reset_requested { { " " }<strong class="tag tag-lost-code">{ t("staff-queue-lost-code") }</strong> }
            </p>
            if let Some(first) = item.urgent.first() {
                <p class="queue-urgent">{ super::urgent::reason_text(first) }</p>
            }
            <p class="queue-meta">{ received(&item.name, item.received_at.timestamp_millis()) }</p>
            <p class="queue-summary">{ summary(item) }</p>
        </li>
    }
}

/// Their first words, or else the pictures they chose.
fn summary(item: &QueueItem) -> String {
    match reasons_text(&item.reasons) {
        Some(reasons) if item.summary.is_empty() => reasons.replace('\n', ", "),
        _ => item.summary.clone(),
    }
}

/// "Name · received" and the date, under a referral in a list.
pub(super) fn received(name: &str, millis: i64) -> String {
    tf("staff-name-received", &[("name", name), ("date", &dom::format_millis(millis))])
}
