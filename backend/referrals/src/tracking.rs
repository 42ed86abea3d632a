//! Public references and secret tracking codes.
//!
//! A reference (`SU-4K7P-M2QX`) names a referral; it is not secret. The tracking code is
//! four common words (`river apple coat seven`): easy to read aloud, to type on a phone and
//! to copy down, checked without regard to case or spaces. Four words from 256 give 32
//! bits; with five tries per reference per 15 minutes that is many thousands of years of
//! guessing. Only an argon2id hash of the code is stored.

use rand::Rng;
use speakup_platform::secrets::derive;

/// Letters and digits that cannot be confused when read aloud or written by hand
/// (no 0/O, 1/I/L).
const REFERENCE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const WORDS_TEXT: &str = include_str!("words.txt");
pub const CODE_WORDS: usize = 4;

fn words() -> Vec<&'static str> {
    WORDS_TEXT.lines().filter(|w| !w.is_empty()).collect()
}

pub fn new_reference() -> String {
    let mut rng = rand::thread_rng();
    let mut pick = || REFERENCE_ALPHABET[rng.gen_range(0..REFERENCE_ALPHABET.len())] as char;
    let first: String = (0..4).map(|_| pick()).collect();
    let second: String = (0..4).map(|_| pick()).collect();
    format!("SU-{first}-{second}")
}

/// `su 4k7p m2qx`, `SU4K7PM2QX` and `SU-4K7P-M2QX` are the same reference.
/// Anything that cannot be a reference becomes `None`.
pub fn normalise_reference(input: &str) -> Option<String> {
    let compact: String = input.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_uppercase();
    let body = compact.strip_prefix("SU").unwrap_or(&compact);
    let valid = body.len() == 8 && body.bytes().all(|b| REFERENCE_ALPHABET.contains(&b));
    valid.then(|| format!("SU-{}-{}", &body[..4], &body[4..]))
}

/// The tracking code for a submission, derived from its idempotency key with the
/// deployment secret. A retried submission therefore gets the same code back without
/// the code ever being stored.
pub fn code_for(master_secret: &[u8], idempotency_key: &str) -> String {
    let bytes = derive(master_secret, "tracking-code", idempotency_key.as_bytes());
    let list = words();
    bytes.iter().take(CODE_WORDS).map(|b| list[usize::from(*b) % list.len()]).collect::<Vec<_>>().join(" ")
}

/// A fresh random code, for when someone lost theirs.
pub fn random_code() -> String {
    let list = words();
    let mut rng = rand::thread_rng();
    (0..CODE_WORDS).map(|_| list[rng.gen_range(0..list.len())]).collect::<Vec<_>>().join(" ")
}

/// What is stored of an idempotency key: a keyed hash, so that a copy of the database
/// does not hold the keys from which tracking codes are derived.
pub fn key_digest(master_secret: &[u8], idempotency_key: &str) -> String {
    derive(master_secret, "idempotency-key", idempotency_key.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// What is hashed and compared: lower case letters only, so case, spaces, hyphens and
/// full stops typed by the person do not matter.
pub fn normalise_code(input: &str) -> String {
    input.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_list_has_256_distinct_short_words() {
        let list = words();
        assert_eq!(list.len(), 256);
        let mut sorted = list.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 256);
        assert!(list.iter().all(|w| w.len() <= 8 && w.chars().all(|c| c.is_ascii_lowercase())));
    }

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
    fn random_codes_are_four_known_words() {
        let list = words();
        let code = random_code();
        assert!(code.split(' ').all(|w| list.contains(&w)));
        assert_eq!(code.split(' ').count(), CODE_WORDS);
    }

    #[test]
    fn key_digests_hide_the_key() {
        let digest = key_digest(b"secret", "0f8e7d6c-5b4a-4321-9876-abcdefabcdef");
        assert_eq!(digest.len(), 64);
        assert!(!digest.contains("0f8e7d6c"));
        assert_ne!(digest, key_digest(b"other", "0f8e7d6c-5b4a-4321-9876-abcdefabcdef"));
    }

    #[test]
    fn codes_ignore_case_and_spacing() {
        assert_eq!(normalise_code("River Apple-coat  SEVEN."), "riverapplecoatseven");
        assert_eq!(normalise_code("river apple coat seven"), normalise_code("RIVERAPPLECOATSEVEN"));
    }
}
