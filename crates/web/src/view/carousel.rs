//! The viewpoints carousel, after the WAI-ARIA Authoring Practices carousel pattern:
//! a labelled region, "Previous quote" and "Next quote" buttons, slides named "N of M",
//! arrow keys and swipes inside it only, and optional rotation with a pause button first.

use super::share::{ShareButton, ShareStatus};
use super::Store;
use leptos::prelude::*;
use std::time::Duration;
use steppe_core::locale::{Dir, Key, Locale};
use steppe_core::state::carousel::{position, rotates};
use steppe_core::state::{carousel_key, Event};
use steppe_core::story::{Quote, Speaker, Story};

/// How long a quote stays when the carousel rotates on its own.
const ROTATION: Duration = Duration::from_secs(8);
/// How far a finger must travel to count as a swipe, in CSS px.
const SWIPE_PX: i32 = 40;

#[component]
pub fn Carousel(store: Store, autoplay: bool, paragraph_href: Option<String>) -> impl IntoView {
    let reduced_motion = prefers_reduced_motion();
    let playing = RwSignal::new(autoplay);
    let hovered = RwSignal::new(false);
    let focused = RwSignal::new(false);
    let turning = Memo::new(move |_| {
        autoplay && rotates(playing.get(), hovered.get(), focused.get(), reduced_motion)
    });
    // A card is built when it is first shown, so that the mount builds only what the reader
    // sees first and the page keeps no nodes for cards nobody opens (BENCHMARKS.md). Every
    // card at once natively (the static fallback), for a rotating carousel (which keeps its
    // tallest card's height) and when the page is printed (the print stylesheet shows every
    // quote).
    let all = RwSignal::new(autoplay || !cfg!(target_arch = "wasm32"));
    #[cfg(target_arch = "wasm32")]
    if !autoplay {
        on_print(move || {
            all.try_set(true);
        });
    }
    // Timers only in the browser: the static fallback is rendered natively.
    if autoplay && cfg!(target_arch = "wasm32") {
        if let Ok(handle) = set_interval_with_handle(
            move || {
                if turning.get_untracked() {
                    store.send(Event::Step(1));
                }
            },
            ROTATION,
        ) {
            on_cleanup(move || handle.clear());
        }
    }

    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if let Some(event) = carousel_key(&ev.key(), store.locale().dir) {
            ev.prevent_default();
            store.send(event);
        }
    };
    let swipe_from = RwSignal::new(None::<i32>);
    let status = RwSignal::new(String::new());
    let on_pointerup = move |ev: leptos::ev::PointerEvent| {
        if let Some(from) = swipe_from.get_untracked() {
            let dx = ev.client_x() - from;
            // A swipe towards the reading direction's start brings the next card.
            let towards_start = match store.locale().dir {
                Dir::Ltr => dx < 0,
                Dir::Rtl => dx > 0,
            };
            if dx.abs() >= SWIPE_PX {
                store.send(Event::Step(if towards_start { 1 } else { -1 }));
            }
        }
        swipe_from.set(None);
    };
    let position = move || {
        let (n, m) = store
            .state
            .with(|s| s.position(&store.story()))
            .unwrap_or_default();
        let locale = &store.locale();
        locale.fill(
            Key::CarouselPosition,
            &[("n", &locale.number(n)), ("total", &locale.number(m))],
        )
    };
    let t = |key| store.t(key);
    let (start, stop) = (t(Key::CarouselStart), t(Key::CarouselStop));
    let (previous_text, previous_name) = (t(Key::CarouselPrevious), t(Key::CarouselPreviousName));
    let (next_text, next_name) = (t(Key::CarouselNext), t(Key::CarouselNextName));
    let label = t(Key::CarouselLabel);
    let slides = store
        .story()
        .quotes
        .iter()
        .enumerate()
        .map(|(index, quote)| {
            let href = paragraph_href
                .as_ref()
                .map(|t| t.replace("{n}", &quote.paragraph.to_string()));
            view! { <Slide store=store index=index quote=quote.clone() href=href all=all /> }
        })
        .collect_view();
    // With one quote there is nothing to step to: only the share control.
    let stepping = (store.story().quotes.len() > 1).then(move || {
        view! {
            <>
                {autoplay.then(|| view! {
                    <button type="button" class="steppe-rotation" on:click=move |_| playing.update(|p| *p = !*p)>
                        {move || if playing.get() { stop.clone() } else { start.clone() }}
                    </button>
                })}
                // Short on screen, whole for a screen reader: "Previous quote", "Next quote".
                // The chevrons are mirrored characters: right to left, they point the other way.
                <button type="button" class="steppe-previous" aria-label=previous_name on:click=move |_| store.send(Event::Step(-1))>
                    <span aria-hidden="true">{"‹ "}</span>{previous_text}
                </button>
                <span class="steppe-position" aria-hidden="true">{position}</span>
                <button type="button" class="steppe-next" aria-label=next_name on:click=move |_| store.send(Event::Step(1))>
                    {next_text}<span aria-hidden="true">{" ›"}</span>
                </button>
            </>
        }
    });
    view! {
        <section class="steppe-carousel" aria-roledescription="carousel" aria-label=label
            on:keydown=on_keydown
            on:mouseenter=move |_| hovered.set(true) on:mouseleave=move |_| hovered.set(false)
            on:focusin=move |_| focused.set(true) on:focusout=move |_| focused.set(false)
            on:pointerdown=move |ev: leptos::ev::PointerEvent| {
                if ev.pointer_type() == "touch" { swipe_from.set(Some(ev.client_x())) }
            }
            on:pointerup=on_pointerup>
            <div class="steppe-carousel-controls">
                {stepping}
                <ShareButton store=store status=status />
            </div>
            <div class=if autoplay { "steppe-slides steppe-slides-reserve" } else { "steppe-slides" }
                aria-live=move || if turning.get() { "off" } else { "polite" }>
                {slides}
                <Empty store=store />
            </div>
            <ShareStatus store=store status=status />
        </section>
    }
}

/// Calls `f` when the page is about to print: on `beforeprint` (the browser's print command,
/// `window.print()`, a headless browser's PDF) and when the print media query starts to match
/// (print emulated, or an engine that skips the event). The listeners go with the widget.
#[cfg(target_arch = "wasm32")]
fn on_print(f: impl Fn() + Clone + 'static) {
    use send_wrapper::SendWrapper;
    use wasm_bindgen::{closure::Closure, JsCast};
    let before = window_event_listener_untyped("beforeprint", {
        let f = f.clone();
        move |_| f()
    });
    let media = web_sys::window()
        .and_then(|w| w.match_media("print").ok().flatten())
        .map(|query| {
            let change = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
                move |ev: web_sys::MediaQueryListEvent| {
                    if ev.matches() {
                        f()
                    }
                },
            );
            _ = query.add_event_listener_with_callback("change", change.as_ref().unchecked_ref());
            SendWrapper::new((query, change))
        });
    on_cleanup(move || {
        before.remove();
        if let Some((query, change)) = media.map(SendWrapper::take) {
            _ = query
                .remove_event_listener_with_callback("change", change.as_ref().unchecked_ref());
        }
    });
}

/// Whether the reader asked for less motion (unknown, so no, when rendering natively).
fn prefers_reduced_motion() -> bool {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches());
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// One quote as a card, shown while it is the current one; `href` is where the host page
/// shows the quote's paragraph, if it does. Its content is built once the card is first
/// shown or once `all` the cards are, and then kept.
#[component]
fn Slide(
    store: Store,
    index: usize,
    quote: Quote,
    href: Option<String>,
    all: RwSignal<bool>,
) -> impl IntoView {
    let shown = store.shown;
    let label = move || {
        let (n, m) = shown.with(|s| position(s, &index)).unwrap_or_default();
        let locale = store.locale();
        locale.fill(
            Key::SlideLabel,
            &[("n", &locale.number(n)), ("total", &locale.number(m))],
        )
    };
    let current = store.current;
    let hidden = move || current.get() != Some(index);
    // Once true, it reads nothing more: the content is built once.
    let built = Memo::new(move |was: Option<&bool>| {
        was == Some(&true) || all.get() || current.get() == Some(index)
    });
    let id = quote.id.clone();
    let content = move || {
        built
            .get()
            .then(|| view! { <SlideContent store=store quote=quote.clone() href=href.clone() /> })
    };
    view! {
        <div class="steppe-slide" role="group" aria-roledescription="slide" aria-label=label hidden=hidden data-quote=id>
            {content}
        </div>
    }
}

/// A card's quote, its speaker, its topics and the way to its paragraph.
#[component]
fn SlideContent(store: Store, quote: Quote, href: Option<String>) -> impl IntoView {
    let (story, locale) = (store.story(), store.locale());
    let speaker = story.speaker(&quote.speaker);
    let name = speaker.map(|s| s.name.clone()).unwrap_or_default();
    let role = speaker.and_then(Speaker::role).unwrap_or_default();
    let based = speaker
        .map(|s| based_in(&story, &locale, s))
        .unwrap_or_default();
    let topics = quote
        .topics
        .iter()
        .filter_map(|t| story.topic(t))
        .map(|t| view! { <li dir="auto">{t.label.clone()}</li> })
        .collect_view();
    let paragraph = locale.number(quote.paragraph as usize);
    let fill = |key| locale.fill(key, &[("n", &paragraph)]);
    let source = match href {
        Some(href) => view! { <a href=href>{fill(Key::SlideRead)}</a> }.into_any(),
        None => view! { <span>{fill(Key::SlideParagraph)}</span> }.into_any(),
    };
    let topics_label = store.t(Key::SlideTopics);
    view! {
        <figure>
            <blockquote><p>{quote.text}</p></blockquote>
            <figcaption>
                // A name or an institution may be in another script than the story's
                // (a Latin name in an Arabic story): each takes its own direction.
                <cite class="steppe-speaker" dir="auto">{name}</cite>
                <span class="steppe-affiliation" dir="auto">{role}</span>
                <span class="steppe-based">{based}</span>
            </figcaption>
        </figure>
        <div class="steppe-slide-foot">
            <ul class="steppe-topics" aria-label=topics_label>{topics}</ul>
            <p class="steppe-source">{source}</p>
        </div>
    }
}

/// "Based in Fairfax, United States", or as much of it as the story says.
fn based_in(story: &Story, locale: &Locale, speaker: &Speaker) -> String {
    let city = speaker
        .place
        .as_deref()
        .and_then(|id| story.place(id))
        .map(|p| p.name.as_str());
    let country = speaker
        .based_in
        .as_deref()
        .map(|code| story.region(code).map_or(code, |r| r.name.as_str()));
    match (city, country) {
        (Some(city), Some(country)) => {
            locale.fill(Key::SlideBasedCity, &[("city", city), ("country", country)])
        }
        (Some(place), None) | (None, Some(place)) => {
            locale.fill(Key::SlideBased, &[("place", place)])
        }
        (None, None) => String::new(),
    }
}

/// Shown instead of a card when the filters let no quote through: which filters exclude
/// everything, and a way out.
#[component]
fn Empty(store: Store) -> impl IntoView {
    let message = move || {
        if store.shown.with(Vec::is_empty) {
            store
                .state
                .with(|s| s.nothing_shown(&store.story(), &store.locale()))
        } else {
            None
        }
    };
    let words = store.t(Key::FiltersClear);
    view! {
        <Show when=move || message().is_some()>
            <div class="steppe-empty">
                <p>{message}</p>
                <button type="button" on:click=move |_| store.send(Event::ClearFilters)>{words.clone()}</button>
            </div>
        </Show>
    }
}
