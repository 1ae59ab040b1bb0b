//! Puts a widget into every `<steppe-story>` element of the page.
//!
//! An element without `src` shows the built-in story; with `src` it loads that story,
//! and any problem (network, JSON, validation) is shown inside the element's own box.

use crate::bundle::Map;
use crate::story::{Json, Problem, Story};
use crate::view::{Problems, Widget};
use leptos::prelude::*;
use std::sync::Arc;
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
        None => show(&element, default_bundle(), "the built-in story"),
        Some(url) => wasm_bindgen_futures::spawn_local(async move {
            let story = load(&url).await;
            show(&element, story, &url);
        }),
    }
}

/// A story ready to show: with its map when it came as a bundle.
pub struct Loaded {
    pub story: Story,
    pub map: Option<Map>,
}

/// The built-in bundle, parsed by the browser's JSON parser.
pub fn default_bundle() -> Result<Loaded, Vec<Problem>> {
    parse(crate::DEFAULT_BUNDLE)
}

/// Parses JSON text with `JSON.parse` (no JSON parser ships in the wasm): a bundle from
/// `steppe build` (`{"story": …, "map": …}`) or a bare story, which then has no map.
pub fn parse(text: &str) -> Result<Loaded, Vec<Problem>> {
    let value = js_sys::JSON::parse(text).map_err(|e| {
        let message = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        vec![Problem::new("$", format!("malformed JSON: {message}"))
            .hint("check the commas, quotes and brackets near that position")]
    })?;
    let member = |name: &str| {
        js_sys::Reflect::get(&value, &name.into())
            .ok()
            .filter(|v| !v.is_undefined())
    };
    let (story_value, map) = match (member("story"), member("map")) {
        (Some(story), Some(map)) => {
            let map: Map = serde_wasm_bindgen::from_value(map).map_err(|e| {
                vec![
                    Problem::new("$.map", format!("not a map made by steppe build: {e}"))
                        .hint("rebuild the bundle with `steppe build`"),
                ]
            })?;
            (story, Some(map))
        }
        _ => (value, None),
    };
    let tree: Json = serde_wasm_bindgen::from_value(story_value)
        .map_err(|e| vec![Problem::new("$", format!("unreadable JSON: {e}"))])?;
    let story = Story::from_json(&tree)?;
    Ok(Loaded { story, map })
}

async fn load(url: &str) -> Result<Loaded, Vec<Problem>> {
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

/// Replaces what `element` holds with the widget for a loaded story, or with its problems.
pub fn show(element: &HtmlElement, loaded: Result<Loaded, Vec<Problem>>, source: &str) {
    element.replace_children_with_node_0();
    let source = source.to_owned();
    let handle = match loaded {
        Ok(Loaded { story, map }) => {
            let (story, map) = (Arc::new(story), map.map(Arc::new));
            let autoplay = element.has_attribute("autoplay");
            let paragraph_href = element.get_attribute("paragraph-href");
            leptos::mount::mount_to(element.clone(), move || {
                view! {
                    <Widget story=story.clone() map=map.clone() autoplay=autoplay paragraph_href=paragraph_href.clone() />
                }
                .into_any()
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
