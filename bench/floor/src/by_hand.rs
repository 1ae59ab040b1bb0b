//! The floor widget over web-sys by hand: the same elements, the handler updates them.

use std::cell::Cell;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};

/// Mounts the widget into `element` for as long as the page lives.
#[wasm_bindgen]
pub fn mount(element: HtmlElement) -> Result<(), JsValue> {
    let document = element.owner_document().ok_or("no document")?;
    let add = |parent: &Element, tag: &str, text: &str| -> Result<Element, JsValue> {
        let child = document.create_element(tag)?;
        child.set_text_content(Some(text));
        parent.append_child(&child)?;
        Ok(child)
    };
    let article = add(&element, "article", "")?;
    let list = add(&article, "ul", "")?;
    let items = ["one", "two"]
        .iter()
        .map(|text| add(&list, "li", text))
        .collect::<Result<Vec<_>, _>>()?;
    let button = add(&article, "button", "Next")?;
    let line = add(&article, "p", "")?;
    let next = Cell::new(0usize);
    let show = move || -> Result<(), JsValue> {
        let shown = next.get() % items.len();
        for (i, item) in items.iter().enumerate() {
            item.set_class_name(if i == shown { "current" } else { "" });
            if i == shown {
                item.set_attribute("aria-current", "true")?;
            } else {
                item.remove_attribute("aria-current")?;
            }
        }
        line.set_text_content(Some(&format!("{} of {}", shown + 1, items.len())));
        next.set(next.get() + 1);
        Ok(())
    };
    show()?;
    let click = Closure::<dyn FnMut() -> Result<(), JsValue>>::new(show);
    button.add_event_listener_with_callback("click", click.as_ref().unchecked_ref())?;
    click.forget();
    Ok(())
}
