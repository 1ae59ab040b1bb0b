//! The widget in a page: the `<steppe-story>` element's wasm half.
//!
//! `www/steppe.js` defines the custom element; for each connected element it calls
//! [`mount`] with the element and its shadow root, and keeps the returned [`Handle`] to
//! forward the element's methods and to unmount on removal (dropping the handle). An
//! element without `src` shows the built-in story; with `src` it loads that story or
//! bundle, and any problem (network, JSON, validation) is shown inside its own box. State
//! changes leave as bubbling, composed `steppe:*` CustomEvents on the element.

use crate::bundle::Map;
use crate::state::{Event, State};
use crate::story::{Json, Problem, Story};
use crate::view::{Problems, Store, Widget};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlElement, Response, ShadowRoot};

/// A story ready to show: with its map when it came as a bundle.
pub struct Loaded {
    pub story: Story,
    pub map: Option<Map>,
}

/// One mounted widget. Dropping it (JS: `free()`) unmounts the widget and releases
/// everything it held.
#[wasm_bindgen]
pub struct Handle {
    inner: Rc<RefCell<Mounted>>,
}

#[derive(Default)]
struct Mounted {
    store: Option<Store>,
    unmount: Option<Box<dyn std::any::Any>>,
    /// Set when the handle is dropped before an async load finished.
    gone: bool,
}

#[wasm_bindgen]
impl Handle {
    /// Selects a region (ISO alpha-3) on the map and as the country filter.
    #[wasm_bindgen(js_name = selectRegion)]
    pub fn select_region(&self, code: String) {
        self.send(Event::SelectRegion(code));
    }

    /// Shows a quote by id, clearing filters that would hide it.
    #[wasm_bindgen(js_name = showQuote)]
    pub fn show_quote(&self, id: String) {
        self.send(Event::ShowQuote(id));
    }

    /// Clears the selection and every filter.
    pub fn clear(&self) {
        self.send(Event::ClearFilters);
    }

    fn send(&self, event: Event) {
        let store = self.inner.borrow().store.clone();
        if let Some(store) = store {
            store.send(event);
        }
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        let mut inner = self.inner.borrow_mut();
        inner.gone = true;
        inner.store = None;
        // Dropping Leptos' unmount handle removes the view and disposes its reactive owner.
        inner.unmount = None;
    }
}

/// Mounts a widget for `host` (a `<steppe-story>` element) into `root`, its shadow root:
/// the story at `src`, or the built-in one.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, root: ShadowRoot) -> Handle {
    let Some(url) = host.get_attribute("src") else {
        return mount_loaded(&host, &root, default_bundle(), "the built-in story");
    };
    let inner = Rc::new(RefCell::new(Mounted::default()));
    if let Some(container) = container(&root) {
        let inner = inner.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = load(&url).await;
            if !inner.borrow().gone {
                show(&host, &container, &inner, loaded, &url);
            }
        });
    }
    Handle { inner }
}

/// Mounts a widget for a story already loaded (or its problems); `source` names where it
/// came from in error messages.
pub fn mount_loaded(
    host: &HtmlElement,
    root: &ShadowRoot,
    loaded: Result<Loaded, Vec<Problem>>,
    source: &str,
) -> Handle {
    let inner = Rc::new(RefCell::new(Mounted::default()));
    if let Some(container) = container(root) {
        show(host, &container, &inner, loaded, source);
    }
    Handle { inner }
}

/// The element the view mounts into, after the shadow root's stylesheet.
fn container(root: &ShadowRoot) -> Option<HtmlElement> {
    let document = web_sys::window()?.document()?;
    let old = root.query_selector(".steppe-mount").ok().flatten();
    if let Some(old) = old {
        old.remove();
    }
    let container: HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    container.set_class_name("steppe-mount");
    root.append_child(&container).ok()?;
    Some(container)
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

/// Shows the widget for a loaded story, or its problems, in `container`.
fn show(
    host: &HtmlElement,
    container: &HtmlElement,
    inner: &Rc<RefCell<Mounted>>,
    loaded: Result<Loaded, Vec<Problem>>,
    source: &str,
) {
    let source = source.to_owned();
    // From now on the widget, not the fallback the slot showed, fills the element; in the
    // same task as the mount, so no frame shows neither or both.
    if let Some(slot) = container.parent_node().and_then(|root| {
        root.dyn_into::<ShadowRoot>()
            .ok()?
            .query_selector("slot")
            .ok()
            .flatten()
    }) {
        slot.remove();
    }
    match loaded {
        Ok(Loaded { story, map }) => {
            let (story, map) = (Arc::new(story), map.map(Arc::new));
            let autoplay = host.has_attribute("autoplay");
            let paragraph_href = host.get_attribute("paragraph-href");
            let mut initial = State::new(&story);
            if let Some(region) = host.get_attribute("region") {
                initial.apply(&story, Event::SelectRegion(region));
            }
            if let Some(quote) = host.get_attribute("quote") {
                initial.apply(&story, Event::ShowQuote(quote));
            }
            let host = host.clone();
            let (store_out, story_in) = (inner.clone(), story.clone());
            let handle = leptos::mount::mount_to(container.clone(), move || {
                let store = Store::new(story_in.clone(), initial.clone());
                announce(&host, store.clone());
                store_out.borrow_mut().store = Some(store.clone());
                view! { <Widget store=store map=map.clone() autoplay=autoplay paragraph_href=paragraph_href.clone() /> }
                    .into_any()
            });
            inner.borrow_mut().unmount = Some(Box::new(handle));
        }
        Err(problems) => {
            let handle = leptos::mount::mount_to(container.clone(), move || {
                view! { <Problems source=source.clone() problems=problems.clone() /> }.into_any()
            });
            inner.borrow_mut().unmount = Some(Box::new(handle));
        }
    }
}

/// Tells the host page what the reader does: `steppe:select-region` ({region}),
/// `steppe:show-quote` ({quote}) and `steppe:filter` ({countries, basedIn, topics,
/// shown}), each when that part of the state changes.
fn announce(host: &HtmlElement, store: Store) {
    let emit = {
        let host = host.clone();
        move |name: &str, detail: &[(&str, JsValue)]| {
            let object = js_sys::Object::new();
            for (key, value) in detail {
                let _ = js_sys::Reflect::set(&object, &(*key).into(), value);
            }
            let init = web_sys::CustomEventInit::new();
            init.set_bubbles(true);
            init.set_composed(true);
            init.set_detail(&object);
            if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
                let _ = host.dispatch_event(&event);
            }
        }
    };
    let list = |items: &std::collections::BTreeSet<String>| -> JsValue {
        items
            .iter()
            .map(|s| JsValue::from_str(s))
            .collect::<js_sys::Array>()
            .into()
    };
    let state = store.state;
    let (emit_region, emit_quote, emit_filter) = (emit.clone(), emit.clone(), emit);
    Effect::new(move |previous: Option<Option<String>>| {
        let region = state.with(|s| s.region.clone());
        if previous.is_some_and(|p| p != region) {
            let value = region.as_deref().map_or(JsValue::NULL, JsValue::from_str);
            emit_region("steppe:select-region", &[("region", value)]);
        }
        region
    });
    let story = store.story.clone();
    Effect::new(move |previous: Option<Option<String>>| {
        let quote = state.with(|s| s.current(&story).map(|q| q.id.clone()));
        if previous.is_some_and(|p| p != quote) {
            let value = quote.as_deref().map_or(JsValue::NULL, JsValue::from_str);
            emit_quote("steppe:show-quote", &[("quote", value)]);
        }
        quote
    });
    let story = store.story.clone();
    Effect::new(move |previous: Option<crate::state::filters::Filters>| {
        let filters = state.with(|s| s.filters.clone());
        if previous.is_some_and(|p| p != filters) {
            let shown = state.with(|s| s.shown(&story).len());
            emit_filter(
                "steppe:filter",
                &[
                    ("countries", list(&filters.countries)),
                    ("basedIn", list(&filters.based_in)),
                    ("topics", list(&filters.topics)),
                    ("shown", JsValue::from_f64(shown as f64)),
                ],
            );
        }
        filters
    });
}
