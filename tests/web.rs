//! The widget shell in a real browser (headless Chromium through wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use steppe_core::embed;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn new_element() -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let element: HtmlElement = document
        .create_element("steppe-story")
        .unwrap()
        .unchecked_into();
    document.body().unwrap().append_child(&element).unwrap();
    element
}

fn texts(element: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = element.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
fn shell_mounts_and_shows_every_quote_with_its_speaker() {
    let element = new_element();
    embed::mount(element.clone());
    let story = embed::default_bundle().unwrap().story;

    assert_eq!(texts(&element, "h2"), std::slice::from_ref(&story.title));
    let quotes = texts(&element, "blockquote");
    let expected: Vec<_> = story.quotes.iter().map(|q| q.text.clone()).collect();
    assert_eq!(quotes, expected);
    let speakers = texts(&element, "cite");
    let expected: Vec<_> = story
        .quotes
        .iter()
        .map(|q| story.speaker(&q.speaker).unwrap().name.clone())
        .collect();
    assert_eq!(speakers, expected);
}

#[wasm_bindgen_test]
fn mounting_twice_gives_one_widget() {
    let element = new_element();
    embed::mount(element.clone());
    embed::mount(element.clone());
    assert_eq!(texts(&element, "article").len(), 1);
}

#[wasm_bindgen_test]
fn a_bad_story_shows_its_problems_inside_the_box() {
    let element = new_element();
    let bad = steppe_core::DEFAULT_STORY
        .replace("\"speaker\": \"pan-dawei\"", "\"speaker\": \"pan-dawie\"");
    embed::show(&element, embed::parse(&bad), "test.json");
    let items = texts(&element, "[role=alert] li");
    assert_eq!(items.len(), 1, "{items:?}");
    assert!(items[0].starts_with("$.quotes[14].speaker"), "{}", items[0]);
    assert!(
        items[0].contains("did you mean \"pan-dawei\"?"),
        "{}",
        items[0]
    );
    assert!(texts(&element, "blockquote").is_empty());
}

#[wasm_bindgen_test]
fn malformed_json_is_reported_not_panicked() {
    let element = new_element();
    embed::show(&element, embed::parse("{\"title\": "), "broken.json");
    let items = texts(&element, "[role=alert] li");
    assert_eq!(items.len(), 1);
    assert!(items[0].starts_with("$ malformed JSON"), "{}", items[0]);
}

#[wasm_bindgen_test]
fn the_map_has_a_button_for_every_region_on_it() {
    let element = new_element();
    embed::mount(element.clone());
    let loaded = embed::default_bundle().unwrap();
    let map = loaded.map.expect("the built-in bundle has a map");
    let buttons = element.query_selector_all("svg [role=button]").unwrap();
    assert_eq!(buttons.length() as usize, map.regions.len());
    let names: Vec<String> = (0..buttons.length())
        .map(|i| {
            buttons
                .item(i)
                .unwrap()
                .unchecked_into::<web_sys::Element>()
                .get_attribute("aria-label")
                .unwrap()
        })
        .collect();
    for region in loaded
        .story
        .regions
        .iter()
        .filter(|r| r.on_map != Some(false))
    {
        assert!(
            names.contains(&region.name),
            "{} has no button",
            region.name
        );
    }
    assert!(
        !names.contains(&"United States".to_owned()),
        "off-map regions are only in the list"
    );
    assert_eq!(
        texts(&element, ".steppe-region-list button").len(),
        loaded.story.regions.len()
    );
}

#[wasm_bindgen_test]
fn a_bare_story_shows_without_a_map() {
    let element = new_element();
    embed::show(
        &element,
        embed::parse(steppe_core::DEFAULT_STORY),
        "story.json",
    );
    assert_eq!(texts(&element, "blockquote").len(), 21);
    assert!(element.query_selector("svg").unwrap().is_none());
}
