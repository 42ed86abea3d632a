//! Yes / no / not known, remembering which unknown facts the answer hangs on.
//!
//! People often answer "I don't know", so each rule is a formula over facts that may be
//! unknown. Evaluating it with three values tells us both whether the answer is already
//! settled and, when it is not, exactly which facts would settle it: those become
//! `missing_facts`. A known "no" in a conjunction settles it, so facts that cannot change
//! the answer are never asked for.

use std::collections::BTreeSet;
use std::ops::Not;

/// A fact that may be unknown, named as in the JSON. Declared in the order the facts appear
/// in the JSON so that `missing_facts` comes out in the same order as the questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Fact {
    CouncilInvolved,
    CareSupportNeeds,
    Process,
    Difficulty,
    DifficultyUnderstanding,
    DifficultyRetaining,
    DifficultyWeighing,
    DifficultyCommunicating,
    Candidates,
    Candidate(usize, CandidateField),
    NhsPlacement,
    NhsPlacementSetting,
    NhsPlacementExpectedDays,
    NhsPlacementCouncilBestInterests,
    Disagreement,
    DisagreementBothAgree,
    Capacity,
    CapacityLacks,
    CapacityAssessmentCompleted,
    CapacityCanInstruct,
    McaDecision,
    AccommodationExpectedDays,
    FamilyOrFriendToConsult,
    DolsAuthorised,
    UnpaidRprAvailable,
    Mha,
    MhaStatus,
    MhaSection,
    MhaConsideredForS57OrS58a,
    NhsComplaint,
    NeedsHelpToBeHeard,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum CandidateField {
    PaidOrProfessional,
    PersonDoesNotWant,
    UnableOrUnavailable,
    ImplicatedInAbuse,
}

impl Fact {
    pub(super) fn name(self) -> String {
        let name = match self {
            Fact::CouncilInvolved => "council_involved",
            Fact::CareSupportNeeds => "care_support_needs",
            Fact::Process => "process",
            Fact::Difficulty => "difficulty",
            Fact::DifficultyUnderstanding => "difficulty.understanding",
            Fact::DifficultyRetaining => "difficulty.retaining",
            Fact::DifficultyWeighing => "difficulty.weighing",
            Fact::DifficultyCommunicating => "difficulty.communicating",
            Fact::Candidates => "candidates",
            Fact::Candidate(index, field) => {
                let field = match field {
                    CandidateField::PaidOrProfessional => "paid_or_professional",
                    CandidateField::PersonDoesNotWant => "person_does_not_want",
                    CandidateField::UnableOrUnavailable => "unable_or_unavailable",
                    CandidateField::ImplicatedInAbuse => "implicated_in_abuse",
                };
                return format!("candidates.{index}.{field}");
            }
            Fact::NhsPlacement => "nhs_placement",
            Fact::NhsPlacementSetting => "nhs_placement.setting",
            Fact::NhsPlacementExpectedDays => "nhs_placement.expected_days",
            Fact::NhsPlacementCouncilBestInterests => "nhs_placement.council_best_interests",
            Fact::Disagreement => "disagreement_with_appropriate_individual",
            Fact::DisagreementBothAgree => {
                "disagreement_with_appropriate_individual.both_agree_advocate_helps"
            }
            Fact::Capacity => "capacity",
            Fact::CapacityLacks => "capacity.lacks_capacity_for_decision",
            Fact::CapacityAssessmentCompleted => "capacity.assessment_completed",
            Fact::CapacityCanInstruct => "capacity.can_instruct",
            Fact::McaDecision => "mca_decision",
            Fact::AccommodationExpectedDays => "accommodation_expected_days",
            Fact::FamilyOrFriendToConsult => "family_or_friend_to_consult",
            Fact::DolsAuthorised => "dols_authorised",
            Fact::UnpaidRprAvailable => "unpaid_rpr_available",
            Fact::Mha => "mha",
            Fact::MhaStatus => "mha.status",
            Fact::MhaSection => "mha.section",
            Fact::MhaConsideredForS57OrS58a => "mha.considered_for_s57_or_s58a",
            Fact::NhsComplaint => "nhs_complaint",
            Fact::NeedsHelpToBeHeard => "needs_help_to_be_heard",
        };
        name.to_owned()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Tri {
    Yes,
    No,
    Unknown(BTreeSet<Fact>),
}

impl Tri {
    pub(super) fn from(value: bool) -> Tri {
        if value {
            Tri::Yes
        } else {
            Tri::No
        }
    }

    pub(super) fn unknown(fact: Fact) -> Tri {
        Tri::Unknown(BTreeSet::from([fact]))
    }

    /// A yes/no fact as given.
    pub(super) fn known(value: Option<bool>, fact: Fact) -> Tri {
        Tri::when(value, fact, Tri::from)
    }

    /// A test on a fact that may be unknown; the test itself may depend on further facts.
    pub(super) fn when<T>(value: Option<T>, fact: Fact, test: impl FnOnce(T) -> Tri) -> Tri {
        match value {
            Some(value) => test(value),
            None => Tri::unknown(fact),
        }
    }

    pub(super) fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::No, _) | (_, Tri::No) => Tri::No,
            (Tri::Yes, other) | (other, Tri::Yes) => other,
            (Tri::Unknown(mut a), Tri::Unknown(b)) => {
                a.extend(b);
                Tri::Unknown(a)
            }
        }
    }

    pub(super) fn or(self, other: Tri) -> Tri {
        !(!self).and(!other)
    }

    pub(super) fn any(items: impl IntoIterator<Item = Tri>) -> Tri {
        items.into_iter().fold(Tri::No, Tri::or)
    }

    pub(super) fn is_yes(&self) -> bool {
        *self == Tri::Yes
    }

    pub(super) fn is_no(&self) -> bool {
        *self == Tri::No
    }

    /// The facts that would settle this answer; empty once it is settled.
    pub(super) fn missing(self) -> BTreeSet<Fact> {
        match self {
            Tri::Unknown(facts) => facts,
            Tri::Yes | Tri::No => BTreeSet::new(),
        }
    }
}

impl Not for Tri {
    type Output = Tri;

    fn not(self) -> Tri {
        match self {
            Tri::Yes => Tri::No,
            Tri::No => Tri::Yes,
            unknown @ Tri::Unknown(_) => unknown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unknown(facts: &[Fact]) -> Tri {
        Tri::Unknown(facts.iter().copied().collect())
    }

    #[test]
    fn a_known_no_settles_a_conjunction_and_a_known_yes_settles_a_disjunction() {
        let a = || Tri::unknown(Fact::Process);
        let b = || Tri::unknown(Fact::Difficulty);
        assert_eq!(a().and(Tri::No), Tri::No);
        assert_eq!(Tri::No.and(a()), Tri::No);
        assert_eq!(a().or(Tri::Yes), Tri::Yes);
        assert_eq!(Tri::Yes.and(a()), a());
        assert_eq!(Tri::No.or(a()), a());
        assert_eq!(a().and(b()), unknown(&[Fact::Process, Fact::Difficulty]));
        assert_eq!(a().or(b()), unknown(&[Fact::Process, Fact::Difficulty]));
        assert_eq!(!a(), a());
        assert_eq!(Tri::any([]), Tri::No);
        assert_eq!(Tri::any([Tri::No, a(), Tri::Yes]), Tri::Yes);
    }

    #[test]
    fn facts_are_named_as_in_the_json_and_ordered_as_in_the_json() {
        let field = CandidateField::ImplicatedInAbuse;
        assert_eq!(Fact::Candidate(2, field).name(), "candidates.2.implicated_in_abuse");
        assert!(Fact::Candidate(0, field) < Fact::Candidate(1, CandidateField::PaidOrProfessional));
        assert!(Fact::CouncilInvolved < Fact::NeedsHelpToBeHeard);
        assert_eq!(Fact::MhaSection.name(), "mha.section");
    }
}
