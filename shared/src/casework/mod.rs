//! The provider's side after triage: areas, advocates and their profiles, the mandates staff
//! confirm, allocating a named advocate, and the work on the case.

mod advocates;
mod allocation;
mod approach;
mod audit;
mod clocks;
mod closure;
mod concerns;
mod entries;
mod mandates;
mod outcomes;
mod reoffer;

pub use advocates::*;
pub use allocation::*;
pub use approach::*;
pub use audit::*;
pub use clocks::*;
pub use closure::*;
pub use concerns::*;
pub use entries::*;
pub use mandates::*;
pub use outcomes::*;
pub use reoffer::*;

use validator::ValidationErrors;

use crate::referral::{error, line};

/// A required line: blank is `missing`, otherwise at most `max` characters of one line.
pub(crate) fn required_line(errors: &mut ValidationErrors, field: &'static str, value: &str, max: usize, missing: &'static str) {
    let value = value.trim();
    if value.is_empty() {
        errors.add(field, error("required", missing));
    } else if let Err(e) = line(max)(value) {
        errors.add(field, e);
    }
}
