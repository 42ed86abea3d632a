use speakup_platform::db::DbError;
use speakup_platform::ApiError;

#[derive(Debug, thiserror::Error)]
pub enum IdentityError {
    #[error("wrong email or password")]
    InvalidCredentials,
    #[error("session ended")]
    SessionEnded,
    #[error("current password is wrong")]
    WrongCurrentPassword,
    #[error("email already used")]
    EmailTaken,
    #[error("stored account is corrupt")]
    CorruptAccount,
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<diesel::result::Error> for IdentityError {
    fn from(error: diesel::result::Error) -> Self {
        IdentityError::Database(error.into())
    }
}

// The one place identity's errors become HTTP.
impl From<IdentityError> for ApiError {
    fn from(error: IdentityError) -> ApiError {
        match error {
            // One message for unknown email, wrong password and disabled account, so the
            // form never reveals which accounts exist.
            IdentityError::InvalidCredentials => ApiError::Unauthorized("error-sign-in-wrong"),
            IdentityError::SessionEnded => ApiError::Unauthorized("error-sign-in-needed"),
            IdentityError::WrongCurrentPassword => ApiError::field("current_password", "error-current-password-wrong"),
            IdentityError::EmailTaken => ApiError::field("email", "error-email-taken"),
            IdentityError::CorruptAccount => ApiError::Internal("stored staff account could not be read".into()),
            IdentityError::Database(e) => e.into(),
        }
    }
}
