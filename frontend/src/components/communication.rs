//! The communication-needs questions (NHS Accessible Information Standard), asked of a
//! person about themselves or of someone else about them: the same fields, other words.

use speakup_types::referral::CommunicationNeeds;
use yew::prelude::*;

use crate::components::choices::{choice, Checkboxes};
use crate::components::error_summary::Errors;
use crate::components::fields::{TextArea, TextInput};
use crate::components::heading::Heading;
use crate::i18n::t;

/// Message ids (see `i18n`) for the wording that differs between "you" and "the person".
struct Wording {
    heading: &'static str,
    intro: &'static str,
    legend: &'static str,
    audio: &'static str,
    reading_help: &'static str,
    language: &'static str,
    language_hint: &'static str,
    other: &'static str,
    other_hint: &'static str,
}

const ABOUT_ME: Wording = Wording {
    heading: "communication-heading-you",
    intro: "communication-intro-you",
    legend: "communication-legend-you",
    audio: "communication-audio-you",
    reading_help: "communication-reading-help-you",
    language: "communication-language-you",
    language_hint: "communication-language-hint-you",
    other: "communication-other-you",
    other_hint: "communication-other-hint-you",
};

const ABOUT_THEM: Wording = Wording {
    heading: "communication-heading-them",
    intro: "communication-intro-them",
    legend: "communication-legend-them",
    audio: "communication-audio-them",
    reading_help: "communication-reading-help-them",
    language: "communication-language-them",
    language_hint: "communication-language-hint-them",
    other: "communication-other-them",
    other_hint: "communication-other-hint-them",
};

#[derive(Properties, PartialEq)]
pub struct CommunicationProps {
    pub needs: CommunicationNeeds,
    pub errors: Errors,
    pub onchange: Callback<CommunicationNeeds>,
    /// Ask about "the person" rather than "you".
    #[prop_or_default]
    pub about_someone_else: bool,
}

#[component]
pub fn CommunicationQuestions(props: &CommunicationProps) -> Html {
    let words = if props.about_someone_else { &ABOUT_THEM } else { &ABOUT_ME };
    let labels = [
        "communication-interpreter",
        "communication-bsl",
        "communication-easy-read",
        "communication-large-print",
        "communication-braille",
        words.audio,
        words.reading_help,
    ];
    let options = CommunicationNeeds::AIDS.into_iter().zip(labels).map(|(code, label)| choice(code, label)).collect::<Vec<_>>();
    let changed = |change: fn(&mut CommunicationNeeds, String)| {
        let (needs, onchange) = (props.needs.clone(), props.onchange.clone());
        move |value: String| {
            let mut needs = needs.clone();
            change(&mut needs, value);
            onchange.emit(needs);
        }
    };
    let ontick = {
        let (needs, onchange) = (props.needs.clone(), props.onchange.clone());
        Callback::from(move |(code, on): (String, bool)| {
            let mut needs = needs.clone();
            needs.set_aid(&code, on);
            onchange.emit(needs);
        })
    };
    let onlanguage = Callback::from(changed(|n, v| n.language = Some(v)));
    let onother = Callback::from(changed(|n, v| n.other = Some(v)));
    let needs = &props.needs;
    html! {
        <>
            <Heading text={t(words.heading)} />
            <p class="body">{ t(words.intro) }</p>
            <Checkboxes name="communication" legend={t(words.legend)} hint={t("communication-tick-hint")}
                options={options} selected={needs.aids().into_iter().map(String::from).collect::<Vec<_>>()} onchange={ontick} />
            <TextInput id="communication-language" label={t(words.language)} hint={t(words.language_hint)}
                value={needs.language.clone().unwrap_or_default()} class="input-medium" autocomplete="language"
                error={props.errors.inline("communication.language")} oninput={onlanguage} />
            <TextArea id="communication-other" label={t(words.other)} hint={t(words.other_hint)}
                value={needs.other.clone().unwrap_or_default()} rows={3}
                error={props.errors.inline("communication.other")} oninput={onother} />
        </>
    }
}
