//! On the tracking page, beside the next meeting: the person asks for it to move, saying what
//! would suit them better if they want to. Once asked, the page says so until the team saves
//! the meeting again (with the new time, or after agreeing to keep it).

use speakup_types::casework::{MeetingForPerson, MoveMeetingRequest};
use speakup_types::referral::{TrackRequest, TrackedReferral};
use validator::Validate;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::api;
use crate::components::error_summary::{to_field, ErrorSummary, Errors};
use crate::components::fields::TextArea;
use crate::dom;
use crate::i18n::{field_errors, t, tf};

#[derive(Properties, PartialEq)]
pub struct MoveMeetingProps {
    /// The reference and code the page was opened with.
    pub request: TrackRequest,
    pub meeting: MeetingForPerson,
    pub on_done: Callback<TrackedReferral>,
}

#[component]
pub fn MoveMeeting(props: &MoveMeetingProps) -> Html {
    let open = use_state(|| false);
    let words = use_state(String::new);
    let busy = use_state(|| false);
    let errors = use_state(Errors::default);
    let asked = props.meeting.move_wanted;
    // Sent: the confirmation takes the place of the form, and focus with it.
    let confirmation = dom::use_focus_when(asked, asked.is_some() && *open);
    {
        let open = *open;
        use_effect_with(open, move |open| {
            if *open {
                dom::focus_id("words");
            }
        });
    }
    if let Some(at) = asked {
        return html! {
            <p class="body" id="move-wanted" tabindex="-1" ref={confirmation}>
                <strong>{ tf("track-move-wanted", &[("date", &dom::format_millis(at.timestamp_millis()))]) }</strong>
            </p>
        };
    }
    let show = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(true))
    };
    if !*open {
        return html! {
            <>
                <p class="body">{ t("track-meeting-move") }</p>
                <button type="button" id="move-meeting" class="button button-secondary" onclick={show}>{ t("track-move-button") }</button>
            </>
        };
    }
    let onsubmit = {
        let (request, words, busy, errors, done) = (props.request.clone(), words.clone(), busy.clone(), errors.clone(), props.on_done.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let said = Some(words.trim().to_string()).filter(|w| !w.is_empty());
            let body = MoveMeetingRequest { track: request.clone(), words: said };
            if let Err(found) = body.validate() {
                return errors.set(errors.with_fields(field_errors(&found), to_field));
            }
            busy.set(true);
            let (busy, errors, done) = (busy.clone(), errors.clone(), done.clone());
            spawn_local(async move {
                match api::move_meeting(&body).await {
                    Ok(tracked) => done.emit(tracked),
                    Err(problem) => errors.set(errors.with_problem(&problem, to_field)),
                }
                busy.set(false);
            });
        })
    };
    let cancel = {
        let (open, errors) = (open.clone(), errors.clone());
        Callback::from(move |_: MouseEvent| {
            errors.set(Errors::default());
            open.set(false);
        })
    };
    let oninput = {
        let words = words.clone();
        Callback::from(move |v: String| words.set(v))
    };
    html! {
        <form class="form" novalidate=true {onsubmit} id="move-meeting-form">
            <ErrorSummary errors={(*errors).clone()} title_id="move-error-title" />
            <TextArea id="words" label={t("track-move-words")} hint={t("track-move-words-hint")} rows={3}
                value={(*words).clone()} error={errors.inline("words")} {oninput} />
            <div class="button-group">
                <button type="submit" id="move-send" class="button" disabled={*busy}>{ t("track-move-send") }</button>
                <button type="button" id="move-cancel" class="button button-secondary" onclick={cancel}>{ t("track-move-cancel") }</button>
            </div>
        </form>
    }
}
