//! Self-advocacy groups: people who speak up together. A group registers itself; a provider
//! admin checks it is real and, in doing so, gives its contact a sign-in (a one-time password,
//! handed over by the admin). Each member signs in with their own login (the group role), which
//! reaches only their group's work.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::Validate;

use crate::text;

/// The most members a group may say it has: a bigger number is a typing slip.
pub const MAX_MEMBERS: u32 = 100_000;

/// A group registering, from the public registration page. Nobody can sign in for the group
/// yet: registering makes no account, so it can neither claim nor reveal anyone's email.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct GroupRegistration {
    #[validate(custom(function = "group_name_given"), length(max = 120, message = "error-too-long"), custom(function = "text::single_line"))]
    pub name: String,
    /// The council area the group is in: it decides which commissioner its issues reach.
    #[validate(custom(function = "area_given"), length(max = 120, message = "error-too-long"), custom(function = "text::single_line"))]
    pub area: String,
    #[validate(range(min = 1, max = 100_000, message = "error-group-members"))]
    pub members: u32,
    #[validate(custom(function = "contact_name_given"), length(max = 100, message = "error-too-long"), custom(function = "text::single_line"))]
    pub contact_name: String,
    #[validate(custom(function = "text::email_address"))]
    pub contact_email: String,
}

fn group_name_given(value: &str) -> Result<(), validator::ValidationError> {
    text::required(value, "error-group-name-required")
}

fn area_given(value: &str) -> Result<(), validator::ValidationError> {
    text::required(value, "error-group-area-required")
}

fn contact_name_given(value: &str) -> Result<(), validator::ValidationError> {
    text::required(value, "error-group-contact-required")
}

/// A group as an admin (and the group itself) sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub id: Uuid,
    pub name: String,
    pub area: String,
    pub members: u32,
    pub contact_name: String,
    pub contact_email: String,
    pub registered_on: NaiveDate,
    /// Checked by a provider admin: until then nobody can sign in for the group.
    pub verified_on: Option<NaiveDate>,
}

impl Group {
    pub fn verified(&self) -> bool {
        self.verified_on.is_some()
    }
}

/// Which group a signed-in member belongs to, carried with their session so every service
/// can keep them to their group's work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupMembership {
    pub id: Uuid,
    pub name: String,
    pub verified: bool,
}

/// Verify (`true`) a group, or take the verification back (`false`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
pub struct SetVerified {
    pub verified: bool,
}

/// The answer to verifying a group: the group, and the first time, the one-time password its
/// contact signs in with, shown once for the admin to hand over.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verified {
    pub group: Group,
    pub contact_password: Option<String>,
}

/// A member the group asks to add. A provider admin makes the account and hands over its
/// one-time password, so the group never learns whether an email already has a sign-in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct NewGroupMember {
    #[validate(custom(function = "text::email_address"))]
    pub email: String,
    #[validate(custom(function = "member_name_given"), length(max = 100, message = "error-too-long"), custom(function = "text::single_line"))]
    pub display_name: String,
}

fn member_name_given(value: &str) -> Result<(), validator::ValidationError> {
    text::required(value, "error-staff-name-required")
}

/// The group's own page: the group, who is in it, and who it has asked to add.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OwnGroup {
    pub group: Group,
    pub members: Vec<GroupMember>,
    pub requests: Vec<MemberRequest>,
}

/// A member a group asked to add, waiting for a provider admin.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberRequest {
    pub id: Uuid,
    pub display_name: String,
    pub email: String,
    pub requested_on: NaiveDate,
}

/// An admin added a requested member: the group as it is now, and the member's one-time
/// password, shown once for the admin to hand over.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberAdded {
    pub group: OwnGroup,
    pub password: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupMember {
    pub id: Uuid,
    pub display_name: String,
    pub email: String,
    pub active: bool,
}
