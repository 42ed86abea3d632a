use speakup_platform::db::DbError;
use speakup_platform::proof::ProofNeeded;
use speakup_platform::ApiError;

#[derive(Debug, thiserror::Error)]
pub enum FeedbackError {
    /// An unknown receipt: the same answer however close the guess.
    #[error("no feedback with that receipt")]
    ReceiptNotFound,
    #[error("no such feedback")]
    NotFound,
    /// No receipt was kept, so a reply could never be read.
    #[error("the sender kept no receipt")]
    CannotReply,
    /// A theme to tag with that is not on the list (or retired).
    #[error("no such theme")]
    UnknownTheme,
    /// The theme named in the address does not exist.
    #[error("no theme with that id")]
    ThemeNotFound,
    #[error("a theme with that name exists")]
    ThemeExists,
    #[error(transparent)]
    ProofNeeded(#[from] ProofNeeded),
    #[error("stored feedback is corrupt: {0}")]
    Corrupt(&'static str),
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<diesel::result::Error> for FeedbackError {
    fn from(error: diesel::result::Error) -> Self {
        FeedbackError::Database(error.into())
    }
}

// The one place feedback errors become HTTP.
impl From<FeedbackError> for ApiError {
    fn from(error: FeedbackError) -> ApiError {
        match error {
            FeedbackError::ReceiptNotFound => ApiError::field("receipt", "error-receipt-not-found"),
            FeedbackError::NotFound => ApiError::NotFound("error-feedback-not-found"),
            FeedbackError::CannotReply => ApiError::Conflict("error-feedback-no-receipt"),
            FeedbackError::UnknownTheme => ApiError::field("themes", "error-theme-unknown"),
            FeedbackError::ThemeNotFound => ApiError::NotFound("error-theme-not-found"),
            FeedbackError::ThemeExists => ApiError::field("name", "error-theme-exists"),
            FeedbackError::ProofNeeded(needed) => needed.into(),
            FeedbackError::Corrupt(what) => ApiError::Internal(format!("stored feedback could not be read: {what}")),
            FeedbackError::Database(e) => e.into(),
        }
    }
}
