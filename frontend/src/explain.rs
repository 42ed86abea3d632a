//! Plain words for the entitlement engine's answer.
//!
//! `Advocacy` and `Outcome` are matched here; reason codes, modes and flags are shown from their
//! serde code until the types crate gives them their own `plain()` / `label()` texts (then switch
//! `reason`, `mode` and `flag` below to those methods).

use serde::Serialize;
use speakup_types::entitlement::{Advocacy, Assessment, Flag, Mode, Outcome, Reason};

pub fn advocacy(a: Advocacy) -> &'static str {
    match a {
        Advocacy::CareAct => "Care Act advocacy",
        Advocacy::Imca => "Independent Mental Capacity Advocate (IMCA)",
        Advocacy::PaidRpr => "Paid relevant person's representative (RPR)",
        Advocacy::Imha => "Independent Mental Health Advocate (IMHA)",
        Advocacy::NhsComplaints => "NHS complaints advocacy",
        Advocacy::NonStatutory => "General (community) advocacy",
    }
}

/// What the outcome means, said to the person.
pub fn outcome_for_person(o: Outcome) -> &'static str {
    match o {
        Outcome::Duty => "You are likely to have a right to this.",
        Outcome::Eligible => "You are likely to be able to get this.",
        Outcome::Discretionary => "You might be able to get this. It is up to the council or the NHS.",
        Outcome::PendingAssessment => "This might apply once an assessment has been done.",
        Outcome::Possible => "This might apply once the council is involved.",
        Outcome::OfferIfCommissioned => "We may be able to offer this, depending on your area.",
        Outcome::NotMet => "This does not seem to apply.",
    }
}

/// The outcome as a short label, for staff.
pub fn outcome_label(o: Outcome) -> &'static str {
    match o {
        Outcome::Duty => "Duty applies",
        Outcome::Eligible => "Eligible",
        Outcome::Discretionary => "Discretionary",
        Outcome::PendingAssessment => "Pending assessment",
        Outcome::Possible => "Possible",
        Outcome::OfferIfCommissioned => "Offer if commissioned",
        Outcome::NotMet => "Not met",
    }
}

pub fn reason(r: &Reason) -> String {
    humanise(&code(r))
}

pub fn mode(m: Mode) -> String {
    humanise(&code(&m))
}

pub fn flag(f: &Flag) -> String {
    humanise(&code(f))
}

/// Facts the engine said it was missing ("mha.status" → "Mha status").
pub fn missing(fact: &str) -> String {
    humanise(&fact.replace('.', " "))
}

/// The results worth telling the person about: everything except "does not apply".
pub fn likely(assessment: &Assessment) -> Vec<(Advocacy, Outcome)> {
    assessment
        .results
        .iter()
        .filter(|r| r.outcome != Outcome::NotMet)
        .map(|r| (r.advocacy, r.outcome))
        .collect()
}

fn code<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// "no_appropriate_individual" → "No appropriate individual".
fn humanise(code: &str) -> String {
    let words = code.replace('_', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
