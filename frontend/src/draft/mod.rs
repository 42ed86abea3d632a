//! Referrals being written, kept on the device (see `device`) so a refresh, the Back button or
//! coming back later never loses what was typed. Each route keeps its own draft (`self_referral`, `on_behalf`); this module
//! holds what they share: storage, the page handle, the eligibility answers, contact tidying,
//! idempotency keys and the answer to a successful send.

mod on_behalf;
mod professional;
mod self_referral;
mod urgency;

use std::cell::RefCell;
use std::rc::Rc;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use speakup_types::equality::EqualityMonitoring;
use speakup_types::entitlement::plain::PlainAnswers;
use speakup_types::entitlement::Facts;
use speakup_types::problem::FieldError;
use speakup_types::referral::{CommunicationNeeds, Consent, ContactMethod, ContactPreferences, NamedPerson, PersonPreferences, Submitted};
use uuid::Uuid;
use validator::Validate;
use yew::prelude::*;

use crate::device;
use crate::i18n::field_errors;

pub use on_behalf::OnBehalfDraft;
pub use professional::{
    options, use_professional_draft, DateAnswer, Entry, List, ProfessionalDraft, ProfessionalHandle, ASSESSMENT_DATE,
    CONTACT_DIRECTLY, DANGER_NOW, DATE_OF_BIRTH, LAW, DISAGREEMENT, MAX_CANDIDATES, PLACEMENT, SAFEGUARDING, WHO_PROFESSIONAL,
};
pub use urgency::{UrgencyAnswers, DANGER, NEITHER, SOON, SOON_DATE_FIELD, SOON_WHAT_FIELD, URGENCY_FIELD};
pub use self_referral::{easy_read_chosen, use_draft, Draft, WHO_CARER, WHO_ME, WHO_SOMEONE_ELSE};

/// A draft that lives in sessionStorage under its own key.
pub trait Stored: Clone + Serialize + DeserializeOwned + 'static {
    const KEY: &'static str;
    fn fresh() -> Self;

    fn load() -> Self {
        device::load::<Self>(Self::KEY).unwrap_or_else(Self::fresh)
    }

    fn save(&self) {
        device::save(Self::KEY, self);
    }

    fn clear() {
        device::delete(Self::KEY);
    }
}

/// Answers to radio and checkbox questions, kept as the value of the option chosen so the page
/// can show "I don't know" as chosen (it becomes `None` in the referral). In an on-behalf
/// referral `method` and `safe_to_leave_message` are about the person, not the referrer.
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
    /// The Mental Health Act section as typed, asked only of someone kept in hospital.
    pub mha_section: Option<String>,
    /// "yes" once the person chooses to answer the equality questions, "no" to skip them.
    pub equality_answering: Option<String>,
    /// Whether anyone is in danger now or something is happening soon.
    pub urgency: UrgencyAnswers,
}

impl Choices {
    /// The optional eligibility answers, for the rules in `entitlement::plain`.
    pub fn plain(&self) -> PlainAnswers<'_> {
        PlainAnswers {
            process: self.process.as_deref(),
            mha: self.mha.as_deref(),
            mha_section: self.mha_section.as_deref(),
            nhs_complaint: self.nhs_complaint.as_deref(),
            difficulty: &self.difficulty,
            support: self.support.as_deref(),
        }
    }

    /// The optional eligibility answers as facts for the entitlement engine.
    pub fn facts(&self) -> Facts {
        self.plain().facts()
    }
}

/// The answer values that mean "none of these" and "I don't know".
pub const ANSWER_NONE: &str = "none";
pub const ANSWER_UNKNOWN: &str = "unknown";

/// Ticks or unticks a box of a "tick all that apply" question whose "None of these" and
/// "I don't know" cannot go with anything else.
pub fn tick(ticked: &mut Vec<String>, value: String, on: bool) {
    ticked.retain(|v| v != &value);
    if on {
        if value == ANSWER_NONE || value == ANSWER_UNKNOWN {
            ticked.clear();
        } else {
            ticked.retain(|v| v != ANSWER_NONE && v != ANSWER_UNKNOWN);
        }
        ticked.push(value);
    }
}

/// The value of a consent radio: `yes`, `no` or `cannot_say` (the JSON names).
pub fn consent_from(choice: &str) -> Option<Consent> {
    let code = |c: &Consent| match c {
        Consent::Yes => "yes",
        Consent::No => "no",
        Consent::CannotSay => "cannot_say",
    };
    [Consent::Yes, Consent::No, Consent::CannotSay].into_iter().find(|c| code(c) == choice)
}

/// The contact method whose radio value was chosen.
pub fn method_from(choice: &Option<String>) -> Option<ContactMethod> {
    choice.as_deref().and_then(ContactMethod::from_code)
}

/// Contact details as they will be sent: trimmed, blanks dropped, and details for other
/// methods than the chosen one left out.
pub fn tidy_contact(contact: &ContactPreferences, method: Option<ContactMethod>, message: &Option<String>) -> ContactPreferences {
    let method = method.unwrap_or_default();
    let keep_phone = matches!(method, ContactMethod::Phone | ContactMethod::Text);
    let keep_address = matches!(method, ContactMethod::Letter | ContactMethod::InPerson);
    let named_person = contact.named_person.as_ref().filter(|_| method == ContactMethod::NamedPerson).map(|p| NamedPerson {
        name: p.name.trim().to_string(),
        relationship: clean(&p.relationship),
        phone: clean(&p.phone),
        email: clean(&p.email),
    });
    ContactPreferences {
        method,
        phone: if keep_phone { clean(&contact.phone) } else { None },
        email: if method == ContactMethod::Email { clean(&contact.email) } else { None },
        address: if keep_address { clean(&contact.address) } else { None },
        safe_times: clean(&contact.safe_times),
        safe_to_leave_message: yes_no(message),
        not_safe: contact.not_safe.clone(),
        codeword: clean(&contact.codeword),
        named_person,
    }
}

/// Communication needs and preferences as they will be sent: blank answers dropped.
pub fn tidy_profile(communication: &mut CommunicationNeeds, preferences: &mut PersonPreferences) {
    communication.language = clean(&communication.language);
    communication.other = clean(&communication.other);
    for answer in [
        &mut preferences.advocate_language,
        &mut preferences.advocate_culture_or_faith,
        &mut preferences.previous_advocate,
        &mut preferences.involve,
        &mut preferences.do_not_involve,
    ] {
        *answer = clean(answer);
    }
}

/// The equality answers to send: none unless the person chose to answer and gave an answer.
pub fn tidy_equality(answering: &Option<String>, answers: &Option<EqualityMonitoring>) -> Option<EqualityMonitoring> {
    answers.clone().filter(|a| answering.as_deref() == Some("yes") && !a.0.is_empty())
}

pub fn clean(value: &Option<String>) -> Option<String> {
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

/// Validation errors (the same rules the server uses) for the fields whose path starts with
/// one of `prefixes`.
pub fn errors_for(body: &impl Validate, prefixes: &[&str]) -> Vec<FieldError> {
    match body.validate() {
        Ok(()) => Vec::new(),
        Err(e) => field_errors(&e)
            .into_iter()
            .filter(|f| prefixes.iter().any(|p| f.field == *p || f.field.starts_with(&format!("{p}."))))
            .collect(),
    }
}

/// Records that `body` is about to be sent and returns the idempotency key to send it with:
/// the same key for a retry of the same answers, a new one for changed answers. A send may
/// have arrived even when its answer was lost, and the server refuses a key reused for other answers.
pub fn prepare_send<T: Clone + PartialEq>(key: &mut Uuid, sent: &mut Option<T>, body: &T) -> Uuid {
    if sent.as_ref().is_some_and(|s| s != body) {
        *key = new_key();
    }
    *sent = Some(body.clone());
    *key
}

/// A random (version 4) UUID from the browser's cryptographic random numbers.
pub fn new_key() -> Uuid {
    let mut bytes = [0u8; 16];
    if getrandom::getrandom(&mut bytes).is_err() {
        // No crypto API (very old browser): fall back to Math.random; the key only needs to be unique.
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

/// Where the answer to a successful send waits until the person says they have kept it.
const SENT: &str = "speakup.sent";

/// A successful send, as the confirmation page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sent {
    /// The server's answer: reference, tracking code, first guess, why it is urgent.
    pub answer: Submitted,
    /// The person asked for themselves, so the first guess speaks to them.
    pub own: bool,
    /// Whoever sent it asked to be phoned, so they may ask us to call back at a better time.
    #[serde(default)]
    pub phoned: bool,
}

thread_local! {
    /// The answer to a successful send, for the confirmation page. The tab keeps a copy too
    /// (`device::save_for_tab`), so a reload of that page does not lose the tracking code.
    static SUBMITTED: RefCell<Option<Sent>> = const { RefCell::new(None) };
}

pub fn remember_submitted(sent: Sent) {
    device::save_for_tab(SENT, &sent);
    SUBMITTED.with(|s| *s.borrow_mut() = Some(sent));
}

pub fn submitted() -> Option<Sent> {
    SUBMITTED.with(|s| s.borrow().clone()).or_else(|| device::load_for_tab(SENT))
}

/// The person has kept their reference and code: nothing here shows them again.
pub fn forget_submitted() {
    SUBMITTED.with(|s| *s.borrow_mut() = None);
    device::delete(SENT);
}

/// A draft as page state. The draft lives in a shared cell, so two quick events in a row never
/// work from a stale copy; `update` changes it, saves it and re-renders the page.
pub struct Handle<D> {
    cell: Rc<RefCell<D>>,
    rerender: UseForceUpdateHandle,
}

impl<D> Clone for Handle<D> {
    fn clone(&self) -> Self {
        Handle { cell: self.cell.clone(), rerender: self.rerender.clone() }
    }
}

impl<D> PartialEq for Handle<D> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.cell, &other.cell)
    }
}

impl<D: Stored> Handle<D> {
    pub fn get(&self) -> D {
        self.cell.borrow().clone()
    }

    pub fn update(&self, change: impl FnOnce(&mut D)) {
        {
            let mut draft = self.cell.borrow_mut();
            change(&mut draft);
            draft.save();
        }
        self.rerender.force_update();
    }
}

#[hook]
pub fn use_stored<D: Stored>() -> Handle<D> {
    let cell = use_mut_ref(|| {
        let draft = D::load();
        draft.save();
        draft
    });
    Handle { cell, rerender: use_force_update() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn none_of_these_and_i_dont_know_go_with_nothing_else() {
        let mut ticked = Vec::new();
        tick(&mut ticked, "understanding".into(), true);
        tick(&mut ticked, "weighing".into(), true);
        assert_eq!(ticked, ["understanding", "weighing"]);
        tick(&mut ticked, ANSWER_NONE.into(), true);
        assert_eq!(ticked, [ANSWER_NONE]);
        tick(&mut ticked, "retaining".into(), true);
        assert_eq!(ticked, ["retaining"]);
        tick(&mut ticked, "retaining".into(), false);
        assert!(ticked.is_empty());
    }

    #[test]
    fn only_the_details_for_the_chosen_way_of_contact_are_sent() {
        let typed = ContactPreferences {
            phone: Some(" 07700 900123 ".into()),
            email: Some("sam@example.org".into()),
            address: Some("  ".into()),
            ..ContactPreferences::default()
        };
        let sent = tidy_contact(&typed, Some(ContactMethod::Text), &Some("no".into()));
        assert_eq!(sent.phone.as_deref(), Some("07700 900123"));
        assert_eq!(sent.email, None);
        assert_eq!(sent.address, None);
        assert_eq!(sent.safe_to_leave_message, Some(false));
        assert_eq!(tidy_contact(&typed, Some(ContactMethod::Email), &None).phone, None);
    }

    #[test]
    fn a_retry_of_the_same_answers_keeps_its_key_and_changed_answers_get_a_new_one() {
        let (mut key, mut sent) = (new_key(), None);
        let first = key;
        assert_eq!(prepare_send(&mut key, &mut sent, &"answers"), first);
        assert_eq!(prepare_send(&mut key, &mut sent, &"answers"), first);
        let changed = prepare_send(&mut key, &mut sent, &"changed answers");
        assert_ne!(changed, first);
        assert_eq!(sent, Some("changed answers"));
    }
}
