//! Editorial accuracy, through the check editors run (`steppe check --article`,
//! `steppe::article`): the default story passes it with no note (every quotation of
//! four words or more in the article is carried), and each kind of slip on it is caught
//! with a message that says where and what.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use steppe::article::{check, Article, Report};
use steppe_core::story::{Problem, Story};

const ARTICLE: &str = include_str!("../../../tests/fixtures/article.txt");

fn story() -> Story {
    Story::from_json_text(steppe_core::DEFAULT_STORY).unwrap()
}

fn report_after(edit: impl FnOnce(&mut Story)) -> Report {
    let mut story = story();
    edit(&mut story);
    check(&story, &Article::parse(ARTICLE))
}

/// The one problem, asserting there is exactly one.
fn one(report: Report) -> Problem {
    assert_eq!(report.problems.len(), 1, "{:#?}", report.problems);
    report.problems.into_iter().next().unwrap()
}

#[test]
fn the_default_story_is_verbatim_rightly_attributed_and_complete() {
    let story = story();
    assert_eq!(
        story.article.as_deref(),
        Some("../../tests/fixtures/article.txt")
    );
    let report = check(&story, &Article::parse(ARTICLE));
    assert_eq!(report.problems, []);
    assert_eq!(
        report.notes,
        [],
        "every quotation of the article is carried"
    );
    assert_eq!(
        Article::parse(ARTICLE).quotations(4).len(),
        story.quotes.len()
    );
}

#[test]
fn a_word_changed() {
    let p = one(report_after(|s| {
        s.quotes[0].text = s.quotes[0].text.replace("confidence", "trust")
    }));
    assert_eq!(p.path, "$.quotes[0].text");
    assert_eq!(
        p.message,
        "quote \"sun-confidence\": not verbatim in the article"
    );
    let hint = p.hint.unwrap();
    assert!(
        hint.starts_with("paragraph 8 has 28 of its 29 words in order: “Xi’s trip"),
        "{hint}"
    );
    assert!(
        hint.ends_with("it differs: “trust” where the article has “confidence”"),
        "{hint}"
    );
}

#[test]
fn a_word_dropped() {
    let p = one(report_after(|s| {
        s.quotes[1].text = s.quotes[1].text.replace("political ", "")
    }));
    assert_eq!(p.path, "$.quotes[1].text");
    assert!(p
        .hint
        .unwrap()
        .ends_with("it differs: the article’s “political” is left out"));
}

#[test]
fn another_analyst() {
    let p = one(report_after(|s| s.quotes[2].speaker = "mark-katz".into()));
    assert_eq!(p.path, "$.quotes[2].speaker");
    assert_eq!(
        p.message,
        "quote \"li-priorities\" is attributed to Mark N. Katz, but the article gives it to Li Lifan"
    );
    assert_eq!(p.found.as_deref(), Some("\"mark-katz\""));
    let hint = p.hint.unwrap();
    assert!(hint.starts_with("Li Lifan is named in paragraph 10, the last analyst named before it: “Li Lifan, an specialist"), "{hint}");
    assert!(hint.ends_with("set \"speaker\": \"li-lifan\""), "{hint}");
}

#[test]
fn an_analyst_named_after_the_quote_in_its_sentence() {
    // Paragraph 31: “Lavrov’s statement … failure,” Katz said.
    let story = story();
    let i = story.quotes.iter().position(|q| q.paragraph == 31).unwrap();
    let p = one(report_after(|s| {
        s.quotes[i].speaker = "vladimir-portyakov".into()
    }));
    assert!(
        p.message
            .ends_with("but the article gives it to Mark N. Katz"),
        "{p}"
    );
    assert!(p
        .hint
        .unwrap()
        .starts_with("Mark N. Katz is named in paragraph 31:"));
}

#[test]
fn a_wrong_paragraph() {
    let p = one(report_after(|s| s.quotes[3].paragraph = 12));
    assert_eq!(p.path, "$.quotes[3].paragraph");
    assert_eq!(
        p.message,
        "quote \"lukin-overland\": not in paragraph 12, where the story places it"
    );
    assert_eq!(p.found.as_deref(), Some("12"));
    let hint = p.hint.unwrap();
    assert!(
        hint.starts_with("it stands in paragraph 17: ““As the China-US confrontation"),
        "{hint}"
    );
    assert!(hint.ends_with("set \"paragraph\": 17"));
    let p = one(report_after(|s| s.quotes[3].paragraph = 99));
    assert_eq!(
        p.message,
        "quote \"lukin-overland\": the article has no paragraph 99 (it has 52)"
    );
}

#[test]
fn text_that_is_not_in_the_article() {
    let report = report_after(|s| {
        s.quotes[4].text = "China will rule the steppe by 2030, and nobody doubts it.".into()
    });
    let p = &report.problems[0];
    assert_eq!(report.problems.len(), 1);
    assert_eq!(p.path, "$.quotes[4].text");
    assert_eq!(
        p.message,
        "quote \"portyakov-samarkand\": the text is not in the article"
    );
    // The quotation the slip replaced is now a note: the story no longer carries it.
    assert_eq!(report.notes.len(), 1);
    assert_eq!(report.notes[0].path, "article, paragraph 19");
    assert_eq!(
        report.notes[0].message,
        "a quotation the story does not carry"
    );
}

#[test]
fn typographic_and_straight_marks_are_the_same_and_the_dash_is_repaired() {
    let report = report_after(|s| {
        for q in &mut s.quotes {
            q.text = q.text.replace('’', "'");
        }
    });
    assert_eq!(report.problems, []);
    let article = Article::parse(ARTICLE);
    assert!(article
        .paragraphs()
        .iter()
        .any(|p| p.contains("China — especially")));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any run of whole words cut from a paragraph, given as a quote of that paragraph,
    /// passes the verbatim rule (a problem about its text or paragraph would be a false
    /// alarm; who said it is another rule).
    #[test]
    fn any_words_cut_from_a_paragraph_are_verbatim(paragraph in 0usize..52, from in 0usize..200, len in 1usize..80) {
        let article = Article::parse(ARTICLE);
        let text = &article.paragraphs()[paragraph];
        let bounds: Vec<(usize, usize)> = text
            .split_whitespace()
            .map(|w| {
                let start = w.as_ptr() as usize - text.as_ptr() as usize;
                (start, start + w.len())
            })
            .collect();
        let first = from % bounds.len();
        let last = (first + len - 1).min(bounds.len() - 1);
        let cut = &text[bounds[first].0..bounds[last].1];
        let report = report_after(|s| {
            s.quotes[0].text = cut.to_owned();
            s.quotes[0].paragraph = paragraph as u32 + 1;
        });
        let about_the_text: Vec<&Problem> = report
            .problems
            .iter()
            .filter(|p| p.path == "$.quotes[0].text" || p.path == "$.quotes[0].paragraph")
            .collect();
        prop_assert!(about_the_text.is_empty(), "{:?}: {:#?}", cut, about_the_text);
    }
}
