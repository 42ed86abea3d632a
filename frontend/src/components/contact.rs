//! The contact questions every route asks about someone: the details for the chosen way of
//! contact, and what is safe. Field ids are the DTO path with `.` as `-`, so server errors
//! land on them (`person_contact.named_person.phone` → `#person_contact-named_person-phone`).

use speakup_types::referral::{ContactMethod, ContactPreferences, NamedPerson};
use yew::prelude::*;

use crate::components::choices::{choice, Checkboxes, Choice, Radios};
use crate::components::error_summary::Errors;
use crate::components::fields::{TextArea, TextInput};
use crate::components::heading::Heading;
use crate::i18n::t;

/// The message id naming a way of contact, for option lists and "check your answers"; `them`
/// when it is about someone other than the reader ("someone they trust").
pub fn method_label(method: ContactMethod, them: bool) -> &'static str {
    match method {
        ContactMethod::Phone => "contact-way-phone",
        ContactMethod::Text => "contact-way-text",
        ContactMethod::Email => "contact-way-email",
        ContactMethod::Letter => "contact-way-letter",
        ContactMethod::InPerson => "contact-way-in-person",
        ContactMethod::NamedPerson if them => "contact-way-named-person-them",
        ContactMethod::NamedPerson => "contact-way-named-person",
    }
}

/// "Is it safe to leave a message?": the options, by the values forms store.
const MESSAGE_CHOICES: [Choice; 3] =
    [choice("yes", "contact-message-yes"), choice("no", "contact-message-no"), choice("unknown", "contact-message-unknown")];

#[derive(Properties, PartialEq)]
pub struct ContactProps {
    /// Where the contact sits in the referral, e.g. `contact` or `person_contact`.
    pub path: AttrValue,
    pub contact: ContactPreferences,
    pub errors: Errors,
    pub onchange: Callback<ContactPreferences>,
    /// Ask about "them" rather than "you".
    #[prop_or_default]
    pub about_someone_else: bool,
    /// For the safety questions: the radio value chosen for "safe to leave a message?".
    #[prop_or_default]
    pub message: Option<String>,
    #[prop_or_default]
    pub onmessage: Callback<String>,
}

impl ContactProps {
    /// The wording about "you" or about "them": each is a message of its own.
    fn pick(&self, you: &'static str, them: &'static str) -> &'static str {
        t(if self.about_someone_else { them } else { you })
    }

    fn id(&self, field: &str) -> String {
        format!("{}-{field}", self.path.replace('.', "-"))
    }

    fn error(&self, field: &str) -> Option<String> {
        self.errors.inline(&format!("{}.{field}", self.path))
    }

    /// A callback that changes one part of the contact and reports the whole.
    fn set<T: 'static>(&self, change: fn(&mut ContactPreferences, T)) -> Callback<T> {
        let (contact, onchange) = (self.contact.clone(), self.onchange.clone());
        Callback::from(move |value: T| {
            let mut contact = contact.clone();
            change(&mut contact, value);
            onchange.emit(contact);
        })
    }
}

fn named(contact: &mut ContactPreferences) -> &mut NamedPerson {
    contact.named_person.get_or_insert_with(NamedPerson::default)
}

/// The details for the chosen method: a number, an address, a place to meet or a trusted person.
#[component]
pub fn ContactDetails(p: &ContactProps) -> Html {
    let c = &p.contact;
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    match c.method {
        ContactMethod::Phone | ContactMethod::Text => html! {
            <TextInput id={p.id("phone")} heading=true
                label={if c.method == ContactMethod::Text {
                    p.pick("contact-mobile-label-you", "contact-mobile-label-them")
                } else {
                    p.pick("contact-phone-label-you", "contact-phone-label-them")
                }}
                hint={t("contact-phone-hint")}
                input_type="tel" autocomplete="tel" class="input-medium" spellcheck=false
                value={value(&c.phone)} error={p.error("phone")} oninput={p.set(|c, v| c.phone = Some(v))} />
        },
        ContactMethod::Email => html! {
            <TextInput id={p.id("email")} heading=true label={p.pick("contact-email-label-you", "contact-email-label-them")}
                hint={t("contact-email-hint")}
                input_type="email" autocomplete="email" spellcheck=false
                value={value(&c.email)} error={p.error("email")} oninput={p.set(|c, v| c.email = Some(v))} />
        },
        ContactMethod::Letter => html! {
            <TextArea id={p.id("address")} heading=true label={p.pick("contact-address-label-you", "contact-address-label-them")}
                hint={t("contact-address-hint")} autocomplete="street-address" rows={4}
                value={value(&c.address)} error={p.error("address")} oninput={p.set(|c, v| c.address = Some(v))} />
        },
        ContactMethod::InPerson => html! {
            <TextArea id={p.id("address")} heading=true label={p.pick("contact-meet-label-you", "contact-meet-label-them")}
                hint={p.pick("contact-meet-hint-you", "contact-meet-hint-them")}
                rows={4} value={value(&c.address)} error={p.error("address")} oninput={p.set(|c, v| c.address = Some(v))} />
        },
        ContactMethod::NamedPerson => named_person(p),
    }
}

fn named_person(p: &ContactProps) -> Html {
    let person = p.contact.named_person.clone().unwrap_or_default();
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    html! {
        <>
            <Heading text={p.pick("contact-through-heading-you", "contact-through-heading-them")} />
            <p class="body">{ p.pick("contact-through-body-you", "contact-through-body-them") }</p>
            <TextInput id={p.id("named_person-name")} label={t("contact-through-name")} value={person.name.clone()}
                autocomplete="off" error={p.error("named_person.name")} oninput={p.set(|c, v| named(c).name = v)} />
            <TextInput id={p.id("named_person-relationship")} label={p.pick("contact-through-relationship-you", "contact-through-relationship-them")}
                hint={t("contact-through-relationship-hint")} value={value(&person.relationship)}
                error={p.error("named_person.relationship")} oninput={p.set(|c, v| named(c).relationship = Some(v))} />
            <TextInput id={p.id("named_person-phone")} label={t("contact-through-phone")}
                hint={t("contact-through-phone-hint")} input_type="tel" class="input-medium" spellcheck=false
                value={value(&person.phone)} error={p.error("named_person.phone")} oninput={p.set(|c, v| named(c).phone = Some(v))} />
            <TextInput id={p.id("named_person-email")} label={t("contact-through-email")}
                input_type="email" spellcheck=false value={value(&person.email)}
                error={p.error("named_person.email")} oninput={p.set(|c, v| named(c).email = Some(v))} />
        </>
    }
}

/// Whether a message is safe, and ways never to use: one page of the safety questions.
#[component]
pub fn MessageSafety(p: &ContactProps) -> Html {
    let c = &p.contact;
    let not_safe: Vec<Choice> = ContactMethod::DIRECT.iter().map(|m| choice(m.code(), method_label(*m, p.about_someone_else))).collect();
    let on_not_safe = p.set(|c, (code, ticked): (String, bool)| {
        if let Some(method) = ContactMethod::from_code(&code) {
            c.not_safe.retain(|m| *m != method);
            if ticked {
                c.not_safe.push(method);
            }
        }
    });
    let onmessage = p.onmessage.reform(|(value, _): (String, bool)| value);
    html! {
        <>
            <Heading text={p.pick("contact-safety-heading-you", "contact-safety-heading-them")} />
            <p class="body">{ t("contact-safety-intro") }</p>
            <Radios name={p.id("safe_to_leave_message")}
                legend={p.pick("contact-message-legend-you", "contact-message-legend-them")}
                hint={t("contact-message-hint")}
                options={MESSAGE_CHOICES.to_vec()}
                apart={vec!["unknown"]} selected={p.message.clone().into_iter().collect::<Vec<_>>()} onchange={onmessage} />
            <Checkboxes name={p.id("not_safe")} legend={t("contact-not-safe-legend")}
                hint={t("contact-not-safe-hint")}
                options={not_safe} selected={c.not_safe.iter().map(|m| m.code().to_string()).collect::<Vec<_>>()}
                error={p.error("not_safe")} onchange={on_not_safe} />
        </>
    }
}

/// When it is safe to make contact: a page of its own.
#[component]
pub fn SafeTimes(p: &ContactProps) -> Html {
    html! {
        <TextInput id={p.id("safe_times")} heading=true label={p.pick("contact-safe-times-label-you", "contact-safe-times-label-them")}
            hint={t("contact-safe-times-hint")}
            value={p.contact.safe_times.clone().unwrap_or_default()} error={p.error("safe_times")}
            oninput={p.set(|c, v| c.safe_times = Some(v))} />
    }
}

/// A codeword the team says so the person knows it is really them: a page of its own.
#[component]
pub fn Codeword(p: &ContactProps) -> Html {
    html! {
        <TextInput id={p.id("codeword")} heading=true label={t("contact-codeword-label")} class="input-medium"
            hint={p.pick("contact-codeword-hint-you", "contact-codeword-hint-them")}
            value={p.contact.codeword.clone().unwrap_or_default()} error={p.error("codeword")} autocomplete="off"
            oninput={p.set(|c, v| c.codeword = Some(v))} />
    }
}
