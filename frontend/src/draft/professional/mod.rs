//! A referral being written by a professional: a social worker, nurse, ward or care-home
//! staff, a GP, the police. Kept under its own key with its own idempotency key.
//!
//! Every answer is kept as typed, addressed by the path of the field it fills in the
//! `ProfessionalReferral` (`referrer.email`, `eligibility.mha.section`), or by a path of its
//! own for a question that only decides what else is asked (`contact_directly`). The same
//! path names the form field (`.` becomes `-`) and any error about it. Items of the two lists
//! are addressed as `candidates.0.description` and `deadlines.1.what`.

mod checks;
mod facts;
pub mod options;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use speakup_types::equality::EqualityMonitoring;
use speakup_types::problem::FieldError;
use speakup_types::referral::{
    CommunicationNeeds, Consent, ContactMethod, ContactPreferences, Deadline, DifficultyEvidence, PersonPreferences,
    ProfessionalReferral, ProfessionalReferrer, ReferredPerson, Safeguarding, Urgency,
};
use uuid::Uuid;
use yew::prelude::*;

pub use crate::components::date::DateAnswer;
use crate::components::date::DateParts;

use super::{consent_from, method_from, new_key, prepare_send, tidy_contact, tidy_equality, tidy_profile, use_stored, Handle, Stored};

/// The answer to "Who needs an advocate?" that leads here.
pub const WHO_PROFESSIONAL: &str = "professional";

/// Questions that only decide what else is asked.
pub const CONTACT_DIRECTLY: &str = "contact_directly";
pub const SAFEGUARDING: &str = "safeguarding";
pub const PLACEMENT: &str = "exceptions.nhs_placement";
pub const DISAGREEMENT: &str = "exceptions.disagreement";

/// The laws the referral is about (see `options::LAWS`).
pub const LAW: &str = "law";
/// "yes" or "no": is the person, or anyone else, in danger now?
pub const DANGER_NOW: &str = "urgency.danger_now";
pub const DATE_OF_BIRTH: &str = "person.date_of_birth";
pub const ASSESSMENT_DATE: &str = "capacity_assessment_date";

/// At most this many people who could support the person are described.
pub const MAX_CANDIDATES: usize = 3;

/// One list item's answers, by field.
pub type Entry = BTreeMap<String, String>;

const NOT_SAFE: &str = "person.contact.not_safe";

/// The two lists whose items are added and removed on their page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Candidates,
    Deadlines,
}

impl List {
    pub fn name(self) -> &'static str {
        match self {
            List::Candidates => "candidates",
            List::Deadlines => "deadlines",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProfessionalDraft {
    pub key: Uuid,
    #[serde(default)]
    pub answers: Entry,
    /// The areas of difficulty ticked (with "none" and "unknown" alone).
    #[serde(default)]
    pub difficulty: Vec<String>,
    #[serde(default)]
    pub candidates: Vec<Entry>,
    #[serde(default)]
    pub deadlines: Vec<Entry>,
    #[serde(default)]
    pub communication: CommunicationNeeds,
    #[serde(default)]
    pub preferences: PersonPreferences,
    /// "yes" once the referrer chooses to answer the equality questions, "no" to skip them.
    #[serde(default)]
    pub equality_answering: Option<String>,
    #[serde(default)]
    pub equality: Option<EqualityMonitoring>,
    #[serde(default)]
    pub checking: bool,
    /// The laws were chosen again from "check your answers": Continue goes through the pages
    /// of law that now apply before going back there.
    #[serde(default)]
    pub through_laws: bool,
    /// What sending found wrong, shown again beside the answer on its own page.
    #[serde(default)]
    pub pending: Vec<FieldError>,
    /// What was last sent with `key` (see `prepare_send`).
    #[serde(default)]
    pub sent: Option<ProfessionalReferral>,
}

impl Stored for ProfessionalDraft {
    const KEY: &'static str = "speakup.referral.professional";

    fn fresh() -> ProfessionalDraft {
        ProfessionalDraft { key: new_key(), ..Default::default() }
    }
}

/// `candidates.0.description` → (Candidates, 0, "description").
fn in_list(path: &str) -> Option<(List, usize, &str)> {
    let (list, rest) = path.split_once('.')?;
    let list = [List::Candidates, List::Deadlines].into_iter().find(|l| l.name() == list)?;
    let (index, field) = rest.split_once('.')?;
    Some((list, index.parse().ok()?, field))
}

impl ProfessionalDraft {
    pub fn prepare_send(&mut self, body: &ProfessionalReferral) -> Uuid {
        prepare_send(&mut self.key, &mut self.sent, body)
    }

    pub fn clear() {
        <ProfessionalDraft as Stored>::clear()
    }

    pub fn list(&self, list: List) -> &Vec<Entry> {
        match list {
            List::Candidates => &self.candidates,
            List::Deadlines => &self.deadlines,
        }
    }

    pub fn list_mut(&mut self, list: List) -> &mut Vec<Entry> {
        match list {
            List::Candidates => &mut self.candidates,
            List::Deadlines => &mut self.deadlines,
        }
    }

    /// The answer at `path` as typed or chosen; empty when not answered.
    pub fn get(&self, path: &str) -> &str {
        let value = match in_list(path) {
            Some((list, index, field)) => self.list(list).get(index).and_then(|e| e.get(field)),
            None => self.answers.get(path),
        };
        value.map_or("", String::as_str)
    }

    pub fn set(&mut self, path: &str, value: String) {
        match in_list(path) {
            Some((list, index, field)) => {
                if let Some(entry) = self.list_mut(list).get_mut(index) {
                    entry.insert(field.to_string(), value);
                }
            }
            None => {
                if path == "eligibility.candidates" && value == "yes" && self.candidates.is_empty() {
                    // Saying there is someone opens the first person to describe.
                    self.candidates.push(Entry::new());
                }
                self.answers.insert(path.to_string(), value);
            }
        }
    }

    pub fn is(&self, path: &str, value: &str) -> bool {
        self.get(path) == value
    }

    /// Trimmed; blank is `None`.
    pub fn clean(&self, path: &str) -> Option<String> {
        Some(self.get(path).trim()).filter(|v| !v.is_empty()).map(str::to_string)
    }

    pub fn text(&self, path: &str) -> String {
        self.get(path).trim().to_string()
    }

    /// The value chosen, as the shared contact helpers take it.
    pub fn choice(&self, path: &str) -> Option<String> {
        self.clean(path)
    }

    /// "yes", "no", or not known.
    pub fn yes_no(&self, path: &str) -> Option<bool> {
        super::yes_no(&self.choice(path))
    }

    /// A whole number of days; `None` when blank or not a number (see `checks`).
    pub fn number(&self, path: &str) -> Option<u32> {
        self.get(path).trim().parse().ok()
    }

    pub fn date(&self, path: &str) -> DateAnswer {
        let part = |name: &str| self.get(&format!("{path}.{name}")).to_string();
        DateParts { day: part("day"), month: part("month"), year: part("year") }.answer()
    }

    pub fn consent(&self) -> Option<Consent> {
        consent_from(self.get("consent"))
    }

    pub fn person_method(&self) -> Option<ContactMethod> {
        method_from(&self.choice("person.contact.method"))
    }

    fn person_contact(&self) -> Option<ContactPreferences> {
        if !self.contacts_directly() {
            return None;
        }
        let typed = ContactPreferences {
            phone: self.clean("person.contact.phone"),
            email: self.clean("person.contact.email"),
            address: self.clean("person.contact.address"),
            safe_times: self.clean("person.contact.safe_times"),
            not_safe: self.not_safe(),
            codeword: self.clean("person.contact.codeword"),
            ..Default::default()
        };
        Some(tidy_contact(&typed, self.person_method(), &self.choice("person.contact.safe_to_leave_message")))
    }

    /// The ways of contact ticked as never safe, kept as their codes joined by commas.
    pub fn not_safe(&self) -> Vec<ContactMethod> {
        self.get(NOT_SAFE).split(',').filter_map(ContactMethod::from_code).collect()
    }

    pub fn tick_not_safe(&mut self, method: ContactMethod, ticked: bool) {
        let mut now = self.not_safe();
        now.retain(|m| *m != method);
        if ticked {
            now.push(method);
        }
        self.set(NOT_SAFE, now.iter().map(|m| m.code()).collect::<Vec<_>>().join(","));
    }

    /// The evidence for one area, when that area is ticked (and the Care Act asked about).
    fn evidence(&self, area: &str) -> Option<String> {
        (self.asks_law("care_act") && self.ticked(area)).then(|| self.clean(&format!("difficulty_evidence.{area}"))).flatten()
    }

    /// The referral as it will be sent: trimmed, blanks dropped, and answers to questions
    /// that no longer apply left out.
    pub fn to_submit(&self) -> ProfessionalReferral {
        let optional = |path: &str, asked: bool| if asked { self.clean(path) } else { None };
        let safeguarding = self.has_safeguarding().then(|| Safeguarding {
            concern: self.text("safeguarding.concern"),
            s42_reference: self.clean("safeguarding.s42_reference"),
            delegated_to: self.clean("safeguarding.delegated_to"),
        });
        let deadlines = (0..self.deadlines.len())
            .map(|i| Deadline {
                what: self.text(&format!("deadlines.{i}.what")),
                // A missing or impossible date is reported before sending (see `checks`);
                // the placeholder keeps every later deadline at its own index meanwhile.
                date: self.date(&format!("deadlines.{i}.date")).valid().unwrap_or_default(),
            })
            .collect();
        let (mut communication, mut preferences) = (self.communication.clone(), self.preferences.clone());
        tidy_profile(&mut communication, &mut preferences);
        ProfessionalReferral {
            referrer: ProfessionalReferrer {
                name: self.text("referrer.name"),
                organisation: self.text("referrer.organisation"),
                job_role: self.text("referrer.job_role"),
                phone: self.clean("referrer.phone"),
                email: self.text("referrer.email"),
            },
            person: ReferredPerson {
                name: self.text("person.name"),
                date_of_birth: self.date(DATE_OF_BIRTH).valid(),
                location: self.clean("person.location"),
                contact: self.person_contact(),
            },
            help_with: self.text("help_with"),
            urgency: Urgency { danger_now: self.is(DANGER_NOW, "yes"), soon: None },
            consent: self.consent().unwrap_or_default(),
            best_interests: optional("best_interests", self.asks_best_interests()),
            process_stage: optional("process_stage", self.asks_process()),
            difficulty_evidence: DifficultyEvidence {
                understanding: self.evidence("understanding"),
                retaining: self.evidence("retaining"),
                weighing: self.evidence("weighing"),
                communicating: self.evidence("communicating"),
            },
            candidate_descriptions: if self.asks_candidates() {
                (0..self.candidates.len()).map(|i| self.text(&format!("candidates.{i}.description"))).collect()
            } else {
                Vec::new()
            },
            capacity_assessment_date: if self.asks_assessment_date() { self.date(ASSESSMENT_DATE).valid() } else { None },
            safeguarding,
            deadlines,
            risk: self.clean("risk"),
            existing_advocate: optional("existing_advocate", self.asks_existing_advocate()),
            communication,
            preferences,
            equality: tidy_equality(&self.equality_answering, &self.equality),
            eligibility: self.facts(),
        }
    }
}

pub type ProfessionalHandle = Handle<ProfessionalDraft>;

#[hook]
pub fn use_professional_draft() -> ProfessionalHandle {
    use_stored::<ProfessionalDraft>()
}
