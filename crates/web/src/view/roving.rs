//! One Tab stop for a group of controls (a roving tabindex): the item last focused has
//! `tabindex="0"`, the others `-1`, and keys move focus between them. Where focus goes is
//! the pure core's rule (`state::focus`); this only finds the elements and focuses one.

use leptos::ev::KeyboardEvent;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{Element, HtmlElement};

/// For a keydown inside `container` (the event's current target): if `to(key, at, count)`
/// names another of the items matching `items`, focuses it and returns its index.
pub fn move_focus(
    ev: &KeyboardEvent,
    items: &str,
    to: impl Fn(&str, usize, usize) -> Option<usize>,
) -> Option<usize> {
    let container = ev.current_target()?.dyn_into::<Element>().ok()?;
    let from = ev
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(items)
        .ok()??;
    let mut elements = Vec::new();
    matching(&container, items, &mut elements);
    let at = elements.iter().position(|e| *e == from)?;
    let next = to(&ev.key(), at, elements.len())?;
    ev.prevent_default();
    // `focus` is the same method on HTML and SVG elements.
    elements[next].unchecked_ref::<HtmlElement>().focus().ok()?;
    Some(next)
}

/// The descendants of `parent` that match `selector`, in document order.
fn matching(parent: &Element, selector: &str, out: &mut Vec<Element>) {
    let mut child = parent.first_element_child();
    while let Some(element) = child {
        if element.matches(selector).unwrap_or(false) {
            out.push(element.clone());
        } else {
            matching(&element, selector, out);
        }
        child = element.next_element_sibling();
    }
}

/// `tabindex` for the item that is (`true`) or is not the group's Tab stop.
pub fn tab_stop(is_stop: bool) -> &'static str {
    if is_stop {
        "0"
    } else {
        "-1"
    }
}
