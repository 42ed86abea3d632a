//! About the referrer and the person: who is referring, who the person is and where, how to
//! reach them (only when that is possible and safe), why they need an advocate, and whether
//! they know and agree.

use speakup_types::referral::ContactMethod;
use yew::prelude::*;

use super::ask::{reveal, use_page, Radio, Text};
use super::ProPage;
use crate::components::contact::method_label;
use crate::components::choices::{choice, Checkboxes, Choice, YES_NO};
use crate::components::heading::Heading;
use crate::components::urgent_help::UrgentHelp;
use crate::draft::{CONTACT_DIRECTLY, DANGER_NOW, DATE_OF_BIRTH};
use crate::i18n::t;
use crate::pages::on_behalf::CONSENT;

#[component]
pub fn AboutYou() -> Html {
    let page = use_page(ProPage::AboutYou);
    page.form(html! {
        <>
            <Heading text={t("pro-about-heading")} />
            <p class="body">{ t("pro-about-intro") }</p>
            { page.text(Text::line("referrer.name", t("pro-about-name")).kind("text", "name")) }
            { page.text(Text::line("referrer.organisation", t("pro-about-organisation"))
                .hint(t("pro-about-organisation-hint")).kind("text", "organization")) }
            { page.text(Text::line("referrer.job_role", t("pro-about-role")).hint(t("pro-about-role-hint"))
                .kind("text", "organization-title")) }
            { page.text(Text::line("referrer.email", t("pro-about-email")).kind("email", "work email")) }
            { page.text(Text::line("referrer.phone", t("pro-about-phone")).kind("tel", "work tel").short()) }
        </>
    })
}

#[component]
pub fn ThePerson() -> Html {
    let page = use_page(ProPage::Person);
    page.form(html! {
        <>
            <Heading text={t("pro-person-heading")} />
            { page.text(Text::line("person.name", t("pro-person-name")).kind("text", "off")) }
            { page.date(DATE_OF_BIRTH, t("pro-person-dob"), t("pro-person-dob-hint")) }
            { page.text(Text::area("person.location", t("pro-person-location"), 3)
                .hint(t("pro-person-location-hint"))) }
            { page.radio(Radio::new("eligibility.in_prison", t("pro-person-in-prison"))) }
        </>
    })
}

fn methods() -> Vec<Choice> {
    ContactMethod::DIRECT.iter().map(|m| choice(m.code(), method_label(*m, true))).collect()
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
            page.text(Text::line("person.contact.phone", t("pro-contact-phone")).kind("tel", "off").short())
        }
        Some(ContactMethod::Email) => page.text(Text::line("person.contact.email", t("pro-contact-email")).kind("email", "off")),
        Some(_) => page.text(Text::area("person.contact.address", t("pro-contact-address"), 4).hint(t("pro-contact-address-hint"))),
        None => html! {},
    };
    page.form(html! {
        <>
            <Heading text={t("pro-contact-heading")} />
            { page.radio(Radio::new(CONTACT_DIRECTLY, t("pro-contact-directly"))
                .hint(t("pro-contact-directly-hint"))
                .options(vec![choice("yes", "answer-yes"), choice("no", "pro-contact-directly-no")])) }
            if d.contacts_directly() {
                { reveal(html! {
                    <>
                        { page.radio(Radio::new("person.contact.method", t("pro-contact-method")).options(methods())) }
                        { details }
                        { page.radio(Radio::new("person.contact.safe_to_leave_message", t("pro-contact-message"))
                            .hint(t("pro-contact-message-hint"))
                            .options(vec![choice("yes", "answer-yes"), choice("no", "pro-contact-message-no"), choice("unknown", "answer-unknown")])) }
                        { page.text(Text::line("person.contact.safe_times", t("pro-contact-safe-times"))
                            .hint(t("pro-contact-safe-times-hint"))) }
                        <Checkboxes name="person-contact-not_safe" legend={t("pro-contact-not-safe")}
                            hint={t("pro-contact-not-safe-hint")}
                            options={methods()} selected={d.not_safe().iter().map(|m| m.code().to_string()).collect::<Vec<_>>()}
                            error={page.errors.inline("person.contact.not_safe")} onchange={on_not_safe} />
                        { page.text(Text::line("person.contact.codeword", t("pro-contact-codeword")).kind("text", "off")
                            .hint(t("pro-contact-codeword-hint"))) }
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
            <Heading text={t("pro-reason-heading")} />
            { page.text(Text::area("help_with", t("pro-reason-why"), 8)
                .hint(t("pro-reason-why-hint"))) }
            { page.radio(Radio::new(DANGER_NOW, t("pro-danger-legend")).hint(t("pro-danger-hint")).options(YES_NO.to_vec())) }
            <div aria-live="polite">
                if page.d.is(DANGER_NOW, "yes") {
                    <UrgentHelp danger=true />
                }
            </div>
            { page.radio(Radio::new("eligibility.needs_help_to_be_heard",
                t("pro-reason-heard"))) }
            { page.radio(Radio::new("eligibility.nhs_complaint", t("pro-reason-nhs-complaint"))) }
        </>
    })
}

#[component]
pub fn Agreement() -> Html {
    let page = use_page(ProPage::Agreement);
    page.form(html! {
        <>
            { page.radio(Radio::new("consent", t("pro-agreement-consent"))
                .hint(t("pro-agreement-consent-hint"))
                .options(CONSENT.to_vec()).heading()) }
            if page.d.asks_best_interests() {
                { reveal(page.text(Text::area("best_interests", t("pro-agreement-best-interests"), 5)
                    .hint(t("pro-agreement-best-interests-hint")))) }
            }
        </>
    })
}
