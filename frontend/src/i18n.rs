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

/// The shared validation's problems, in the person's language.
pub fn field_errors(errors: &validator::ValidationErrors) -> Vec<speakup_types::problem::FieldError> {
    speakup_types::problem::field_errors_in(errors, wording())
}

/// Text laid out for reading: in Easy Read each sentence starts on its own line, one idea per
/// line; otherwise the text as it is.
pub fn lines(text: &str) -> yew::Html {
    use yew::html;
    if !wording().easy_read {
        return html! { { text.to_string() } };
    }
    let mut sentences = Vec::new();
    let mut start = 0;
    for (at, c) in text.char_indices() {
        // Full stops, question and exclamation marks, and Urdu's full stop, ending a sentence.
        let end = matches!(c, '.' | '?' | '!' | '۔') && text[at + c.len_utf8()..].starts_with(' ');
        if end {
            sentences.push(&text[start..at + c.len_utf8()]);
            start = at + c.len_utf8() + 1;
        }
    }
    sentences.push(&text[start..]);
    let sentences = sentences.into_iter().filter(|s| !s.trim().is_empty());
    html! { <>{ for sentences.map(|s| html! { <span class="easy-line">{ s.to_string() }</span> }) }</> }
}

/// A translated sentence with an element in it (a link, a strong word): `text` holds the
/// variable `{ $name }` where `element` goes, so translators can put it anywhere in the sentence.
pub fn with_element(text: &str, name: &str, element: yew::Html) -> yew::Html {
    let mut rest = text;
    let mut before = None;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        if rest[open + 1..open + close].trim().trim_start_matches('$') == name {
            before = Some((&text[..text.len() - rest.len() + open], &rest[open + close + 1..]));
            break;
        }
        rest = &rest[open + close + 1..];
    }
    match before {
        Some((start, end)) => yew::html! { <>{ start.to_string() }{ element }{ end.to_string() }</> },
        None => yew::html! { <>{ text.to_string() }{ " " }{ element }</> },
    }
}
