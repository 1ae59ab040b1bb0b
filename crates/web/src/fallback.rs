//! The static fallback (native, at build time): the widget's own views rendered to HTML
//! for the story's initial state, for readers without JavaScript or WebAssembly, for RSS
//! readers and for search engines. A page puts it inside `<steppe-story>`; the live
//! widget, in the element's shadow root, takes its place.
//!
//! ```no_run
//! # let bundle: steppe_core::bundle::Bundle = unimplemented!();
//! let html = steppe_web::fallback::render(&bundle);
//! assert!(html.starts_with("<div class=\"steppe-fallback\">"));
//! ```

use crate::view::{MapSvg, Store, Widget};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use std::sync::Arc;
use steppe_core::bundle::Bundle;
use steppe_core::state::State;

/// The widget for a bundle, as HTML, wrapped in `<div class="steppe-fallback">`.
pub fn render(bundle: &Bundle) -> String {
    let owner = Owner::new();
    let html = owner.with(|| {
        let story = Arc::new(bundle.story.clone());
        let store = Store::fixed(
            story.clone(),
            Arc::new(bundle.locale.clone()),
            State::new(&story),
        );
        let map = Some(Arc::new(bundle.map.clone()));
        view! { <Widget store=store map=map autoplay=false paragraph_href=None /> }.to_html()
    });
    format!("<div class=\"steppe-fallback\">{html}</div>")
}

/// The map alone, as the widget draws it in `state` (a current quote's countries are
/// marked `steppe-concerned`), as SVG markup: the share cards put it in their picture.
pub fn map_svg(bundle: &Bundle, state: State) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let story = Arc::new(bundle.story.clone());
        let store = Store::fixed(story, Arc::new(bundle.locale.clone()), state);
        let map = Arc::new(bundle.map.clone());
        view! { <MapSvg store=store map=map /> }.to_html()
    })
}

/// The widget's stylesheet (written for its shadow root) scoped for the fallback in the
/// host page's light DOM: `:host` becomes `steppe-story`, every other selector is put
/// under `steppe-story .steppe-fallback`. Then the rules only the fallback needs: with
/// scripting off, or when the widget could not start (`data-steppe-static` on the
/// element), every quote shows and the controls that need the widget are hidden; a widget
/// that will rotate its quotes (`autoplay`) keeps its tallest card's room from the start,
/// as the live one does, so that the takeover moves nothing.
///
/// ```
/// let css = steppe_web::fallback::scope_css(":host { display: block; } @media print { a, b { color: red; } }");
/// assert!(css.starts_with("steppe-story { display: block; }"));
/// assert!(css.contains("steppe-story .steppe-fallback a, steppe-story .steppe-fallback b { color: red; }"));
/// ```
pub fn scope_css(css: &str) -> String {
    let mut out = String::new();
    scope_block(&strip_comments(css), &mut out);
    out
}

/// Rules added after the scoped stylesheet: the fallback when nothing will replace it.
pub const STATIC_RULES: &str = "\
@media (scripting: none) {
  steppe-story .steppe-fallback .steppe-slide { grid-area: auto; margin-bottom: 16px; }
  steppe-story .steppe-fallback .steppe-slide[hidden] { display: block; visibility: visible; }
  steppe-story .steppe-fallback .steppe-carousel-controls, steppe-story .steppe-fallback .steppe-filters,
  steppe-story .steppe-fallback .steppe-hit { display: none; }
}
steppe-story[data-steppe-static] .steppe-fallback .steppe-slide { grid-area: auto; margin-bottom: 16px; }
steppe-story[data-steppe-static] .steppe-fallback .steppe-slide[hidden] { display: block; visibility: visible; }
steppe-story[data-steppe-static] .steppe-fallback .steppe-carousel-controls,
steppe-story[data-steppe-static] .steppe-fallback .steppe-filters { display: none; }
@media (scripting: enabled) {
  steppe-story[autoplay]:not([data-steppe-static]) .steppe-fallback .steppe-slide[hidden] { display: block; visibility: hidden; }
}
";

fn strip_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    out
}

fn scope_block(css: &str, out: &mut String) {
    let mut rest = css.trim();
    while let Some(open) = rest.find('{') {
        let prelude = rest[..open].trim();
        let close = matching_brace(rest, open);
        let body = &rest[open + 1..close];
        if prelude.starts_with('@') {
            out.push_str(prelude);
            out.push_str(" {\n");
            scope_block(body, out);
            out.push_str("}\n");
        } else {
            let selectors: Vec<String> = prelude
                .split(',')
                .map(|s| scope_selector(s.trim()))
                .collect();
            out.push_str(&format!("{} {{ {} }}\n", selectors.join(", "), body.trim()));
        }
        rest = rest[close + 1..].trim_start();
    }
}

fn matching_brace(s: &str, open: usize) -> usize {
    let mut depth = 0;
    for (i, c) in s[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return open + i;
                }
            }
            _ => {}
        }
    }
    s.len() - 1
}

fn scope_selector(selector: &str) -> String {
    match selector.strip_prefix(":host") {
        Some(rest) => {
            // `:host([theme="dark"])` → `steppe-story[theme="dark"]`.
            let inner = rest
                .strip_prefix('(')
                .and_then(|r| r.strip_suffix(')'))
                .unwrap_or(rest);
            format!("steppe-story{inner}")
        }
        None => format!("steppe-story .steppe-fallback {selector}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_hosts_nested_blocks_and_lists() {
        let css = "/* note */ :host([hidden]) { display: none; }\n@container m (min-width: 9px) { .a .b, c { r: 1px; } }";
        assert_eq!(
            scope_css(css),
            "steppe-story[hidden] { display: none; }\n@container m (min-width: 9px) {\nsteppe-story .steppe-fallback .a .b, steppe-story .steppe-fallback c { r: 1px; }\n}\n"
        );
    }
}
