//! Track a referral with its reference and tracking code: no account needed.

use speakup_types::casework::MeetingArrangement;
use speakup_types::referral::{TrackRequest, TrackedReferral};
use speakup_types::status::{ReferralStatus, Stage};
use validator::Validate;
use yew::platform::spawn_local;
use yew::prelude::*;

use std::cell::RefCell;

use crate::api;
use super::declined::{use_provider_phone, Declined};
use super::move_meeting::MoveMeeting;
use super::outcomes::YourOutcomes;
use super::withdraw::Withdraw;
use crate::components::display_settings::use_display;
use crate::display::DisplaySettings;
use crate::route::Route;
use crate::components::error_summary::{to_field, ErrorSummary, Errors, SummaryItem};
use crate::components::fields::TextInput;
use crate::components::heading::Heading;
use crate::components::links::RouteLink;
use crate::pictures::Picture;
use crate::dom;
use crate::i18n::{field_errors, t, tf};

thread_local! {
    /// A result found just before the page switched itself to Easy Read (which draws every
    /// page afresh): shown again once, then forgotten. Kept in memory only.
    static FOUND_BEFORE_SWITCH: RefCell<Option<Found>> = const { RefCell::new(None) };
}

/// A referral found, with the reference and code it was found by (for withdrawing it or asking
/// to move a meeting).
type Found = (TrackedReferral, TrackRequest);

#[component]
pub fn TrackPage() -> Html {
    let reference = use_state(String::new);
    let code = use_state(String::new);
    let errors = use_state(Errors::default);
    let result = use_state(|| FOUND_BEFORE_SWITCH.with(|f| f.borrow_mut().take()));
    let display = use_display();
    let busy = use_state(|| false);
    // Move focus to the result when it arrives or its status changes, so screen reader users
    // hear it. (Asking to move a meeting changes no status: its own confirmation takes focus.)
    let shown = result.as_ref().map(|(found, _)| (found.reference.clone(), found.status));
    let results_ref = crate::dom::use_focus_when(shown, result.is_some());
    let onsubmit = {
        let (reference, code, errors, result, busy, display) =
            (reference.clone(), code.clone(), errors.clone(), result.clone(), busy.clone(), display.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let request = TrackRequest {
                reference: reference.trim().to_string(),
                tracking_code: code.trim().to_string(),
            };
            if let Err(e) = request.validate() {
                errors.set(errors.with_fields(field_errors(&e), to_field));
                return;
            }
            busy.set(true);
            let (errors, result, busy, display) = (errors.clone(), result.clone(), busy.clone(), display.clone());
            spawn_local(async move {
                match api::track(&request).await {
                    Ok(found) if found.easy_read && !display.easy_read => {
                        // They asked for Easy Read: show it so, on whatever device this is.
                        FOUND_BEFORE_SWITCH.with(|f| *f.borrow_mut() = Some((found, request)));
                        let easy = DisplaySettings { easy_read: true, ..(*display).clone() };
                        easy.save();
                        display.set(easy);
                    }
                    Ok(found) => {
                        errors.set(Errors { attempt: errors.attempt, ..Errors::default() });
                        result.set(Some((found, request)));
                    }
                    Err(problem) if problem.status == 404 => {
                        result.set(None);
                        let mut items = vec![SummaryItem { message: t("track-not-found").into(), target: Some("#reference".into()) }];
                        // Told before the last try, so nobody is locked out without warning.
                        if problem.title_ref.is_some_and(|r| r.id == "error-not-tracked-one-try-left") {
                            items.push(SummaryItem { message: t("track-one-try-left").into(), target: None });
                        }
                        errors.set(errors.failed(Vec::new(), items));
                    }
                    Err(problem) => {
                        result.set(None);
                        errors.set(errors.with_problem(&problem, to_field));
                    }
                }
                busy.set(false);
            });
        })
    };
    let on_changed = {
        let result = result.clone();
        Callback::from(move |tracked: TrackedReferral| {
            let request = result.as_ref().map(|(_, r)| r.clone());
            result.set(request.map(|r| (tracked, r)));
        })
    };
    let on_reference = {
        let reference = reference.clone();
        Callback::from(move |v: String| reference.set(v))
    };
    let on_code = {
        let code = code.clone();
        Callback::from(move |v: String| code.set(v))
    };
    html! {
        <>
            <ErrorSummary errors={(*errors).clone()} />
            <Heading text={t("track-heading")} />
            <p class="body">{ t("track-intro") }</p>
            <form class="form" novalidate=true {onsubmit}>
                <TextInput id="reference" label={t("track-reference-label")} hint={t("track-reference-hint")}
                    value={(*reference).clone()} class="input-medium" autocomplete="off" spellcheck=false
                    error={errors.inline("reference")} oninput={on_reference} />
                <TextInput id="tracking_code" label={t("track-code-label")}
                    hint={t("track-code-hint")}
                    value={(*code).clone()} autocomplete="off" spellcheck=false autocapitalize="none"
                    error={errors.inline("tracking_code")} oninput={on_code} />
                <div class="form-actions">
                    <button type="submit" id="continue" class="button" disabled={*busy}>{ t("track-button") }</button>
                </div>
            </form>
            <p class="body"><RouteLink to={Route::LostCode} id="lost-code-link">{ t("track-lost-code-link") }</RouteLink></p>
            if let Some((found, request)) = &*result {
                { status(found, request, &on_changed, results_ref.clone()) }
                if found.status.stage() != Stage::Finished {
                    <Withdraw request={request.clone()} on_done={on_changed.clone()} />
                }
            }
            <p class="body"><RouteLink to={Route::GiveFeedback} id="feedback-link">{ t("track-feedback-link") }</RouteLink></p>
        </>
    }
}

/// In Easy Read, the picture beside what a status means.
fn status_picture(status: ReferralStatus) -> Picture {
    match status {
        ReferralStatus::Received => Picture::Search,
        ReferralStatus::AwaitingInformation => Picture::Question,
        ReferralStatus::Accepted | ReferralStatus::Allocated => Picture::Tick,
        ReferralStatus::FirstMeeting => Picture::Calendar,
        ReferralStatus::Working | ReferralStatus::Handover => Picture::Talk,
        ReferralStatus::OnHold | ReferralStatus::Closing | ReferralStatus::Closed | ReferralStatus::Withdrawn => Picture::Person,
        ReferralStatus::Declined => Picture::Question,
        ReferralStatus::Merged => Picture::People,
    }
}

/// What the person is told about a meeting's arrangements (preparation is the team's own).
fn meeting_words(arrangement: MeetingArrangement) -> Option<&'static str> {
    match arrangement {
        MeetingArrangement::AccessibleVenue => Some("track-meeting-accessible"),
        MeetingArrangement::InterpreterBooked => Some("track-meeting-interpreter"),
        MeetingArrangement::MoveAsked => Some("track-meeting-move-asked"),
        MeetingArrangement::PreparationDone => None,
    }
}

fn status(found: &TrackedReferral, request: &TrackRequest, on_changed: &Callback<TrackedReferral>, heading: NodeRef) -> Html {
    // The server lists events oldest first; show the latest first.
    let history: Vec<_> = found.history.iter().rev().collect();
    html! {
        <section class="result" aria-labelledby="result-title">
            <h2 class="heading-l" id="result-title" tabindex="-1" ref={heading}>{ tf("track-result-heading", &[("reference", found.reference.as_str())]) }</h2>
            <p class="body">{ format!("{} ", t("track-status")) }<strong id="status-label" class="tag">{ t(&found.status.label_id()) }</strong></p>
            <p class="body" id="status-text">{ status_picture(found.status).beside(html! { t(&found.status.person_id()) }) }</p>
            if let Some(name) = &found.advocate {
                <YourAdvocate name={name.clone()} />
            }
            if let Some(meeting) = &found.next_meeting {
                <h3 class="heading-s">{ t("track-meeting-heading") }</h3>
                <div class="inset" id="next-meeting">
                    <p class="body">{ Picture::Calendar.beside(html! { dom::format_millis(meeting.at.timestamp_millis()) }) }</p>
                    <p class="body">{ Picture::House.beside(html! { meeting.place.clone() }) }</p>
                    { for meeting.arrangements.iter().filter_map(|a| meeting_words(*a)).map(|id| html! { <p class="body">{ t(id) }</p> }) }
                    <MoveMeeting request={request.clone()} meeting={meeting.clone()} on_done={on_changed.clone()} />
                </div>
            }
            <YourOutcomes found={found.clone()} request={request.clone()} on_done={on_changed.clone()} />
            if !found.updates.is_empty() {
                <h3 class="heading-s">{ t("track-updates-heading") }</h3>
                <ol class="timeline" id="track-updates">
                    { for found.updates.iter().map(|u| html! {
                        <li class="timeline-item">
                            <p class="timeline-when">{ dom::format_millis(u.at.timestamp_millis()) }</p>
                            <p class="body pre-wrap">{ u.body.clone() }</p>
                        </li>
                    }) }
                </ol>
            }
            if !found.advocacy.is_empty() {
                <h3 class="heading-s">{ t("track-advocacy-heading") }</h3>
                <ul class="list list-bullet" id="track-advocacy">
                    { for found.advocacy.iter().map(|a| {
                        let wording = crate::i18n::wording();
                        let what = if wording.easy_read { a.easy_read_in(wording.language) } else { a.plain_in(wording.language) };
                        html! { <li><strong>{ a.label_in(wording.language) }</strong>{ ": " }{ what }</li> }
                    }) }
                </ul>
            }
            if let Some(on) = found.reoffer_on {
                <div class="inset" id="track-reoffer">
                    <p class="body">{ Picture::Person.beside(html! { tf("track-reoffer", &[("date", &crate::pages::professional::date_words(on))]) }) }</p>
                </div>
            }
            if let Some(declined) = &found.declined {
                <Declined reference={found.reference.clone()} declined={declined.clone()} />
            }
            if !found.waiting_for.is_empty() {
                <h3 class="heading-s">{ t("track-waiting-heading") }</h3>
                <ul class="list" id="track-waiting">
                    { for found.waiting_for.iter().map(|w| html! { <li class="pre-wrap">{ w.clone() }</li> }) }
                </ul>
                <p class="body">{ t("track-waiting-no-action") }</p>
            }
            if !history.is_empty() {
                <h3 class="heading-s">{ t("track-history-heading") }</h3>
                <ol class="timeline">
                    { for history.iter().map(|event| html! {
                        <li class="timeline-item">
                            <p class="timeline-when">{ dom::format_millis(event.at.timestamp_millis()) }</p>
                            <p class="timeline-what"><strong>{ t(&event.status.label_id()) }</strong></p>
                            <p class="body">{ t(&event.status.person_id()) }</p>
                            if let Some(note) = event.note_for_person.as_deref().filter(|n| !n.trim().is_empty()) {
                                <p class="note"><strong>{ format!("{} ", t("track-note-from-team")) }</strong><span class="pre-wrap">{ note.to_string() }</span></p>
                            }
                        </li>
                    }) }
                </ol>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct AdvocateProps {
    name: String,
}

/// The named advocate, and how to reach them: through the provider's line, never a
/// personal number.
#[component]
fn YourAdvocate(props: &AdvocateProps) -> Html {
    let phone = use_provider_phone();
    html! {
        <div class="inset" id="your-advocate">
            <p class="body">{ Picture::Person.beside(html! { tf("track-advocate-named", &[("name", &props.name)]) }) }</p>
            if let Some(number) = &phone {
                <p class="body">
                    <a href={format!("tel:{}", number.replace([' ', '-', '(', ')'], ""))}>
                        { tf("track-advocate-call", &[("phone", number), ("name", &props.name)]) }
                    </a>
                </p>
            } else {
                <p class="body">{ t("track-advocate-contact-you") }</p>
            }
        </div>
    }
}
