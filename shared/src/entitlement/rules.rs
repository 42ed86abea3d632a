//! Placeholder: the rules are being written (see mod.rs). Returns an empty assessment.
use super::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    NoAppropriateIndividual,
}

pub fn assess(_facts: &Facts) -> Assessment {
    Assessment { results: vec![], mode: Mode::Unknown, flags: vec![], missing_facts: vec![] }
}
