//! Puts a widget into every `<steppe-story>` element of the page.
//!
//! An element without `src` shows the built-in story; with `src` it loads that story,
//! and any problem (network, JSON, validation) is shown inside the element's own box.

use crate::story::{Json, Problem, Story};
use crate::view::{Problems, Widget};
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlElement, Response};

/// Marks an element that already holds a widget, so that mounting is idempotent.
const MOUNTED: &str = "data-steppe-mounted";

/// Entry point: mounts every `<steppe-story>` already in the document.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(elements) = document.query_selector_all("steppe-story") else {
        return;
    };
    for i in 0..elements.length() {
        if let Some(element) = elements
            .item(i)
            .and_then(|n| n.dyn_into::<HtmlElement>().ok())
        {
            mount(element);
        }
    }
}

/// Mounts a widget into `element`, once.
pub fn mount(element: HtmlElement) {
    if element.has_attribute(MOUNTED) {
        return;
    }
    let _ = element.set_attribute(MOUNTED, "");
    match element.get_attribute("src") {
        None => show(&element, default_story(), "the built-in story"),
        Some(url) => wasm_bindgen_futures::spawn_local(async move {
            let story = load(&url).await;
            show(&element, story, &url);
        }),
    }
}

/// The built-in story, parsed by the browser's JSON parser.
pub fn default_story() -> Result<Story, Vec<Problem>> {
    parse(crate::DEFAULT_STORY)
}

/// Parses JSON text with `JSON.parse` and decodes it; no JSON parser ships in the wasm.
pub fn parse(text: &str) -> Result<Story, Vec<Problem>> {
    let value = js_sys::JSON::parse(text).map_err(|e| {
        let message = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        vec![Problem::new("$", format!("malformed JSON: {message}"))
            .hint("check the commas, quotes and brackets near that position")]
    })?;
    let tree: Json = serde_wasm_bindgen::from_value(value)
        .map_err(|e| vec![Problem::new("$", format!("unreadable JSON: {e}"))])?;
    Story::from_json(&tree)
}

async fn load(url: &str) -> Result<Story, Vec<Problem>> {
    let fail = |what: String| {
        vec![Problem::new("$", what)
            .hint("check the src address and that the server serves the file")]
    };
    let window = web_sys::window().ok_or_else(|| fail("no window".into()))?;
    let response: Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| fail("the story could not be fetched".into()))?
        .unchecked_into();
    if !response.ok() {
        return Err(fail(format!(
            "the server answered HTTP {}",
            response.status()
        )));
    }
    let text = JsFuture::from(
        response
            .text()
            .map_err(|_| fail("unreadable response".into()))?,
    )
    .await
    .map_err(|_| fail("the story could not be read".into()))?
    .as_string()
    .unwrap_or_default();
    parse(&text)
}

/// Replaces what `element` holds with the widget for `story`, or with its problems.
pub fn show(element: &HtmlElement, story: Result<Story, Vec<Problem>>, source: &str) {
    element.replace_children_with_node_0();
    let source = source.to_owned();
    let handle = match story {
        Ok(story) => {
            let story = Rc::new(story);
            leptos::mount::mount_to(element.clone(), move || {
                view! { <Widget story=story.clone() /> }.into_any()
            })
        }
        Err(problems) => leptos::mount::mount_to(element.clone(), move || {
            view! { <Problems source=source.clone() problems=problems.clone() /> }.into_any()
        }),
    };
    // The widget lives as long as the page; the custom element (embedding issue) will
    // own and drop this handle on removal.
    handle.forget();
}
