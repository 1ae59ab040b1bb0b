//! Reading an article: its text, its paragraphs, every quotation in them and the source
//! each is given to. `steppe draft` writes a story from what it reads and `steppe check`
//! holds a story against it, so both read an article with the same rules.
//!
//! The rules, for an article as plain text:
//! - the first non-empty line is the headline, the second the dateline; the paragraphs are
//!   the non-empty lines after them, counted from 1;
//! - typographic and straight quotation marks and apostrophes count as the same
//!   ([`plain`]);
//! - a closing quotation mark standing alone between spaces (`China ” especially`), a
//!   common mis-encoding of a dash, is read as an em dash;
//! - quotations and their sources: see [`quotations`] and [`sources`].
//!
//! ```
//! use steppe_editorial::article::Article;
//! let article = Article::parse("Headline\n\nDateline\n\nAda Lovelace, a mathematician at the Analytical Society, said: “The engine weaves algebra.”\n");
//! assert_eq!(article.paragraphs()[0], "Ada Lovelace, a mathematician at the Analytical Society, said: “The engine weaves algebra.”");
//! let quote = &article.quotations()[0];
//! assert_eq!(quote.text, "The engine weaves algebra.");
//! let source = article.source(quote).unwrap();
//! assert_eq!((source.name.as_str(), source.title.as_deref()), ("Ada Lovelace", Some("Mathematician")));
//! ```

pub mod quotations;
pub mod sources;

pub use quotations::Quotation;
pub use sources::{Attribution, Source};

/// The largest article read, in bytes: far more than any news article, little enough
/// that reading one stays quick.
pub const MAX_BYTES: usize = 1 << 20;

/// Quotation marks and apostrophes in one form, so that typography does not decide.
pub fn plain(text: &str) -> String {
    text.replace(['’', '‘'], "'").replace(['“', '”'], "\"")
}

/// An article: headline, dateline, paragraphs, and what it quotes.
pub struct Article {
    headline: String,
    dateline: String,
    paragraphs: Vec<String>,
    plain: Vec<String>,
    quotations: Vec<Quotation>,
    sources: Vec<Source>,
}

impl Article {
    /// Reads an article from its text.
    pub fn parse(text: &str) -> Article {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
        let headline = lines.next().unwrap_or_default().to_owned();
        let dateline = lines.next().unwrap_or_default().to_owned();
        let paragraphs: Vec<String> = lines.map(|l| l.replace(" ” ", " — ")).collect();
        let plain = paragraphs.iter().map(|p| plain(p)).collect();
        let spans = quotations::find(&paragraphs);
        let (quotations, sources) = sources::attribute(&paragraphs, spans);
        Article {
            headline,
            dateline,
            paragraphs,
            plain,
            quotations,
            sources,
        }
    }

    /// Reads an article from a file's bytes: UTF-8 (with or without a byte-order mark) or
    /// UTF-16 with its byte-order mark. What cannot be an article is refused with why.
    pub fn from_bytes(bytes: &[u8]) -> Result<Article, String> {
        if bytes.len() > MAX_BYTES {
            return Err(format!(
                "{} bytes; an article may hold at most {MAX_BYTES} (1 MiB): give the article's text only",
                bytes.len()
            ));
        }
        let text = decode(bytes)?;
        if text.trim().is_empty() {
            return Err("the file is empty: give the article as plain text (headline, dateline, then its paragraphs)".into());
        }
        if text.chars().any(|c| c.is_control() && !c.is_whitespace()) {
            return Err("the file holds control characters, so it is not plain text (a word-processor or binary file?): save the article as plain text".into());
        }
        Ok(Article::parse(&text))
    }

    pub fn headline(&self) -> &str {
        &self.headline
    }

    pub fn dateline(&self) -> &str {
        &self.dateline
    }

    /// The body paragraphs as printed (the dash repaired); paragraph `n` of a story is
    /// `paragraphs()[n - 1]`.
    pub fn paragraphs(&self) -> &[String] {
        &self.paragraphs
    }

    /// The paragraphs in [`plain`] form.
    pub fn plain(&self) -> &[String] {
        &self.plain
    }

    /// Every quotation of four words or more, in the article's order.
    pub fn quotations(&self) -> &[Quotation] {
        &self.quotations
    }

    /// The people, organisations and documents the article quotes or introduces as
    /// sources, in the order it first names them.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// The source a quotation is given to, if the article says.
    pub fn source(&self, quotation: &Quotation) -> Option<&Source> {
        match &quotation.attribution {
            Attribution::To { source, .. } => self.sources.get(*source),
            Attribution::Unknown(_) => None,
        }
    }

    /// The quotation that holds the text at byte `offset` of paragraph `index` (from 0) in
    /// its [`plain`] form.
    pub fn quotation_at(&self, index: usize, offset: usize) -> Option<&Quotation> {
        let printed = self.paragraphs.get(index)?;
        let chars = self.plain[index].get(..offset)?.chars().count();
        let at = printed
            .char_indices()
            .nth(chars)
            .map_or(printed.len(), |(i, _)| i);
        self.quotations
            .iter()
            .find(|q| q.paragraph == index && q.start <= at && at < q.end.max(q.start + 1))
    }
}

/// The text of a file: UTF-8, or UTF-16 with its byte-order mark.
fn decode(bytes: &[u8]) -> Result<String, String> {
    let utf16 = |le: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| {
                let pair = [c[0], *c.get(1).unwrap_or(&0)];
                if le {
                    u16::from_le_bytes(pair)
                } else {
                    u16::from_be_bytes(pair)
                }
            })
            .collect();
        String::from_utf16(&units).map_err(|_| {
            "the file says it is UTF-16 but is not: save the article as UTF-8 plain text".to_owned()
        })
    };
    match bytes {
        [0xff, 0xfe, ..] => utf16(true),
        [0xfe, 0xff, ..] => utf16(false),
        _ => String::from_utf8(bytes.to_vec()).map_err(|e| {
            format!(
                "not UTF-8 text (byte {} cannot be read): save the article as UTF-8 plain text",
                e.utf8_error().valid_up_to()
            )
        }),
    }
}
