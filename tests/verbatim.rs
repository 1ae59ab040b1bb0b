//! Editorial accuracy: every quote in the default story stands verbatim in the article, in
//! the paragraph the story says, next to the name of the speaker it is attributed to; and
//! every quotation of four words or more in the article is in the story.
//!
//! Paragraphs are the non-empty lines of the article after its headline and dateline,
//! counted from 1. The only repair allowed is the article's mis-encoded dash: a closing
//! quotation mark standing alone between spaces (`China ” especially`) is an em dash.
//! Typographic and straight quotation marks count as the same.

use steppe_core::story::Story;

const ARTICLE: &str = include_str!("fixtures/article.txt");

/// The article's body paragraphs, with the dash repaired.
fn paragraphs() -> Vec<String> {
    ARTICLE
        .lines()
        .skip(3)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.replace(" ” ", " — "))
        .collect()
}

fn plain_quotes(s: &str) -> String {
    s.replace(['’', '‘'], "'").replace(['“', '”'], "\"")
}

fn story() -> Story {
    Story::from_json_text(steppe_core::DEFAULT_STORY).unwrap()
}

/// Words of a speaker's name that the article uses to refer to them (not initials).
fn name_words(name: &str) -> Vec<&str> {
    name.split(' ')
        .filter(|w| w.len() > 2 || !w.ends_with('.'))
        .collect()
}

#[test]
fn every_quote_is_verbatim_in_its_paragraph() {
    let paragraphs = paragraphs();
    let story = story();
    for q in &story.quotes {
        let paragraph = paragraphs
            .get(q.paragraph as usize - 1)
            .unwrap_or_else(|| panic!("{}: no paragraph {}", q.id, q.paragraph));
        assert!(
            plain_quotes(paragraph).contains(&plain_quotes(&q.text)),
            "{}: not verbatim in paragraph {}:\n  quote: {}\n  paragraph: {}",
            q.id,
            q.paragraph,
            q.text,
            paragraph
        );
    }
}

#[test]
fn every_quote_is_attributed_to_the_speaker_named_nearest_before_it() {
    let paragraphs = paragraphs();
    let story = story();
    let speakers_named_in = |text: &str| -> Vec<String> {
        let words: Vec<&str> = text.split(|c: char| !c.is_alphabetic()).collect();
        story
            .speakers
            .iter()
            .filter(|s| name_words(&s.name).iter().any(|w| words.contains(w)))
            .map(|s| s.id.clone())
            .collect()
    };
    for q in &story.quotes {
        // The paragraph itself, then the ones before it, until one names a speaker.
        let named = (0..q.paragraph as usize)
            .rev()
            .map(|i| speakers_named_in(&paragraphs[i]))
            .find(|named| !named.is_empty())
            .unwrap_or_default();
        assert_eq!(
            named,
            std::slice::from_ref(&q.speaker),
            "{}: attributed to {}",
            q.id,
            q.speaker
        );
    }
}

#[test]
fn every_quotation_in_the_article_is_in_the_story() {
    let story = story();
    let texts: Vec<String> = story.quotes.iter().map(|q| plain_quotes(&q.text)).collect();
    let mut found = 0;
    for paragraph in paragraphs() {
        let plain = plain_quotes(&paragraph);
        // Odd pieces between quotation marks are quotations; a quotation left open at the
        // end of a paragraph continues in the next, as is the custom.
        for span in plain.split('"').skip(1).step_by(2) {
            let span = span.trim_end_matches([',', ' ']);
            if span.split_whitespace().count() < 4 {
                continue; // "no limits", "health Silk Road": names of policies, not viewpoints
            }
            found += 1;
            assert!(
                texts
                    .iter()
                    .any(|t| t == span || t.contains(span) || span.contains(t.as_str())),
                "quotation missing from the story: {span}"
            );
        }
    }
    assert_eq!(
        found,
        story.quotes.len(),
        "one story quote per quotation in the article"
    );
}
