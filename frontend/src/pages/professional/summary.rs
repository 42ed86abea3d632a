//! "Check your answers" for a professional referral: one section per page, every answer
//! with a Change link to the page that asks it. Questions that were not asked (because an
//! earlier answer made them irrelevant) are left out.

use yew::prelude::*;

use super::ProPage;
use crate::components::choices::{Choice, YES_NO_UNKNOWN};
use crate::draft::options::{
    radios, ANYONE, AREAS, DISQUALIFIERS, DISQUALIFIERS_SHORT, MCA_DECISION, MHA_STATUS, NO_DECISION, PROCESS, ROLE, SETTING,
};
use crate::draft::{DateAnswer, ProfessionalDraft, ASSESSMENT_DATE, CONTACT_DIRECTLY, DATE_OF_BIRTH, DISAGREEMENT, PLACEMENT, SAFEGUARDING};
use crate::pages::on_behalf::CONSENT;
use crate::pages::profile_rows::{contact_rows, equality_row, profile_rows, safety_rows};
use crate::pages::public::check::{label_of, or_not_given, row, text, NOT_ANSWERED};

type Rows = Vec<(String, String)>;

/// A date as people write it: "27 March 1950".
pub fn date_words(date: chrono::NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

struct Answers<'a> {
    d: &'a ProfessionalDraft,
    rows: Rows,
}

impl Answers<'_> {
    fn push(&mut self, question: impl Into<String>, answer: String) {
        self.rows.push((question.into(), answer));
    }

    fn text(&mut self, question: &str, path: &str) {
        let answer = or_not_given(&self.d.clean(path));
        self.push(question, answer);
    }

    fn choice(&mut self, question: &str, path: &str, options: &[Choice]) {
        let answer = label_of(options, &self.d.choice(path));
        self.push(question, answer);
    }

    fn yes_no(&mut self, question: &str, path: &str) {
        self.choice(question, path, &YES_NO_UNKNOWN);
    }

    fn date(&mut self, question: &str, path: &str) {
        let answer = match self.d.date(path) {
            DateAnswer::Valid(date) => date_words(date),
            DateAnswer::Blank => "Not given".into(),
            DateAnswer::Invalid => "Not a real date".into(),
        };
        self.push(question, answer);
    }
}

fn section(title: &str, page: ProPage, d: &ProfessionalDraft, fill: impl FnOnce(&mut Answers)) -> Html {
    let mut answers = Answers { d, rows: Vec::new() };
    fill(&mut answers);
    html! {
        <>
            <h2 class="heading-m">{ title }</h2>
            <dl class="summary-list">
                { for answers.rows.into_iter().map(|(q, a)| row(&q, text(a), page.route(), &q.to_lowercase())) }
            </dl>
        </>
    }
}

fn about_them(d: &ProfessionalDraft) -> Html {
    html! {
        <>
            { section("About you", ProPage::AboutYou, d, |a| {
                a.text("Your name", "referrer.name");
                a.text("Organisation", "referrer.organisation");
                a.text("Job title or role", "referrer.job_role");
                a.text("Work email address", "referrer.email");
                a.text("Work phone number", "referrer.phone");
            }) }
            { section("The person", ProPage::Person, d, |a| {
                a.text("Their name", "person.name");
                a.date("Date of birth", DATE_OF_BIRTH);
                a.text("Where they are now", "person.location");
                a.yes_no("In prison", "eligibility.in_prison");
            }) }
            <h2 class="heading-m">{ "Contacting them" }</h2>
            <dl class="summary-list">
                { row("Contact them directly", text(if d.contacts_directly() { "Yes".into() } else if d.get(CONTACT_DIRECTLY).is_empty() { NOT_ANSWERED.into() } else { "No, through you or where they are".into() }),
                    ProPage::Contact.route(), "whether to contact them directly") }
                if let Some(contact) = d.to_submit().person.contact.filter(|_| d.contacts_directly()) {
                    { contact_rows(d.person_method(), &contact, (ProPage::Contact.route(), ProPage::Contact.route()), ("them", "their")) }
                    { safety_rows(&contact, &d.choice("person.contact.safe_to_leave_message"), ProPage::Contact.route(), ("them", "their")) }
                }
            </dl>
            { section("Why they need an advocate", ProPage::Reason, d, |a| {
                a.text("Why they need an advocate", "help_with");
                a.yes_no("Would struggle to be heard without one", "eligibility.needs_help_to_be_heard");
                a.yes_no("Wants to complain about NHS care", "eligibility.nhs_complaint");
            }) }
            { section("Their agreement", ProPage::Agreement, d, |a| {
                a.choice("Knows and agrees", "consent", &CONSENT);
                if a.d.asks_best_interests() {
                    a.text("Why it is in their best interests", "best_interests");
                }
            }) }
        </>
    }
}

fn care_act(d: &ProfessionalDraft) -> Html {
    html! {
        <>
            { section("The council and the Care Act", ProPage::Council, d, |a| {
                a.yes_no("Appears to have care and support needs", "eligibility.care_support_needs");
                a.yes_no("Council involved", "eligibility.council_involved");
                if a.d.asks_process() {
                    a.choice("Process", "eligibility.process", &radios(&PROCESS, &[]));
                    a.choice("Who it is for", "eligibility.role", &radios(&ROLE, &[]));
                    a.text("Where it has got to", "process_stage");
                }
            }) }
            { section("Difficulty taking part", ProPage::Difficulty, d, |a| {
                let ticked: Vec<&str> = AREAS.iter().filter(|c| a.d.ticked(c.value)).map(|c| c.label).collect();
                let areas = match a.d.difficulty.first().map(String::as_str) {
                    None => NOT_ANSWERED.to_string(),
                    Some("none") => "None of these".into(),
                    Some("unknown") => "I don't know".into(),
                    Some(_) => ticked.join("\n"),
                };
                a.push("Substantial difficulty with", areas);
                for area in AREAS.iter().filter(|c| a.d.ticked(c.value)) {
                    a.text(&format!("Evidence: {}", area.label.to_lowercase()), &format!("difficulty_evidence.{}", area.value));
                }
            }) }
            { section("Who could support them", ProPage::Support, d, |a| {
                a.choice("Anyone who could support them", "eligibility.candidates", &ANYONE);
                if a.d.asks_candidates() {
                    for i in 0..a.d.candidates.len() {
                        let mut lines = vec![or_not_given(&a.d.clean(&format!("candidates.{i}.description")))];
                        for (q, short) in DISQUALIFIERS.iter().zip(DISQUALIFIERS_SHORT) {
                            lines.push(format!("{short}: {}", label_of(&YES_NO_UNKNOWN, &a.d.choice(&format!("candidates.{i}.{}", q.value)))));
                        }
                        a.push(format!("Person {}", i + 1), lines.join("\n"));
                    }
                }
            }) }
            if d.asks_exceptions() {
                { section("When someone could support them", ProPage::Exceptions, d, |a| {
                    a.yes_no("NHS placement being considered", PLACEMENT);
                    if a.d.is(PLACEMENT, "yes") {
                        a.choice("Where", "eligibility.nhs_placement.setting", &radios(&SETTING, &[]));
                        a.text("Expected length in days", "eligibility.nhs_placement.expected_days");
                        a.yes_no("Council thinks an advocate is in their best interests", "eligibility.nhs_placement.council_best_interests");
                    }
                    a.yes_no("The council and that person disagree", DISAGREEMENT);
                    if a.d.is(DISAGREEMENT, "yes") {
                        a.yes_no("Both agree an advocate would help", "eligibility.disagreement_with_appropriate_individual.both_agree_advocate_helps");
                    }
                }) }
            }
        </>
    }
}

fn other_law(d: &ProfessionalDraft) -> Html {
    html! {
        <>
            { section("Mental capacity", ProPage::Capacity, d, |a| {
                a.choice("Decision", "eligibility.mca_decision", &radios(&MCA_DECISION, &[NO_DECISION]));
                if a.d.asks_accommodation_days() {
                    a.text("Expected length of stay in days", "eligibility.accommodation_expected_days");
                }
                a.yes_no("Capacity assessment done", "eligibility.capacity.assessment_completed");
                if a.d.asks_assessment_date() {
                    a.date("Date of the assessment", ASSESSMENT_DATE);
                }
                a.yes_no("Lacks capacity for this decision", "eligibility.capacity.lacks_capacity_for_decision");
                a.yes_no("Could instruct an advocate", "eligibility.capacity.can_instruct");
                a.yes_no("Capacity comes and goes", "eligibility.capacity.fluctuating");
                a.yes_no("Family or friend to consult", "eligibility.family_or_friend_to_consult");
            }) }
            { section("Mental Health Act", ProPage::MentalHealth, d, |a| {
                a.choice("Under the Act", "eligibility.mha.status", &radios(&MHA_STATUS, &[]));
                if a.d.asks_section() {
                    a.text("Section", "eligibility.mha.section");
                }
                if a.d.under_mha() {
                    a.yes_no("Turned down an IMHA before", "eligibility.mha.declined_before");
                    a.yes_no("In seclusion or long-term segregation", "eligibility.mha.isolation_or_seclusion");
                }
                a.yes_no("Treatment needing consent or a second opinion", "eligibility.mha.considered_for_s57_or_s58a");
            }) }
            { section("Deprivation of Liberty Safeguards", ProPage::Dols, d, |a| {
                a.yes_no("DoLS authorisation in place", "eligibility.dols_authorised");
                if a.d.asks_rpr() {
                    a.yes_no("Unpaid representative available", "eligibility.unpaid_rpr_available");
                }
            }) }
        </>
    }
}

fn safety(d: &ProfessionalDraft) -> Html {
    let r = d.to_submit();
    let pages = [ProPage::Communication.route(), ProPage::Wishes.route(), ProPage::People.route()];
    html! {
        <>
            { section("Safeguarding", ProPage::Safeguarding, d, |a| {
                a.yes_no("Safeguarding concern", SAFEGUARDING);
                if a.d.has_safeguarding() {
                    a.text("The concern", "safeguarding.concern");
                    a.text("Section 42 enquiry reference", "safeguarding.s42_reference");
                    a.yes_no("Urgent", "eligibility.urgent_enquiry");
                    a.text("Delegated to", "safeguarding.delegated_to");
                }
            }) }
            { section("Meetings and deadlines", ProPage::Deadlines, d, |a| {
                if a.d.deadlines.is_empty() {
                    a.push("Meetings and deadlines", "None".into());
                }
                for i in 0..a.d.deadlines.len() {
                    let when = match a.d.date(&format!("deadlines.{i}.date")) {
                        DateAnswer::Valid(date) => date_words(date),
                        DateAnswer::Blank => "No date given".into(),
                        DateAnswer::Invalid => "Not a real date".into(),
                    };
                    let what = or_not_given(&a.d.clean(&format!("deadlines.{i}.what")));
                    a.push(format!("Meeting or deadline {}", i + 1), format!("{what}\n{when}"));
                }
            }) }
            { section("Risks", ProPage::Risks, d, |a| a.text("Risks to know about", "risk")) }
            { section("Advocates already involved", ProPage::Advocate, d, |a| {
                a.yes_no("Already has an advocate", "eligibility.existing_advocate");
                if a.d.asks_existing_advocate() {
                    a.text("Their advocate", "existing_advocate");
                }
            }) }
            <h2 class="heading-m">{ "Their needs and wishes" }</h2>
            <dl class="summary-list">
                { profile_rows(&r.communication, &r.preferences, pages, ("them", "their")) }
                { equality_row(&r.equality, ProPage::Equality.route(), ("them", "their")) }
            </dl>
        </>
    }
}

/// Every answer, section by section.
pub fn answers(d: &ProfessionalDraft) -> Html {
    html! { <>{ about_them(d) }{ care_act(d) }{ other_law(d) }{ safety(d) }</> }
}
