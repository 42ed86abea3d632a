//! How to reach the referrer and the person: the referrer's contact, whether to go through the
//! referrer, and the person's own contact and message safety.

use speakup_types::problem::FieldError;
use speakup_types::referral::{ContactMethod, ContactPreferences};
use yew::prelude::*;
use yew_router::prelude::*;

use super::{continue_with, next, previous};
use crate::app::Route;
use crate::components::choices::{choice, Choice, Radios};
use crate::components::error_summary::Errors;
use crate::components::fields::{TextArea, TextInput};
use crate::components::question::QuestionForm;
use crate::components::redirect::Replace;
use crate::draft::{method_code, use_on_behalf_draft, OnBehalfDraft};

/// Whose contact details a page asks for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Whose {
    Referrer,
    Person,
}

struct Words {
    /// The DTO path of the contact details.
    path: &'static str,
    method_page: Route,
    details_page: Route,
    legend: &'static str,
    hint: &'static str,
    /// Phone, mobile, email and address questions.
    ask: [&'static str; 4],
}

fn words(whose: Whose) -> Words {
    match whose {
        Whose::Referrer => Words {
            path: "referrer.contact",
            method_page: Route::ForReferrerMethod,
            details_page: Route::ForReferrerDetails,
            legend: "How should we contact you?",
            hint: "We will use this to talk with you about the referral.",
            ask: ["What is your phone number?", "What is your mobile number?", "What is your email address?", "What is your address?"],
        },
        Whose::Person => Words {
            path: "person_contact",
            method_page: Route::ForPersonMethod,
            details_page: Route::ForPersonDetails,
            legend: "How should we contact the person?",
            hint: "Choose the way that is easiest and safest for them.",
            ask: ["What is their phone number?", "What is their mobile number?", "What is their email address?", "What is their address?"],
        },
    }
}

fn method_of(d: &OnBehalfDraft, whose: Whose) -> Option<ContactMethod> {
    match whose {
        Whose::Referrer => d.referrer_method(),
        Whose::Person => d.person_method(),
    }
}

fn contact_mut(d: &mut OnBehalfDraft, whose: Whose) -> &mut ContactPreferences {
    match whose {
        Whose::Referrer => &mut d.referral.referrer.contact,
        Whose::Person => &mut d.person_contact,
    }
}

#[derive(Properties, PartialEq)]
pub struct WhoseProps {
    pub whose: Whose,
}

#[component]
pub fn Method(p: &WhoseProps) -> Html {
    let draft = use_on_behalf_draft();
    let errors = use_state(Errors::default);
    let navigator = use_navigator();
    let (whose, w) = (p.whose, words(p.whose));
    let name = w.path.replace('.', "-") + "-method";
    let onsubmit = {
        let (draft, errors, first) = (draft.clone(), errors.clone(), format!("#{name}-phone"));
        Callback::from(move |_| {
            if method_of(&draft.get(), whose).is_some() {
                // The details depend on the method, so that page always comes next.
                if let Some(navigator) = &navigator {
                    navigator.push(&words(whose).details_page);
                }
            } else {
                let missing = vec![FieldError::new(format!("{}.method", words(whose).path), "Choose how we should get in touch")];
                errors.set(errors.with_fields(missing, |_| first.clone()));
            }
        })
    };
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |(value, _): (String, bool)| {
            draft.update(|d| match whose {
                Whose::Referrer => d.about.referrer_method = Some(value),
                Whose::Person => d.choices.method = Some(value),
            })
        })
    };
    let d = draft.get();
    let chosen = match whose {
        Whose::Referrer => d.about.referrer_method.clone(),
        Whose::Person => d.choices.method.clone(),
    };
    let options: Vec<Choice> = ContactMethod::ALL.iter().map(|m| choice(method_code(*m), m.label())).collect();
    html! {
        <QuestionForm back={previous(&d, &w.method_page)} errors={(*errors).clone()} {onsubmit}>
            <Radios name={name} heading=true legend={w.legend} hint={w.hint} {options}
                selected={chosen.into_iter().collect::<Vec<_>>()}
                error={errors.inline(&format!("{}.method", w.path))} {onchange} />
        </QuestionForm>
    }
}

#[component]
pub fn Details(p: &WhoseProps) -> Html {
    let draft = use_on_behalf_draft();
    let errors = use_state(Errors::default);
    let (whose, w) = (p.whose, words(p.whose));
    let fields: &'static [&'static str] = match whose {
        Whose::Referrer => &["referrer.contact.phone", "referrer.contact.email", "referrer.contact.address"],
        Whose::Person => &["person_contact.phone", "person_contact.email", "person_contact.address"],
    };
    let onsubmit = continue_with(&draft, &errors, use_navigator(), w.details_page.clone(), fields);
    let mut d = draft.get();
    let Some(method) = method_of(&d, whose) else {
        return html! { <Replace to={w.method_page} /> };
    };
    let set = |field: fn(&mut ContactPreferences) -> &mut Option<String>| {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.update(|d| *field(contact_mut(d, whose)) = Some(v)))
    };
    let id = |f: &str| format!("{}-{f}", w.path.replace('.', "-"));
    let path = |f: &str| format!("{}.{f}", w.path);
    let back = previous(&d, &w.details_page);
    let contact = contact_mut(&mut d, whose).clone();
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let field = match method {
        ContactMethod::Phone | ContactMethod::Text => html! {
            <TextInput id={id("phone")} heading=true
                label={if method == ContactMethod::Text { w.ask[1] } else { w.ask[0] }}
                hint="For example 07700 900 982. We will only use it about this referral."
                input_type="tel" autocomplete="tel" class="input-medium" spellcheck=false
                value={value(&contact.phone)} error={errors.inline(&path("phone"))}
                oninput={set(|c| &mut c.phone)} />
        },
        ContactMethod::Email => html! {
            <TextInput id={id("email")} heading=true label={w.ask[2]}
                hint="We will only use it about this referral."
                input_type="email" autocomplete="email" spellcheck=false
                value={value(&contact.email)} error={errors.inline(&path("email"))}
                oninput={set(|c| &mut c.email)} />
        },
        ContactMethod::Letter => html! {
            <TextArea id={id("address")} heading=true label={w.ask[3]}
                hint="Include the postcode." autocomplete="street-address" rows={4}
                value={value(&contact.address)} error={errors.inline(&path("address"))}
                oninput={set(|c| &mut c.address)} />
        },
    };
    html! {
        <QuestionForm {back} errors={(*errors).clone()} {onsubmit}>
            { field }
        </QuestionForm>
    }
}

#[component]
pub fn Through() -> Html {
    let draft = use_on_behalf_draft();
    let errors = use_state(Errors::default);
    let navigator = use_navigator();
    let onsubmit = {
        let (draft, errors) = (draft.clone(), errors.clone());
        Callback::from(move |_| {
            let d = draft.get();
            if d.through_referrer().is_some() {
                if let Some(navigator) = &navigator {
                    navigator.push(&next(&d, &Route::ForContactWay));
                }
            } else {
                let missing = vec![FieldError::new("contact_through_referrer", "Choose how we should get in touch with the person")];
                errors.set(errors.with_fields(missing, |_| "#contact_through_referrer-yes".to_string()));
            }
        })
    };
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |(value, _): (String, bool)| draft.update(|d| d.about.through_referrer = Some(value)))
    };
    let d = draft.get();
    html! {
        <QuestionForm back={previous(&d, &Route::ForContactWay)} errors={(*errors).clone()} {onsubmit}>
            <Radios name="contact_through_referrer" heading=true legend="How should we get in touch with the person?"
                hint="If it is not safe or easy to contact them, we can arrange things through you."
                options={vec![choice("yes", "Through me"), choice("no", "Contact them directly")]}
                selected={d.about.through_referrer.clone().into_iter().collect::<Vec<_>>()}
                error={errors.inline("contact_through_referrer")} {onchange} />
        </QuestionForm>
    }
}

#[component]
pub fn Messages() -> Html {
    let draft = use_on_behalf_draft();
    let errors = use_state(Errors::default);
    let onsubmit = continue_with(&draft, &errors, use_navigator(), Route::ForMessages, &["person_contact.safe_times"]);
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |(value, _): (String, bool)| draft.update(|d| d.choices.safe_to_leave_message = Some(value)))
    };
    let ontimes = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.update(|d| d.person_contact.safe_times = Some(v)))
    };
    let d = draft.get();
    html! {
        <QuestionForm back={previous(&d, &Route::ForMessages)} errors={(*errors).clone()} {onsubmit}>
            <Radios name="person_contact-safe_to_leave_message" heading=true
                legend="Is it safe for us to leave the person a message?"
                hint="For example a voicemail, a text someone else could read, or a letter someone else might open."
                options={vec![choice("yes", "Yes, you can leave a message"), choice("no", "No, do not leave a message"), choice("unknown", "I'm not sure")]}
                apart={vec!["unknown"]}
                selected={d.choices.safe_to_leave_message.clone().into_iter().collect::<Vec<_>>()} {onchange} />
            <TextInput id="person_contact-safe_times" label="When is it safe to contact them? (optional)"
                hint="For example: afternoons, or not when a particular person is with them."
                value={d.person_contact.safe_times.clone().unwrap_or_default()}
                error={errors.inline("person_contact.safe_times")} oninput={ontimes} />
        </QuestionForm>
    }
}
