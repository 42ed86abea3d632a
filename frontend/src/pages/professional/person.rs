//! About the referrer and the person: who is referring, who the person is and where, how to
//! reach them (only when that is possible and safe), why they need an advocate, and whether
//! they know and agree.

use speakup_types::referral::ContactMethod;
use yew::prelude::*;

use super::ask::{reveal, use_page, Radio, Text};
use super::ProPage;
use crate::components::choices::{choice, Checkboxes, Choice};
use crate::components::heading::Heading;
use crate::draft::{CONTACT_DIRECTLY, DATE_OF_BIRTH};
use crate::pages::on_behalf::CONSENT;

#[component]
pub fn AboutYou() -> Html {
    let page = use_page(ProPage::AboutYou);
    page.form(html! {
        <>
            <Heading text="About you" />
            <p class="body">{ "We will contact you at work about this referral, and send you updates." }</p>
            { page.text(Text::line("referrer.name", "Your name").kind("text", "name")) }
            { page.text(Text::line("referrer.organisation", "Organisation")
                .hint("For example: Leeds City Council adult social care, or Ward 7, St James's Hospital.").kind("text", "organization")) }
            { page.text(Text::line("referrer.job_role", "Job title or role").hint("For example: social worker, staff nurse, GP.")
                .kind("text", "organization-title")) }
            { page.text(Text::line("referrer.email", "Work email address").kind("email", "work email")) }
            { page.text(Text::line("referrer.phone", "Work phone number (optional)").kind("tel", "work tel").short()) }
        </>
    })
}

#[component]
pub fn ThePerson() -> Html {
    let page = use_page(ProPage::Person);
    page.form(html! {
        <>
            <Heading text="The person who needs an advocate" />
            { page.text(Text::line("person.name", "Their name").kind("text", "off")) }
            { page.date(DATE_OF_BIRTH, "Date of birth (optional)", "For example, 27 3 1950. Leave it blank if you do not know it.") }
            { page.text(Text::area("person.location", "Where are they now? (optional)", 3)
                .hint("For example: at home, Ward 7 at St James's Hospital, Oak Lodge care home.")) }
            { page.radio(Radio::new("eligibility.in_prison", "Are they in prison or a young offender institution?")) }
        </>
    })
}

fn methods() -> Vec<Choice> {
    ContactMethod::DIRECT.iter().map(|m| choice(m.code(), m.label())).collect()
}

#[component]
pub fn Contact() -> Html {
    let page = use_page(ProPage::Contact);
    let d = &page.d;
    let on_not_safe = {
        let draft = page.draft.clone();
        Callback::from(move |(code, ticked): (String, bool)| {
            if let Some(method) = ContactMethod::from_code(&code) {
                draft.update(|d| d.tick_not_safe(method, ticked));
            }
        })
    };
    let details = match d.person_method() {
        Some(ContactMethod::Phone | ContactMethod::Text) => {
            page.text(Text::line("person.contact.phone", "Their phone number").kind("tel", "off").short())
        }
        Some(ContactMethod::Email) => page.text(Text::line("person.contact.email", "Their email address").kind("email", "off")),
        Some(_) => page.text(Text::area("person.contact.address", "Their address", 4).hint("Include the postcode.")),
        None => html! {},
    };
    page.form(html! {
        <>
            <Heading text="Contacting the person" />
            { page.radio(Radio::new(CONTACT_DIRECTLY, "Can the advocate contact the person directly?")
                .hint("Only if it is possible and safe. Otherwise the advocate will arrange contact through you or where they are.")
                .options(vec![choice("yes", "Yes"), choice("no", "No, arrange it through me or where they are")])) }
            if d.contacts_directly() {
                { reveal(html! {
                    <>
                        { page.radio(Radio::new("person.contact.method", "How should the advocate contact them?").options(methods())) }
                        { details }
                        { page.radio(Radio::new("person.contact.safe_to_leave_message", "Is it safe to leave them a message?")
                            .hint("For example a voicemail, a text someone else could read, or a letter someone else might open.")
                            .options(vec![choice("yes", "Yes"), choice("no", "No, do not leave a message"), choice("unknown", "I don't know")])) }
                        { page.text(Text::line("person.contact.safe_times", "When is it safe to contact them? (optional)")
                            .hint("For example: afternoons, or not when a particular person is with them.")) }
                        <Checkboxes name="person-contact-not_safe" legend="Are any of these ways not safe at all?"
                            hint="Tick any the advocate must never use. Leave them all unticked if they are all safe."
                            options={methods()} selected={d.not_safe().iter().map(|m| m.code().to_string()).collect::<Vec<_>>()}
                            error={page.errors.inline("person.contact.not_safe")} onchange={on_not_safe} />
                        { page.text(Text::line("person.contact.codeword", "A codeword (optional)").kind("text", "off")
                            .hint("A word the advocate will say so the person knows it is really us. Not a password.")) }
                    </>
                }) }
            }
        </>
    })
}

#[component]
pub fn Reason() -> Html {
    let page = use_page(ProPage::Reason);
    page.form(html! {
        <>
            <Heading text="Why the person needs an advocate" />
            { page.text(Text::area("help_with", "Why do they need an advocate?", 8)
                .hint("What is happening, which decisions are being made, and what could go wrong without an advocate.")) }
            { page.radio(Radio::new("eligibility.needs_help_to_be_heard",
                "Without an advocate, would they struggle to say what they want or to influence a decision that matters to them?")) }
            { page.radio(Radio::new("eligibility.nhs_complaint", "Do they want to complain about NHS care or treatment?")) }
        </>
    })
}

#[component]
pub fn Agreement() -> Html {
    let page = use_page(ProPage::Agreement);
    page.form(html! {
        <>
            { page.radio(Radio::new("consent", "Does the person know about this referral, and do they agree?")
                .hint("You can still refer them if they do not. An advocate will always try to find out what the person wants.")
                .options(CONSENT.to_vec()).heading()) }
            if page.d.asks_best_interests() {
                { reveal(page.text(Text::area("best_interests", "Why would an advocate be in their best interests?", 5)
                    .hint("For example, what is being decided without them, or what could go wrong without an advocate."))) }
            }
        </>
    })
}
