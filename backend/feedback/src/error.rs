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
    /// A draft is another group's (or does not exist): never found.
    #[error("no such issue")]
    IssueNotFound,
    /// A raised issue's words no longer change, and it is raised once.
    #[error("the issue has been raised")]
    IssueRaised,
    #[error("the issue is closed")]
    IssueClosed,
    /// Someone else changed the issue between reading and writing it.
    #[error("the issue changed meanwhile")]
    IssueMoved,
    /// Until a provider admin verifies the group, it cannot speak in public.
    #[error("the group is not verified")]
    GroupNotVerified,
    #[error("a group cannot support its own issue")]
    OwnIssue,
    #[error("the group already supports this issue")]
    AlreadySupported,
    /// Only the role that answers for the issue's addressee may respond.
    #[error("not the issue's addressee")]
    NotAddressee,
    /// Raising a draft with parts missing: each part's error.
    #[error("the issue is not complete")]
    Incomplete(validator::ValidationErrors),
    #[error(transparent)]
    ProofNeeded(#[from] ProofNeeded),
    #[error("stored feedback is corrupt: {0}")]
    Corrupt(&'static str),
    #[error(transparent)]
    Database(#[from] DbError),
}

impl FeedbackError {
    /// Runs `attempt` again, up to five times, while it loses only to another write at the same
    /// moment (a position taken meanwhile, or SQLite's lock held), so both arrive. Each retry
    /// first gives the other write a moment longer to commit (10, 20, 40, 80 ms): tried again
    /// at once, a busy machine can spend every try while the other still holds the lock. This
    /// runs on the blocking pool, never on the server's event loop.
    pub(crate) fn retrying<T>(mut attempt: impl FnMut() -> Result<T, FeedbackError>) -> Result<T, FeedbackError> {
        let mut tries = 0;
        loop {
            tries += 1;
            match attempt() {
                Err(FeedbackError::Database(e)) if tries < 5 && e.is_contention() => {
                    std::thread::sleep(std::time::Duration::from_millis(5 << tries));
                }
                done => return done,
            }
        }
    }
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
            FeedbackError::IssueNotFound => ApiError::NotFound("error-issue-not-found"),
            FeedbackError::IssueRaised => ApiError::Conflict("error-issue-already-raised"),
            FeedbackError::IssueClosed => ApiError::Conflict("error-issue-closed"),
            FeedbackError::IssueMoved => ApiError::Conflict("error-issue-moved"),
            FeedbackError::GroupNotVerified => ApiError::Forbidden("error-group-not-verified"),
            FeedbackError::OwnIssue => ApiError::Conflict("error-support-own-issue"),
            FeedbackError::AlreadySupported => ApiError::Conflict("error-support-given"),
            FeedbackError::NotAddressee => ApiError::Forbidden("error-not-addressee"),
            FeedbackError::Incomplete(errors) => errors.into(),
            FeedbackError::ProofNeeded(needed) => needed.into(),
            FeedbackError::Corrupt(what) => ApiError::Internal(format!("stored feedback could not be read: {what}")),
            FeedbackError::Database(e) => e.into(),
        }
    }
}
