//! Every word SpeakUp shows, in every language it speaks.
//!
//! The words live in Fluent resource files under `ftl/<language>/<area>.ftl`. With the
//! `embedded` feature (the servers, the build) they are compiled in; without it (the PWA) a
//! language's words are downloaded when it is chosen and handed to [`Language::install`], so a
//! visitor never downloads the languages they do not read. We read a deliberately small subset of Fluent (one-line messages, `{ $name }`
//! variables, `#` comments), so the files stay editable in any Fluent tool (Pontoon, Weblate)
//! while the lookup stays a few lines with no dependencies: the wasm bundle is already big.
//!
//! English is complete and is the fallback for a message a translation lacks. Welsh must be
//! complete too (the tests check). Every translation other than English starts with
//! [`REVIEW_MARKER`] until a native speaker has checked it.

mod catalogue;
#[cfg(feature = "embedded")]
mod download;
mod language;

pub use catalogue::{parse, Catalogue, ParseError};
#[cfg(feature = "embedded")]
pub use download::download;
pub use language::Language;

/// The comment at the top of every translated file that no native speaker has checked yet.
pub const REVIEW_MARKER: &str = "# Review: drafted without a native speaker; please check before relying on it.";

/// Shown for a message no file has: visible, so the gap is noticed (the tests make sure every id
/// the app uses is in the English files).
pub const MISSING: &str = "[?]";

/// How a message is wanted: in which language, and whether in Easy Read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wording {
    pub language: Language,
    pub easy_read: bool,
}

/// The message `key` as `wording` asks: its Easy Read version (`<key>-easy`) when that is on and
/// the language has one, else the plain version, else English.
pub fn text(wording: Wording, key: &str) -> &'static str {
    lookup(wording.language.catalogue(), Language::English.catalogue(), wording.easy_read, key)
}

fn lookup(own: &Catalogue, english: &Catalogue, easy_read: bool, key: &str) -> &'static str {
    let easy = || {
        let easy_key = format!("{key}-easy");
        own.get(&easy_key).or_else(|| (own.get(key).is_none()).then(|| english.get(&easy_key)).flatten())
    };
    easy_read.then(easy).flatten().or_else(|| own.get(key)).or_else(|| english.get(key)).unwrap_or(MISSING)
}

/// The message with its `{ $name }` variables filled in.
pub fn format(wording: Wording, key: &str, args: &[(&str, &str)]) -> String {
    catalogue::fill(text(wording, key), args)
}

#[cfg(all(test, feature = "embedded"))]
mod tests;
