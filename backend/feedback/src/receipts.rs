//! Receipts: six common words the sender may keep to come back, read replies and answer
//! them. Only a keyed hash of the words is stored. Unlike a tracking code there is no
//! reference beside it (that would be a second thing to keep), so it is looked up by its hash
//! alone: 48 bits, with misses limited for everyone together, cannot be found by guessing.

use speakup_platform::codewords;
use speakup_platform::secrets::derive;
use speakup_types::feedback::RECEIPT_WORDS;

pub fn new_receipt() -> String {
    codewords::random(RECEIPT_WORDS)
}

/// What is stored and looked up: the same for any case, spacing or punctuation typed.
pub fn digest(master_secret: &[u8], receipt: &str) -> String {
    derive(master_secret, "feedback-receipt", codewords::normalise(receipt).as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn receipts_are_six_words_and_their_digest_ignores_how_they_are_typed() {
        let receipt = new_receipt();
        assert_eq!(receipt.split(' ').count(), RECEIPT_WORDS);
        let typed = format!("  {}. ", receipt.to_uppercase().replace(' ', "-"));
        assert_eq!(digest(b"secret", &receipt), digest(b"secret", &typed));
        assert_ne!(digest(b"secret", &receipt), digest(b"other", &receipt));
        assert!(!digest(b"secret", &receipt).contains(receipt.split(' ').next().unwrap()));
    }
}
