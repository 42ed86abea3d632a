pub mod public;
pub mod staff;
