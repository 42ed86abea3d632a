//! Feedback for the provider's managers and for commissioners: the inbox of what was sent to
//! them, filtered by theme, who gave it, rating and date, with counts of everything.

use chrono::NaiveDate;
use speakup_types::feedback::{FeedbackFilter, FeedbackItem, FeedbackSummary, Reader, Sender, Theme};
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use super::{use_load, Load};
use crate::api;
use crate::components::fields::{Select, TextInput};
use crate::components::heading::Heading;
use crate::components::links::RouteLink;
use crate::i18n::{t, tf};
use crate::pages::feedback::rating_word;
use crate::route::Route;
use crate::session::use_auth;

/// Words for who gave feedback.
pub(super) fn sender_label(sender: Sender) -> &'static str {
    match sender {
        Sender::HadAdvocate => "staff-feedback-sender-had-advocate",
        Sender::CarerFamilyFriend => "staff-feedback-sender-carer",
        Sender::Referrer => "staff-feedback-sender-referrer",
        Sender::NotEligible => "staff-feedback-sender-not-eligible",
    }
}

pub(super) fn day(date: NaiveDate) -> String {
    crate::pages::professional::date_words(date)
}

pub use super::feedback_card::CardPage;
pub use super::feedback_item::ItemPage;

#[component]
pub fn InboxPage() -> Html {
    let filter = use_location().and_then(|l| l.query::<FeedbackFilter>().ok()).unwrap_or_default();
    let load = use_load(filter.clone(), api::feedback_inbox);
    let summary = use_load((), |()| api::feedback_summary());
    let themes = use_load((), |()| api::themes());
    let auth = use_auth();
    let admin = auth.role() == Some(speakup_types::identity::Role::Admin);
    let known: Vec<Theme> = match &*themes {
        Load::Loaded(themes) => themes.clone(),
        _ => Vec::new(),
    };
    let body = match &*load {
        Load::Loading => html! { <p class="body" role="status">{ t("staff-feedback-loading") }</p> },
        Load::Failed(problem) if problem.status == 403 => html! { <p class="body">{ t("staff-feedback-forbidden") }</p> },
        Load::Failed(problem) => html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
        Load::Loaded(found) if found.items.is_empty() => html! { <p class="body" id="inbox-empty">{ t("staff-feedback-empty") }</p> },
        Load::Loaded(found) => html! {
            <>
                <ol class="queue" id="inbox">{ for found.items.iter().map(row) }</ol>
                { super::pagination(found.page, found.total_pages(), found.total, Route::StaffFeedback, |page| FeedbackFilter { page: Some(page), ..filter.clone() }) }
            </>
        },
    };
    html! {
        <>
            <Heading text={t("staff-feedback-heading")} />
            if let Load::Loaded(summary) = &*summary { { counts(summary, auth.role().and_then(Reader::for_role)) } }
            <ul class="list">
                if admin {
                    <li><RouteLink to={Route::StaffThemes} id="themes-link">{ t("staff-themes-link") }</RouteLink></li>
                }
                <li><RouteLink to={Route::StaffFeedbackCard} id="card-link">{ t("staff-card-link") }</RouteLink></li>
            </ul>
            <Filters filter={filter.clone()} themes={known} />
            { body }
        </>
    }
}

/// How much feedback there is in all, and how much went to the other side, whose words this
/// reader can never see.
fn counts(summary: &FeedbackSummary, reader: Option<Reader>) -> Html {
    let count = |of: Reader| summary.by_reader.iter().find(|c| c.of == of).map_or(0, |c| c.count);
    let (mine, other, other_words) = match reader {
        Some(Reader::Commissioner) => (count(Reader::Commissioner), count(Reader::Provider), "staff-feedback-count-to-provider"),
        _ => (count(Reader::Provider), count(Reader::Commissioner), "staff-feedback-count-to-commissioner"),
    };
    html! {
        <div class="summary-counts" id="feedback-counts">
            <p class="body">{ tf("staff-feedback-count-mine", &[("count", &mine.to_string())]) }</p>
            <p class="body">{ tf(other_words, &[("count", &other.to_string())]) }</p>
            if !summary.by_theme.is_empty() {
                <p class="body">{ t("staff-feedback-count-themes") }</p>
                <ul class="list list-bullet">
                    { for summary.by_theme.iter().map(|c| html! { <li>{ format!("{}: {}", c.of.name, c.count) }</li> }) }
                </ul>
            }
        </div>
    }
}

fn row(item: &FeedbackItem) -> Html {
    html! {
        <li class="queue-item">
            <p class="queue-title">
                <Link<Route> to={Route::StaffFeedbackItem { id: item.id }} classes="queue-link">{ t(sender_label(item.sender)) }</Link<Route>>
                if item.awaiting_reply { { " " }<strong class="tag tag-urgent">{ t("staff-feedback-awaiting") }</strong> }
                if item.hidden { { " " }<strong class="tag">{ t("staff-feedback-hidden-tag") }</strong> }
            </p>
            <p class="queue-meta">
                { tf("staff-feedback-given", &[("date", &day(item.given_on))]) }
                if let Some(overall) = item.overall { { " " }{ tf("staff-feedback-overall", &[("rating", t(rating_word(overall, false)))]) } }
            </p>
            if let Some(excerpt) = &item.excerpt { <p class="queue-summary">{ excerpt.clone() }</p> }
            if !item.themes.is_empty() {
                <p class="queue-meta">{ item.themes.iter().map(|t| t.name.clone()).collect::<Vec<_>>().join(", ") }</p>
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct FiltersProps {
    filter: FeedbackFilter,
    themes: Vec<Theme>,
}

/// The filters, applied by going to the inbox's address with them in its query.
#[component]
fn Filters(props: &FiltersProps) -> Html {
    let draft = use_state(|| props.filter.clone());
    {
        // Back, or the header's link, changes the address: show the filters it holds.
        let draft = draft.clone();
        use_effect_with(props.filter.clone(), move |filter| draft.set(filter.clone()));
    }
    let navigator = use_navigator();
    let set = |change: fn(&mut FeedbackFilter, String)| {
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
                let _ = navigator.push_with_query(&Route::StaffFeedback, &FeedbackFilter { page: None, ..(*draft).clone() });
            }
        })
    };
    let any = || (String::new(), t("staff-feedback-any").to_string());
    let senders: Vec<(String, String)> = std::iter::once(any()).chain(Sender::ALL.iter().map(|s| (s.code().to_string(), t(sender_label(*s)).to_string()))).collect();
    let themes: Vec<(String, String)> = std::iter::once(any()).chain(props.themes.iter().map(|th| (th.id.to_string(), th.name.clone()))).collect();
    let ratings: Vec<(String, String)> = std::iter::once(any())
        .chain((1..=5u8).rev().filter_map(speakup_types::feedback::Rating::new).map(|r| (r.value().to_string(), t(rating_word(r, false)).to_string())))
        .collect();
    let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let on_hidden = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let checked = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
            draft.set(FeedbackFilter { hidden: checked, ..(*draft).clone() });
        })
    };
    html! {
        <form class="form" novalidate=true {onsubmit} aria-label={t("staff-feedback-filters")}>
            <div class="filters">
                <Select id="filter-sender" label={t("staff-feedback-filter-sender")} options={senders}
                    value={draft.sender.map(|s| s.code().to_string()).unwrap_or_default()}
                    onchange={set(|f, v| f.sender = Sender::parse(&v))} />
                <Select id="filter-theme" label={t("staff-feedback-filter-theme")} options={themes}
                    value={draft.theme.map(|id| id.to_string()).unwrap_or_default()}
                    onchange={set(|f, v| f.theme = Uuid::parse_str(&v).ok())} />
                <Select id="filter-overall" label={t("staff-feedback-filter-overall")} options={ratings}
                    value={draft.overall.map(|o| o.to_string()).unwrap_or_default()}
                    onchange={set(|f, v| f.overall = v.parse().ok())} />
                <TextInput id="filter-from" label={t("staff-feedback-filter-from")} input_type="date" value={date(draft.from)}
                    oninput={set(|f, v| f.from = v.parse().ok())} />
                <TextInput id="filter-to" label={t("staff-feedback-filter-to")} input_type="date" value={date(draft.to)}
                    oninput={set(|f, v| f.to = v.parse().ok())} />
            </div>
            <div class="choice">
                <input class="choice-input" type="checkbox" id="filter-hidden" checked={draft.hidden} onchange={on_hidden} />
                <label class="choice-label" for="filter-hidden">{ t("staff-feedback-filter-hidden") }</label>
            </div>
            <button type="submit" id="apply-filters" class="button button-secondary">{ t("staff-feedback-filter-apply") }</button>
        </form>
    }
}
