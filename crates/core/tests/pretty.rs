//! How a story file is written (`story::json::pretty`), as an editor reads it: a member a
//! line, and an array or object that fits in 150 characters on one line.
#![cfg(not(target_arch = "wasm32"))]

use steppe_core::story::json::{pretty, Json};

fn parse(text: &str) -> Json {
    serde_json::from_str(text).unwrap()
}

#[test]
fn each_member_on_its_line_and_what_fits_on_one() {
    let text = r#"{"a": 1, "b": {"c": [1, 2], "d": "x"}, "e": [], "f": {}}"#;
    let written = pretty(&parse(text));
    assert_eq!(
        written,
        "{\n  \"a\": 1,\n  \"b\": { \"c\": [1, 2], \"d\": \"x\" },\n  \"e\": [],\n  \"f\": {}\n}\n"
    );
    assert_eq!(parse(&written), parse(text));
}

#[test]
fn a_line_holds_at_most_150_characters() {
    // `  "k": ["x…", "y"],` is 150 characters with its comma: one more breaks it.
    for (len, one_line) in [(138, true), (139, false)] {
        let text = format!(r#"{{"k": ["{}", "y"], "z": 0}}"#, "x".repeat(len - 5));
        let written = pretty(&parse(&text));
        let longest = written.lines().map(str::len).max().unwrap();
        assert_eq!(written.lines().count() == 4, one_line, "{written}");
        assert_eq!(longest, if one_line { 150 } else { 141 }, "{written}");
        assert_eq!(parse(&written), parse(&text));
    }
}
