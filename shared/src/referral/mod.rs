//! Referrals as the PWA sends them and as people and staff read them back.

mod actions;
mod answers;
mod contact;
mod decline;
mod matching;
mod on_behalf;
mod preferences;
mod professional;
mod queue;
mod reasons;
mod reference;
mod self_referral;
mod urgency;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::{Validate, ValidationErrors};

use crate::entitlement::Assessment;
use crate::status::ReferralStatus;
use crate::text;
pub(crate) use contact::{check_optional, within};

pub use actions::*;
pub use answers::*;
pub use contact::*;
pub use decline::*;
pub use matching::*;
pub use on_behalf::*;
pub use preferences::*;
pub use professional::*;
pub use queue::*;
pub use reference::*;
pub use reasons::*;
pub use self_referral::*;
pub use urgency::*;

/// What the person gets back once, and only once, after submitting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Submitted {
    /// The public reference, e.g. `SU-4K7P-M2QX`. Not secret on its own.
    pub reference: String,
    /// The secret tracking code: a few common words. Never shown again.
    pub tracking_code: String,
    pub status: ReferralStatus,
    pub status_text: String,
    /// What the engine indicated from their answers; staff will confirm.
    pub assessment: Assessment,
    /// Why it will be read first; empty when it is not urgent.
    #[serde(default)]
    pub urgent: Vec<UrgentReason>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
pub struct TrackRequest {
    #[validate(length(min = 1, max = 40, message = "error-track-reference-required"))]
    pub reference: String,
    #[validate(length(min = 1, max = 120, message = "error-track-code-required"))]
    pub tracking_code: String,
}

/// What a person tracking a referral may see: status texts, never internal notes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrackedReferral {
    pub reference: String,
    pub status: ReferralStatus,
    pub status_text: String,
    pub history: Vec<StatusEvent>,
    /// The named advocate's first name, once there is one.
    #[serde(default)]
    pub advocate: Option<String>,
    /// The kinds of advocacy confirmed for them.
    #[serde(default)]
    pub advocacy: Vec<crate::entitlement::Advocacy>,
    /// What staff are waiting for, as they wrote it for the person.
    #[serde(default)]
    pub waiting_for: Vec<String>,
    /// They asked for Easy Read: the page shows it in Easy Read, on any device.
    #[serde(default)]
    pub easy_read: bool,
    /// The next meeting arranged with them, if any.
    #[serde(default)]
    pub next_meeting: Option<crate::casework::MeetingForPerson>,
    /// What the advocate wrote for them, newest first.
    #[serde(default)]
    pub updates: Vec<crate::casework::UpdateForPerson>,
    /// Once declined: where else to go, and how to ask for the decision to be looked at again.
    #[serde(default)]
    pub declined: Option<DeclineForPerson>,
    /// After a "no" to IMHA: when it will be offered again.
    #[serde(default)]
    pub reoffer_on: Option<chrono::NaiveDate>,
    /// What they want to happen, as recorded with them; rated by them while the case closes.
    #[serde(default)]
    pub outcomes: Vec<crate::casework::OutcomeForPerson>,
    /// What they said themselves about feeling safer and about the advocacy, once they have.
    #[serde(default)]
    pub closure: Option<crate::casework::PersonsClosure>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusEvent {
    pub at: DateTime<Utc>,
    pub status: ReferralStatus,
    pub status_text: String,
    /// A reason written for the person by staff (for example why a referral was declined).
    pub note_for_person: Option<String>,
}

/// The whole referral, for triage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReferralDetail {
    pub id: Uuid,
    pub reference: String,
    pub received_at: DateTime<Utc>,
    pub status: ReferralStatus,
    /// Why it is read first; empty when it is not urgent.
    pub urgent: Vec<UrgentReason>,
    pub referral: ReferralAnswers,
    pub assessment: Assessment,
    pub history: Vec<StatusEvent>,
    /// The language the person used SpeakUp in (a code such as "cy"): write to them in it.
    #[serde(default = "english")]
    pub language: String,
    /// The reference of the referral this one was joined into, if any.
    #[serde(default)]
    pub merged_into: Option<String>,
    /// References of referrals joined into this one.
    #[serde(default)]
    pub joined: Vec<String>,
    /// Someone said they lost the tracking code and is waiting for a new one.
    #[serde(default)]
    pub code_reset_requested: bool,
    /// What staff did that the person does not see, oldest first.
    #[serde(default)]
    pub staff_actions: Vec<StaffAction>,
    /// Goes up with every change: a change sent with an older one is refused.
    #[serde(default)]
    pub version: i64,
    /// The council area whose duty it is, once staff confirmed it.
    #[serde(default)]
    pub area: Option<Uuid>,
    /// The named advocate's account, and first name.
    #[serde(default)]
    pub advocate: Option<Uuid>,
    #[serde(default)]
    pub advocate_name: Option<String>,
    /// Each kind of advocacy the engine indicated or staff decided on.
    #[serde(default)]
    pub mandates: Vec<crate::casework::MandateLine>,
    /// Every advocate the case has had, first first.
    #[serde(default)]
    pub allocations: Vec<crate::casework::AllocationEntry>,
    /// Advocates the case is shared with besides the named one.
    #[serde(default)]
    pub shared_with: Vec<crate::casework::CaseShare>,
}

/// Confirming the council area whose duty the case is: `PUT /referrals/{id}/area`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct AreaChoice {
    pub area: Uuid,
    pub version: i64,
}

/// "I lost my code": how the person asked to be contacted, and the reference if they have it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LostCode {
    #[serde(default)]
    pub reference: Option<String>,
    /// The phone number or email address given in the referral for the person.
    pub phone_or_email: String,
}

impl Validate for LostCode {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let value = self.phone_or_email.trim();
        let looks_right = if value.contains('@') { text::email_address(value) } else { text::phone_number(value) };
        check_optional(&mut errors, "phone_or_email", Some(value), true, |_| looks_right.clone(), "error-lost-code-contact-required");
        check_optional(&mut errors, "reference", self.reference.as_deref(), false, |v| within(v, 40).and_then(|_| text::single_line(v)), "");
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// A new tracking code, shown once to the member of staff who will pass it on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewTrackingCode {
    pub reference: String,
    pub tracking_code: String,
}

/// What every route asks about the person alike, checked under the same paths: how they
/// communicate, their wishes, the facts the engine reads and any equality answers.
pub(crate) fn check_profile(
    errors: &mut ValidationErrors,
    communication: &CommunicationNeeds,
    preferences: &PersonPreferences,
    eligibility: &crate::entitlement::Facts,
    equality: Option<&crate::equality::EqualityMonitoring>,
) {
    errors.merge_self("communication", communication.validate());
    errors.merge_self("preferences", preferences.validate());
    errors.merge_self("eligibility", eligibility.validate());
    if let Some(equality) = equality {
        errors.merge_self("equality", equality.validate());
    }
}

/// The first `words` words of a text, for queue summaries.
pub fn summary(text: &str, words: usize) -> String {
    let mut parts = text.split_whitespace();
    let head: Vec<&str> = parts.by_ref().take(words).collect();
    let mut out = head.join(" ");
    if parts.next().is_some() {
        out.push('…');
    }
    out
}

/// Referrals stored before SpeakUp spoke other languages were all made in English.
fn english() -> String {
    "en".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::ENGLISH;

    #[test]
    fn says_who_gave_the_answers_on_each_route() {
        let mut own = SelfReferral::default();
        assert_eq!(ReferralAnswers::SelfReferral(Box::new(own.clone())).given_by_in(ENGLISH), "the person");
        own.eligibility.role = Some(crate::entitlement::Role::YoungCarer);
        assert!(ReferralAnswers::SelfReferral(Box::new(own)).given_by_in(ENGLISH).contains("carer"));
        let mut for_someone = OnBehalfReferral::default();
        for_someone.referrer.name = "Pat".into();
        for_someone.referrer.relationship = Relationship::Friend;
        assert_eq!(ReferralAnswers::OnBehalf(Box::new(for_someone)).given_by_in(ENGLISH), "Pat (friend)");
        let mut professional = ProfessionalReferral::default();
        professional.referrer.name = "Alex".into();
        professional.referrer.job_role = "Social worker".into();
        professional.referrer.organisation = "Adult Social Care".into();
        assert_eq!(ReferralAnswers::Professional(Box::new(professional)).given_by_in(ENGLISH), "Alex (Social worker, Adult Social Care)");
    }
    use crate::problem::field_errors;

    fn valid() -> SelfReferral {
        SelfReferral {
            help_with: "My care package is being cut and nobody listens to me.".into(),
            name: "Sam".into(),
            contact: ContactPreferences {
                method: ContactMethod::Phone,
                phone: Some("07700 900982".into()),
                safe_to_leave_message: Some(false),
                safe_times: Some("weekday mornings".into()),
                ..Default::default()
            },
            ..Default::default()
        }
    }

    fn fields(referral: &SelfReferral) -> Vec<String> {
        match referral.validate() {
            Ok(()) => vec![],
            Err(e) => field_errors(&e).into_iter().map(|f| f.field).collect(),
        }
    }

    #[test]
    fn a_complete_referral_is_valid() {
        assert!(fields(&valid()).is_empty());
    }

    #[test]
    fn blank_and_markup_answers_are_named() {
        let mut r = valid();
        r.help_with = "   ".into();
        r.name = "<script>alert(1)</script>".into();
        assert_eq!(fields(&r), ["help_with", "name"]);
        r.name = " ".into();
        let messages: Vec<String> =
            field_errors(&r.validate().unwrap_err()).into_iter().map(|e| e.message).collect();
        assert_eq!(messages, ["Choose a picture, or tell us in your own words what you would like help with", "Tell us what we should call you"]);
    }

    #[test]
    fn the_chosen_contact_method_needs_its_details() {
        let mut r = valid();
        r.contact.phone = None;
        assert_eq!(fields(&r), ["contact.phone"]);
        r.contact.method = ContactMethod::Email;
        assert_eq!(fields(&r), ["contact.email"]);
        r.contact.email = Some("sam@example.org".into());
        assert!(fields(&r).is_empty());
        r.contact.method = ContactMethod::Letter;
        assert_eq!(fields(&r), ["contact.address"]);
    }

    #[test]
    fn a_way_marked_unsafe_cannot_be_the_chosen_way() {
        let mut r = valid();
        r.contact.not_safe = vec![ContactMethod::Letter, ContactMethod::Phone];
        assert_eq!(fields(&r), ["contact.not_safe"]);
        r.contact.method = ContactMethod::Text;
        assert!(fields(&r).is_empty());
    }

    #[test]
    fn contact_through_a_named_person_needs_their_name_and_a_way_to_reach_them() {
        let mut r = valid();
        r.contact.method = ContactMethod::NamedPerson;
        assert_eq!(fields(&r), ["contact.named_person.name"]);
        r.contact.named_person = Some(NamedPerson { name: "Aisha".into(), ..Default::default() });
        assert_eq!(fields(&r), ["contact.named_person.phone"]);
        r.contact.named_person = Some(NamedPerson { name: "Aisha".into(), email: Some("aisha@example.org".into()), ..Default::default() });
        assert!(fields(&r).is_empty());
        assert_eq!(r.contact.detail(), Some("Aisha"));
    }

    #[test]
    fn meeting_in_person_needs_a_place_and_codewords_are_short() {
        let mut r = valid();
        r.contact.method = ContactMethod::InPerson;
        r.contact.codeword = Some("a very long codeword that nobody could remember at all".into());
        assert_eq!(fields(&r), ["contact.address", "contact.codeword"]);
        let messages: Vec<String> = field_errors(&r.validate().unwrap_err()).into_iter().map(|e| e.message).collect();
        assert_eq!(messages[0], "Tell us where we can meet");
    }

    #[test]
    fn contact_methods_round_trip_through_their_codes() {
        for method in ContactMethod::ALL {
            assert_eq!(ContactMethod::from_code(method.code()), Some(method));
            assert_eq!(serde_json::to_value(method).unwrap(), method.code());
        }
    }

    #[test]
    fn an_interpreter_needs_a_language() {
        let mut r = valid();
        r.communication.interpreter = true;
        assert_eq!(fields(&r), ["communication.language"]);
        r.communication.language = Some("Polish".into());
        assert!(fields(&r).is_empty());
    }

    #[test]
    fn own_words_have_a_limit() {
        let mut r = valid();
        r.help_with = "a".repeat(MAX_OWN_WORDS + 1);
        assert_eq!(fields(&r), ["help_with"]);
    }

    #[test]
    fn communication_aids_tick_by_code() {
        let mut needs = CommunicationNeeds::default();
        needs.set_aid("bsl", true);
        needs.set_aid("audio", true);
        needs.set_aid("telepathy", true);
        assert_eq!(needs.aids(), ["bsl", "audio"]);
        needs.set_aid("bsl", false);
        needs.set_aid("braille", true);
        needs.set_aid("reading_help", true);
        assert_eq!(needs.aids(), ["braille", "audio", "reading_help"]);
    }

    #[test]
    fn summaries_cut_at_word_boundaries() {
        assert_eq!(summary("one two three", 2), "one two…");
        assert_eq!(summary("one two", 2), "one two");
    }
}
