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
    /// `message` is a message id; `field` is the form field it belongs to.
    #[error("password refused: {message}")]
    WeakPassword { field: &'static str, message: &'static str },
    #[error("email already used")]
    EmailTaken,
    #[error("no such account")]
    AccountNotFound,
    #[error("the change would leave no active admin")]
    LastAdmin,
    #[error("admins cannot disable their own account")]
    OwnAccount,
    #[error("the authenticator code is wrong or already used")]
    SecondFactorWrong,
    #[error("the second factor is already on")]
    SecondFactorAlreadyOn,
    #[error("no authenticator is being set up")]
    NoSecondFactorSetup,
    #[error("the role requires a second factor")]
    SecondFactorRequired,
    #[error("the sign-in ticket has ended")]
    SignInAgain,
    #[error("no such group")]
    GroupNotFound,
    /// Verifying a group whose contact's email already signs in.
    #[error("the contact's email already has an account")]
    ContactEmailTaken,
    /// A member of a group whose verification was taken back.
    #[error("the member's group is not verified")]
    GroupNotVerified,
    /// The group role is given by a group to its members, never on the staff accounts page.
    #[error("group accounts belong to a group")]
    GroupRole,
    #[error("stored account is corrupt")]
    CorruptAccount,
    #[error("password hashing: {0}")]
    Hashing(ApiError),
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
            IdentityError::WeakPassword { field, message } => ApiError::field(field, message),
            IdentityError::EmailTaken => ApiError::field("email", "error-email-taken"),
            IdentityError::AccountNotFound => ApiError::NotFound("error-account-not-found"),
            IdentityError::LastAdmin => ApiError::Conflict("error-last-admin"),
            IdentityError::OwnAccount => ApiError::Conflict("error-own-account"),
            IdentityError::SecondFactorWrong => ApiError::field("code", "error-second-factor-wrong"),
            IdentityError::SecondFactorAlreadyOn => ApiError::Conflict("error-second-factor-already-on"),
            IdentityError::NoSecondFactorSetup => ApiError::Conflict("error-second-factor-no-setup"),
            IdentityError::SecondFactorRequired => ApiError::Conflict("error-second-factor-required"),
            IdentityError::SignInAgain => ApiError::Unauthorized("error-sign-in-again"),
            IdentityError::GroupNotFound => ApiError::NotFound("error-group-not-found"),
            IdentityError::ContactEmailTaken => ApiError::Conflict("error-contact-email-taken"),
            IdentityError::GroupRole => ApiError::field("role", "error-group-role"),
            IdentityError::GroupNotVerified => ApiError::Forbidden("error-group-not-verified"),
            IdentityError::CorruptAccount => ApiError::Internal("stored staff account could not be read".into()),
            IdentityError::Hashing(e) => e,
            IdentityError::Database(e) => e.into(),
        }
    }
}
