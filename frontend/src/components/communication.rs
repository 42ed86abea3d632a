//! The communication-needs questions (NHS Accessible Information Standard), asked of a
//! person about themselves or of someone else about them: the same fields, other words.

use speakup_types::referral::CommunicationNeeds;
use yew::prelude::*;

use crate::components::choices::{choice, Checkboxes};
use crate::components::error_summary::Errors;
use crate::components::fields::{TextArea, TextInput};
use crate::components::heading::Heading;

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
    heading: "How can we make it easier to talk with you?",
    intro: "We will use what you tell us every time we contact you. All of these are optional.",
    legend: "Would any of these help you?",
    audio: "Audio, or someone reading things out to me",
    reading_help: "Help to read letters and fill in forms",
    language: "Which language would you like us to use? (optional)",
    language_hint: "If you need an interpreter, tell us which language they should speak.",
    other: "Is there anything else that would help? (optional)",
    other_hint: "For example: please speak slowly, or I would like someone with me.",
};

const ABOUT_THEM: Wording = Wording {
    heading: "How can we make it easier to talk with the person?",
    intro: "The advocate will use what you tell us when they meet or contact the person. All of these are optional.",
    legend: "Would any of these help them?",
    audio: "Audio, or someone reading things out to them",
    reading_help: "Help for them to read letters and fill in forms",
    language: "Which language should we use with them? (optional)",
    language_hint: "If they need an interpreter, tell us which language the interpreter should speak.",
    other: "Is there anything else that would help them? (optional)",
    other_hint: "For example: speak slowly, meet somewhere they know, or have someone they trust with them.",
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
        "An interpreter",
        "British Sign Language (BSL) or another sign language",
        "Easy Read (short sentences with pictures)",
        "Large print",
        "Braille",
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
            <Heading text={words.heading} />
            <p class="body">{ words.intro }</p>
            <Checkboxes name="communication" legend={words.legend} hint="Tick all that help."
                options={options} selected={needs.aids().into_iter().map(String::from).collect::<Vec<_>>()} onchange={ontick} />
            <TextInput id="communication-language" label={words.language} hint={words.language_hint}
                value={needs.language.clone().unwrap_or_default()} class="input-medium" autocomplete="language"
                error={props.errors.inline("communication.language")} oninput={onlanguage} />
            <TextArea id="communication-other" label={words.other} hint={words.other_hint}
                value={needs.other.clone().unwrap_or_default()} rows={3}
                error={props.errors.inline("communication.other")} oninput={onother} />
        </>
    }
}
