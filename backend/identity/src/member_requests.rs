//! Queries on `group_member_requests`, and the use-cases around them: a group asks for a member
//! to be added (no account is made, so the group learns nothing about whose email has a
//! sign-in and claims none), and a provider admin adds them, with a one-time password to hand
//! over, or declines.

use chrono::{NaiveDate, Utc};
use diesel::prelude::*;
use speakup_platform::db::{DbConnection, write_transaction};
use speakup_types::identity::groups::{MemberAdded, MemberRequest, NewGroupMember};
use uuid::Uuid;

use crate::error::IdentityError;
use crate::groups::{self, make_member};
use crate::manage::hashed_one_time_password;
use crate::schema::group_member_requests;
use crate::{accounts, Identity};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = group_member_requests)]
struct RequestRow {
    id: String,
    group_id: String,
    display_name: String,
    email: String,
    requested_by: Option<String>,
    requested_on: NaiveDate,
}

impl RequestRow {
    fn to_request(&self) -> Result<MemberRequest, IdentityError> {
        Ok(MemberRequest {
            id: Uuid::parse_str(&self.id).map_err(|_| IdentityError::CorruptAccount)?,
            display_name: self.display_name.clone(),
            email: self.email.clone(),
            requested_on: self.requested_on,
        })
    }
}

/// The members a group has asked for and an admin has not yet added or declined.
pub fn for_group(conn: &mut DbConnection, group: Uuid) -> Result<Vec<MemberRequest>, IdentityError> {
    let rows: Vec<RequestRow> = group_member_requests::table
        .filter(group_member_requests::group_id.eq(group.to_string()))
        .order((group_member_requests::requested_on, group_member_requests::display_name))
        .select(RequestRow::as_select())
        .load(conn)?;
    rows.iter().map(RequestRow::to_request).collect()
}

/// A group member asks for someone to be added to their group.
pub fn ask(conn: &mut DbConnection, group: Uuid, by: Uuid, new: &NewGroupMember) -> Result<MemberRequest, IdentityError> {
    let row = RequestRow {
        id: Uuid::new_v4().to_string(),
        group_id: group.to_string(),
        display_name: new.display_name.trim().to_string(),
        email: accounts::normalise_email(&new.email),
        requested_by: Some(by.to_string()),
        requested_on: Utc::now().date_naive(),
    };
    diesel::insert_into(group_member_requests::table).values(&row).execute(conn)?;
    row.to_request()
}

fn take(conn: &mut DbConnection, group: Uuid, request: Uuid) -> Result<RequestRow, IdentityError> {
    let found = group_member_requests::table
        .find(request.to_string())
        .filter(group_member_requests::group_id.eq(group.to_string()))
        .select(RequestRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(IdentityError::AccountNotFound)?;
    diesel::delete(group_member_requests::table.find(request.to_string())).execute(conn)?;
    Ok(found)
}

/// An admin adds the member a group asked for: their account, with a one-time password
/// (returned once, for the admin to hand over, as for the group's contact).
pub async fn add(identity: &Identity, actor: Uuid, group: Uuid, request: Uuid) -> Result<MemberAdded, IdentityError> {
    let (password, hash) = hashed_one_time_password(identity).await?;
    let group = identity
        .db
        .run(move |conn| {
            write_transaction(conn, |conn| {
                let asked = take(conn, group, request)?;
                make_member(conn, &asked.group_id, &asked.email, &asked.display_name, &hash, actor)?;
                groups::own(conn, group)
            })
        })
        .await?;
    Ok(MemberAdded { group, password })
}

/// An admin declines a member a group asked for.
pub fn decline(conn: &mut DbConnection, group: Uuid, request: Uuid) -> Result<(), IdentityError> {
    take(conn, group, request).map(drop)
}
