//! About the person who needs an advocate: their name, what they need help with, what they
//! say themselves, and whether they know and agree (with a best-interests reason if not).

use yew::prelude::*;

use crate::components::choices::Choice;
use crate::components::fields::{TextArea, TextInput};
use crate::components::question::{ChooseOne, QuestionForm};
use crate::draft::OnBehalfDraft;
use crate::i18n::t;
use crate::pages::flow::use_question;
use crate::route::Step;

#[component]
pub fn Name() -> Html {
    let q = use_question::<OnBehalfDraft>(Step::Name);
    html! {
        <QuestionForm back={q.back()} errors={q.errors()} onsubmit={q.submit(&["person_name"])}>
            <TextInput id="person_name" heading=true label={t("for-person-name-label")}
                hint={t("for-person-name-hint")}
                value={q.get().referral.person_name} spellcheck=false
                error={q.error("person_name")} oninput={q.set(|d, v| d.referral.person_name = v)} />
        </QuestionForm>
    }
}

#[component]
pub fn OwnWords() -> Html {
    let q = use_question::<OnBehalfDraft>(Step::OwnWords);
    html! {
        <QuestionForm back={q.back()} errors={q.errors()} onsubmit={q.submit(&["person_own_words"])}>
            <TextArea id="person_own_words" heading=true label={t("for-own-words-label")}
                hint={t("for-own-words-hint")}
                value={q.get().referral.person_own_words.unwrap_or_default()} rows={5}
                error={q.error("person_own_words")} oninput={q.set(|d, v| d.referral.person_own_words = Some(v))} />
        </QuestionForm>
    }
}

pub const CONSENT: [Choice; 3] = [
    Choice { value: "yes", label: "for-consent-yes", hint: None },
    Choice { value: "no", label: "for-consent-no", hint: Some("for-consent-no-hint") },
    Choice { value: "cannot_say", label: "for-consent-cannot-say", hint: Some("for-consent-cannot-say-hint") },
];

#[component]
pub fn Agreement() -> Html {
    let q = use_question::<OnBehalfDraft>(Step::Consent);
    html! {
        <ChooseOne back={q.back()} next={q.next()} name="consent" field="consent"
            legend={t("for-consent-legend")} hint={t("for-consent-hint")} options={CONSENT.to_vec()}
            chosen={q.get().about.consent} missing="for-consent-missing"
            onchange={q.set(|d, value| d.about.consent = Some(value))} />
    }
}

#[component]
pub fn BestInterests() -> Html {
    let q = use_question::<OnBehalfDraft>(Step::BestInterests);
    html! {
        <QuestionForm back={q.back()} errors={q.errors()} onsubmit={q.submit(&["best_interests"])}>
            <TextArea id="best_interests" heading=true label={t("for-best-interests-label")}
                hint={format!("{} {}", t("for-best-interests-means"), t("for-best-interests-hint"))}
                value={q.get().referral.best_interests.unwrap_or_default()} rows={6}
                error={q.error("best_interests")} oninput={q.set(|d, v| d.referral.best_interests = Some(v))} />
        </QuestionForm>
    }
}
