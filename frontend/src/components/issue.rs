//! A collective issue as everyone reads it (its public page, and the group's and the
//! addressee's pages in the staff console): what the group said, its Easy Read summary, where
//! it has got to with each response, and who supports it. In Easy Read the Easy Read words
//! come first.

use speakup_types::issues::{Addressee, IssueDetail, IssueEvent, IssuePicture, IssueStatus, IssueSummary};
use yew::prelude::*;

use crate::components::links::RouteLink;
use crate::i18n::{t, tf};
use crate::pages::professional::date_words;
use crate::pictures::Picture;
use crate::route::Route;

/// The drawing for a picture a group chose.
pub fn picture(chosen: IssuePicture) -> Picture {
    match chosen {
        IssuePicture::Person => Picture::Person,
        IssuePicture::People => Picture::People,
        IssuePicture::House => Picture::House,
        IssuePicture::Money => Picture::Money,
        IssuePicture::Hospital => Picture::Hospital,
        IssuePicture::Council => Picture::Council,
        IssuePicture::Care => Picture::Care,
        IssuePicture::Warning => Picture::Warning,
        IssuePicture::Shield => Picture::Shield,
        IssuePicture::Complain => Picture::Complain,
        IssuePicture::Calendar => Picture::Calendar,
        IssuePicture::Talk => Picture::Talk,
    }
}

pub fn addressee_label(addressee: Addressee) -> &'static str {
    match addressee {
        Addressee::Commissioner => "issue-for-commissioner",
        Addressee::SafeguardingBoard => "issue-for-safeguarding-board",
        Addressee::ProviderBoard => "issue-for-provider-board",
        Addressee::PartnershipBoard => "issue-for-partnership-board",
        Addressee::Healthwatch => "issue-for-healthwatch",
    }
}

pub fn status_label(status: IssueStatus) -> &'static str {
    match status {
        IssueStatus::Draft => "issue-status-draft",
        IssueStatus::Received => "issue-status-received",
        IssueStatus::BeingLookedAt => "issue-status-being-looked-at",
        IssueStatus::ResponseGiven => "issue-status-response-given",
        IssueStatus::ChangeAgreed => "issue-status-change-agreed",
        IssueStatus::ChangeMade => "issue-status-change-made",
        IssueStatus::Closed => "issue-status-closed",
    }
}

/// The status as a tag, with words a screen reader reads as a whole.
pub fn status_tag(status: IssueStatus) -> Html {
    html! { <strong class="tag">{ t(status_label(status)) }</strong> }
}

/// One issue in a list, its title a link to `to`.
pub fn summary_item(issue: &IssueSummary, to: Route) -> Html {
    let title = if issue.title.trim().is_empty() { t("issue-untitled").to_string() } else { issue.title.clone() };
    html! {
        <li class="summary-row">
            <p class="summary-key"><RouteLink {to}>{ title }</RouteLink></p>
            <p class="body">
                { status_tag(issue.status) }{ " " }
                { tf("issues-by", &[("group", &issue.group_name)]) }
                if let Some(addressee) = issue.addressee { { " · " }{ t(addressee_label(addressee)) } }
                if let Some(on) = issue.raised_on { { " · " }{ date_words(on) } }
            </p>
            <p class="body">{ tf("issues-counts", &[("supports", &issue.supports.to_string()), ("me_too", &issue.me_too.to_string())]) }</p>
        </li>
    }
}

fn part(id: &'static str, heading: &'static str, text: &str) -> Html {
    html! {
        <section aria-labelledby={format!("{id}-title")}>
            <h2 class="heading-m" id={format!("{id}-title")}>{ t(heading) }</h2>
            <p class="body pre-wrap" {id}>{ text.to_string() }</p>
        </section>
    }
}

/// Everything about the issue below its heading.
pub fn issue_body(issue: &IssueDetail) -> Html {
    let easy_read = crate::i18n::wording().easy_read;
    let text = &issue.text;
    // The group's pictures go with its Easy Read words, in every mode: they were chosen for them.
    let summary = html! {
        <section aria-labelledby="easy-read-title">
            <h2 class="heading-m" id="easy-read-title">{ t("issue-easy-read-heading") }</h2>
            if !text.pictures.is_empty() {
                <div class="issue-pictures" id="issue-pictures">{ for text.pictures.iter().map(|p| html! { <span class="issue-picture">{ picture(*p).html() }</span> }) }</div>
            }
            <p class="body pre-wrap" id="easy-read">{ text.easy_read.clone() }</p>
        </section>
    };
    let agreeing = text.members_agreeing.map(|n| tf("issue-members-agreeing", &[("count", &n.to_string())]));
    html! {
        <>
            <dl class="summary-list" id="issue-facts">
                <div class="summary-row"><dt class="summary-key">{ t("issue-raised-by") }</dt><dd>{ issue.group_name.clone() }</dd></div>
                if let Some(addressee) = text.addressee {
                    <div class="summary-row"><dt class="summary-key">{ t("issue-for") }</dt><dd>{ t(addressee_label(addressee)) }</dd></div>
                }
                <div class="summary-row"><dt class="summary-key">{ t("issue-status") }</dt><dd id="issue-status">{ status_tag(issue.status) }</dd></div>
                if let Some(on) = issue.raised_on {
                    <div class="summary-row"><dt class="summary-key">{ t("issue-raised-on") }</dt><dd>{ date_words(on) }</dd></div>
                }
                if let Some(agreeing) = agreeing {
                    <div class="summary-row"><dt class="summary-key">{ t("issue-agreeing") }</dt><dd>{ agreeing }</dd></div>
                }
            </dl>
            if easy_read { { summary.clone() } }
            { part("happening", "issue-happening-heading", &text.happening) }
            { part("affects", "issue-affects-heading", &text.affects) }
            { part("change-wanted", "issue-change-heading", &text.change_wanted) }
            if !easy_read { { summary } }
            { history(&issue.history, easy_read) }
            { supports(issue) }
        </>
    }
}

fn history(events: &[IssueEvent], easy_read: bool) -> Html {
    if events.is_empty() {
        return Html::default();
    }
    html! {
        <section aria-labelledby="history-title">
            <h2 class="heading-m" id="history-title">{ t("issue-history-heading") }</h2>
            <ol class="messages" id="history">
                { for events.iter().map(|event| html! {
                    <li class="message">
                        <p class="message-meta"><strong>{ t(status_label(event.status)) }</strong>{ " · " }{ date_words(event.on) }</p>
                        if let Some(response) = &event.response {
                            // Both forms are always there; the reader's format comes first.
                            if easy_read {
                                <p class="message-body">{ response.easy_read.clone() }</p>
                                <details class="details">
                                    <summary class="details-summary">{ t("issue-response-plain") }</summary>
                                    <p class="details-text message-body">{ response.plain.clone() }</p>
                                </details>
                            } else {
                                <p class="message-body">{ response.plain.clone() }</p>
                                <details class="details">
                                    <summary class="details-summary">{ t("issue-response-easy-read") }</summary>
                                    <p class="details-text message-body">{ response.easy_read.clone() }</p>
                                </details>
                            }
                        }
                    </li>
                }) }
            </ol>
        </section>
    }
}

fn supports(issue: &IssueDetail) -> Html {
    html! {
        <section aria-labelledby="supports-title">
            <h2 class="heading-m" id="supports-title">{ t("issue-supports-heading") }</h2>
            if issue.supports.is_empty() {
                <p class="body" id="no-supports">{ t("issue-no-supports") }</p>
            } else {
                <ul class="list" id="supports">
                    { for issue.supports.iter().map(|s| html! {
                        <li><strong>{ s.group_name.clone() }</strong>{ ": " }{ s.line.clone() }</li>
                    }) }
                </ul>
            }
            <p class="body" id="me-too-count">{ tf("issue-me-too-count", &[("count", &issue.me_too.to_string())]) }</p>
        </section>
    }
}
