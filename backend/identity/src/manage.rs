//! What admins (and SpeakUp at first start) do to staff accounts, as plain functions over the
//! database. Each change to an account is recorded in its history and ends its sessions, so a
//! disabled account, a new role or a reset password takes effect in every service at once.
//! Password hashing never holds a pooled connection: it runs first, then the database work.

use rand::Rng;
use speakup_platform::db::{DbConnection, write_transaction};
use speakup_platform::secrets::{hash_secret, verify_secret};
use speakup_types::identity::{AccountAction, NewStaffUser, Role, StaffAccount, StaffUser};
use uuid::Uuid;

use crate::accounts::{self, AccountRow};
use crate::error::IdentityError;
use crate::{account_events, password, sessions, Identity};

/// Letters and digits that cannot be confused when read out or copied by hand.
const READABLE: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";

/// A one-time password to hand over in person: four groups of four (about 79 bits).
pub fn one_time_password() -> String {
    readable_groups(4)
}

/// A new one-time password and its hash, hashed without holding a database connection.
pub(crate) async fn hashed_one_time_password(identity: &Identity) -> Result<(String, String), IdentityError> {
    let password = one_time_password();
    let hash = {
        let password = password.clone();
        identity.hashing.run(move || hash_secret(&password)).await.map_err(IdentityError::Hashing)?
    };
    Ok((password, hash))
}

/// `groups` groups of four readable characters, joined by dashes (about 20 bits a group).
pub(crate) fn readable_groups(groups: usize) -> String {
    let mut rng = rand::rngs::OsRng;
    (0..groups)
        .map(|_| (0..4).map(|_| READABLE[rng.gen_range(0..READABLE.len())] as char).collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

fn check_password(password: &str, email: &str, field: &'static str) -> Result<(), IdentityError> {
    match password::weakness(password, email) {
        Some(message) => Err(IdentityError::WeakPassword { field, message }),
        None => Ok(()),
    }
}

/// Makes the first admin with `password` when there are no accounts at all, returning its
/// email; does nothing afterwards. The password meets the same rule as any other and, however
/// it was chosen, must be changed at first sign-in.
pub async fn ensure_first_admin(identity: &Identity, email: &str, password: &str) -> Result<Option<String>, IdentityError> {
    if has_accounts(identity).await? {
        return Ok(None);
    }
    check_password(password, email, "SPEAKUP_ADMIN_PASSWORD")?;
    let new = NewStaffUser { email: email.to_string(), display_name: "Provider admin".into(), role: Role::Admin, password: password.into() };
    Ok(Some(add_account(identity, None, new, true).await?.email))
}

pub async fn has_accounts(identity: &Identity) -> Result<bool, IdentityError> {
    Ok(identity.db.run(|conn| accounts::count(conn).map_err(IdentityError::from)).await? > 0)
}

/// Adds an account. `one_time` marks the password as one to change at first sign-in, as it
/// always is when an admin sets it.
pub async fn add_account(identity: &Identity, actor: Option<Uuid>, new: NewStaffUser, one_time: bool) -> Result<StaffUser, IdentityError> {
    if !new.role.given_by_admins() {
        return Err(IdentityError::GroupRole);
    }
    check_password(&new.password, &new.email, "password")?;
    let password = new.password.clone();
    let hash = identity.hashing.run(move || hash_secret(&password)).await.map_err(IdentityError::Hashing)?;
    identity.db.run(move |conn| {
        write_transaction(conn, |conn| {
            let user = accounts::create(
                conn,
                accounts::NewAccount {
                    email: &new.email,
                    display_name: &new.display_name,
                    role: new.role,
                    group_id: None,
                    password_hash: &hash,
                    must_change_password: one_time,
                },
            )?;
            account_events::record(conn, user.id, actor, AccountAction::Created, Some(user.role))?;
            Ok(user)
        })
    })
    .await
}

/// Loads the account an admin is changing, refusing changes that would leave no active admin.
/// The admins' rows are locked first (a write, so SQLite takes its write lock at once), so two
/// admins demoting each other at the same moment are decided one after the other.
fn target(conn: &mut DbConnection, id: Uuid, leaves_admin: bool) -> Result<AccountRow, IdentityError> {
    accounts::lock_admins(conn)?;
    let account = accounts::find(conn, id)?.ok_or(IdentityError::AccountNotFound)?;
    let is_active_admin = account.active && account.role == Role::Admin.as_str();
    if is_active_admin && !leaves_admin && accounts::other_active_admins(conn, id)? == 0 {
        return Err(IdentityError::LastAdmin);
    }
    Ok(account)
}

/// Records an admin's change to an account and ends all its sessions.
pub(crate) fn after_change(
    conn: &mut DbConnection,
    id: Uuid,
    actor: Uuid,
    action: AccountAction,
    role: Option<Role>,
) -> Result<StaffAccount, IdentityError> {
    account_events::record(conn, id, Some(actor), action, role)?;
    sessions::revoke_all(conn, id, None)?;
    accounts::account(conn, id)
}

/// Disables or re-enables an account. An admin cannot disable their own account, nor the
/// last active admin.
pub async fn set_active(identity: &Identity, actor: Uuid, id: Uuid, active: bool) -> Result<StaffAccount, IdentityError> {
    if actor == id && !active {
        return Err(IdentityError::OwnAccount);
    }
    identity.db.run(move |conn| {
        write_transaction(conn, |conn| {
            target(conn, id, active)?;
            accounts::set_active(conn, id, active)?;
            let action = if active { AccountAction::Enabled } else { AccountAction::Disabled };
            after_change(conn, id, actor, action, None)
        })
    })
    .await
}

/// Gives a staff account another staff role. A group member's account is its group's: it
/// neither gets nor loses the group role here.
pub async fn change_role(identity: &Identity, actor: Uuid, id: Uuid, role: Role) -> Result<StaffAccount, IdentityError> {
    identity.db.run(move |conn| {
        write_transaction(conn, |conn| {
            let account = target(conn, id, role == Role::Admin)?;
            if !role.given_by_admins() || account.group_id.is_some() {
                return Err(IdentityError::GroupRole);
            }
            accounts::set_role(conn, id, role)?;
            after_change(conn, id, actor, AccountAction::RoleChanged, Some(role))
        })
    })
    .await
}

/// Gives the account a new one-time password (returned, to be shown once) that must be
/// changed at next sign-in.
pub async fn reset_password(identity: &Identity, actor: Uuid, id: Uuid) -> Result<(StaffAccount, String), IdentityError> {
    let (password, hash) = hashed_one_time_password(identity).await?;
    let account = identity
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                accounts::find(conn, id)?.ok_or(IdentityError::AccountNotFound)?;
                accounts::set_password(conn, id, &hash, true)?;
                after_change(conn, id, actor, AccountAction::PasswordReset, None)
            })
        })
        .await?;
    Ok((account, password))
}

/// A member of staff choosing their own password: the current one must be right and the new
/// one must meet the rule. Their other sessions end; this one goes on.
pub async fn change_own_password(
    identity: &Identity,
    account: AccountRow,
    keep_session: String,
    current: String,
    new: String,
) -> Result<(), IdentityError> {
    if new == current {
        return Err(IdentityError::WeakPassword { field: "new_password", message: "error-new-password-same" });
    }
    check_password(&new, &account.email, "new_password")?;
    let stored = account.password_hash.clone();
    let new_hash = identity.hashing.run(move || verify_secret(&current, &stored).then(|| hash_secret(&new)))
        .await
        .map_err(IdentityError::Hashing)?
        .ok_or(IdentityError::WrongCurrentPassword)?;
    let id = account.to_user()?.id;
    identity.db.run(move |conn| {
        write_transaction(conn, |conn| {
            accounts::set_password(conn, id, &new_hash, false)?;
            sessions::revoke_all(conn, id, Some(&keep_session))?;
            account_events::record(conn, id, Some(id), AccountAction::PasswordChanged, None)?;
            Ok(())
        })
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_time_passwords_are_readable_and_pass_the_rule() {
        let password = one_time_password();
        assert_eq!(password.len(), 19);
        assert!(password.split('-').all(|group| group.len() == 4 && group.bytes().all(|b| READABLE.contains(&b))));
        assert_ne!(password, one_time_password());
        assert_eq!(password::weakness(&password, "admin@example.org"), None);
    }
}
