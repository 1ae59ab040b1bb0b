//! Leptos views: thin components over the story, the map and the widget [`State`].
//!
//! Every component gets a [`Store`]: the story and the state signal, and `send` to change
//! the state through the pure core. Text from a story is only ever set as text (Leptos
//! escapes it); nothing here builds HTML from strings. Nothing listens on the document:
//! each widget handles its own keys.
//!
//! Static markup keeps one braced value, as in `<h3>{"Key"}</h3>`: Leptos then builds it
//! node by node. Its shortcut for wholly static elements assigns their markup as HTML to
//! a template element, which a host page enforcing Trusted Types forbids
//! (`tests/e2e/hosts.test.mjs`).

mod carousel;
mod filters;
mod map;
mod problems;
mod regions;
mod roving;
mod share;

pub use map::MapSvg;
pub use problems::Problems;

use steppe_core::bundle::Map;
use steppe_core::locale::{Key, Locale};
use steppe_core::state::filters::Filters;
use steppe_core::state::{Event, State};

use leptos::prelude::*;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use steppe_core::story::{Quote, Story};

/// One widget's story and state, and the parts of the state that many views read.
///
/// The parts are memos: computed once per change of the state, and passed on only when
/// they changed, so that one click updates the few elements it concerns instead of every
/// view re-deriving the shown quotes on its own. Every field is a signal, a memo or a
/// stored value, so a store is `Copy`: closures take it as it is.
#[derive(Clone, Copy)]
pub struct Store {
    story: StoredValue<Arc<Story>>,
    /// The words the widget writes, in the story's language.
    locale: StoredValue<Arc<Locale>>,
    pub state: RwSignal<State>,
    /// Starts every id in the widget, for ARIA references between its own elements.
    id_prefix: StoredValue<Arc<str>>,
    /// Positions in `story.quotes` of the quotes the filters let through.
    pub shown: Memo<Vec<usize>>,
    /// Position in `story.quotes` of the current quote, if it is shown.
    pub current: Memo<Option<usize>>,
    /// The selected region.
    pub region: Memo<Option<String>>,
    pub filters: Memo<Filters>,
}

impl Store {
    /// A widget for a story in its initial `state`, its ids made unique in the page.
    pub fn new(story: Arc<Story>, locale: Arc<Locale>, state: State) -> Store {
        static NEXT: AtomicU32 = AtomicU32::new(1);
        let id_prefix = format!("steppe-{}", NEXT.fetch_add(1, Ordering::Relaxed));
        Store::with_ids(story, locale, state, id_prefix.into())
    }

    /// The same with fixed ids, for the static fallback, which must come out the same on
    /// every build (and which a page shows once per element, outside any shadow root).
    pub fn fixed(story: Arc<Story>, locale: Arc<Locale>, state: State) -> Store {
        Store::with_ids(story, locale, state, "steppe-static".into())
    }

    fn with_ids(
        story: Arc<Story>,
        locale: Arc<Locale>,
        state: State,
        id_prefix: Arc<str>,
    ) -> Store {
        let state = RwSignal::new(state);
        let filters = Memo::new(move |_| state.with(|s| s.filters.clone()));
        let shown = {
            let story = story.clone();
            Memo::new(move |_| filters.with(|f| f.matching_indexes(&story)))
        };
        let current = {
            let story = story.clone();
            Memo::new(move |_| state.with(|s| s.current_index(&story)))
        };
        Store {
            story: StoredValue::new(story),
            locale: StoredValue::new(locale),
            state,
            id_prefix: StoredValue::new(id_prefix),
            shown,
            current,
            region: Memo::new(move |_| state.with(|s| s.region.clone())),
            filters,
        }
    }

    /// The story (shared, not copied).
    pub fn story(&self) -> Arc<Story> {
        self.story.get_value()
    }

    /// The words the widget writes, in the story's language.
    pub fn locale(&self) -> Arc<Locale> {
        self.locale.get_value()
    }

    /// `f` of the current quote, if one is shown (tracked: a view that calls it follows
    /// the current quote).
    pub fn with_current_quote<R>(&self, f: impl FnOnce(&Quote) -> R) -> Option<R> {
        let i = self.current.get()?;
        self.story.with_value(|story| story.quotes.get(i).map(f))
    }

    /// The text for `key` in the story's language.
    fn t(&self, key: Key) -> String {
        self.locale.with_value(|locale| locale.get(key).to_owned())
    }

    /// An id for one of the widget's elements.
    fn id(&self, what: &str) -> String {
        self.id_prefix
            .with_value(|prefix| format!("{prefix}-{what}"))
    }

    /// Changes the state through the core's rules.
    pub fn send(&self, event: Event) {
        let story = self.story();
        self.state.update(|s| s.apply(&story, event));
    }
}

/// The whole widget for one valid story, with its map when it has one.
#[component]
pub fn Widget(
    store: Store,
    map: Option<Arc<Map>>,
    /// Rotate the quotes on their own (an embed's choice; off by default).
    autoplay: bool,
    /// Where the host page shows a paragraph of the article: `{n}` is its number.
    paragraph_href: Option<String>,
) -> impl IntoView {
    let story = store.story();
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && store.state.with_untracked(|s| s.region.is_some()) {
            store.send(Event::Clear);
        }
    };
    // No dead controls: filters only when there is something to narrow, the carousel only
    // when there is a quote.
    let quotes = story.quotes.len();
    // The map's borders are credited once: by the story's credit line, or here.
    let borders = (map.is_some() && !story.credit.contains("Natural Earth"))
        .then(|| format!(" {}", store.t(Key::CreditBorders)));
    let source = format!(" {} ", store.t(Key::CreditSource));
    let locale = store.locale();
    let (lang, dir) = (locale.lang.clone(), locale.dir.as_str());
    // The viewpoints first, the filters one tap away under them.
    let viewpoints = (quotes > 0).then(|| {
        view! {
            <div class="steppe-viewpoints">
                <carousel::Carousel store=store autoplay=autoplay paragraph_href=paragraph_href />
                {(quotes > 1).then(|| view! { <filters::Filters store=store /> })}
            </div>
        }
    });
    view! {
        <article class="steppe" lang=lang dir=dir on:keydown=on_keydown>
            <header class="steppe-head">
                <h2 class="steppe-title">{story.title.clone()}</h2>
                <p class="steppe-dek">{story.dek.clone()}</p>
            </header>
            <div class="steppe-body">
                {map.map(|map| view! { <map::MapView store=store map=map /> })}
                {viewpoints}
            </div>
            <footer class="steppe-credit">
                <p>
                    {story.credit.clone()} {borders} {source}
                    // A checked http(s) address (story validation); never the page's opener
                    // or referrer.
                    <a href=story.source.url.clone() rel="noopener noreferrer">{story.source.name.clone()}</a>
                </p>
            </footer>
        </article>
    }
}

/// `"true"` or `"false"`, for `aria-pressed`.
fn pressed(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}
