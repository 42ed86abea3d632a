//! A small proof of work sent with each new referral. There is no CAPTCHA and nothing is kept
//! about the sender, so a flood of junk referrals is slowed by making each one cost the sender
//! some computing: the server hands out a signed challenge with a number of bits, and the
//! sender finds a counter whose SHA-256 (with the challenge) starts with that many zero bits.
//! The PWA does this unseen in well under a second normally; under a flood the server asks for
//! more bits, so a flood grows expensive while a genuine person only waits a little longer.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The header a submission carries: `<challenge>:<counter>`.
pub const HEADER: &str = "x-proof-of-work";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Challenge {
    pub challenge: String,
    pub bits: u32,
}

fn zero_bits(digest: &[u8]) -> u32 {
    let mut bits = 0;
    for byte in digest {
        if *byte == 0 {
            bits += 8;
        } else {
            return bits + byte.leading_zeros();
        }
    }
    bits
}

/// Whether `counter` answers `challenge` with at least `bits` leading zero bits.
pub fn meets(challenge: &str, counter: u64, bits: u32) -> bool {
    let digest = Sha256::new().chain_update(challenge.as_bytes()).chain_update(b":").chain_update(counter.to_string().as_bytes()).finalize();
    zero_bits(&digest) >= bits
}

/// Tries counters `from..from + tries`; the first that answers, if any. Lets a browser work in
/// slices and keep the page responsive between them.
pub fn search(challenge: &str, bits: u32, from: u64, tries: u64) -> Option<u64> {
    (from..from.saturating_add(tries)).find(|counter| meets(challenge, *counter, bits))
}

/// The header value for an answered challenge.
pub fn header_value(challenge: &str, counter: u64) -> String {
    format!("{challenge}:{counter}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_is_found_and_checked() {
        let counter = search("a-challenge", 8, 0, 1 << 20).expect("8 bits are found quickly");
        assert!(meets("a-challenge", counter, 8));
        // Asking for more bits than an answer has fails.
        let bits = (0..64).take_while(|b| meets("a-challenge", counter, *b)).count() as u32;
        assert!(bits >= 8 && !meets("a-challenge", counter, bits));
        assert_eq!(zero_bits(&[0, 0b0001_0000, 0xff]), 11);
        assert_eq!(header_value("c.d", 42), "c.d:42");
    }
}
