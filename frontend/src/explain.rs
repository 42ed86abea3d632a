//! The entitlement engine's answer in words. The texts themselves are in
//! `locales/ftl/*/engine.ftl`, read through the types crate (`label_in(language)`,
//! `plain_in(language)`, `easy_read_in(language)`), so the server, emails and this app say the
//! same thing.

use speakup_types::entitlement::{AdvocacyResult, Assessment, Outcome};

use crate::i18n::{t, tf};

/// The results worth telling the person about: everything except "does not apply".
pub fn likely(assessment: &Assessment) -> Vec<&AdvocacyResult> {
    assessment.results.iter().filter(|r| r.outcome != Outcome::NotMet).collect()
}

/// A fact the engine said it was missing, in words: "mca_decision" reads "Which decision under
/// the Mental Capacity Act", "candidates.0.implicated_in_abuse" names the first person who
/// could help. A name the app does not know yet reads as the name made readable.
pub fn missing(fact: &str) -> String {
    let candidate = fact.strip_prefix("candidates.").and_then(|rest| rest.split_once('.'));
    let label = match candidate {
        Some((index, field)) => candidate_fact(field).zip(index.parse::<usize>().ok()).map(|(id, i)| tf(id, &[("number", &(i + 1).to_string())])),
        None => fact_label(fact).map(|id| t(id).to_string()),
    };
    label.unwrap_or_else(|| readable(fact))
}

fn fact_label(name: &str) -> Option<&'static str> {
    Some(match name {
        "council_involved" => "staff-fact-council-involved",
        "care_support_needs" => "staff-fact-care-support-needs",
        "process" => "staff-fact-process",
        "difficulty" => "staff-fact-difficulty",
        "difficulty.understanding" => "staff-fact-difficulty-understanding",
        "difficulty.retaining" => "staff-fact-difficulty-retaining",
        "difficulty.weighing" => "staff-fact-difficulty-weighing",
        "difficulty.communicating" => "staff-fact-difficulty-communicating",
        "candidates" => "staff-fact-candidates",
        "nhs_placement" => "staff-fact-nhs-placement",
        "nhs_placement.setting" => "staff-fact-nhs-placement-setting",
        "nhs_placement.expected_days" => "staff-fact-nhs-placement-expected-days",
        "nhs_placement.council_best_interests" => "staff-fact-nhs-placement-council-best-interests",
        "disagreement_with_appropriate_individual" => "staff-fact-disagreement-with-appropriate-individual",
        "disagreement_with_appropriate_individual.both_agree_advocate_helps" => "staff-fact-disagreement-with-appropriate-individual-both-agree-advocate-helps",
        "capacity" => "staff-fact-capacity",
        "capacity.lacks_capacity_for_decision" => "staff-fact-capacity-lacks-capacity-for-decision",
        "capacity.assessment_completed" => "staff-fact-capacity-assessment-completed",
        "capacity.can_instruct" => "staff-fact-capacity-can-instruct",
        "mca_decision" => "staff-fact-mca-decision",
        "accommodation_expected_days" => "staff-fact-accommodation-expected-days",
        "family_or_friend_to_consult" => "staff-fact-family-or-friend-to-consult",
        "dols_authorised" => "staff-fact-dols-authorised",
        "unpaid_rpr_available" => "staff-fact-unpaid-rpr-available",
        "mha" => "staff-fact-mha",
        "mha.status" => "staff-fact-mha-status",
        "mha.section" => "staff-fact-mha-section",
        "mha.considered_for_s57_or_s58a" => "staff-fact-mha-considered-for-s57-or-s58a",
        "nhs_complaint" => "staff-fact-nhs-complaint",
        "needs_help_to_be_heard" => "staff-fact-needs-help-to-be-heard",
        _ => return None,
    })
}

fn candidate_fact(field: &str) -> Option<&'static str> {
    Some(match field {
        "paid_or_professional" => "staff-fact-candidate-paid-or-professional",
        "person_does_not_want" => "staff-fact-candidate-person-does-not-want",
        "unable_or_unavailable" => "staff-fact-candidate-unable-or-unavailable",
        "implicated_in_abuse" => "staff-fact-candidate-implicated-in-abuse",
        _ => return None,
    })
}

fn readable(fact: &str) -> String {
    let words = fact.replace(['_', '.'], " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use speakup_types::entitlement::{assess, Candidate, Facts};

    use super::*;

    #[test]
    fn every_fact_the_engine_asks_for_has_words() {
        let unknown = Facts::default();
        let with_candidate = Facts { candidates: Some(vec![Candidate::default()]), ..Facts::default() };
        let mut seen = std::collections::BTreeSet::new();
        for facts in [unknown, with_candidate] {
            for fact in assess(&facts).missing_facts {
                seen.insert(fact.clone());
                let known = match fact.strip_prefix("candidates.").and_then(|rest| rest.split_once('.')) {
                    Some((_, field)) => candidate_fact(field).is_some(),
                    None => fact_label(&fact).is_some(),
                };
                assert!(known, "{fact} has no words for staff");
            }
        }
        // Knowing nothing, the engine asks for most facts: the check above covered them.
        assert!(seen.len() >= 10, "only {seen:?}");
    }
}
