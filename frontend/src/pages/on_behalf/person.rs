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
use crate::i18n::t;
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
            <TextInput id="person_name" heading=true label={t("for-person-name-label")}
                hint={t("for-person-name-hint")}
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
            <TextArea id="help_with" heading=true label={t("for-help-with-label")}
                hint={t("for-help-with-hint")}
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
            <TextArea id="person_own_words" heading=true label={t("for-own-words-label")}
                hint={t("for-own-words-hint")}
                value={d.referral.person_own_words.clone().unwrap_or_default()} rows={5}
                error={errors.inline("person_own_words")} {oninput} />
        </QuestionForm>
    }
}

pub const CONSENT: [Choice; 3] = [
    Choice { value: "yes", label: "for-consent-yes", hint: None },
    Choice { value: "no", label: "for-consent-no", hint: Some("for-consent-no-hint") },
    Choice {
        value: "cannot_say",
        label: "for-consent-cannot-say",
        hint: Some("for-consent-cannot-say-hint"),
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
                let missing = vec![FieldError::new("consent", t("for-consent-missing"))];
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
            <Radios name="consent" heading=true legend={t("for-consent-legend")}
                hint={t("for-consent-hint")}
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
            <TextArea id="best_interests" heading=true label={t("for-best-interests-label")}
                hint={t("for-best-interests-hint")}
                value={d.referral.best_interests.clone().unwrap_or_default()} rows={6}
                error={errors.inline("best_interests")} {oninput} />
        </QuestionForm>
    }
}
