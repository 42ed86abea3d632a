//! About the person asking: their name and how they know the person who needs an advocate.

use yew::prelude::*;

use crate::components::choices::Choice;
use crate::components::fields::TextInput;
use crate::components::question::{ChooseOne, QuestionForm};
use crate::draft::OnBehalfDraft;
use crate::i18n::t;
use crate::pages::flow::use_question;
use crate::route::Step;

#[component]
pub fn Name() -> Html {
    let q = use_question::<OnBehalfDraft>(Step::ReferrerName);
    html! {
        <QuestionForm back={q.back()} errors={q.errors()} onsubmit={q.submit(&["referrer.name"])}>
            <div class="inset">{ t("for-referrer-intro") }</div>
            <TextInput id="referrer-name" heading=true label={t("for-referrer-name-label")}
                hint={format!("{} {}", t("for-referrer-name-hint"), t("for-referrer-seen"))}
                value={q.get().referral.referrer.name} autocomplete="name" spellcheck=false
                error={q.error("referrer.name")} oninput={q.set(|d, v| d.referral.referrer.name = v)} />
        </QuestionForm>
    }
}

const RELATIONSHIPS: [Choice; 4] = [
    Choice { value: "carer", label: "for-relationship-carer", hint: Some("for-relationship-carer-hint") },
    Choice { value: "family", label: "for-relationship-family", hint: None },
    Choice { value: "friend", label: "for-relationship-friend", hint: None },
    Choice { value: "other", label: "for-relationship-other", hint: Some("for-relationship-other-hint") },
];

#[component]
pub fn Relationship() -> Html {
    let q = use_question::<OnBehalfDraft>(Step::Relationship);
    html! {
        <ChooseOne back={q.back()} next={q.next()} name="referrer-relationship" field="referrer.relationship"
            legend={t("for-relationship-legend")} options={RELATIONSHIPS.to_vec()}
            chosen={q.get().about.relationship} missing="for-relationship-missing"
            onchange={q.set(|d, value| d.about.relationship = Some(value))} />
    }
}
