//! The editorial check's hints, pinned word for word where an editor relies on them: for a
//! quote that is not verbatim, the passage the check holds it against (the paragraph with
//! the most of its words in order, the paragraph the story names first among equals) and
//! each difference in words, for each kind of slip. On an article written for the test.
#![cfg(not(target_arch = "wasm32"))]

use steppe_core::story::{Problem, Story};
use steppe_editorial::article::Article;
use steppe_editorial::check::check;

const ARTICLE: &str = "Harbour plan wins the vote

May 2, 2032

The council approved the harbour plan on Tuesday after a long debate.

“We will rebuild the old pier before the winter storms arrive,” said Mira Holt, the harbour master.

“The fishing fleet needs a safe berth and a working crane,” Holt added.

Residents said the plan was late but welcome, and one of them put it plainly: “We will rebuild the old pier before the winter storms arrive.”

“Nobody asked the fishermen what they wanted,” said Tomas Berg, a trawler captain.
";

/// A story with one quote, `text`, by Mira Holt, placed at `paragraph`.
fn story(text: &str, paragraph: u32) -> Story {
    let quote = serde_json::json!({"id": "pier", "speaker": "mira-holt", "text": text,
        "regions": [], "topics": [], "paragraph": paragraph});
    let json = serde_json::json!({"title": "T", "dek": "D", "published": "2032-05-02",
        "source": {"name": "N", "url": "https://example.org/"}, "credit": "C",
        "roles": [{"id": "r", "label": "R", "colour": "rust"}],
        "regions": [{"id": "PRT", "name": "Portugal", "role": "r", "note": "N"}],
        "places": [], "route": [],
        "speakers": [{"id": "mira-holt", "name": "Mira Holt"}],
        "topics": [{"id": "t", "label": "T"}],
        "quotes": [quote], "sources": []});
    Story::from_json_text(&json.to_string()).unwrap()
}

/// The problem with the quote's text, asserting it is the only problem.
fn slip(text: &str, paragraph: u32) -> Problem {
    let report = check(&story(text, paragraph), &Article::parse(ARTICLE));
    let problems: Vec<_> = report
        .problems
        .into_iter()
        .filter(|p| p.path == "$.quotes[0].text")
        .collect();
    assert_eq!(problems.len(), 1, "{text}: {problems:#?}");
    problems.into_iter().next().unwrap()
}

fn hint(text: &str, paragraph: u32) -> String {
    let p = slip(text, paragraph);
    assert_eq!(p.message, "quote \"pier\": not verbatim in the article");
    p.hint.unwrap()
}

/// The passage paragraph 2 holds, as every hint on it quotes it.
const PIER: &str = "“We will rebuild the old pier before the winter storms arrive,”";

#[test]
fn each_kind_of_slip_names_its_passage_and_the_words_that_differ() {
    let cases = [
        (
            "a word changed",
            "We will rebuild the new pier before the winter storms arrive",
            format!("paragraph 2 has 10 of its 11 words in order: {PIER}; it differs: “new” where the article has “old”"),
        ),
        (
            "a word added",
            "We will rebuild the old pier well before the winter storms arrive",
            format!("paragraph 2 has 11 of its 12 words in order: {PIER}; it differs: “well” is not in the article"),
        ),
        (
            "a word left out",
            "We will rebuild the pier before the winter storms arrive",
            format!("paragraph 2 has 10 of its 10 words in order: {PIER}; it differs: the article’s “old” is left out"),
        ),
        (
            "two words changed apart",
            "We shall rebuild the old pier before the autumn storms arrive",
            format!("paragraph 2 has 9 of its 11 words in order: {PIER}; it differs: “shall” where the article has “will”; “autumn” where the article has “winter”"),
        ),
        (
            "the first word changed (the article's opening mark not shown as a word's)",
            "They will rebuild the old pier before the winter storms arrive",
            format!("paragraph 2 has 10 of its 11 words in order: {PIER}; it differs: “They” where the article has “We”"),
        ),
        (
            "the last word changed",
            "We will rebuild the old pier before the winter storms come",
            format!("paragraph 2 has 10 of its 11 words in order: {PIER}; it differs: “come” where the article has “arrive,”"),
        ),
        (
            "a run of words changed",
            "We will swim fast",
            "paragraph 2 has 2 of its 4 words in order: “We will rebuild the”; it differs: “swim fast” where the article has “rebuild the”".to_owned(),
        ),
        (
            "punctuation only",
            "We will rebuild the old pier, before the winter storms arrive",
            format!("paragraph 2 has 11 of its 11 words in order: {PIER}; it differs only in punctuation or spacing: copy it exactly as the article prints it"),
        ),
    ];
    for (kind, text, expected) in cases {
        assert_eq!(hint(text, 2), expected, "{kind}");
    }
    // A word added after the last of its paragraph (paragraph 4 ends with the sentence).
    assert_eq!(
        hint("We will rebuild the old pier before the winter storms arrive today", 4),
        "paragraph 4 has 11 of its 12 words in order: “We will rebuild the old pier before the winter storms arrive.”; it differs: “today” is not in the article"
    );
}

#[test]
fn the_paragraph_with_the_most_words_is_chosen_the_named_one_first_among_equals() {
    let changed = "We will rebuild the old pier before the winter storm arrive";
    let differs = "it differs: “storm” where the article has “storms”";
    // Paragraphs 2 and 4 both hold the sentence (4 ends it with a full stop): the story's.
    assert_eq!(
        hint(changed, 4),
        format!("paragraph 4 has 10 of its 11 words in order: “We will rebuild the old pier before the winter storms arrive.”; {differs}")
    );
    for named in [1, 2, 3] {
        assert_eq!(
            hint(changed, named),
            format!("paragraph 2 has 10 of its 11 words in order: {PIER}; {differs}"),
            "named {named}"
        );
    }
}

#[test]
fn half_of_the_words_in_order_is_the_least_a_passage_needs() {
    // Two of four words, three of six: the nearest passage; two of five: none.
    assert!(hint("We will swim fast", 2).starts_with("paragraph 2 has 2 of its 4 words"));
    assert!(hint("We will swim in the lake", 2).starts_with("paragraph 2 has 3 of its 6 words"));
    let p = slip("We will swim very fast", 2);
    assert_eq!(p.message, "quote \"pier\": the text is not in the article");
    assert_eq!(
        p.hint.as_deref(),
        Some("no paragraph holds even half of its words in order: copy the words exactly as the article prints them")
    );
}

#[test]
fn a_verbatim_quote_has_no_hint() {
    let report = check(
        &story(
            "We will rebuild the old pier before the winter storms arrive",
            2,
        ),
        &Article::parse(ARTICLE),
    );
    assert!(
        report.problems.iter().all(|p| p.path != "$.quotes[0].text"),
        "{:#?}",
        report.problems
    );
}

#[test]
fn a_quote_that_carries_part_of_a_quotation_carries_it() {
    let report = check(
        &story("We will rebuild the old pier", 2),
        &Article::parse(ARTICLE),
    );
    assert_eq!(report.problems, []);
    // Paragraphs 2 and 4 hold the sentence the quote is part of; 3's and 5's are not carried.
    let notes: Vec<&str> = report.notes.iter().map(|n| n.path.as_str()).collect();
    assert_eq!(notes, ["article, paragraph 3", "article, paragraph 5"]);
}

#[test]
fn a_quotation_spans_its_words_and_is_given_to_its_source() {
    let article = Article::parse(ARTICLE);
    let first = &article.quotations()[0];
    assert_eq!(
        article.source(first).map(|s| s.name.as_str()),
        Some("Mira Holt")
    );
    // Straight marks, so that the plain text's offsets are the printed text's.
    let plain = Article::parse(
        "Pier\n\nMay 2, 2032\n\n\"We will rebuild the old pier before winter,\" said Mira Holt.\n",
    );
    let q = &plain.quotations()[0];
    assert_eq!(q.text, "We will rebuild the old pier before winter");
    let at = |offset: usize| plain.quotation_at(0, offset).map(|found| found.start);
    assert_eq!(at(q.start), Some(q.start));
    assert_eq!(at(q.end - 1), Some(q.start));
    assert_eq!(
        at(q.end),
        None,
        "the comma after its words is not the quotation's"
    );
    assert_eq!(at(q.start - 1), None, "nor the opening one");
}

#[test]
fn a_quote_given_to_the_wrong_person_names_who_to_add() {
    let report = check(
        &story("Nobody asked the fishermen what they wanted", 5),
        &Article::parse(ARTICLE),
    );
    let p = report
        .problems
        .iter()
        .find(|p| p.path == "$.quotes[0].speaker")
        .expect("the quote is Tomas Berg's");
    assert!(
        p.hint
            .as_deref()
            .is_some_and(|h| h.ends_with("add Tomas Berg to speakers[] and give the quote to them")),
        "{p}"
    );
}
