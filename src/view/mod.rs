//! Leptos views: thin components over the story, the map and the widget [`State`].
//!
//! Text from a story is only ever set as text (Leptos escapes it); nothing here builds
//! HTML from strings. Nothing listens on the document: each widget handles its own keys.

mod map;
mod problems;
mod quotes;
mod regions;

pub use problems::Problems;

use crate::bundle::Map;
use crate::state::{Event, State};
use crate::story::Story;
use leptos::prelude::*;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

/// The whole widget for one valid story, with its map when it has one.
#[component]
pub fn Widget(story: Arc<Story>, map: Option<Arc<Map>>) -> impl IntoView {
    let state = RwSignal::new(State::default());
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && state.with_untracked(|s| s.region.is_some()) {
            state.update(|s| s.apply(Event::Clear));
        }
    };
    view! {
        <article class="steppe" on:keydown=on_keydown>
            <header class="steppe-head">
                <h2 class="steppe-title">{story.title.clone()}</h2>
                <p class="steppe-dek">{story.dek.clone()}</p>
            </header>
            {map.map(|map| view! { <map::MapView story=story.clone() map=map state=state /> })}
            <quotes::QuoteList story=story.clone() />
            <footer class="steppe-credit">
                <p>{story.credit.clone()}</p>
            </footer>
        </article>
    }
}

/// An id unique in the page, for ARIA references between a widget's own elements.
fn unique_id(what: &str) -> String {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    format!("steppe-{}-{what}", NEXT.fetch_add(1, Ordering::Relaxed))
}
