//! What the engine answers. The JSON shapes here are the API contract shared by the PWA
//! and the server, so names and spellings must not change once published.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// At most one entry per advocacy type, in the order of [`Advocacy::ALL`].
    pub results: Vec<AdvocacyResult>,
    pub mode: Mode,
    /// In the order of [`Flag::ALL`], each at most once.
    pub flags: Vec<Flag>,
    /// Dotted names of unknown facts (`"difficulty"`, `"mha.section"`,
    /// `"candidates.0.implicated_in_abuse"`) that could change a result or the mode,
    /// in the order the facts appear in the JSON, each at most once.
    pub missing_facts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdvocacyResult {
    pub advocacy: Advocacy,
    pub outcome: Outcome,
    /// Never empty.
    pub reasons: Vec<Reason>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Advocacy {
    CareAct,
    Imca,
    PaidRpr,
    Imha,
    NhsComplaints,
    NonStatutory,
}

impl Advocacy {
    pub const ALL: [Advocacy; 6] = [
        Advocacy::CareAct,
        Advocacy::Imca,
        Advocacy::PaidRpr,
        Advocacy::Imha,
        Advocacy::NhsComplaints,
        Advocacy::NonStatutory,
    ];

    /// The code used in JSON (and in message ids).
    pub fn code(self) -> &'static str {
        match self {
            Advocacy::CareAct => "care_act",
            Advocacy::Imca => "imca",
            Advocacy::PaidRpr => "paid_rpr",
            Advocacy::Imha => "imha",
            Advocacy::NhsComplaints => "nhs_complaints",
            Advocacy::NonStatutory => "non_statutory",
        }
    }

    /// The kind whose code this is.
    pub fn parse(code: &str) -> Option<Advocacy> {
        Advocacy::ALL.into_iter().find(|a| a.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Duty,
    Eligible,
    Discretionary,
    PendingAssessment,
    Possible,
    OfferIfCommissioned,
    NotMet,
}

impl Outcome {
    pub const ALL: [Outcome; 7] = [
        Outcome::Duty,
        Outcome::Eligible,
        Outcome::Discretionary,
        Outcome::PendingAssessment,
        Outcome::Possible,
        Outcome::OfferIfCommissioned,
        Outcome::NotMet,
    ];

    /// The code used in JSON (and in message ids).
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Duty => "duty",
            Outcome::Eligible => "eligible",
            Outcome::Discretionary => "discretionary",
            Outcome::PendingAssessment => "pending_assessment",
            Outcome::Possible => "possible",
            Outcome::OfferIfCommissioned => "offer_if_commissioned",
            Outcome::NotMet => "not_met",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Instructed,
    NonInstructed,
    Unknown,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Instructed, Mode::NonInstructed, Mode::Unknown];

    /// The code used in JSON (and in message ids).
    pub fn code(self) -> &'static str {
        match self {
            Mode::Instructed => "instructed",
            Mode::NonInstructed => "non_instructed",
            Mode::Unknown => "unknown",
        }
    }
}

codes! {
    /// Something staff should act on, beyond the results themselves.
    Flag {
        UrgentSafeguarding = "urgent_safeguarding",
        AppointAsSoonAsPossible = "appoint_as_soon_as_possible",
        IsolationOrSeclusion = "isolation_or_seclusion",
        ReofferImha = "reoffer_imha",
        LaResponsibleForPrisoner = "la_responsible_for_prisoner",
        KeepSameAdvocate = "keep_same_advocate",
        HandoverExistingAdvocate = "handover_existing_advocate",
        FluctuatingCapacity = "fluctuating_capacity",
    }
}

codes! {
    /// Why a result came out as it did. Codes are stored with referrals and counted in
    /// reports, so a code is never renamed or reused; texts live in `texts.rs`.
    Reason {
        // Care Act 2014 ss67-68
        NoCareSupportNeeds = "no_care_support_needs",
        NoRelevantProcess = "no_relevant_process",
        NoCouncilInvolvementYet = "no_council_involvement_yet",
        NoSubstantialDifficulty = "no_substantial_difficulty",
        NoAppropriateIndividual = "no_appropriate_individual",
        AppropriateIndividualAvailable = "appropriate_individual_available",
        ExceptionNhsHospitalOver28Days = "exception_nhs_hospital_over_28_days",
        ExceptionNhsCareHome56DaysOrMore = "exception_nhs_care_home_56_days_or_more",
        ExceptionDisagreement = "exception_disagreement",
        // IMCA, Mental Capacity Act 2005
        LacksCapacityNoOneToConsult = "lacks_capacity_no_one_to_consult",
        SeriousMedicalTreatment = "serious_medical_treatment",
        AccommodationHospitalOver28Days = "accommodation_hospital_over_28_days",
        AccommodationCareHomeOver8Weeks = "accommodation_care_home_over_8_weeks",
        ImcaCareReview = "imca_care_review",
        ImcaSafeguarding = "imca_safeguarding",
        McaAssessmentMissing = "mca_assessment_missing",
        HasCapacityForDecision = "has_capacity_for_decision",
        FamilyOrFriendToConsult = "family_or_friend_to_consult",
        ShortStayAccommodation = "short_stay_accommodation",
        // Paid RPR, Deprivation of Liberty Safeguards
        DolsNoUnpaidRpr = "dols_no_unpaid_rpr",
        NoDolsAuthorisation = "no_dols_authorisation",
        UnpaidRprAvailable = "unpaid_rpr_available",
        // IMHA, Mental Health Act 1983
        DetainedQualifyingSection = "detained_qualifying_section",
        DetainedSectionNotKnown = "detained_section_not_known",
        ExcludedShortTermSection = "excluded_short_term_section",
        ConditionallyDischarged = "conditionally_discharged",
        Guardianship = "guardianship",
        Cto = "cto",
        ConsideredForS57S58a = "considered_for_s57_s58a",
        NotSubjectToMha = "not_subject_to_mha",
        // NHS complaints advocacy, Health and Social Care Act 2012
        NhsComplaint = "nhs_complaint",
        NoNhsComplaint = "no_nhs_complaint",
        // Non-statutory advocacy, NICE NG227 1.2.1
        NeedsHelpToBeHeard = "needs_help_to_be_heard",
        CanBeHeardWithoutHelp = "can_be_heard_without_help",
        StatutoryAdvocacyApplies = "statutory_advocacy_applies",
    }
}
