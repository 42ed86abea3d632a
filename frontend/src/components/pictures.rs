//! Small pictures for Easy Read: one beside each key point. They only support the words
//! beside them (which carry the meaning), so screen readers skip them. Plain SVG markup, so
//! the same pictures go into a saved receipt; colours come from the text colour.

use yew::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picture {
    /// Done: a tick in a circle.
    Tick,
    /// A label with lines of writing: the reference.
    Label,
    /// A key: the tracking code.
    Key,
    /// A magnifying glass: checking on something.
    Search,
    /// A padlock: keep it safe and private.
    Lock,
    /// A speech bubble: we will talk to you.
    Talk,
    /// A question mark in a circle: what if.
    Question,
}

impl Picture {
    /// The shapes inside a 48×48 box, drawn with the current colour.
    fn shapes(self) -> &'static str {
        match self {
            Picture::Tick => r#"<circle cx="24" cy="24" r="20"/><path d="M14 25l7 7 13-15"/>"#,
            Picture::Label => {
                r#"<rect x="5" y="12" width="38" height="24" rx="3"/><path d="M12 21h24M12 28h16"/>"#
            }
            Picture::Key => r#"<circle cx="15" cy="24" r="8"/><path d="M23 24h19M35 24v7M41 24v5"/>"#,
            Picture::Search => r#"<circle cx="20" cy="20" r="12"/><path d="M29 29l12 12"/>"#,
            Picture::Lock => {
                r#"<rect x="10" y="22" width="28" height="20" rx="3"/><path d="M16 22v-6a8 8 0 0 1 16 0v6M24 30v5"/>"#
            }
            Picture::Talk => r#"<path d="M7 9h34v23H22l-9 8v-8H7z"/><path d="M14 18h20M14 24h12"/>"#,
            Picture::Question => {
                r#"<circle cx="24" cy="24" r="20"/><path d="M18 19a6 6 0 1 1 8 5.5c-1.3.6-2 1.6-2 3V30"/><circle cx="24" cy="35.5" r="1" fill="currentColor"/>"#
            }
        }
    }

    /// The whole `<svg>`, hidden from assistive technology.
    pub fn svg(self) -> String {
        format!(
            r#"<svg class="picture" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="48" height="48" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">{}</svg>"#,
            self.shapes()
        )
    }

    pub fn html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.svg()))
    }
}
