//! Text on a card: the font's own advances break a text into lines that fit a width, and
//! pick the largest size at which a text fits a box whole. Nothing is ever cut: a text
//! that does not fit gets smaller type, not an ellipsis.
//!
//! ```no_run
//! let font = steppe::card::text::Font::load(&steppe::card::text::font_path("400Regular")).unwrap();
//! let lines = font.wrap("Central Asia, the SCO and Putin", 20.0, 200.0);
//! assert!(lines.iter().all(|l| font.width(l, 20.0) <= 200.0));
//! ```

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};
use std::path::{Path, PathBuf};

/// Where a weight of Noto Sans is (npm `@expo-google-fonts/noto-sans`, OFL-1.1).
pub fn font_path(weight: &str) -> PathBuf {
    crate::data::path(&format!(
        "node_modules/@expo-google-fonts/noto-sans/{weight}/NotoSans_{weight}.ttf"
    ))
}

/// One face of the font, with its file's bytes (the renderer loads the same bytes).
pub struct Font {
    pub data: Vec<u8>,
}

impl Font {
    pub fn load(path: &Path) -> Result<Font, String> {
        let data = std::fs::read(path).map_err(|e| {
            format!(
                "{}: cannot read the font: {e} (scripts/setup installs it with npm ci)",
                path.display()
            )
        })?;
        FontRef::new(&data).map_err(|e| format!("{}: not a font: {e}", path.display()))?;
        Ok(Font { data })
    }

    /// The first character of `text` the font has no glyph for (white space and the
    /// invisible isolates aside), if any.
    pub fn missing(&self, text: &str) -> Option<char> {
        let font = FontRef::new(&self.data).ok()?;
        let charmap = font.charmap();
        text.chars().find(|&c| {
            !c.is_whitespace()
                && !('\u{2066}'..='\u{2069}').contains(&c)
                && charmap.map(c).is_none()
        })
    }

    /// How wide `text` is at `size` px: the sum of its glyphs' advances.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let Ok(font) = FontRef::new(&self.data) else {
            return 0.0;
        };
        let (charmap, metrics) = (
            font.charmap(),
            font.glyph_metrics(Size::new(size), LocationRef::default()),
        );
        text.chars()
            .map(|c| {
                let glyph = charmap.map(c).unwrap_or_default();
                metrics.advance_width(glyph).unwrap_or(size * 0.5)
            })
            .sum()
    }

    /// `text` in lines no wider than `width` at `size`, broken between words (inside a
    /// word only when the word alone is wider than a line). Joined with spaces, the lines
    /// give the text back with its runs of white space made one.
    pub fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let tried = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if self.width(&tried, size) <= width {
                line = tried;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A word wider than the line: as many characters as fit, then the rest.
            let mut rest = word;
            while self.width(rest, size) > width {
                let fits = rest
                    .char_indices()
                    .map(|(i, c)| i + c.len_utf8())
                    .take_while(|&end| self.width(&rest[..end], size) <= width)
                    .last()
                    .unwrap_or_else(|| rest.chars().next().map_or(rest.len(), char::len_utf8));
                lines.push(rest[..fits].to_owned());
                rest = &rest[fits..];
            }
            line = rest.to_owned();
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// The largest size from `largest` down (whole pixels, to 6 px) at which `text`,
    /// wrapped to `width` with lines `leading` × the size apart, is no taller than
    /// `height` ([`block_height`]); with its lines. Below 6 px it is still whole, at 6 px.
    pub fn fit(
        &self,
        text: &str,
        largest: f32,
        width: f32,
        height: f32,
        leading: f32,
    ) -> (f32, Vec<String>) {
        let mut size = largest.floor();
        loop {
            let lines = self.wrap(text, size, width);
            if size <= 6.0 || block_height(lines.len(), size, leading) <= height {
                return (size, lines);
            }
            size -= 1.0;
        }
    }
}

/// The height of `lines` lines of text at `size`, `leading` × size apart: room for the
/// first line's ascent and the last one's descent.
pub fn block_height(lines: usize, size: f32, leading: f32) -> f32 {
    if lines == 0 {
        return 0.0;
    }
    size * (1.4 + (lines - 1) as f32 * leading)
}
