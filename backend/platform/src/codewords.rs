//! Secret codes made of common words (`river apple coat seven`): easy to read aloud, to type
//! on a phone and to copy down, checked without regard to case, spaces or punctuation. Each
//! word is one of 256, so each carries 8 bits. Referrals' tracking codes and feedback's
//! receipts are both made here; neither is ever stored as it is.

use rand::Rng;

use crate::secrets::derive;

const WORDS_TEXT: &str = include_str!("words.txt");

fn words() -> Vec<&'static str> {
    WORDS_TEXT.lines().filter(|w| !w.is_empty()).collect()
}

fn to_words(bytes: impl Iterator<Item = u8>) -> String {
    let list = words();
    bytes.map(|b| list[usize::from(b) % list.len()]).collect::<Vec<_>>().join(" ")
}

/// `count` words derived from `input` with the deployment secret for one `purpose`: the same
/// input always gives the same words, so a retried request gets the same code back without
/// the code being stored. At most 32 words.
pub fn derived(master_secret: &[u8], purpose: &str, input: &str, count: usize) -> String {
    to_words(derive(master_secret, purpose, input.as_bytes()).into_iter().take(count))
}

/// `count` random words.
pub fn random(count: usize) -> String {
    let mut rng = rand::thread_rng();
    to_words((0..count).map(|_| rng.gen::<u8>()))
}

/// What is hashed and compared: lower case letters only, so case, spaces, hyphens and full
/// stops typed by the person do not matter.
pub fn normalise(input: &str) -> String {
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
    fn derived_codes_are_stable_per_input_and_purpose() {
        let code = derived(b"secret", "tracking-code", "key-1", 4);
        assert_eq!(code.split(' ').count(), 4);
        assert_eq!(code, derived(b"secret", "tracking-code", "key-1", 4));
        assert_ne!(code, derived(b"secret", "tracking-code", "key-2", 4));
        assert_ne!(code, derived(b"other", "tracking-code", "key-1", 4));
        assert_ne!(code, derived(b"secret", "feedback-receipt", "key-1", 4));
    }

    #[test]
    fn random_codes_are_known_words() {
        let list = words();
        let code = random(6);
        assert_eq!(code.split(' ').count(), 6);
        assert!(code.split(' ').all(|w| list.contains(&w)));
    }

    #[test]
    fn codes_ignore_case_and_spacing() {
        assert_eq!(normalise("River Apple-coat  SEVEN."), "riverapplecoatseven");
        assert_eq!(normalise("river apple coat seven"), normalise("RIVERAPPLECOATSEVEN"));
    }
}
