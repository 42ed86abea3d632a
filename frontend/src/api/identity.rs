//! Calls to the identity service: staff sign-in, sessions, two-step sign-in and accounts.

use speakup_types::identity::{
    AuthenticatorCode, AuthenticatorSetup, ChangePassword, ChangeRole, LoginRequest, NewStaffUser, OneTimePassword, RecoveryCodes,
    Role, SecondFactorChallenge, SecondFactorLogin, SecondFactorPolicy, SecondFactorStatus, SessionInfo, SetActive, StaffAccount,
    StaffAccountDetail, StaffUser, TurnOffSecondFactor,
};
use gloo::net::http::Request;
use uuid::Uuid;

use super::{get, json, post, problem, send, ApiResult};
use crate::i18n::t;

const IDENTITY: &str = "/api/identity/v1";

/// What the password step of sign-in leads to.
pub enum SignIn {
    Done(SessionInfo),
    /// The account uses an authenticator: the code is asked for next, with this ticket.
    CodeNeeded(SecondFactorChallenge),
}

pub async fn login(body: &LoginRequest) -> ApiResult<SignIn> {
    let response = send(post(&format!("{IDENTITY}/login"), body, None)).await?;
    let unreadable = |_| problem("unexpected", response.status(), t("api-unreadable"));
    if response.status() == 202 {
        response.json().await.map(SignIn::CodeNeeded).map_err(unreadable)
    } else {
        response.json().await.map(SignIn::Done).map_err(unreadable)
    }
}

pub async fn login_second_factor(body: &SecondFactorLogin) -> ApiResult<SessionInfo> {
    json(post(&format!("{IDENTITY}/login/second-factor"), body, None)).await
}

pub async fn second_factor() -> ApiResult<SecondFactorStatus> {
    json(get(&format!("{IDENTITY}/second-factor"))).await
}

/// A new authenticator key to add to the app; not used until confirmed.
pub async fn start_second_factor(csrf: String) -> ApiResult<AuthenticatorSetup> {
    json(post(&format!("{IDENTITY}/second-factor/setup"), &serde_json::json!({}), Some(&csrf))).await
}

pub async fn confirm_second_factor(body: AuthenticatorCode, csrf: String) -> ApiResult<RecoveryCodes> {
    json(post(&format!("{IDENTITY}/second-factor/confirm"), &body, Some(&csrf))).await
}

pub async fn renew_recovery_codes(body: AuthenticatorCode, csrf: String) -> ApiResult<RecoveryCodes> {
    json(post(&format!("{IDENTITY}/second-factor/recovery-codes"), &body, Some(&csrf))).await
}

pub async fn turn_off_second_factor(body: TurnOffSecondFactor, csrf: String) -> ApiResult<()> {
    send(post(&format!("{IDENTITY}/second-factor/off"), &body, Some(&csrf))).await.map(|_| ())
}

/// The roles that must use a second factor (administrators only).
pub async fn second_factor_policy() -> ApiResult<SecondFactorPolicy> {
    json(get(&format!("{IDENTITY}/second-factor-policy"))).await
}

pub async fn set_second_factor_policy(body: SecondFactorPolicy, csrf: String) -> ApiResult<SecondFactorPolicy> {
    json(post(&format!("{IDENTITY}/second-factor-policy"), &body, Some(&csrf))).await
}

/// Removes an account's authenticator, for a lost phone (administrators only).
pub async fn reset_second_factor(id: Uuid, csrf: String) -> ApiResult<StaffAccount> {
    json(post(&format!("{IDENTITY}/users/{id}/second-factor-reset"), &serde_json::json!({}), Some(&csrf))).await
}

pub async fn session() -> ApiResult<SessionInfo> {
    json(get(&format!("{IDENTITY}/session"))).await
}

pub async fn logout(csrf: &str) -> ApiResult<()> {
    let request = Request::post(&format!("{IDENTITY}/logout")).header("X-CSRF-Token", csrf).build();
    send(request).await.map(|_| ())
}

pub async fn change_password(body: ChangePassword, csrf: String) -> ApiResult<()> {
    send(post(&format!("{IDENTITY}/password"), &body, Some(&csrf))).await.map(|_| ())
}

/// Every staff account (administrators only).
pub async fn users() -> ApiResult<Vec<StaffAccount>> {
    json(get(&format!("{IDENTITY}/users"))).await
}

/// One staff account and its history (administrators only).
pub async fn user(id: Uuid) -> ApiResult<StaffAccountDetail> {
    json(get(&format!("{IDENTITY}/users/{id}"))).await
}

/// Disables or re-enables an account; either way it is signed out everywhere.
pub async fn set_active(id: Uuid, active: bool, csrf: String) -> ApiResult<StaffAccount> {
    json(post(&format!("{IDENTITY}/users/{id}/active"), &SetActive { active }, Some(&csrf))).await
}

pub async fn change_role(id: Uuid, role: Role, csrf: String) -> ApiResult<StaffAccount> {
    json(post(&format!("{IDENTITY}/users/{id}/role"), &ChangeRole { role }, Some(&csrf))).await
}

/// A one-time password for the account, shown once.
pub async fn reset_password(id: Uuid, csrf: String) -> ApiResult<OneTimePassword> {
    json(post(&format!("{IDENTITY}/users/{id}/password-reset"), &serde_json::json!({}), Some(&csrf))).await
}

/// Adds a staff account with a first password they must change (administrators only).
pub async fn create_user(body: NewStaffUser, csrf: String) -> ApiResult<StaffUser> {
    json(post(&format!("{IDENTITY}/users"), &body, Some(&csrf))).await
}
