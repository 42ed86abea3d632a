//! "Check your answers" for a professional referral: one section per page, every answer
//! with a Change link to the page that asks it. Questions that were not asked (because an
//! earlier answer made them irrelevant) are left out.

use chrono::Datelike;
use yew::prelude::*;

use super::ProPage;
use crate::components::choices::{Choice, YES_NO_UNKNOWN};
use crate::draft::options::{
    radios, ANYONE, AREAS, DISQUALIFIERS, DISQUALIFIERS_SHORT, LAWS, MCA_DECISION, MHA_STATUS, NO_DECISION, PROCESS, ROLE, SETTING,
};
use crate::draft::{
    DateAnswer, ProfessionalDraft, ASSESSMENT_DATE, CONTACT_DIRECTLY, DANGER_NOW, DATE_OF_BIRTH, DISAGREEMENT, PLACEMENT, SAFEGUARDING,
};
use crate::i18n::{t, tf};
use crate::pages::on_behalf::CONSENT;
use crate::pages::profile_rows::{contact_rows, equality_row, profile_rows, safety_rows};
use crate::pages::check::{label_of, or_not_given, row, text, NOT_ANSWERED};

type Rows = Vec<(String, String)>;

/// A date as people write it: "27 March 1950".
pub fn date_words(date: chrono::NaiveDate) -> String {
    let month = match date.month() {
        1 => t("pro-month-january"),
        2 => t("pro-month-february"),
        3 => t("pro-month-march"),
        4 => t("pro-month-april"),
        5 => t("pro-month-may"),
        6 => t("pro-month-june"),
        7 => t("pro-month-july"),
        8 => t("pro-month-august"),
        9 => t("pro-month-september"),
        10 => t("pro-month-october"),
        11 => t("pro-month-november"),
        _ => t("pro-month-december"),
    };
    tf("pro-date", &[("day", &date.day().to_string()), ("month", month), ("year", &date.year().to_string())])
}

/// "Evidence: understanding relevant information", for each of the areas.
fn evidence_row(area: &str) -> &'static str {
    match area {
        "understanding" => t("pro-check-evidence-understanding"),
        "retaining" => t("pro-check-evidence-retaining"),
        "weighing" => t("pro-check-evidence-weighing"),
        _ => t("pro-check-evidence-communicating"),
    }
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
            DateAnswer::Blank => t("pro-check-not-given").into(),
            DateAnswer::Invalid => t("pro-check-not-a-date").into(),
        };
        self.push(question, answer);
    }
}

/// A page's answers under its title; nothing for a page that is not asked.
fn section(title: &str, page: ProPage, d: &ProfessionalDraft, fill: impl FnOnce(&mut Answers)) -> Html {
    if !page.applies(d) {
        return html! {};
    }
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
            { section(t("pro-about-heading"), ProPage::AboutYou, d, |a| {
                a.text(t("pro-about-name"), "referrer.name");
                a.text(t("pro-about-organisation"), "referrer.organisation");
                a.text(t("pro-about-role"), "referrer.job_role");
                a.text(t("pro-about-email"), "referrer.email");
                a.text(t("pro-check-phone"), "referrer.phone");
            }) }
            { section(t("pro-check-person"), ProPage::Person, d, |a| {
                a.text(t("pro-person-name"), "person.name");
                a.date(t("pro-check-dob"), DATE_OF_BIRTH);
                a.text(t("pro-check-location"), "person.location");
                a.yes_no(t("pro-check-in-prison"), "eligibility.in_prison");
            }) }
            <h2 class="heading-m">{ t("pro-check-contact") }</h2>
            <dl class="summary-list">
                { row(t("pro-check-contact-directly"), text(if d.contacts_directly() { t("answer-yes").into() } else if d.get(CONTACT_DIRECTLY).is_empty() { t(NOT_ANSWERED).into() } else { t("pro-check-contact-directly-no").into() }),
                    ProPage::Contact.route(), t("pro-check-contact-directly-change")) }
                if let Some(contact) = d.to_submit().person.contact.filter(|_| d.contacts_directly()) {
                    { contact_rows(d.person_method(), &contact, (ProPage::Contact.route(), ProPage::Contact.route()), ("them", "their")) }
                    { safety_rows(&contact, &d.choice("person.contact.safe_to_leave_message"), [ProPage::Contact.route(), ProPage::Contact.route(), ProPage::Contact.route()],
                        ("them", "their")) }
                }
            </dl>
            { section(t("pro-check-reason"), ProPage::Reason, d, |a| {
                a.text(t("pro-check-reason"), "help_with");
                a.yes_no(t("pro-check-danger"), DANGER_NOW);
                a.yes_no(t("pro-check-heard"), "eligibility.needs_help_to_be_heard");
                a.yes_no(t("pro-check-nhs-complaint"), "eligibility.nhs_complaint");
            }) }
            { section(t("pro-check-agreement"), ProPage::Agreement, d, |a| {
                a.choice(t("pro-check-consent"), "consent", &CONSENT);
                if a.d.asks_best_interests() {
                    a.text(t("pro-check-best-interests"), "best_interests");
                }
            }) }
            { section(t("pro-law-heading"), ProPage::Law, d, |a| {
                let laws: Vec<&str> = LAWS.iter().filter(|l| a.d.laws().contains(&l.value)).map(|l| t(l.label)).collect();
                let answer = if laws.is_empty() { t("pro-law-unsure").to_string() } else { laws.join("\n") };
                a.push(t("pro-check-law"), answer);
            }) }
        </>
    }
}

fn care_act(d: &ProfessionalDraft) -> Html {
    html! {
        <>
            { section(t("pro-council-heading"), ProPage::Council, d, |a| {
                a.yes_no(t("pro-check-care-needs"), "eligibility.care_support_needs");
                a.yes_no(t("pro-check-council-involved"), "eligibility.council_involved");
                if a.d.asks_process() {
                    a.choice(t("pro-check-process"), "eligibility.process", &radios(&PROCESS, &[]));
                    a.choice(t("pro-check-role"), "eligibility.role", &radios(&ROLE, &[]));
                    a.text(t("pro-check-stage"), "process_stage");
                }
            }) }
            { section(t("pro-difficulty-heading"), ProPage::Difficulty, d, |a| {
                let ticked: Vec<&str> = AREAS.iter().filter(|c| a.d.ticked(c.value)).map(|c| t(c.label)).collect();
                let areas = match a.d.difficulty.first().map(String::as_str) {
                    None => t(NOT_ANSWERED).to_string(),
                    Some("none") => t("pro-difficulty-none").into(),
                    Some("unknown") => t("answer-unknown").into(),
                    Some(_) => ticked.join("\n"),
                };
                a.push(t("pro-check-difficulty"), areas);
                for area in AREAS.iter().filter(|c| a.d.ticked(c.value)) {
                    a.text(evidence_row(area.value), &format!("difficulty_evidence.{}", area.value));
                }
            }) }
            { section(t("pro-support-heading"), ProPage::Support, d, |a| {
                a.choice(t("pro-check-candidates"), "eligibility.candidates", &ANYONE);
                if a.d.asks_candidates() {
                    for i in 0..a.d.candidates.len() {
                        let mut lines = vec![or_not_given(&a.d.clean(&format!("candidates.{i}.description")))];
                        for (q, short) in DISQUALIFIERS.iter().zip(DISQUALIFIERS_SHORT) {
                            let answer = label_of(&YES_NO_UNKNOWN, &a.d.choice(&format!("candidates.{i}.{}", q.value)));
                            lines.push(tf("pro-check-candidate-answer", &[("question", t(short)), ("answer", &answer)]));
                        }
                        a.push(tf("pro-check-candidate", &[("number", &(i + 1).to_string())]), lines.join("\n"));
                    }
                }
            }) }
            if d.asks_exceptions() {
                { section(t("pro-exceptions-heading"), ProPage::Exceptions, d, |a| {
                    a.yes_no(t("pro-check-placement"), PLACEMENT);
                    if a.d.is(PLACEMENT, "yes") {
                        a.choice(t("pro-check-setting"), "eligibility.nhs_placement.setting", &radios(&SETTING, &[]));
                        a.text(t("pro-check-placement-days"), "eligibility.nhs_placement.expected_days");
                        a.yes_no(t("pro-check-council-best-interests"), "eligibility.nhs_placement.council_best_interests");
                    }
                    a.yes_no(t("pro-check-disagreement"), DISAGREEMENT);
                    if a.d.is(DISAGREEMENT, "yes") {
                        a.yes_no(t("pro-check-both-agree"), "eligibility.disagreement_with_appropriate_individual.both_agree_advocate_helps");
                    }
                }) }
            }
        </>
    }
}

fn other_law(d: &ProfessionalDraft) -> Html {
    html! {
        <>
            { section(t("pro-capacity-heading"), ProPage::Capacity, d, |a| {
                a.choice(t("pro-check-decision"), "eligibility.mca_decision", &radios(&MCA_DECISION, &[NO_DECISION]));
                if a.d.asks_accommodation_days() {
                    a.text(t("pro-check-stay-days"), "eligibility.accommodation_expected_days");
                }
                a.yes_no(t("pro-check-assessed"), "eligibility.capacity.assessment_completed");
                if a.d.asks_assessment_date() {
                    a.date(t("pro-check-assessment-date"), ASSESSMENT_DATE);
                }
                a.yes_no(t("pro-check-lacks"), "eligibility.capacity.lacks_capacity_for_decision");
                a.yes_no(t("pro-check-instruct"), "eligibility.capacity.can_instruct");
                a.yes_no(t("pro-check-fluctuating"), "eligibility.capacity.fluctuating");
                a.yes_no(t("pro-check-consult"), "eligibility.family_or_friend_to_consult");
            }) }
            { section(t("pro-mha-heading"), ProPage::MentalHealth, d, |a| {
                a.choice(t("pro-check-mha-status"), "eligibility.mha.status", &radios(&MHA_STATUS, &[]));
                if a.d.asks_section() {
                    a.text(t("pro-check-mha-section"), "eligibility.mha.section");
                }
                if a.d.under_mha() {
                    a.yes_no(t("pro-check-mha-declined"), "eligibility.mha.declined_before");
                    a.yes_no(t("pro-check-mha-seclusion"), "eligibility.mha.isolation_or_seclusion");
                }
                a.yes_no(t("pro-check-mha-treatment"), "eligibility.mha.considered_for_s57_or_s58a");
            }) }
            { section(t("pro-dols-heading"), ProPage::Dols, d, |a| {
                a.yes_no(t("pro-check-dols"), "eligibility.dols_authorised");
                if a.d.asks_rpr() {
                    a.yes_no(t("pro-check-rpr"), "eligibility.unpaid_rpr_available");
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
            { section(t("pro-safeguarding-heading"), ProPage::Safeguarding, d, |a| {
                a.yes_no(t("pro-check-safeguarding"), SAFEGUARDING);
                if a.d.has_safeguarding() {
                    a.text(t("pro-check-concern"), "safeguarding.concern");
                    a.text(t("pro-check-s42"), "safeguarding.s42_reference");
                    a.yes_no(t("pro-check-urgent"), "eligibility.urgent_enquiry");
                    a.text(t("pro-check-delegated"), "safeguarding.delegated_to");
                }
            }) }
            { section(t("pro-deadlines-heading"), ProPage::Deadlines, d, |a| {
                if a.d.deadlines.is_empty() {
                    a.push(t("pro-deadlines-heading"), t("pro-check-none").into());
                }
                for i in 0..a.d.deadlines.len() {
                    let when = match a.d.date(&format!("deadlines.{i}.date")) {
                        DateAnswer::Valid(date) => date_words(date),
                        DateAnswer::Blank => t("pro-check-no-date").into(),
                        DateAnswer::Invalid => t("pro-check-not-a-date").into(),
                    };
                    let what = or_not_given(&a.d.clean(&format!("deadlines.{i}.what")));
                    a.push(tf("pro-check-deadline", &[("number", &(i + 1).to_string())]), format!("{what}\n{when}"));
                }
            }) }
            { section(t("pro-check-risks"), ProPage::Risks, d, |a| a.text(t("pro-check-risks-row"), "risk")) }
            { section(t("pro-check-advocates"), ProPage::Advocate, d, |a| {
                a.yes_no(t("pro-check-has-advocate"), "eligibility.existing_advocate");
                if a.d.asks_existing_advocate() {
                    a.text(t("pro-check-their-advocate"), "existing_advocate");
                }
            }) }
            <h2 class="heading-m">{ t("pro-check-needs") }</h2>
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
