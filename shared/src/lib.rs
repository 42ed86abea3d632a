//! Types shared by the SpeakUp services and the PWA.
//!
//! Everything here is pure data and pure functions so that the browser and the server
//! validate, explain and compute entitlement in exactly the same way.

#[macro_use]
mod codes;

pub mod casework;
pub mod console;
pub mod entitlement;
pub mod feedback;
pub mod equality;
pub mod identity;
pub mod issues;
pub mod page;
pub mod period;
pub mod problem;
pub mod proof;
pub mod qr;
pub mod referral;
pub mod status;
pub mod text;
mod words;
