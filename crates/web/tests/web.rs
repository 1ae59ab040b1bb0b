//! The widget shell in a real browser (headless Chromium through wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use steppe_web::embed;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

/// A host element with a shadow root, as the loader makes them.
fn new_element() -> (HtmlElement, ShadowRoot) {
    let document = web_sys::window().unwrap().document().unwrap();
    let element: HtmlElement = document
        .create_element("steppe-story")
        .unwrap()
        .unchecked_into();
    document.body().unwrap().append_child(&element).unwrap();
    let root = element
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    (element, root)
}

/// The built-in story's bundle as the loader hands it to `mount` (it fetches it beside the
/// wasm, which does not carry it).
fn built_in() -> wasm_bindgen::JsValue {
    wasm_bindgen::JsValue::from_str(steppe_core::DEFAULT_BUNDLE)
}

/// The built-in story, as the widgets that `built_in()` mounted read it (once per page).
fn built_in_story() -> std::sync::Arc<steppe_core::story::Story> {
    embed::default_bundle(|| built_in().as_string())
        .unwrap()
        .story
}

fn texts(root: &ShadowRoot, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn shell_mounts_and_shows_every_quote_with_its_speaker() {
    let (element, root) = new_element();
    let _widget = embed::mount(element, root.clone(), None, built_in());
    let story = built_in_story();
    // The mount builds the card shown first; the others when first shown, or for print.
    assert_eq!(texts(&root, "blockquote"), [story.quotes[0].text.clone()]);
    assert_eq!(texts(&root, ".steppe-slide").len(), story.quotes.len());
    before_print().await;

    assert_eq!(texts(&root, "h2"), std::slice::from_ref(&story.title));
    let quotes = texts(&root, "blockquote");
    let expected: Vec<_> = story.quotes.iter().map(|q| q.text.clone()).collect();
    assert_eq!(quotes, expected);
    let speakers = texts(&root, "cite");
    let expected: Vec<_> = story
        .quotes
        .iter()
        .map(|q| story.speaker(&q.speaker).unwrap().name.clone())
        .collect();
    assert_eq!(speakers, expected);
}

/// A `stash` that counts its calls in the returned cell.
fn counting_stash() -> (js_sys::Function, std::rc::Rc<std::cell::Cell<u32>>) {
    let calls = std::rc::Rc::new(std::cell::Cell::new(0));
    let counter = calls.clone();
    let stash =
        wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || counter.set(counter.get() + 1));
    (stash.into_js_value().unchecked_into(), calls)
}

#[wasm_bindgen_test]
fn the_loader_stashes_the_fallback_once_the_live_widget_shows_and_not_for_a_problem() {
    let (element, root) = new_element();
    let (stash, live) = counting_stash();
    let _widget = embed::mount(element, root.clone(), Some(stash), built_in());
    assert_eq!(live.get(), 1);

    let (element, root) = new_element();
    let (stash, refused) = counting_stash();
    let story = embed::parse(steppe_core::DEFAULT_STORY);
    let _widget = embed::mount_loaded(&element, &root, story, "story.json", Some(stash));
    assert_eq!(
        refused.get(),
        0,
        "a problem shows over the fallback, which stays"
    );
}

#[wasm_bindgen_test]
fn mounting_twice_gives_one_widget() {
    let (element, root) = new_element();
    let _first = embed::mount(element.clone(), root.clone(), None, built_in());
    let _second = embed::mount(element, root.clone(), None, built_in());
    assert_eq!(texts(&root, "article").len(), 1);
}

#[wasm_bindgen_test]
fn dropping_the_handle_unmounts_the_widget() {
    let (element, root) = new_element();
    let widget = embed::mount(element, root.clone(), None, built_in());
    assert_eq!(texts(&root, "article").len(), 1);
    drop(widget);
    assert!(texts(&root, "article").is_empty());
}

/// Opens the widget's filters, as a reader does with the disclosure button.
async fn open_filters(root: &ShadowRoot) {
    root.query_selector(".steppe-disclosure")
        .unwrap()
        .expect("the filters' disclosure")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    settle().await;
}

/// Lets the browser paint a frame and run the tasks queued from it: the carousel builds
/// the cards the first screen does not show then.
async fn after_first_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    settle().await;
}

/// What the browser does before it prints the page.
async fn before_print() {
    let event = web_sys::Event::new("beforeprint").unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn a_card_not_yet_built_is_built_when_it_is_shown() {
    let (element, root) = new_element();
    let widget = embed::mount(element, root.clone(), None, built_in());
    let story = built_in_story();
    // Before the first frame: the reader steps to a card the mount did not build.
    widget.show_quote(story.quotes[5].id.clone());
    settle().await;
    let shown = root
        .query_selector(".steppe-slide:not([hidden]) blockquote")
        .unwrap()
        .and_then(|b| b.text_content());
    assert_eq!(shown.as_ref(), Some(&story.quotes[5].text));
    // After the first frame, only the cards shown so far are built; printing builds the rest.
    after_first_frame().await;
    assert_eq!(texts(&root, "blockquote").len(), 2);
    before_print().await;
    assert_eq!(texts(&root, "blockquote").len(), story.quotes.len());
}

/// Lets the browser run queued tasks (Leptos runs effects asynchronously).
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().unwrap();
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn the_handle_changes_the_state_and_the_host_hears_of_it() {
    use std::{cell::RefCell, rc::Rc};
    use wasm_bindgen::closure::Closure;
    let (element, root) = new_element();
    let heard = Rc::new(RefCell::new(Vec::<String>::new()));
    let listener = {
        let heard = heard.clone();
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
            let region = js_sys::Reflect::get(&e.detail(), &"region".into()).unwrap();
            heard.borrow_mut().push(format!(
                "{}:{}",
                e.type_(),
                region.as_string().unwrap_or_default()
            ));
        })
    };
    element
        .add_event_listener_with_callback("steppe:select-region", listener.as_ref().unchecked_ref())
        .unwrap();
    let widget = embed::mount(element.clone(), root.clone(), None, built_in());
    settle().await;
    assert!(heard.borrow().is_empty(), "mounting announces nothing");
    widget.select_region("KAZ".into());
    settle().await;
    let pressed = root
        .query_selector("svg [data-region=KAZ]")
        .unwrap()
        .unwrap()
        .get_attribute("aria-pressed");
    assert_eq!(pressed.as_deref(), Some("true"));
    assert_eq!(*heard.borrow(), ["steppe:select-region:KAZ"]);
    widget.clear();
    settle().await;
    assert_eq!(heard.borrow().len(), 2);
}

#[wasm_bindgen_test]
fn a_bad_bundle_shows_its_problem_inside_the_box() {
    let (element, root) = new_element();
    let bad = steppe_core::DEFAULT_BUNDLE
        .replace("\"speaker\":\"pan-dawei\"", "\"speaker\":\"pan-dawie\"");
    let _widget = embed::mount_loaded(&element, &root, embed::parse(&bad), "test.json", None);
    let items = texts(&root, "[role=alert] li");
    assert_eq!(items.len(), 1, "{items:?}");
    assert!(
        items[0].starts_with("$.story.quotes[14].speaker names a speaker the story does not have"),
        "{}",
        items[0]
    );
    assert!(items[0].contains("run `steppe check`"), "{}", items[0]);
    assert!(texts(&root, "blockquote").is_empty());
}

#[wasm_bindgen_test]
fn malformed_json_is_reported_not_panicked() {
    let (element, root) = new_element();
    // Cut inside the story (the locale comes first).
    let story = steppe_core::DEFAULT_BUNDLE.find("\"story\"").unwrap();
    let text = &steppe_core::DEFAULT_BUNDLE[..story + 2000];
    let _widget = embed::mount_loaded(&element, &root, embed::parse(text), "broken.json", None);
    let items = texts(&root, "[role=alert] li");
    assert_eq!(items.len(), 1);
    assert!(items[0].starts_with("$.story."), "{}", items[0]);
    assert!(items[0].contains("steppe check"), "{}", items[0]);
}

#[wasm_bindgen_test]
async fn the_map_has_a_button_for_every_region_on_it() {
    let (element, root) = new_element();
    let _widget = embed::mount(element, root.clone(), None, built_in());
    let loaded = embed::default_bundle(|| built_in().as_string()).unwrap();
    let map = loaded.map.expect("the built-in bundle has a map");
    let buttons = root.query_selector_all("svg [role=button]").unwrap();
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
    for region in loaded.story.regions.iter().filter(|r| r.is_on_map()) {
        assert!(
            names.contains(&region.name),
            "{} has no button",
            region.name
        );
    }
    assert!(
        !names.contains(&"United States".to_owned()),
        "off-map regions are only in the filter"
    );
    // Every country a quote concerns, on the map or not, is one button of "Country concerned".
    let concerned = loaded
        .story
        .regions
        .iter()
        .filter(|r| {
            loaded
                .story
                .quotes
                .iter()
                .any(|q| q.regions.contains(&r.id))
        })
        .count();
    // The filter groups are built when the reader first opens them.
    assert!(texts(&root, ".steppe-filter-group").is_empty());
    open_filters(&root).await;
    assert_eq!(
        texts(&root, ".steppe-filter-group:first-of-type button").len(),
        concerned
    );
}

#[wasm_bindgen_test]
fn a_story_file_is_refused_with_what_to_do() {
    let (element, root) = new_element();
    let _widget = embed::mount_loaded(
        &element,
        &root,
        embed::parse(steppe_core::DEFAULT_STORY),
        "story.json",
        None,
    );
    let items = texts(&root, "[role=alert] li");
    assert_eq!(items.len(), 1);
    assert!(
        items[0].contains("a story file, not a bundle"),
        "{}",
        items[0]
    );
    assert!(items[0].contains("steppe build"), "{}", items[0]);
    assert!(texts(&root, "blockquote").is_empty());
}

/// The built-in bundle with its story changed by `edit`, mounted in a new element.
fn mount_edited(edit: impl FnOnce(&mut serde_json::Value)) -> (ShadowRoot, embed::Handle) {
    let mut bundle: serde_json::Value = serde_json::from_str(steppe_core::DEFAULT_BUNDLE).unwrap();
    edit(&mut bundle["story"]);
    let (element, root) = new_element();
    let handle = embed::mount_loaded(
        &element,
        &root,
        embed::parse(&bundle.to_string()),
        "edited",
        None,
    );
    assert!(
        root.query_selector(".steppe-problems").unwrap().is_none(),
        "the edited story is valid: {:?}",
        texts(&root, ".steppe-problems li")
    );
    (root, handle)
}

/// Markup that would run or style something if it were ever parsed as HTML.
const PAYLOADS: [&str; 4] = [
    "<img src=x onerror=\"window.steppePwned=1\">",
    "<svg onload=\"window.steppePwned=1\"></svg>",
    "</style><script>window.steppePwned=1</script>",
    "<a href=\"javascript:window.steppePwned=1\">x</a>&amp;",
];

/// Puts a payload into every field a reader sees as text.
fn inject(value: &mut serde_json::Value, n: &mut usize) {
    const TEXT: [&str; 10] = [
        "title",
        "dek",
        "credit",
        "name",
        "note",
        "text",
        "label",
        "event",
        "affiliation",
        "other_names",
    ];
    match value {
        serde_json::Value::Object(members) => {
            for (key, v) in members.iter_mut() {
                match v {
                    serde_json::Value::String(s) if TEXT.contains(&key.as_str()) => {
                        *s = format!("{} {s}", PAYLOADS[*n % PAYLOADS.len()]);
                        *n += 1;
                    }
                    _ => inject(v, n),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| inject(v, n)),
        _ => {}
    }
}

#[wasm_bindgen_test]
async fn markup_in_every_text_field_shows_as_text_and_adds_no_element() {
    let (mut injected, mut title) = (0, String::new());
    let (root, handle) = mount_edited(|story| {
        inject(story, &mut injected);
        title = story["title"].as_str().unwrap().to_owned();
    });
    assert!(injected > 100, "{injected} fields");
    before_print().await;
    // Show every panel the story has text for: each region's note, in turn.
    for id in ["KAZ", "UZB", "CHN", "RUS"] {
        handle.select_region(id.into());
        settle().await;
        let note = texts(&root, ".steppe-panel-note").concat();
        assert!(PAYLOADS.iter().any(|p| note.starts_with(p)), "{note}");
    }
    for tag in [
        "img",
        "script",
        "style",
        "iframe",
        "object",
        "embed",
        "a[href^=javascript]",
    ] {
        assert!(
            root.query_selector(tag).unwrap().is_none(),
            "a <{tag}> was added"
        );
    }
    assert_eq!(
        root.query_selector_all("svg").unwrap().length(),
        1,
        "only the map"
    );
    let all = root.query_selector_all("*").unwrap();
    for i in 0..all.length() {
        let element: web_sys::Element = all.item(i).unwrap().unchecked_into();
        let names = element.get_attribute_names();
        for name in names.iter() {
            let name = name.as_string().unwrap();
            assert!(
                !name.starts_with("on"),
                "<{}> has {name}",
                element.tag_name()
            );
        }
    }
    assert_eq!(
        texts(&root, "h2"),
        [title],
        "the title shows as exactly its text"
    );
    let pwned = js_sys::Reflect::get(&web_sys::window().unwrap(), &"steppePwned".into()).unwrap();
    assert!(pwned.is_undefined(), "no payload ran");
}

#[wasm_bindgen_test]
fn one_quote_has_no_filters_and_only_the_share_control() {
    let (root, _handle) = mount_edited(|story| {
        let first = story["quotes"][0].clone();
        story["quotes"] = serde_json::json!([first]);
    });
    assert_eq!(texts(&root, "blockquote").len(), 1);
    assert!(root
        .query_selector(".steppe-slide:not([hidden])")
        .unwrap()
        .is_some());
    let controls = root
        .query_selector_all(".steppe-carousel-controls button")
        .unwrap();
    assert_eq!(
        controls.length(),
        1,
        "nothing to step to: no Previous, no Next"
    );
    let share: web_sys::Element = controls.item(0).unwrap().unchecked_into();
    assert_eq!(
        (
            share.text_content().unwrap(),
            share.get_attribute("aria-label")
        ),
        ("Share".to_owned(), Some("Share this quote".to_owned())),
        "visibly Share, by name the whole of it"
    );
    assert!(root.query_selector(".steppe-position").unwrap().is_none());
    assert!(root.query_selector(".steppe-filters").unwrap().is_none());
}

#[wasm_bindgen_test]
fn no_quotes_leaves_the_map_and_no_viewpoint_controls() {
    let (root, _handle) = mount_edited(|story| story["quotes"] = serde_json::json!([]));
    assert!(root.query_selector("svg [role=button]").unwrap().is_some());
    assert!(root.query_selector(".steppe-viewpoints").unwrap().is_none());
    assert!(
        root.query_selector("svg [role=button][tabindex=\"0\"]")
            .unwrap()
            .is_some(),
        "the map's countries stay one Tab stop"
    );
}

#[wasm_bindgen_test]
async fn a_region_without_quotes_says_so_and_offers_a_way_back() {
    let (root, handle) = mount_edited(|_| {});
    // Every filter choice leads somewhere: no chip promises 0 viewpoints.
    open_filters(&root).await;
    let counts = texts(&root, ".steppe-filters .steppe-count");
    assert!(counts.len() > 10, "{counts:?}");
    assert!(!counts.iter().any(|c| c.starts_with("0 ")), "{counts:?}");
    handle.select_region("PAK".into());
    settle().await;
    assert_eq!(texts(&root, ".steppe-panel-name"), ["Pakistan"]);
    assert!(root
        .query_selector(".steppe-slide:not([hidden])")
        .unwrap()
        .is_none());
    let empty = texts(&root, ".steppe-empty p").concat();
    assert!(empty.contains("Pakistan"), "{empty}");
    assert!(root
        .query_selector(".steppe-empty button")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn a_story_without_a_route_shows() {
    let (root, _widget) = mount_edited(|story| story["route"] = serde_json::json!([]));
    before_print().await;
    assert_eq!(texts(&root, "blockquote").len(), 21);
}

#[wasm_bindgen_test]
fn hostile_json_is_refused_before_parsing() {
    for (text, words) in [
        (
            format!("{{\"format\":1,\"x\":{}", "[".repeat(10_000)),
            "nested more than",
        ),
        (format!("\"{}\"", "x".repeat(5 << 20)), "at most"),
        ("{\"title\": \"\\ud800\"}".to_owned(), "half of a character"),
        (
            "<!doctype html><title>Not found</title>".to_owned(),
            "a web page, not a bundle",
        ),
        ("{\"title\": ".to_owned(), "expected"),
        ("{\"format\": 1e400}".to_owned(), "whole number"),
    ] {
        let problems = embed::parse(&text).err().expect("refused").problems;
        assert!(
            problems.iter().any(|p| p.message.contains(words)),
            "{words}: {problems:?}"
        );
    }
}
