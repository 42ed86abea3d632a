//! The first questions: what the person wants help with, their name, and communication needs.

use yew::prelude::*;
use yew_router::prelude::*;

use super::continue_with;
use crate::app::Route;
use crate::components::choices::{choice, Checkboxes};
use crate::components::error_summary::Errors;
use crate::components::fields::{TextArea, TextInput};
use crate::components::heading::Heading;
use crate::components::question::QuestionForm;
use crate::draft::use_draft;

#[component]
pub fn HelpWith() -> Html {
    let draft = use_draft();
    let errors = use_state(Errors::default);
    let onsubmit = continue_with(&draft, &errors, use_navigator(), Route::HelpWith, &["help_with"]);
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.update(|d| d.referral.help_with = v))
    };
    html! {
        <QuestionForm back={Route::HelpWith.previous_question()} errors={(*errors).clone()} {onsubmit}>
            <TextArea id="help_with" heading=true
                label="What would you like help with?"
                hint="Tell us in your own words: what is happening, who is involved and what you would like to change. You do not need to know what kind of advocate you need."
                value={draft.get().referral.help_with} rows={8}
                error={errors.inline("help_with")} {oninput} />
        </QuestionForm>
    }
}

#[component]
pub fn Name() -> Html {
    let draft = use_draft();
    let errors = use_state(Errors::default);
    let onsubmit = continue_with(&draft, &errors, use_navigator(), Route::Name, &["name"]);
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.update(|d| d.referral.name = v))
    };
    html! {
        <QuestionForm back={Route::Name.previous_question()} errors={(*errors).clone()} {onsubmit}>
            <TextInput id="name" heading=true
                label="What should we call you?"
                hint="Your first name or a name you like to be called is fine."
                value={draft.get().referral.name} autocomplete="name" spellcheck=false
                error={errors.inline("name")} {oninput} />
        </QuestionForm>
    }
}

const NEEDS: [(&str, &str); 5] = [
    ("interpreter", "An interpreter"),
    ("bsl", "A British Sign Language (BSL) interpreter"),
    ("easy_read", "Easy Read (short sentences with pictures)"),
    ("large_print", "Large print"),
    ("audio", "Audio, or someone reading things out to me"),
];

#[component]
pub fn Communication() -> Html {
    let draft = use_draft();
    let errors = use_state(Errors::default);
    let onsubmit =
        continue_with(&draft, &errors, use_navigator(), Route::Communication, &["communication"]);
    let d = draft.get();
    let needs = &d.referral.communication;
    let ticked: Vec<String> = [needs.interpreter, needs.bsl, needs.easy_read, needs.large_print, needs.audio]
        .iter()
        .zip(NEEDS)
        .filter(|(on, _)| **on)
        .map(|(_, (value, _))| value.to_string())
        .collect();
    let ontick = {
        let draft = draft.clone();
        Callback::from(move |(value, on): (String, bool)| {
            draft.update(|d| {
                let c = &mut d.referral.communication;
                match value.as_str() {
                    "interpreter" => c.interpreter = on,
                    "bsl" => c.bsl = on,
                    "easy_read" => c.easy_read = on,
                    "large_print" => c.large_print = on,
                    "audio" => c.audio = on,
                    _ => {}
                }
            })
        })
    };
    let onlanguage = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.update(|d| d.referral.communication.language = Some(v)))
    };
    let onother = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.update(|d| d.referral.communication.other = Some(v)))
    };
    html! {
        <QuestionForm back={Route::Communication.previous_question()} errors={(*errors).clone()} {onsubmit}>
            <Heading text="How can we make it easier to talk with you?" />
            <p class="body">{ "We will use what you tell us every time we contact you. All of these are optional." }</p>
            <Checkboxes name="communication" legend="Would any of these help you?"
                hint="Tick all that help."
                options={NEEDS.map(|(v, l)| choice(v, l)).to_vec()}
                selected={ticked} onchange={ontick} />
            <TextInput id="communication-language"
                label="Which language would you like us to use? (optional)"
                hint="If you need an interpreter, tell us which language they should speak."
                value={needs.language.clone().unwrap_or_default()} class="input-medium"
                autocomplete="language"
                error={errors.inline("communication.language")} oninput={onlanguage} />
            <TextArea id="communication-other"
                label="Is there anything else that would help? (optional)"
                hint="For example: please speak slowly, or I would like someone with me."
                value={needs.other.clone().unwrap_or_default()} rows={3}
                error={errors.inline("communication.other")} oninput={onother} />
        </QuestionForm>
    }
}
