//! Everything to fix before a professional referral can be sent: the shared rules the server
//! applies, plus what only the form can know (a choice not made, a date that does not exist,
//! a section that is not one).

use speakup_types::entitlement::MhaSection;
use speakup_types::problem::{field_errors, FieldError};
use speakup_types::text;
use validator::Validate;

use super::{DateAnswer, ProfessionalDraft, ASSESSMENT_DATE, CONTACT_DIRECTLY, DATE_OF_BIRTH, PLACEMENT};

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
        if self.consent().is_none() {
            add("consent".into(), "Choose whether the person knows about the referral and agrees");
        }
        if self.get(CONTACT_DIRECTLY).is_empty() {
            add(CONTACT_DIRECTLY.into(), "Choose whether the advocate can contact the person directly");
        }
        let no_method = self.contacts_directly() && self.person_method().is_none();
        if no_method {
            add("person.contact.method".into(), "Choose how the advocate should contact the person");
        }
        match self.date(DATE_OF_BIRTH) {
            DateAnswer::Invalid => add(DATE_OF_BIRTH.into(), "Enter a real date of birth, for example 27 3 1950"),
            DateAnswer::Valid(born) => {
                let today = crate::dom::today();
                if today.is_some_and(|t| born > t) {
                    add(DATE_OF_BIRTH.into(), "The date of birth must be in the past");
                } else if today.and_then(|t| t.years_since(born)).is_some_and(|age| age > 120) {
                    add(DATE_OF_BIRTH.into(), "Enter a date of birth less than 120 years ago");
                }
            }
            DateAnswer::Blank => {}
        }
        if self.asks_assessment_date() && self.date(ASSESSMENT_DATE) == DateAnswer::Invalid {
            add(ASSESSMENT_DATE.into(), "Enter a real date for the assessment, for example 3 2 2026");
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
                add(path.into(), "Enter the number of days as a whole number, like 60");
            }
        }
        if self.asks_section() && !self.get("eligibility.mha.section").trim().is_empty()
            && MhaSection::parse(self.get("eligibility.mha.section")).is_none()
        {
            add("eligibility.mha.section".into(), "Enter a section of the Mental Health Act, like 2, 3, 5(2) or 37/41");
        }
        if self.asks_candidates() {
            if self.candidates.is_empty() {
                add("eligibility.candidates".into(), "Add the person who could support them, or choose another answer");
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
                DateAnswer::Blank => add(path, "Enter the date of the meeting or deadline"),
                DateAnswer::Invalid => add(path, "Enter a real date, for example 14 5 2026"),
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
        return Some("Say who this person is to them");
    }
    if description.chars().count() > 200 {
        return Some("Use 200 characters or fewer");
    }
    text::single_line(description).err().map(|_| "Remove the < and > characters, and keep it to one line")
}
