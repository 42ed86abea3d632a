//! The entitlement engine's answer in words. The texts themselves are in
//! `locales/ftl/*/engine.ftl`, read through the types crate (`label_in(language)`,
//! `plain_in(language)`, `easy_read_in(language)`), so the server, emails and this app say the
//! same thing.

use speakup_types::entitlement::{AdvocacyResult, Assessment, Outcome};

/// The results worth telling the person about: everything except "does not apply".
pub fn likely(assessment: &Assessment) -> Vec<&AdvocacyResult> {
    assessment.results.iter().filter(|r| r.outcome != Outcome::NotMet).collect()
}

/// A fact the engine said it was missing, as a readable phrase ("mca_decision" → "Mca decision").
pub fn missing(fact: &str) -> String {
    let words = fact.replace(['_', '.'], " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
