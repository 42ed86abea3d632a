//! Collective issues: what a self-advocacy group raises together with the people who can
//! change it (the commissioner, the Safeguarding Adults Board, the provider's board, a
//! partnership board, Healthwatch). Other groups add their support, anyone may say "this
//! happens to me too", and the addressee answers in plain words and in Easy Read while the
//! issue moves from received to closed, in public.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::{Validate, ValidationErrors};

use crate::feedback::{error, line, paragraph};
use crate::identity::Role;

/// The longest text of an issue: each of its parts, and a response.
pub const MAX_TEXT: usize = 3000;
/// The longest line: a title, or a supporting group's line.
pub const MAX_LINE: usize = 200;
/// Pictures that may go with an issue's Easy Read words.
pub const MAX_PICTURES: usize = 3;

codes! {
    /// A picture to go with an issue's Easy Read words, from SpeakUp's own drawings: chosen,
    /// never uploaded, so nothing a group adds can carry a face, a name or anything harmful.
    IssuePicture {
        Person = "person",
        People = "people",
        House = "house",
        Money = "money",
        Hospital = "hospital",
        Council = "council",
        Care = "care",
        Warning = "warning",
        Shield = "shield",
        Complain = "complain",
        Calendar = "calendar",
        Talk = "talk",
    }
}

codes! {
    /// Who an issue is for, and so who answers it.
    Addressee {
        Commissioner = "commissioner",
        SafeguardingBoard = "safeguarding_board",
        ProviderBoard = "provider_board",
        PartnershipBoard = "partnership_board",
        Healthwatch = "healthwatch",
    }
}

impl Addressee {
    /// The role whose accounts answer for this addressee: the provider's board through its
    /// admins, each board and Healthwatch through its own members' accounts, so one body never
    /// answers or closes what was raised with another.
    pub fn answered_by(self) -> Role {
        match self {
            Addressee::Commissioner => Role::Commissioner,
            Addressee::ProviderBoard => Role::Admin,
            Addressee::SafeguardingBoard => Role::SafeguardingBoard,
            Addressee::PartnershipBoard => Role::PartnershipBoard,
            Addressee::Healthwatch => Role::Healthwatch,
        }
    }

    /// The addressee a role answers for, if any (the inverse of [`Addressee::answered_by`]).
    pub fn answered_by_role(role: Role) -> Option<Addressee> {
        Addressee::ALL.iter().copied().find(|a| a.answered_by() == role)
    }
}

codes! {
    /// Where an issue has got to. A draft is the group's alone; every other status is public.
    IssueStatus {
        Draft = "draft",
        Received = "received",
        BeingLookedAt = "being_looked_at",
        ResponseGiven = "response_given",
        ChangeAgreed = "change_agreed",
        ChangeMade = "change_made",
        Closed = "closed",
    }
}

impl IssueStatus {
    /// What an addressee may move an issue to: anything after received.
    pub fn set_by_addressee(self) -> bool {
        !matches!(self, IssueStatus::Draft | IssueStatus::Received)
    }
}

/// An issue as the group writes it. A draft may be saved with anything missing; raising it
/// needs every part but the pictures (see [`IssueDraft::check_complete`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IssueDraft {
    #[serde(default)]
    pub title: String,
    /// What is happening.
    #[serde(default)]
    pub happening: String,
    /// Who it affects.
    #[serde(default)]
    pub affects: String,
    /// How many of the group's members agree.
    #[serde(default)]
    pub members_agreeing: Option<u32>,
    /// The change the group wants.
    #[serde(default)]
    pub change_wanted: String,
    #[serde(default)]
    pub addressee: Option<Addressee>,
    /// The same issue in Easy Read: short sentences, everyday words.
    #[serde(default)]
    pub easy_read: String,
    /// Up to [`MAX_PICTURES`] pictures to go with the Easy Read words.
    #[serde(default)]
    pub pictures: Vec<IssuePicture>,
}

impl Validate for IssueDraft {
    /// The checks a draft must already pass: lengths and hidden characters, never "missing".
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if let Err(e) = line(MAX_LINE)(self.title.trim()) {
            errors.add("title", e);
        }
        for (field, value) in self.paragraphs() {
            if let Err(e) = paragraph(MAX_TEXT)(value.trim()) {
                errors.add(field, e);
            }
        }
        if self.members_agreeing.is_some_and(|n| n == 0 || n > crate::identity::groups::MAX_MEMBERS) {
            errors.add("members_agreeing", error("range", "error-issue-members"));
        }
        let mut pictures = self.pictures.clone();
        pictures.sort();
        pictures.dedup();
        if pictures.len() != self.pictures.len() || pictures.len() > MAX_PICTURES {
            errors.add("pictures", error("pictures", "error-issue-pictures"));
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

impl IssueDraft {
    fn paragraphs(&self) -> [(&'static str, &str); 4] {
        [
            ("happening", &self.happening),
            ("affects", &self.affects),
            ("change_wanted", &self.change_wanted),
            ("easy_read", &self.easy_read),
        ]
    }

    /// Whether the draft can be raised: every part given, each with its own message.
    pub fn check_complete(&self) -> Result<(), ValidationErrors> {
        let mut errors = match self.validate() {
            Ok(()) => ValidationErrors::new(),
            Err(errors) => errors,
        };
        let mut missing = |field: &'static str, message: &'static str| {
            if !errors.errors().contains_key(field) {
                errors.add(field, error("required", message));
            }
        };
        let given = |value: &str| !value.trim().is_empty();
        if !given(&self.title) {
            missing("title", "error-issue-title-required");
        }
        if !given(&self.happening) {
            missing("happening", "error-issue-happening-required");
        }
        if !given(&self.affects) {
            missing("affects", "error-issue-affects-required");
        }
        if self.members_agreeing.is_none() {
            missing("members_agreeing", "error-issue-members");
        }
        if !given(&self.change_wanted) {
            missing("change_wanted", "error-issue-change-required");
        }
        if self.addressee.is_none() {
            missing("addressee", "error-issue-addressee-required");
        }
        if !given(&self.easy_read) {
            missing("easy_read", "error-issue-easy-read-required");
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// The answer to creating a draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssueCreated {
    pub id: Uuid,
}

/// One line of a list of issues.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssueSummary {
    pub id: Uuid,
    pub title: String,
    pub group_name: String,
    pub addressee: Option<Addressee>,
    pub status: IssueStatus,
    /// The day it was raised; none for a draft.
    pub raised_on: Option<NaiveDate>,
    pub supports: u64,
    pub me_too: u64,
}

/// Which issues to list, from the address's query.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IssueFilter {
    pub addressee: Option<Addressee>,
    pub status: Option<IssueStatus>,
    pub page: Option<u32>,
    pub per_page: Option<u32>,
}

/// A step in an issue's history: a status it moved to, on which day, with the addressee's
/// words when they gave some. Who on the addressee's side wrote it is not published.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssueEvent {
    pub status: IssueStatus,
    pub on: NaiveDate,
    pub response: Option<Response>,
}

/// An addressee's words, always in plain words and in Easy Read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub plain: String,
    pub easy_read: String,
}

/// Another group's support, with its own line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Support {
    pub group_id: Uuid,
    pub group_name: String,
    pub line: String,
    pub on: NaiveDate,
}

/// An issue's public page (and, for a draft, its group's page).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssueDetail {
    pub id: Uuid,
    pub group_id: Uuid,
    pub group_name: String,
    pub status: IssueStatus,
    pub raised_on: Option<NaiveDate>,
    #[serde(flatten)]
    pub text: IssueDraft,
    /// Oldest first.
    pub history: Vec<IssueEvent>,
    pub supports: Vec<Support>,
    pub me_too: u64,
}

/// A group supporting another group's issue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewSupport {
    pub line: String,
}

impl Validate for NewSupport {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let text = self.line.trim();
        if text.is_empty() {
            errors.add("line", error("required", "error-support-line-required"));
        } else if let Err(e) = line(MAX_LINE)(text) {
            errors.add("line", e);
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// The addressee moving an issue on, with words when they have some to give. Words always come
/// in both forms, and "response given" always has them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewResponse {
    /// Where the issue was when the addressee read it: if someone moved it since, this answer
    /// is refused (409) rather than stacked on a step the answerer never saw.
    pub from: IssueStatus,
    pub status: IssueStatus,
    #[serde(default)]
    pub plain: String,
    #[serde(default)]
    pub easy_read: String,
}

impl Validate for NewResponse {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if !self.status.set_by_addressee() {
            errors.add("status", error("status", "error-response-status"));
        }
        let (plain, easy) = (self.plain.trim(), self.easy_read.trim());
        let words_needed = self.status == IssueStatus::ResponseGiven || !plain.is_empty() || !easy.is_empty();
        for (field, value, message) in [
            ("plain", plain, "error-response-plain-required"),
            ("easy_read", easy, "error-response-easy-read-required"),
        ] {
            if value.is_empty() {
                if words_needed {
                    errors.add(field, error("required", message));
                }
            } else if let Err(e) = paragraph(MAX_TEXT)(value) {
                errors.add(field, e);
            }
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// The count after saying "this happens to me too".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeToo {
    pub me_too: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete() -> IssueDraft {
        IssueDraft {
            title: "Buses stop too early".into(),
            happening: "The last bus leaves at six.".into(),
            affects: "People who work late or go to the day centre's evening club.".into(),
            members_agreeing: Some(12),
            change_wanted: "A later bus on weekdays.".into(),
            addressee: Some(Addressee::Commissioner),
            easy_read: "The buses stop at 6. We want later buses.".into(),
            pictures: vec![IssuePicture::Calendar],
        }
    }

    #[test]
    fn a_draft_may_be_empty_but_not_raised_until_complete() {
        let empty = IssueDraft::default();
        assert!(empty.validate().is_ok());
        let missing = empty.check_complete().unwrap_err();
        let fields: Vec<&str> = missing.errors().keys().map(|k| k.as_ref()).collect();
        for field in ["title", "happening", "affects", "members_agreeing", "change_wanted", "addressee", "easy_read"] {
            assert!(fields.contains(&field), "{field} is not asked for");
        }
        assert!(complete().check_complete().is_ok());
        let no_easy_read = IssueDraft { easy_read: " ".into(), ..complete() };
        assert!(no_easy_read.check_complete().unwrap_err().errors().contains_key("easy_read"));
    }

    #[test]
    fn drafts_refuse_hidden_characters_and_impossible_numbers() {
        let hidden = IssueDraft { title: "Buses\u{202E}".into(), ..IssueDraft::default() };
        assert!(hidden.validate().unwrap_err().errors().contains_key("title"));
        let nobody = IssueDraft { members_agreeing: Some(0), ..IssueDraft::default() };
        assert!(nobody.validate().unwrap_err().errors().contains_key("members_agreeing"));
        let crowded = IssueDraft { pictures: IssuePicture::ALL[..4].to_vec(), ..IssueDraft::default() };
        assert!(crowded.validate().unwrap_err().errors().contains_key("pictures"));
        let twice = IssueDraft { pictures: vec![IssuePicture::House, IssuePicture::House], ..IssueDraft::default() };
        assert!(twice.validate().unwrap_err().errors().contains_key("pictures"));
    }

    #[test]
    fn a_response_has_both_kinds_of_words_or_none() {
        let from = IssueStatus::Received;
        let given = NewResponse { from, status: IssueStatus::ResponseGiven, plain: "We will look at the timetable.".into(), easy_read: String::new() };
        assert!(given.validate().unwrap_err().errors().contains_key("easy_read"));
        let moved = NewResponse { from, status: IssueStatus::BeingLookedAt, plain: String::new(), easy_read: String::new() };
        assert!(moved.validate().is_ok());
        let silent = NewResponse { from, status: IssueStatus::ResponseGiven, plain: String::new(), easy_read: String::new() };
        assert_eq!(silent.validate().unwrap_err().errors().len(), 2);
        let back = NewResponse { status: IssueStatus::Received, ..moved };
        assert!(back.validate().unwrap_err().errors().contains_key("status"));
    }

    #[test]
    fn every_addressee_is_answered_by_its_own_role_which_reads_no_case() {
        for addressee in Addressee::ALL {
            let role = addressee.answered_by();
            assert!(role != Role::Group && role != Role::Manager && role != Role::Advocate, "{addressee:?}");
            assert_eq!(Addressee::answered_by_role(role), Some(*addressee), "one role, one addressee");
        }
    }
}
