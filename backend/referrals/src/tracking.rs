//! Public references and secret tracking codes.
//!
//! A reference (`SU-4K7P-M2QX`) names a referral; it is not secret. The tracking code is
//! four common words (`river apple coat seven`): easy to read aloud, to type on a phone and
//! to copy down, checked without regard to case or spaces. Four words from 256 give 32
//! bits; with five tries per reference per 15 minutes that is many thousands of years of
//! guessing. Only an argon2id hash of the code is stored.

use rand::Rng;
use speakup_platform::codewords;
use speakup_platform::secrets::derive;
use speakup_types::referral::REFERENCE_ALPHABET;

pub use speakup_types::referral::normalise_reference;

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
