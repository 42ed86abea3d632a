//! The staff console: sign in, change password, the triage queue, one referral and staff accounts.

pub mod accounts;
mod duplicates;
pub mod guard;
pub mod login;
mod new_code;
mod on_behalf;
mod professional;
pub mod password;
pub mod queue;
pub mod referral;

use speakup_types::problem::Problem;

use crate::session::{Auth, AuthHandle};

/// A 401 from any staff call means the session is gone: forget it, and the guard sends the
/// person to sign in. Returns true when it handled the problem.
pub fn signed_out(auth: &AuthHandle, problem: &Problem) -> bool {
    if problem.status == 401 {
        auth.set(Auth::SignedOut);
        true
    } else {
        false
    }
}
