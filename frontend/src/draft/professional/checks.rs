//! Everything to fix before a professional referral can be sent: the shared rules the server
//! applies, plus what only the form can know (a choice not made, a date that does not exist,
//! a section that is not one).

use speakup_types::entitlement::MhaSection;
use speakup_types::problem::FieldError;
use speakup_types::text;
use validator::Validate;

use crate::i18n::{field_errors, t};

use super::{DateAnswer, ProfessionalDraft, ASSESSMENT_DATE, CONTACT_DIRECTLY, DANGER_NOW, DATE_OF_BIRTH, PLACEMENT};

const DETAILS: [&str; 3] = ["person.contact.phone", "person.contact.email", "person.contact.address"];

impl ProfessionalDraft {
    /// Every problem, each named by the path of its answer.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut found = match self.to_submit().validate() {
            Ok(()) => Vec::new(),
            Err(e) => field_errors(&e),
        };
        let mut own = Vec::new();
        let mut add = |field: String, message: &str| own.push(FieldError::new(field, message));
        if self.get(DANGER_NOW).is_empty() {
            add(DANGER_NOW.into(), t("pro-problem-danger"));
        }
        if self.consent().is_none() {
            add("consent".into(), t("pro-problem-consent"));
        }
        if self.get(CONTACT_DIRECTLY).is_empty() {
            add(CONTACT_DIRECTLY.into(), t("pro-problem-contact-directly"));
        }
        let no_method = self.contacts_directly() && self.person_method().is_none();
        if no_method {
            add("person.contact.method".into(), t("pro-problem-contact-method"));
        }
        match self.date(DATE_OF_BIRTH) {
            DateAnswer::Invalid => add(DATE_OF_BIRTH.into(), t("pro-problem-dob-invalid")),
            DateAnswer::Valid(born) => {
                let today = crate::dom::today();
                if today.is_some_and(|t| born > t) {
                    add(DATE_OF_BIRTH.into(), t("pro-problem-dob-future"));
                } else if today.and_then(|t| t.years_since(born)).is_some_and(|age| age > 120) {
                    add(DATE_OF_BIRTH.into(), t("pro-problem-dob-too-old"));
                }
            }
            DateAnswer::Blank => {}
        }
        if self.asks_assessment_date() && self.date(ASSESSMENT_DATE) == DateAnswer::Invalid {
            add(ASSESSMENT_DATE.into(), t("pro-problem-assessment-date-invalid"));
        }
        let mut days = Vec::new();
        if self.asks_accommodation_days() {
            days.push("eligibility.accommodation_expected_days");
        }
        if self.asks_exceptions() && self.is(PLACEMENT, "yes") {
            days.push("eligibility.nhs_placement.expected_days");
        }
        for path in days {
            if !self.get(path).trim().is_empty() && self.number(path).is_none() {
                add(path.into(), t("pro-problem-days-number"));
            }
        }
        if self.asks_section() && !self.get("eligibility.mha.section").trim().is_empty()
            && MhaSection::parse(self.get("eligibility.mha.section")).is_none()
        {
            add("eligibility.mha.section".into(), t("pro-problem-mha-section"));
        }
        if self.asks_candidates() {
            if self.candidates.is_empty() {
                add("eligibility.candidates".into(), t("pro-problem-candidates-missing"));
            }
            for i in 0..self.candidates.len() {
                let path = format!("candidates.{i}.description");
                if let Some(message) = description_problem(self.get(&path)) {
                    add(path, message);
                }
            }
        }
        for i in 0..self.deadlines.len() {
            let path = format!("deadlines.{i}.date");
            match self.date(&path) {
                DateAnswer::Blank => add(path, t("pro-problem-deadline-date-missing")),
                DateAnswer::Invalid => add(path, t("pro-problem-deadline-date-invalid")),
                // Checked here, as it is typed, not by the server: a referral waiting offline
                // may arrive after the day, and must not be refused for it.
                DateAnswer::Valid(date) if crate::dom::today().is_some_and(|today| date < today) => {
                    add(path, t("pro-problem-deadline-date-past"))
                }
                DateAnswer::Valid(_) => {}
            }
        }
        // The form asks again for what these depend on, so they are not the problem to fix yet.
        found.retain(|e| {
            !(no_method && DETAILS.contains(&e.field.as_str())
                || e.field == "candidate_descriptions" && own.iter().any(|o| o.field.starts_with("candidates.")))
        });
        found.extend(own);
        found
    }
}

/// The shared rule for describing a candidate, checked for each one so the message can sit
/// beside the right answer (the server names only the list).
fn description_problem(description: &str) -> Option<&'static str> {
    let description = description.trim();
    if description.is_empty() {
        return Some(t("pro-problem-candidate-description-missing"));
    }
    if description.chars().count() > 200 {
        return Some(t("pro-problem-candidate-description-too-long"));
    }
    text::single_line(description).err().map(|_| t("pro-problem-candidate-description-single-line"))
}
