//! How the person wants pages shown: language, text size, contrast and Easy Read. Kept on the
//! device like a draft (in memory only in shared-device mode) and applied to the whole document,
//! so every page, the status page and the receipt follow it.

use serde::{Deserialize, Serialize};

use crate::device;
use crate::i18n::{self, Language, Wording};

const KEY: &str = "speakup.display";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextSize {
    #[default]
    Standard,
    /// 150 %.
    Large,
    /// 200 %: the most WCAG asks pages to survive without losing anything.
    Largest,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Standard, TextSize::Large, TextSize::Largest];

    pub fn class(self) -> &'static str {
        match self {
            TextSize::Standard => "text-100",
            TextSize::Large => "text-150",
            TextSize::Largest => "text-200",
        }
    }

    /// The message naming this size.
    pub fn label(self) -> &'static str {
        match self {
            TextSize::Standard => "display-size-standard",
            TextSize::Large => "display-size-large",
            TextSize::Largest => "display-size-largest",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DisplaySettings {
    /// A language code; none until the person chooses, when the browser's language decides.
    pub language: Option<String>,
    pub text_size: TextSize,
    /// High contrast on or off; none follows the device's "more contrast" setting.
    pub high_contrast: Option<bool>,
    pub easy_read: bool,
}

impl DisplaySettings {
    /// The saved settings; with no language saved, the one an address asks for
    /// (`?language=cy`, as on a printed feedback card), for this visit.
    pub fn load() -> Self {
        let mut settings: Self = device::load(KEY).unwrap_or_default();
        if settings.language.is_none() {
            settings.language = asked_language();
        }
        settings
    }

    pub fn save(&self) {
        device::save(KEY, self);
    }

    pub fn language(&self) -> Language {
        self.language.as_deref().and_then(Language::parse).unwrap_or_else(browser_language)
    }

    pub fn wording(&self) -> Wording {
        Wording { language: self.language(), easy_read: self.easy_read }
    }

    pub fn high_contrast(&self) -> bool {
        self.high_contrast.unwrap_or_else(|| media_matches("(prefers-contrast: more)"))
    }

    /// Sets the words the app reads and the document's language, direction and classes.
    pub fn apply(&self) {
        i18n::set_wording(self.wording());
        let Some(root) = gloo::utils::document().document_element() else { return };
        let language = self.language();
        let _ = root.set_attribute("lang", language.code());
        let _ = root.set_attribute("dir", language.direction());
        let mut classes = vec![self.text_size.class()];
        if self.high_contrast() {
            classes.push("contrast-high");
        }
        if self.easy_read {
            classes.push("mode-easy-read");
        }
        root.set_class_name(&classes.join(" "));
    }
}

/// The language the address asks for, if SpeakUp speaks it.
fn asked_language() -> Option<String> {
    let search = gloo::utils::window().location().search().ok()?;
    let code = search.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix("language="))?;
    Language::parse(code).map(|language| language.code().to_string())
}

/// The first of the browser's preferred languages that SpeakUp speaks, else English.
fn browser_language() -> Language {
    let Some(window) = web_sys::window() else { return Language::English };
    window
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .find_map(|code| Language::parse(&code))
        .unwrap_or(Language::English)
}

fn media_matches(query: &str) -> bool {
    web_sys::window().and_then(|w| w.match_media(query).ok().flatten()).is_some_and(|m| m.matches())
}
