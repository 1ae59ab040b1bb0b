//! The `steppe check` command as an editor runs it.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn check(file: &str) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_steppe"))
        .args(["check", file])
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
