//! The languages SpeakUp speaks and the files each one reads.

use std::sync::OnceLock;

use crate::catalogue::{parse, Catalogue};
#[cfg(not(feature = "embedded"))]
use crate::catalogue::ParseError;

/// Languages offered on the public pages. English and Welsh cover every page, staff ones too;
/// the others were chosen as among the most spoken in England after English (Census 2021)
/// and include one written right to left.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    Welsh,
    Polish,
    Romanian,
    Urdu,
}

/// The areas every language has a file for, in `ftl/<code>/<area>.ftl`.
#[cfg(feature = "embedded")]
macro_rules! files {
    ($code:literal) => {
        &[
            (concat!($code, "/common.ftl"), include_str!(concat!("../ftl/", $code, "/common.ftl"))),
            (concat!($code, "/public.ftl"), include_str!(concat!("../ftl/", $code, "/public.ftl"))),
            (concat!($code, "/on-behalf.ftl"), include_str!(concat!("../ftl/", $code, "/on-behalf.ftl"))),
            (concat!($code, "/profile.ftl"), include_str!(concat!("../ftl/", $code, "/profile.ftl"))),
            (concat!($code, "/professional.ftl"), include_str!(concat!("../ftl/", $code, "/professional.ftl"))),
            (concat!($code, "/professional-answers.ftl"), include_str!(concat!("../ftl/", $code, "/professional-answers.ftl"))),
            (concat!($code, "/engine.ftl"), include_str!(concat!("../ftl/", $code, "/engine.ftl"))),
            (concat!($code, "/errors.ftl"), include_str!(concat!("../ftl/", $code, "/errors.ftl"))),
            (concat!($code, "/staff.ftl"), include_str!(concat!("../ftl/", $code, "/staff.ftl"))),
            (concat!($code, "/feedback.ftl"), include_str!(concat!("../ftl/", $code, "/feedback.ftl"))),
            (concat!($code, "/issues.ftl"), include_str!(concat!("../ftl/", $code, "/issues.ftl"))),
            (concat!($code, "/settings.ftl"), include_str!(concat!("../ftl/", $code, "/settings.ftl"))),
        ]
    };
}

#[cfg(feature = "embedded")]
type Files = &'static [(&'static str, &'static str)];

static CATALOGUES: [OnceLock<Catalogue>; 5] = [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];

impl Language {
    pub const ALL: [Language; 5] =
        [Language::English, Language::Welsh, Language::Polish, Language::Romanian, Language::Urdu];

    /// The BCP 47 tag, for `lang` attributes, speech synthesis and what we store.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Welsh => "cy",
            Language::Polish => "pl",
            Language::Romanian => "ro",
            Language::Urdu => "ur",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        let primary = code.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language's name in itself, as people look for it in a list.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Welsh => "Cymraeg",
            Language::Polish => "Polski",
            Language::Romanian => "Română",
            Language::Urdu => "اردو",
        }
    }

    pub fn right_to_left(self) -> bool {
        self == Language::Urdu
    }

    /// `ltr` or `rtl`, for the `dir` attribute.
    pub fn direction(self) -> &'static str {
        if self.right_to_left() { "rtl" } else { "ltr" }
    }

    #[cfg(feature = "embedded")]
    pub(crate) fn files(self) -> Files {
        match self {
            Language::English => files!("en"),
            Language::Welsh => files!("cy"),
            Language::Polish => files!("pl"),
            Language::Romanian => files!("ro"),
            Language::Urdu => files!("ur"),
        }
    }

    fn slot(self) -> &'static OnceLock<Catalogue> {
        &CATALOGUES[Self::ALL.iter().position(|l| *l == self).unwrap_or(0)]
    }

    /// Parsed on first use. The tests parse every file, so a broken one never ships; if one
    /// somehow did, the language falls back to English rather than taking the app down.
    #[cfg(feature = "embedded")]
    pub(crate) fn catalogue(self) -> &'static Catalogue {
        self.slot().get_or_init(|| parse(self.files()).unwrap_or_default())
    }

    /// The words installed so far; none until [`Language::install`].
    #[cfg(not(feature = "embedded"))]
    pub(crate) fn catalogue(self) -> &'static Catalogue {
        static NONE: OnceLock<Catalogue> = OnceLock::new();
        self.slot().get().unwrap_or_else(|| NONE.get_or_init(Catalogue::default))
    }

    /// Takes the language's words as [`crate::download`] wrote them. Once per language: a
    /// second call keeps the first words.
    #[cfg(not(feature = "embedded"))]
    pub fn install(self, source: &'static str) -> Result<(), ParseError> {
        let catalogue = parse(&[("download", source)])?;
        let _ = self.slot().set(catalogue);
        Ok(())
    }

    #[cfg(not(feature = "embedded"))]
    pub fn installed(self) -> bool {
        self.slot().get().is_some()
    }
}
