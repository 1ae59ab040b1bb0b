//! Hostile stories: `steppe check`, `steppe build` and the fallback given arbitrary bytes,
//! arbitrary values where a story's fields go, huge and deeply nested input, odd numbers
//! and text. Parsing and validation answer with problems and never panic; what is valid
//! round-trips and renders as exactly its text; no number in the map is NaN or infinite.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "../../../tests/strategies/mod.rs"]
mod strategies;
use common::atlas;
use strategies::any_json;

use proptest::prelude::*;
use serde_json::{json, Value};
use std::sync::OnceLock;
use steppe::geo::map::{build, Options};
use steppe_core::bundle::Bundle;
use steppe_core::story::{Problem, Story};

/// Cases per property: enough to find the shallow panics, few enough for every CI run.
const CASES: u32 = 256;

fn default_text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        std::fs::read_to_string(common::root("www/stories/central-asia-2022.json")).unwrap()
    })
}

fn default_value() -> Value {
    serde_json::from_str(default_text()).unwrap()
}

fn check(value: &Value) -> Result<Story, Vec<Problem>> {
    Story::from_json_text(&value.to_string())
}

/// Every place in the default story where a value sits: `["quotes", 3, "text"]`.
fn paths(value: &Value, at: Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(at.clone());
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let mut next = at.clone();
                next.push(json!(i));
                paths(item, next, out);
            }
        }
        Value::Object(members) => {
            for (k, v) in members {
                let mut next = at.clone();
                next.push(json!(k));
                paths(v, next, out);
            }
        }
        _ => {}
    }
}

fn slot<'a>(value: &'a mut Value, path: &[Value]) -> &'a mut Value {
    path.iter().fold(value, |v, key| match key {
        Value::Number(i) => &mut v[i.as_u64().unwrap() as usize],
        Value::String(k) => &mut v[k.as_str()],
        _ => unreachable!(),
    })
}

fn all_paths() -> &'static Vec<Vec<Value>> {
    static PATHS: OnceLock<Vec<Vec<Value>>> = OnceLock::new();
    PATHS.get_or_init(|| {
        let mut out = Vec::new();
        paths(&default_value(), Vec::new(), &mut out);
        out
    })
}

/// Every problem names where it is (a JSON path) and what is wrong.
fn well_formed(problems: &[Problem]) {
    assert!(!problems.is_empty());
    for p in problems {
        assert!(p.path.starts_with('$'), "{p:?}");
        assert!(!p.message.is_empty(), "{p:?}");
    }
}

/// HTML text as Leptos writes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn arbitrary_bytes_get_problems_not_panics(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        if let Err(problems) = Story::from_json_text(&String::from_utf8_lossy(&bytes)) {
            well_formed(&problems);
        }
    }

    #[test]
    fn arbitrary_json_gets_problems_not_panics(value in any_json()) {
        let problems = check(&value).expect_err("no arbitrary value is a story");
        well_formed(&problems);
    }

    #[test]
    fn any_value_in_any_field_gets_problems_not_panics(
        which in any::<prop::sample::Index>(), value in any_json()
    ) {
        let mut story = default_value();
        let path = which.get(all_paths());
        *slot(&mut story, path) = value;
        if let Err(problems) = check(&story) {
            well_formed(&problems);
        }
    }

    #[test]
    fn a_valid_story_round_trips_and_renders_its_texts_exactly(
        title in "\\PC{1,80}", quote in "\\PC{1,300}", name in "\\PC{1,40}", label in "\\PC{1,30}"
    ) {
        prop_assume!(!title.trim().is_empty() && !quote.trim().is_empty());
        prop_assume!(!name.trim().is_empty() && !label.trim().is_empty());
        let mut value = default_value();
        value["title"] = json!(title);
        value["quotes"][0]["text"] = json!(quote);
        value["speakers"][0]["name"] = json!(name);
        value["topics"][0]["label"] = json!(label);
        let story = check(&value).unwrap();
        let again = Story::from_json_text(&serde_json::to_string(&story).unwrap()).unwrap();
        prop_assert_eq!(&again, &story);

        let bundle = Bundle { locale: story.locale(), story: story.clone(), map: default_map().clone() };
        let html = steppe_web::fallback::render(&bundle);
        for text in [&title, &quote, &name, &label] {
            prop_assert!(html.contains(&escaped(text)), "{:?} is not in the fallback", text);
        }
    }
}

fn default_map() -> &'static steppe_core::bundle::Map {
    static MAP: OnceLock<steppe_core::bundle::Map> = OnceLock::new();
    MAP.get_or_init(|| {
        let story = Story::from_json_text(default_text()).unwrap();
        build(&story, atlas(), &Options::default()).unwrap()
    })
}

fn problems_of(text: &str) -> Vec<Problem> {
    Story::from_json_text(text).expect_err("must be refused")
}

fn mentions(problems: &[Problem], path: &str, words: &str) {
    assert!(
        problems
            .iter()
            .any(|p| p.path.starts_with(path) && p.message.contains(words)),
        "no problem at {path} saying {words:?}: {problems:#?}"
    );
}

#[test]
fn nesting_ten_thousand_deep_is_refused_before_parsing() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    mentions(&problems_of(&deep), "$", "nested more than");
    let mut value = default_value();
    value["title"] =
        serde_json::from_str(&format!("{}1{}", "[".repeat(40), "]".repeat(40))).unwrap();
    mentions(&problems_of(&value.to_string()), "$", "nested more than");
}

#[test]
fn a_20_mb_file_is_refused_by_size() {
    let mut value = default_value();
    value["dek"] = json!("x".repeat(20 << 20));
    mentions(
        &problems_of(&value.to_string()),
        "$",
        "a story may be at most",
    );
}

#[test]
fn a_1_mb_string_is_refused_with_its_path() {
    let mut value = default_value();
    value["quotes"][2]["text"] = json!("y".repeat(1 << 20));
    mentions(
        &problems_of(&value.to_string()),
        "$.quotes[2].text",
        "at most 3000",
    );
    let mut value = default_value();
    value["places"][0]["id"] = json!("z".repeat(1 << 20));
    mentions(
        &problems_of(&value.to_string()),
        "$.places[0].id",
        "not a valid id",
    );
}

#[test]
fn ten_thousand_quotes_and_500_regions_are_refused_quickly() {
    let mut value = default_value();
    let quote = value["quotes"][0].clone();
    value["quotes"] = Value::Array(vec![quote; 10_000]);
    let problems = problems_of(&value.to_string());
    mentions(&problems, "$.quotes", "at most 200");
    assert_eq!(
        problems.len(),
        1,
        "only the limit, no 10,000 duplicate-id problems"
    );

    let mut value = default_value();
    let region = value["regions"][0].clone();
    value["regions"] = Value::Array(vec![region; 500]);
    mentions(&problems_of(&value.to_string()), "$.regions", "at most 250");
}

#[test]
fn odd_numbers_are_refused_with_their_path() {
    let text = default_text().replacen("\"lon\": ", "\"lon\": 1e400, \"x\": ", 1);
    mentions(&problems_of(&text), "$", "malformed JSON");
    for bad in [json!("NaN"), json!("Infinity"), json!("-0x1"), json!(null)] {
        let mut value = default_value();
        value["places"][0]["lon"] = bad.clone();
        mentions(&problems_of(&value.to_string()), "$.places[0].lon", "");
    }
    for (lon, lat) in [(180.5, 0.0), (0.0, -90.01), (-1e300, 1e300)] {
        let mut value = default_value();
        value["places"][0]["lon"] = json!(lon);
        value["places"][0]["lat"] = json!(lat);
        mentions(&problems_of(&value.to_string()), "$.places[0]", "");
    }
}

#[test]
fn odd_text_is_kept_exactly_or_refused_with_a_reason() {
    let word = "Ш".repeat(2000);
    for text in [
        "مرحبا بالعالم — ‏שלום‏ mixed \u{202E}reversed\u{202C}",
        "zero\u{200B}width\u{200D}joiner\u{FEFF}",
        "👩🏽‍🔬🇰🇿🏳️‍🌈 family 👨‍👩‍👧‍👦",
        &word,
    ] {
        let mut value = default_value();
        value["quotes"][0]["text"] = json!(text);
        let story = check(&value).unwrap_or_else(|p| panic!("{text:?}: {p:#?}"));
        assert_eq!(story.quotes[0].text, text);
    }
    let lone = default_text().replacen("\"title\": \"", "\"title\": \"\\ud800 ", 1);
    mentions(&problems_of(&lone), "$ (line", "lone surrogate");
}

#[test]
fn degenerate_stories_never_put_nan_or_infinity_in_the_map() {
    // Places on the poles and the antimeridian, a story of one place, a story whose
    // places all coincide, and one with no route.
    let variants: [fn(&mut Value); 4] = [
        |v| {
            v["places"][0]["lat"] = json!(90.0);
            v["places"][1]["lon"] = json!(-180.0);
            v["places"][2]["lon"] = json!(180.0);
        },
        |v| {
            for p in v["places"].as_array_mut().unwrap() {
                p["lon"] = json!(63.0);
                p["lat"] = json!(40.0);
            }
        },
        |v| {
            v["route"] = json!([]);
            let sources = v["sources"].as_array_mut().unwrap();
            for s in sources.iter_mut() {
                let supports = s["supports"].as_array_mut().unwrap();
                supports.retain(|c| !c.as_str().unwrap().starts_with("route:"));
            }
            sources.retain(|s| !s["supports"].as_array().unwrap().is_empty());
        },
        |v| {
            for p in v["places"].as_array_mut().unwrap() {
                p["lat"] = json!(-89.99);
            }
        },
    ];
    for (i, change) in variants.iter().enumerate() {
        let mut value = default_value();
        change(&mut value);
        let story = check(&value).unwrap_or_else(|p| panic!("variant {i}: {p:#?}"));
        match build(&story, atlas(), &Options::default()) {
            Ok(map) => {
                let json = serde_json::to_string(&map).unwrap();
                for bad in ["NaN", "inf", "null"] {
                    assert!(!json.contains(bad), "variant {i}: {bad} in the map");
                }
                let bundle = Bundle {
                    locale: story.locale(),
                    story,
                    map,
                };
                assert_eq!(
                    steppe_core::bundle::read::read(&bundle.to_json()).as_ref(),
                    Ok(&bundle),
                    "variant {i}: the browser reads it"
                );
                let html = steppe_web::fallback::render(&bundle);
                for value in geometry_attributes(&html) {
                    assert!(
                        !value.contains("NaN") && !value.contains("inf"),
                        "variant {i}: {value}"
                    );
                }
            }
            Err(e) => assert!(!e.is_empty(), "variant {i}: an empty error"),
        }
    }
}

/// The values of the attributes that carry numbers: coordinates, sizes, path data, and
/// the labels' positions.
fn geometry_attributes(html: &str) -> Vec<&str> {
    let mut values = Vec::new();
    for name in [
        "d", "cx", "cy", "x", "y", "viewBox", "width", "height", "style",
    ] {
        let open = format!(" {name}=\"");
        for (at, _) in html.match_indices(&open) {
            let rest = &html[at + open.len()..];
            values.push(&rest[..rest.find('"').unwrap_or(rest.len())]);
        }
    }
    assert!(values.len() > 20, "the map's geometry is in the fallback");
    values
}

#[test]
fn urls_other_than_http_and_https_are_refused_with_their_path() {
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "java\tscript:alert(1)",
        " https://example.com/",
        "\thttps://example.com/",
        "https://exa\u{0001}mple.com/",
        "https://example.com/\n",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example/",
        "https:evil.example",
        "https:///evil.example",
        "file:///etc/passwd",
    ] {
        let mut value = default_value();
        value["source"]["url"] = json!(bad);
        value["sources"][0]["url"] = json!(bad);
        let problems = problems_of(&value.to_string());
        mentions(&problems, "$.source.url", "not a web address");
        mentions(&problems, "$.sources[0].url", "not a web address");
    }
}

#[test]
fn no_code_path_builds_html_from_strings() {
    // Story data reaches the page only as text and attributes (Leptos escapes both).
    let mut offenders = Vec::new();
    for dir in ["crates", "www"] {
        for entry in walk(&common::root(dir)) {
            let text = std::fs::read_to_string(&entry).unwrap_or_default();
            for needle in [
                "inner_html",
                "innerHTML",
                "outerHTML",
                "insertAdjacentHTML",
                "document.write",
                "set_inner_html",
            ] {
                if text.contains(needle) && !entry.ends_with("hostile.rs") {
                    offenders.push(format!("{}: {needle}", entry.display()));
                }
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else if path
            .extension()
            .is_some_and(|e| e == "rs" || e == "js" || e == "html")
        {
            out.push(path);
        }
    }
    out
}
