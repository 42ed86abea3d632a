//! About the person who needs an advocate: their name, what they need help with, what they
//! say themselves, and whether they know and agree (with a best-interests reason if not).

use speakup_types::problem::FieldError;
use yew::prelude::*;
use yew_router::prelude::*;

use super::{next, previous};
use crate::app::Route;
use crate::components::choices::{Choice, Radios};
use crate::components::error_summary::Errors;
use crate::components::fields::{TextArea, TextInput};
use crate::components::question::QuestionForm;
use crate::draft::use_on_behalf_draft;
use crate::pages::flow::continue_with;

#[component]
pub fn Name() -> Html {
    let draft = use_on_behalf_draft();
    let errors = use_state(Errors::default);
    let onsubmit = continue_with(&draft, &errors, use_navigator(), Route::ForPersonName, &["person_name"]);
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.update(|d| d.referral.person_name = v))
    };
    let d = draft.get();
    html! {
        <QuestionForm back={previous(&d, &Route::ForPersonName)} errors={(*errors).clone()} {onsubmit}>
            <TextInput id="person_name" heading=true label="What does the person like to be called?"
                hint="Their first name, or the name they like to use, is fine."
                value={d.referral.person_name.clone()} spellcheck=false
                error={errors.inline("person_name")} {oninput} />
        </QuestionForm>
    }
}

#[component]
pub fn HelpWith() -> Html {
    let draft = use_on_behalf_draft();
    let errors = use_state(Errors::default);
    let onsubmit = continue_with(&draft, &errors, use_navigator(), Route::ForHelpWith, &["help_with"]);
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.update(|d| d.referral.help_with = v))
    };
    let d = draft.get();
    html! {
        <QuestionForm back={previous(&d, &Route::ForHelpWith)} errors={(*errors).clone()} {onsubmit}>
            <TextArea id="help_with" heading=true label="What does the person need help with?"
                hint="Tell us what is happening, who is involved and what needs to change. You do not need to know what kind of advocate they need."
                value={d.referral.help_with.clone()} rows={8}
                error={errors.inline("help_with")} {oninput} />
        </QuestionForm>
    }
}

#[component]
pub fn OwnWords() -> Html {
    let draft = use_on_behalf_draft();
    let errors = use_state(Errors::default);
    let onsubmit = continue_with(&draft, &errors, use_navigator(), Route::ForOwnWords, &["person_own_words"]);
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.update(|d| d.referral.person_own_words = Some(v)))
    };
    let d = draft.get();
    html! {
        <QuestionForm back={previous(&d, &Route::ForOwnWords)} errors={(*errors).clone()} {onsubmit}>
            <TextArea id="person_own_words" heading=true label="What does the person say about it? (optional)"
                hint="Write down what they say themselves, if they can tell you. Use their words where you can."
                value={d.referral.person_own_words.clone().unwrap_or_default()} rows={5}
                error={errors.inline("person_own_words")} {oninput} />
        </QuestionForm>
    }
}

pub const CONSENT: [Choice; 3] = [
    Choice { value: "yes", label: "Yes, they know and agree", hint: None },
    Choice { value: "no", label: "No", hint: Some("They do not know yet, or they do not want an advocate.") },
    Choice {
        value: "cannot_say",
        label: "They cannot tell me",
        hint: Some("For example, they cannot understand the question or cannot let anyone know their answer."),
    },
];

#[component]
pub fn Agreement() -> Html {
    let draft = use_on_behalf_draft();
    let errors = use_state(Errors::default);
    let navigator = use_navigator();
    let onsubmit = {
        let draft = draft.clone();
        let errors = errors.clone();
        Callback::from(move |_| {
            let d = draft.get();
            if d.consent().is_some() {
                if let Some(navigator) = &navigator {
                    navigator.push(&next(&d, &Route::ForConsent));
                }
            } else {
                let missing = vec![FieldError::new("consent", "Choose whether the person knows and agrees")];
                errors.set(errors.with_fields(missing, |_| "#consent-yes".to_string()));
            }
        })
    };
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |(value, _): (String, bool)| draft.update(|d| d.about.consent = Some(value)))
    };
    let d = draft.get();
    html! {
        <QuestionForm back={previous(&d, &Route::ForConsent)} errors={(*errors).clone()} {onsubmit}>
            <Radios name="consent" heading=true legend="Does the person know you are asking for an advocate, and do they agree?"
                hint="You can still ask if they do not. An advocate will always try to find out what the person wants."
                options={CONSENT.to_vec()} selected={d.about.consent.clone().into_iter().collect::<Vec<_>>()}
                error={errors.inline("consent")} {onchange} />
        </QuestionForm>
    }
}

#[component]
pub fn BestInterests() -> Html {
    let draft = use_on_behalf_draft();
    let errors = use_state(Errors::default);
    let onsubmit = continue_with(&draft, &errors, use_navigator(), Route::ForBestInterests, &["best_interests"]);
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.update(|d| d.referral.best_interests = Some(v)))
    };
    let d = draft.get();
    html! {
        <QuestionForm back={previous(&d, &Route::ForBestInterests)} errors={(*errors).clone()} {onsubmit}>
            <TextArea id="best_interests" heading=true label="Why would an advocate be in the person's best interests?"
                hint="They have not agreed to this, so tell us why it would be good for them. For example, what could go wrong without one, or what is being decided without them."
                value={d.referral.best_interests.clone().unwrap_or_default()} rows={6}
                error={errors.inline("best_interests")} {oninput} />
        </QuestionForm>
    }
}
