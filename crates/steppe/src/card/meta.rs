//! The lines a page puts in its `<head>` so that a link preview (Open Graph, Twitter
//! cards) shows the story's card: `steppe build` writes them as `NAME.meta.html`, with the
//! card's address under `--base-url` (crawlers need an absolute address).
//!
//! ```
//! let story = steppe_core::story::Story::from_json_text(steppe_core::DEFAULT_STORY).unwrap();
//! let lines = steppe::card::meta::tags(&story, "https://news.example/bundles/central-asia-2022.card.png");
//! assert!(lines.contains(r#"<meta property="og:image:width" content="1200">"#));
//! ```

use super::{HEIGHT, WIDTH};
use steppe_core::story::Story;

/// What the story's card shows, in words, for `og:image:alt` and an `<img>`'s `alt`.
pub fn alt(story: &Story) -> String {
    let key: Vec<&str> = story.roles_on_map().map(|r| r.label.as_str()).collect();
    let regions: Vec<&str> = story
        .regions
        .iter()
        .filter(|r| r.is_on_map())
        .map(|r| r.name.as_str())
        .collect();
    let mut alt = format!("{}: a map of {}", story.title, list(&regions));
    if !key.is_empty() {
        alt += &format!("; its key: {}", key.join(", "));
    }
    alt + "."
}

/// "a, b and c".
fn list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The Open Graph and Twitter card lines for the story, its card at `image`.
pub fn tags(story: &Story, image: &str) -> String {
    let lines = [
        ("property", "og:title", story.title.clone()),
        ("property", "og:description", story.dek.clone()),
        ("property", "og:image", image.to_owned()),
        ("property", "og:image:width", WIDTH.to_string()),
        ("property", "og:image:height", HEIGHT.to_string()),
        ("property", "og:image:alt", alt(story)),
        ("name", "twitter:card", "summary_large_image".to_owned()),
    ];
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
