//! The words the widget itself writes (its buttons, accessible names, live-region messages,
//! counts, dates and error box), in the story's language.
//!
//! A [`Locale`] is a table: for each [`Key`] one text, or one text per plural
//! [`Category`], with `{name}` placeholders; the language's plural rule ([`Plural`]), its
//! writing direction ([`Dir`]) and its digits. The built-in catalogues are JSON files in
//! `crates/core/locales/`, one a language; `steppe build` resolves the story's `lang` and
//! `strings` against them (natively: [`catalogue`]) and writes the result into the bundle,
//! so a widget loads the words of its own story's language only, and the fallback and the
//! live widget read the same table. English is compiled into the wasm once, for a bundle
//! that lacks a key and for the error box of a bundle that could not be read.
//!
//! ```
//! use steppe_core::locale::{Key, Locale};
//! let en = Locale::english();
//! assert_eq!(en.count(Key::FiltersStatus, 1, &[("shown", "1")]), "Showing 1 of 1 viewpoint");
//! assert_eq!(en.count(Key::FiltersStatus, 21, &[("shown", "3")]), "Showing 3 of 21 viewpoints");
//! ```

#[cfg(not(target_arch = "wasm32"))]
pub mod catalogue;
mod keys;
mod plural;

pub use keys::Key;
pub use plural::{Category, Plural};

use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};
use std::sync::OnceLock;

/// The English catalogue, the source every other is translated from; in the browser, the
/// words for what a bundle lacks.
pub const ENGLISH: &str = include_str!("../../locales/en.json");

/// The reading direction of a language's script.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Dir {
    #[default]
    Ltr,
    Rtl,
}

impl Dir {
    /// The value of the `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// One string of a catalogue: a single text, or one per plural category (always with
/// `other`, which stands for any category a language's table leaves out).
#[derive(Debug, Clone, PartialEq)]
pub enum Text {
    One(String),
    Forms(Vec<(Category, String)>),
}

impl Text {
    /// The text for a count of category `category`.
    pub fn form(&self, category: Category) -> &str {
        match self {
            Text::One(text) => text,
            Text::Forms(forms) => forms
                .iter()
                .find(|(c, _)| *c == category)
                .or_else(|| forms.iter().find(|(c, _)| *c == Category::Other))
                .map_or("", |(_, text)| text.as_str()),
        }
    }

    /// Every text it holds.
    pub fn all(&self) -> Vec<&str> {
        match self {
            Text::One(text) => vec![text.as_str()],
            Text::Forms(forms) => forms.iter().map(|(_, t)| t.as_str()).collect(),
        }
    }
}

/// The words of one language, with its rules for counts and numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct Locale {
    /// The language, as a BCP 47 tag (the story's `lang`).
    pub lang: String,
    pub dir: Dir,
    pub plural: Plural,
    /// The digits zero to nine as the language writes them.
    pub digits: [char; 10],
    /// One text for each key, in [`Key::ALL`]'s order.
    pub texts: Vec<Text>,
}

impl Default for Locale {
    fn default() -> Locale {
        Locale::english().clone()
    }
}

impl Locale {
    /// The English catalogue (read once): the words for what a bundle lacks, and for a
    /// bundle that could not be read. The wasm carries this one catalogue, not the
    /// built-in story (which the loader fetches).
    pub fn english() -> &'static Locale {
        static ENGLISH_LOCALE: OnceLock<Locale> = OnceLock::new();
        ENGLISH_LOCALE.get_or_init(|| {
            crate::bundle::read::locale(ENGLISH, None).expect("the English words read")
        })
    }

    /// The text for `key` (for a counted key, its `other` form).
    pub fn get(&self, key: Key) -> &str {
        self.text(key).form(Category::Other)
    }

    pub fn text(&self, key: Key) -> &Text {
        &self.texts[key as usize]
    }

    /// The text for `key` with its placeholders filled. Right to left, each value is
    /// isolated (U+2068 … U+2069), so that a Latin name or a number in Arabic words keeps
    /// its place and its punctuation.
    pub fn fill(&self, key: Key, values: &[(&str, &str)]) -> String {
        self.fill_text(self.get(key), values)
    }

    fn fill_text(&self, template: &str, values: &[(&str, &str)]) -> String {
        match self.dir {
            Dir::Ltr => fill(template, values),
            Dir::Rtl => {
                let isolated: Vec<(&str, String)> = values
                    .iter()
                    .map(|(k, v)| (*k, format!("\u{2068}{v}\u{2069}")))
                    .collect();
                let values: Vec<(&str, &str)> =
                    isolated.iter().map(|(k, v)| (*k, v.as_str())).collect();
                fill(template, &values)
            }
        }
    }

    /// The form of a counted key for `n`, which fills the key's counted placeholder in
    /// the language's digits; `values` fill the others (numbers through [`Locale::number`]).
    pub fn count(&self, key: Key, n: usize, values: &[(&str, &str)]) -> String {
        let template = self.text(key).form(self.plural.category(n));
        let number = self.number(n);
        let mut all = vec![(key.counted().unwrap_or("n"), number.as_str())];
        all.extend_from_slice(values);
        self.fill_text(template, &all)
    }

    /// A whole number in the language's digits (no grouping: the widget's numbers are
    /// counts of quotes and paragraph numbers).
    pub fn number(&self, n: usize) -> String {
        n.to_string()
            .bytes()
            .map(|b| self.digits[usize::from(b - b'0')])
            .collect()
    }
}

/// `template` with each `{name}` replaced by its value; other braces are left as written.
///
/// ```
/// assert_eq!(steppe_core::locale::fill("{n} of {total}", &[("n", "3"), ("total", "21")]), "3 of 21");
/// ```
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after
            .find('}')
            .and_then(|close| Some((close, values.iter().find(|(k, _)| *k == &after[..close])?)))
        {
            Some((close, (_, value))) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholders a text uses, in order.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            found.push(name);
        }
        rest = &after[close + 1..];
    }
    found
}

/// Written as a catalogue file is: `{"lang", "dir", "plural", "digits", "strings"}`, with
/// only the keys the browser reads (the dates are written at build time).
impl Serialize for Locale {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Strings<'a>(&'a Locale);
        impl Serialize for Strings<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let keys = Key::ALL.iter().filter(|k| k.browser());
                let mut map = serializer.serialize_map(None)?;
                for key in keys {
                    match self.0.text(*key) {
                        Text::One(text) => map.serialize_entry(key.name(), text)?,
                        Text::Forms(forms) => map.serialize_entry(key.name(), &Forms(forms))?,
                    }
                }
                map.end()
            }
        }
        /// Plural forms in the catalogue's order.
        struct Forms<'a>(&'a [(Category, String)]);
        impl Serialize for Forms<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(Some(self.0.len()))?;
                for (category, text) in self.0 {
                    map.serialize_entry(category.as_str(), text)?;
                }
                map.end()
            }
        }
        let mut s = serializer.serialize_struct("Locale", 5)?;
        s.serialize_field("lang", &self.lang)?;
        s.serialize_field("dir", self.dir.as_str())?;
        s.serialize_field("plural", self.plural.as_str())?;
        s.serialize_field("digits", &self.digits.iter().collect::<String>())?;
        s.serialize_field("strings", &Strings(self))?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_leaves_unknown_and_unclosed_braces() {
        assert_eq!(fill("{a} {b} {", &[("a", "1")]), "1 {b} {");
        assert_eq!(fill("{{a}}", &[("a", "x")]), "{x}");
        assert_eq!(placeholders("{n} of {total} {} {x y}"), ["n", "total"]);
    }

    #[test]
    fn a_count_without_its_own_form_takes_other() {
        let text = Text::Forms(vec![
            (Category::One, "one".into()),
            (Category::Few, "few".into()),
            (Category::Other, "other".into()),
        ]);
        assert_eq!(text.form(Category::One), "one");
        assert_eq!(text.form(Category::Few), "few");
        assert_eq!(text.form(Category::Many), "other");
        assert_eq!(Text::Forms(vec![]).form(Category::Many), "");
        assert_eq!(Text::One("same".into()).form(Category::Few), "same");
    }

    #[test]
    fn numbers_in_a_language_s_digits() {
        let mut ar = Locale::english().clone();
        ar.digits = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];
        assert_eq!(ar.number(2109), "٢١٠٩");
        assert_eq!(Locale::english().number(0), "0");
    }
}
