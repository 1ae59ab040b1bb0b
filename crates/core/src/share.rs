//! Links to one quote of one story: the address a reader passes on, and how a widget
//! recognises a link meant for it.
//!
//! A link is the page's own address with the fragment `#steppe/STORY/QUOTE`, where
//! `STORY` is the story's `id` and `QUOTE` a quote's. Ids are slugs (lower-case letters,
//! digits and hyphens), so the fragment needs no escaping and reads as what it is. Every
//! widget on a page sees the same fragment; only the one showing that story follows it.
//!
//! ```
//! use steppe_core::share;
//! let link = share::link("https://news.example/story.html?x=1#top", "summit", "lima-1");
//! assert_eq!(link, "https://news.example/story.html?x=1#steppe/summit/lima-1");
//! assert_eq!(share::quote_for("#steppe/summit/lima-1", "summit"), Some("lima-1"));
//! assert_eq!(share::quote_for("#steppe/other/lima-1", "summit"), None);
//! ```

use crate::locale::{Key, Locale};
use crate::story::Story;

/// What starts every fragment that names a quote.
pub const PREFIX: &str = "#steppe/";

/// The id links use for a story: its own, or `story` for one built without a file name.
pub fn story_id(story: &Story) -> &str {
    story.id.as_deref().unwrap_or("story")
}

/// The fragment naming `quote` of `story`.
pub fn fragment(story: &str, quote: &str) -> String {
    format!("{PREFIX}{story}/{quote}")
}

/// `page` (an absolute address; its own fragment, if any, dropped) pointing at `quote`.
pub fn link(page: &str, story: &str, quote: &str) -> String {
    let base = page.split_once('#').map_or(page, |(base, _)| base);
    format!("{base}{}", fragment(story, quote))
}

/// The quote a fragment (`#…`, as `location.hash` gives it) or a whole address names for
/// the story `story`; `None` when it names none, or a quote of another story.
pub fn quote_for<'a>(fragment_or_address: &'a str, story: &str) -> Option<&'a str> {
    let at = fragment_or_address.find('#')?;
    let rest = fragment_or_address[at..].strip_prefix(PREFIX)?;
    let (named, quote) = rest.split_once('/')?;
    (named == story && !quote.is_empty() && !quote.contains('/')).then_some(quote)
}

/// The quote of `story` that the address a widget is read at names, if it names one.
pub fn followed<'a>(address: &'a str, story: &Story) -> Option<&'a str> {
    quote_for(address, story_id(story)).filter(|q| story.quotes.iter().any(|quote| quote.id == *q))
}

/// The text a share sheet shows with the link: the quote in its language's marks, and who
/// said it.
pub fn text(story: &Story, locale: &Locale, quote: &str) -> Option<String> {
    let quote = story.quotes.iter().find(|q| q.id == quote)?;
    let name = story.speaker(&quote.speaker).map(|s| s.name.as_str());
    Some(match name {
        Some(name) => locale.fill(Key::ShareText, &[("quote", &quote.text), ("speaker", name)]),
        None => locale.fill(Key::ShareTextAlone, &[("quote", &quote.text)]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fragment_names_one_quote_of_one_story() {
        assert_eq!(quote_for("#steppe/a/q-1", "a"), Some("q-1"));
        assert_eq!(
            quote_for("https://x.example/p#steppe/a/q-1", "a"),
            Some("q-1")
        );
        for other in [
            "",
            "#",
            "#top",
            "#steppe/",
            "#steppe/a",
            "#steppe/a/",
            "#steppe/ab/q",
            "#steppe/a/q/r",
            "#Steppe/a/q",
            "steppe/a/q",
        ] {
            assert_eq!(quote_for(other, "a"), None, "{other:?}");
        }
    }

    fn story(json: &str) -> Story {
        Story::from_json_text(json).unwrap()
    }

    #[test]
    fn a_story_is_linked_by_its_id_or_as_story() {
        let mut story = story(crate::DEFAULT_STORY);
        story.id = Some("summit".into());
        assert_eq!(story_id(&story), "summit");
        story.id = None;
        assert_eq!(story_id(&story), "story");
    }

    #[test]
    fn an_address_is_followed_only_to_a_quote_its_story_has() {
        let mut story = story(crate::DEFAULT_STORY);
        story.id = Some("summit".into());
        let first = story.quotes[0].id.clone();
        let address = format!("https://x.example/p#steppe/summit/{first}");
        assert_eq!(followed(&address, &story), Some(first.as_str()));
        assert_eq!(
            followed("https://x.example/p#steppe/summit/no-such-quote", &story),
            None
        );
        assert_eq!(
            followed(&format!("https://x.example/p#steppe/other/{first}"), &story),
            None
        );
    }

    #[test]
    fn the_share_text_is_the_quote_and_who_said_it() {
        let mut story = story(crate::DEFAULT_STORY);
        let locale = Locale::english();
        let quote = story.quotes[1].clone();
        let name = story.speaker(&quote.speaker).unwrap().name.clone();
        let text = text(&story, locale, &quote.id).unwrap();
        assert_eq!(
            text,
            locale.fill(
                Key::ShareText,
                &[("quote", &quote.text), ("speaker", &name)]
            )
        );
        assert!(text.contains(&quote.text) && text.contains(&name), "{text}");
        assert_eq!(super::text(&story, locale, "no-such-quote"), None);
        // A quote whose speaker the story lacks is shared alone.
        story.quotes[1].speaker = "nobody".into();
        assert_eq!(
            super::text(&story, locale, &quote.id).unwrap(),
            locale.fill(Key::ShareTextAlone, &[("quote", &quote.text)])
        );
    }

    #[test]
    fn a_link_replaces_the_page_fragment_and_keeps_its_query() {
        assert_eq!(
            link("https://x.example/p", "a", "q"),
            "https://x.example/p#steppe/a/q"
        );
        assert_eq!(
            link("https://x.example/p?s=1#steppe/b/r", "a", "q"),
            "https://x.example/p?s=1#steppe/a/q"
        );
        assert_eq!(
            quote_for(&link("https://x.example/p#old", "a", "q"), "a"),
            Some("q")
        );
    }
}
