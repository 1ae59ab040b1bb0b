//! Country names as news writes them (`countries`): from the data packages, with the
//! filters that keep codes and fragments from matching ordinary words.
#![cfg(not(target_arch = "wasm32"))]

use steppe_editorial::countries::Countries;
use steppe_editorial::data::{path, COUNTRIES, COUNTRY_ALIASES};

fn countries() -> Countries {
    Countries::load(&path(COUNTRIES), &path(COUNTRY_ALIASES)).unwrap()
}

#[test]
fn names_short_forms_and_demonyms_but_no_two_letter_code_or_short_root() {
    let c = countries();
    for (name, code) in [
        ("US", Some("USA")),
        ("UK", Some("GBR")),
        ("U.S.", Some("USA")),
        ("UAE", Some("ARE")),
        ("Turkey", Some("TUR")),
        ("Cape Verde", Some("CPV")),
        ("Virgin Islands, U.S.", Some("VIR")),
        ("Kazakh", Some("KAZ")),
        ("Afghan", Some("AFG")),
        ("AF", None),
        ("KZ", None),
        ("Pak", None),
    ] {
        assert_eq!(c.code(name), code, "{name}");
    }
}

#[test]
fn every_country_a_text_names_in_order_with_its_words() {
    let c = countries();
    let found = |text: &str| -> Vec<(String, String)> {
        c.in_text(text)
            .into_iter()
            .map(|(code, words)| (code.to_owned(), words))
            .collect()
    };
    let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    };
    assert_eq!(
        found("The U.S. and Kazakh-born officials met in Russia's capital with the UAE."),
        pairs(&[
            ("USA", "U.S."),
            ("KAZ", "Kazakh-born"),
            ("RUS", "Russia"),
            ("ARE", "UAE")
        ])
    );
    assert_eq!(
        found("South Korea-based firms, and the United States of America, and again the U.S."),
        pairs(&[
            ("KOR", "South Korea-based"),
            ("USA", "United States of America")
        ])
    );
    assert_eq!(
        found("AF and Pak are not names; Kazakhstan is."),
        pairs(&[("KAZ", "Kazakhstan")])
    );
}

#[test]
fn aliases_and_other_spellings_are_names_but_two_letter_ones_are_not() {
    let c = Countries::from_json(
        r#"[{"cca3": "VNM", "cca2": "VN", "independent": true,
             "name": {"common": "Vietnam"}, "altSpellings": ["VN", "Viet Nam SR"]},
            {"cca3": "TUR", "cca2": "TR", "independent": true, "name": {"common": "Türkiye"}}]"#,
    )
    .unwrap()
    .with_aliases(
        r#"{"countries": {"VN": "Viet Nam", "TR": ["Turkey", "TR", "Tur"], "XX": "Nowhere"}}"#,
    )
    .unwrap();
    for (name, code) in [
        ("Vietnam", Some("VNM")),
        ("Viet Nam SR", Some("VNM")),
        ("Viet Nam", Some("VNM")),
        ("Turkey", Some("TUR")),
        ("Tur", Some("TUR")),
        ("VN", None),
        ("TR", None),
        ("Nowhere", None),
    ] {
        assert_eq!(c.code(name), code, "{name}");
    }
}

#[test]
fn an_apostrophe_inside_a_name_is_the_names() {
    let c = countries();
    let found: Vec<&str> = c
        .in_text("Ministers flew to Côte d'Ivoire on Monday.")
        .into_iter()
        .map(|(code, _)| code)
        .collect();
    assert_eq!(found, ["CIV"]);
}
