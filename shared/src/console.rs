//! The staff console comes as two bundles, so that an advocate's tablet downloads the
//! casework only: the oversight pages (staff accounts, the provider's settings, feedback and
//! its themes, self-advocacy groups and the issues they raise) are a bundle of their own. The
//! gateway chooses the page, and so the bundle, by these address prefixes; the app tells its
//! routes apart by the same test, so the two never disagree.

/// Where the oversight pages live; everything else under `/staff` is casework.
pub const OVERSIGHT_PAGES: [&str; 6] = ["/staff/accounts", "/staff/settings", "/staff/feedback", "/staff/themes", "/staff/group", "/staff/issues"];

/// Whether the staff page at `path` is one of the oversight pages.
pub fn is_oversight(path: &str) -> bool {
    OVERSIGHT_PAGES.iter().any(|page| path.starts_with(page))
}

#[cfg(test)]
mod tests {
    use super::is_oversight;

    #[test]
    fn casework_and_oversight_pages_are_told_apart() {
        for oversight in ["/staff/accounts/0190f3a4-0000-7000-8000-000000000000", "/staff/settings", "/staff/feedback-card", "/staff/groups", "/staff/group/issues/new", "/staff/issues"] {
            assert!(is_oversight(oversight), "{oversight}");
        }
        for casework in ["/staff", "/staff/login", "/staff/referrals/0190f3a4-0000-7000-8000-000000000000", "/staff/cases", "/staff/concerns", "/staff/reoffers"] {
            assert!(!is_oversight(casework), "{casework}");
        }
    }
}
