//! Queries on `staff_users`: the only place that reads or writes that table.

use chrono::Utc;
use diesel::prelude::*;
use speakup_platform::db::DbConnection;
use speakup_types::identity::{Role, StaffAccount, StaffUser};
use uuid::Uuid;

use crate::error::IdentityError;
use crate::schema::staff_users;
use crate::second_factor;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = staff_users)]
pub struct AccountRow {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub password_hash: String,
    pub must_change_password: bool,
    pub active: bool,
    pub group_id: Option<String>,
}

impl AccountRow {
    pub fn to_user(&self) -> Result<StaffUser, IdentityError> {
        Ok(StaffUser {
            id: Uuid::parse_str(&self.id).map_err(|_| IdentityError::CorruptAccount)?,
            email: self.email.clone(),
            display_name: self.display_name.clone(),
            role: Role::parse(&self.role).ok_or(IdentityError::CorruptAccount)?,
        })
    }

    pub fn to_account(&self, second_factor: bool) -> Result<StaffAccount, IdentityError> {
        Ok(StaffAccount { user: self.to_user()?, active: self.active, must_change_password: self.must_change_password, second_factor })
    }
}

#[derive(Insertable)]
#[diesel(table_name = staff_users)]
struct NewAccountRow<'a> {
    id: String,
    email: &'a str,
    display_name: &'a str,
    role: &'a str,
    password_hash: &'a str,
    must_change_password: bool,
    active: bool,
    created_at: chrono::NaiveDateTime,
    updated_at: chrono::NaiveDateTime,
    group_id: Option<&'a str>,
}

/// Emails are compared without case: people type them every which way.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

pub fn count(conn: &mut DbConnection) -> QueryResult<i64> {
    staff_users::table.count().get_result(conn)
}

pub fn find_by_email(conn: &mut DbConnection, email: &str) -> QueryResult<Option<AccountRow>> {
    staff_users::table
        .filter(staff_users::email.eq(normalise_email(email)))
        .select(AccountRow::as_select())
        .first(conn)
        .optional()
}

pub fn find(conn: &mut DbConnection, id: Uuid) -> QueryResult<Option<AccountRow>> {
    staff_users::table.find(id.to_string()).select(AccountRow::as_select()).first(conn).optional()
}

/// Every staff account as an admin sees it, by email. Group members are their group's to
/// manage, so they are not listed.
pub fn list(conn: &mut DbConnection) -> Result<Vec<StaffAccount>, IdentityError> {
    let with_second_factor = second_factor::store::users_with_it_on(conn)?;
    let rows: Vec<AccountRow> = staff_users::table
        .filter(staff_users::group_id.is_null())
        .order(staff_users::email.asc())
        .select(AccountRow::as_select())
        .load(conn)?;
    rows.iter().map(|row| row.to_account(with_second_factor.contains(&row.id))).collect()
}

/// One account as an admin sees it.
pub fn account(conn: &mut DbConnection, id: Uuid) -> Result<StaffAccount, IdentityError> {
    let row = find(conn, id)?.ok_or(IdentityError::AccountNotFound)?;
    row.to_account(second_factor::store::is_on(conn, id)?)
}

pub struct NewAccount<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    /// The group of a group member; none for staff.
    pub group_id: Option<&'a str>,
    pub password_hash: &'a str,
    pub must_change_password: bool,
}

pub fn create(conn: &mut DbConnection, account: NewAccount<'_>) -> Result<StaffUser, IdentityError> {
    let now = Utc::now().naive_utc();
    let email = normalise_email(account.email);
    let row = NewAccountRow {
        id: Uuid::new_v4().to_string(),
        email: &email,
        display_name: account.display_name.trim(),
        role: account.role.as_str(),
        password_hash: account.password_hash,
        must_change_password: account.must_change_password,
        active: true,
        created_at: now,
        updated_at: now,
        group_id: account.group_id,
    };
    match diesel::insert_into(staff_users::table).values(&row).execute(conn) {
        Ok(_) => {}
        Err(diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)) => {
            return Err(IdentityError::EmailTaken)
        }
        Err(e) => return Err(e.into()),
    }
    find(conn, Uuid::parse_str(&row.id).expect("we made it"))?
        .ok_or(IdentityError::CorruptAccount)?
        .to_user()
}

/// A new password hash; `one_time` when an admin reset it and it must be changed at next sign-in.
pub fn set_password(conn: &mut DbConnection, id: Uuid, password_hash: &str, one_time: bool) -> QueryResult<()> {
    diesel::update(staff_users::table.find(id.to_string()))
        .set((
            staff_users::password_hash.eq(password_hash),
            staff_users::must_change_password.eq(one_time),
            staff_users::updated_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)
        .map(drop)
}

pub fn set_active(conn: &mut DbConnection, id: Uuid, active: bool) -> QueryResult<()> {
    diesel::update(staff_users::table.find(id.to_string()))
        .set((staff_users::active.eq(active), staff_users::updated_at.eq(Utc::now().naive_utc())))
        .execute(conn)
        .map(drop)
}

pub fn set_role(conn: &mut DbConnection, id: Uuid, role: Role) -> QueryResult<()> {
    diesel::update(staff_users::table.find(id.to_string()))
        .set((staff_users::role.eq(role.as_str()), staff_users::updated_at.eq(Utc::now().naive_utc())))
        .execute(conn)
        .map(drop)
}

/// Takes the write lock on every admin row (a change that writes nothing), for changes that
/// must see the admins as they are once any other such change has finished.
pub fn lock_admins(conn: &mut DbConnection) -> QueryResult<()> {
    diesel::update(staff_users::table.filter(staff_users::role.eq(Role::Admin.as_str())))
        .set(staff_users::role.eq(staff_users::role))
        .execute(conn)
        .map(drop)
}

/// Active admins other than `except`: an account change must leave at least one, or nobody
/// could manage accounts again.
pub fn other_active_admins(conn: &mut DbConnection, except: Uuid) -> QueryResult<i64> {
    staff_users::table
        .filter(staff_users::role.eq(Role::Admin.as_str()))
        .filter(staff_users::active.eq(true))
        .filter(staff_users::id.ne(except.to_string()))
        .count()
        .get_result(conn)
}
