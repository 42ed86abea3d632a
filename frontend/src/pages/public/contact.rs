//! How to contact the person, their details, and what is safe.

use speakup_types::problem::FieldError;
use speakup_types::referral::{ContactMethod, ContactPreferences};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::pages::flow::continue_with;
use crate::app::Route;
use crate::components::choices::{choice, Choice, Radios};
use crate::components::contact::{method_label, ContactDetails, ContactSafety};
use crate::components::error_summary::Errors;
use crate::components::question::QuestionForm;
use crate::components::redirect::Replace;
use crate::draft::use_draft;
use crate::i18n::t;

fn method_choices() -> Vec<Choice> {
    ContactMethod::ALL.iter().map(|m| choice(m.code(), method_label(*m))).collect()
}

#[component]
pub fn Method() -> Html {
    let draft = use_draft();
    let errors = use_state(Errors::default);
    let navigator = use_navigator();
    let onsubmit = {
        let draft = draft.clone();
        let errors = errors.clone();
        Callback::from(move |_| {
            if draft.get().method().is_some() {
                // The details depend on the method, so that page always comes next.
                if let Some(navigator) = &navigator {
                    navigator.push(&Route::ContactDetails);
                }
            } else {
                let missing = vec![FieldError::new("contact.method", t("contact-how-missing"))];
                errors.set(errors.with_fields(missing, |_| "#contact-method-phone".to_string()));
            }
        })
    };
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |(value, _): (String, bool)| draft.update(|d| d.choices.method = Some(value)))
    };
    html! {
        <QuestionForm back={super::previous(&draft.get(), &Route::ContactMethod)} errors={(*errors).clone()} {onsubmit}>
            <Radios name="contact-method" heading=true legend={t("contact-how-legend")}
                hint={t("contact-how-hint")}
                options={method_choices()} selected={draft.get().choices.method.into_iter().collect::<Vec<_>>()}
                error={errors.inline("contact.method")} {onchange} />
        </QuestionForm>
    }
}

#[component]
pub fn Details() -> Html {
    let draft = use_draft();
    let errors = use_state(Errors::default);
    let fields = &["contact.phone", "contact.email", "contact.address", "contact.named_person"];
    let onsubmit = continue_with(&draft, &errors, use_navigator(), Route::ContactDetails, fields);
    let d = draft.get();
    let Some(method) = d.method() else {
        return html! { <Replace to={Route::ContactMethod} /> };
    };
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |contact: ContactPreferences| draft.update(|d| d.referral.contact = contact))
    };
    let contact = ContactPreferences { method, ..d.referral.contact };
    html! {
        <QuestionForm back={super::previous(&draft.get(), &Route::ContactDetails)} errors={(*errors).clone()} {onsubmit}>
            <ContactDetails path="contact" {contact} errors={(*errors).clone()} {onchange} />
        </QuestionForm>
    }
}

#[component]
pub fn Messages() -> Html {
    let draft = use_draft();
    let errors = use_state(Errors::default);
    let fields = &["contact.not_safe", "contact.safe_times", "contact.codeword"];
    let onsubmit = continue_with(&draft, &errors, use_navigator(), Route::Messages, fields);
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |contact: ContactPreferences| draft.update(|d| d.referral.contact = contact))
    };
    let onmessage = {
        let draft = draft.clone();
        Callback::from(move |value: String| draft.update(|d| d.choices.safe_to_leave_message = Some(value)))
    };
    let d = draft.get();
    let contact = ContactPreferences { method: d.method().unwrap_or_default(), ..d.referral.contact };
    html! {
        <QuestionForm back={super::previous(&draft.get(), &Route::Messages)} errors={(*errors).clone()} {onsubmit}>
            <ContactSafety path="contact" {contact} errors={(*errors).clone()} {onchange}
                message={d.choices.safe_to_leave_message.clone()} {onmessage} />
        </QuestionForm>
    }
}
