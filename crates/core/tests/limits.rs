//! Every documented limit at its boundary: the value at the limit is accepted, one past it
//! is refused with its message. The story's limits (README, "Validation": `steppe check`
//! and `steppe build`) and the bundle reader's (`bundle::read`, which the widget runs on
//! whatever a URL serves), one table each.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use steppe_core::bundle::read::read;
use steppe_core::story::json::check_text;
use steppe_core::story::{Problem, Story, MAX_BYTES, MAX_DEPTH, MAX_ITEMS, MAX_TEXT};

/// One limit: the JSON edited to stand exactly at it (`at`), one past it (`past`), and
/// where and what the refusal of `past` says.
struct Limit {
    name: String,
    at: String,
    past: String,
    path: String,
    says: String,
}

fn edited(text: &str, edit: impl Fn(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(text).unwrap();
    edit(&mut value);
    value.to_string()
}

/// A limit reached by `edit(value, n)` with `n` = `limit` and `limit + 1`.
fn limit(
    text: &str,
    name: impl Into<String>,
    limit: usize,
    edit: impl Fn(&mut Value, usize),
    path: impl Into<String>,
    says: impl Into<String>,
) -> Limit {
    Limit {
        name: name.into(),
        at: edited(text, |v| edit(v, limit)),
        past: edited(text, |v| edit(v, limit + 1)),
        path: path.into(),
        says: says.into(),
    }
}

/// `text` padded with spaces to `len` bytes.
fn padded(text: &str, len: usize) -> String {
    format!("{text}{}", " ".repeat(len - text.len()))
}

/// `n` arrays, one inside the other, as an unknown member of `text`'s root object.
fn nested(text: &str, n: usize) -> String {
    let (open, rest) = text.split_at(1);
    format!("{open}\"deep\":{}{},{rest}", "[".repeat(n), "]".repeat(n))
}

/// A text of `n` characters, of two bytes each: limits count characters, not bytes.
fn chars(n: usize) -> Value {
    json!("é".repeat(n))
}

/// A list of `n` copies of `value[list][0]`.
fn copies(value: &mut Value, list: &[&str], n: usize) {
    let mut at = &mut *value;
    for key in list {
        at = &mut at[*key];
    }
    let first = at[0].clone();
    *at = Value::Array(vec![first; n]);
}

/// A web address of exactly `n` characters.
fn address(n: usize) -> Value {
    let start = "https://example.com/";
    json!(format!("{start}{}", "a".repeat(n - start.len())))
}

/// The limits checked on a file's text before it is read: its size, and its nesting (the
/// refusal one level too deep at `deep`).
fn file_limits(text: &str, what: &str, deep: String) -> [Limit; 2] {
    [
        Limit {
            name: "file size".into(),
            at: padded(text, MAX_BYTES),
            past: padded(text, MAX_BYTES + 1),
            path: "$".into(),
            says: format!("a {what} may be at most {MAX_BYTES}"),
        },
        Limit {
            name: "nesting".into(),
            at: nested(text, MAX_DEPTH - 1),
            past: nested(text, MAX_DEPTH),
            path: deep,
            says: format!("nested more than {MAX_DEPTH} levels deep"),
        },
    ]
}

fn story_limits() -> Vec<Limit> {
    let story = steppe_core::DEFAULT_STORY;
    // The line and column of the bracket one too deep: after `{"deep":` and the root's
    // own level.
    let deep = format!("$ (line 1, column {})", "{\"deep\":".len() + MAX_DEPTH);
    let mut limits: Vec<Limit> = file_limits(story, "story", deep).into();
    limits.extend([
        limit(
            story,
            "a text's characters",
            MAX_TEXT,
            |v, n| v["title"] = chars(n),
            "$.title",
            format!(
                "{} characters; a text may hold at most {MAX_TEXT}",
                MAX_TEXT + 1
            ),
        ),
        limit(
            story,
            "a story's own string's characters",
            MAX_TEXT,
            |v, n| v["strings"] = json!({ "carousel.next": "é".repeat(n) }),
            "$.strings.carousel.next",
            format!(
                "{} characters; a text may hold at most {MAX_TEXT}",
                MAX_TEXT + 1
            ),
        ),
        limit(
            story,
            "an id's characters",
            64,
            |v, n| v["id"] = json!("a".repeat(n)),
            "$.id",
            "not a valid id",
        ),
        limit(
            story,
            "a web address's characters",
            2000,
            |v, n| v["source"]["url"] = address(n),
            "$.source.url",
            "not a web address",
        ),
    ]);
    for (list, max) in MAX_ITEMS {
        limits.push(limit(
            story,
            format!("{list}[]"),
            max,
            |v, n| copies(v, &[list], n),
            format!("$.{list}"),
            format!("{} {list}; a story may hold at most {max}", max + 1),
        ));
    }
    limits
}

/// The story's problems at `path`, if any.
fn story_problems_at(text: &str, path: &str) -> Vec<Problem> {
    match Story::from_json_text(text) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.into_iter().filter(|p| p.path == path).collect(),
    }
}

#[test]
fn every_story_limit_accepts_its_limit_and_refuses_one_past() {
    for limit in story_limits() {
        // At the limit: nothing at its path, and its message nowhere.
        let at: Vec<Problem> = Story::from_json_text(&limit.at)
            .err()
            .unwrap_or_default()
            .into_iter()
            .filter(|p| p.path == limit.path || p.message.contains(&limit.says))
            .collect();
        assert!(at.is_empty(), "{} at its limit: {at:#?}", limit.name);
        let past = story_problems_at(&limit.past, &limit.path);
        assert!(
            past.iter().any(|p| p.message.contains(&limit.says)),
            "{} one past its limit: {past:#?}",
            limit.name
        );
    }
}

#[test]
fn the_text_checks_run_before_parsing_at_their_limits() {
    let story = steppe_core::DEFAULT_STORY;
    assert!(check_text(&padded(story, MAX_BYTES)).is_ok());
    let over = check_text(&padded(story, MAX_BYTES + 1)).unwrap_err();
    assert_eq!(
        over.message,
        format!(
            "the file is {} bytes; a story may be at most {MAX_BYTES}",
            MAX_BYTES + 1
        )
    );
    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(check_text(&deep(MAX_DEPTH)).is_ok());
    assert!(check_text(&deep(MAX_DEPTH + 1))
        .unwrap_err()
        .message
        .contains(&format!("nested more than {MAX_DEPTH}")));
}

#[test]
fn a_story_number_must_fit_a_double() {
    let at = edited(steppe_core::DEFAULT_STORY, |_| {}).replacen(
        "\"paragraph\":",
        "\"x\":1.7976931348623157e308,\"paragraph\":",
        1,
    );
    let past = at.replacen("1.7976931348623157e308", "1.8e308", 1);
    let problems = |text: &str| {
        Story::from_json_text(text)
            .unwrap_err()
            .into_iter()
            .map(|p| p.message)
            .collect::<Vec<_>>()
    };
    // At the largest double, only the unknown field is wrong; past it, the number itself.
    assert!(
        problems(&at).iter().all(|m| !m.contains("number")),
        "{:?}",
        problems(&at)
    );
    assert!(
        problems(&past).iter().any(|m| m.contains("number")),
        "{:?}",
        problems(&past)
    );
}

fn bundle_limits() -> Vec<Limit> {
    let bundle = steppe_core::DEFAULT_BUNDLE;
    let deep = format!("$.deep{}", "[0]".repeat(MAX_DEPTH - 1));
    let mut limits: Vec<Limit> = file_limits(bundle, "bundle", deep).into();
    limits.extend([
        limit(
            bundle,
            "a text's characters",
            MAX_TEXT,
            |v, n| v["story"]["title"] = chars(n),
            "$.story.title",
            format!("a text over {MAX_TEXT} characters"),
        ),
        limit(
            bundle,
            "a number's whole digits",
            9,
            |v, n| v["unknown"] = json!(10u64.pow(n as u32) - 1),
            "$.unknown",
            "expected a plain decimal number",
        ),
        limit(
            bundle,
            "the map's width",
            4000,
            |v, n| v["map"]["width"] = json!(n),
            "$.map.width",
            "expected a whole number from 0 to 4000",
        ),
        limit(
            bundle,
            "the map's height",
            4000,
            |v, n| v["map"]["height"] = json!(n),
            "$.map.height",
            "expected a whole number from 0 to 4000",
        ),
        limit(
            bundle,
            "the map's labels",
            4 * 250 + 4 * 250,
            |v, n| copies(v, &["map", "labels"], n),
            "$.map.labels",
            "more than 2000 items",
        ),
    ]);
    for (list, max) in MAX_ITEMS {
        limits.push(limit(
            bundle,
            format!("story.{list}[]"),
            max,
            |v, n| copies(v, &["story", list], n),
            format!("$.story.{list}"),
            format!("more than {max} items"),
        ));
    }
    limits
}

#[test]
fn every_bundle_limit_accepts_its_limit_and_refuses_one_past() {
    for limit in bundle_limits() {
        if let Err(problem) = read(&limit.at) {
            // Accepted as far as this limit goes: any refusal is for something else.
            assert!(
                !problem.path.starts_with(&limit.path) || !problem.message.contains(&limit.says),
                "{} at its limit: {problem}",
                limit.name
            );
        }
        let past = read(&limit.past).expect_err(&limit.name);
        assert_eq!(past.path, limit.path, "{}: {past}", limit.name);
        assert!(past.message.contains(&limit.says), "{}: {past}", limit.name);
    }
}

/// A bundle with one of the map's labels at (`x`, `y`).
fn label_at(x: f64, y: f64) -> String {
    edited(steppe_core::DEFAULT_BUNDLE, |v| {
        v["map"]["labels"][0]["x"] = json!(x);
        v["map"]["labels"][0]["y"] = json!(y);
    })
}

#[test]
fn a_bundle_point_may_stand_on_the_map_edge_and_not_past_it() {
    let value: Value = serde_json::from_str(steppe_core::DEFAULT_BUNDLE).unwrap();
    let (w, h) = (
        value["map"]["width"].as_f64().unwrap(),
        value["map"]["height"].as_f64().unwrap(),
    );
    assert!(read(&label_at(w, h)).is_ok());
    assert!(read(&label_at(0.0, 0.0)).is_ok());
    // Past the map's own size, once the whole map is read; below zero, as it is read.
    for (x, y, path) in [
        (w + 0.5, h, "$.map.labels[0]"),
        (w, h + 0.5, "$.map.labels[0]"),
        (-0.5, 0.0, "$.map.labels[0].x"),
        (0.0, -0.5, "$.map.labels[0].y"),
    ] {
        let refused = read(&label_at(x, y)).unwrap_err();
        assert_eq!(refused.path, path, "({x}, {y}): {refused}");
        assert!(
            refused.message.contains("a point outside the map"),
            "{refused}"
        );
    }
}

#[test]
fn a_regions_hit_target_is_held_to_the_map_as_its_point_is() {
    let value: Value = serde_json::from_str(steppe_core::DEFAULT_BUNDLE).unwrap();
    let w = value["map"]["width"].as_f64().unwrap();
    let hit = |x: f64| {
        edited(steppe_core::DEFAULT_BUNDLE, |v| {
            v["map"]["regions"][0]["hit"] = json!([x, 10.0]);
        })
    };
    assert!(read(&hit(w)).is_ok());
    let refused = read(&hit(w + 0.5)).unwrap_err();
    assert_eq!(refused.path, "$.map.regions[0]");
    assert_eq!(refused.message, "a point outside the map");
}

#[test]
fn a_bundle_number_has_at_most_nine_places() {
    let places = |n: usize| {
        let text = steppe_core::DEFAULT_BUNDLE.replacen(
            "{",
            &format!("{{\"unknown\":0.{},", "1".repeat(n)),
            1,
        );
        read(&text)
    };
    assert!(places(9).is_ok());
    let refused = places(10).unwrap_err();
    assert_eq!(refused.path, "$.unknown");
    assert!(refused.message.contains("expected a plain decimal number"));
}
