//! The editorial check: a story's quotes held against the article they come from, so
//! that a word changed, a quote given to the wrong source or a wrong paragraph number is
//! found before it is published (`steppe check STORY --article ARTICLE`). The article is
//! read with [`crate::article`], as `steppe draft` reads it.
//!
//! - **verbatim**: a quote stands in the paragraph it names (typography aside); a quote
//!   that ends the speaker's sentence may leave out the comma before "he said";
//! - **attribution**: the speaker it is given to is the source the article gives the
//!   quotation to ([`crate::article::sources`]): a person by name (every word the article
//!   uses in the speaker's name), an organisation or a document by kind and a shared word;
//!   where the article does not say clearly, the problem says why, and the check never
//!   proposes a person for a quotation the article gives to a statement or a ministry;
//! - every quotation of four words or more that the story does not carry is a note, not an
//!   error: an editor sees what was left out.
//!
//! ```
//! use steppe_editorial::{article::Article, check::check};
//! let article = Article::parse("Headline\n\nDateline\n\nAda Lovelace said: “The engine weaves algebra.”\n");
//! let story = steppe_core::story::Story::default();
//! let report = check(&story, &article);
//! assert!(report.problems.is_empty());
//! assert_eq!(report.notes[0].found.as_deref(), Some("“The engine weaves algebra.”"));
//! ```

use crate::article::sources::{names_person, How};
use crate::article::{plain, Article, Attribution};
use steppe_core::story::json::quoted;
use steppe_core::story::{Problem, Quote, Speaker, SpeakerKind, Story};

/// What the check found: problems (errors) and notes.
#[derive(Debug, Default)]
pub struct Report {
    pub problems: Vec<Problem>,
    pub notes: Vec<Problem>,
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
    for quotation in article.quotations() {
        let (paragraph, span) = (quotation.paragraph + 1, plain(&quotation.text));
        let is_carried = carried
            .iter()
            .any(|t| t.contains(span.as_str()) || span.contains(t.as_str()));
        if !is_carried {
            report.notes.push(
                Problem::new(
                    format!("article, paragraph {paragraph}"),
                    "a quotation the story does not carry",
                )
                .found(format!("“{}”", quotation.text))
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
    let named = n.checked_sub(1).and_then(|i| article.plain().get(i));
    if let Some(offset) = named.and_then(|p| p.find(&text)) {
        return Ok(offset);
    }
    let elsewhere: Vec<usize> = (0..article.plain().len())
        .filter(|&i| article.plain()[i].contains(&text))
        .map(|i| i + 1)
        .collect();
    if let Some(&k) = elsewhere.first() {
        let missing = if named.is_none() {
            format!(
                "the article has no paragraph {n} (it has {})",
                article.plain().len()
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
            excerpt(&article.paragraphs()[k - 1])
        )));
    }
    Err(nearest_passage(quote, article, at))
}

/// For a quote that is nowhere verbatim: the passage most like it (the most of its words in
/// order, the named paragraph first among equals) and the words that differ.
fn nearest_passage(quote: &Quote, article: &Article, at: &str) -> Problem {
    let words: Vec<&str> = quote.text.split_whitespace().collect();
    let named = quote.paragraph as usize;
    let best = (0..article.paragraphs().len())
        .map(|i| {
            let theirs: Vec<&str> = article.paragraphs()[i].split_whitespace().collect();
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
    let differences = describe(&ops);
    // Every word the same: the slip is in the marks, the punctuation or the spacing.
    let differs = if differences.is_empty() {
        "it differs only in punctuation or spacing: copy it exactly as the article prints it"
            .to_owned()
    } else {
        format!("it differs: {}", differences.join("; "))
    };
    problem("not verbatim in the article").hint(format!(
        "paragraph {} has {same} of its {} words in order: {}; {differs}",
        i + 1,
        words.len(),
        excerpt(&passage(&ops)),
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
/// plain form, without the quotation marks around them or the punctuation that ends a
/// clause: a quote that stops at "arrive" is the article's "arrive,” or "arrive.”").
fn align<'a>(ours: &[&'a str], theirs: &[&'a str]) -> Vec<Op<'a>> {
    let key = |w: &str| {
        plain(w)
            .trim_matches('"')
            .trim_end_matches([',', '.', ';', ':', '!', '?', '"'])
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
                .trim_matches(['“', '”', '"'])
                .to_owned()
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
    // A paragraph that opens or ends with a quotation mark keeps it as the excerpt's own.
    let text = text
        .trim_start_matches(['“', '"'])
        .trim_end_matches(['”', '"']);
    match text.char_indices().nth(160) {
        Some((cut, _)) => format!("“{}…”", text[..cut].trim_end()),
        None => format!("“{text}”"),
    }
}

/// Whether the quote at `at`, found at `offset` of its paragraph's plain text, is given
/// to the source the article gives it to; the problem if not.
fn attribution(
    story: &Story,
    quote: &Quote,
    article: &Article,
    offset: usize,
    at: &str,
) -> Option<Problem> {
    let p = quote.paragraph as usize - 1;
    let given = story.speaker(&quote.speaker)?;
    let problem = |message: String| {
        Problem::new(format!("{at}.speaker"), message).found(quoted(&quote.speaker))
    };
    let Some(quotation) = article.quotation_at(p, offset) else {
        return Some(
            problem(format!(
                "quote {}: the article does not print these words as a quotation",
                quoted(&quote.id)
            ))
            .hint("a quote is words in quotation marks in the article: copy them from inside the marks"),
        );
    };
    let (source, named_in, how) = match &quotation.attribution {
        Attribution::To {
            source,
            paragraph,
            how,
        } => (&article.sources()[*source], *paragraph, *how),
        Attribution::Unknown(why) => {
            return Some(
                problem(format!(
                    "quote {}: the article does not say clearly who said it ({why})",
                    quoted(&quote.id)
                ))
                .hint(format!(
                    "read paragraph {} and the ones before it: if {} said it, the article should name them where it quotes them",
                    p + 1,
                    given.name
                )),
            );
        }
    };
    if names(given, &source.name, source.kind) {
        return None;
    }
    let whom = match (named_in == p, how) {
        (true, _) => format!("in paragraph {}", p + 1),
        (false, How::Continued) => format!(
            "in paragraph {}, whose quotation this one goes on from",
            named_in + 1
        ),
        (false, _) => format!(
            "in paragraph {}, the last source named before it",
            named_in + 1
        ),
    };
    let fix = match story
        .speakers
        .iter()
        .find(|s| names(s, &source.name, source.kind))
    {
        Some(s) => format!("set \"speaker\": {}", quoted(&s.id)),
        None if source.kind == SpeakerKind::Person => {
            format!(
                "add {} to speakers[] and give the quote to them",
                source.name
            )
        }
        None => format!(
            "add a speaker with \"kind\": \"{}\" and \"name\": {} and give the quote to it",
            source.kind.as_str(),
            quoted(&source.name)
        ),
    };
    Some(
        problem(format!(
            "quote {} is attributed to {}, but the article gives it to {}",
            quoted(&quote.id),
            given.name,
            source.name
        ))
        .hint(format!(
            "{} is named {whom}: {}; {fix}",
            source.name,
            excerpt(&article.paragraphs()[named_in])
        )),
    )
}

/// Whether a story's speaker is the source the article names: the same kind, and for a
/// person the same name or a name that holds every word the article uses; for an
/// organisation or a document, a name that shares a word of four letters or more with
/// the article's phrase (editors shorten "the joint statement of A and B").
fn names(speaker: &Speaker, name: &str, kind: SpeakerKind) -> bool {
    if speaker.kind() != kind {
        return false;
    }
    if kind == SpeakerKind::Person {
        return names_person(&speaker.name, name);
    }
    let theirs: Vec<String> = name.split(' ').map(str::to_lowercase).collect();
    let ours: Vec<String> = speaker.name.split(' ').map(str::to_lowercase).collect();
    theirs
        .iter()
        .any(|w| w.chars().count() >= 4 && ours.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The length of the longest common subsequence, by the textbook's table.
    fn lcs_len(a: &[&str], b: &[&str]) -> usize {
        let mut t = vec![vec![0; b.len() + 1]; a.len() + 1];
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                t[i][j] = if a[i - 1] == b[j - 1] {
                    t[i - 1][j - 1] + 1
                } else {
                    t[i - 1][j].max(t[i][j - 1])
                };
            }
        }
        t[a.len()][b.len()]
    }

    #[test]
    fn the_alignment_keeps_as_many_words_as_the_two_texts_share() {
        let words = ["a", "b", "c", "d"];
        // Every pair of sequences of up to four words from four (with repeats).
        let sequences: Vec<Vec<&str>> = (0..4usize.pow(4))
            .flat_map(|n| {
                (1..=4).map(move |len| (0..len).map(|k| words[(n >> (2 * k)) & 3]).collect())
            })
            .collect();
        for ours in sequences.iter().step_by(7) {
            for theirs in sequences.iter().step_by(5) {
                let same = align(ours, theirs)
                    .iter()
                    .filter(|o| matches!(o, Op::Same(_)))
                    .count();
                let shared = lcs_len(ours, theirs);
                // The edges drop only the article's words around the quote, never a shared one.
                assert_eq!(same, shared, "{ours:?} against {theirs:?}");
            }
        }
    }

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
}
