//! The manager's queue: triage first, then cases waiting for an advocate; urgent, then the
//! earliest due (so overdue) at the top, each with its waiting clock; filtered by status,
//! urgency, route, area and advocacy; paged by cursor.

use speakup_types::casework::{CatalogueKind, Named, WaitClock, WaitStep};
use speakup_types::entitlement::Advocacy;
use speakup_types::referral::{QueueFilter, QueueItem, QueuePage as Found};
use speakup_types::status::ReferralStatus;
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use super::{use_load, Load};
use crate::api;
use crate::components::fields::Select;
use crate::components::heading::Heading;
use crate::components::links::RouteLink;
use crate::dom;
use crate::i18n::{language, t, tf};
use crate::pages::help_with::reasons_text;
use crate::route::Route;

#[component]
pub fn QueuePage() -> Html {
    let filter = use_location().and_then(|l| l.query::<QueueFilter>().ok()).unwrap_or_default();
    let load = use_load(filter.clone(), api::queue);
    let areas = use_load((), |()| api::catalogue(CatalogueKind::Area));
    let areas = if let Load::Loaded(areas) = &*areas { areas.clone() } else { Vec::new() };
    let body = match &*load {
        Load::Loading => html! { <p class="body" role="status">{ t("staff-queue-loading") }</p> },
        Load::Failed(problem) if problem.status == 403 => html! {
            <p class="body">{ t("staff-queue-forbidden") }</p>
        },
        Load::Failed(problem) => html! {
            <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div>
        },
        Load::Loaded(found) if found.items.is_empty() => html! { <p class="body" id="queue-empty">{ t("staff-queue-empty") }</p> },
        Load::Loaded(found) => html! {
            <>
                <p class="body" id="queue-total" role="status">{ tf("staff-queue-total", &[("total", &found.total.to_string())]) }</p>
                <ol class="queue">{ for found.items.iter().map(row) }</ol>
                { pages(found, &filter) }
            </>
        },
    };
    html! {
        <>
            <Heading text={t("staff-queue-heading")} />
            <p class="body">{ t("staff-queue-intro") }</p>
            <p class="body"><RouteLink to={Route::StaffReoffers} id="reoffers-link">{ t("staff-queue-reoffers-link") }</RouteLink></p>
            <p class="body"><RouteLink to={Route::StaffConcerns} id="concerns-link">{ t("staff-chase-link") }</RouteLink></p>
            <Filters filter={filter.clone()} {areas} />
            { body }
        </>
    }
}

/// Links to the pages either side, which carry the cursor of the row at the edge.
fn pages(found: &Found, filter: &QueueFilter) -> Html {
    let link = |query: QueueFilter, text: &'static str, rel: &'static str| {
        html! {
            <li class={classes!("pagination-item", format!("pagination-{rel}"))}>
                <Link<Route, QueueFilter> to={Route::Queue} query={Some(query)}>{ text }</Link<Route, QueueFilter>>
            </li>
        }
    };
    html! {
        <nav class="pagination" aria-label={t("staff-queue-pages")}>
            <ul class="pagination-list">
                if let Some(before) = &found.previous {
                    { link(QueueFilter { before: Some(before.clone()), after: None, ..filter.clone() }, t("staff-queue-previous"), "prev") }
                }
                if let Some(after) = &found.next {
                    { link(QueueFilter { after: Some(after.clone()), before: None, ..filter.clone() }, t("staff-queue-next"), "next") }
                }
            </ul>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
struct FiltersProps {
    filter: QueueFilter,
    areas: Vec<Named>,
}

/// The filters, applied by going to the queue's address with them in its query.
#[component]
fn Filters(props: &FiltersProps) -> Html {
    let draft = use_state(|| props.filter.first_page());
    {
        let draft = draft.clone();
        use_effect_with(props.filter.clone(), move |filter| draft.set(filter.first_page()));
    }
    let navigator = use_navigator();
    let set = |change: fn(&mut QueueFilter, String)| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut changed = (*draft).clone();
            change(&mut changed, value);
            draft.set(changed);
        })
    };
    let onsubmit = {
        let draft = draft.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(navigator) = &navigator {
                let _ = navigator.push_with_query(&Route::Queue, &draft.first_page());
            }
        })
    };
    let on_urgent = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let checked = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
            draft.set(QueueFilter { urgent: checked, ..(*draft).clone() });
        })
    };
    let any = |id: &'static str| (String::new(), t(id).to_string());
    let statuses: Vec<(String, String)> = std::iter::once(any("staff-queue-any-open"))
        .chain(ReferralStatus::ALL.iter().map(|s| (s.as_str().to_string(), t(&s.label_id()).to_string())))
        .collect();
    let routes: Vec<(String, String)> = std::iter::once(any("staff-queue-any"))
        .chain([("self", "staff-route-self"), ("on_behalf", "staff-route-on-behalf"), ("professional", "staff-route-professional")]
            .into_iter()
            .map(|(code, id)| (code.to_string(), t(id).to_string())))
        .collect();
    let areas: Vec<(String, String)> =
        std::iter::once(any("staff-queue-any")).chain(props.areas.iter().map(|a| (a.id.to_string(), a.name.clone()))).collect();
    let advocacy: Vec<(String, String)> = std::iter::once(any("staff-queue-any"))
        .chain(Advocacy::ALL.iter().map(|a| (a.code().to_string(), a.label_in(language()).to_string())))
        .collect();
    html! {
        <form class="form" novalidate=true {onsubmit} aria-label={t("staff-queue-filters")}>
            <div class="filters">
                <Select id="filter-status" label={t("staff-queue-filter-status")} options={statuses}
                    value={draft.status.map(|s| s.as_str().to_string()).unwrap_or_default()}
                    onchange={set(|f, v| f.status = ReferralStatus::parse(&v))} />
                <Select id="filter-route" label={t("staff-queue-filter-route")} options={routes}
                    value={draft.route.clone().unwrap_or_default()}
                    onchange={set(|f, v| f.route = Some(v).filter(|v| !v.is_empty()))} />
                <Select id="filter-area" label={t("staff-queue-filter-area")} options={areas}
                    value={draft.area.map(|a| a.to_string()).unwrap_or_default()}
                    onchange={set(|f, v| f.area = Uuid::parse_str(&v).ok())} />
                <Select id="filter-advocacy" label={t("staff-queue-filter-advocacy")} options={advocacy}
                    value={draft.advocacy.map(|a| a.code().to_string()).unwrap_or_default()}
                    onchange={set(|f, v| f.advocacy = Advocacy::parse(&v))} />
            </div>
            <div class="choice">
                <input class="choice-input" type="checkbox" id="filter-urgent" checked={draft.urgent} onchange={on_urgent} />
                <label class="choice-label" for="filter-urgent">{ t("staff-queue-filter-urgent") }</label>
            </div>
            <button type="submit" id="apply-filters" class="button button-secondary">{ t("staff-queue-filter-apply") }</button>
        </form>
    }
}

/// One case in a list: reference and tags, why it is urgent, whose it is and what it is about.
pub(super) fn row(item: &QueueItem) -> Html {
    let language = language();
    let advocacy: Vec<&str> = item.advocacy.iter().map(|a| a.label_in(language)).collect();
    let now = chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default();
    let overdue = item.clock.is_some_and(|c| c.breached(now));
    html! {
        <li class="queue-item">
            <p class="queue-title">
                <Link<Route> to={Route::StaffReferral { id: item.id }} classes="queue-link">{ item.reference.clone() }</Link<Route>>
                if !item.urgent.is_empty() { { " " }<strong class="tag tag-urgent">{ t("staff-urgent") }</strong> }
                { " " }<strong class="tag">{ t(&item.status.label_id()) }</strong>
                if item.code_reset_requested { { " " }<strong class="tag tag-lost-code">{ t("staff-queue-lost-code") }</strong> }
                if overdue { { " " }<strong class="tag tag-urgent">{ t("staff-clock-overdue") }</strong> }
            </p>
            if let Some(first) = item.urgent.first() {
                <p class="queue-urgent">{ super::urgent::reason_text(first) }</p>
            }
            <p class="queue-meta">{ received(&item.name, item.received_at.timestamp_millis()) }</p>
            if let Some(clock) = &item.clock {
                <p class={if overdue { "queue-urgent" } else { "queue-meta" }}>{ clock_text(clock) }</p>
            }
            <p class="queue-summary">{ summary(item) }</p>
            if let Some(due) = &item.due {
                <p class="queue-urgent">{ tf("staff-cases-due", &[("title", &due.title), ("date", &dom::format_millis(due.at.timestamp_millis()))]) }</p>
            }
            if !advocacy.is_empty() || item.area.is_some() || item.advocate.is_some() {
                <p class="queue-meta">
                    { advocacy.join(", ") }
                    if let Some(area) = &item.area { { " · " }{ area.clone() } }
                    if let Some(advocate) = &item.advocate { { " · " }{ tf("staff-queue-advocate", &[("name", advocate)]) } }
                </p>
            }
        </li>
    }
}

/// "Allocate an advocate by 12 December 2026 (target: 5 days from receipt)".
fn clock_text(clock: &WaitClock) -> String {
    let step = match clock.step {
        WaitStep::Acknowledge => "staff-clock-acknowledge",
        WaitStep::Triage => "staff-clock-triage",
        WaitStep::Allocate => "staff-clock-allocate",
        WaitStep::FirstContact => "staff-clock-first-contact",
    };
    tf(
        "staff-clock-due",
        &[("step", t(step)), ("date", &dom::format_millis(clock.due_at.timestamp_millis())), ("days", &clock.target_days.to_string())],
    )
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
