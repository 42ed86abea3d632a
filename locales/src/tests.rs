//! The resource files are data the compiler cannot check, so these tests do: every file parses,
//! Welsh and the public areas of every language are complete, variables match English, drafts
//! are marked for review, and every message id the app names exists.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::catalogue::{parse, variables};
use crate::{Language, REVIEW_MARKER};

/// Areas the extra languages may leave to English: the staff console is offered in English and
/// Welsh, the languages of the organisations running it.
const ENGLISH_AND_WELSH_ONLY: [&str; 1] = ["staff.ftl"];

fn keys(files: &[(&'static str, &'static str)]) -> BTreeSet<&'static str> {
    parse(files).expect("parses").keys().collect()
}

#[test]
fn every_file_parses_with_no_id_used_twice() {
    for language in Language::ALL {
        if let Err(e) = parse(language.files()) {
            panic!("{e}");
        }
        assert!(!language.catalogue().is_empty(), "{language:?} has no messages");
    }
}

#[test]
fn welsh_and_the_public_areas_of_every_language_are_complete() {
    for language in Language::ALL.into_iter().skip(1) {
        for (english, translated) in Language::English.files().iter().zip(language.files()) {
            let area = english.0.trim_start_matches("en/");
            if language != Language::Welsh && ENGLISH_AND_WELSH_ONLY.contains(&area) {
                continue;
            }
            let (want, have) = (keys(&[*english]), keys(&[*translated]));
            let missing: Vec<_> = want.difference(&have).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", translated.0);
        }
    }
}

#[test]
fn translations_only_hold_english_ids_with_the_same_variables() {
    let english = Language::English.catalogue();
    for language in Language::ALL.into_iter().skip(1) {
        let catalogue = language.catalogue();
        for key in catalogue.keys() {
            let source = english.get(key).unwrap_or_else(|| panic!("{language:?} has {key}, which English lacks"));
            let (mut want, mut have) = (variables(source), variables(catalogue.get(key).unwrap_or_default()));
            want.sort_unstable();
            have.sort_unstable();
            assert_eq!(want, have, "{language:?} {key} has different variables");
        }
    }
}

#[test]
fn every_translation_is_marked_for_review_by_a_native_speaker() {
    for language in Language::ALL.into_iter().skip(1) {
        for (file, source) in language.files() {
            assert!(source.starts_with(REVIEW_MARKER), "{file} does not start with the review marker");
        }
    }
}

#[test]
fn lookups_fall_back_to_english_and_fill_variables() {
    let key = Language::English.catalogue().keys().next().expect("English has messages");
    let wording = |language| crate::Wording { language, easy_read: false };
    assert_eq!(crate::text(wording(Language::English), key), Language::English.catalogue().get(key).unwrap_or_default());
    assert_eq!(crate::text(wording(Language::Urdu), "no-such-message"), crate::MISSING);
    assert_eq!(crate::catalogue::fill("Hello { $name }, { $other }", &[("name", "Sam")]), "Hello Sam, { $other }");
    assert_eq!(Language::parse("cy-GB"), Some(Language::Welsh));
    assert_eq!(Language::parse("fr"), None);
    assert_eq!(Language::Urdu.direction(), "rtl");
}

#[test]
fn every_easy_read_version_replaces_a_message_that_exists() {
    for language in Language::ALL {
        let catalogue = language.catalogue();
        for key in catalogue.keys().filter_map(|k| k.strip_suffix("-easy")) {
            assert!(Language::English.catalogue().get(key).is_some(), "{language:?} {key}-easy has no plain version");
        }
    }
}

#[test]
fn broken_files_are_refused() {
    for bad in ["no equals sign", "two = a\ntwo = b", "x = \n", "x = a\n  continued", "x = { name }", "9x = a"] {
        assert!(parse(&[("bad.ftl", bad)]).is_err(), "{bad:?} parsed");
    }
}

fn frontend_sources() -> Vec<PathBuf> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("frontend/src is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../frontend/src"), &mut found);
    found
}

/// String literals on the lines of code (not comments) of a source file.
fn literals(source: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        let mut chars = code.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if c != '"' || code[..start].ends_with('\'') || code[..start].ends_with("r#") {
                continue;
            }
            let mut literal = String::new();
            while let Some((_, c)) = chars.next() {
                match c {
                    '\\' => {
                        chars.next();
                    }
                    '"' => break,
                    _ => literal.push(c),
                }
            }
            // Remember what came just before, so `t("id")` can be told from other strings.
            found.push((number + 1, format!("{}\u{0}{literal}", &code[..start])));
        }
    }
    found
}

/// Calls and fields that hold a message id rather than text.
const ID_HOLDERS: [&str; 4] = ["t(", "tf(", "label: ", "hint: Some("];

#[test]
fn every_message_id_the_app_names_is_in_english() {
    let english = Language::English.catalogue();
    let mut missing = Vec::new();
    for path in frontend_sources() {
        let source = std::fs::read_to_string(&path).expect("readable");
        for (line, found) in literals(&source) {
            let (before, literal) = found.split_once('\u{0}').unwrap_or_default();
            // `choice("value", "id")`: the second literal names the label.
            let choice_label = before.contains("choice(\"") && before.ends_with("\", ");
            let names_id = choice_label || ID_HOLDERS.iter().any(|h| before.ends_with(h) && (before.len() == h.len() || !before[..before.len() - h.len()].ends_with(|c: char| c.is_alphanumeric() || c == '_')));
            if names_id && english.get(literal).is_none() && !literal.contains(' ') && !literal.is_empty() {
                missing.push(format!("{}:{line} {literal}", path.display()));
            }
        }
    }
    assert!(missing.is_empty(), "ids not in the English files:\n{}", missing.join("\n"));
}

#[test]
fn components_hold_no_words_of_their_own() {
    let mut words = Vec::new();
    for path in frontend_sources() {
        let source = std::fs::read_to_string(&path).expect("readable");
        for (line, found) in literals(&source) {
            let literal = found.split_once('\u{0}').map(|(_, l)| l).unwrap_or_default();
            let for_developers = found.contains("expect(\u{0}");
            let sentence = !for_developers && literal.trim_start().starts_with(|c: char| c.is_uppercase())
                && literal.split_whitespace().filter(|w| w.chars().all(char::is_alphabetic)).count() >= 2;
            if sentence {
                words.push(format!("{}:{line} {literal:?}", path.display()));
            }
        }
    }
    assert!(words.is_empty(), "text that belongs in a resource file:\n{}", words.join("\n"));
}
