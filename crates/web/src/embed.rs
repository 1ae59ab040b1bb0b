//! The widget in a page: the `<steppe-story>` element's wasm half.
//!
//! `www/steppe.js` defines the custom element; for each connected element it calls
//! [`mount`] with the element and its shadow root, and keeps the returned [`Handle`] to
//! forward the element's methods and to unmount on removal (dropping the handle). An
//! element without `src` shows the built-in story; with `src` it loads that bundle, and any
//! problem (network, a file that is not a bundle `steppe build` wrote) is shown inside its
//! own box. State
//! changes leave as bubbling, composed `steppe:*` CustomEvents on the element.

use crate::view::{Problems, Store, Widget};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use steppe_core::bundle::{read, Map};
use steppe_core::locale::Locale;
use steppe_core::share;
use steppe_core::state::{Event, State};
use steppe_core::story::{Problem, Story};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlElement, Response, ShadowRoot};

/// A story ready to show, with its map. Shared, not copied, by every widget that shows it.
#[derive(Clone)]
pub struct Loaded {
    pub story: Arc<Story>,
    pub map: Option<Arc<Map>>,
    pub locale: Arc<Locale>,
}

/// A bundle the widget cannot show: its problems, and the words to say so in (the
/// bundle's own language when it got as far as saying it, else English).
#[derive(Clone, Debug)]
pub struct Refused {
    pub problems: Vec<Problem>,
    pub locale: Arc<Locale>,
}

impl Refused {
    fn english(problems: Vec<Problem>) -> Refused {
        Refused {
            problems,
            locale: Arc::new(Locale::english().clone()),
        }
    }
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
    host: Option<HtmlElement>,
    unmount: Option<Box<dyn std::any::Any>>,
    /// The loader's `stash`, called once when the live widget takes the fallback's place.
    stash: Option<js_sys::Function>,
    /// Set when the handle is dropped before an async load finished.
    gone: bool,
}

impl Mounted {
    /// Nothing mounted yet, shared with the load that will mount it.
    fn shared(stash: Option<js_sys::Function>) -> Rc<RefCell<Mounted>> {
        Rc::new(RefCell::new(Mounted {
            stash,
            ..Mounted::default()
        }))
    }
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

    /// Follows a link to one of this widget's quotes (`share`), if `address` (the page's,
    /// after a `hashchange`) is one: shows that quote, unfiltered, and brings the widget
    /// into view. Whether it was one.
    pub fn follow(&self, address: String) -> bool {
        let (store, host) = {
            let inner = self.inner.borrow();
            (inner.store, inner.host.clone())
        };
        let (Some(store), Some(host)) = (store, host) else {
            return false;
        };
        let Some(quote) = share::followed(&address, &store.story()).map(str::to_owned) else {
            return false;
        };
        store.send(Event::Follow(quote.clone()));
        arrive(&host, &quote);
        true
    }

    fn send(&self, event: Event) {
        let store = self.inner.borrow().store;
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
/// the story at `src`, or the built-in one. `stash` (the loader's) is called when the live
/// widget takes the static fallback's place, not when a problem is shown over it.
/// `built_in` is the built-in story's bundle as the loader fetched it beside the wasm (a
/// string; null when it could not be fetched, or for an element with `src`): the wasm does
/// not carry it, so a widget given `src` does not pay for it. Read once per page.
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    root: ShadowRoot,
    stash: Option<js_sys::Function>,
    built_in: JsValue,
) -> Handle {
    report_panics();
    let Some(url) = host.get_attribute("src") else {
        let loaded = default_bundle(|| built_in.as_string());
        return mount_loaded(&host, &root, loaded, "the built-in story", stash);
    };
    let inner = Mounted::shared(stash);
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

/// Sends a panic's message to the console (the default hook writes to a stderr the browser
/// does not have). The trap that follows reaches `steppe.js`, which puts every widget back
/// to its static fallback.
fn report_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("Steppe: {info}").into());
        }));
    });
}

/// Mounts a widget for a story already loaded (or its problems); `source` names where it
/// came from in error messages.
pub fn mount_loaded(
    host: &HtmlElement,
    root: &ShadowRoot,
    loaded: Result<Loaded, Refused>,
    source: &str,
    stash: Option<js_sys::Function>,
) -> Handle {
    let inner = Mounted::shared(stash);
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
    // Before the slot (the static fallback), so that a problem shows above it.
    let slot = root.query_selector("slot").ok().flatten();
    root.insert_before(&container, slot.as_ref().map(|s| s.as_ref()))
        .ok()?;
    Some(container)
}

/// The built-in bundle, read once per page (`bundle::read`) from the text `fetched` gives
/// (the loader's fetch, asked for only the first time): every later widget that shows it
/// shares the first one's story and map.
pub fn default_bundle(fetched: impl FnOnce() -> Option<String>) -> Result<Loaded, Refused> {
    thread_local! {
        static DEFAULT: std::cell::OnceCell<Result<Loaded, Refused>> = const { std::cell::OnceCell::new() };
    }
    DEFAULT.with(|cell| {
        cell.get_or_init(|| {
            let Some(text) = fetched() else {
                return Err(Refused::english(vec![Problem::new(
                    "$",
                    "the built-in story could not be fetched",
                )
                .hint("serve bundles/central-asia-2022.json beside steppe.js, or give the element a src")]));
            };
            mark("steppe:parse-start");
            let loaded = parse(&text);
            measure("steppe:parse", "steppe:parse-start");
            loaded
        })
        .clone()
    })
}

/// Reads a bundle written by `steppe build` (`bundle::read`: no JSON parser, no serde, no
/// validation messages in the wasm; `steppe check` explains any problem in full).
pub fn parse(text: &str) -> Result<Loaded, Refused> {
    if text.trim_start().starts_with('<') {
        return Err(Refused::english(vec![Problem::new(
            "$",
            "the server sent a web page, not a bundle",
        )
        .hint("check the src address: it may point at an error page")]));
    }
    let bundle = steppe_core::bundle::read::read(text).map_err(|p| Refused {
        problems: vec![p],
        locale: Arc::new(read::locale_of_bundle(text).unwrap_or_else(|| Locale::english().clone())),
    })?;
    Ok(Loaded {
        story: Arc::new(bundle.story),
        map: Some(Arc::new(bundle.map)),
        locale: Arc::new(bundle.locale),
    })
}

/// How often a story is requested before the widget gives up (network errors and
/// server errors only: a 404 or a bad file will not get better), and how long each
/// request may take.
const ATTEMPTS: u32 = 3;
const TIMEOUT_MS: i32 = 8_000;

/// Why one request failed: worth another try, or not.
enum Failed {
    Again(Problem),
    Finally(Problem),
}

async fn load(url: &str) -> Result<Loaded, Refused> {
    let mut last = Problem::new("$", "the story could not be fetched");
    for attempt in 0..ATTEMPTS {
        if attempt > 0 {
            sleep(500 << (attempt - 1)).await;
        }
        match fetch_text(url).await {
            Ok(text) => return parse(&text),
            Err(Failed::Finally(problem)) => return Err(Refused::english(vec![problem])),
            Err(Failed::Again(problem)) => last = problem,
        }
    }
    Err(Refused::english(vec![last]))
}

/// One request for the story's text, bounded in time and size.
async fn fetch_text(url: &str) -> Result<String, Failed> {
    let fail = |what: String| {
        Problem::new("$", what).hint("check the src address and that the server serves the file")
    };
    let window = web_sys::window().ok_or_else(|| Failed::Finally(fail("no window".into())))?;
    let abort = web_sys::AbortController::new().ok();
    let init = web_sys::RequestInit::new();
    if let Some(abort) = &abort {
        init.set_signal(Some(&abort.signal()));
    }
    let timer = abort.as_ref().and_then(|abort| {
        let abort = abort.clone();
        let stop = Closure::once_into_js(move || abort.abort());
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(stop.unchecked_ref(), TIMEOUT_MS)
            .ok()
    });
    let result = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await;
    let timed_out = abort.as_ref().is_some_and(|a| a.signal().aborted());
    let response: Response = match result {
        Ok(response) => response.unchecked_into(),
        Err(_) if timed_out => {
            return Err(Failed::Finally(fail(format!(
                "the server did not answer within {} seconds",
                TIMEOUT_MS / 1000
            ))))
        }
        // A network error, or a server that does not allow this page to read the file.
        Err(_) => {
            return Err(Failed::Again(fail(
                "the story could not be fetched (a network error, or the server does not share it with this page)".into(),
            )))
        }
    };
    let status = response.status();
    if !response.ok() {
        let problem = fail(format!("the server answered HTTP {status}"));
        return Err(if status >= 500 || status == 408 || status == 429 {
            Failed::Again(problem)
        } else {
            Failed::Finally(problem)
        });
    }
    let length = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| l.parse::<usize>().ok());
    if length.is_some_and(|l| l > steppe_core::story::MAX_BYTES) {
        return Err(Failed::Finally(fail(format!(
            "the file is {} bytes; a bundle may be at most {}",
            length.unwrap_or_default(),
            steppe_core::story::MAX_BYTES
        ))));
    }
    let text = match response.text() {
        Ok(text) => JsFuture::from(text).await,
        Err(e) => Err(e),
    };
    if let Some(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
    match text {
        Ok(text) => Ok(text.as_string().unwrap_or_default()),
        Err(_) if abort.is_some_and(|a| a.signal().aborted()) => {
            Err(Failed::Finally(fail(format!(
                "the story did not arrive within {} seconds",
                TIMEOUT_MS / 1000
            ))))
        }
        Err(_) => Err(Failed::Again(fail("the story arrived incomplete".into()))),
    }
}

/// Resolves after `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |done, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&done, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Shows the widget for a loaded story, or its problems, in `container`.
fn show(
    host: &HtmlElement,
    container: &HtmlElement,
    inner: &Rc<RefCell<Mounted>>,
    loaded: Result<Loaded, Refused>,
    source: &str,
) {
    let source = source.to_owned();
    let slot = container.parent_node().and_then(|root| {
        root.dyn_into::<ShadowRoot>()
            .ok()?
            .query_selector("slot")
            .ok()
            .flatten()
    });
    match loaded {
        Ok(Loaded { story, map, locale }) => {
            // From now on the widget, not the fallback the slot showed, fills the element;
            // in the same task as the mount, so no frame shows neither or both.
            if let Some(slot) = slot {
                slot.remove();
            }
            // The loader keeps the static fallback as data and takes its nodes out of the
            // document: the page then holds one copy of the widget, not two.
            if let Some(stash) = inner.borrow_mut().stash.take() {
                let _ = stash.call0(&JsValue::NULL);
            }
            let autoplay = host.has_attribute("autoplay");
            let paragraph_href = host.get_attribute("paragraph-href");
            let mut initial = State::new(&story);
            if let Some(region) = host.get_attribute("region") {
                initial.apply(&story, Event::SelectRegion(region));
            }
            if let Some(quote) = host.get_attribute("quote") {
                initial.apply(&story, Event::ShowQuote(quote));
            }
            let address = page_address(host);
            let followed = share::followed(&address, &story).map(str::to_owned);
            if let Some(quote) = &followed {
                initial.apply(&story, Event::Follow(quote.clone()));
            }
            mark("steppe:mount-start");
            let (store_out, story_in, announcer) = (inner.clone(), story.clone(), host.clone());
            let handle = leptos::mount::mount_to(container.clone(), move || {
                let store = Store::new(story_in.clone(), locale.clone(), initial.clone());
                announce(&announcer, store);
                store_out.borrow_mut().store = Some(store);
                view! { <Widget store=store map=map.clone() autoplay=autoplay paragraph_href=paragraph_href.clone() /> }
                    .into_any()
            });
            {
                let mut inner = inner.borrow_mut();
                inner.unmount = Some(Box::new(handle));
                inner.host = Some(host.clone());
            }
            // The view and its handlers are in place: the widget takes input from here on.
            mark("steppe:interactive");
            measure("steppe:mount", "steppe:mount-start");
            if let Some(quote) = followed {
                arrive(host, &quote);
            }
        }
        Err(Refused { problems, locale }) => {
            // The fallback, if the page has one, stays below the problems, shown whole.
            let _ = host.set_attribute("data-steppe-static", "");
            let handle = leptos::mount::mount_to(container.clone(), move || {
                view! { <Problems source=source.clone() problems=problems.clone() locale=locale.clone() /> }.into_any()
            });
            inner.borrow_mut().unmount = Some(Box::new(handle));
        }
    }
}

/// The address the page this widget is read in has: the element's `share-url` (an iframe
/// embed sets it to its parent page's), else the document's own.
pub fn page_address(host: &web_sys::Element) -> String {
    host.get_attribute("share-url")
        .or_else(|| web_sys::window().and_then(|w| w.location().href().ok()))
        .unwrap_or_default()
}

/// After following a link to `quote`: the widget brought into view, and the host told
/// (`steppe:follow`; an iframe embed asks its parent page to scroll to the frame).
fn arrive(host: &HtmlElement, quote: &str) {
    host.scroll_into_view();
    emit(
        host,
        "steppe:follow",
        &[("quote", JsValue::from_str(quote))],
    );
}

/// Sends the host page a bubbling, composed `steppe:*` CustomEvent from `host`.
pub fn emit(host: &web_sys::Element, name: &str, detail: &[(&str, JsValue)]) {
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

/// A User Timing mark, for the benchmark (`bench/run`) and the host's own monitoring.
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// A User Timing measure from the latest `start` mark to now.
fn measure(name: &str, start: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.measure_with_start_mark(name, start);
    }
}

/// Tells the host page what the reader does: `steppe:select-region` ({region}),
/// `steppe:show-quote` ({quote}) and `steppe:filter` ({countries, basedIn, topics,
/// shown}), each when that part of the state changes.
fn announce(host: &HtmlElement, store: Store) {
    let emit = {
        let host = host.clone();
        move |name: &str, detail: &[(&str, JsValue)]| emit(&host, name, detail)
    };
    let list = |items: &std::collections::BTreeSet<String>| -> JsValue {
        items
            .iter()
            .map(|s| JsValue::from_str(s))
            .collect::<js_sys::Array>()
            .into()
    };
    let (emit_region, emit_quote, emit_filter) = (emit.clone(), emit.clone(), emit);
    // Each memo changes only when its part of the state does; the first run is the
    // initial state, which the host set itself.
    let region = store.region;
    Effect::new(move |first: Option<()>| {
        let region = region.get();
        if first.is_some() {
            let value = region.as_deref().map_or(JsValue::NULL, JsValue::from_str);
            emit_region("steppe:select-region", &[("region", value)]);
        }
    });
    let quote = Memo::new(move |_| store.with_current_quote(|q| q.id.clone()));
    Effect::new(move |first: Option<()>| {
        let quote = quote.get();
        if first.is_some() {
            let value = quote.as_deref().map_or(JsValue::NULL, JsValue::from_str);
            emit_quote("steppe:show-quote", &[("quote", value)]);
        }
    });
    let (filters, shown) = (store.filters, store.shown);
    Effect::new(move |first: Option<()>| {
        let filters = filters.get();
        if first.is_some() {
            emit_filter(
                "steppe:filter",
                &[
                    ("countries", list(&filters.countries)),
                    ("basedIn", list(&filters.based_in)),
                    ("topics", list(&filters.topics)),
                    (
                        "shown",
                        JsValue::from_f64(shown.with_untracked(Vec::len) as f64),
                    ),
                ],
            );
        }
    });
}
