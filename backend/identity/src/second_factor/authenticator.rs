//! The authenticator key: RFC 6238 codes with SHA-1, six digits and 30-second steps, the
//! settings every authenticator app reads, and the `otpauth://` address and QR code that
//! carry the key to the app.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use rand::RngCore;
use speakup_platform::secrets::constant_time_eq;
use speakup_types::identity::AuthenticatorSetup;
use totp_rs::{Algorithm, Secret, TOTP};

const STEP_SECONDS: u64 = 30;
const DIGITS: usize = 6;
const ISSUER: &str = "SpeakUp";

pub struct Authenticator {
    totp: TOTP,
}

impl Authenticator {
    /// A fresh key of 160 random bits, the length RFC 4226 recommends.
    pub fn generate() -> Authenticator {
        let mut key = vec![0u8; 20];
        rand::rngs::OsRng.fill_bytes(&mut key);
        Authenticator::from_bytes(key).expect("160 bits is a valid key")
    }

    /// The key as stored (base32); `None` if it is not a valid key.
    pub fn from_base32(stored: &str) -> Option<Authenticator> {
        Authenticator::from_bytes(Secret::Encoded(stored.to_string()).to_bytes().ok()?)
    }

    fn from_bytes(key: Vec<u8>) -> Option<Authenticator> {
        // One step either side: a phone's clock may be a little out.
        TOTP::new(Algorithm::SHA1, DIGITS, 1, STEP_SECONDS, key).ok().map(|totp| Authenticator { totp })
    }

    pub fn base32(&self) -> String {
        self.totp.get_secret_base32()
    }

    /// The code the app shows at `unix_seconds`.
    pub fn code_at(&self, unix_seconds: u64) -> String {
        self.totp.generate(unix_seconds)
    }

    /// The 30-second step `code` belongs to, if it is right now or one step either side. The
    /// caller accepts each step once only (RFC 6238 §5.2), so a code seen over a shoulder or
    /// in a log cannot be used again.
    pub fn step_for(&self, code: &str, unix_seconds: u64) -> Option<i64> {
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        if code.len() != DIGITS || !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let now = unix_seconds / STEP_SECONDS;
        (now.saturating_sub(1)..=now + 1)
            .find(|step| constant_time_eq(self.code_at(step * STEP_SECONDS).as_bytes(), code.as_bytes()))
            .map(|step| step as i64)
    }

    /// What the person needs to add the key to their app, labelled with their account.
    pub fn setup(&self, account: &str) -> AuthenticatorSetup {
        let key = self.base32();
        let uri = format!(
            "otpauth://totp/{issuer}:{account}?secret={key}&issuer={issuer}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
            issuer = percent_encode(ISSUER),
            account = percent_encode(account),
        );
        let grouped = key.as_bytes().chunks(4).map(|c| std::str::from_utf8(c).expect("base32 is ASCII")).collect::<Vec<_>>().join(" ");
        AuthenticatorSetup { qr_code: qr_data_url(&uri), key: grouped, uri }
    }
}

/// Percent-encodes all but RFC 3986's unreserved characters, for the label and issuer.
fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The QR code in a `data:` URL, which the page's content security policy allows for images.
fn qr_data_url(text: &str) -> String {
    let svg = speakup_types::qr::svg(text).expect("an otpauth address fits in a QR code");
    format!("data:image/svg+xml;base64,{}", STANDARD.encode(svg))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 Appendix B, SHA-1: the key is the ASCII of "12345678901234567890" and the
    /// codes are the last six digits of the published eight.
    #[test]
    fn codes_match_the_rfc_test_vectors() {
        let rfc = Authenticator::from_bytes(b"12345678901234567890".to_vec()).unwrap();
        for (time, code) in [(59, "287082"), (1111111109, "081804"), (1234567890, "005924"), (2000000000, "279037")] {
            assert_eq!(rfc.code_at(time), code, "at {time}");
        }
    }

    #[test]
    fn a_code_is_right_for_its_step_and_one_either_side_only() {
        let key = Authenticator::generate();
        let now = 1_800_000_000;
        let code = key.code_at(now);
        assert_eq!(key.step_for(&code, now), Some((now / 30) as i64));
        assert_eq!(key.step_for(&code, now + 30), Some((now / 30) as i64));
        assert_eq!(key.step_for(&format!("{} {}", &code[..3], &code[3..]), now), Some((now / 30) as i64));
        assert_eq!(key.step_for(&code, now + 90), None);
        assert_eq!(key.step_for("12345", now), None);
        assert_eq!(key.step_for("abcdef", now), None);
    }

    #[test]
    fn the_stored_key_round_trips_and_the_setup_names_the_account() {
        let key = Authenticator::generate();
        let again = Authenticator::from_base32(&key.base32()).unwrap();
        assert_eq!(again.code_at(1_800_000_000), key.code_at(1_800_000_000));
        assert!(Authenticator::from_base32("not base32!").is_none());
        let setup = key.setup("sam+work@example.org");
        assert!(setup.uri.starts_with("otpauth://totp/SpeakUp:sam%2Bwork%40example.org?secret="));
        assert!(setup.uri.contains(&format!("secret={}&", key.base32())));
        assert_eq!(setup.key.replace(' ', ""), key.base32());
        let svg = STANDARD.decode(setup.qr_code.strip_prefix("data:image/svg+xml;base64,").unwrap()).unwrap();
        assert!(String::from_utf8(svg).unwrap().starts_with("<svg"));
    }
}
