//! The share control on each card: a link to the quote (`steppe_core::share`) given to the
//! browser's share sheet where it has one, else copied to the clipboard; the outcome is
//! said in the carousel's status line. Nothing is sent anywhere by the widget itself.

use super::Store;
use leptos::prelude::*;
use steppe_core::locale::Key;

/// "Share this quote" (visibly "Share"), at the end of the carousel's controls: one Tab
/// stop, for the quote shown.
#[component]
pub fn ShareButton(store: Store, status: RwSignal<String>) -> impl IntoView {
    let current = store.current;
    let none = move || current.get().is_none();
    let (name, words) = (store.t(Key::ShareName), store.t(Key::ShareButton));
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(quote) = store.with_current_quote(|q| q.id.clone()) else {
            return;
        };
        #[cfg(target_arch = "wasm32")]
        browser::share(&ev, &store, &quote, status);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (&ev, quote, status);
    };
    view! {
        <button type="button" class="steppe-share" aria-label=name disabled=none on:click=on_click>
            {words}
        </button>
    }
}

/// What the last share did, said politely and shown under the card, taking no room while
/// there is nothing to say; cleared when the card changes.
#[component]
pub fn ShareStatus(store: Store, status: RwSignal<String>) -> impl IntoView {
    let current = store.current;
    Effect::new(move |previous: Option<Option<usize>>| {
        let now = current.get();
        if previous.is_some_and(|p| p != now) {
            status.set(String::new());
        }
        now
    });
    let said = move || {
        let text = status.get();
        (!text.is_empty()).then(|| view! { <p class="steppe-share-status">{text}</p> })
    };
    view! { <div class="steppe-share-live" aria-live="polite">{said}</div> }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use crate::embed::{emit, page_address};
    use crate::view::Store;
    use leptos::prelude::*;
    use steppe_core::locale::Key;
    use steppe_core::share;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    /// Shares the link to `quote`: the Web Share API, else the clipboard, else the link
    /// itself in the status line to copy by hand. The host hears `steppe:share` with the
    /// quote and how (`share`, `clipboard` or `shown`); a share sheet the reader closed
    /// shares nothing.
    pub fn share(
        ev: &leptos::ev::MouseEvent,
        store: &Store,
        quote: &str,
        status: RwSignal<String>,
    ) {
        let (story, locale) = (&store.story(), store.locale());
        let Some(button) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let Some(host) = button
            .get_root_node()
            .dyn_into::<web_sys::ShadowRoot>()
            .ok()
            .map(|r| r.host())
        else {
            return;
        };
        let Some(window) = web_sys::window() else {
            return;
        };
        let url = share::link(&page_address(&host), share::story_id(story), quote);
        let navigator = window.navigator();
        let data = web_sys::ShareData::new();
        data.set_title(&story.title);
        data.set_text(&share::text(story, &locale, quote).unwrap_or_default());
        data.set_url(&url);
        let sheet = js_sys::Reflect::has(&navigator, &"share".into()).unwrap_or(false)
            && (!js_sys::Reflect::has(&navigator, &"canShare".into()).unwrap_or(false)
                || navigator.can_share_with_data(&data));
        let quote = quote.to_owned();
        wasm_bindgen_futures::spawn_local(async move {
            let done = |method: &str, said: String| {
                status.set(said);
                emit(
                    &host,
                    "steppe:share",
                    &[
                        ("quote", JsValue::from_str(&quote)),
                        ("method", JsValue::from_str(method)),
                    ],
                );
            };
            if sheet {
                match JsFuture::from(navigator.share_with_data(&data)).await {
                    Ok(_) => return done("share", locale.get(Key::ShareShared).to_owned()),
                    // The reader closed the sheet: nothing to say.
                    Err(e) if error_name(&e) == "AbortError" => return,
                    // Not allowed here (an iframe without `allow="web-share"`): copy instead.
                    Err(_) => {}
                }
            }
            let copied = match js_sys::Reflect::get(&navigator, &"clipboard".into()) {
                Ok(clipboard) if !clipboard.is_undefined() => {
                    JsFuture::from(navigator.clipboard().write_text(&url))
                        .await
                        .is_ok()
                }
                _ => false,
            };
            if copied {
                done("clipboard", locale.get(Key::ShareCopied).to_owned());
            } else {
                done("shown", locale.fill(Key::ShareShown, &[("url", &url)]));
            }
        });
    }

    fn error_name(error: &JsValue) -> String {
        js_sys::Reflect::get(error, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default()
    }
}
