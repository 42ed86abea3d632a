//! How to reach the referrer and the person: the referrer's contact, whether to go through the
//! referrer, and the person's own contact and what is safe.

use speakup_types::problem::FieldError;
use speakup_types::referral::{ContactMethod, ContactPreferences};
use yew::prelude::*;
use yew_router::prelude::*;

use super::{next, previous};
use crate::pages::flow::continue_with;
use crate::app::Route;
use crate::components::choices::{choice, Choice, Radios};
use crate::components::contact::{method_label, ContactDetails, ContactSafety};
use crate::components::error_summary::Errors;
use crate::components::question::QuestionForm;
use crate::components::redirect::Replace;
use crate::draft::{use_on_behalf_draft, OnBehalfDraft};
use crate::i18n::t;

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
    /// Message ids of the question and its hint.
    legend: &'static str,
    hint: &'static str,
    /// The ways of contact to offer: a referrer is reached directly.
    methods: &'static [ContactMethod],
}

fn words(whose: Whose) -> Words {
    match whose {
        Whose::Referrer => Words {
            path: "referrer.contact",
            method_page: Route::ForReferrerMethod,
            details_page: Route::ForReferrerDetails,
            legend: "for-referrer-method-legend",
            hint: "for-referrer-method-hint",
            methods: &ContactMethod::DIRECT,
        },
        Whose::Person => Words {
            path: "person_contact",
            method_page: Route::ForPersonMethod,
            details_page: Route::ForPersonDetails,
            legend: "for-person-method-legend",
            hint: "for-person-method-hint",
            methods: &ContactMethod::ALL,
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
                let missing = vec![FieldError::new(format!("{}.method", words(whose).path), t("for-method-missing"))];
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
    let options: Vec<Choice> = w.methods.iter().map(|m| choice(m.code(), method_label(*m))).collect();
    html! {
        <QuestionForm back={previous(&d, &w.method_page)} errors={(*errors).clone()} {onsubmit}>
            <Radios name={name} heading=true legend={t(w.legend)} hint={t(w.hint)} {options}
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
        Whose::Person => &["person_contact.phone", "person_contact.email", "person_contact.address", "person_contact.named_person"],
    };
    let onsubmit = continue_with(&draft, &errors, use_navigator(), w.details_page.clone(), fields);
    let mut d = draft.get();
    let Some(method) = method_of(&d, whose) else {
        return html! { <Replace to={w.method_page} /> };
    };
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |contact: ContactPreferences| draft.update(|d| *contact_mut(d, whose) = contact))
    };
    let back = previous(&d, &w.details_page);
    let contact = ContactPreferences { method, ..contact_mut(&mut d, whose).clone() };
    html! {
        <QuestionForm {back} errors={(*errors).clone()} {onsubmit}>
            <ContactDetails path={w.path} {contact} errors={(*errors).clone()} {onchange}
                about_someone_else={whose == Whose::Person} />
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
                let missing = vec![FieldError::new("contact_through_referrer", t("for-through-missing"))];
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
            <Radios name="contact_through_referrer" heading=true legend={t("for-through-legend")}
                hint={t("for-through-hint")}
                options={vec![choice("yes", "for-through-yes"), choice("no", "for-through-no")]}
                selected={d.about.through_referrer.clone().into_iter().collect::<Vec<_>>()}
                error={errors.inline("contact_through_referrer")} {onchange} />
        </QuestionForm>
    }
}

#[component]
pub fn Messages() -> Html {
    let draft = use_on_behalf_draft();
    let errors = use_state(Errors::default);
    let fields = &["person_contact.not_safe", "person_contact.safe_times", "person_contact.codeword"];
    let onsubmit = continue_with(&draft, &errors, use_navigator(), Route::ForMessages, fields);
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |contact: ContactPreferences| draft.update(|d| d.person_contact = contact))
    };
    let onmessage = {
        let draft = draft.clone();
        Callback::from(move |value: String| draft.update(|d| d.choices.safe_to_leave_message = Some(value)))
    };
    let d = draft.get();
    let contact = ContactPreferences { method: d.person_method().unwrap_or_default(), ..d.person_contact.clone() };
    html! {
        <QuestionForm back={previous(&d, &Route::ForMessages)} errors={(*errors).clone()} {onsubmit}>
            <ContactSafety path="person_contact" {contact} errors={(*errors).clone()} {onchange} about_someone_else=true
                message={d.choices.safe_to_leave_message.clone()} {onmessage} />
        </QuestionForm>
    }
}
