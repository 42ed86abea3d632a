//! The deployment's master secret, from which staff session keys and tracking codes are
//! derived. Anyone who learns it can forge an admin session, and a tracking code is a keyed
//! hash of it, so one referral would let an attacker test guesses offline: a secret someone
//! made up is refused, only one with 32 bytes of randomness is taken.

use std::fmt;
use std::sync::Arc;

/// What a weak secret is told, with how to make a good one.
pub const HOW_TO_MAKE_ONE: &str = "make one with `openssl rand -base64 32` (or `head -c 32 /dev/urandom | base64`) \
and set it as SPEAKUP_SECRET, or leave SPEAKUP_SECRET unset to have SpeakUp generate one into the data folder";

/// At least 256 bits: 43 base64 characters (6 bits each) or 64 hex digits (4 bits each).
const MIN_BITS: usize = 256;

#[derive(Clone)]
pub struct MasterSecret(Arc<[u8]>);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WeakSecret {
    #[error("SPEAKUP_SECRET holds about {bits} bits of randomness and SpeakUp needs at least {MIN_BITS}: {HOW_TO_MAKE_ONE}")]
    TooShort { bits: usize },
    #[error("SPEAKUP_SECRET does not look random (too few different characters, or no mix of letters and digits): {HOW_TO_MAKE_ONE}")]
    NotRandom,
}

impl MasterSecret {
    /// Accepts a secret written as base64 (standard or URL-safe, padded or not), hex, or any
    /// other printable text counted as if it were base64, when it carries at least 256 bits and
    /// looks like the output of a random generator rather than a phrase or a pattern.
    pub fn parse(text: &str) -> Result<MasterSecret, WeakSecret> {
        let body = text.trim().trim_end_matches('=');
        let hex = !body.is_empty() && body.chars().all(|c| c.is_ascii_hexdigit());
        let bits = body.chars().count() * if hex { 4 } else { 6 };
        if bits < MIN_BITS {
            return Err(WeakSecret::TooShort { bits });
        }
        let mut distinct: Vec<char> = body.chars().collect();
        distinct.sort_unstable();
        distinct.dedup();
        let has = |f: fn(&char) -> bool| body.chars().any(|c| f(&c));
        // A random 43-character base64 string has about 31 different characters and both
        // cases; missing either happens about once in five billion draws.
        let mixed = if hex {
            has(char::is_ascii_digit) && has(|c| c.is_ascii_alphabetic())
        } else {
            has(char::is_ascii_lowercase) && has(char::is_ascii_uppercase)
        };
        if distinct.len() < if hex { 10 } else { 20 } || !mixed {
            return Err(WeakSecret::NotRandom);
        }
        // The key is the text as given (trimmed): existing deployments keep every derived key.
        Ok(MasterSecret(text.trim().as_bytes().into()))
    }

    /// A fresh secret, as written to `data/secret.key` on first start.
    pub fn generate() -> (MasterSecret, String) {
        loop {
            let text = super::random_token(32);
            // Parsing a fresh token fails about once in five billion (see `parse`); draw again.
            if let Ok(secret) = MasterSecret::parse(&text) {
                return (secret, text);
            }
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for MasterSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MasterSecret(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn made_up_secrets_are_refused() {
        for weak in ["changeme", "test-secret-test-secret-test-secret", "correct horse battery staple"] {
            assert!(matches!(MasterSecret::parse(weak), Err(WeakSecret::TooShort { .. })), "{weak}");
        }
        // Long enough, but a phrase or a pattern.
        for patterned in [&"x".repeat(60), &"ab".repeat(40), "thisismyverylongsecretpasswordforthespeakupserver", &"0123456789".repeat(7)] {
            assert_eq!(MasterSecret::parse(patterned).unwrap_err(), WeakSecret::NotRandom, "{patterned}");
        }
        let message = MasterSecret::parse("changeme").unwrap_err().to_string();
        assert!(message.contains("openssl rand -base64 32"), "{message}");
    }

    #[test]
    fn random_secrets_in_the_usual_encodings_are_taken() {
        let (_, generated) = MasterSecret::generate();
        assert_eq!(generated.len(), 43);
        for good in [
            generated.as_str(),
            "Zq3vB9wXk2LmN7pR4sT8uY1aC5dE6fG0hJ+iK/oQ8w8=",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        ] {
            assert!(MasterSecret::parse(good).is_ok(), "{good}");
        }
        // Over many draws, none of the generated secrets is refused.
        for _ in 0..2_000 {
            let text = crate::secrets::random_token(32);
            assert!(MasterSecret::parse(&text).is_ok(), "{text}");
        }
    }
}
