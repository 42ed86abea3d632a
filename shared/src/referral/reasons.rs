//! The reasons people most often ask for an advocate, offered as pictures on the first
//! question of the public routes: choosing any of them, or writing in their own words, is
//! enough to go on.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommonReason {
    /// Care or support is changing: an assessment, a review, a cut.
    CareChanging,
    /// In hospital, or about mental health care.
    Hospital,
    /// Wanting to complain about a service.
    Complaint,
    /// Money or benefits.
    Money,
    /// Where they live, or having to move.
    Housing,
    /// Not feeling safe.
    Unsafe,
}

impl CommonReason {
    pub const ALL: [CommonReason; 6] = [
        CommonReason::CareChanging,
        CommonReason::Hospital,
        CommonReason::Complaint,
        CommonReason::Money,
        CommonReason::Housing,
        CommonReason::Unsafe,
    ];

    /// The JSON name, also used in the option's id.
    pub fn code(self) -> &'static str {
        match self {
            CommonReason::CareChanging => "care_changing",
            CommonReason::Hospital => "hospital",
            CommonReason::Complaint => "complaint",
            CommonReason::Money => "money",
            CommonReason::Housing => "housing",
            CommonReason::Unsafe => "unsafe",
        }
    }

    pub fn from_code(code: &str) -> Option<CommonReason> {
        CommonReason::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The message naming it for staff and on "check your answers" (see `speakup-locales`).
    pub fn label_id(self) -> &'static str {
        match self {
            CommonReason::CareChanging => "common-reason-care-changing",
            CommonReason::Hospital => "common-reason-hospital",
            CommonReason::Complaint => "common-reason-complaint",
            CommonReason::Money => "common-reason-money",
            CommonReason::Housing => "common-reason-housing",
            CommonReason::Unsafe => "common-reason-unsafe",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referral::{ContactMethod, ContactPreferences, SelfReferral};
    use validator::Validate;

    #[test]
    fn a_picture_or_their_own_words_is_enough() {
        let contact = ContactPreferences { method: ContactMethod::Email, email: Some("sam@example.org".into()), ..Default::default() };
        let mut referral = SelfReferral { name: "Sam".into(), contact, ..Default::default() };
        let fields = |r: &SelfReferral| match r.validate() {
            Ok(()) => vec![],
            Err(e) => crate::problem::field_errors(&e).into_iter().map(|f| f.field).collect::<Vec<_>>(),
        };
        assert_eq!(fields(&referral), ["help_with"]);
        referral.reasons = vec![CommonReason::Money];
        assert!(fields(&referral).is_empty());
        referral.help_with = "<b>help</b>".into();
        assert_eq!(fields(&referral), ["help_with"], "words given are still checked");
    }

    #[test]
    fn each_reason_reads_back_from_its_code() {
        for reason in CommonReason::ALL {
            assert_eq!(CommonReason::from_code(reason.code()), Some(reason));
            assert_eq!(serde_json::to_value(reason).unwrap(), reason.code());
        }
    }
}
