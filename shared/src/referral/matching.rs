//! Spotting referrals about the same person, so triage can join them.
//!
//! Names alone match too often ("Mum", "John Smith"), so a likely duplicate needs the same
//! phone number or email address, or the same name with the same date of birth.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{ContactPreferences, ReferralAnswers};
use crate::status::ReferralStatus;

/// What a referral says about who the person is, normalised for comparison.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonKeys {
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub date_of_birth: Option<NaiveDate>,
}

/// Lower case letters and single spaces: "  Jo  SMITH " and "jo smith" are one name. The name
/// is put in Unicode's composed form (NFC) first, so "Siân" typed with a separate accent, as
/// some keyboards send it, matches "Siân" typed as one letter.
pub fn normalise_name(name: &str) -> String {
    let composed = icu_normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(name);
    composed.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

/// Digits only, with a UK +44 prefix written as the national 0.
pub fn normalise_phone(phone: &str) -> Option<String> {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let national = match digits.strip_prefix("44") {
        Some(rest) if phone.trim_start().starts_with('+') || digits.len() == 12 => format!("0{}", rest.trim_start_matches('0')),
        _ => digits,
    };
    (national.len() >= 7).then_some(national)
}

/// Trimmed and lower case; none when blank.
pub fn normalise_email(email: Option<&str>) -> Option<String> {
    email.map(|e| e.trim().to_lowercase()).filter(|e| !e.is_empty())
}

fn contact_keys(contact: Option<&ContactPreferences>) -> (Option<String>, Option<String>) {
    let phone = contact.and_then(|c| c.phone.as_deref()).and_then(normalise_phone);
    let email = normalise_email(contact.and_then(|c| c.email.as_deref()));
    (phone, email)
}

impl ReferralAnswers {
    /// The person's keys, never the referrer's: one carer may refer several people.
    pub fn person_keys(&self) -> PersonKeys {
        let (contact, date_of_birth) = match self {
            ReferralAnswers::SelfReferral(r) => (Some(&r.contact), None),
            ReferralAnswers::OnBehalf(r) => (r.person_contact.as_ref(), None),
            ReferralAnswers::Professional(r) => (r.person.contact.as_ref(), r.person.date_of_birth),
        };
        let (phone, email) = contact_keys(contact);
        PersonKeys { name: normalise_name(self.person_name()), phone, email, date_of_birth }
    }
}

/// The phone and email of whoever may hold the tracking code besides the person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HolderKeys {
    pub phone: Option<String>,
    pub email: Option<String>,
}

impl ReferralAnswers {
    /// The referrer on the carer and professional routes; on a self-referral, the named
    /// person the team contacts them through. Used only to answer "I lost my code", never to
    /// match duplicates (one carer may refer several people).
    pub fn holder_keys(&self) -> HolderKeys {
        let (phone, email) = match self {
            ReferralAnswers::SelfReferral(r) => match &r.contact.named_person {
                Some(p) => (p.phone.as_deref().and_then(normalise_phone), normalise_email(p.email.as_deref())),
                None => (None, None),
            },
            ReferralAnswers::OnBehalf(r) => contact_keys(Some(&r.referrer.contact)),
            ReferralAnswers::Professional(r) => {
                (r.referrer.phone.as_deref().and_then(normalise_phone), normalise_email(Some(&r.referrer.email)))
            }
        };
        HolderKeys { phone, email }
    }
}

impl ReferralAnswers {
    /// Whether the same person holds the tracking codes of both referrals: the person on two
    /// self-referrals, or one referrer (same phone or email) on two of theirs. When not, joining
    /// one into the other hands its outcome to someone else, so staff are warned first.
    pub fn same_code_holder(&self, other: &ReferralAnswers) -> bool {
        let maker = |answers: &ReferralAnswers| match answers {
            ReferralAnswers::SelfReferral(_) => None,
            ReferralAnswers::OnBehalf(_) | ReferralAnswers::Professional(_) => Some(answers.holder_keys()),
        };
        match (maker(self), maker(other)) {
            (None, None) => true,
            (Some(a), Some(b)) => {
                let same = |x: &Option<String>, y: &Option<String>| x.is_some() && x == y;
                same(&a.phone, &b.phone) || same(&a.email, &b.email)
            }
            _ => false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchReason {
    SameName,
    SamePhone,
    SameEmail,
    SameDateOfBirth,
}


/// Why two referrals may be about the same person; empty when they are not likely to be.
pub fn match_reasons(a: &PersonKeys, b: &PersonKeys) -> Vec<MatchReason> {
    let same = |x: &Option<String>, y: &Option<String>| x.is_some() && x == y;
    let mut reasons = Vec::new();
    if !a.name.is_empty() && a.name == b.name {
        reasons.push(MatchReason::SameName);
    }
    if same(&a.phone, &b.phone) {
        reasons.push(MatchReason::SamePhone);
    }
    if same(&a.email, &b.email) {
        reasons.push(MatchReason::SameEmail);
    }
    if a.date_of_birth.is_some() && a.date_of_birth == b.date_of_birth {
        reasons.push(MatchReason::SameDateOfBirth);
    }
    let likely = reasons.contains(&MatchReason::SamePhone)
        || reasons.contains(&MatchReason::SameEmail)
        || (reasons.contains(&MatchReason::SameName) && reasons.contains(&MatchReason::SameDateOfBirth));
    if likely { reasons } else { Vec::new() }
}

/// Another referral that may be about the same person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LikelyDuplicate {
    pub id: Uuid,
    pub reference: String,
    pub received_at: DateTime<Utc>,
    pub status: ReferralStatus,
    pub name: String,
    pub reasons: Vec<MatchReason>,
    /// Someone else holds this referral's tracking code (see `same_code_holder`).
    #[serde(default)]
    pub other_code_holder: bool,
}

/// Join the referral in the path into `into`, which carries on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MergeRequest {
    pub into: Uuid,
    /// Staff saw the warning that the other referral's code holder will see the outcome.
    #[serde(default)]
    pub other_code_holder_warned: bool,
}

impl validator::Validate for MergeRequest {
    fn validate(&self) -> Result<(), validator::ValidationErrors> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(name: &str, phone: Option<&str>, dob: Option<(i32, u32, u32)>) -> PersonKeys {
        PersonKeys {
            name: normalise_name(name),
            phone: phone.and_then(normalise_phone),
            email: None,
            date_of_birth: dob.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
        }
    }

    #[test]
    fn names_and_phones_normalise() {
        assert_eq!(normalise_name("  Jo  SMITH-Jones "), "jo smith jones");
        assert_eq!(normalise_name("Sia\u{0302}n Pryce"), normalise_name("Si\u{00e2}n Pryce"), "a separate accent matches");
        assert_eq!(normalise_name("Sia\u{0302}n"), "si\u{00e2}n");
        assert_eq!(normalise_phone("+44 (0)7700 900982"), Some("07700900982".into()));
        assert_eq!(normalise_phone("+44 7700 900982"), Some("07700900982".into()));
        assert_eq!(normalise_phone("07700 900982"), Some("07700900982".into()));
        assert_eq!(normalise_phone("123"), None);
    }

    #[test]
    fn a_shared_phone_or_name_with_birthday_is_likely() {
        let a = keys("Jo Smith", Some("07700 900982"), None);
        assert_eq!(match_reasons(&a, &keys("jo smith", Some("+44 7700 900982"), None)), [MatchReason::SameName, MatchReason::SamePhone]);
        assert_eq!(match_reasons(&a, &keys("Sam", Some("07700900982"), None)), [MatchReason::SamePhone]);
        let born = keys("Jo Smith", None, Some((1950, 3, 1)));
        assert_eq!(match_reasons(&born, &keys("Jo Smith", None, Some((1950, 3, 1)))), [MatchReason::SameName, MatchReason::SameDateOfBirth]);
    }

    #[test]
    fn a_name_alone_is_not_enough() {
        assert!(match_reasons(&keys("Mum", None, None), &keys("Mum", None, None)).is_empty());
        assert!(match_reasons(&keys("Jo", Some("07700 900982"), None), &keys("Jo", Some("07700 900983"), None)).is_empty());
    }
}
