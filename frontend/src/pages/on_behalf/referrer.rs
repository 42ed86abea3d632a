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
use crate::i18n::t;

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
            <div class="inset">{ t("for-referrer-intro") }</div>
            <TextInput id="referrer-name" heading=true label={t("for-referrer-name-label")}
                hint={t("for-referrer-name-hint")}
                value={d.referral.referrer.name.clone()} autocomplete="name" spellcheck=false
                error={errors.inline("referrer.name")} {oninput} />
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
                let missing = vec![FieldError::new("referrer.relationship", t("for-relationship-missing"))];
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
            <Radios name="referrer-relationship" heading=true legend={t("for-relationship-legend")}
                options={RELATIONSHIPS.to_vec()} selected={d.about.relationship.clone().into_iter().collect::<Vec<_>>()}
                error={errors.inline("referrer.relationship")} {onchange} />
        </QuestionForm>
    }
}
