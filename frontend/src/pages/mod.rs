pub mod on_behalf;
pub mod public;
pub mod sending;
pub mod staff;
