//! The `steppe check` and `steppe draft` commands as an editor runs them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::process::Command;

fn check(file: &str) -> (Option<i32>, String, String) {
    steppe(&["check", file])
}

fn steppe(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_steppe"))
        .current_dir(common::root(""))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn default_story_checks_clean() {
    let (code, out, _) = check("www/stories/central-asia-2022.json");
    assert_eq!(code, Some(0));
    assert!(
        out.contains("ok — 14 regions, 11 places, 3 route stops, 6 speakers, 6 topics, 21 quotes"),
        "{out}"
    );
    // Its "article" field names the article, relative to the story file.
    assert!(
        out.starts_with("www/stories/central-asia-2022.json: every quote verbatim and rightly attributed in www/stories/../../tests/fixtures/article.txt (0 note(s))"),
        "{out}"
    );
}

/// The default story with `edit` applied, written to a file of its own; its path.
fn edited_story(name: &str, edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut story: serde_json::Value = serde_json::from_str(steppe_core::DEFAULT_STORY).unwrap();
    edit(&mut story);
    let dir = std::env::temp_dir().join(format!("steppe-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, story.to_string()).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn a_slip_against_the_article_fails_with_the_quote_and_the_passage() {
    let file = edited_story("slip.json", |s| {
        s["quotes"][2]["speaker"] = "mark-katz".into();
    });
    let (code, _, err) = steppe(&["check", &file, "--article", "tests/fixtures/article.txt"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains(&format!("{file}: $.quotes[2].speaker: quote \"li-priorities\" is attributed to Mark N. Katz, but the article gives it to Li Lifan")), "{err}");
    assert!(
        err.ends_with("1 problem(s) against tests/fixtures/article.txt\n"),
        "{err}"
    );
    // `build` checks the same before it writes anything.
    let out = std::env::temp_dir().join(format!("steppe-cli-out-{}", std::process::id()));
    let (code, _, _) = steppe(&[
        "build",
        &file,
        "-o",
        out.to_str().unwrap(),
        "--article",
        "tests/fixtures/article.txt",
    ]);
    assert_eq!(code, Some(1));
    assert!(!out.exists());
}

#[test]
fn notes_alone_pass_and_a_missing_article_exits_2() {
    let file = edited_story("notes.json", |s| {
        s["quotes"].as_array_mut().unwrap().remove(20);
    });
    let (code, out, err) = steppe(&["check", &file, "--article", "tests/fixtures/article.txt"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        out.contains(
            ": note: article, paragraph 48: a quotation the story does not carry (found “"
        ),
        "{out}"
    );
    assert!(out.contains("(1 note(s))"), "{out}");
    // The story's own field points nowhere from the temporary folder.
    let (code, _, err) = check(&file);
    assert_eq!(code, Some(2));
    assert!(err.contains("cannot read the article"), "{err}");
}

#[test]
fn broken_story_prints_every_problem_and_fails() {
    let (code, _, err) = check("tests/fixtures/broken-story.json");
    assert_eq!(code, Some(1));
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 6, "{err}");
    assert!(lines[0].starts_with(
        "tests/fixtures/broken-story.json: $.published: not an ISO date (found \"2022-09-31\")"
    ));
    assert!(
        lines[4].contains("$.quotes[0].speaker")
            && lines[4].contains("did you mean \"a-analyst\"?")
    );
    assert_eq!(lines[5], "tests/fixtures/broken-story.json: 5 problem(s)");
}

#[test]
fn unreadable_file_and_bad_usage_exit_2() {
    assert_eq!(check("no/such/file.json").0, Some(2));
    let out = Command::new(env!("CARGO_BIN_EXE_steppe"))
        .arg("frobnicate")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// `steppe draft` on a file holding `bytes`.
fn steppe_draft(bytes: &[u8]) -> (Option<i32>, String, String) {
    let dir = std::env::temp_dir().join(format!("steppe-draft-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("a{}.txt", bytes.len()));
    std::fs::write(&file, bytes).unwrap();
    steppe(&["draft", file.to_str().unwrap()])
}

#[test]
fn bad_input_gets_a_message_never_a_panic() {
    let big = vec![b'a'; steppe::article::MAX_BYTES + 1];
    for (bytes, says) in [
        (&b""[..], "the file is empty"),
        (&b"   \n\n  "[..], "the file is empty"),
        (&[0u8, 159, 146, 150, 1, 2, 3][..], "not UTF-8 text"),
        (&b"PK\x03\x04\x14\x00binary"[..], "control characters"),
        (&big[..], "an article may hold at most"),
    ] {
        let (code, _, err) = steppe_draft(bytes);
        assert_eq!(code, Some(2), "{err}");
        assert!(err.contains(says), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    assert_eq!(steppe_draft(b"").0, Some(2));
}

#[test]
fn crlf_byte_order_marks_and_utf16_read_as_the_same_article() {
    let text = "Talks end\r\n\r\nMarch 3, 2031\r\n\r\n“We leave with nothing but hope,” Ana Costa said.\r\n";
    let (code, out, err) = steppe_draft(text.as_bytes());
    assert_eq!(code, Some(0), "{err}");
    let story: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(story["quotes"][0]["text"], "We leave with nothing but hope");
    assert_eq!(story["published"], "2031-03-03");
    // The same draft but for the article's file name.
    let without_file = |out: &str| {
        let mut story: serde_json::Value = serde_json::from_str(out).unwrap();
        story.as_object_mut().unwrap().remove("article");
        story
    };
    let with_bom = [b"\xef\xbb\xbf".as_slice(), text.as_bytes()].concat();
    assert_eq!(without_file(&steppe_draft(&with_bom).1), without_file(&out));
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(without_file(&steppe_draft(&utf16).1), without_file(&out));
}

#[test]
fn no_quotation_and_unbalanced_marks_give_a_draft_with_a_note() {
    let (code, out, err) =
        steppe_draft(b"Headline\n\nDateline\n\nNobody said anything in marks today.\n");
    assert_eq!(code, Some(0));
    assert!(err.contains("the article quotes no one"), "{err}");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&out).unwrap()["quotes"],
        serde_json::json!([])
    );
    let (code, out, _) = steppe_draft("Headline\n\nDateline\n\nShe said: “This sentence never closes its mark and runs on.\n\nThe next paragraph is plain.\n".as_bytes());
    assert_eq!(code, Some(0));
    let story: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        story["quotes"][0]["text"],
        "This sentence never closes its mark and runs on."
    );
}
