//! About the person asking: their name and how they know the person who needs an advocate.

use speakup_types::problem::FieldError;
use yew::prelude::*;
use yew_router::prelude::*;

use super::{next, previous};
use crate::pages::flow::continue_with;
use crate::app::Route;
use crate::components::choices::{Choice, Radios};
use crate::components::error_summary::Errors;
use crate::components::fields::TextInput;
use crate::components::question::QuestionForm;
use crate::draft::use_on_behalf_draft;

#[component]
pub fn Name() -> Html {
    let draft = use_on_behalf_draft();
    let errors = use_state(Errors::default);
    let onsubmit = continue_with(&draft, &errors, use_navigator(), Route::ForReferrerName, &["referrer.name"]);
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.update(|d| d.referral.referrer.name = v))
    };
    let d = draft.get();
    html! {
        <QuestionForm back={previous(&d, &Route::ForReferrerName)} errors={(*errors).clone()} {onsubmit}>
            <div class="inset">{ "First we will ask about you, then about the person who needs an advocate." }</div>
            <TextInput id="referrer-name" heading=true label="What is your name?"
                hint="We will use it when we contact you about this referral."
                value={d.referral.referrer.name.clone()} autocomplete="name" spellcheck=false
                error={errors.inline("referrer.name")} {oninput} />
        </QuestionForm>
    }
}

const RELATIONSHIPS: [Choice; 4] = [
    Choice { value: "carer", label: "I am their carer", hint: Some("You help look after them and are not paid to do it.") },
    Choice { value: "family", label: "I am part of their family", hint: None },
    Choice { value: "friend", label: "I am their friend", hint: None },
    Choice { value: "other", label: "Another way", hint: Some("For example a neighbour.") },
];

#[component]
pub fn Relationship() -> Html {
    let draft = use_on_behalf_draft();
    let errors = use_state(Errors::default);
    let navigator = use_navigator();
    let onsubmit = {
        let draft = draft.clone();
        let errors = errors.clone();
        Callback::from(move |_| {
            let d = draft.get();
            if d.relationship().is_some() {
                if let Some(navigator) = &navigator {
                    navigator.push(&next(&d, &Route::ForRelationship));
                }
            } else {
                let missing = vec![FieldError::new("referrer.relationship", "Choose how you know the person")];
                errors.set(errors.with_fields(missing, |_| "#referrer-relationship-carer".to_string()));
            }
        })
    };
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |(value, _): (String, bool)| draft.update(|d| d.about.relationship = Some(value)))
    };
    let d = draft.get();
    html! {
        <QuestionForm back={previous(&d, &Route::ForRelationship)} errors={(*errors).clone()} {onsubmit}>
            <Radios name="referrer-relationship" heading=true legend="How do you know the person who needs an advocate?"
                options={RELATIONSHIPS.to_vec()} selected={d.about.relationship.clone().into_iter().collect::<Vec<_>>()}
                error={errors.inline("referrer.relationship")} {onchange} />
        </QuestionForm>
    }
}
