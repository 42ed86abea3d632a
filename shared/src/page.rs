//! Pagination for staff lists.

use serde::{Deserialize, Serialize};

pub const DEFAULT_PER_PAGE: u32 = 20;
pub const MAX_PER_PAGE: u32 = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageRequest {
    #[serde(default = "first_page")]
    pub page: u32,
    #[serde(default = "default_per_page")]
    pub per_page: u32,
}

fn first_page() -> u32 {
    1
}
fn default_per_page() -> u32 {
    DEFAULT_PER_PAGE
}

impl Default for PageRequest {
    fn default() -> Self {
        Self { page: 1, per_page: DEFAULT_PER_PAGE }
    }
}

impl PageRequest {
    /// Clamps silly values rather than failing: page 0 is page 1, 10 000 per page is the maximum.
    pub fn clamped(self) -> Self {
        Self { page: self.page.max(1), per_page: self.per_page.clamp(1, MAX_PER_PAGE) }
    }

    pub fn offset(self) -> i64 {
        let p = self.clamped();
        i64::from(p.page - 1) * i64::from(p.per_page)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub page: u32,
    pub per_page: u32,
    pub total: u64,
}

impl<T> Page<T> {
    pub fn total_pages(&self) -> u64 {
        self.total.div_ceil(u64::from(self.per_page.max(1)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamps_and_offsets() {
        let p = PageRequest { page: 0, per_page: 1000 }.clamped();
        assert_eq!((p.page, p.per_page), (1, MAX_PER_PAGE));
        assert_eq!(PageRequest { page: 3, per_page: 20 }.offset(), 40);
    }

    #[test]
    fn counts_pages() {
        let page: Page<u8> = Page { items: vec![], page: 1, per_page: 20, total: 41 };
        assert_eq!(page.total_pages(), 3);
    }
}
