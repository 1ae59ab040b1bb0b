//! Share cards: 1200 × 630 PNG pictures of the story and of each quote, for the places
//! that run no script (a social network's link preview, an RSS reader, an AMP page's
//! placeholder). Each is an SVG picture — the widget's own map view
//! (`steppe_web::fallback::map_svg`) painted with the widget's palette, and the card's text
//! broken into lines by the font's advances — drawn by resvg with the font the project
//! installs, never a system font, so the same inputs give the same bytes on any machine.
//!
//! ```no_run
//! # let bundle: steppe_core::bundle::Bundle = unimplemented!();
//! let fonts = steppe::card::Fonts::load().unwrap();
//! for (name, png) in steppe::card::all(&bundle, &fonts).unwrap() {
//!     std::fs::write(format!("story.{name}.png"), png).unwrap();
//! }
//! ```

pub mod meta;
pub mod palette;
pub mod text;

use palette::Palette;
use resvg::{tiny_skia, usvg};
use steppe_core::bundle::Bundle;
use steppe_core::locale::Key;
use steppe_core::state::{Event, State};
use steppe_core::story::{Colour, Quote};
use text::{block_height, font_path, Font};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// The card's margin, in px.
const MARGIN: f32 = 56.0;
/// The font's family name, as the renderer knows it.
const FAMILY: &str = "Noto Sans";
/// The palette's colours a card paints with (the tests check the stylesheet has each).
#[cfg(test)]
const COLOURS_USED: &[&str] = &[
    "text",
    "muted",
    "background",
    "surface",
    "accent",
    "line",
    "border",
    "route",
    "sea",
    "outside",
    "rust",
    "sand",
    "sage",
    "sky",
    "plum",
    "grey",
];

/// The faces a card writes with.
pub struct Fonts {
    regular: Font,
    bold: Font,
}

impl Fonts {
    /// Noto Sans, regular and bold, from the project's `node_modules`.
    pub fn load() -> Result<Fonts, String> {
        Ok(Fonts {
            regular: Font::load(&font_path("400Regular"))?,
            bold: Font::load(&font_path("700Bold"))?,
        })
    }
}

/// A block of text on a card: where it is and what it says, for the tests that look for
/// its ink and check it is whole.
#[derive(Debug, Clone)]
pub struct Block {
    pub what: &'static str,
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
    pub size: f32,
    pub lines: Vec<String>,
}

/// A card's picture, before it is drawn.
pub struct Card {
    pub svg: String,
    pub blocks: Vec<Block>,
}

/// Why a story gets no cards: a character its text or its words hold that Noto Sans cannot
/// draw (Chinese, Arabic…), which the card would show as an empty box. Only the left to
/// right scripts Noto Sans covers (Latin, Cyrillic, Greek…) are drawn.
pub fn undrawable(bundle: &Bundle, fonts: &Fonts) -> Option<String> {
    let story = &bundle.story;
    if bundle.locale.dir == steppe_core::locale::Dir::Rtl {
        return Some(format!(
            "the cards are laid out left to right; this story's language ({}) reads right to left",
            bundle.locale.lang
        ));
    }
    let texts = [&story.title, &story.credit, &story.source.name]
        .into_iter()
        .chain(story.roles.iter().map(|r| &r.label))
        .chain(story.regions.iter().map(|r| &r.name))
        .chain(story.quotes.iter().map(|q| &q.text))
        .chain(story.speakers.iter().map(|s| &s.name))
        .chain(story.speakers.iter().filter_map(|s| s.title.as_ref()))
        .chain(story.speakers.iter().filter_map(|s| s.affiliation.as_ref()));
    let words = [
        Key::KeyOutside,
        Key::CardConcerns,
        Key::CreditBorders,
        Key::CreditSource,
    ]
    .map(|k| bundle.locale.get(k).to_owned());
    let c = texts
        .map(String::as_str)
        .chain(words.iter().map(String::as_str))
        .find_map(|t| fonts.regular.missing(t))?;
    Some(format!(
        "Noto Sans has no glyph for “{c}” (U+{:04X}): a card would show an empty box",
        c as u32
    ))
}

/// Every card of a bundle: (`card` or `quote.ID`, its PNG), the story's first.
pub fn all(bundle: &Bundle, fonts: &Fonts) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut cards = vec![("card".to_owned(), png(&story_card(bundle, fonts), fonts)?)];
    for quote in &bundle.story.quotes {
        cards.push((
            format!("quote.{}", quote.id),
            png(&quote_card(bundle, quote, fonts), fonts)?,
        ));
    }
    Ok(cards)
}

/// The story's card: its title, the map in its roles' colours, the key and the credit.
pub fn story_card(bundle: &Bundle, fonts: &Fonts) -> Card {
    let story = &bundle.story;
    let mut card = Canvas::new(Palette::widget());
    let credit = card.credit(fonts, &credit_line(bundle, false));
    let column = 470.0;
    let title = card.text(
        fonts,
        "title",
        Style::bold(46.0, 1.18),
        &story.title,
        (MARGIN, MARGIN + 8.0),
        column,
        250.0,
    );
    // The key: each role the map shows, then the countries outside the story.
    let mut items: Vec<(String, &str)> = story
        .roles_on_map()
        .map(|role| {
            (
                card.palette.get(role.colour.as_str()).to_owned(),
                role.label.as_str(),
            )
        })
        .collect();
    items.push((
        card.palette.get("outside").to_owned(),
        bundle.locale.get(Key::KeyOutside),
    ));
    let mut y = title.y + title.height + 28.0;
    let room = credit.y - 24.0 - y;
    let size = (room / (items.len() as f32 * 1.6))
        .clamp(12.0, 21.0)
        .floor();
    for (fill, label) in items {
        let swatch = size * 0.8;
        card.svg += &format!(
            "<rect x=\"{MARGIN}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{swatch:.1}\" fill=\"{fill}\" stroke=\"{}\"/>",
            y + size * 0.3,
            size * 1.1,
            card.palette.get("line"),
        );
        let block = card.text(
            fonts,
            "key",
            Style::regular(size, 1.25),
            label,
            (MARGIN + size * 1.6, y),
            column - size * 1.6,
            room,
        );
        y += block.height + size * 0.35;
    }
    let left = MARGIN + column + 40.0;
    let state = State::new(story);
    card.map(
        bundle,
        state,
        (left, MARGIN + 8.0),
        (WIDTH as f32 - MARGIN - left, credit.y - 24.0 - MARGIN - 8.0),
        false,
    );
    card.finish()
}

/// A quote's card: the quote whole (smaller type for a long one), who said it, with their
/// title and affiliation, a locator of the countries it concerns, and the credit.
pub fn quote_card(bundle: &Bundle, quote: &Quote, fonts: &Fonts) -> Card {
    let story = &bundle.story;
    let mut card = Canvas::new(Palette::widget());
    let credit = card.credit(fonts, &credit_line(bundle, true));
    let locator = 300.0;
    let right = WIDTH as f32 - MARGIN - locator;
    let (x, width) = (MARGIN + 24.0, right - 40.0 - MARGIN - 24.0);
    // Who said it, at the foot of the quote: their role first, measured from below.
    let speaker = story.speaker(&quote.speaker);
    let role = speaker.and_then(|s| s.role()).unwrap_or_default();
    let role_style = Style::regular(21.0, 1.3).muted();
    let (role_size, role_lines) =
        fonts
            .regular
            .fit(&role, role_style.size, width, 84.0, role_style.leading);
    let role_height = if role.is_empty() {
        0.0
    } else {
        block_height(role_lines.len(), role_size, role_style.leading)
    };
    let role_top = credit.y - 32.0 - role_height;
    let name = speaker.map_or("", |s| s.name.as_str());
    let name_top = role_top - block_height(1, 27.0, 1.2) - 2.0;
    let name_block = card.text(
        fonts,
        "speaker",
        Style::bold(27.0, 1.2),
        name,
        (x, name_top),
        width,
        60.0,
    );
    if !role.is_empty() {
        card.text(fonts, "role", role_style, &role, (x, role_top), width, 84.0);
    }
    let top = MARGIN + 8.0;
    let text = format!("“{}”", quote.text);
    card.text(
        fonts,
        "quote",
        Style::regular(44.0, 1.32),
        &text,
        (x, top),
        width,
        name_block.y - 28.0 - top,
    );
    card.svg += &format!(
        "<rect x=\"{MARGIN}\" y=\"{top}\" width=\"5\" height=\"{:.1}\" fill=\"{}\"/>",
        name_block.y + name_block.height + role_height - top,
        card.palette.get("accent"),
    );
    // The locator: the story's map with the quote's countries in their colours.
    let mut state = State::new(story);
    state.apply(story, Event::ShowQuote(quote.id.clone()));
    let shown = card.map(bundle, state, (right, top), (locator, 230.0), true);
    let names: Vec<&str> = quote
        .regions
        .iter()
        .filter_map(|id| story.region(id).map(|r| r.name.as_str()))
        .collect();
    if !names.is_empty() {
        let locale = &bundle.locale;
        let regions = names.join(locale.get(Key::ListComma));
        let concerns = locale.fill(Key::CardConcerns, &[("regions", &regions)]);
        card.text(
            fonts,
            "concerns",
            Style::regular(19.0, 1.3).muted(),
            &concerns,
            (right, shown + 14.0),
            locator,
            credit.y - 24.0 - shown - 14.0,
        );
    }
    card.finish()
}

/// The card's foot: the story (on a quote's card), the credit, the borders' and the source.
fn credit_line(bundle: &Bundle, with_title: bool) -> String {
    let (story, locale) = (&bundle.story, &bundle.locale);
    let borders = if story.credit.contains("Natural Earth") {
        String::new()
    } else {
        format!(" {}", locale.get(Key::CreditBorders))
    };
    let title = if with_title {
        format!("{} · ", story.title)
    } else {
        String::new()
    };
    format!(
        "{title}{}{borders} {} {}",
        story.credit,
        locale.get(Key::CreditSource),
        story.source.name
    )
}

#[derive(Clone, Copy)]
struct Style {
    size: f32,
    leading: f32,
    bold: bool,
    muted: bool,
}

impl Style {
    fn regular(size: f32, leading: f32) -> Style {
        Style {
            size,
            leading,
            bold: false,
            muted: false,
        }
    }
    fn bold(size: f32, leading: f32) -> Style {
        Style {
            bold: true,
            ..Style::regular(size, leading)
        }
    }
    fn muted(self) -> Style {
        Style {
            muted: true,
            ..self
        }
    }
}

/// A card being drawn: its SVG so far, and its text blocks.
struct Canvas {
    palette: Palette,
    svg: String,
    blocks: Vec<Block>,
}

impl Canvas {
    fn new(palette: Palette) -> Canvas {
        let svg = format!(
            "<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"{}\"/><rect width=\"{WIDTH}\" height=\"8\" fill=\"{}\"/>",
            palette.get("background"),
            palette.get("accent"),
        );
        Canvas {
            palette,
            svg,
            blocks: Vec::new(),
        }
    }

    /// Writes `text` from `at` (its top left), at the largest size up to the style's that
    /// fits `width` × `height` whole.
    #[allow(clippy::too_many_arguments)]
    fn text(
        &mut self,
        fonts: &Fonts,
        what: &'static str,
        style: Style,
        text: &str,
        at: (f32, f32),
        width: f32,
        height: f32,
    ) -> Block {
        let font = if style.bold {
            &fonts.bold
        } else {
            &fonts.regular
        };
        let (size, lines) = font.fit(text, style.size, width, height, style.leading);
        let fill = self.palette.get(if style.muted { "muted" } else { "text" });
        let weight = if style.bold { 700 } else { 400 };
        for (i, line) in lines.iter().enumerate() {
            let baseline = at.1 + size * 1.07 + i as f32 * size * style.leading;
            self.svg += &format!(
                "<text x=\"{:.1}\" y=\"{baseline:.1}\" font-family=\"{FAMILY}\" font-size=\"{size}\" font-weight=\"{weight}\" fill=\"{fill}\">{}</text>",
                at.0,
                escape(line),
            );
        }
        let block = Block {
            what,
            x: at.0,
            y: at.1,
            width,
            height: block_height(lines.len(), size, style.leading),
            size,
            lines,
        };
        self.blocks.push(block.clone());
        block
    }

    /// The credit, at the card's foot across its width.
    fn credit(&mut self, fonts: &Fonts, line: &str) -> Block {
        let style = Style::regular(17.0, 1.3).muted();
        let width = WIDTH as f32 - 2.0 * MARGIN;
        let (size, lines) = fonts
            .regular
            .fit(line, style.size, width, 70.0, style.leading);
        let top = HEIGHT as f32 - 36.0 - block_height(lines.len(), size, style.leading);
        self.text(fonts, "credit", style, line, (MARGIN, top), width, 70.0)
    }

    /// The widget's map for `state`, as large as fits the box from `at`, top left; a
    /// locator shows only the current quote's countries in colour, and no labels. Returns
    /// the map's bottom edge.
    fn map(
        &mut self,
        bundle: &Bundle,
        state: State,
        at: (f32, f32),
        room: (f32, f32),
        locator: bool,
    ) -> f32 {
        let (w, h) = (bundle.map.width as f32, bundle.map.height as f32);
        let scale = (room.0 / w).min(room.1 / h);
        let (width, height) = (w * scale, h * scale);
        let inner = steppe_web::fallback::map_svg(bundle, state).replace("<!>", "");
        self.svg += &format!(
            "<svg x=\"{:.1}\" y=\"{:.1}\" width=\"{width:.1}\" height=\"{height:.1}\" viewBox=\"0 0 {w} {h}\"><style>{}</style>{inner}</svg>",
            at.0,
            at.1,
            self.map_style(locator),
        );
        at.1 + height
    }

    /// The widget's map rules with the palette's colours written in (the renderer knows no
    /// custom properties); labels at the sizes the map placed them for.
    fn map_style(&self, locator: bool) -> String {
        let p = &self.palette;
        let mut css = format!(
            ".steppe-sea{{fill:{}}} .steppe-land{{fill:{};stroke:{};stroke-width:0.5px}} \
             .steppe-region path{{stroke:{};stroke-width:0.75px}} .steppe-route{{fill:none;stroke:{};stroke-width:2.5px}} \
             .steppe-arrows{{fill:{}}} .steppe-hit,.steppe-speaker-place{{display:none}} \
             .steppe-place{{fill:{};stroke:{};stroke-width:1px}} \
             .steppe-svg-label{{font-family:{FAMILY};font-size:15px;fill:{};stroke:{};stroke-width:3px;paint-order:stroke}} \
             .steppe-svg-label.steppe-label-region{{font-size:16px;font-weight:700}}",
            p.get("sea"), p.get("outside"), p.get("border"), p.get("line"), p.get("route"), p.get("route"),
            p.get("text"), p.get("surface"), p.get("text"), p.get("surface"),
        );
        let fill = |colour: Colour| p.get(colour.as_str()).to_owned();
        for colour in Colour::ALL {
            let class = colour.as_str();
            if locator {
                css += &format!(
                    " .steppe-concerned.steppe-fill-{class} path{{fill:{}}}",
                    fill(colour)
                );
            } else {
                css += &format!(" .steppe-fill-{class} path{{fill:{}}}", fill(colour));
            }
        }
        if locator {
            css += &format!(
                " .steppe-region path{{fill:{}}} .steppe-concerned path{{stroke:{};stroke-width:2px}} .steppe-svg-label,.steppe-place,.steppe-route,.steppe-arrows{{display:none}}",
                p.get("outside"),
                p.get("text"),
            );
        }
        css
    }

    fn finish(self) -> Card {
        Card {
            svg: format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\">{}</svg>",
                self.svg
            ),
            blocks: self.blocks,
        }
    }
}

/// Text for an SVG text node.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A card drawn: its PNG.
pub fn png(card: &Card, fonts: &Fonts) -> Result<Vec<u8>, String> {
    let mut options = usvg::Options {
        font_family: FAMILY.to_owned(),
        ..usvg::Options::default()
    };
    let db = options.fontdb_mut();
    db.load_font_data(fonts.regular.data.clone());
    db.load_font_data(fonts.bold.data.clone());
    let tree = usvg::Tree::from_str(&card.svg, &options)
        .map_err(|e| format!("cannot draw the card: {e}"))?;
    let mut pixmap =
        tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("cannot make a picture of the card's size")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| format!("cannot write the card's PNG: {e}"))
}
