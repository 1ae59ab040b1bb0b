//! The built-in catalogues and a story's `lang` and `strings`: every catalogue has every
//! key with the plural forms its language needs and the placeholders the key fills, and
//! `steppe check` says what is wrong with a story's own strings.

use std::collections::BTreeSet;
use steppe_core::locale::catalogue::{self, BUILT_IN};
use steppe_core::locale::{placeholders, Category, Dir, Key, Locale, Plural, Text};
use steppe_core::story::Story;

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).expect("a catalogue is JSON")
}

/// The placeholders a catalogue's value for a key uses, over all its forms.
fn used(value: &serde_json::Value) -> BTreeSet<String> {
    let texts: Vec<&str> = match value {
        serde_json::Value::String(s) => vec![s],
        serde_json::Value::Object(forms) => forms.values().filter_map(|v| v.as_str()).collect(),
        _ => panic!("a string or plural forms: {value}"),
    };
    texts
        .into_iter()
        .flat_map(placeholders)
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_catalogue_has_every_key_and_no_other() {
    let names: BTreeSet<&str> = Key::ALL.iter().map(|k| k.name()).collect();
    for (tag, text) in BUILT_IN {
        let file = json(text);
        let keys: BTreeSet<&str> = file["strings"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, names, "{tag}");
        assert_eq!(file["lang"], tag);
    }
}

#[test]
fn every_counted_string_has_its_language_s_forms_and_no_other_is_counted() {
    for (tag, text) in BUILT_IN {
        let locale = catalogue::built_in(tag).unwrap();
        let file = json(text);
        for key in Key::ALL {
            let value = &file["strings"][key.name()];
            match (key.counted(), value) {
                (None, serde_json::Value::String(_)) => {}
                (None, other) => panic!("{tag} {}: one text, not {other}", key.name()),
                // A language without plural forms writes one text.
                (Some(_), serde_json::Value::String(_)) => {
                    assert_eq!(locale.plural, Plural::Zh, "{tag} {}", key.name())
                }
                (Some(_), serde_json::Value::Object(forms)) => {
                    let written: BTreeSet<&str> = forms.keys().map(String::as_str).collect();
                    let needed: BTreeSet<&str> = locale
                        .plural
                        .categories()
                        .iter()
                        .chain([&Category::Other])
                        .map(|c| c.as_str())
                        .collect();
                    assert_eq!(written, needed, "{tag} {}", key.name());
                }
                (Some(_), other) => panic!("{tag} {}: {other}", key.name()),
            }
        }
    }
}

#[test]
fn every_translation_fills_the_placeholders_english_does() {
    let english = json(BUILT_IN[0].1);
    for (tag, text) in &BUILT_IN[1..] {
        let file = json(text);
        for key in Key::ALL {
            let name = key.name();
            assert_eq!(
                used(&file["strings"][name]),
                used(&english["strings"][name]),
                "{tag} {name}"
            );
        }
    }
}

#[test]
fn each_language_s_direction_rule_and_digits() {
    let expected = [
        ("en", Dir::Ltr, Plural::En, "21"),
        ("zh-Hant", Dir::Ltr, Plural::Zh, "21"),
        ("zh-Hans", Dir::Ltr, Plural::Zh, "21"),
        ("ar", Dir::Rtl, Plural::Ar, "٢١"),
        ("ru", Dir::Ltr, Plural::Ru, "21"),
        ("es", Dir::Ltr, Plural::Es, "21"),
        ("fr", Dir::Ltr, Plural::Fr, "21"),
    ];
    for (tag, dir, plural, n) in expected {
        let locale = catalogue::built_in(tag).unwrap();
        assert_eq!(
            (locale.dir, locale.plural, locale.number(21).as_str()),
            (dir, plural, n),
            "{tag}"
        );
    }
}

#[test]
fn counts_take_each_language_s_forms() {
    let unit = |tag: &str, n| {
        let locale = catalogue::resolve(Some(tag), &[]).locale;
        locale.count(Key::FiltersUnit, n, &[])
    };
    assert_eq!(
        [1, 2, 21].map(|n| unit("en", n)),
        ["viewpoint", "viewpoints", "viewpoints"]
    );
    assert_eq!(
        [1, 2, 5, 21].map(|n| unit("ru", n)),
        ["мнение", "мнения", "мнений", "мнение"]
    );
    assert_eq!(
        [0, 1, 2].map(|n| unit("fr", n)),
        ["point de vue", "point de vue", "points de vue"]
    );
    assert_eq!(
        [1, 2, 3, 11, 100].map(|n| unit("ar", n)),
        ["وجهة نظر", "وجهتا نظر", "وجهات نظر", "وجهة نظر", "وجهة نظر"]
    );
    assert_eq!([1, 21].map(|n| unit("zh-Hant", n)), ["則觀點", "則觀點"]);
    let status = catalogue::resolve(Some("zh-Hant"), &[]).locale;
    assert_eq!(
        status.count(Key::FiltersStatus, 4, &[("shown", "2")]),
        "顯示2則，共4則觀點"
    );
}

#[test]
fn a_tag_takes_its_language_s_catalogue_and_direction() {
    for (tag, catalogue) in [
        ("en-GB", Some("en")),
        ("zh", Some("zh-Hans")),
        ("zh-CN", Some("zh-Hans")),
        ("zh-TW", Some("zh-Hant")),
        ("zh-HK", Some("zh-Hant")),
        ("zh-Hant-CN", Some("zh-Hant")),
        ("zh-Hans-HK", Some("zh-Hans")),
        ("AR-eg", Some("ar")),
        ("es-419", Some("es")),
        ("fr-CA", Some("fr")),
        ("de", None),
        ("he", None),
    ] {
        assert_eq!(catalogue::catalogue_for(tag), catalogue, "{tag}");
    }
    for (tag, dir) in [
        ("he", Dir::Rtl),
        ("fa-IR", Dir::Rtl),
        ("ur", Dir::Rtl),
        ("az-Arab", Dir::Rtl),
        ("ar-Latn", Dir::Ltr),
        ("de", Dir::Ltr),
        ("ug-Cyrl", Dir::Ltr),
    ] {
        assert_eq!(catalogue::direction(tag), dir, "{tag}");
    }
    let he = catalogue::resolve(Some("he"), &[]);
    assert_eq!(
        (
            he.catalogue,
            he.locale.dir,
            he.locale.get(Key::CarouselNext)
        ),
        (None, Dir::Rtl, "Next")
    );
}

#[test]
fn the_readme_lists_every_key() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
    for key in Key::ALL {
        assert!(
            readme.contains(&format!("`{}`", key.name())),
            "README lacks {}",
            key.name()
        );
    }
}

/// The built-in story with `lang` and `strings` set as `edit` says.
fn story_with(edit: impl FnOnce(&mut serde_json::Value)) -> Result<Story, Vec<String>> {
    let mut story: serde_json::Value = serde_json::from_str(steppe_core::DEFAULT_STORY).unwrap();
    edit(&mut story);
    Story::from_json_text(&story.to_string())
        .map_err(|ps| ps.iter().map(ToString::to_string).collect())
}

#[test]
fn a_story_s_strings_override_its_catalogue_s() {
    let story = story_with(|s| {
        s["lang"] = "fr".into();
        s["strings"] = serde_json::json!({
            "carousel.next": "Après",
            "filters.unit": { "one": "avis", "other": "avis" },
        });
    })
    .unwrap();
    let locale = story.locale();
    assert_eq!(locale.get(Key::CarouselNext), "Après");
    assert_eq!(locale.count(Key::FiltersUnit, 3, &[]), "avis");
    assert_eq!(
        locale.get(Key::CarouselPrevious),
        "Précédente",
        "the rest is the catalogue's"
    );
    assert!(story.notes().is_empty());
}

#[test]
fn check_reports_a_bad_lang_and_bad_strings_with_what_to_write() {
    let problems = story_with(|s| {
        s["lang"] = "arabic".into();
        s["strings"] = serde_json::json!({
            "carousel.nxet": "Weiter",
            "previous": "Zurück",
            "carousel.next": { "one": "a", "other": "b" },
            "filters.status": { "one": "{shown} von {total}" },
            "slide.label": "{n} von {count}",
            "filters.clear": " ",
        });
    })
    .unwrap_err();
    let has = |words: &[&str]| {
        assert!(
            problems.iter().any(|p| words.iter().all(|w| p.contains(w))),
            "{words:?} in {problems:#?}"
        )
    };
    has(&[
        "$.lang: not a BCP 47 language tag",
        "\"arabic\"",
        "\"zh-Hant\"",
    ]);
    has(&[
        "$.strings.carousel.nxet: the widget has no string with this key",
        "did you mean \"carousel.next\"?",
    ]);
    has(&["$.strings.previous:", "did you mean \"carousel.previous\"?"]);
    has(&["$.strings.carousel.next: this string is not counted"]);
    has(&["$.strings.filters.status: plural forms without \"other\""]);
    has(&[
        "$.strings.slide.label: a placeholder this string does not fill",
        "{count}",
        "{n}, {total}",
    ]);
    has(&["$.strings.filters.clear: must not be empty"]);
    let problems = story_with(|s| s["strings"] = serde_json::json!({ "filters.unit": { "single": "x", "other": "y" }, "carousel.next": 3 })).unwrap_err();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("$.strings.filters.unit.single: not a plural category")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("$.strings.carousel.next: expected a string")),
        "{problems:?}"
    );
}

#[test]
fn a_language_without_a_catalogue_is_a_note_not_a_problem() {
    let story = story_with(|s| s["lang"] = "he".into()).unwrap();
    let notes: Vec<String> = story.notes().iter().map(ToString::to_string).collect();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].starts_with("$.lang: the widget has no built-in words in this language"),
        "{}",
        notes[0]
    );
    assert!(
        notes[0].contains("right to left") && notes[0].contains("zh-Hant"),
        "{}",
        notes[0]
    );
    assert!(story_with(|s| s["lang"] = "zh-TW".into())
        .unwrap()
        .notes()
        .is_empty());
}

#[test]
fn a_bundle_s_locale_is_read_back_and_english_fills_what_it_lacks() {
    let ar = catalogue::built_in("ar").unwrap();
    let written = serde_json::to_string(&ar).unwrap();
    let read = steppe_core::bundle::read::locale(&written, Some(Locale::english())).unwrap();
    for key in Key::ALL.iter().filter(|k| k.browser()) {
        assert_eq!(read.text(*key), ar.text(*key), "{}", key.name());
    }
    assert_eq!(
        (read.dir, read.plural, read.digits),
        (ar.dir, ar.plural, ar.digits)
    );
    // The dates are written at build time, so the bundle does not carry them.
    assert_eq!(
        read.get(Key::DateMonths),
        Locale::english().get(Key::DateMonths)
    );
    let partial = steppe_core::bundle::read::locale(
        r#"{"lang": "xx", "strings": {"carousel.next": "→"}}"#,
        Some(Locale::english()),
    )
    .unwrap();
    assert_eq!(
        (
            partial.get(Key::CarouselNext),
            partial.get(Key::CarouselPrevious)
        ),
        ("→", "Previous")
    );
    for bad in [
        r#"{"digits": "0123"}"#,
        r#"{"strings": {"filters.unit": {"one": "x"}}}"#,
        r#"{"plural": "klingon"}"#,
        r#"{"strings": {"carousel.next": 7}}"#,
    ] {
        assert!(
            steppe_core::bundle::read::locale(bad, None).is_err(),
            "{bad}"
        );
    }
    assert!(matches!(ar.text(Key::FiltersUnit), Text::Forms(f) if f.len() == 6));
}

#[test]
fn the_built_in_story_is_english_and_its_bundle_carries_every_word_the_browser_reads() {
    // The wasm's English words are the built-in bundle's (`Locale::english`).
    let carried =
        steppe_core::bundle::read::bundle_locale(steppe_core::DEFAULT_BUNDLE, None).unwrap();
    assert_eq!(carried.lang, "en");
    for key in Key::ALL.iter().filter(|k| k.browser()) {
        assert_eq!(
            carried.text(*key),
            Locale::english().text(*key),
            "{}",
            key.name()
        );
    }
}

#[test]
fn a_refused_bundle_still_shows_its_error_in_its_own_language() {
    // A French bundle whose story is broken: its words are read on their own, before it.
    let mut value: serde_json::Value = serde_json::from_str(steppe_core::DEFAULT_BUNDLE).unwrap();
    value["locale"]["lang"] = "fr".into();
    value["locale"]["strings"]["problems.title"] =
        "Cette histoire ne peut pas être affichée.".into();
    value["story"]["title"] = 7.into();
    let text = value.to_string();
    assert!(steppe_core::bundle::read::read(&text).is_err());
    let words = steppe_core::bundle::read::locale_of_bundle(&text).unwrap();
    assert_eq!(words.lang, "fr");
    assert_eq!(
        words.get(Key::ProblemsTitle),
        "Cette histoire ne peut pas être affichée."
    );
    // What the bundle lacks is English.
    assert_eq!(words.get(Key::CarouselNext), "Next");
    // Nothing before the locale but the format: no locale, no words.
    assert!(steppe_core::bundle::read::locale_of_bundle(r#"{"format":1,"story":{}}"#).is_none());
    assert!(steppe_core::bundle::read::locale_of_bundle("not json").is_none());
}

#[test]
fn a_language_tag_is_two_or_three_letters_then_subtags_of_one_to_eight() {
    use steppe_core::locale::catalogue::well_formed;
    for good in [
        "ar",
        "fil",
        "zh-Hant",
        "es-419",
        "sr-Latn-RS",
        "de-1996",
        "en-a-bbbbbbbb",
    ] {
        assert!(well_formed(good), "{good}");
    }
    for bad in [
        "",
        "a",
        "abcd",
        "12",
        "e1",
        "arabic",
        "zh_TW",
        "en-",
        "en--GB",
        "en-123456789",
        "en-G!",
    ] {
        assert!(!well_formed(bad), "{bad}");
    }
}
