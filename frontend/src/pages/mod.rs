pub mod flow;
pub mod on_behalf;
pub mod professional;
pub mod profile;
pub mod profile_rows;
pub mod public;
pub mod sending;
pub mod staff;
