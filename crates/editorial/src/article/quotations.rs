//! Where an article quotes: every run of words between double quotation marks.
//!
//! - `“` opens and `”` closes; a straight `"` opens when no quotation is open and closes
//!   one that is; single marks inside (`‘liberating’`) are part of the quotation;
//! - other languages' marks pair the same way, each opening mark with its own closing
//!   ones: `«…»` (French, Russian), `„…“` and `‚…‘` (German), `「…」` and `『…』` (Chinese,
//!   Japanese); a `“` therefore closes a German quotation and opens an English one;
//! - a paragraph that opens a quotation and does not close it goes on in the next, as is
//!   the custom in news writing: each paragraph's part is a quotation of its own;
//! - a quotation split by its attribution (`“…,” the minister said. “It will …”`) is two;
//! - the comma before the attribution (`…,” he said`) is not part of it; a full stop
//!   inside the marks is;
//! - fewer than four words in marks (a slogan, a scare quote) is not a quotation (in
//!   Chinese and Japanese, which put no spaces between words, four characters);
//! - in a paragraph with no double marks, single ones quote (`‘We will not sign,’ she
//!   said`, as some newspapers print): `‘` opens at the start of a word, and the `’` that
//!   closes is followed by punctuation, a dash or the end (not an apostrophe: `don’t`,
//!   `the farmers’ charter`).
//!
//! ```
//! use steppe_editorial::article::quotations::find;
//! let paragraphs = ["“We will not sign this treaty,” the minister said. “It will not survive the winter.”".to_owned()];
//! let spans = find(&paragraphs);
//! assert_eq!(spans.len(), 2);
//! assert_eq!(&paragraphs[0][spans[0].start..spans[0].end], "We will not sign this treaty");
//! ```

/// The fewest words a quotation has; shorter runs in marks are phrases, not viewpoints.
pub const MIN_WORDS: usize = 4;

/// One quotation: where it stands and, once read, who it is given to.
#[derive(Debug, Clone, PartialEq)]
pub struct Quotation {
    /// The paragraph, counting from 0.
    pub paragraph: usize,
    /// The quotation's words (without its marks), a byte range of the printed paragraph.
    pub start: usize,
    pub end: usize,
    /// The words exactly as printed.
    pub text: String,
    /// The opening mark, if the quotation has one in this paragraph (a quotation that goes
    /// on from the paragraph before starts with one too, by custom).
    pub open: usize,
    /// Where its closing mark ends, or the paragraph's end when it is left open.
    pub close: usize,
    /// Left open at the end of the paragraph: it goes on in the next.
    pub continues: bool,
    /// It goes on from the paragraph before.
    pub continued: bool,
    /// Who it is given to (see `sources`).
    pub attribution: super::Attribution,
}

/// How many words `text` has: those between spaces, and in Chinese and Japanese, which
/// write none, each ideograph or kana.
fn words(text: &str) -> usize {
    let unspaced = |c: char| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}');
    text.split_whitespace()
        .map(|word| word.chars().filter(|&c| unspaced(c)).count().max(1))
        .sum()
}

/// Each opening mark with the marks that close it.
const PAIRS: [(char, &[char]); 6] = [
    ('“', &['”']),
    ('«', &['»']),
    ('„', &['“', '”']),
    ('‚', &['‘', '’']),
    ('「', &['」']),
    ('『', &['』']),
];

/// The double marks: a paragraph with any of them quotes with them, not with single ones.
const DOUBLE: [char; 9] = ['“', '”', '"', '«', '»', '„', '「', '」', '『'];

fn opens(c: char) -> bool {
    PAIRS.iter().any(|(open, _)| *open == c)
}

/// Whether `c` closes a quotation opened by `open`.
fn closes(open: char, c: char) -> bool {
    PAIRS
        .iter()
        .any(|(o, close)| *o == open && close.contains(&c))
}

/// Every quotation of [`MIN_WORDS`] or more in the paragraphs, unattributed.
pub fn find(paragraphs: &[String]) -> Vec<Quotation> {
    let mut found = Vec::new();
    let mut open_before = false;
    for (p, text) in paragraphs.iter().enumerate() {
        let mut open: Option<usize> = None;
        let mut first = true;
        let mut push =
            |open: usize, start: usize, end: usize, close: usize, continues: bool, first: bool| {
                let (start, end) = trim(text, start, end);
                let words = words(&text[start..end]);
                if words >= MIN_WORDS {
                    found.push(Quotation {
                        paragraph: p,
                        start,
                        end,
                        text: text[start..end].to_owned(),
                        open,
                        close,
                        continues,
                        continued: first && open_before,
                        attribution: super::Attribution::Unknown(String::new()),
                    });
                }
            };
        let single = !text.contains(DOUBLE) && text.contains('‘');
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            let straight = c == '"';
            let before = k.checked_sub(1).map(|j| chars[j].1);
            let after = chars.get(k + 1).map(|&(_, n)| n);
            let opens_single = single
                && c == '‘'
                && before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '—' | '–'));
            let closes_single = single && c == '’' && {
                let rest = &text[i + c.len_utf8()..];
                let next_word = rest.trim_start();
                let punctuation = |x: char| matches!(x, ',' | '.' | ';' | ':' | '!' | '?' | ')');
                after.is_none()
                    || before.is_some_and(punctuation)
                    || (after.is_some_and(punctuation)
                        && before.is_some_and(|b| !b.is_whitespace()))
                    || (after.is_some_and(char::is_whitespace) && next_word.starts_with(['—', '–']))
            };
            let opened_by = open.and_then(|o| text[o..].chars().next());
            match open {
                None if opens(c) || straight || opens_single => open = Some(i),
                Some(o) if opened_by.is_some_and(|m| closes(m, c)) || straight || closes_single => {
                    let mark = text[o..].chars().next().map_or(1, char::len_utf8);
                    push(o, o + mark, i, i + c.len_utf8(), false, first);
                    first = false;
                    open = None;
                }
                _ => {}
            }
        }
        // Single marks left open: a short quotation closed by a mark that could have
        // been an apostrophe ("the ‘grand bargain’ of the decade").
        if let (true, Some(o)) = (single, open) {
            let close = text[o..]
                .char_indices()
                .find(|&(j, c)| {
                    c == '’' && text[o + j + c.len_utf8()..].starts_with(char::is_whitespace)
                })
                .map(|(j, _)| o + j);
            if let Some(i) = close {
                let mark = '‘'.len_utf8();
                push(o, o + mark, i, i + '’'.len_utf8(), false, first);
                open = None;
            }
        }
        open_before = match open {
            Some(o) => {
                let mark = text[o..].chars().next().map_or(1, char::len_utf8);
                push(o, o + mark, text.len(), text.len(), true, first);
                true
            }
            None => false,
        };
    }
    found
}

/// The range without the spaces around it and the comma before an attribution.
fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    let inner = &text[start..end];
    let head = inner.len() - inner.trim_start().len();
    let body = inner.trim().trim_end_matches([',', ' ']);
    (start + head, start + head + body.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(paragraphs: &[&str]) -> Vec<(usize, String, bool)> {
        let owned: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
        find(&owned)
            .into_iter()
            .map(|q| (q.paragraph, q.text, q.continued))
            .collect()
    }

    #[test]
    fn single_marks_quote_where_no_double_mark_does_and_apostrophes_do_not_close() {
        let quoted =
            |p: &str| -> Vec<String> { texts(&[p]).into_iter().map(|(_, text, _)| text).collect() };
        for (paragraph, expected) in [
            (
                "‘We will rebuild the old pier,’ said Mira Holt.",
                vec!["We will rebuild the old pier"],
            ),
            (
                "‘The harbour’s crane is broken again today,’ she said.",
                vec!["The harbour’s crane is broken again today"],
            ),
            (
                "‘We will rebuild the old pier’ — said Holt.",
                vec!["We will rebuild the old pier"],
            ),
            (
                "She said: ‘We will rebuild the old pier before the winter’",
                vec!["We will rebuild the old pier before the winter"],
            ),
            (
                "‘We will rebuild the pier’, she said today.",
                vec!["We will rebuild the pier"],
            ),
            (
                "(‘We will rebuild the pier soon’) she wrote.",
                vec!["We will rebuild the pier soon"],
            ),
            ("The fishermen’s ‘rock‘n’roll’ years are over now.", vec![]),
            // Closed by a mark that could be an apostrophe, in mid-sentence.
            (
                "Holt called it ‘a pier for the whole town’ and left.",
                vec!["a pier for the whole town"],
            ),
            (
                "“They call it ‘the new pier of the town’ now,” she said.",
                vec!["They call it ‘the new pier of the town’ now"],
            ),
        ] {
            assert_eq!(quoted(paragraph), expected, "{paragraph}");
        }
    }

    #[test]
    fn typographic_straight_nested_partial_and_short() {
        assert_eq!(
            texts(&[
                "She said the plan “would not survive the winter” and left.",
                "\"We cannot wait another year,\" he said of the ‘grand bargain’.",
                "“They call it ‘liberation’ but it is not,” she said.",
                "The “health Silk Road” slogan and the “no limits” partnership.",
            ]),
            [
                (0, "would not survive the winter".to_owned(), false),
                (1, "We cannot wait another year".to_owned(), false),
                (
                    2,
                    "They call it ‘liberation’ but it is not".to_owned(),
                    false
                ),
            ]
        );
    }

    #[test]
    fn single_marks_quote_where_a_paragraph_has_no_double_ones() {
        assert_eq!(
            texts(&[
                "‘We will not sign the farmers’ charter,’ she said.",
                "‘The minister doesn’t know the numbers’ — a claim he denied.",
                "Ministers called it the ‘grand bargain’ of the decade.",
            ]),
            [
                (0, "We will not sign the farmers’ charter".to_owned(), false),
                (1, "The minister doesn’t know the numbers".to_owned(), false),
            ]
        );
    }

    #[test]
    fn a_quotation_left_open_goes_on_in_the_next_paragraph() {
        assert_eq!(
            texts(&[
                "Ana Costa said: “The talks went well. We expect a deal.",
                "“It will be signed in March,” she added.",
            ]),
            [
                (
                    0,
                    "The talks went well. We expect a deal.".to_owned(),
                    false
                ),
                (1, "It will be signed in March".to_owned(), true),
            ]
        );
    }

    #[test]
    fn other_languages_marks_pair_with_their_own_closing_marks() {
        assert_eq!(
            texts(&[
                "« Nous ne signerons pas ce traité », a déclaré la ministre.",
                "„Wir werden diesen Vertrag nicht unterschreiben“, sagte die Ministerin.",
                "‚Wir warten nicht noch ein Jahr‘, sagte er.",
                "部长说：「我们不会签署这项条约，绝不会签署。」",
                "他说『这 是 一个 转折点』。",
                "„Der Hafen wächst schneller als je zuvor”, sagte sie.",
            ]),
            [
                (0, "Nous ne signerons pas ce traité".into(), false),
                (
                    1,
                    "Wir werden diesen Vertrag nicht unterschreiben".into(),
                    false
                ),
                (2, "Wir warten nicht noch ein Jahr".into(), false),
                (3, "我们不会签署这项条约，绝不会签署。".into(), false),
                (4, "这 是 一个 转折点".into(), false),
                (5, "Der Hafen wächst schneller als je zuvor".into(), false),
            ]
        );
        // Chinese has no spaces: each character counts as a word, so a short phrase in
        // marks is still no quotation.
        assert_eq!(texts(&["这是「新丝路」计划。"]), []);
        // A German quotation's closing “ does not open another one.
        assert_eq!(
            texts(&["„Wir bleiben alle hier“, sagte sie, „und wir bauen weiter an der Brücke.“"]),
            [
                (0, "Wir bleiben alle hier".into(), false),
                (0, "und wir bauen weiter an der Brücke.".into(), false),
            ]
        );
        // An English closing mark does not close a French quotation.
        assert_eq!(
            texts(&["« Le mot ”fin” ne figure pas dans cet accord », dit-il."]),
            [(
                0,
                "Le mot ”fin” ne figure pas dans cet accord".into(),
                false
            )]
        );
    }
}
