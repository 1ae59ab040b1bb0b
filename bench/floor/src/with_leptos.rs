//! The floor widget with Leptos 0.8: a signal and a memo, a list with reactive classes and
//! attributes, a click handler, reactive text.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[component]
fn Floor(items: Vec<String>) -> impl IntoView {
    let (next, set_next) = signal(0usize);
    let count = items.len();
    let shown = Memo::new(move |_| next.get() % count.max(1));
    let list = items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            view! {
                <li class:current=move || shown.get() == i aria-current=move || (shown.get() == i).then_some("true")>
                    {item}
                </li>
            }
        })
        .collect_view();
    view! {
        <article>
            <ul>{list}</ul>
            <button on:click=move |_| set_next.update(|n| *n += 1)>{"Next"}</button>
            <p>{move || format!("{} of {count}", shown.get() + 1)}</p>
        </article>
    }
}

/// Mounts the widget into `element` for as long as the page lives.
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement) {
    let items = vec!["one".to_owned(), "two".to_owned()];
    leptos::mount::mount_to(element, move || view! { <Floor items=items /> }).forget();
}
