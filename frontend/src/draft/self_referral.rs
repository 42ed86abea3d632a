//! The self-referral being written. It holds the idempotency key made when the referral was
//! started, so every retry of the same referral is recognised by the server. Cleared after success.

use serde::{Deserialize, Serialize};
use speakup_types::entitlement::{Facts, Role};
use speakup_types::problem::FieldError;
use speakup_types::referral::{ContactMethod, SelfReferral};
use uuid::Uuid;
use yew::prelude::*;

use crate::device;

use super::{clean, errors_for, method_from, new_key, prepare_send, tidy_contact, tidy_equality, tidy_profile, use_stored, Choices, Handle, Stored};

/// The answers to "Who needs an advocate?".
pub const WHO_ME: &str = "me";
pub const WHO_CARER: &str = "me_carer";
pub const WHO_SOMEONE_ELSE: &str = "someone_else";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub key: Uuid,
    /// Free-text answers; contact method, message safety and the eligibility facts are filled
    /// from `choices` when the referral is sent.
    pub referral: SelfReferral,
    pub choices: Choices,
    /// Set once the person has seen "check your answers": Continue then goes back there.
    pub checking: bool,
    /// What was last sent with `key` (see `prepare_send`).
    #[serde(default)]
    pub sent: Option<SelfReferral>,
    /// The answer to "Who needs an advocate?": `me`, `me_carer` or `someone_else`.
    #[serde(default)]
    pub who: Option<String>,
}

/// Set when Easy Read is chosen in the display settings, for the self-referral to tick Easy
/// Read among its communication needs when it next loads (a flag rather than the draft itself,
/// so the front bundle, where the settings also are, carries no referral types). Under the
/// drafts' prefix, so it goes with them.
const EASY_READ_CHOSEN: &str = "speakup.referral.easy-read-chosen";

pub fn easy_read_chosen() {
    device::save(EASY_READ_CHOSEN, &true);
}

impl Stored for Draft {
    const KEY: &'static str = "speakup.referral";

    fn fresh() -> Draft {
        Draft { key: new_key(), ..Default::default() }
    }

    fn load() -> Draft {
        let mut draft = device::load::<Draft>(Self::KEY).unwrap_or_else(Self::fresh);
        if device::load::<bool>(EASY_READ_CHOSEN) == Some(true) {
            device::delete(EASY_READ_CHOSEN);
            draft.referral.communication.easy_read = true;
            draft.save();
        }
        draft
    }
}

impl Draft {
    /// Records that `body` is about to be sent and returns the idempotency key to send it
    /// with: the same key for a retry of the same answers, a new one for changed answers.
    pub fn prepare_send(&mut self, body: &SelfReferral) -> Uuid {
        prepare_send(&mut self.key, &mut self.sent, body)
    }

    pub fn clear() {
        <Draft as Stored>::clear()
    }

    pub fn method(&self) -> Option<ContactMethod> {
        method_from(&self.choices.method)
    }

    /// The referral as it will be sent: trimmed, blank answers dropped, contact details for
    /// other methods left out, and the eligibility answers turned into facts.
    pub fn to_submit(&self) -> SelfReferral {
        let mut r = self.referral.clone();
        r.help_with = r.help_with.trim().to_string();
        r.name = r.name.trim().to_string();
        r.lives_in = clean(&r.lives_in);
        r.urgency = self.choices.urgency.to_urgency();
        r.contact = tidy_contact(&r.contact, self.method(), &self.choices.safe_to_leave_message);
        tidy_profile(&mut r.communication, &mut r.preferences);
        r.equality = tidy_equality(&self.choices.equality_answering, &r.equality);
        r.eligibility = self.facts();
        r
    }

    /// Validation errors (the same rules the server uses) for the fields whose path starts with
    /// one of `prefixes`.
    pub fn errors_for(&self, prefixes: &[&str]) -> Vec<FieldError> {
        errors_for(&self.to_submit(), prefixes)
    }

    /// The eligibility answers as facts; someone asking for themselves as a carer is a carer.
    pub fn facts(&self) -> Facts {
        let mut facts = self.choices.facts();
        if self.who.as_deref() == Some(WHO_CARER) && facts.role.is_none() {
            // Unless they said it is a young carer's assessment, an adult carer (Care Act s10).
            facts.role = Some(Role::AdultCarer);
        }
        facts
    }
}

pub type DraftHandle = Handle<Draft>;

#[hook]
pub fn use_draft() -> DraftHandle {
    use_stored::<Draft>()
}
