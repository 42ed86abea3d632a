//! The words on screen: every component asks here by message id (`t("exit-page")`), never
//! holds text of its own. The wording (language and Easy Read) is set once by the app from the
//! person's display settings; changing it re-renders the whole tree, so a plain lookup is enough.

use std::cell::Cell;

pub use speakup_locales::{Language, Wording};

thread_local! {
    static WORDING: Cell<Wording> = const { Cell::new(Wording { language: Language::English, easy_read: false }) };
}

pub fn wording() -> Wording {
    WORDING.with(Cell::get)
}

pub fn language() -> Language {
    wording().language
}

pub fn set_wording(wording: Wording) {
    WORDING.with(|w| w.set(wording));
}

/// The message `id` in the person's language.
pub fn t(id: &str) -> &'static str {
    speakup_locales::text(wording(), id)
}

/// The message `id` with its `{ $name }` variables filled in.
pub fn tf(id: &str, args: &[(&str, &str)]) -> String {
    speakup_locales::format(wording(), id, args)
}
