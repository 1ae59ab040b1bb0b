//! The share cards `steppe build` writes: each a 1200 × 630 PNG under 300 KB, the same
//! bytes for the same story, every text block drawn (ink in its box) and whole.

mod common;

use resvg::tiny_skia::Pixmap;
use std::sync::OnceLock;
use steppe::card::{self, Block, Fonts};
use steppe_core::bundle::Bundle;

fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts::load().expect("npm ci installs the font"))
}

fn bundle() -> Bundle {
    steppe_core::bundle::read::read(steppe_core::DEFAULT_BUNDLE).unwrap()
}

/// A bundle whose first quote says `text` (written for the test).
fn with_quote(text: &str) -> Bundle {
    let mut bundle = bundle();
    bundle.story.quotes[0].text = text.to_owned();
    bundle
}

/// The width and height a PNG's header gives.
fn dimensions(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    assert_eq!(&png[12..16], b"IHDR");
    let word = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    (word(16), word(20))
}

/// How many pixels inside `block`'s box are far from the card's background.
fn ink(pixmap: &Pixmap, block: &Block) -> usize {
    let background = pixmap.pixel(3, HEIGHT_MID).unwrap();
    let mut count = 0;
    for y in block.y as u32..(block.y + block.height) as u32 {
        for x in block.x as u32..(block.x + block.width) as u32 {
            let p = pixmap.pixel(x, y).unwrap();
            let far = [
                p.red().abs_diff(background.red()),
                p.green().abs_diff(background.green()),
                p.blue().abs_diff(background.blue()),
            ]
            .into_iter()
            .max()
            .unwrap()
                > 80;
            count += usize::from(far);
        }
    }
    count
}
const HEIGHT_MID: u32 = card::HEIGHT / 2;

#[test]
fn every_card_is_a_1200_by_630_png_under_300_kb() {
    let bundle = bundle();
    let cards = card::all(&bundle, fonts()).unwrap();
    assert_eq!(
        cards.len(),
        1 + bundle.story.quotes.len(),
        "the story's card and one per quote"
    );
    assert_eq!(cards[0].0, "card");
    assert_eq!(cards[1].0, format!("quote.{}", bundle.story.quotes[0].id));
    for (name, png) in &cards {
        assert_eq!(dimensions(png), (1200, 630), "{name}");
        assert!(png.len() < 300_000, "{name}: {} bytes", png.len());
    }
}

#[test]
fn the_same_story_gives_the_same_bytes() {
    let bundle = bundle();
    let quote = &bundle.story.quotes[3];
    let first = card::png(&card::quote_card(&bundle, quote, fonts()), fonts()).unwrap();
    let again = card::png(&card::quote_card(&bundle, quote, fonts()), fonts()).unwrap();
    assert!(first == again, "two renders of one card differ");
    let story = card::png(&card::story_card(&bundle, fonts()), fonts()).unwrap();
    assert_eq!(
        story,
        card::png(&card::story_card(&bundle, fonts()), fonts()).unwrap()
    );
}

#[test]
fn every_text_block_is_drawn_inside_the_card() {
    let bundle = bundle();
    let cards = [
        card::story_card(&bundle, fonts()),
        card::quote_card(&bundle, &bundle.story.quotes[0], fonts()),
    ];
    for drawn in cards {
        let pixmap = Pixmap::decode_png(&card::png(&drawn, fonts()).unwrap()).unwrap();
        for block in &drawn.blocks {
            assert!(block.x >= 0.0 && block.y >= 0.0, "{block:?}");
            assert!(
                block.x + block.width <= 1200.0 && block.y + block.height <= 630.0,
                "{block:?}"
            );
            // A line of text covers a fair share of its box with ink; an undrawn one none.
            let area = block.width * block.height;
            let inked = ink(&pixmap, block);
            assert!(
                inked as f32 > area * 0.01,
                "{}: {inked} inked pixels in {area} ({:?})",
                block.what,
                block.lines
            );
        }
        let what: Vec<&str> = drawn.blocks.iter().map(|b| b.what).collect();
        assert!(what.contains(&"credit"), "{what:?}");
    }
}

#[test]
fn the_margin_holds_no_ink() {
    // The control for the test above: a box the layout leaves empty has none.
    let bundle = bundle();
    let drawn = card::quote_card(&bundle, &bundle.story.quotes[0], fonts());
    let pixmap = Pixmap::decode_png(&card::png(&drawn, fonts()).unwrap()).unwrap();
    let margin = Block {
        what: "margin",
        x: 8.0,
        y: 60.0,
        width: 40.0,
        height: 500.0,
        size: 0.0,
        lines: Vec::new(),
    };
    assert_eq!(ink(&pixmap, &margin), 0);
}

/// The quote block of a quote's card, and the speaker's.
fn quote_and_speaker(drawn: &card::Card) -> (&Block, &Block) {
    let find = |what| drawn.blocks.iter().find(|b| b.what == what).unwrap();
    (find("quote"), find("speaker"))
}

#[test]
fn a_339_character_quote_fits_whole() {
    let text = "The corridor was never only about freight. It is about who writes the rules for the next twenty years, which ports get the ships, which banks lend the money and which governments can say no. Small states along the route have learned to ask for more than roads: they want training, a share of the profits and a way out when the terms change";
    assert_eq!(text.chars().count(), 339);
    let bundle = with_quote(text);
    let drawn = card::quote_card(&bundle, &bundle.story.quotes[0], fonts());
    let (quote, speaker) = quote_and_speaker(&drawn);
    assert_eq!(
        quote.lines.join(" "),
        format!("“{text}”"),
        "every word, in order"
    );
    assert!(
        quote.y + quote.height <= speaker.y,
        "the quote ends above its speaker: {quote:?} {speaker:?}"
    );
    eprintln!(
        "a 339-character quote: {} px, {} lines",
        quote.size,
        quote.lines.len()
    );
    assert!(quote.size >= 24.0, "still large type: {} px", quote.size);
    let pixmap = Pixmap::decode_png(&card::png(&drawn, fonts()).unwrap()).unwrap();
    assert!(ink(&pixmap, quote) > 0);
}

#[test]
fn the_longest_quote_a_story_may_hold_is_whole_in_smaller_type() {
    let sentence =
        "Each delegation brought its own map, and none of them agreed on where the border ran. ";
    let text: String = sentence
        .repeat(40)
        .chars()
        .take(steppe_core::story::MAX_TEXT)
        .collect::<String>()
        .trim()
        .to_owned();
    let bundle = with_quote(&text);
    let drawn = card::quote_card(&bundle, &bundle.story.quotes[0], fonts());
    let (quote, speaker) = quote_and_speaker(&drawn);
    assert_eq!(quote.lines.join(" "), format!("“{text}”"));
    assert!(quote.y + quote.height <= speaker.y, "{quote:?}");
    eprintln!(
        "a {}-character quote: {} px, {} lines",
        text.chars().count(),
        quote.size,
        quote.lines.len()
    );
    let short = card::quote_card(&bundle_short(), &bundle_short().story.quotes[0], fonts());
    assert!(
        quote.size < quote_and_speaker(&short).0.size,
        "a long quote gets smaller type"
    );
}

fn bundle_short() -> Bundle {
    with_quote("Short.")
}

#[test]
fn lines_fit_their_width_and_give_the_text_back() {
    let font = card::text::Font::load(&card::text::font_path("400Regular")).unwrap();
    let text = "Supercalifragilisticexpialidociousness and   the\nmap";
    for width in [40.0, 120.0, 600.0] {
        let lines = font.wrap(text, 20.0, width);
        for line in &lines {
            assert!(
                font.width(line, 20.0) <= width || line.chars().count() == 1,
                "{line:?} at {width}"
            );
        }
        assert_eq!(
            lines.concat().replace(' ', ""),
            text.split_whitespace().collect::<String>()
        );
    }
    assert_eq!(font.wrap("one two", 20.0, 600.0), ["one two"]);
    assert!(font.wrap("", 20.0, 600.0).is_empty());
}

#[test]
fn the_demo_pages_carry_the_story_cards_meta() {
    let bundle = bundle();
    let lines = card::meta::tags(
        &bundle.story,
        &bundle.locale,
        Some("bundles/central-asia-2022.card.png"),
    );
    for page in ["index.html", "www/embed.html"] {
        let html = std::fs::read_to_string(common::root(page)).unwrap();
        for line in lines.lines() {
            assert!(html.contains(line), "{page} lacks {line} (or it is stale: `steppe build … --base-url bundles/` writes the lines)");
        }
    }
    assert!(lines.contains(r#"<meta name="twitter:card" content="summary_large_image">"#));
    assert!(lines.contains(r#"<meta property="og:image:height" content="630">"#));
}

#[test]
fn meta_lines_escape_what_the_story_says() {
    let bundle = bundle();
    let mut story = bundle.story;
    story.title = "Ports & \"corridors\" <2025>".into();
    let lines = card::meta::tags(
        &story,
        &bundle.locale,
        Some("https://news.example/b/x.card.png"),
    );
    assert!(
        lines.contains(r#"content="Ports &amp; &quot;corridors&quot; &lt;2025>""#),
        "{lines}"
    );
    assert!(
        lines.contains(r#"<meta property="og:image" content="https://news.example/b/x.card.png">"#)
    );
}

#[test]
fn a_story_in_a_script_the_card_font_lacks_gets_no_card_and_says_why() {
    let fonts = card::Fonts::load().unwrap();
    let drawn = bundle();
    assert_eq!(card::undrawable(&drawn, &fonts), None);
    let mut chinese = drawn.clone();
    chinese.story.quotes[3].text = "資料每週更新".into();
    let why = card::undrawable(&chinese, &fonts).expect("Noto Sans has no Han characters");
    assert!(why.contains("U+8CC7"), "{why}");
    let mut arabic = drawn.clone();
    arabic.locale = steppe_core::locale::catalogue::built_in("ar").unwrap();
    assert!(card::undrawable(&arabic, &fonts)
        .unwrap()
        .contains("right to left"));
    let lines = card::meta::tags(&chinese.story, &chinese.locale, None);
    assert!(!lines.contains("og:image"), "{lines}");
    assert!(
        lines.contains(r#"<meta name="twitter:card" content="summary">"#),
        "{lines}"
    );
}
