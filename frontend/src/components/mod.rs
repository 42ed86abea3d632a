//! Building blocks shared by the pages.

pub mod choices;
pub mod communication;
pub mod error_summary;
pub mod fields;
pub mod heading;
pub mod layout;
pub mod redirect;
pub mod links;
pub mod question;
pub mod assessment;
