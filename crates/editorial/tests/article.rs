//! Reading an article's file (`Article::from_bytes`): the encodings an editor's file may
//! come in read as the same article, and what cannot be an article is refused with why,
//! each limit at its boundary.
#![cfg(not(target_arch = "wasm32"))]

use steppe_editorial::article::{Article, MAX_BYTES};

const TEXT: &str =
    "Talks end\r\n\r\nMarch 3, 2031\r\n\r\n“We leave with nothing but hope,” Ana Costa said.\r\n";

fn paragraphs(bytes: &[u8]) -> Vec<String> {
    let article = Article::from_bytes(bytes).unwrap();
    let mut all = vec![article.headline().to_owned(), article.dateline().to_owned()];
    all.extend(article.paragraphs().iter().cloned());
    all
}

#[test]
fn crlf_byte_order_marks_and_utf16_read_as_the_same_article() {
    let lf = TEXT.replace("\r\n", "\n");
    let expected = paragraphs(lf.as_bytes());
    assert_eq!(
        expected,
        [
            "Talks end",
            "March 3, 2031",
            "“We leave with nothing but hope,” Ana Costa said."
        ]
    );
    assert_eq!(paragraphs(TEXT.as_bytes()), expected);
    let with_bom = [b"\xef\xbb\xbf".as_slice(), TEXT.as_bytes()].concat();
    assert_eq!(paragraphs(&with_bom), expected);
    for (mark, units) in [
        (
            [0xff, 0xfe],
            TEXT.encode_utf16()
                .flat_map(u16::to_le_bytes)
                .collect::<Vec<_>>(),
        ),
        (
            [0xfe, 0xff],
            TEXT.encode_utf16().flat_map(u16::to_be_bytes).collect(),
        ),
    ] {
        assert_eq!(paragraphs(&[&mark[..], &units].concat()), expected);
    }
}

#[test]
fn what_cannot_be_an_article_is_refused_with_why() {
    for (bytes, says) in [
        (&b""[..], "the file is empty"),
        (&b"   \n\n  "[..], "the file is empty"),
        (&[0u8, 159, 146, 150, 1, 2, 3][..], "not UTF-8 text"),
        (&b"PK\x03\x04\x14\x00binary"[..], "control characters"),
        (&b"tab\tand\nnewline are text"[..], ""),
    ] {
        match Article::from_bytes(bytes) {
            Err(why) => assert!(!says.is_empty() && why.contains(says), "{why}"),
            Ok(_) => assert!(says.is_empty(), "{bytes:?} was read"),
        }
    }
}

#[test]
fn an_article_may_hold_at_most_its_limit_in_bytes() {
    let at = "a".repeat(MAX_BYTES);
    assert!(Article::from_bytes(at.as_bytes()).is_ok());
    let past = "a".repeat(MAX_BYTES + 1);
    let Err(why) = Article::from_bytes(past.as_bytes()) else {
        panic!("read past the limit")
    };
    assert_eq!(
        why,
        format!(
            "{} bytes; an article may hold at most {MAX_BYTES} (1 MiB): give the article's text only",
            MAX_BYTES + 1
        )
    );
}

/// Each quotation of `text` (headline and dateline first) with the name of its source.
fn given(text: &str) -> Vec<(String, Option<String>)> {
    let article = Article::parse(text);
    article
        .quotations()
        .iter()
        .map(|q| (q.text.clone(), article.source(q).map(|s| s.name.clone())))
        .collect()
}

/// A body's quotations and who each is given to, as the test expects them.
type Given = Vec<(&'static str, Option<&'static str>)>;

#[test]
fn each_quotation_is_given_to_the_source_the_article_names_or_to_none() {
    let holt = Some("Mira Holt");
    let cases: [(&str, Given); 6] = [
        // Named at the end of the paragraph before: the quotation that opens the next.
        (
            "Mira Holt, the harbour master, spoke to reporters on Tuesday.\n\n“We will rebuild the old pier before the winter storms.”",
            vec![("We will rebuild the old pier before the winter storms.", holt)],
        ),
        // A paragraph between, or another sentence after the name: left to the editor.
        (
            "Mira Holt spoke on Tuesday.\n\nThe weather was poor all week.\n\n“We will rebuild the old pier before the winter storms.”",
            vec![("We will rebuild the old pier before the winter storms.", None)],
        ),
        (
            "Mira Holt spoke on Tuesday. Nobody else did.\n\n“We will rebuild the old pier before the winter storms.”",
            vec![("We will rebuild the old pier before the winter storms.", None)],
        ),
        // A sentence that ends before the quotation is not its attribution.
        (
            "Tomas Berg said the deal was fair. “It is a good deal for the farmers,” Mira Holt said.",
            vec![("It is a good deal for the farmers", holt)],
        ),
        // A quotation that runs on into the next paragraph keeps its source.
        (
            "“We will rebuild the old pier before the winter,” said Mira Holt. “It will take a year or more.\n\n“And it will cost the town a great deal,” she added.",
            vec![
                ("We will rebuild the old pier before the winter", holt),
                ("It will take a year or more.", holt),
                ("And it will cost the town a great deal", holt),
            ],
        ),
        (
            "The plan, Mira Holt said, “will take a year or more to finish”.",
            vec![("will take a year or more to finish", holt)],
        ),
    ];
    for (body, expected) in cases {
        let expected: Vec<(String, Option<String>)> = expected
            .into_iter()
            .map(|(t, s)| (t.to_owned(), s.map(str::to_owned)))
            .collect();
        assert_eq!(
            given(&format!("Headline\n\nMay 2, 2032\n\n{body}\n")),
            expected,
            "{body}"
        );
    }
}
