//! One file of words per language for the PWA to download when that language is chosen
//! (`speakup_locales::download`), named after its contents like every other asset.

use std::fs;
use std::path::Path;

use speakup_locales::Language;

use crate::assets;

/// Writes `dist/words/<code>.<hash>.ftl` for every language; returns `(code, path)` pairs.
pub fn write(dist: &Path, bundles: &[&str]) -> Result<Vec<(&'static str, String)>, String> {
    let dir = dist.join("words");
    fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let mut written = Vec::new();
    for language in Language::ALL {
        let text = speakup_locales::download(language);
        let name = format!("{}.{}.ftl", language.code(), assets::hex_hash(text.as_bytes()));
        fs::write(dir.join(&name), text).map_err(|e| format!("writing words/{name}: {e}"))?;
        written.push((language.code(), format!("/words/{name}")));
    }
    // English is what the service worker keeps from the first visit.
    let english = &written[0].1;
    assets::rewrite_references(dist, bundles, "words/en.ftl", english.trim_start_matches('/'))?;
    Ok(written)
}
