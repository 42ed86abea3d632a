//! The entitlement engine: which advocacy appears to apply, and why.
//!
//! The rules are those of `../shared/domain/entitlement.md` (Care Act 2014 ss67-68, IMCA,
//! paid RPR, IMHA, NHS complaints, NICE 1.2.1). A result is only ever *indicated*: staff
//! confirm it, and the council or responsible body decides any statutory duty.

mod facts;
mod outcome;
pub mod plain;
mod rules;
mod texts;

#[cfg(test)]
mod tests;

pub use facts::*;
pub use outcome::*;
pub use rules::assess;
