//! The contact questions every route asks about someone: the details for the chosen way of
//! contact, and what is safe. Field ids are the DTO path with `.` as `-`, so server errors
//! land on them (`person_contact.named_person.phone` → `#person_contact-named_person-phone`).

use speakup_types::referral::{ContactMethod, ContactPreferences, NamedPerson};
use yew::prelude::*;

use crate::components::choices::{choice, Checkboxes, Choice, Radios};
use crate::components::error_summary::Errors;
use crate::components::fields::{TextArea, TextInput};
use crate::components::heading::Heading;

/// "you" and "your", or "they" and "their".
struct Person {
    you: &'static str,
    they: &'static str,
    your: &'static str,
}

const YOU: Person = Person { you: "you", they: "you", your: "your" };
const THEM: Person = Person { you: "them", they: "they", your: "their" };

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
    fn who(&self) -> &'static Person {
        if self.about_someone_else { &THEM } else { &YOU }
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
    let who = p.who();
    let c = &p.contact;
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    match c.method {
        ContactMethod::Phone | ContactMethod::Text => html! {
            <TextInput id={p.id("phone")} heading=true
                label={format!("What is {} {} number?", who.your, if c.method == ContactMethod::Text { "mobile" } else { "phone" })}
                hint="For example 07700 900 982. We will only use it about this referral."
                input_type="tel" autocomplete="tel" class="input-medium" spellcheck=false
                value={value(&c.phone)} error={p.error("phone")} oninput={p.set(|c, v| c.phone = Some(v))} />
        },
        ContactMethod::Email => html! {
            <TextInput id={p.id("email")} heading=true label={format!("What is {} email address?", who.your)}
                hint="We will only use it about this referral."
                input_type="email" autocomplete="email" spellcheck=false
                value={value(&c.email)} error={p.error("email")} oninput={p.set(|c, v| c.email = Some(v))} />
        },
        ContactMethod::Letter => html! {
            <TextArea id={p.id("address")} heading=true label={format!("What is {} address?", who.your)}
                hint="Include the postcode." autocomplete="street-address" rows={4}
                value={value(&c.address)} error={p.error("address")} oninput={p.set(|c, v| c.address = Some(v))} />
        },
        ContactMethod::InPerson => html! {
            <TextArea id={p.id("address")} heading=true label={format!("Where can we meet {}?", who.you)}
                hint="For example a home address, a ward and hospital, or a place they feel safe. Say if someone should arrange it."
                rows={4} value={value(&c.address)} error={p.error("address")} oninput={p.set(|c, v| c.address = Some(v))} />
        },
        ContactMethod::NamedPerson => named_person(p, who),
    }
}

fn named_person(p: &ContactProps, who: &Person) -> Html {
    let person = p.contact.named_person.clone().unwrap_or_default();
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    html! {
        <>
            <Heading text={format!("Who should we contact {} through?", who.you)} />
            <p class="body">{ format!("We will only get in touch with {} through this person.", who.you) }</p>
            <TextInput id={p.id("named_person-name")} label="Their name" value={person.name.clone()}
                autocomplete="off" error={p.error("named_person.name")} oninput={p.set(|c, v| named(c).name = v)} />
            <TextInput id={p.id("named_person-relationship")} label={format!("Who are they to {}? (optional)", who.you)}
                hint="For example sister, friend or support worker." value={value(&person.relationship)}
                error={p.error("named_person.relationship")} oninput={p.set(|c, v| named(c).relationship = Some(v))} />
            <TextInput id={p.id("named_person-phone")} label="Their phone number"
                hint="Give a phone number, an email address, or both." input_type="tel" class="input-medium" spellcheck=false
                value={value(&person.phone)} error={p.error("named_person.phone")} oninput={p.set(|c, v| named(c).phone = Some(v))} />
            <TextInput id={p.id("named_person-email")} label="Their email address (optional if you gave a phone number)"
                input_type="email" spellcheck=false value={value(&person.email)}
                error={p.error("named_person.email")} oninput={p.set(|c, v| named(c).email = Some(v))} />
        </>
    }
}

/// Whether a message is safe, ways never to use, safe times and a codeword.
#[component]
pub fn ContactSafety(p: &ContactProps) -> Html {
    let who = p.who();
    let c = &p.contact;
    let not_safe: Vec<Choice> = ContactMethod::DIRECT.iter().map(|m| choice(m.code(), m.label())).collect();
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
            <Heading text={format!("Keeping contact safe for {}", who.you)} />
            <p class="body">{ "Some people live with someone who checks their phone or post. Tell us anything we should know." }</p>
            <Radios name={p.id("safe_to_leave_message")}
                legend={format!("Is it safe for us to leave {} a message?", who.you)}
                hint="For example a voicemail, a text someone else could read, or a letter someone else might open."
                options={vec![choice("yes", "Yes, you can leave a message"), choice("no", "No, do not leave a message"), choice("unknown", "I'm not sure")]}
                apart={vec!["unknown"]} selected={p.message.clone().into_iter().collect::<Vec<_>>()} onchange={onmessage} />
            <Checkboxes name={p.id("not_safe")} legend="Are any of these ways not safe at all?"
                hint="Tick any we must never use. Leave them all unticked if they are all safe."
                options={not_safe} selected={c.not_safe.iter().map(|m| m.code().to_string()).collect::<Vec<_>>()}
                error={p.error("not_safe")} onchange={on_not_safe} />
            <TextInput id={p.id("safe_times")} label={format!("When is it safe to contact {}? (optional)", who.you)}
                hint="For example: weekday mornings, or not when someone else is at home."
                value={c.safe_times.clone().unwrap_or_default()} error={p.error("safe_times")}
                oninput={p.set(|c, v| c.safe_times = Some(v))} />
            <TextInput id={p.id("codeword")} label="A codeword (optional)" class="input-medium"
                hint={format!("A word we will say so {} know it is really us. Do not use a password.", who.they)}
                value={c.codeword.clone().unwrap_or_default()} error={p.error("codeword")} autocomplete="off"
                oninput={p.set(|c, v| c.codeword = Some(v))} />
        </>
    }
}
