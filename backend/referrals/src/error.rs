use speakup_platform::db::DbError;
use speakup_platform::ApiError;

#[derive(Debug, thiserror::Error)]
pub enum ReferralError {
    #[error("no referral with that reference and code")]
    NotTracked,
    /// As `NotTracked`, when the reference has one try left before it must wait.
    #[error("no referral with that reference and code; one try left")]
    NotTrackedOneTryLeft,
    #[error("no such referral")]
    NotFound,
    #[error("the referral has already been decided")]
    AlreadyDecided,
    #[error("the referral has already been joined into another")]
    AlreadyMerged,
    /// Why, as a message id in errors.ftl.
    #[error("cannot join into that referral")]
    MergeTarget(&'static str),
    #[error(transparent)]
    ProofNeeded(#[from] speakup_platform::proof::ProofNeeded),
    #[error("a new code without a request needs a reason")]
    NewCodeReasonNeeded,
    #[error("someone else holds the other referral's code")]
    OtherCodeHolder,
    #[error("missing or malformed idempotency key")]
    IdempotencyKey,
    #[error("idempotency key reused for other answers or too late")]
    IdempotencyKeyReused,
    #[error("a queue cursor that this queue did not make")]
    BadCursor,
    /// Someone else changed the case (or profile) since it was read.
    #[error("changed since it was read")]
    Changed,
    #[error("no such advocate, or not taking cases")]
    AdvocateUnavailable,
    #[error("a case in this status cannot be given an advocate")]
    CannotAllocate,
    #[error("a case in this status cannot move there")]
    CannotMove,
    #[error("no meeting is booked to move")]
    NoMeetingToMove,
    /// The person rated an outcome that is not one of theirs.
    #[error("no such outcome on this referral")]
    NoSuchOutcome,
    /// The person may rate their outcomes while their case is closing, not before or after.
    #[error("outcomes are rated while the case is closing")]
    OutcomesNotOpen,
    /// A chase or an escalation of a concern that has not been reported to the council.
    #[error("the concern has not been reported")]
    ConcernNotReported,
    #[error("a chase or escalation before the concern was reported")]
    StepBeforeReport,
    /// Finishing a case before recording whether the person was asked what they wanted.
    #[error("the closure is not recorded")]
    ClosureNeeded,
    #[error("the next re-offer must be after today")]
    ReofferNotAfterToday,
    #[error("only a case with its named advocate can be shared")]
    CannotShare,
    /// A field names an area or qualification the provider does not have.
    #[error("not in the provider's lists")]
    NotInCatalogue(&'static str),
    #[error("that name is already in the list")]
    NameTaken,
    #[error("the targets for every kind of advocacy in every area cannot be removed")]
    KeepsEverythingTarget,
    #[error("stored referral is corrupt: {0}")]
    Corrupt(&'static str),
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<diesel::result::Error> for ReferralError {
    fn from(error: diesel::result::Error) -> Self {
        ReferralError::Database(error.into())
    }
}

// The one place referral errors become HTTP.
impl From<ReferralError> for ApiError {
    fn from(error: ReferralError) -> ApiError {
        match error {
            // Unknown reference and wrong code read the same, so a guess learns nothing.
            ReferralError::NotTracked => ApiError::NotFound("error-not-tracked"),
            ReferralError::NotTrackedOneTryLeft => ApiError::NotFound("error-not-tracked-one-try-left"),
            ReferralError::NotFound => ApiError::NotFound("error-referral-not-found"),
            ReferralError::AlreadyDecided => {
                ApiError::Conflict("error-already-decided")
            }
            ReferralError::AlreadyMerged => {
                ApiError::Conflict("error-already-merged")
            }
            ReferralError::MergeTarget(message) => ApiError::field("into", message),
            ReferralError::ProofNeeded(needed) => needed.into(),
            ReferralError::NewCodeReasonNeeded => ApiError::field("reason", "error-new-code-reason"),
            ReferralError::OtherCodeHolder => ApiError::Conflict("error-merge-other-holder"),
            ReferralError::IdempotencyKey => ApiError::BadRequest(
                "Send an Idempotency-Key header of 16 to 100 letters, digits, - or _ with each new referral".into(),
            ),
            ReferralError::IdempotencyKeyReused => ApiError::Conflict(
                "error-key-reused",
            ),
            ReferralError::BadCursor => {
                ApiError::BadRequest("That page link is out of date: start again from the first page".into())
            }
            ReferralError::Changed => ApiError::Conflict("error-case-changed"),
            ReferralError::AdvocateUnavailable => ApiError::field("advocate_id", "error-advocate-unavailable"),
            ReferralError::CannotAllocate => ApiError::Conflict("error-cannot-allocate-now"),
            ReferralError::CannotMove => ApiError::Conflict("error-cannot-move-now"),
            ReferralError::NoMeetingToMove => ApiError::Conflict("error-no-meeting-to-move"),
            ReferralError::NoSuchOutcome => ApiError::NotFound("error-outcome-not-found"),
            ReferralError::OutcomesNotOpen => ApiError::Conflict("error-outcomes-not-open"),
            ReferralError::ConcernNotReported => ApiError::Conflict("error-concern-not-reported"),
            ReferralError::StepBeforeReport => ApiError::field("on", "error-concern-step-before-report"),
            ReferralError::ClosureNeeded => ApiError::Conflict("error-closure-needed"),
            ReferralError::ReofferNotAfterToday => ApiError::field("next_on", "error-reoffer-next-after-today"),
            ReferralError::CannotShare => ApiError::Conflict("error-cannot-share-now"),
            ReferralError::NotInCatalogue(field) => ApiError::field(field, "error-not-in-catalogue"),
            ReferralError::NameTaken => ApiError::field("name", "error-name-taken"),
            ReferralError::KeepsEverythingTarget => ApiError::Conflict("error-target-everything-stays"),
            ReferralError::Corrupt(what) => ApiError::Internal(format!("stored referral could not be read: {what}")),
            ReferralError::Database(e) => e.into(),
        }
    }
}
