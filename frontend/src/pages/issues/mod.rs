//! Collective issues in public: the list of raised issues, one issue's page where anyone may
//! say "this happens to me too", and a self-advocacy group registering. Group members write
//! and raise issues in the staff console, signed in.

mod issue;
mod list;
mod register;

pub use issue::IssuePage;
pub use list::IssuesPage;
pub use register::RegisterGroupPage;
