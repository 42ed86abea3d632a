//! Small pictures for Easy Read: one beside each key point. They only support the words
//! beside them (which carry the meaning), so screen readers skip them. Plain SVG markup, so
//! the same pictures go into a saved receipt; colours come from the text colour.
//!
//! The pictures are SpeakUp's own drawings, free to reuse under CC BY 4.0 (credited in the
//! footer whenever Easy Read is on).

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
    /// One person: you, or the person who needs an advocate.
    Person,
    /// Two people: family, friends, people to involve.
    People,
    /// A phone: how to get in touch.
    Phone,
    /// A pen writing: in your own words.
    Pen,
    /// A building with columns: the council.
    Council,
    /// A cross in a square: hospital and health.
    Hospital,
    /// A calendar: dates and deadlines.
    Calendar,
    /// A heart: care, agreement and support.
    Heart,
    /// A shield: staying safe.
    Shield,
    /// A heart over an open hand: care and support.
    Care,
    /// A speech bubble with an exclamation mark: a complaint.
    Complain,
    /// A banknote: money and benefits.
    Money,
    /// A house: where someone lives.
    House,
    /// A warning triangle: not feeling safe.
    Warning,
    /// Faces from very sad to very happy: how far something was true, how someone feels.
    VerySad,
    Sad,
    Unsure,
    Happy,
    VeryHappy,
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
            Picture::Person => r#"<circle cx="24" cy="15" r="8"/><path d="M9 42c0-9 6.7-15 15-15s15 6 15 15"/>"#,
            Picture::People => {
                r#"<circle cx="17" cy="16" r="6"/><circle cx="33" cy="16" r="6"/><path d="M5 40c0-7 5.4-12 12-12s12 5 12 12M29 28.5c1.2-.3 2.6-.5 4-.5 6.6 0 10 5 10 12"/>"#
            }
            Picture::Phone => r#"<rect x="14" y="5" width="20" height="38" rx="3"/><path d="M21 37h6"/>"#,
            Picture::Pen => r#"<path d="M12 36l3-9 19-19 6 6-19 19z"/><path d="M30 12l6 6M8 43h32"/>"#,
            Picture::Council => r#"<path d="M6 18L24 7l18 11"/><path d="M11 19v19M19 19v19M29 19v19M37 19v19M6 41h36"/>"#,
            Picture::Hospital => r#"<rect x="7" y="7" width="34" height="34" rx="4"/><path d="M24 15v18M15 24h18"/>"#,
            Picture::Calendar => r#"<rect x="6" y="10" width="36" height="31" rx="3"/><path d="M6 19h36M15 5v9M33 5v9"/>"#,
            Picture::Heart => r#"<path d="M24 41S7 30 7 18a9 9 0 0 1 17-4 9 9 0 0 1 17 4c0 12-17 23-17 23z"/>"#,
            Picture::Shield => r#"<path d="M24 5l16 6v11c0 10-7 17-16 21C15 39 8 32 8 22V11z"/><path d="M17 24l5 5 9-10"/>"#,
            Picture::Care => {
                r#"<path d="M24 27s-9-5.5-9-11.5a4.5 4.5 0 0 1 9-1.5 4.5 4.5 0 0 1 9 1.5c0 6-9 11.5-9 11.5z"/><path d="M5 34h8l6 3h9a3 3 0 0 0 0-6h-6M28 34l9-4a3 3 0 0 1 3 5l-11 6H14l-9-2"/>"#
            }
            Picture::Complain => {
                r#"<path d="M7 9h34v23H22l-9 8v-8H7z"/><path d="M24 14v9"/><circle cx="24" cy="27.5" r="1" fill="currentColor"/>"#
            }
            Picture::Money => r#"<rect x="5" y="13" width="38" height="22" rx="3"/><circle cx="24" cy="24" r="5"/><path d="M11 19v10M37 19v10"/>"#,
            Picture::House => r#"<path d="M6 22L24 8l18 14"/><path d="M11 19v22h26V19"/><path d="M20 41V30h8v11"/>"#,
            Picture::Warning => {
                r#"<path d="M24 6l19 34H5z"/><path d="M24 18v11"/><circle cx="24" cy="34" r="1" fill="currentColor"/>"#
            }
            Picture::VerySad => concat!(r#"<circle cx="24" cy="24" r="20"/><circle cx="17" cy="19" r="1.5" fill="currentColor"/>"#,
                r#"<circle cx="31" cy="19" r="1.5" fill="currentColor"/><path d="M14 36c4-7 16-7 20 0"/>"#),
            Picture::Sad => concat!(r#"<circle cx="24" cy="24" r="20"/><circle cx="17" cy="19" r="1.5" fill="currentColor"/>"#,
                r#"<circle cx="31" cy="19" r="1.5" fill="currentColor"/><path d="M16 34c3-4 13-4 16 0"/>"#),
            Picture::Unsure => concat!(r#"<circle cx="24" cy="24" r="20"/><circle cx="17" cy="19" r="1.5" fill="currentColor"/>"#,
                r#"<circle cx="31" cy="19" r="1.5" fill="currentColor"/><path d="M16 32h16"/>"#),
            Picture::Happy => concat!(r#"<circle cx="24" cy="24" r="20"/><circle cx="17" cy="19" r="1.5" fill="currentColor"/>"#,
                r#"<circle cx="31" cy="19" r="1.5" fill="currentColor"/><path d="M16 30c3 4 13 4 16 0"/>"#),
            Picture::VeryHappy => concat!(r#"<circle cx="24" cy="24" r="20"/><circle cx="17" cy="19" r="1.5" fill="currentColor"/>"#,
                r#"<circle cx="31" cy="19" r="1.5" fill="currentColor"/><path d="M13 28c4 9 18 9 22 0z"/>"#),
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

    /// A key point with this picture beside it; the picture shows only in Easy Read.
    pub fn beside(self, point: Html) -> Html {
        html! {
            <span class="easy-point"><span class="easy-picture">{ self.html() }</span><span>{ point }</span></span>
        }
    }

    pub fn html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.svg()))
    }
}
