//! Rules for free text typed by people and staff.
//!
//! Text is always rendered escaped, but we still refuse markup so that nothing that looks
//! like HTML reaches a case record, an email or a CSV export.

use std::borrow::Cow;
use validator::ValidationError;

/// True when the text holds something that looks like an HTML or XML tag (`<b`, `</`, `<!`, `<?`).
/// A lone `<` as in "I <3 my cat" or "less than 5" is fine.
pub fn contains_markup(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.windows(2).any(|pair| {
        pair[0] == b'<' && (pair[1].is_ascii_alphabetic() || matches!(pair[1], b'/' | b'!' | b'?'))
    })
}

/// Control characters other than line breaks and tabs never belong in what a person types.
pub fn contains_control(text: &str, allow_newlines: bool) -> bool {
    text.chars().any(|c| {
        c.is_control() && !(allow_newlines && matches!(c, '\n' | '\r' | '\t'))
    })
}

/// Characters that change how text is shown without being seen: direction overrides, embeds
/// and isolates (U+202A–U+202E, U+2066–U+2069), direction marks (U+200E, U+200F, U+061C), the
/// zero-width space and word joiner (U+200B, U+2060) and the byte-order mark (U+FEFF). Someone
/// could use them to make a name or a note read differently to staff than it is stored, so
/// they are refused; the browser sets the direction of Urdu itself. The zero-width non-joiner
/// and joiner (U+200C, U+200D) stay allowed: Urdu and Persian spelling and emoji need them.
pub fn contains_invisible(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{2060}' | '\u{FEFF}')
    })
}

fn error(code: &'static str, message: &'static str) -> ValidationError {
    ValidationError::new(code).with_message(Cow::Borrowed(message))
}

/// For one-line answers: names, phone numbers, languages.
pub fn single_line(text: &str) -> Result<(), ValidationError> {
    if contains_markup(text) {
        return Err(error("markup", "error-markup"));
    }
    if contains_control(text, false) {
        return Err(error("control", "error-control-one-line"));
    }
    if contains_invisible(text) {
        return Err(error("invisible", "error-invisible"));
    }
    Ok(())
}

/// For answers in the person's own words, which may run over several lines.
pub fn multi_line(text: &str) -> Result<(), ValidationError> {
    if contains_markup(text) {
        return Err(error("markup", "error-markup"));
    }
    if contains_control(text, true) {
        return Err(error("control", "error-control"));
    }
    if contains_invisible(text) {
        return Err(error("invisible", "error-invisible"));
    }
    Ok(())
}

/// A required answer must hold more than spaces; `message` (a message id in errors.ftl) says
/// what is missing.
pub fn required(text: &str, message: &'static str) -> Result<(), ValidationError> {
    if text.trim().is_empty() {
        return Err(error("blank", message));
    }
    Ok(())
}

/// UK and international phone numbers: digits with optional spaces, brackets, dashes and a leading +.
pub fn phone_number(text: &str) -> Result<(), ValidationError> {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let allowed = text
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')') || (c == '+' && i == 0));
    if !allowed || !(7..=15).contains(&digits) {
        return Err(error(
            "phone",
            "error-phone-invalid",
        ));
    }
    Ok(())
}

/// A deliberately simple email check: something@something.something, no spaces.
/// The real test of an address is whether mail arrives.
pub fn email_address(text: &str) -> Result<(), ValidationError> {
    let valid = match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !text.contains(char::is_whitespace)
                && !domain.contains('@')
        }
        None => false,
    };
    if !valid || text.len() > 254 || contains_markup(text) || contains_control(text, false) {
        return Err(error("email", "error-email-invalid"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_refused_but_hearts_are_not() {
        assert!(contains_markup("<script>alert(1)</script>"));
        assert!(contains_markup("hello </b>"));
        assert!(contains_markup("<!-- x -->"));
        assert!(!contains_markup("I <3 my cat"));
        assert!(!contains_markup("fewer than < 5 visits"));
    }

    #[test]
    fn control_characters_are_refused_on_one_line() {
        assert!(single_line("Sam\u{0007}").is_err());
        assert!(single_line("Sam\nJones").is_err());
        assert!(multi_line("line one\nline two").is_ok());
        assert!(multi_line("bell\u{0007}").is_err());
    }

    #[test]
    fn invisible_direction_and_width_characters_are_refused() {
        for sneaky in ["Sam\u{202E}nhoJ", "a\u{200B}b", "\u{2066}x\u{2069}", "\u{FEFF}Sam", "x\u{200F}", "\u{202A}", "a\u{2060}b", "\u{061C}x"] {
            assert!(single_line(sneaky).is_err(), "{sneaky:?}");
            assert!(multi_line(sneaky).is_err(), "{sneaky:?}");
        }
        assert!(single_line("محمد علی").is_ok(), "right-to-left text itself is fine");
        assert!(single_line("Siân ap Rhys").is_ok());
        assert!(single_line("می\u{200C}خواهم").is_ok(), "the zero-width non-joiner shapes Persian and Urdu words");
        assert!(single_line("👩\u{200D}👧").is_ok(), "emoji sequences use the joiner");
        assert_eq!(single_line("a\u{200B}b").unwrap_err().message.as_deref(), Some("error-invisible"));
    }

    #[test]
    fn phone_numbers() {
        assert!(phone_number("07700 900982").is_ok());
        assert!(phone_number("+44 (0)20 7946 0000").is_ok());
        assert!(phone_number("12345").is_err());
        assert!(phone_number("0770O 900982").is_err());
        assert!(phone_number("07700+900982").is_err());
    }

    #[test]
    fn email_addresses() {
        assert!(email_address("sam@example.org").is_ok());
        assert!(email_address("sam@example").is_err());
        assert!(email_address("sam example@example.org").is_err());
        assert!(email_address("@example.org").is_err());
        assert!(email_address("a@b@example.org").is_err());
        assert!(email_address("a\u{0}@example.org").is_err());
    }

    #[test]
    fn blank_answers() {
        assert!(required("   \n", "Tell us").is_err());
        assert!(required(" a ", "Tell us").is_ok());
    }
}
