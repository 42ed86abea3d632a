//! Public references and secret tracking codes, and what a person reads with them.
//!
//! A reference (`SU-4K7P-M2QX`) names a referral; it is not secret. The tracking code is
//! four common words (`river apple coat seven`): easy to read aloud, to type on a phone and
//! to copy down, checked without regard to case or spaces. Four words from 256 give 32
//! bits; with five tries per reference per 15 minutes that is many thousands of years of
//! guessing. Only an argon2id hash of the code is stored.

use rand::Rng;
use speakup_platform::codewords;
use speakup_platform::db::DbConnection;
use speakup_types::casework::MeetingForPerson;
use speakup_types::referral::TrackedReferral;
use speakup_types::status::ReferralStatus;
use speakup_platform::secrets::derive;
use speakup_types::referral::REFERENCE_ALPHABET;

pub use speakup_types::referral::normalise_reference;

use crate::error::ReferralError;
use crate::store::{self, ReferralRow};
use crate::{advocates, case_entries, closures, declines, desired_outcomes, mandates, person_updates, reoffers, views};

pub const CODE_WORDS: usize = 4;

pub fn new_reference() -> String {
    let mut rng = rand::thread_rng();
    let mut pick = || REFERENCE_ALPHABET[rng.gen_range(0..REFERENCE_ALPHABET.len())] as char;
    let first: String = (0..4).map(|_| pick()).collect();
    let second: String = (0..4).map(|_| pick()).collect();
    format!("SU-{first}-{second}")
}

/// The tracking code for a submission, derived from its idempotency key with the
/// deployment secret. A retried submission therefore gets the same code back without
/// the code ever being stored.
pub fn code_for(master_secret: &[u8], idempotency_key: &str) -> String {
    codewords::derived(master_secret, "tracking-code", idempotency_key, CODE_WORDS)
}

/// A fresh random code, for when someone lost theirs.
pub fn random_code() -> String {
    codewords::random(CODE_WORDS)
}

/// What is stored of an idempotency key: a keyed hash, so that a copy of the database
/// does not hold the keys from which tracking codes are derived.
pub fn key_digest(master_secret: &[u8], idempotency_key: &str) -> String {
    derive(master_secret, "idempotency-key", idempotency_key.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

pub use codewords::normalise as normalise_code;

/// Everything a person may read about their referral: status texts and history, their
/// advocate's first name, the next meeting's when, where and arrangements, the updates
/// written for them, a decline's other help, and what they want to happen. Never a staff
/// reason, code or note.
pub fn for_person(conn: &mut DbConnection, row: &ReferralRow) -> Result<TrackedReferral, ReferralError> {
    let advocate = match row.advocate_id.as_deref().and_then(|a| uuid::Uuid::parse_str(a).ok()) {
        Some(account) => advocates::find(conn, account)?.map(|a| a.first_name),
        None => None,
    };
    let history = store::history(conn, &row.id)?;
    let mut tracked = views::tracked(row, &history, &mandates::for_referral(conn, &row.id)?, advocate)?;
    // Only when, where and what is arranged: a meeting's notes stay with the team.
    let meeting = case_entries::next_meeting(conn, &row.id, chrono::Utc::now().naive_utc())?;
    tracked.next_meeting = meeting.and_then(|m| {
        Some(MeetingForPerson {
            at: m.due_at?.and_utc(),
            place: m.place.clone()?,
            arrangements: m.arrangements(),
            move_wanted: m.move_wanted_at.map(|at| at.and_utc()),
        })
    });
    tracked.updates = person_updates::for_person(conn, &row.id)?;
    let reason = history.iter().rev().find(|e| e.status == ReferralStatus::Declined.as_str()).and_then(|e| e.note_for_person.clone());
    tracked.declined = declines::for_person(conn, &row.id, reason)?;
    tracked.reoffer_on = reoffers::due_on(conn, &row.id)?;
    tracked.outcomes = desired_outcomes::for_person(conn, &row.id)?;
    tracked.closure = closures::for_person(conn, &row.id)?;
    Ok(tracked)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn references_are_well_formed_and_normalise() {
        let reference = new_reference();
        assert_eq!(reference.len(), 12);
        assert_eq!(normalise_reference(&reference), Some(reference.clone()));
        assert_eq!(normalise_reference(&reference.to_lowercase().replace('-', " ")), Some(reference));
        assert_eq!(normalise_reference("SU-0000-1111"), None);
        assert_eq!(normalise_reference("SU-ABCD"), None);
        assert_eq!(normalise_reference("<script>"), None);
    }

    #[test]
    fn codes_are_four_words_stable_per_key() {
        let code = code_for(b"secret", "key-1");
        assert_eq!(code.split(' ').count(), CODE_WORDS);
        assert_eq!(code, code_for(b"secret", "key-1"));
        assert_ne!(code, code_for(b"secret", "key-2"));
        assert_ne!(code, code_for(b"other", "key-1"));
    }

    #[test]
    fn key_digests_hide_the_key() {
        let digest = key_digest(b"secret", "0f8e7d6c-5b4a-4321-9876-abcdefabcdef");
        assert_eq!(digest.len(), 64);
        assert!(!digest.contains("0f8e7d6c"));
        assert_ne!(digest, key_digest(b"other", "0f8e7d6c-5b4a-4321-9876-abcdefabcdef"));
    }
}
