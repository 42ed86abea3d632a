//! A second factor at sign-in: a code from an authenticator app (RFC 6238), or one of the
//! account's one-time recovery codes when the phone is not to hand.

use serde::{Deserialize, Serialize};
use validator::Validate;

use super::Role;

/// What sign-in answers (with 202) when the password was right and a code is still owed.
/// The ticket stands in for the password on the second step, for a few minutes and a few tries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecondFactorChallenge {
    pub ticket: String,
}

/// The second step of sign-in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
pub struct SecondFactorLogin {
    #[validate(length(min = 1, max = 200, message = "error-sign-in-again"))]
    pub ticket: String,
    #[validate(length(min = 1, max = 40, message = "error-second-factor-code-required"))]
    pub code: String,
}

/// Whether the signed-in account uses a second factor, and whether its role requires one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecondFactorStatus {
    pub enabled: bool,
    pub required: bool,
    /// Unused recovery codes; when few are left it is time for new ones.
    pub recovery_codes_left: u32,
}

/// A new authenticator key, not yet in use: the person scans the QR code or types the key
/// into their app, then types back a code to show it works.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuthenticatorSetup {
    /// The key in base32, in groups of four for typing by hand.
    pub key: String,
    /// The `otpauth://` address the QR code holds.
    pub uri: String,
    /// The QR code as an SVG `data:` URL, for an `<img>`.
    pub qr_code: String,
}

/// A code from the authenticator app: to confirm a new key, or to get new recovery codes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
pub struct AuthenticatorCode {
    #[validate(length(min = 1, max = 40, message = "error-second-factor-code-required"))]
    pub code: String,
}

/// Recovery codes, shown once: each lets its holder sign in once without the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecoveryCodes {
    pub codes: Vec<String>,
}

/// Turning the second factor off takes the password, so a session left open cannot do it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
pub struct TurnOffSecondFactor {
    #[validate(length(min = 1, max = 1024, message = "error-current-password-required"))]
    pub current_password: String,
}

/// The roles whose members must use a second factor (an admin's setting; none at first).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
pub struct SecondFactorPolicy {
    pub roles: Vec<Role>,
}
