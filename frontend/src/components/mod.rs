//! Building blocks shared by the pages.

pub mod choices;
pub mod communication;
pub mod confirm;
pub mod contact;
pub mod date;
pub mod delete_answers;
pub mod display_settings;
pub mod equality;
pub mod error_summary;
pub mod exit_page;
pub mod fields;
pub mod issue;
pub mod heading;
pub mod layout;
pub mod preferences;
pub mod read_aloud;
pub mod redirect;
pub mod repeating;
pub mod shared_device;
pub mod tracking_code;
pub mod urgent_help;
pub mod links;
pub mod question;
pub mod assessment;
