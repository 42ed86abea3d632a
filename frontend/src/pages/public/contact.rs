//! How to contact the person, their details, and whether it is safe to leave a message.

use speakup_types::problem::FieldError;
use speakup_types::referral::ContactMethod;
use yew::prelude::*;
use yew_router::prelude::*;

use super::continue_with;
use crate::app::Route;
use crate::components::choices::{choice, Choice, Radios};
use crate::components::error_summary::Errors;
use crate::components::fields::{TextArea, TextInput};
use crate::components::question::QuestionForm;
use crate::components::redirect::Replace;
use crate::draft::{method_code, use_draft};

fn method_choices() -> Vec<Choice> {
    ContactMethod::ALL.iter().map(|m| choice(method_code(*m), m.label())).collect()
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
                let missing = vec![FieldError::new("contact.method", "Choose how we should contact you")];
                errors.set(errors.with_fields(missing, |_| "#contact-method-phone".to_string()));
            }
        })
    };
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |(value, _): (String, bool)| draft.update(|d| d.choices.method = Some(value)))
    };
    html! {
        <QuestionForm back={Route::ContactMethod.previous_question()} errors={(*errors).clone()} {onsubmit}>
            <Radios name="contact-method" heading=true legend="How should we contact you?"
                hint="Choose the way that is easiest and safest for you."
                options={method_choices()} selected={draft.get().choices.method.into_iter().collect::<Vec<_>>()}
                error={errors.inline("contact.method")} {onchange} />
        </QuestionForm>
    }
}

#[component]
pub fn Details() -> Html {
    let draft = use_draft();
    let errors = use_state(Errors::default);
    let onsubmit = continue_with(&draft, &errors, use_navigator(), Route::ContactDetails, &["contact.phone", "contact.email", "contact.address"]);
    let d = draft.get();
    let Some(method) = d.method() else {
        return html! { <Replace to={Route::ContactMethod} /> };
    };
    let set = |field: fn(&mut speakup_types::referral::ContactPreferences) -> &mut Option<String>| {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.update(|d| *field(&mut d.referral.contact) = Some(v)))
    };
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let contact = &d.referral.contact;
    let field = match method {
        ContactMethod::Phone | ContactMethod::Text => html! {
            <TextInput id="contact-phone" heading=true
                label={if method == ContactMethod::Text { "What is your mobile number?" } else { "What is your phone number?" }}
                hint="For example 07700 900 982. We will only use it about your referral."
                input_type="tel" autocomplete="tel" class="input-medium" spellcheck=false
                value={value(&contact.phone)} error={errors.inline("contact.phone")}
                oninput={set(|c| &mut c.phone)} />
        },
        ContactMethod::Email => html! {
            <TextInput id="contact-email" heading=true label="What is your email address?"
                hint="We will only use it about your referral."
                input_type="email" autocomplete="email" spellcheck=false
                value={value(&contact.email)} error={errors.inline("contact.email")}
                oninput={set(|c| &mut c.email)} />
        },
        ContactMethod::Letter => html! {
            <TextArea id="contact-address" heading=true label="What is your address?"
                hint="Include the postcode." autocomplete="street-address" rows={4}
                value={value(&contact.address)} error={errors.inline("contact.address")}
                oninput={set(|c| &mut c.address)} />
        },
    };
    html! {
        <QuestionForm back={Route::ContactDetails.previous_question()} errors={(*errors).clone()} {onsubmit}>
            { field }
        </QuestionForm>
    }
}

#[component]
pub fn Messages() -> Html {
    let draft = use_draft();
    let errors = use_state(Errors::default);
    let onsubmit = continue_with(&draft, &errors, use_navigator(), Route::Messages, &["contact.safe_times"]);
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |(value, _): (String, bool)| {
            draft.update(|d| d.choices.safe_to_leave_message = Some(value))
        })
    };
    let ontimes = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.update(|d| d.referral.contact.safe_times = Some(v)))
    };
    let d = draft.get();
    html! {
        <QuestionForm back={Route::Messages.previous_question()} errors={(*errors).clone()} {onsubmit}>
            <Radios name="contact-safe_to_leave_message" heading=true
                legend="Is it safe for us to leave a message?"
                hint="For example a voicemail, a text someone else could read, or a letter someone else might open."
                options={vec![
                    choice("yes", "Yes, you can leave a message"),
                    choice("no", "No, do not leave a message"),
                    choice("unknown", "I'm not sure"),
                ]}
                apart={vec!["unknown"]}
                selected={d.choices.safe_to_leave_message.clone().into_iter().collect::<Vec<_>>()}
                {onchange} />
            <TextInput id="contact-safe_times" label="When is it safe to contact you? (optional)"
                hint="For example: weekday mornings, or not when someone else is at home."
                value={d.referral.contact.safe_times.clone().unwrap_or_default()}
                error={errors.inline("contact.safe_times")} oninput={ontimes} />
        </QuestionForm>
    }
}
