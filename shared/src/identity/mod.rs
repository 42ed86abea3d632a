//! Staff accounts, as the API and the staff console see them.

use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::Validate;

use crate::text;

pub mod groups;
mod second_factor;
pub use second_factor::*;

/// What a member of provider staff may do. One role per account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Manages staff accounts; can also triage (in small providers the manager does both).
    Admin,
    /// Works the incoming queue: accepts or declines referrals.
    Manager,
    /// Works allocated cases.
    Advocate,
    /// Sees anonymised monitoring only, never a case.
    Commissioner,
    /// Members of the Safeguarding Adults Board, of a partnership board, and of Healthwatch:
    /// each answers the collective issues raised with their own body, and sees no case or
    /// feedback.
    SafeguardingBoard,
    PartnershipBoard,
    Healthwatch,
    /// A member of a self-advocacy group: works on their group's issues only. Such accounts
    /// belong to a group and are made by it, never on the staff accounts page.
    Group,
}

impl Role {
    pub const ALL: [Role; 8] = [
        Role::Admin,
        Role::Manager,
        Role::Advocate,
        Role::Commissioner,
        Role::SafeguardingBoard,
        Role::PartnershipBoard,
        Role::Healthwatch,
        Role::Group,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Manager => "manager",
            Role::Advocate => "advocate",
            Role::Commissioner => "commissioner",
            Role::SafeguardingBoard => "safeguarding_board",
            Role::PartnershipBoard => "partnership_board",
            Role::Healthwatch => "healthwatch",
            Role::Group => "group",
        }
    }

    pub fn parse(value: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == value)
    }


    /// Who may see anonymised, aggregate monitoring: commissioners only. Nobody who can open a
    /// referral can see monitoring, so nobody can open one and watch which figure it moves.
    pub fn can_see_monitoring(self) -> bool {
        self == Role::Commissioner
    }

    /// Whether an admin gives this role on the staff accounts page: every role but a group
    /// member's, which only a group gives, to its own members.
    pub fn given_by_admins(self) -> bool {
        self != Role::Group
    }

    /// Who may see and decide on incoming referrals, confirm mandates, allocate advocates
    /// and see every case of the provider.
    pub fn can_triage(self) -> bool {
        matches!(self, Role::Admin | Role::Manager)
    }

    /// Who works cases: an advocate, on the cases named to them or shared with them.
    pub fn works_cases(self) -> bool {
        self == Role::Advocate
    }

    /// Who may open a case at all (an advocate only within their own): never a commissioner,
    /// a board or a group.
    pub fn sees_cases(self) -> bool {
        self.can_triage() || self.works_cases()
    }

    /// Who keeps the provider's settings: its areas and its qualifications catalogue.
    pub fn keeps_settings(self) -> bool {
        self == Role::Admin
    }
}

pub const MIN_PASSWORD_CHARS: usize = 12;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
pub struct LoginRequest {
    #[validate(
        length(min = 1, max = 254, message = "error-sign-in-email-required"),
        custom(function = "text::single_line")
    )]
    pub email: String,
    #[validate(length(min = 1, max = 1024, message = "error-sign-in-password-required"))]
    pub password: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffUser {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub role: Role,
}

/// Returned by login and by "who am I". The CSRF token must be sent back in the
/// `X-CSRF-Token` header on every state-changing staff request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionInfo {
    pub user: StaffUser,
    pub csrf_token: String,
    pub must_change_password: bool,
    /// Set when the account's role requires a second factor and none is set up yet: nothing
    /// is allowed but setting one up (after any password change).
    #[serde(default)]
    pub must_set_up_second_factor: bool,
    /// The group of a group member; none for anyone else.
    #[serde(default)]
    pub group: Option<groups::GroupMembership>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
pub struct ChangePassword {
    #[validate(length(min = 1, max = 1024, message = "error-current-password-required"))]
    pub current_password: String,
    #[validate(length(min = 12, max = 1024, message = "error-new-password-too-short"))]
    pub new_password: String,
}

/// A staff account as an admin sees it on the Staff accounts page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffAccount {
    #[serde(flatten)]
    pub user: StaffUser,
    /// A disabled account cannot sign in, and its sessions have ended.
    pub active: bool,
    /// Still on a one-time password (new, or reset by an admin).
    pub must_change_password: bool,
    /// Signs in with an authenticator code as well as the password.
    pub second_factor: bool,
}

/// Something that happened to an account, for the account's own page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccountAction {
    Created,
    Disabled,
    Enabled,
    RoleChanged,
    PasswordReset,
    PasswordChanged,
    SecondFactorOn,
    SecondFactorOff,
    /// An admin removed the account's authenticator (a lost phone, say).
    SecondFactorReset,
    RecoveryCodesRenewed,
}

impl AccountAction {
    pub const ALL: [AccountAction; 10] = [
        AccountAction::Created,
        AccountAction::Disabled,
        AccountAction::Enabled,
        AccountAction::RoleChanged,
        AccountAction::PasswordReset,
        AccountAction::PasswordChanged,
        AccountAction::SecondFactorOn,
        AccountAction::SecondFactorOff,
        AccountAction::SecondFactorReset,
        AccountAction::RecoveryCodesRenewed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AccountAction::Created => "created",
            AccountAction::Disabled => "disabled",
            AccountAction::Enabled => "enabled",
            AccountAction::RoleChanged => "role_changed",
            AccountAction::PasswordReset => "password_reset",
            AccountAction::PasswordChanged => "password_changed",
            AccountAction::SecondFactorOn => "second_factor_on",
            AccountAction::SecondFactorOff => "second_factor_off",
            AccountAction::SecondFactorReset => "second_factor_reset",
            AccountAction::RecoveryCodesRenewed => "recovery_codes_renewed",
        }
    }

    pub fn parse(value: &str) -> Option<AccountAction> {
        AccountAction::ALL.into_iter().find(|a| a.as_str() == value)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountEvent {
    pub at: chrono::DateTime<chrono::Utc>,
    pub action: AccountAction,
    /// The display name of whoever did it; `None` when SpeakUp did (the first admin).
    pub by: Option<String>,
    /// The role given, for `created` and `role_changed`.
    pub role: Option<Role>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffAccountDetail {
    pub account: StaffAccount,
    /// Newest first.
    pub history: Vec<AccountEvent>,
}

/// Disable (`false`) or re-enable (`true`) an account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
pub struct SetActive {
    pub active: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
pub struct ChangeRole {
    pub role: Role,
}

/// A one-time password an admin hands over in person; shown once, changed at first sign-in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OneTimePassword {
    pub password: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
pub struct NewStaffUser {
    #[validate(custom(function = "text::email_address"))]
    pub email: String,
    #[validate(
        custom(function = "display_name_given"),
        length(max = 100, message = "error-too-long"),
        custom(function = "text::single_line")
    )]
    pub display_name: String,
    pub role: Role,
    /// A one-time password the new member of staff must change at first login.
    #[validate(length(min = 12, max = 1024, message = "error-first-password-too-short"))]
    pub password: String,
}

fn display_name_given(name: &str) -> Result<(), validator::ValidationError> {
    text::required(name, "error-staff-name-required")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("root"), None);
        assert!(Role::Manager.can_triage());
        assert!(!Role::Advocate.can_triage());
        assert!(!Role::Commissioner.can_triage());
        for role in Role::ALL {
            assert!(!(role.can_triage() && role.can_see_monitoring()), "{role:?} could both open referrals and see monitoring");
        }
    }

    #[test]
    fn account_actions_round_trip() {
        for action in AccountAction::ALL {
            assert_eq!(AccountAction::parse(action.as_str()), Some(action));
            assert_eq!(serde_json::to_value(action).unwrap(), action.as_str());
        }
    }

    #[test]
    fn new_user_needs_a_real_email_and_long_password() {
        let user = NewStaffUser {
            email: "not-an-email".into(),
            display_name: "<b>Sam</b>".into(),
            role: Role::Manager,
            password: "short".into(),
        };
        let errors = crate::problem::field_errors(&user.validate().unwrap_err());
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["display_name", "email", "password"]);
    }
}
