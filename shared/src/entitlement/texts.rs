//! Words shown for the engine's codes.
//!
//! Everything the engine indicates is provisional: staff confirm it and the council or
//! responsible body decides any statutory duty, so the texts say "appears" and "may".
//! Plain texts are one neutral sentence that works whether the reader is the person, a
//! carer or a referrer; Easy Read texts are a few common words.
//!
//! The texts live in `locales/ftl/*/engine.ftl` as `<kind>-<code>-label` and
//! `<kind>-<code>-plain`, with the code's underscores as hyphens (`reason-cto-plain`). The Easy
//! Read text is the plain one's Easy Read version, `<kind>-<code>-plain-easy`, so a page that
//! shows the plain id with `t()` swaps it in by itself when the person turns Easy Read on.

use speakup_locales::Language;

use super::outcome::{Advocacy, Flag, Mode, Outcome, Reason};
use crate::words;

/// `$english()`, the text in English, and `$in(language)`, the text in `language`: the
/// message `<kind>-<code>-$part` read by `$lookup` (`words::plain` or `words::easy_read`).
macro_rules! text {
    ($(#[$doc:meta])* $english:ident, $in:ident, $part:literal, $lookup:path) => {
        $(#[$doc])*
        pub fn $english(self) -> &'static str {
            self.$in(Language::English)
        }

        pub fn $in(self, language: Language) -> &'static str {
            $lookup(language, &self.message_id($part))
        }
    };
}

/// `message_id(part)`: `<kind>-<code>-<part>`.
macro_rules! message_ids {
    ($name:ident, $kind:literal) => {
        impl $name {
            pub(crate) fn message_id(self, part: &str) -> String {
                words::id($kind, self.code(), part)
            }
        }
    };
}

message_ids!(Reason, "reason");
message_ids!(Advocacy, "advocacy");
message_ids!(Outcome, "outcome");
message_ids!(Mode, "mode");
message_ids!(Flag, "flag");

impl Reason {
    text!(
        /// One sentence in plain English, not addressed to anyone in particular.
        plain, plain_in, "plain", words::plain
    );
    text!(
        /// A very short sentence in common words, for Easy Read pages.
        easy_read, easy_read_in, "plain", words::easy_read
    );
    text!(
        /// The Easy Read sentence said to the person asking for themselves, as a possibility
        /// rather than a finding.
        to_you, to_you_in, "you", words::plain
    );
}

impl Advocacy {
    text!(
        /// The name used in headings and lists.
        label, label_in, "label", words::plain
    );
    text!(
        /// What this kind of advocacy is for, in one plain sentence.
        plain, plain_in, "plain", words::plain
    );
    text!(easy_read, easy_read_in, "plain", words::easy_read);
}

impl Outcome {
    text!(
        /// A short label for badges and lists.
        label, label_in, "label", words::plain
    );
    text!(
        /// What the outcome means, worded as an indication rather than a decision.
        plain, plain_in, "plain", words::plain
    );
    text!(easy_read, easy_read_in, "plain", words::easy_read);
    text!(
        /// What the outcome may mean for the person asking for themselves, never as a no.
        to_you, to_you_in, "you", words::plain
    );
}

impl Mode {
    text!(label, label_in, "label", words::plain);
    text!(plain, plain_in, "plain", words::plain);
}

impl Flag {
    text!(
        /// What staff should do, in one sentence.
        plain, plain_in, "plain", words::plain
    );
}
