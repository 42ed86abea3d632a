//! The answer options of the professional route: the value each radio or checkbox sends,
//! its words, and the fact it stands for. The pages, "check your answers" and the staff view
//! all read them from here, so an answer is named the same everywhere.

use speakup_types::entitlement::{McaDecision, MhaStatus, PlacementSetting, Process, Role};

use crate::components::choices::{choice, Choice};

/// An option together with the fact it stands for.
pub type Opt<T> = (T, Choice);

const fn opt<T>(fact: T, value: &'static str, label: &'static str) -> Opt<T> {
    (fact, choice(value, label))
}

const fn hinted<T>(fact: T, value: &'static str, label: &'static str, hint: &'static str) -> Opt<T> {
    (fact, Choice { value, label, hint: Some(hint) })
}

pub const UNKNOWN: Choice = choice("unknown", "I don't know");

pub const PROCESS: [Opt<Process>; 10] = [
    opt(Process::NeedsAssessment, "needs_assessment", "Needs assessment"),
    opt(Process::CarersAssessment, "carers_assessment", "Carer's assessment"),
    opt(Process::ChildNeedsAssessment, "child_needs_assessment", "Child's needs assessment (moving to adult services)"),
    opt(Process::ChildCarersAssessment, "child_carers_assessment", "Child's carer's assessment"),
    opt(Process::YoungCarersAssessment, "young_carers_assessment", "Young carer's assessment"),
    opt(Process::CareSupportPlan, "care_support_plan", "Preparing a care and support plan, or a support plan"),
    opt(Process::PlanReview, "plan_review", "Reviewing a care and support plan"),
    opt(Process::SafeguardingEnquiry, "safeguarding_enquiry", "Safeguarding enquiry (section 42)"),
    opt(Process::SafeguardingAdultsReview, "safeguarding_adults_review", "Safeguarding adults review"),
    opt(Process::None, "none", "None of these"),
];

pub const ROLE: [Opt<Role>; 3] = [
    opt(Role::Person, "person", "The person, for their own care and support"),
    opt(Role::AdultCarer, "adult_carer", "The person as an adult carer"),
    opt(Role::YoungCarer, "young_carer", "The person as a young carer (under 18)"),
];

/// The four areas of Care Act s67(4); the value is the field name in `Difficulty`.
pub const AREAS: [Choice; 4] = [
    choice("understanding", "Understanding relevant information"),
    choice("retaining", "Retaining that information"),
    choice("weighing", "Using or weighing the information to take part"),
    choice("communicating", "Communicating their views, wishes and feelings"),
];

/// The four things that stop someone being the appropriate individual; the value is the
/// field name in `Candidate`.
pub const DISQUALIFIERS: [Choice; 4] = [
    Choice {
        value: "paid_or_professional",
        label: "Are they paid to care for or treat the person, or their carer?",
        hint: Some("Including professional carers and anyone paid by the person."),
    },
    choice("person_does_not_want", "Has the person said they do not want this person to support them?"),
    choice("unable_or_unavailable", "Is this person unable or unavailable to support them?"),
    Choice {
        value: "implicated_in_abuse",
        label: "Are they implicated in abuse or neglect of the person?",
        hint: Some("For example named in a safeguarding enquiry, or found by a safeguarding adults review to have failed to prevent abuse."),
    },
];

pub const SETTING: [Opt<PlacementSetting>; 2] = [
    opt(PlacementSetting::Hospital, "hospital", "A hospital"),
    opt(PlacementSetting::CareHome, "care_home", "A care home"),
];

pub const MCA_DECISION: [Opt<McaDecision>; 5] = [
    opt(McaDecision::SeriousMedicalTreatment, "serious_medical_treatment", "Serious medical treatment"),
    hinted(McaDecision::AccommodationHospital, "accommodation_hospital", "Where they live: a stay in hospital", "Arranged by the NHS, expected to last more than 28 days."),
    hinted(McaDecision::AccommodationCareHome, "accommodation_care_home", "Where they live: a move to a care home", "Arranged by the council or the NHS, expected to last more than 8 weeks."),
    opt(McaDecision::CareReview, "care_review", "A review of their care arrangements"),
    opt(McaDecision::Safeguarding, "safeguarding", "Protective measures in a safeguarding case"),
];

pub const MHA_STATUS: [Opt<MhaStatus>; 5] = [
    opt(MhaStatus::Detained, "detained", "Detained in hospital under a section"),
    opt(MhaStatus::ConditionallyDischargedRestricted, "conditionally_discharged_restricted", "Conditionally discharged (a restricted patient)"),
    opt(MhaStatus::Guardianship, "guardianship", "Under guardianship"),
    opt(MhaStatus::Cto, "cto", "On a community treatment order (CTO)"),
    opt(MhaStatus::None, "none", "Not under the Mental Health Act"),
];

/// The fact a chosen value stands for; `None` for "I don't know" or no answer.
pub fn fact_of<T: Copy>(options: &[Opt<T>], value: &str) -> Option<T> {
    options.iter().find(|(_, c)| c.value == value).map(|(fact, _)| *fact)
}

/// The words of a fact, for "check your answers" and the staff view.
pub fn label_of<T: PartialEq>(options: &[Opt<T>], fact: &T) -> &'static str {
    options.iter().find(|(f, _)| f == fact).map_or("", |(_, c)| c.label)
}

/// The options as radios, with "I don't know" (and any extra choices) after them.
pub fn radios<T>(options: &[Opt<T>], extra: &[Choice]) -> Vec<Choice> {
    options.iter().map(|(_, c)| c.clone()).chain(extra.iter().cloned()).chain([UNKNOWN]).collect()
}

/// The disqualifiers in a few words, for "check your answers" and the staff view.
pub const DISQUALIFIERS_SHORT: [&str; 4] =
    ["Paid to care for or treat them", "The person does not want them", "Unable or unavailable", "Implicated in abuse or neglect"];

/// Is there anyone who could support them (a candidate for appropriate individual)?
pub const ANYONE: [Choice; 3] = [choice("yes", "Yes, or there may be"), choice("no", "No, there is nobody"), UNKNOWN];

/// No decision of the kinds that bring in an IMCA.
pub const NO_DECISION: Choice = choice("none", "None of these");
