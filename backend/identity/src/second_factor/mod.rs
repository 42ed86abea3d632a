//! The second factor, as plain functions over the database: setting up an authenticator app,
//! recovery codes, turning it off, an admin's reset and the admin's setting of which roles
//! must use one. Sign-in asks [`check_sign_in_code`] on its second step.
//!
//! The authenticator key is kept as it is in identity's database, like the sessions beside
//! it: whoever can read that database could already take over a session. Recovery codes are
//! kept only as keyed hashes, since they are shown once and never needed again in the clear.

mod authenticator;
pub mod store;

use std::time::{SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use speakup_platform::db::{DbConnection, write_transaction};
use speakup_platform::secrets::{derive, verify_secret};
use speakup_types::identity::{
    AccountAction, AuthenticatorSetup, RecoveryCodes, Role, SecondFactorPolicy, SecondFactorStatus, StaffAccount,
};
use uuid::Uuid;

pub use authenticator::Authenticator;

use crate::accounts::{self, AccountRow};
use crate::error::IdentityError;
use crate::{account_events, manage, sessions, Identity};

const RECOVERY_CODES: usize = 10;

fn now_seconds() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default()
}

/// A recovery code's keyed hash, ignoring case, spaces and dashes as people type them.
fn recovery_hash(identity: &Identity, code: &str) -> String {
    let plain: String = code.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect();
    URL_SAFE_NO_PAD.encode(derive(&identity.recovery_key, "recovery-code", plain.as_bytes()))
}

/// Ten fresh codes, each three groups of four easily read characters (about 59 bits).
fn fresh_recovery_codes(identity: &Identity) -> (RecoveryCodes, Vec<String>) {
    let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| manage::readable_groups(3)).collect();
    let hashes = codes.iter().map(|code| recovery_hash(identity, code)).collect();
    (RecoveryCodes { codes }, hashes)
}

/// Accepts a code from the user's confirmed (or, while setting up, pending) key, once.
fn accept_app_code(conn: &mut DbConnection, user: Uuid, code: &str, pending: bool) -> Result<(), IdentityError> {
    let row = store::find(conn, user)?.filter(|row| row.confirmed != pending).ok_or(if pending {
        IdentityError::NoSecondFactorSetup
    } else {
        IdentityError::SecondFactorWrong
    })?;
    let key = Authenticator::from_base32(&row.secret).ok_or(IdentityError::CorruptAccount)?;
    match key.step_for(code, now_seconds()) {
        Some(step) if store::accept_step(conn, user, step)? => Ok(()),
        _ => Err(IdentityError::SecondFactorWrong),
    }
}

/// Sign-in's second step: a code from the app, or one of the account's unused recovery codes.
pub fn check_sign_in_code(identity: &Identity, conn: &mut DbConnection, user: Uuid, code: &str) -> Result<bool, IdentityError> {
    let digits = code.chars().filter(|c| !c.is_whitespace()).all(|c| c.is_ascii_digit());
    if digits {
        return match accept_app_code(conn, user, code, false) {
            Ok(()) => Ok(true),
            Err(IdentityError::SecondFactorWrong) => Ok(false),
            Err(e) => Err(e),
        };
    }
    Ok(store::use_recovery_code(conn, user, &recovery_hash(identity, code))?)
}

/// Whether the account's role requires a second factor it has not set up yet.
pub fn owes_setup(conn: &mut DbConnection, user: Uuid, role: Role) -> Result<bool, IdentityError> {
    Ok(store::is_required(conn, role)? && !store::is_on(conn, user)?)
}

pub async fn status(identity: &Identity, user: Uuid, role: Role) -> Result<SecondFactorStatus, IdentityError> {
    identity
        .db
        .run(move |conn| {
            Ok(SecondFactorStatus {
                enabled: store::is_on(conn, user)?,
                required: store::is_required(conn, role)?,
                recovery_codes_left: store::recovery_codes_left(conn, user)?.try_into().unwrap_or(0),
            })
        })
        .await
}

/// A new key for the user's app, not used at sign-in until a code from it is typed back.
pub async fn start_setup(identity: &Identity, user: Uuid, email: String) -> Result<AuthenticatorSetup, IdentityError> {
    identity
        .db
        .run(move |conn| {
            if store::is_on(conn, user)? {
                return Err(IdentityError::SecondFactorAlreadyOn);
            }
            let key = Authenticator::generate();
            store::set_pending(conn, user, &key.base32())?;
            Ok(key.setup(&email))
        })
        .await
}

/// The typed-back code proves the app has the key: from now on sign-in asks for a code. The
/// user's other sessions end (they were made without one) and recovery codes are returned.
pub async fn confirm(identity: &Identity, user: Uuid, keep_session: String, code: String) -> Result<RecoveryCodes, IdentityError> {
    let (codes, hashes) = fresh_recovery_codes(identity);
    identity
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                accept_app_code(conn, user, &code, true)?;
                store::replace_recovery_codes(conn, user, &hashes)?;
                sessions::revoke_all(conn, user, Some(&keep_session))?;
                account_events::record(conn, user, Some(user), AccountAction::SecondFactorOn, None)?;
                Ok(codes)
            })
        })
        .await
}

/// New recovery codes in place of the old, for a current code from the app.
pub async fn renew_recovery_codes(identity: &Identity, user: Uuid, code: String) -> Result<RecoveryCodes, IdentityError> {
    let (codes, hashes) = fresh_recovery_codes(identity);
    identity
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                accept_app_code(conn, user, &code, false)?;
                store::replace_recovery_codes(conn, user, &hashes)?;
                account_events::record(conn, user, Some(user), AccountAction::RecoveryCodesRenewed, None)?;
                Ok(codes)
            })
        })
        .await
}

/// Turns the second factor off, for the right password, unless the role requires one.
pub async fn turn_off(identity: &Identity, account: AccountRow, keep_session: String, password: String) -> Result<(), IdentityError> {
    let user = account.to_user()?;
    let id = user.id;
    if identity.db.run(move |conn| store::is_required(conn, user.role).map_err(IdentityError::from)).await? {
        return Err(IdentityError::SecondFactorRequired);
    }
    let stored = account.password_hash.clone();
    if !identity.hashing.run(move || verify_secret(&password, &stored)).await.map_err(IdentityError::Hashing)? {
        return Err(IdentityError::WrongCurrentPassword);
    }
    identity
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                store::remove(conn, id)?;
                sessions::revoke_all(conn, id, Some(&keep_session))?;
                account_events::record(conn, id, Some(id), AccountAction::SecondFactorOff, None)?;
                Ok(())
            })
        })
        .await
}

/// An admin removes someone's authenticator (a lost or replaced phone). Their sessions end;
/// if their role requires a second factor they set up a new one at next sign-in.
pub async fn reset(identity: &Identity, actor: Uuid, id: Uuid) -> Result<StaffAccount, IdentityError> {
    identity
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                accounts::find(conn, id)?.ok_or(IdentityError::AccountNotFound)?;
                store::remove(conn, id)?;
                manage::after_change(conn, id, actor, AccountAction::SecondFactorReset, None)
            })
        })
        .await
}

pub async fn policy(identity: &Identity) -> Result<SecondFactorPolicy, IdentityError> {
    let roles = identity.db.run(|conn| store::required_roles(conn).map_err(IdentityError::from)).await?;
    Ok(SecondFactorPolicy { roles })
}

pub async fn set_policy(identity: &Identity, roles: Vec<Role>) -> Result<SecondFactorPolicy, IdentityError> {
    let roles = identity
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                store::set_required_roles(conn, &roles)?;
                store::required_roles(conn)
            })
            .map_err(IdentityError::from)
        })
        .await?;
    Ok(SecondFactorPolicy { roles })
}
