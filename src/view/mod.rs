//! Leptos views: thin components over the story and, later, the widget state.
//!
//! Text from a story is only ever set as text (Leptos escapes it); nothing here builds
//! HTML from strings.

mod problems;
mod quotes;

pub use problems::Problems;
pub use quotes::QuoteList;

use crate::story::Story;
use leptos::prelude::*;
use std::rc::Rc;

/// The whole widget for one valid story.
#[component]
pub fn Widget(story: Rc<Story>) -> impl IntoView {
    view! {
        <article class="steppe">
            <header class="steppe-head">
                <h2 class="steppe-title">{story.title.clone()}</h2>
                <p class="steppe-dek">{story.dek.clone()}</p>
            </header>
            <QuoteList story=story.clone() />
            <footer class="steppe-credit">
                <p>{story.credit.clone()}</p>
            </footer>
        </article>
    }
}
