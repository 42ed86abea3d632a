//! One language's words as a single file for the PWA to download: its own messages, and
//! English for any it lacks, so a visitor needs that one file and never English as well.

use std::fmt::Write;

use crate::Language;

/// Every message `language` shows, one `id = text` line each, in id order. What a
/// translation lacks comes from English, with English's Easy Read version only where the
/// translation has no plain one either: exactly what [`crate::text`] would pick.
pub fn download(language: Language) -> String {
    let own = language.catalogue();
    let english = Language::English.catalogue();
    let mut ids: Vec<&str> = english.keys().collect();
    ids.sort_unstable();
    let mut out = String::with_capacity(128 * 1024);
    for id in ids {
        let text = match own.get(id) {
            Some(text) => text,
            None => {
                let base = id.strip_suffix("-easy");
                if base.is_some_and(|base| own.get(base).is_some()) {
                    continue;
                }
                english.get(id).unwrap_or_default()
            }
        };
        let _ = writeln!(out, "{id} = {text}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::parse;

    #[test]
    fn a_download_says_what_the_compiled_in_words_say() {
        let empty = crate::Catalogue::default();
        for language in Language::ALL {
            let source: &'static str = Box::leak(download(language).into_boxed_str());
            let downloaded = parse(&[("download", source)]).expect("a download parses");
            for id in Language::English.catalogue().keys() {
                for easy_read in [false, true] {
                    let wording = crate::Wording { language, easy_read };
                    assert_eq!(
                        crate::lookup(&downloaded, &empty, easy_read, id),
                        crate::text(wording, id),
                        "{id} in {language:?}, Easy Read {easy_read}"
                    );
                }
            }
        }
    }
}
