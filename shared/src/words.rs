//! The person-facing texts this crate names, looked up by message id in
//! `locales/ftl/<language>/engine.ftl`: the one place they are written, in every language.
//! The English methods (`plain()`, `label()`, …) read the English file, so the server, emails
//! and the app say the same thing; the `…_in(language)` methods read the person's language.

use speakup_locales::{text, Language, Wording};

/// The message `id` in `language`, as written (never its Easy Read version).
pub(crate) fn plain(language: Language, id: &str) -> &'static str {
    text(Wording { language, easy_read: false }, id)
}

/// The Easy Read version of message `id` (`<id>-easy`) in `language`.
pub(crate) fn easy_read(language: Language, id: &str) -> &'static str {
    text(Wording { language, easy_read: true }, id)
}

/// `<kind>-<code>-<part>`, with the code's underscores as hyphens: `reason-cto-plain`.
pub(crate) fn id(kind: &str, code: &str, part: &str) -> String {
    format!("{kind}-{}-{part}", code.replace('_', "-"))
}

#[cfg(test)]
pub(crate) mod tests {
    use speakup_locales::{parse, Catalogue};

    fn engine(file: &'static str, source: &'static str) -> Catalogue {
        parse(&[(file, source)]).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Fails with every id that English or Welsh lacks in its own file (a lookup alone would
    /// hide a gap behind the English fallback).
    pub(crate) fn assert_in_english_and_welsh(ids: impl IntoIterator<Item = String>) {
        let files = [
            engine("en/engine.ftl", include_str!("../../locales/ftl/en/engine.ftl")),
            engine("cy/engine.ftl", include_str!("../../locales/ftl/cy/engine.ftl")),
        ];
        assert_in(&files, "engine.ftl", ids);
    }

    /// The same for texts only staff read, which live in staff.ftl.
    pub(crate) fn assert_in_staff_words(ids: impl IntoIterator<Item = String>) {
        let files = [
            engine("en/staff.ftl", include_str!("../../locales/ftl/en/staff.ftl")),
            engine("cy/staff.ftl", include_str!("../../locales/ftl/cy/staff.ftl")),
        ];
        assert_in(&files, "staff.ftl", ids);
    }

    fn assert_in(files: &[Catalogue; 2], name: &str, ids: impl IntoIterator<Item = String>) {
        let mut missing = Vec::new();
        for id in ids {
            for (language, file) in ["en", "cy"].into_iter().zip(files) {
                if file.get(&id).is_none() {
                    missing.push(format!("{language} {id}"));
                }
            }
        }
        assert!(missing.is_empty(), "messages missing from {name}:\n{}", missing.join("\n"));
    }
}
