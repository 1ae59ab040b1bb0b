//! The world's countries by every name an article may use: the common and official names,
//! other spellings and short forms ("US", "UK"), demonyms ("Brazilian", "Russian") and
//! the "-stan" root a country is named from ("Kazakh", "Uzbek"), from the npm package
//! `world-countries` (ODbL-1.0), with their ISO 3166-1 alpha-3 codes; and the English
//! names of `i18n-iso-countries` (MIT), which add the ones news still uses ("Turkey",
//! "U.S.", "Cape Verde"). A name both give to different countries is world-countries'.
//!
//! ```no_run
//! use steppe_editorial::{countries::Countries, data::path};
//! let countries = Countries::load(
//!     &path("node_modules/world-countries/countries.json"),
//!     &path("node_modules/i18n-iso-countries/langs/en.json"),
//! ).unwrap();
//! assert_eq!(countries.code("Turkey"), Some("TUR"));
//! assert_eq!(countries.code("Kazakh"), Some("KAZ"));
//! assert_eq!(countries.name("UZB"), Some("Uzbekistan"));
//! ```

use serde_json::Value;
use std::collections::HashMap;

/// Country names, each with its code, and each code's common name.
pub struct Countries {
    by_name: HashMap<String, String>,
    names: HashMap<String, String>,
    /// Alpha-2 → alpha-3, for the gazetteer.
    alpha2: HashMap<String, String>,
}

impl Countries {
    /// Reads world-countries' `countries.json` and i18n-iso-countries' `langs/en.json`.
    pub fn load(path: &std::path::Path, aliases: &std::path::Path) -> Result<Countries, String> {
        let read = |path: &std::path::Path| {
            std::fs::read_to_string(path).map_err(|e| {
                format!(
                    "{}: cannot read: {e} (scripts/setup installs it with npm ci)",
                    path.display()
                )
            })
        };
        let countries =
            Countries::from_json(&read(path)?).map_err(|e| format!("{}: {e}", path.display()))?;
        countries
            .with_aliases(&read(aliases)?)
            .map_err(|e| format!("{}: {e}", aliases.display()))
    }

    /// Adds the English names of i18n-iso-countries: `{"countries": {"TR": ["Türkiye",
    /// "Turkey"], "VN": "Vietnam", …}}`, by alpha-2 code.
    pub fn with_aliases(mut self, json: &str) -> Result<Countries, String> {
        let tree: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let list = tree["countries"]
            .as_object()
            .ok_or("no \"countries\" object")?;
        for (alpha2, names) in list {
            let Some(code) = self.alpha2.get(alpha2).cloned() else {
                continue;
            };
            let names: Vec<&str> = match names {
                Value::String(name) => vec![name.as_str()],
                Value::Array(names) => names.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            for name in names
                .into_iter()
                .filter(|n| n.chars().count() > 2 || n.contains('.'))
            {
                self.by_name
                    .entry(name.to_owned())
                    .or_insert_with(|| code.clone());
            }
        }
        Ok(self)
    }

    pub fn from_json(text: &str) -> Result<Countries, String> {
        let list: Vec<Value> = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let mut countries = Countries {
            by_name: HashMap::new(),
            names: HashMap::new(),
            alpha2: HashMap::new(),
        };
        // Independent countries first: a name they share with a territory is theirs
        // ("Dutch" is the Netherlands', not the Caribbean Netherlands').
        let (independent, territories): (Vec<&Value>, Vec<&Value>) = list
            .iter()
            .partition(|c| c["independent"].as_bool() == Some(true));
        for c in independent.into_iter().chain(territories) {
            let (Some(code), Some(common)) = (c["cca3"].as_str(), c["name"]["common"].as_str())
            else {
                continue;
            };
            countries.names.insert(code.to_owned(), common.to_owned());
            if let Some(two) = c["cca2"].as_str() {
                countries.alpha2.insert(two.to_owned(), code.to_owned());
            }
            let mut names: Vec<String> = vec![common.to_owned()];
            names.extend(c["name"]["official"].as_str().map(str::to_owned));
            for key in ["m", "f"] {
                names.extend(c["demonyms"]["eng"][key].as_str().map(str::to_owned));
            }
            for alt in c["altSpellings"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                // Two-letter codes other than the usual short forms would match words.
                if alt.chars().count() > 2 || ["US", "UK"].contains(&alt) {
                    names.push(alt.to_owned());
                }
            }
            // "Kazakhstan" → "Kazakh", "Afghanistan" → "Afghan": the people the land is named for.
            for suffix in ["istan", "stan"] {
                if let Some(root) = common
                    .strip_suffix(suffix)
                    .filter(|r| r.chars().count() >= 4)
                {
                    names.push(root.to_owned());
                    break;
                }
            }
            for name in names.into_iter().filter(|n| !n.trim().is_empty()) {
                countries
                    .by_name
                    .entry(name)
                    .or_insert_with(|| code.to_owned());
            }
        }
        Ok(countries)
    }

    /// The alpha-3 code of a country name, short form or demonym, as an article writes it.
    pub fn code(&self, name: &str) -> Option<&str> {
        self.by_name.get(name).map(String::as_str)
    }

    /// The common name of a country.
    pub fn name(&self, code: &str) -> Option<&str> {
        self.names.get(code).map(String::as_str)
    }

    pub fn from_alpha2(&self, code: &str) -> Option<&str> {
        self.alpha2.get(code).map(String::as_str)
    }

    /// Every country the text names, in the order of first mention, with the words that
    /// name it (a name of up to five words, longest first: "United States" before "United").
    pub fn in_text<'a>(&'a self, text: &str) -> Vec<(&'a str, String)> {
        let words: Vec<&str> = text
            .split(|c: char| {
                !(c.is_alphanumeric() || c == '-' || c == '.' || c == '’' || c == '\'')
            })
            .filter(|w| !w.is_empty())
            .collect();
        let mut found: Vec<(&str, String)> = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let mut matched = 1;
            for n in (1..=5).rev() {
                if i + n > words.len() {
                    continue;
                }
                let written = words[i..i + n].join(" ");
                // "U.S." as written; "Russia's", "Kazakh-born" without what follows.
                let phrase = if self.code(&written).is_some() {
                    written.as_str()
                } else {
                    written
                        .trim_end_matches(['.', '’', '\''])
                        .trim_end_matches("’s")
                        .trim_end_matches("'s")
                };
                if phrase.is_empty() {
                    continue;
                }
                // "Kazakh-born", "South Korea-based": the name before the hyphen of the
                // last word (a hyphen earlier in the phrase is another word's).
                let (head, last) = phrase.rsplit_once(' ').unwrap_or(("", phrase));
                let bare = last.split_once('-').map(|(name, _)| match head {
                    "" => name.to_owned(),
                    head => format!("{head} {name}"),
                });
                if let Some(code) = self
                    .code(phrase)
                    .or_else(|| bare.as_deref().and_then(|b| self.code(b)))
                {
                    if !found.iter().any(|(c, _)| *c == code) {
                        found.push((code, phrase.to_owned()));
                    }
                    matched = n;
                    break;
                }
            }
            i += matched;
        }
        found
    }
}
