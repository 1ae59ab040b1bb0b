//! The lines a page puts in its `<head>` so that a link preview (Open Graph, Twitter
//! cards) shows the story's card: `steppe build` writes them as `NAME.meta.html`, with the
//! card's address under `--base-url` (crawlers need an absolute address).
//!
//! ```
//! let story = steppe_core::story::Story::from_json_text(steppe_core::DEFAULT_STORY).unwrap();
//! let lines = steppe::card::meta::tags(&story, &story.locale(), Some("https://news.example/bundles/central-asia-2022.card.png"));
//! assert!(lines.contains(r#"<meta property="og:image:width" content="1200">"#));
//! ```

use super::{HEIGHT, WIDTH};
use steppe_core::locale::{Key, Locale};
use steppe_core::story::Story;

/// What the story's card shows, in words, for `og:image:alt` and an `<img>`'s `alt`.
pub fn alt(story: &Story, locale: &Locale) -> String {
    let comma = locale.get(Key::ListComma);
    let roles: Vec<&str> = story.roles_on_map().map(|r| r.label.as_str()).collect();
    let regions: Vec<&str> = story
        .regions
        .iter()
        .filter(|r| r.is_on_map())
        .map(|r| r.name.as_str())
        .collect();
    let regions = match &regions[..] {
        [rest @ .., last] if !rest.is_empty() => {
            format!("{}{}{last}", rest.join(comma), locale.get(Key::ListLast))
        }
        _ => regions.join(comma),
    };
    let roles = roles.join(comma);
    let values = [
        ("title", story.title.as_str()),
        ("regions", &regions),
        ("roles", &roles),
    ];
    locale.fill(
        if roles.is_empty() {
            Key::CardAltMap
        } else {
            Key::CardAlt
        },
        &values,
    )
}

/// The Open Graph and Twitter card lines for the story, its card at `image`.
pub fn tags(story: &Story, locale: &Locale, image: Option<&str>) -> String {
    let text = [
        ("property", "og:title", story.title.clone()),
        ("property", "og:description", story.dek.clone()),
    ];
    let picture = image.map(|image| {
        [
            ("property", "og:image", image.to_owned()),
            ("property", "og:image:width", WIDTH.to_string()),
            ("property", "og:image:height", HEIGHT.to_string()),
            ("property", "og:image:alt", alt(story, locale)),
            ("name", "twitter:card", "summary_large_image".to_owned()),
        ]
    });
    let summary = [("name", "twitter:card", "summary".to_owned())];
    let lines: Vec<_> = match picture {
        Some(picture) => text.into_iter().chain(picture).collect(),
        None => text.into_iter().chain(summary).collect(),
    };
    lines
        .iter()
        .map(|(attribute, name, content)| {
            format!(
                "<meta {attribute}=\"{name}\" content=\"{}\">\n",
                escape(content)
            )
        })
        .collect()
}

/// Text for an attribute's value in double quotes.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}
