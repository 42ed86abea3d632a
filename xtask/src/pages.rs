//! The HTML the server sends before any wasm: the exit control, the header and, on the start
//! page, its heading, what SpeakUp is for and the way in. On a slow phone the app can take
//! seconds to arrive; these must not wait for it.
//!
//! `frontend/static/index.html` is a template: `{{id}}` is the English message `id` from
//! `locales/ftl/en`, so the words stay in one place. It becomes `index.html` (the start page,
//! starting the front bundle), `app.html` (every other public page, the public bundle),
//! `staff.html` (the staff console's casework, the staff bundle) and `oversight.html` (its
//! oversight pages, that bundle). Parts between `<!-- start -->` and `<!-- /start -->` (the
//! start page's words; the public bundle, fetched while people read) are left out of the last
//! three, as only the app knows what those pages say. All four name each language's words
//! file in `<meta name="speakup-words">`.

use std::fs;
use std::path::Path;

use speakup_locales::{Language, Wording, MISSING};

const START_ONLY: &str = "<!-- start -->";
const START_ONLY_END: &str = "<!-- /start -->";

/// Where the app finds each language's words (see `frontend/src/words.rs`).
const WORDS_META: &str = r#"<meta name="speakup-words" content="">"#;

pub fn write_shells(dist: &Path, words: &[(&str, String)]) -> Result<(), String> {
    let path = dist.join("index.html");
    let template = fs::read_to_string(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    if !template.contains(WORDS_META) {
        return Err(format!("index.html has no {WORDS_META}"));
    }
    let files: Vec<String> = words.iter().map(|(code, path)| format!("{code}={path}")).collect();
    let template = template.replace(WORDS_META, &format!(r#"<meta name="speakup-words" content="{}">"#, files.join(" ")));
    let start = fill(&template)?;
    let other = without_start_parts(&start)?;
    if !other.contains("\"/front.js\"") {
        return Err("index.html does not load /front.js".into());
    }
    let write = |name: &str, html: String| fs::write(dist.join(name), html).map_err(|e| format!("writing {name}: {e}"));
    write("index.html", start.replace(START_ONLY, "").replace(START_ONLY_END, ""))?;
    for (name, bundle) in [("app.html", "public"), ("staff.html", "staff"), ("oversight.html", "oversight")] {
        write(name, other.replace("\"/front.js\"", &format!("\"/{bundle}.js\"")).replace("\"/front_bg.wasm\"", &format!("\"/{bundle}_bg.wasm\"")))?;
    }
    Ok(())
}

fn without_start_parts(html: &str) -> Result<String, String> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find(START_ONLY) {
        let close = rest[open..].find(START_ONLY_END).ok_or("an unclosed <!-- start --> in index.html")?;
        out.push_str(&rest[..open]);
        rest = &rest[open + close + START_ONLY_END.len()..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Replaces every `{{id}}` with its English text, escaped for HTML.
fn fill(template: &str) -> Result<String, String> {
    let english = Wording { language: Language::English, easy_read: false };
    let mut out = String::with_capacity(template.len() * 2);
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        let close = rest[open..].find("}}").ok_or("an unclosed {{ in index.html")?;
        let id = &rest[open + 2..open + close];
        let text = speakup_locales::text(english, id);
        if text == MISSING {
            return Err(format!("index.html names the message {id}, which locales/ftl/en does not have"));
        }
        out.push_str(&rest[..open]);
        out.push_str(&escape(text));
        rest = &rest[open + close + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_filled_in_and_escaped() {
        assert_eq!(fill("<h1>{{start-heading}}</h1>").unwrap(), "<h1>Ask for an independent advocate</h1>");
        assert_eq!(escape("a \"b\" <c> & d"), "a &quot;b&quot; &lt;c&gt; &amp; d");
        assert!(fill("{{no-such-message}}").unwrap_err().contains("no-such-message"));
        let page = "a<!-- start -->b<!-- /start -->c<!-- start -->d<!-- /start -->e";
        assert_eq!(without_start_parts(page).unwrap(), "ace");
    }
}
