//! A referral for someone else, being written by their carer, relative or friend. Kept under
//! its own key, apart from the self-referral draft, with its own idempotency key.

use serde::{Deserialize, Serialize};
use speakup_types::entitlement::Facts;
use speakup_types::problem::FieldError;
use speakup_types::referral::{Consent, ContactMethod, ContactPreferences, OnBehalfReferral, Relationship};
use uuid::Uuid;

use super::{clean, consent_from, errors_for, method_from, new_key, prepare_send, tidy_contact, tidy_equality, tidy_profile, yes_no, Choices, Stored};

/// Radio answers about the referrer and the person's agreement, kept as the option's value.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OnBehalfChoices {
    pub relationship: Option<String>,
    /// How to contact the referrer.
    pub referrer_method: Option<String>,
    pub consent: Option<String>,
    /// "yes": contact the person through the referrer; "no": contact them directly.
    pub through_referrer: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OnBehalfDraft {
    pub key: Uuid,
    /// Free-text answers; radio answers are filled in from the choices when it is sent.
    pub referral: OnBehalfReferral,
    /// The person's own contact details, kept while they are not needed.
    pub person_contact: ContactPreferences,
    pub about: OnBehalfChoices,
    /// The person's contact method and message safety, and the eligibility answers.
    pub choices: Choices,
    pub checking: bool,
    /// What was last sent with `key` (see `prepare_send`).
    pub sent: Option<OnBehalfReferral>,
}

impl Stored for OnBehalfDraft {
    const KEY: &'static str = "speakup.referral.on_behalf";

    fn fresh() -> OnBehalfDraft {
        OnBehalfDraft { key: new_key(), ..Default::default() }
    }
}

fn relationship_code(r: Relationship) -> &'static str {
    match r {
        Relationship::Carer => "carer",
        Relationship::Family => "family",
        Relationship::Friend => "friend",
        Relationship::Other => "other",
    }
}

impl OnBehalfDraft {
    pub fn prepare_send(&mut self, body: &OnBehalfReferral) -> Uuid {
        prepare_send(&mut self.key, &mut self.sent, body)
    }

    pub fn clear() {
        <OnBehalfDraft as Stored>::clear()
    }

    pub fn relationship(&self) -> Option<Relationship> {
        Relationship::ALL.into_iter().find(|r| Some(relationship_code(*r)) == self.about.relationship.as_deref())
    }

    pub fn consent(&self) -> Option<Consent> {
        self.about.consent.as_deref().and_then(consent_from)
    }

    pub fn referrer_method(&self) -> Option<ContactMethod> {
        method_from(&self.about.referrer_method)
    }

    pub fn person_method(&self) -> Option<ContactMethod> {
        method_from(&self.choices.method)
    }

    /// `Some(true)` when the team should contact the person through the referrer.
    pub fn through_referrer(&self) -> Option<bool> {
        yes_no(&self.about.through_referrer)
    }

    /// The best-interests question is only asked when the person has not agreed.
    pub fn asks_best_interests(&self) -> bool {
        self.consent().is_some_and(|c| c != Consent::Yes)
    }

    /// The person's own contact details are only asked for when we contact them directly.
    pub fn asks_person_contact(&self) -> bool {
        self.through_referrer() == Some(false)
    }

    pub fn facts(&self) -> Facts {
        self.choices.facts()
    }

    /// The referral as it will be sent: trimmed, blanks dropped, and answers to questions
    /// that no longer apply (best interests, the person's contact) left out.
    pub fn to_submit(&self) -> OnBehalfReferral {
        let mut r = self.referral.clone();
        r.referrer.name = r.referrer.name.trim().to_string();
        r.referrer.relationship = self.relationship().unwrap_or_default();
        r.referrer.contact = tidy_contact(&r.referrer.contact, self.referrer_method(), &None);
        r.person_name = r.person_name.trim().to_string();
        r.lives_in = clean(&r.lives_in);
        r.help_with = r.help_with.trim().to_string();
        r.urgency = self.choices.urgency.to_urgency();
        r.person_own_words = clean(&r.person_own_words);
        r.consent = self.consent().unwrap_or_default();
        r.best_interests = if self.asks_best_interests() { clean(&r.best_interests) } else { None };
        r.contact_through_referrer = self.through_referrer() == Some(true);
        r.person_contact = self.asks_person_contact().then(|| {
            tidy_contact(&self.person_contact, self.person_method(), &self.choices.safe_to_leave_message)
        });
        tidy_profile(&mut r.communication, &mut r.preferences);
        r.equality = tidy_equality(&self.choices.equality_answering, &r.equality);
        r.eligibility = self.facts();
        r
    }

    pub fn errors_for(&self, prefixes: &[&str]) -> Vec<FieldError> {
        errors_for(&self.to_submit(), prefixes)
    }
}
