//! A referral's public reference (`SU-4K7P-M2QX`): it names a referral and is not secret.
//! Feedback may carry one when the person chooses to link their feedback to their referral.

/// Letters and digits that cannot be confused when read aloud or written by hand
/// (no 0/O, 1/I/L).
pub const REFERENCE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// `su 4k7p m2qx`, `SU4K7PM2QX` and `SU-4K7P-M2QX` are the same reference.
/// Anything that cannot be a reference becomes `None`.
pub fn normalise_reference(input: &str) -> Option<String> {
    let compact: String = input.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_uppercase();
    let body = compact.strip_prefix("SU").unwrap_or(&compact);
    let valid = body.len() == 8 && body.bytes().all(|b| REFERENCE_ALPHABET.contains(&b));
    valid.then(|| format!("SU-{}-{}", &body[..4], &body[4..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_normalise_whatever_the_case_and_spacing() {
        assert_eq!(normalise_reference("su 4k7p m2qx"), Some("SU-4K7P-M2QX".into()));
        assert_eq!(normalise_reference("SU4K7PM2QX"), Some("SU-4K7P-M2QX".into()));
        assert_eq!(normalise_reference("SU-0000-1111"), None, "0 and 1 are never used");
        assert_eq!(normalise_reference("SU-ABCD"), None);
        assert_eq!(normalise_reference("<script>"), None);
    }
}
