//! The rule for staff passwords: at least 12 characters, no rules about what kind of
//! characters (they push people towards `Password1!`), and never one that is on the list of
//! the most common leaked passwords shipped with SpeakUp, or a trivial variation of one.

use std::collections::HashSet;
use std::sync::OnceLock;

use speakup_types::identity::MIN_PASSWORD_CHARS;

const COMMON: &str = include_str!("common-passwords.txt");

fn common() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| COMMON.lines().map(str::trim).filter(|l| !l.is_empty()).collect())
}

/// Why a password is refused, as the message id shown beside the field.
pub fn weakness(password: &str, email: &str) -> Option<&'static str> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Some("error-password-too-short");
    }
    let lower = password.to_lowercase();
    let local_part = email.split('@').next().unwrap_or_default().to_lowercase();
    if is_common(&lower) || (!local_part.is_empty() && lower.contains(&local_part) && local_part.len() * 2 >= lower.len()) {
        return Some("error-password-common");
    }
    None
}

/// On the list itself, made of one short or common piece repeated (`qwertyqwerty`,
/// `abcabcabcabc`), or a common one with digits or symbols added at the end (`password1234!`).
fn is_common(lower: &str) -> bool {
    let list = common();
    if list.contains(lower) {
        return true;
    }
    let chars: Vec<char> = lower.chars().collect();
    for unit in 1..=chars.len() / 2 {
        if chars.len().is_multiple_of(unit) && chars.chunks(unit).all(|chunk| chunk == &chars[..unit]) {
            let piece: String = chars[..unit].iter().collect();
            if unit <= 4 || list.contains(piece.as_str()) {
                return true;
            }
        }
    }
    let stem = lower.trim_end_matches(|c: char| !c.is_alphabetic());
    stem.len() < lower.len() && stem.chars().count() >= 4 && list.contains(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_list_holds_at_least_ten_thousand_passwords() {
        assert!(common().len() >= 10_000, "{}", common().len());
        assert!(common().contains("password") && common().contains("123456"));
    }

    #[test]
    fn short_and_common_passwords_are_refused() {
        assert_eq!(weakness("short", "a@b.org"), Some("error-password-too-short"));
        // Twelve characters, but on the list or a trivial variation of something on it.
        for common in ["qwertyuiop12", "1q2w3e4r5t6y", "passwordpassword", "abcabcabcabc", "Password1234!", "monkey123456", "iloveyou1234"] {
            assert_eq!(weakness(common, "a@b.org"), Some("error-password-common"), "{common}");
        }
        assert_eq!(weakness("robin.triage2024", "robin.triage@example.org"), Some("error-password-common"));
    }

    #[test]
    fn long_uncommon_passwords_of_any_kind_are_taken() {
        for fine in ["correct horse battery staple", "robin-chose-this-one", "alllowercaseletters", "mae'r haul yn gwenu"] {
            assert_eq!(weakness(fine, "robin@example.org"), None, "{fine}");
        }
        assert_eq!(weakness("ŵŷâêîôûŵŷâêî", "a@b.org"), None, "characters, not bytes, are counted");
    }
}
