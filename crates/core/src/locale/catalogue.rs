//! The built-in catalogues, and a story's language resolved against them (natively, at
//! build time): which catalogue a BCP 47 tag takes, its direction, and the story's own
//! `strings` laid over it.
//!
//! ```
//! use steppe_core::locale::{catalogue, Dir, Key};
//! let ar = catalogue::resolve(Some("ar-EG"), &[]).locale;
//! assert_eq!((ar.lang.as_str(), ar.dir), ("ar-EG", Dir::Rtl));
//! assert_eq!(ar.count(Key::FiltersUnit, 2, &[]), "وجهتا نظر");
//! let tw = catalogue::resolve(Some("zh-TW"), &[]).locale;
//! assert_eq!(tw.get(Key::FiltersClear), "清除篩選");
//! ```

use super::{Dir, Key, Locale, Text, ENGLISH};

/// The built-in catalogues: each language's tag and file.
pub const BUILT_IN: [(&str, &str); 7] = [
    ("en", ENGLISH),
    ("zh-Hant", include_str!("../../locales/zh-Hant.json")),
    ("zh-Hans", include_str!("../../locales/zh-Hans.json")),
    ("ar", include_str!("../../locales/ar.json")),
    ("ru", include_str!("../../locales/ru.json")),
    ("es", include_str!("../../locales/es.json")),
    ("fr", include_str!("../../locales/fr.json")),
];

/// Languages written right to left, by their primary subtag, and scripts that are.
const RTL_LANGUAGES: [&str; 12] = [
    "ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi",
];
const RTL_SCRIPTS: [&str; 8] = [
    "arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg", "mand",
];

/// A story's locale, and whether a catalogue of its language was found.
pub struct Resolved {
    pub locale: Locale,
    /// The built-in catalogue used (`None`: the language has none, so English words).
    pub catalogue: Option<&'static str>,
}

/// The built-in catalogue `tag` takes: by language and script, else by the script its
/// region writes (`zh-TW`, `zh-HK` and `zh-MO` Traditional; other Chinese Simplified).
pub fn catalogue_for(tag: &str) -> Option<&'static str> {
    let subtags: Vec<String> = tag.split(['-', '_']).map(str::to_ascii_lowercase).collect();
    let language = subtags.first()?.as_str();
    if language == "zh" {
        let script = subtags.iter().skip(1).find(|s| s.len() == 4);
        let traditional = match script.map(String::as_str) {
            Some("hant") => true,
            Some(_) => false,
            None => subtags
                .iter()
                .skip(1)
                .any(|s| ["tw", "hk", "mo"].contains(&s.as_str())),
        };
        return Some(if traditional { "zh-Hant" } else { "zh-Hans" });
    }
    BUILT_IN
        .iter()
        .map(|(tag, _)| *tag)
        .find(|t| *t == language)
}

/// The direction of the language `tag`: right to left for an Arabic, Hebrew, Persian, Urdu…
/// language or script.
pub fn direction(tag: &str) -> Dir {
    let subtags: Vec<String> = tag.split(['-', '_']).map(str::to_ascii_lowercase).collect();
    let script = subtags.iter().skip(1).find(|s| s.len() == 4);
    let rtl = match script {
        Some(script) => RTL_SCRIPTS.contains(&script.as_str()),
        None => subtags
            .first()
            .is_some_and(|l| RTL_LANGUAGES.contains(&l.as_str())),
    };
    if rtl {
        Dir::Rtl
    } else {
        Dir::Ltr
    }
}

/// Whether `tag` is a well-formed BCP 47 language tag as a story gives one: a language of
/// two or three letters, then subtags of one to eight letters or digits (`zh-Hant`,
/// `ar-EG`, `es-419`, `sr-Latn-RS`).
///
/// ```
/// use steppe_core::locale::catalogue::well_formed;
/// assert!(well_formed("zh-Hant") && well_formed("es-419") && well_formed("ar"));
/// assert!(!well_formed("arabic") && !well_formed("zh_TW") && !well_formed("en-") && !well_formed(""));
/// ```
pub fn well_formed(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let language = subtags.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && subtags
            .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// A built-in catalogue, read.
pub fn built_in(tag: &str) -> Option<Locale> {
    let (_, text) = BUILT_IN.iter().find(|(t, _)| *t == tag)?;
    Some(
        crate::bundle::read::locale(text, Some(Locale::english()))
            .expect("a built-in catalogue reads"),
    )
}

/// The locale of a story in `lang` (English without one) with its `strings` laid over
/// the catalogue's: the language's catalogue if there is one, else English words in the
/// language's direction. Keys a catalogue lacks take English's.
pub fn resolve(lang: Option<&str>, strings: &[(String, Text)]) -> Resolved {
    let tag = lang.unwrap_or("en");
    let catalogue = catalogue_for(tag);
    let english = Locale::english();
    let mut locale = catalogue
        .and_then(built_in)
        .unwrap_or_else(|| english.clone());
    locale.lang = tag.to_owned();
    locale.dir = direction(tag);
    for (name, text) in strings {
        if let Some(key) = Key::named(name) {
            locale.texts[key as usize] = text.clone();
        }
    }
    Resolved { locale, catalogue }
}
