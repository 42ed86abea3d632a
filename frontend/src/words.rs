//! The words of the chosen language, downloaded when it is chosen: the PWA carries none of its
//! own, so a visitor never downloads the four languages they do not read. The page's
//! `<meta name="speakup-words">` (written by `cargo xtask frontend`) says where each language's
//! file is; the service worker keeps each one fetched, and English from the first visit, for
//! use offline.

use gloo::net::http::Request;

use crate::dom;
use crate::i18n::Language;

/// Makes sure `language`'s words are there, downloading them if not. False when they could
/// not be had (no connection and no saved copy).
pub async fn ensure(language: Language) -> bool {
    if language.installed() {
        return true;
    }
    let Some(url) = url_of(language) else { return false };
    let Ok(response) = Request::get(&url).send().await else { return false };
    if !response.ok() {
        return false;
    }
    let Ok(text) = response.text().await else { return false };
    // Words live as long as the page: leaking them once per language lets every lookup
    // borrow them as `&'static str`, as the compiled-in words do on the server.
    language.install(Box::leak(text.into_boxed_str())).is_ok()
}

/// The file for `language`, from `en=/words/en.<hash>.ftl cy=…`.
fn url_of(language: Language) -> Option<String> {
    let meta = dom::document().query_selector("meta[name='speakup-words']").ok().flatten()?;
    let files = meta.get_attribute("content")?;
    files
        .split_whitespace()
        .find_map(|entry| entry.strip_prefix(language.code()).and_then(|rest| rest.strip_prefix('=')))
        .map(str::to_string)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `boot.js`: when the app cannot start at all, the page the server sent says so (in
    /// English, the only words it has), keeping its exit control and header.
    #[wasm_bindgen(js_name = speakupFailed)]
    pub fn show_failure(reason: &str);
}
