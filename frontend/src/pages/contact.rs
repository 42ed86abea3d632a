//! How to reach people, on the self and on-behalf routes: a way of contact, the details for
//! it, and what is safe (messages, times, a code word). On the on-behalf route the referrer
//! is asked too, and whether to reach the person through them.

use speakup_types::referral::{ContactMethod, ContactPreferences};
use yew::prelude::*;

use crate::components::choices::{choice, Choice};
use crate::components::contact::{method_label, Codeword, ContactDetails, MessageSafety, SafeTimes};
use crate::components::question::{ChooseOne, QuestionForm};
use crate::components::redirect::Replace;
use crate::draft::{method_from, OnBehalfDraft};
use crate::i18n::t;
use crate::pages::flow::{use_question, Flow};
use crate::route::Step;

/// Whose contact details a page asks for: the person who needs the advocate (on the
/// self-referral, the person asking) or someone referring them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Whose {
    Referrer,
    Person,
}

/// A contact answer in a draft: the method's radio value and the details.
pub struct Contact<'a> {
    pub method: &'a mut Option<String>,
    pub details: &'a mut ContactPreferences,
}

struct Words {
    /// The DTO path of the contact details.
    path: &'static str,
    method_page: Step,
    details_page: Step,
    /// Message ids of the question, its hint and the error when nothing is chosen.
    legend: &'static str,
    hint: &'static str,
    missing: &'static str,
    /// The ways of contact to offer: a referrer is reached directly.
    methods: &'static [ContactMethod],
    /// The answers the details page checks.
    details: &'static [&'static str],
}

fn words(whose: Whose, them: bool) -> Words {
    match (whose, them) {
        (Whose::Referrer, _) => Words {
            path: "referrer.contact",
            method_page: Step::ReferrerMethod,
            details_page: Step::ReferrerDetails,
            legend: "for-referrer-method-legend",
            hint: "for-referrer-method-hint",
            missing: "for-method-missing",
            methods: &ContactMethod::DIRECT,
            details: &["referrer.contact.phone", "referrer.contact.email", "referrer.contact.address"],
        },
        (Whose::Person, true) => Words {
            path: "person_contact",
            method_page: Step::ContactMethod,
            details_page: Step::ContactDetails,
            legend: "for-person-method-legend",
            hint: "for-person-method-hint",
            missing: "for-method-missing",
            methods: &ContactMethod::ALL,
            details: &["person_contact.phone", "person_contact.email", "person_contact.address", "person_contact.named_person"],
        },
        (Whose::Person, false) => Words {
            path: "contact",
            method_page: Step::ContactMethod,
            details_page: Step::ContactDetails,
            legend: "contact-how-legend",
            hint: "contact-how-hint",
            missing: "contact-how-missing",
            methods: &ContactMethod::ALL,
            details: &["contact.phone", "contact.email", "contact.address", "contact.named_person"],
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct WhoseProps {
    pub whose: Whose,
}

#[component]
pub fn Method<D: Flow>(p: &WhoseProps) -> Html {
    let whose = p.whose;
    let w = words(whose, D::ABOUT_THEM);
    let q = use_question::<D>(w.method_page);
    let them = D::ABOUT_THEM && whose == Whose::Person;
    let options: Vec<Choice> = w.methods.iter().map(|m| choice(m.code(), method_label(*m, them))).collect();
    let chosen = q.get().contact(whose).method.clone();
    // The details depend on the method, so that page always comes next.
    html! {
        <ChooseOne back={q.back()} next={D::route(w.details_page)} name={w.path.replace('.', "-") + "-method"}
            field={format!("{}.method", w.path)} legend={t(w.legend)} hint={t(w.hint)} {options} {chosen}
            missing={w.missing} onchange={q.set(move |d, value| *d.contact(whose).method = Some(value))} />
    }
}

#[component]
pub fn Details<D: Flow>(p: &WhoseProps) -> Html {
    let whose = p.whose;
    let w = words(whose, D::ABOUT_THEM);
    let q = use_question::<D>(w.details_page);
    let mut d = q.get();
    let answer = d.contact(whose);
    let Some(method) = method_from(answer.method) else {
        return html! { <Replace to={D::route(w.method_page)} /> };
    };
    let contact = ContactPreferences { method, ..answer.details.clone() };
    html! {
        <QuestionForm back={q.back()} errors={q.errors()} onsubmit={q.submit(w.details)}>
            <ContactDetails path={w.path} {contact} errors={q.errors()}
                onchange={q.set(move |d, contact| *d.contact(whose).details = contact)}
                about_someone_else={D::ABOUT_THEM && whose == Whose::Person} />
        </QuestionForm>
    }
}

/// What is safe when the team contacts the person, one question to a page (see `Safety`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Safety {
    /// Whether a message is safe, and ways never to use.
    Messages,
    SafeTimes,
    Codeword,
}

impl Safety {
    pub fn step(self) -> Step {
        match self {
            Safety::Messages => Step::Messages,
            Safety::SafeTimes => Step::SafeTimes,
            Safety::Codeword => Step::Codeword,
        }
    }

    /// The answer the page asks for, under the person's contact.
    fn field(self) -> &'static str {
        match self {
            Safety::Messages => "not_safe",
            Safety::SafeTimes => "safe_times",
            Safety::Codeword => "codeword",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct SafetyProps {
    pub ask: Safety,
}

#[component]
pub fn SafetyPage<D: Flow>(p: &SafetyProps) -> Html {
    let path = words(Whose::Person, D::ABOUT_THEM).path;
    let q = use_question::<D>(p.ask.step());
    let field = format!("{path}.{}", p.ask.field());
    let onsubmit = q.submit_checked(move |d: &D| d.problems_in(&[field.as_str()]));
    let mut d = q.get();
    let message = d.choices().safe_to_leave_message.clone();
    let answer = d.contact(Whose::Person);
    let contact = ContactPreferences { method: method_from(answer.method).unwrap_or_default(), ..answer.details.clone() };
    let onchange = q.set(|d, contact| *d.contact(Whose::Person).details = contact);
    let them = D::ABOUT_THEM;
    let errors = q.errors();
    let question = match p.ask {
        Safety::Messages => html! {
            <MessageSafety {path} {contact} errors={errors.clone()} about_someone_else={them} {onchange}
                {message} onmessage={q.set(|d, value| d.choices_mut().safe_to_leave_message = Some(value))} />
        },
        Safety::SafeTimes => html! { <SafeTimes {path} {contact} errors={errors.clone()} about_someone_else={them} {onchange} /> },
        Safety::Codeword => html! { <Codeword {path} {contact} errors={errors.clone()} about_someone_else={them} {onchange} /> },
    };
    html! {
        <QuestionForm back={q.back()} {errors} {onsubmit}>
            { question }
        </QuestionForm>
    }
}

/// Whether the team should contact the person through the one referring them.
#[component]
pub fn Through() -> Html {
    let q = use_question::<OnBehalfDraft>(Step::ContactWay);
    html! {
        <ChooseOne back={q.back()} next={q.next()} name="contact_through_referrer" field="contact_through_referrer"
            legend={t("for-through-legend")} hint={t("for-through-hint")}
            options={vec![choice("yes", "for-through-yes"), choice("no", "for-through-no")]}
            chosen={q.get().about.through_referrer.clone()} missing="for-through-missing"
            onchange={q.set(|d, value| d.about.through_referrer = Some(value))} />
    }
}
