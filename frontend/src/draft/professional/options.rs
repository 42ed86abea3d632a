//! The answer options of the professional route: the value each radio or checkbox sends,
//! its words, and the fact it stands for. The pages, "check your answers" and the staff view
//! all read them from here, so an answer is named the same everywhere.

use speakup_types::entitlement::{McaDecision, MhaStatus, PlacementSetting, Process, Role};

use crate::components::choices::{choice, Choice};
use crate::i18n::t;

/// An option together with the fact it stands for.
pub type Opt<T> = (T, Choice);

const fn opt<T>(fact: T, value: &'static str, label: &'static str) -> Opt<T> {
    (fact, choice(value, label))
}

const fn hinted<T>(fact: T, value: &'static str, label: &'static str, hint: &'static str) -> Opt<T> {
    (fact, Choice { value, label, hint: Some(hint) })
}

pub const UNKNOWN: Choice = choice("unknown", "answer-unknown");

pub const PROCESS: [Opt<Process>; 10] = [
    opt(Process::NeedsAssessment, "needs_assessment", "pro-opt-process-needs-assessment"),
    opt(Process::CarersAssessment, "carers_assessment", "pro-opt-process-carers-assessment"),
    opt(Process::ChildNeedsAssessment, "child_needs_assessment", "pro-opt-process-child-needs-assessment"),
    opt(Process::ChildCarersAssessment, "child_carers_assessment", "pro-opt-process-child-carers-assessment"),
    opt(Process::YoungCarersAssessment, "young_carers_assessment", "pro-opt-process-young-carers-assessment"),
    opt(Process::CareSupportPlan, "care_support_plan", "pro-opt-process-care-support-plan"),
    opt(Process::PlanReview, "plan_review", "pro-opt-process-plan-review"),
    opt(Process::SafeguardingEnquiry, "safeguarding_enquiry", "pro-opt-process-safeguarding-enquiry"),
    opt(Process::SafeguardingAdultsReview, "safeguarding_adults_review", "pro-opt-process-safeguarding-adults-review"),
    opt(Process::None, "none", "pro-opt-process-none"),
];

pub const ROLE: [Opt<Role>; 3] = [
    opt(Role::Person, "person", "pro-opt-role-person"),
    opt(Role::AdultCarer, "adult_carer", "pro-opt-role-adult-carer"),
    opt(Role::YoungCarer, "young_carer", "pro-opt-role-young-carer"),
];

/// The four areas of Care Act s67(4); the value is the field name in `Difficulty`.
pub const AREAS: [Choice; 4] = [
    choice("understanding", "pro-opt-area-understanding"),
    choice("retaining", "pro-opt-area-retaining"),
    choice("weighing", "pro-opt-area-weighing"),
    choice("communicating", "pro-opt-area-communicating"),
];

/// The four things that stop someone being the appropriate individual; the value is the
/// field name in `Candidate`.
pub const DISQUALIFIERS: [Choice; 4] = [
    Choice {
        value: "paid_or_professional",
        label: "pro-opt-disqualifier-paid",
        hint: Some("pro-opt-disqualifier-paid-hint"),
    },
    choice("person_does_not_want", "pro-opt-disqualifier-not-wanted"),
    choice("unable_or_unavailable", "pro-opt-disqualifier-unable"),
    Choice {
        value: "implicated_in_abuse",
        label: "pro-opt-disqualifier-abuse",
        hint: Some("pro-opt-disqualifier-abuse-hint"),
    },
];

pub const SETTING: [Opt<PlacementSetting>; 2] = [
    opt(PlacementSetting::Hospital, "hospital", "pro-opt-setting-hospital"),
    opt(PlacementSetting::CareHome, "care_home", "pro-opt-setting-care-home"),
];

pub const MCA_DECISION: [Opt<McaDecision>; 5] = [
    opt(McaDecision::SeriousMedicalTreatment, "serious_medical_treatment", "pro-opt-decision-serious-medical-treatment"),
    hinted(McaDecision::AccommodationHospital, "accommodation_hospital", "pro-opt-decision-accommodation-hospital", "pro-opt-decision-accommodation-hospital-hint"),
    hinted(McaDecision::AccommodationCareHome, "accommodation_care_home", "pro-opt-decision-accommodation-care-home", "pro-opt-decision-accommodation-care-home-hint"),
    opt(McaDecision::CareReview, "care_review", "pro-opt-decision-care-review"),
    opt(McaDecision::Safeguarding, "safeguarding", "pro-opt-decision-safeguarding"),
];

pub const MHA_STATUS: [Opt<MhaStatus>; 5] = [
    opt(MhaStatus::Detained, "detained", "pro-opt-mha-detained"),
    opt(MhaStatus::ConditionallyDischargedRestricted, "conditionally_discharged_restricted", "pro-opt-mha-conditionally-discharged"),
    opt(MhaStatus::Guardianship, "guardianship", "pro-opt-mha-guardianship"),
    opt(MhaStatus::Cto, "cto", "pro-opt-mha-cto"),
    opt(MhaStatus::None, "none", "pro-opt-mha-none"),
];

/// The fact a chosen value stands for; `None` for "I don't know" or no answer.
pub fn fact_of<T: Copy>(options: &[Opt<T>], value: &str) -> Option<T> {
    options.iter().find(|(_, c)| c.value == value).map(|(fact, _)| *fact)
}

/// The words of a fact (translated), for "check your answers" and the staff view.
pub fn label_of<T: PartialEq>(options: &[Opt<T>], fact: &T) -> &'static str {
    options.iter().find(|(f, _)| f == fact).map_or("", |(_, c)| t(c.label))
}

/// The options as radios, with "I don't know" (and any extra choices) after them.
pub fn radios<T>(options: &[Opt<T>], extra: &[Choice]) -> Vec<Choice> {
    options.iter().map(|(_, c)| c.clone()).chain(extra.iter().cloned()).chain([UNKNOWN]).collect()
}

/// The disqualifiers in a few words (message ids), for "check your answers" and the staff view.
pub const DISQUALIFIERS_SHORT: [&str; 4] =
    [
        "pro-opt-disqualifier-paid-short",
        "pro-opt-disqualifier-not-wanted-short",
        "pro-opt-disqualifier-unable-short",
        "pro-opt-disqualifier-abuse-short",
    ];

/// The laws a referral may be about, chosen first so only their questions are asked; the
/// value is kept in the draft under `LAW`, ticked values joined by commas.
pub const LAWS: [Choice; 4] = [
    Choice { value: "care_act", label: "pro-law-care-act", hint: Some("pro-law-care-act-hint") },
    Choice { value: "mca", label: "pro-law-mca", hint: Some("pro-law-mca-hint") },
    Choice { value: "mha", label: "pro-law-mha", hint: Some("pro-law-mha-hint") },
    UNSURE_OF_LAW,
];

pub const UNSURE_OF_LAW: Choice = choice("unknown", "pro-law-unsure");

/// Is there anyone who could support them (a candidate for appropriate individual)?
pub const ANYONE: [Choice; 3] = [choice("yes", "pro-opt-anyone-yes"), choice("no", "pro-opt-anyone-no"), UNKNOWN];

/// No decision of the kinds that bring in an IMCA.
pub const NO_DECISION: Choice = choice("none", "pro-opt-decision-none");
