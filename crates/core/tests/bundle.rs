//! The bundle reader (`bundle::read`), the only way a story reaches the widget: what
//! `steppe build` writes reads back exactly; anything else is refused with a path and never
//! panics; whatever it accepts is safe for the views (references exist, points inside the
//! map, path data only commands and numbers, links only web addresses).
#![cfg(not(target_arch = "wasm32"))]

#[path = "../../../tests/strategies/mod.rs"]
mod strategies;
use strategies::any_json;

use proptest::prelude::*;
use serde_json::{json, Value};
use steppe_core::bundle::read::read;
use steppe_core::bundle::{Bundle, FORMAT};
use steppe_core::story::MAX_BYTES;

/// Cases per property: enough to find the shallow panics, few enough for every CI run.
const CASES: u32 = 256;

fn default_bundle() -> Bundle {
    read(steppe_core::DEFAULT_BUNDLE).unwrap()
}

fn default_value() -> Value {
    serde_json::from_str(steppe_core::DEFAULT_BUNDLE).unwrap()
}

/// The path of the refusal for `value`'s text.
fn refused(value: &Value) -> String {
    read(&value.to_string()).unwrap_err().path
}

/// What the views rely on, checked on an accepted bundle.
fn assert_safe(bundle: &Bundle) {
    let (story, map) = (&bundle.story, &bundle.map);
    for q in &story.quotes {
        assert!(story.speaker(&q.speaker).is_some(), "{}", q.speaker);
        assert!(q.regions.iter().all(|r| story.region(r).is_some()));
        assert!(q.topics.iter().all(|t| story.topic(t).is_some()));
    }
    for r in &story.regions {
        assert!(story.role(&r.role).is_some());
    }
    for s in &story.route {
        assert!(story.place(&s.place).is_some());
    }
    let inside = |x: f64, y: f64| {
        x.is_finite()
            && y.is_finite()
            && (0.0..=f64::from(map.width)).contains(&x)
            && (0.0..=f64::from(map.height)).contains(&y)
    };
    assert!(map
        .regions
        .iter()
        .all(|r| inside(r.x, r.y) && story.region(&r.id).is_some()));
    assert!(map
        .places
        .iter()
        .all(|p| inside(p.x, p.y) && story.place(&p.id).is_some()));
    assert!(map.labels.iter().all(|l| inside(l.x, l.y)));
    let paths = [&map.land, &map.route, &map.arrows]
        .into_iter()
        .chain(map.regions.iter().map(|r| &r.d));
    for d in paths {
        assert!(
            !d.contains("NaN") && !d.contains("inf") && !d.contains('e'),
            "{d}"
        );
    }
    for url in std::iter::once(&story.source.url).chain(story.sources.iter().map(|s| &s.url)) {
        assert!(
            url.starts_with("https://") || url.starts_with("http://"),
            "{url}"
        );
    }
}

#[test]
fn what_steppe_build_writes_reads_back_exactly() {
    let bundle = default_bundle();
    assert_eq!(bundle.to_json(), steppe_core::DEFAULT_BUNDLE);
    assert_eq!(read(&bundle.to_json()), Ok(bundle.clone()));
    assert_eq!(bundle.story.quotes.len(), 21);
    assert_eq!(default_value()["format"], json!(FORMAT));
    assert_safe(&bundle);
}

#[test]
fn every_optional_field_reads_back() {
    let mut bundle = default_bundle();
    let story = &mut bundle.story;
    story.id = Some("summit".into());
    story.frame = Some(vec!["KAZ".into(), "UZB".into()]);
    story.article = Some("article.txt".into());
    story.speakers[0].kind = Some(steppe_core::story::SpeakerKind::Document);
    story.speakers[1].title = None;
    story.regions[0].on_map = Some(true);
    story.route[0].end_date = Some("2022-09-15".into());
    story.places[0].other_names = vec!["Peking".into()];
    story.sources[0].note = Some("checked".into());
    // (Not `assert_eq!`: a bundle's debug form is tens of kilobytes.)
    let back = read(&bundle.to_json()).unwrap();
    assert!(back.story == bundle.story, "the story differs");
    assert!(back == bundle, "the map or the words differ");
}

#[test]
fn a_story_file_or_another_format_is_refused_with_what_to_do() {
    let story = read(steppe_core::DEFAULT_STORY).unwrap_err();
    assert_eq!(story.path, "$");
    assert!(
        story.message.contains("a story file, not a bundle"),
        "{story}"
    );
    assert!(story.hint.unwrap().contains("steppe build"));

    let mut value = default_value();
    value["format"] = json!(FORMAT + 1);
    let other = read(&value.to_string()).unwrap_err();
    assert_eq!(other.path, "$.format");
    assert!(other.to_string().contains("steppe build"), "{other}");

    let mut value = default_value();
    value.as_object_mut().unwrap().remove("format");
    let none = read(&value.to_string()).unwrap_err();
    assert_eq!(none.path, "$");
    assert_eq!(none.message, "no format: not a bundle");

    // A member the reader does not know is skipped, whatever its value.
    for unknown in [
        "null",
        "true",
        "false",
        "-1.5",
        "\"x\"",
        "[null, {\"a\": [1]}]",
    ] {
        let text = format!(
            "{{\"later\": {unknown},{}",
            &steppe_core::DEFAULT_BUNDLE[1..]
        );
        assert!(read(&text).is_ok(), "{unknown}: {:?}", read(&text).err());
    }

    let more = read(&format!("{} {{}}", steppe_core::DEFAULT_BUNDLE)).unwrap_err();
    assert_eq!(more.message, "more text after the bundle");
    assert!(read(&format!("{} \n\t ", steppe_core::DEFAULT_BUNDLE)).is_ok());
}

#[test]
fn a_bundle_carries_its_own_words() {
    let mut value = default_value();
    value["locale"]["strings"]["carousel.next"] = json!("Suivante");
    let bundle = read(&value.to_string()).unwrap();
    assert_eq!(
        bundle.locale.get(steppe_core::locale::Key::CarouselNext),
        "Suivante"
    );
}

#[test]
fn odd_numbers_foreign_path_data_and_points_outside_the_map_are_refused_with_their_path() {
    let text = steppe_core::DEFAULT_BUNDLE;
    let x = default_bundle().map.regions[0].x;
    for (bad, path) in [
        ("1e400", "$.map.regions[0].x"),
        ("-5", "$.map.regions[0].x"),
        ("5000", "$.map.regions[0].x"),
        ("NaN", "$.map.regions[0].x"),
        ("Infinity", "$.map.regions[0].x"),
        ("\"7\"", "$.map.regions[0].x"),
    ] {
        let changed = text.replacen(&format!("\"x\":{x:?}"), &format!("\"x\":{bad}"), 1);
        assert_ne!(changed, text);
        let problem = read(&changed).unwrap_err();
        assert_eq!(problem.path, path, "{bad}");
        assert!(problem.hint.unwrap().contains("steppe check"));
    }
    for (field, bad) in [
        ("route", "M0 0L1e400 0Z"),
        ("land", "M0 0\"/><script>"),
        ("arrows", "M NaN 0"),
    ] {
        let mut value = default_value();
        value["map"][field] = json!(bad);
        assert_eq!(refused(&value), format!("$.map.{field}"));
    }
    let mut value = default_value();
    value["map"]["labels"][0]["y"] = json!(f64::from(default_bundle().map.height) + 1.0);
    assert_eq!(refused(&value), "$.map.labels[0]");
}

#[test]
fn links_that_are_not_web_addresses_are_refused() {
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " https://example.com/",
        "https://exa\u{0001}mple.com/",
        "data:text/html,<script>alert(1)</script>",
        "//example.com/",
        "https://",
    ] {
        let mut value = default_value();
        value["story"]["source"]["url"] = json!(bad);
        assert_eq!(refused(&value), "$.story.source.url", "{bad:?}");
        let mut value = default_value();
        value["story"]["sources"][1]["url"] = json!(bad);
        assert_eq!(refused(&value), "$.story.sources[1].url", "{bad:?}");
    }
}

#[test]
fn references_to_what_the_story_does_not_have_are_refused() {
    type Change = fn(&mut Value);
    let cases: [(&str, Change); 6] = [
        ("$.story.quotes[2].speaker", |v| {
            v["story"]["quotes"][2]["speaker"] = json!("nobody")
        }),
        ("$.story.quotes[0].regions", |v| {
            v["story"]["quotes"][0]["regions"][0] = json!("ATL")
        }),
        ("$.story.quotes[0].topics", |v| {
            v["story"]["quotes"][0]["topics"] = json!(["x"])
        }),
        ("$.story.regions[1].role", |v| {
            v["story"]["regions"][1]["role"] = json!("villain")
        }),
        ("$.story.route[0].place", |v| {
            v["story"]["route"][0]["place"] = json!("atlantis")
        }),
        ("$.map.places[0].id", |v| {
            v["map"]["places"][0]["id"] = json!("atlantis")
        }),
    ];
    for (path, change) in cases {
        let mut value = default_value();
        change(&mut value);
        assert_eq!(refused(&value), path);
    }
}

#[test]
fn limits_nesting_size_and_lone_surrogates_are_refused_before_any_work() {
    let huge = format!("{{\"format\":1,\"x\":\"{}\"}}", "a".repeat(MAX_BYTES));
    assert!(read(&huge).unwrap_err().message.contains("bytes"));

    let deep = format!(
        "{{\"format\":1,\"x\":{}{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    assert!(read(&deep).unwrap_err().message.contains("nested"));

    let mut value = default_value();
    let quote = value["story"]["quotes"][0].clone();
    value["story"]["quotes"] = Value::Array(vec![quote; 10_000]);
    let many = read(&value.to_string()).unwrap_err();
    assert_eq!(many.path, "$.story.quotes");
    assert!(many.message.contains("more than 200"), "{many}");

    let mut value = default_value();
    value["story"]["title"] = json!("x".repeat(3001));
    assert_eq!(refused(&value), "$.story.title");

    let text = steppe_core::DEFAULT_BUNDLE.replacen("\"title\":\"", "\"title\":\"\\ud800 ", 1);
    assert_eq!(read(&text).unwrap_err().path, "$.story.title");
    let pair =
        steppe_core::DEFAULT_BUNDLE.replacen("\"title\":\"", "\"title\":\"\\ud83d\\ude00", 1);
    assert!(read(&pair).unwrap().story.title.starts_with('😀'));
}

/// Every place in `value` where a value sits, as JSON pointers.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{i}"), out);
            }
        }
        Value::Object(members) => {
            for (key, item) in members {
                pointers(item, format!("{at}/{key}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn arbitrary_bytes_are_refused_with_a_path_and_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let text = String::from_utf8_lossy(&bytes);
        let problem = read(&text).unwrap_err();
        prop_assert!(problem.path.starts_with('$'));
    }

    #[test]
    fn a_cut_bundle_is_refused_and_never_panics(cut in 0usize..41_000) {
        let text = steppe_core::DEFAULT_BUNDLE;
        let mut cut = cut.min(text.len() - 2);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        prop_assert!(read(&text[..cut]).is_err());
    }

    #[test]
    fn an_arbitrary_value_anywhere_is_refused_or_safe(which in any::<prop::sample::Index>(), new in any_json()) {
        let mut value = default_value();
        let mut all = Vec::new();
        pointers(&value, String::new(), &mut all);
        let at = which.get(&all).clone();
        if at.is_empty() {
            value = new;
        } else {
            *value.pointer_mut(&at).unwrap() = new;
        }
        match read(&value.to_string()) {
            Ok(bundle) => assert_safe(&bundle),
            Err(problem) => prop_assert!(problem.path.starts_with('$'), "{}", problem),
        }
    }

    #[test]
    fn any_text_round_trips(title in "\\PC{0,200}", quote in ".{1,300}", name in "[^\"]{1,40}") {
        let mut bundle = default_bundle();
        bundle.story.title = title;
        bundle.story.quotes[0].text = quote;
        bundle.story.speakers[0].name = name;
        prop_assert_eq!(read(&bundle.to_json()), Ok(bundle));
    }
}

#[test]
fn nesting_counts_depth_not_siblings_and_every_json_escape_reads() {
    // Hundreds of empty arrays and objects side by side nest one level, not hundreds.
    let many = format!(
        "{{\"format\":1,\"x\":[{}],{}",
        ["{}", "[]", "[{}]", "{\"a\":[]}"].repeat(100).join(","),
        &steppe_core::DEFAULT_BUNDLE[1..]
    );
    assert!(read(&many).is_ok(), "{:?}", read(&many).err());
    // `\/` is an escaped solidus, as JSON has it.
    let mut value = default_value();
    value["story"]["source"]["url"] = json!("https://example.org/");
    let escaped = value
        .to_string()
        .replace("https://example.org/", "https:\\/\\/example.org\\/");
    assert_eq!(
        read(&escaped).unwrap().story.source.url,
        "https://example.org/"
    );
    // Every escape JSON has.
    let mut value = default_value();
    value["story"]["title"] = json!("TITLE");
    let every = value
        .to_string()
        .replace("TITLE", r#"\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"#);
    assert_eq!(
        read(&every).unwrap().story.title,
        "\"\\/\u{8}\u{c}\n\r\t\u{e9}\u{1f600}"
    );
    // A `\u` escape cut short, at the end of the text or before the string's end.
    for cut in [
        "{\"format\":1,\"x\":\"\\u12",
        "{\"format\":1,\"x\":\"\\u12\"}",
    ] {
        let refused = read(cut).unwrap_err();
        assert_eq!(refused.message, "a bad \\u escape", "{cut}");
    }
}

#[test]
fn a_map_needs_both_its_sides() {
    for side in ["width", "height"] {
        let mut value = default_value();
        value["map"][side] = json!(0);
        let refused = read(&value.to_string()).unwrap_err();
        assert_eq!(
            (refused.path.as_str(), refused.message.as_str()),
            ("$.map", "a map without its size"),
            "{side}"
        );
    }
}
