//! Queries on `self_advocacy_groups`, and the use-cases around them: a group registering
//! itself (no account is made, so registering reveals and claims nobody's email), an admin
//! verifying it (which gives its contact a sign-in with a one-time password, the first time),
//! and disabling one member. Members a group asks for are in `member_requests`. Hashing runs
//! before the database work, never holding a pooled connection.

use chrono::{NaiveDate, Utc};
use diesel::prelude::*;
use speakup_platform::db::{DbConnection, write_transaction};
use speakup_types::identity::groups::{Group, GroupMember, GroupMembership, GroupRegistration, OwnGroup, Verified};
use speakup_types::identity::{AccountAction, Role};
use uuid::Uuid;

use crate::error::IdentityError;
use crate::manage::hashed_one_time_password;
use crate::schema::{self_advocacy_groups, staff_users};
use crate::{account_events, accounts, member_requests, sessions, Identity};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = self_advocacy_groups)]
pub struct GroupRow {
    pub id: String,
    pub name: String,
    pub area: String,
    pub members: i32,
    pub contact_name: String,
    pub contact_email: String,
    pub registered_on: NaiveDate,
    pub verified_on: Option<NaiveDate>,
    pub verified_by: Option<String>,
}

impl GroupRow {
    fn id(&self) -> Result<Uuid, IdentityError> {
        Uuid::parse_str(&self.id).map_err(|_| IdentityError::CorruptAccount)
    }

    pub fn to_group(&self) -> Result<Group, IdentityError> {
        Ok(Group {
            id: self.id()?,
            name: self.name.clone(),
            area: self.area.clone(),
            members: u32::try_from(self.members).map_err(|_| IdentityError::CorruptAccount)?,
            contact_name: self.contact_name.clone(),
            contact_email: self.contact_email.clone(),
            registered_on: self.registered_on,
            verified_on: self.verified_on,
        })
    }

    pub fn membership(&self) -> Result<GroupMembership, IdentityError> {
        Ok(GroupMembership { id: self.id()?, name: self.name.clone(), verified: self.verified_on.is_some() })
    }
}

pub fn find(conn: &mut DbConnection, id: Uuid) -> Result<GroupRow, IdentityError> {
    self_advocacy_groups::table
        .find(id.to_string())
        .select(GroupRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(IdentityError::GroupNotFound)
}

/// The group an account belongs to, if it is a group member's.
pub fn membership_of(conn: &mut DbConnection, account: &accounts::AccountRow) -> Result<Option<GroupMembership>, IdentityError> {
    match &account.group_id {
        Some(id) => Ok(Some(find(conn, Uuid::parse_str(id).map_err(|_| IdentityError::CorruptAccount)?)?.membership()?)),
        None => Ok(None),
    }
}

/// Every group as an admin sees them: those waiting to be verified first, then by name.
pub fn all(conn: &mut DbConnection) -> Result<Vec<Group>, IdentityError> {
    let rows: Vec<GroupRow> = self_advocacy_groups::table.order(self_advocacy_groups::name).select(GroupRow::as_select()).load(conn)?;
    let mut groups = rows.iter().map(GroupRow::to_group).collect::<Result<Vec<_>, _>>()?;
    groups.sort_by_key(Group::verified);
    Ok(groups)
}

/// A group and its members, for the group's own page.
pub fn own(conn: &mut DbConnection, id: Uuid) -> Result<OwnGroup, IdentityError> {
    let group = find(conn, id)?.to_group()?;
    let requests = member_requests::for_group(conn, id)?;
    let members = staff_users::table
        .filter(staff_users::group_id.eq(id.to_string()))
        .order(staff_users::display_name)
        .select((staff_users::id, staff_users::display_name, staff_users::email, staff_users::active))
        .load::<(String, String, String, bool)>(conn)?
        .into_iter()
        .map(|(id, display_name, email, active)| {
            Ok(GroupMember { id: Uuid::parse_str(&id).map_err(|_| IdentityError::CorruptAccount)?, display_name, email, active })
        })
        .collect::<Result<_, IdentityError>>()?;
    Ok(OwnGroup { group, members, requests })
}

/// Registers a group, waiting to be verified. Nothing is hashed and no account is made.
pub async fn register(identity: &Identity, registration: GroupRegistration) -> Result<Group, IdentityError> {
    identity
        .db
        .run(move |conn| {
            let row = GroupRow {
                id: Uuid::new_v4().to_string(),
                name: registration.name.trim().to_string(),
                area: registration.area.trim().to_string(),
                members: i32::try_from(registration.members).map_err(|_| IdentityError::CorruptAccount)?,
                contact_name: registration.contact_name.trim().to_string(),
                contact_email: accounts::normalise_email(&registration.contact_email),
                registered_on: Utc::now().date_naive(),
                verified_on: None,
                verified_by: None,
            };
            diesel::insert_into(self_advocacy_groups::table).values(&row).execute(conn)?;
            row.to_group()
        })
        .await
}

/// The ids of a group's members.
fn members(conn: &mut DbConnection, group: Uuid) -> Result<Vec<Uuid>, IdentityError> {
    let ids: Vec<String> = staff_users::table.filter(staff_users::group_id.eq(group.to_string())).select(staff_users::id).load(conn)?;
    ids.iter().map(|id| Uuid::parse_str(id).map_err(|_| IdentityError::CorruptAccount)).collect()
}

/// Verifies a group, or takes it back. The first verification gives the contact an account
/// with a one-time password (returned, to be shown once to the admin, who hands it over).
/// Taking it back ends every member's sessions, and sign-in refuses members of a group that is
/// not verified, so nobody speaks for it; verifying again lets them back in. Each member's own
/// account is left as it is, so one an admin disabled stays disabled.
pub async fn set_verified(identity: &Identity, actor: Uuid, id: Uuid, verified: bool) -> Result<Verified, IdentityError> {
    // A password is made (and hashed, without holding a connection) only for a first sign-in.
    let first = verified && identity.db.run(move |conn| Ok::<_, IdentityError>(members(conn, id)?.is_empty())).await?;
    let first_password = if first { Some(hashed_one_time_password(identity).await?) } else { None };
    identity
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                let group = find(conn, id)?;
                let (on, by) = if verified { (Some(Utc::now().date_naive()), Some(actor.to_string())) } else { (None, None) };
                diesel::update(self_advocacy_groups::table.find(id.to_string()))
                    .set((self_advocacy_groups::verified_on.eq(on), self_advocacy_groups::verified_by.eq(by)))
                    .execute(conn)?;
                let existing = members(conn, id)?;
                if !verified {
                    for member in &existing {
                        sessions::revoke_all(conn, *member, None)?;
                    }
                }
                let contact_password = match (existing.is_empty(), first_password) {
                    (true, Some((password, hash))) => {
                        make_member(conn, &group.id, &group.contact_email, &group.contact_name, &hash, actor).map_err(|e| match e {
                            IdentityError::EmailTaken => IdentityError::ContactEmailTaken,
                            other => other,
                        })?;
                        Some(password)
                    }
                    _ => None,
                };
                Ok(Verified { group: find(conn, id)?.to_group()?, contact_password })
            })
        })
        .await
}

/// Makes a group member's account with a one-time password's hash, recorded as made by the
/// admin `actor`: the contact at the first verification, any other member when an admin adds
/// one the group asked for.
pub(crate) fn make_member(conn: &mut DbConnection, group: &str, email: &str, name: &str, hash: &str, actor: Uuid) -> Result<(), IdentityError> {
    let member = accounts::create(
        conn,
        accounts::NewAccount { email, display_name: name, role: Role::Group, group_id: Some(group), password_hash: hash, must_change_password: true },
    )?;
    account_events::record(conn, member.id, Some(actor), AccountAction::Created, Some(Role::Group))?;
    Ok(())
}

/// An admin disables one member of a group (their sessions end) or enables them again; the
/// change is kept in the account's history. Answers with the group as its own page shows it.
pub async fn set_member_active(identity: &Identity, actor: Uuid, group: Uuid, member: Uuid, active: bool) -> Result<OwnGroup, IdentityError> {
    identity
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                if !members(conn, group)?.contains(&member) {
                    return Err(IdentityError::AccountNotFound);
                }
                accounts::set_active(conn, member, active)?;
                if !active {
                    sessions::revoke_all(conn, member, None)?;
                }
                let action = if active { AccountAction::Enabled } else { AccountAction::Disabled };
                account_events::record(conn, member, Some(actor), action, None)?;
                own(conn, group)
            })
        })
        .await
}
