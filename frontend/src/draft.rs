//! The self-referral being written, kept in sessionStorage so a refresh or the Back button
//! never loses what the person typed. It holds the idempotency key made when the referral was
//! started, so every retry of the same referral is recognised by the server. Cleared after success.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::storage::{SessionStorage, Storage};
use serde::{Deserialize, Serialize};
use speakup_types::entitlement::{Candidate, Difficulty, Facts, Mha, MhaStatus, Process};
use speakup_types::problem::{field_errors, FieldError};
use speakup_types::referral::{ContactMethod, SelfReferral, Submitted};
use uuid::Uuid;
use validator::Validate;
use yew::prelude::*;

const KEY: &str = "speakup.referral";

/// Answers to radio and checkbox questions, kept as the value of the option chosen so the page
/// can show "I don't know" as chosen (it becomes `None` in the referral).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Choices {
    pub method: Option<String>,
    pub safe_to_leave_message: Option<String>,
    pub process: Option<String>,
    pub mha: Option<String>,
    pub nhs_complaint: Option<String>,
    pub difficulty: Vec<String>,
    pub support: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub key: Uuid,
    /// Free-text answers; contact method, message safety and the eligibility facts are filled
    /// from `choices` when the referral is sent.
    pub referral: SelfReferral,
    pub choices: Choices,
    /// Set once the person has seen "check your answers": Continue then goes back there.
    pub checking: bool,
    /// What was last sent with `key`. A send may have arrived even when its answer was lost,
    /// so changed answers go with a new key: the server refuses a key reused for other answers.
    #[serde(default)]
    pub sent: Option<SelfReferral>,
}

impl Draft {
    fn new() -> Draft {
        Draft { key: new_key(), referral: SelfReferral::default(), choices: Choices::default(), checking: false, sent: None }
    }

    /// Records that `body` is about to be sent and returns the idempotency key to send it
    /// with: the same key for a retry of the same answers, a new one for changed answers.
    pub fn prepare_send(&mut self, body: &SelfReferral) -> Uuid {
        if self.sent.as_ref().is_some_and(|sent| sent != body) {
            self.key = new_key();
        }
        self.sent = Some(body.clone());
        self.key
    }

    pub fn load() -> Draft {
        SessionStorage::get::<Draft>(KEY).unwrap_or_else(|_| Draft::new())
    }

    pub fn save(&self) {
        // If storage is full or switched off the form still works; it just won't survive a refresh.
        let _ = SessionStorage::set(KEY, self);
    }

    pub fn clear() {
        SessionStorage::delete(KEY);
    }

    pub fn method(&self) -> Option<ContactMethod> {
        ContactMethod::ALL.into_iter().find(|m| Some(method_code(*m)) == self.choices.method.as_deref())
    }

    /// The referral as it will be sent: trimmed, blank answers dropped, contact details for
    /// other methods left out, and the eligibility answers turned into facts.
    pub fn to_submit(&self) -> SelfReferral {
        let mut r = self.referral.clone();
        r.help_with = r.help_with.trim().to_string();
        r.name = r.name.trim().to_string();
        let method = self.method().unwrap_or_default();
        r.contact.method = method;
        let keep_phone = matches!(method, ContactMethod::Phone | ContactMethod::Text);
        r.contact.phone = if keep_phone { clean(&r.contact.phone) } else { None };
        r.contact.email = if method == ContactMethod::Email { clean(&r.contact.email) } else { None };
        r.contact.address = if method == ContactMethod::Letter { clean(&r.contact.address) } else { None };
        r.contact.safe_times = clean(&r.contact.safe_times);
        r.contact.safe_to_leave_message = yes_no(&self.choices.safe_to_leave_message);
        r.communication.language = clean(&r.communication.language);
        r.communication.other = clean(&r.communication.other);
        r.eligibility = self.facts();
        r
    }

    /// Validation errors (the same rules the server uses) for the fields whose path starts with
    /// one of `prefixes`.
    pub fn errors_for(&self, prefixes: &[&str]) -> Vec<FieldError> {
        match self.to_submit().validate() {
            Ok(()) => Vec::new(),
            Err(e) => field_errors(&e)
                .into_iter()
                .filter(|f| prefixes.iter().any(|p| f.field == *p || f.field.starts_with(&format!("{p}."))))
                .collect(),
        }
    }

    pub fn facts(&self) -> Facts {
        let c = &self.choices;
        let mut facts = Facts::default();
        match c.process.as_deref() {
            Some("none") => {
                facts.council_involved = Some(false);
                facts.process = Some(Process::None);
            }
            Some("needs_assessment") => council(&mut facts, Process::NeedsAssessment),
            Some("care_support_plan") => council(&mut facts, Process::CareSupportPlan),
            Some("safeguarding_enquiry") => council(&mut facts, Process::SafeguardingEnquiry),
            _ => {}
        }
        let status = match c.mha.as_deref() {
            Some("detained") => Some(MhaStatus::Detained),
            Some("cto") => Some(MhaStatus::Cto),
            Some("none") => Some(MhaStatus::None),
            _ => None,
        };
        facts.mha = status.map(|s| Mha { status: Some(s), ..Mha::default() });
        facts.nhs_complaint = yes_no(&c.nhs_complaint);
        facts.difficulty = difficulty(&c.difficulty);
        match yes_no(&c.support) {
            Some(true) => {
                facts.family_or_friend_to_consult = Some(true);
                facts.candidates = Some(vec![Candidate {
                    paid_or_professional: Some(false),
                    person_does_not_want: Some(false),
                    unable_or_unavailable: Some(false),
                    implicated_in_abuse: None,
                }]);
            }
            Some(false) => {
                facts.family_or_friend_to_consult = Some(false);
                facts.candidates = Some(Vec::new());
            }
            None => {}
        }
        facts
    }
}

/// The answer values that mean "none of these" and "I don't know".
pub const ANSWER_NONE: &str = "none";
pub const ANSWER_UNKNOWN: &str = "unknown";

fn difficulty(ticked: &[String]) -> Option<Difficulty> {
    let has = |v: &str| ticked.iter().any(|t| t == v);
    if has("unknown") || ticked.is_empty() {
        return None;
    }
    let area = |v: &str| Some(has(v));
    Some(Difficulty {
        understanding: area("understanding"),
        retaining: area("retaining"),
        weighing: area("weighing"),
        communicating: area("communicating"),
    })
}

/// The council is assessing needs, planning care or making a safeguarding enquiry. Each of
/// these only happens for someone who appears to have care and support needs (Care Act
/// ss9, 25 and 42), so that fact follows from the answer.
fn council(facts: &mut Facts, process: Process) {
    facts.council_involved = Some(true);
    facts.process = Some(process);
    facts.care_support_needs = Some(true);
}

/// The value of a contact method's radio button (its JSON name).
pub fn method_code(method: ContactMethod) -> &'static str {
    match method {
        ContactMethod::Phone => "phone",
        ContactMethod::Text => "text",
        ContactMethod::Email => "email",
        ContactMethod::Letter => "letter",
    }
}

fn clean(value: &Option<String>) -> Option<String> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_string)
}

/// "yes" / "no" / anything else ("unknown" or not answered).
pub fn yes_no(choice: &Option<String>) -> Option<bool> {
    match choice.as_deref() {
        Some("yes") => Some(true),
        Some("no") => Some(false),
        _ => None,
    }
}

/// A random (version 4) UUID from the browser's cryptographic random numbers.
fn new_key() -> Uuid {
    let mut bytes = [0u8; 16];
    if getrandom::getrandom(&mut bytes).is_err() {
        // No crypto API (very old browser): fall back to Math.random; the key only needs to be unique.
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

thread_local! {
    /// The answer to a successful submission. Kept in memory only: the tracking code is shown once.
    static SUBMITTED: RefCell<Option<Submitted>> = const { RefCell::new(None) };
}

pub fn remember_submitted(submitted: Submitted) {
    SUBMITTED.with(|s| *s.borrow_mut() = Some(submitted));
}

pub fn submitted() -> Option<Submitted> {
    SUBMITTED.with(|s| s.borrow().clone())
}

/// The draft as page state. The draft lives in a shared cell, so two quick events in a row never
/// work from a stale copy; `update` changes it, saves it and re-renders the page.
#[derive(Clone)]
pub struct DraftHandle {
    cell: Rc<RefCell<Draft>>,
    rerender: UseForceUpdateHandle,
}

impl PartialEq for DraftHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.cell, &other.cell)
    }
}

impl DraftHandle {
    pub fn get(&self) -> Draft {
        self.cell.borrow().clone()
    }

    pub fn update(&self, change: impl FnOnce(&mut Draft)) {
        {
            let mut draft = self.cell.borrow_mut();
            change(&mut draft);
            draft.save();
        }
        self.rerender.force_update();
    }
}

#[hook]
pub fn use_draft() -> DraftHandle {
    let cell = use_mut_ref(|| {
        let draft = Draft::load();
        draft.save();
        draft
    });
    DraftHandle { cell, rerender: use_force_update() }
}
