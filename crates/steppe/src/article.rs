//! Editorial fidelity: a story's quotes checked against the article they come from, so that
//! a word changed, a quote given to the wrong analyst or a wrong paragraph number is found
//! before it is published (`steppe check STORY --article ARTICLE`). Native only.
//!
//! The rules, for an article as plain text:
//! - paragraphs are the non-empty lines after the first two (headline and dateline),
//!   counted from 1;
//! - typographic and straight quotation marks and apostrophes count as the same;
//! - the article's mis-encoded dash, a closing quotation mark standing alone between spaces
//!   (`China ” especially`), is read as an em dash;
//! - a quote must stand verbatim in the paragraph it names; a quote that ends the speaker's
//!   sentence may leave out the comma before "he said" (it is then simply shorter);
//! - the person it is attributed to must be the analyst the article names for it: named
//!   after it in its sentence (`…,” Katz said`), else the last analyst named before it, in
//!   its paragraph or the nearest one before that names one ("he said" refers back to
//!   them); an analyst is named by full name or by one word of it (not an initial) that is
//!   not part of another person's name (`Vladimir Putin` does not name Vladimir Portyakov);
//! - every quotation of four words or more in the article that the story does not carry is
//!   a note, not an error: an editor sees what was left out.
//!
//! ```
//! use steppe::article::{check, Article};
//! let article = Article::parse("Headline\n\nDateline\n\nAda Lovelace said: “The engine weaves algebra.”\n");
//! let story = steppe_core::story::Story::default();
//! assert_eq!(article.paragraphs()[0], "Ada Lovelace said: “The engine weaves algebra.”");
//! let report = check(&story, &article);
//! assert!(report.problems.is_empty());
//! assert_eq!(report.notes[0].found.as_deref(), Some("“The engine weaves algebra.”"));
//! ```

use steppe_core::story::json::quoted;
use steppe_core::story::{Problem, Quote, Speaker, Story};

/// The body of an article: its paragraphs as printed (the dash repaired) and in plain form.
pub struct Article {
    paragraphs: Vec<String>,
    plain: Vec<String>,
}

/// What the check found: problems (errors) and notes.
#[derive(Debug, Default)]
pub struct Report {
    pub problems: Vec<Problem>,
    pub notes: Vec<Problem>,
}

/// Quotation marks and apostrophes in one form, so that typography does not decide.
pub fn plain(text: &str) -> String {
    text.replace(['’', '‘'], "'").replace(['“', '”'], "\"")
}

impl Article {
    pub fn parse(text: &str) -> Article {
        let paragraphs: Vec<String> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .skip(2)
            .map(|l| l.replace(" ” ", " — "))
            .collect();
        let plain = paragraphs.iter().map(|p| plain(p)).collect();
        Article { paragraphs, plain }
    }

    /// The body paragraphs; paragraph `n` of a story is `paragraphs()[n - 1]`.
    pub fn paragraphs(&self) -> &[String] {
        &self.paragraphs
    }

    /// Every quotation of at least `min_words` words, with its paragraph (from 1). A
    /// quotation left open at the end of a paragraph goes on in the next, as is the custom.
    pub fn quotations(&self, min_words: usize) -> Vec<(usize, String)> {
        let mut found = Vec::new();
        for (i, paragraph) in self.plain.iter().enumerate() {
            for span in paragraph.split('"').skip(1).step_by(2) {
                let span = span.trim_end_matches([',', ' ']);
                if span.split_whitespace().count() >= min_words {
                    found.push((i + 1, span.to_owned()));
                }
            }
        }
        found
    }
}

/// Checks every quote of `story` against `article` (see the module's rules).
pub fn check(story: &Story, article: &Article) -> Report {
    let mut report = Report::default();
    for (i, quote) in story.quotes.iter().enumerate() {
        let at = format!("$.quotes[{i}]");
        match verbatim(quote, article, &at) {
            Err(problem) => report.problems.push(problem),
            Ok(offset) => report
                .problems
                .extend(attribution(story, quote, article, offset, &at)),
        }
    }
    let carried: Vec<String> = story.quotes.iter().map(|q| plain(&q.text)).collect();
    for (paragraph, span) in article.quotations(4) {
        let is_carried = carried
            .iter()
            .any(|t| t.contains(span.as_str()) || span.contains(t.as_str()));
        if !is_carried {
            report.notes.push(
                Problem::new(
                    format!("article, paragraph {paragraph}"),
                    "a quotation the story does not carry",
                )
                .found(format!("“{span}”"))
                .hint("add it to quotes[] if it is a viewpoint the graphic should show"),
            );
        }
    }
    report
}

/// Where the quote at `at` stands in its paragraph (a byte offset in the plain text), or why
/// not.
fn verbatim(quote: &Quote, article: &Article, at: &str) -> Result<usize, Problem> {
    let text = plain(&quote.text);
    let n = quote.paragraph as usize;
    let named = n.checked_sub(1).and_then(|i| article.plain.get(i));
    if let Some(offset) = named.and_then(|p| p.find(&text)) {
        return Ok(offset);
    }
    let elsewhere: Vec<usize> = (0..article.plain.len())
        .filter(|&i| article.plain[i].contains(&text))
        .map(|i| i + 1)
        .collect();
    if let Some(&k) = elsewhere.first() {
        let missing = if named.is_none() {
            format!(
                "the article has no paragraph {n} (it has {})",
                article.plain.len()
            )
        } else {
            format!("not in paragraph {n}, where the story places it")
        };
        return Err(Problem::new(
            format!("{at}.paragraph"),
            format!("quote {}: {missing}", quoted(&quote.id)),
        )
        .found(n.to_string())
        .hint(format!(
            "it stands in paragraph {k}: {}; set \"paragraph\": {k}",
            excerpt(&article.paragraphs[k - 1])
        )));
    }
    Err(nearest_passage(quote, article, at))
}

/// For a quote that is nowhere verbatim: the passage most like it (the most of its words in
/// order, the named paragraph first among equals) and the words that differ.
fn nearest_passage(quote: &Quote, article: &Article, at: &str) -> Problem {
    let words: Vec<&str> = quote.text.split_whitespace().collect();
    let named = quote.paragraph as usize;
    let best = (0..article.paragraphs.len())
        .map(|i| {
            let theirs: Vec<&str> = article.paragraphs[i].split_whitespace().collect();
            let ops = align(&words, &theirs);
            let same = ops.iter().filter(|o| matches!(o, Op::Same(_))).count();
            (same, i + 1 == named, i, ops)
        })
        .max_by_key(|(same, is_named, i, _)| (*same, *is_named, std::cmp::Reverse(*i)));
    let problem = |message: &str| {
        Problem::new(
            format!("{at}.text"),
            format!("quote {}: {message}", quoted(&quote.id)),
        )
        .found(format!("“{}”", quote.text))
    };
    let Some((same, _, i, ops)) = best.filter(|(same, ..)| 2 * same >= words.len().max(1)) else {
        return problem("the text is not in the article").hint(
            "no paragraph holds even half of its words in order: copy the words exactly as the article prints them",
        );
    };
    problem("not verbatim in the article").hint(format!(
        "paragraph {} has {same} of its {} words in order: {}; it differs: {}",
        i + 1,
        words.len(),
        excerpt(&passage(&ops)),
        describe(&ops).join("; ")
    ))
}

/// One step of an alignment of a quote's words with a paragraph's.
#[derive(Debug, Clone, PartialEq)]
enum Op<'a> {
    Same(&'a str),
    /// A word of the quote that the article does not have there.
    Added(&'a str),
    /// A word of the article that the quote leaves out.
    Dropped(&'a str),
}

/// Two word sequences aligned on their longest common subsequence (words compared in
/// plain form, without the quotation marks around them or a trailing comma).
fn align<'a>(ours: &[&'a str], theirs: &[&'a str]) -> Vec<Op<'a>> {
    let key = |w: &str| {
        plain(w)
            .trim_matches('"')
            .trim_end_matches(',')
            .trim_end_matches('"')
            .to_owned()
    };
    let (a, b): (Vec<String>, Vec<String>) = (
        ours.iter().map(|w| key(w)).collect(),
        theirs.iter().map(|w| key(w)).collect(),
    );
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0u16; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut ops) = (0, 0, Vec::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            ops.push(Op::Same(theirs[j]));
            (i, j) = (i + 1, j + 1);
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            ops.push(Op::Dropped(theirs[j]));
            j += 1;
        } else {
            ops.push(Op::Added(ours[i]));
            i += 1;
        }
    }
    // The paragraph's words before and after the quote are not differences, except as
    // many of them next to the quote as it has words of its own there (a changed word).
    let Some(first) = ops.iter().position(|o| matches!(o, Op::Same(_))) else {
        return ops
            .into_iter()
            .filter(|o| matches!(o, Op::Added(_)))
            .collect();
    };
    let last = ops
        .iter()
        .rposition(|o| matches!(o, Op::Same(_)))
        .unwrap_or(first);
    let (head, body, tail) = (&ops[..first], &ops[first..=last], &ops[last + 1..]);
    let edge = |part: &[Op<'a>], near_end: bool| -> Vec<Op<'a>> {
        let added: Vec<Op> = part
            .iter()
            .filter(|o| matches!(o, Op::Added(_)))
            .cloned()
            .collect();
        let dropped: Vec<Op> = part
            .iter()
            .filter(|o| matches!(o, Op::Dropped(_)))
            .cloned()
            .collect();
        let keep = added.len().min(dropped.len());
        let near = if near_end {
            &dropped[dropped.len() - keep..]
        } else {
            &dropped[..keep]
        };
        near.iter().cloned().chain(added).collect()
    };
    edge(head, true)
        .into_iter()
        .chain(body.iter().cloned())
        .chain(edge(tail, false))
        .collect()
}

/// The article's words that the aligned quote spans, without quotation marks at its ends.
fn passage(ops: &[Op]) -> String {
    ops.iter()
        .filter_map(|o| match o {
            Op::Same(w) | Op::Dropped(w) => Some(*w),
            Op::Added(_) => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(['“', '”', '"'])
        .to_owned()
}

/// The differences of an alignment in words: each run of words changed, added or left out.
fn describe(ops: &[Op]) -> Vec<String> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < ops.len() {
        if matches!(ops[k], Op::Same(_)) {
            k += 1;
            continue;
        }
        let end = ops[k..]
            .iter()
            .position(|o| matches!(o, Op::Same(_)))
            .map_or(ops.len(), |e| k + e);
        let run = &ops[k..end];
        let pick = |added: bool| {
            run.iter()
                .filter_map(|o| match (o, added) {
                    (Op::Added(w), true) | (Op::Dropped(w), false) => Some(*w),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let (ours, theirs) = (pick(true), pick(false));
        out.push(match (ours.is_empty(), theirs.is_empty()) {
            (false, false) => format!("“{ours}” where the article has “{theirs}”"),
            (false, true) => format!("“{ours}” is not in the article"),
            _ => format!("the article’s “{theirs}” is left out"),
        });
        k = end;
    }
    out
}

/// A paragraph or passage in quotation marks, cut to about 160 characters.
fn excerpt(text: &str) -> String {
    match text.char_indices().nth(160) {
        Some((cut, _)) => format!("“{}…”", text[..cut].trim_end()),
        None => format!("“{text}”"),
    }
}

/// The analyst the article names for the quote at `at`, found at `offset` of its paragraph,
/// if it is not the one the story gives.
fn attribution(
    story: &Story,
    quote: &Quote,
    article: &Article,
    offset: usize,
    at: &str,
) -> Option<Problem> {
    let p = quote.paragraph as usize - 1;
    let paragraph = &article.plain[p];
    let end = offset + plain(&quote.text).len();
    // After the quote, to the end of its sentence: `…,” Katz said.`
    let after = &paragraph[end..];
    let sentence = after.find(['.', '!', '?']).map_or(after, |e| &after[..=e]);
    let named = mentions(sentence, &story.speakers)
        .first()
        .map(|&(_, s)| (s, p))
        // Else the last named before it, in its paragraph or the nearest before.
        .or_else(|| {
            mentions(&paragraph[..offset], &story.speakers)
                .last()
                .map(|&(_, s)| (s, p))
        })
        .or_else(|| {
            (0..p).rev().find_map(|q| {
                mentions(&article.plain[q], &story.speakers)
                    .last()
                    .map(|&(_, s)| (s, q))
            })
        });
    let given = story.speaker(&quote.speaker)?;
    let problem = |message: String| {
        Problem::new(format!("{at}.speaker"), message).found(quoted(&quote.speaker))
    };
    match named {
        Some((s, _)) if story.speakers[s].id == quote.speaker => None,
        Some((s, q)) => {
            let who = &story.speakers[s];
            let whom = if q == p {
                format!("in paragraph {}", p + 1)
            } else {
                format!("in paragraph {}, the last analyst named before it", q + 1)
            };
            Some(
                problem(format!(
                    "quote {} is attributed to {}, but the article gives it to {}",
                    quoted(&quote.id),
                    given.name,
                    who.name
                ))
                .hint(format!(
                    "{} is named {whom}: {}; set \"speaker\": {}",
                    who.name,
                    excerpt(&article.paragraphs[q]),
                    quoted(&who.id)
                )),
            )
        }
        None => Some(
            problem(format!(
                "quote {}: the article names no analyst at or before paragraph {}",
                quoted(&quote.id),
                p + 1
            ))
            .hint(format!(
                "the article must say who said it; check that {} is a speaker with the name the article prints",
                given.name
            )),
        ),
    }
}

/// Where `text` names one of `speakers` (see the module's rules): byte offsets and
/// positions in `speakers`, in the text's order.
fn mentions(text: &str, speakers: &[Speaker]) -> Vec<(usize, usize)> {
    let words = words(text);
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut found = Vec::new();
    for (k, &(start, end)) in words.iter().enumerate() {
        let word = &text[start..end];
        for (s, speaker) in speakers.iter().enumerate() {
            let name: Vec<&str> = speaker.name.split(' ').collect();
            let is_initial = word.len() == 1 && text[end..].starts_with('.');
            if is_initial || !name.contains(&word) {
                continue;
            }
            // Part of another person's name: a capitalised word right beside it (one space
            // between) that is not in this one's.
            let stranger = |(a, b): (usize, usize), (c, d): (usize, usize)| {
                let w = &text[c..d];
                &text[b.min(d)..a.max(c)] == " " && capitalised(w) && !name.contains(&w)
            };
            let next = words.get(k + 1).is_some_and(|&n| stranger((start, end), n));
            let previous = k
                .checked_sub(1)
                .is_some_and(|j| stranger((start, end), words[j]));
            if !next && !previous {
                found.push((start, s));
            }
        }
    }
    found
}

/// The words of `text` (runs of letters) as byte ranges.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    out.extend(start.map(|s| (s, text.len())));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alignment_names_changed_added_and_dropped_words() {
        let ours: Vec<&str> = "the quick red fox jumps".split(' ').collect();
        let theirs: Vec<&str> = "see the quick brown fox jumps high".split(' ').collect();
        let ops = align(&ours, &theirs);
        assert_eq!(passage(&ops), "the quick brown fox jumps");
        assert_eq!(describe(&ops), ["“red” where the article has “brown”"]);
        let ours: Vec<&str> = "the fox jumps over".split(' ').collect();
        assert_eq!(
            describe(&align(&ours, &theirs)),
            [
                "the article’s “quick brown” is left out",
                "“over” where the article has “high”"
            ]
        );
        // The last word changed, the paragraph going on after it.
        let ours: Vec<&str> = "quick brown fox sleeps".split(' ').collect();
        let ops = align(&ours, &theirs);
        assert_eq!(passage(&ops), "quick brown fox jumps");
        assert_eq!(describe(&ops), ["“sleeps” where the article has “jumps”"]);
    }

    #[test]
    fn another_persons_name_is_not_an_analysts() {
        let speakers = [Speaker {
            id: "portyakov".into(),
            name: "Vladimir Portyakov".into(),
            ..Speaker::default()
        }];
        assert!(mentions("Xi will meet Vladimir Putin.", &speakers).is_empty());
        assert_eq!(mentions("Portyakov said so.", &speakers), [(0, 0)]);
        assert_eq!(mentions("said Vladimir Portyakov.", &speakers).len(), 2);
    }
}
