//! A carer, relative or friend asking for an advocate for someone else.
//!
//! The person's own contact details and the referrer's are kept apart, so the team never
//! mistakes one for the other and can contact the person directly when that is safe.

use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationErrors};

use super::contact::{check_optional, line, within};
use super::check_profile;
use super::{CommonReason, CommunicationNeeds, ContactPreferences, PersonPreferences, Urgency, MAX_OWN_WORDS};
use crate::entitlement::Facts;
use crate::equality::EqualityMonitoring;
use crate::text;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    #[default]
    Carer,
    Family,
    Friend,
    Other,
}

impl Relationship {
    pub const ALL: [Relationship; 4] =
        [Relationship::Carer, Relationship::Family, Relationship::Friend, Relationship::Other];

    /// The message naming the relationship (see `speakup-locales`).
    pub fn label_id(self) -> &'static str {
        match self {
            Relationship::Carer => "for-check-relationship-carer",
            Relationship::Family => "for-check-relationship-family",
            Relationship::Friend => "for-check-relationship-friend",
            Relationship::Other => "for-check-relationship-other",
        }
    }
}

/// Does the person know about this referral and agree to it?
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Consent {
    #[default]
    Yes,
    No,
    /// The person cannot say (for example they cannot understand or communicate it).
    CannotSay,
}


/// Who is asking, and how to reach them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referrer {
    pub name: String,
    pub relationship: Relationship,
    pub contact: ContactPreferences,
}

impl Validate for Referrer {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        check_optional(&mut errors, "name", Some(&self.name), true, |v| {
            within(v, 100).and_then(|_| text::single_line(v))
        }, "error-referrer-name-required");
        errors.merge_self("contact", self.contact.validate());
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnBehalfReferral {
    pub referrer: Referrer,
    /// What the person likes to be called.
    pub person_name: String,
    /// The person's town or council area, so triage knows which team can help.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lives_in: Option<String>,
    /// What help is needed, in the referrer's words.
    pub help_with: String,
    /// What it is about, from the pictures; this or `help_with` is enough.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<CommonReason>,
    /// Whether anyone is in danger now or something is happening soon.
    #[serde(default)]
    pub urgency: Urgency,
    /// What the person themselves says, in their words, where they could give them.
    #[serde(default)]
    pub person_own_words: Option<String>,
    pub consent: Consent,
    /// Why referring is in the person's best interests, when they do not know or cannot agree.
    #[serde(default)]
    pub best_interests: Option<String>,
    /// Contact the person only through the referrer.
    #[serde(default)]
    pub contact_through_referrer: bool,
    /// The person's own contact details; needed unless contact goes through the referrer.
    #[serde(default)]
    pub person_contact: Option<ContactPreferences>,
    /// The person's communication needs.
    #[serde(default)]
    pub communication: CommunicationNeeds,
    /// The person's wishes about their advocate and who to involve, as far as the referrer knows.
    #[serde(default)]
    pub preferences: PersonPreferences,
    #[serde(default)]
    pub eligibility: Facts,
    /// Optional equality monitoring about the person; stored apart from the referral.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equality: Option<EqualityMonitoring>,
}

impl Validate for OnBehalfReferral {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        errors.merge_self("referrer", self.referrer.validate());
        check_optional(&mut errors, "person_name", Some(&self.person_name), true, |v| {
            within(v, 100).and_then(|_| text::single_line(v))
        }, "error-person-called-required");
        check_optional(&mut errors, "lives_in", self.lives_in.as_deref(), false, line(200), "");
        super::self_referral::check_help_with(&mut errors, &self.help_with, &self.reasons, "error-on-behalf-help-with-required");
        errors.merge_self("urgency", self.urgency.validate());
        check_optional(&mut errors, "person_own_words", self.person_own_words.as_deref(), false, |v| {
            within(v, MAX_OWN_WORDS).and_then(|_| text::multi_line(v))
        }, "");
        check_optional(&mut errors, "best_interests", self.best_interests.as_deref(), self.consent != Consent::Yes, |v| {
            within(v, 2000).and_then(|_| text::multi_line(v))
        }, "error-best-interests-required");
        match &self.person_contact {
            Some(contact) => {
                errors.merge_self("person_contact", contact.validate());
            }
            None if !self.contact_through_referrer => {
                let mut missing = validator::ValidationError::new("required");
                missing.message = Some("error-person-contact-required".into());
                errors.add("person_contact", missing);
            }
            None => {}
        }
        check_profile(&mut errors, &self.communication, &self.preferences, &self.eligibility, self.equality.as_ref());
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::field_errors;
    use crate::referral::ContactMethod;

    fn phone(number: &str) -> ContactPreferences {
        ContactPreferences { method: ContactMethod::Phone, phone: Some(number.into()), ..Default::default() }
    }

    fn valid() -> OnBehalfReferral {
        OnBehalfReferral {
            referrer: Referrer { name: "Pat".into(), relationship: Relationship::Carer, contact: phone("07700 900111") },
            person_name: "Mum".into(),
            help_with: "The council is reviewing her care and she gets confused in meetings.".into(),
            consent: Consent::Yes,
            contact_through_referrer: true,
            ..Default::default()
        }
    }

    fn fields(referral: &OnBehalfReferral) -> Vec<String> {
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
    fn without_agreement_a_best_interests_reason_is_needed() {
        for consent in [Consent::No, Consent::CannotSay] {
            let mut r = OnBehalfReferral { consent, ..valid() };
            assert_eq!(fields(&r), ["best_interests"]);
            r.best_interests = Some("She cannot follow the meetings and decisions are made without her.".into());
            assert!(fields(&r).is_empty());
        }
    }

    #[test]
    fn the_person_is_reached_directly_or_through_the_referrer() {
        let mut r = OnBehalfReferral { contact_through_referrer: false, ..valid() };
        assert_eq!(fields(&r), ["person_contact"]);
        r.person_contact = Some(phone("123"));
        assert_eq!(fields(&r), ["person_contact.phone"]);
        r.person_contact = Some(phone("07700 900222"));
        assert!(fields(&r).is_empty());
    }

    #[test]
    fn every_part_is_checked_with_its_path() {
        let mut r = valid();
        r.referrer.name = " ".into();
        r.referrer.contact.phone = None;
        r.person_name = "<b>Mum</b>".into();
        r.help_with = String::new();
        r.person_own_words = Some("\u{7}".into());
        r.eligibility.age = Some(200);
        assert_eq!(
            fields(&r),
            ["eligibility.age", "help_with", "person_name", "person_own_words", "referrer.contact.phone", "referrer.name"]
        );
    }
}
