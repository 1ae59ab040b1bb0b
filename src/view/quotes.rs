use crate::story::Story;
use leptos::prelude::*;
use std::sync::Arc;

/// Every quote of the story with its speaker, in story order.
#[component]
pub fn QuoteList(story: Arc<Story>) -> impl IntoView {
    let items = story
        .quotes
        .iter()
        .map(|quote| {
            let speaker = story.speaker(&quote.speaker);
            let name = speaker.map(|s| s.name.clone()).unwrap_or_default();
            let role = speaker
                .map(|s| format!("{}, {}", s.title, s.affiliation))
                .unwrap_or_default();
            view! {
                <li class="steppe-quote" data-quote=quote.id.clone()>
                    <figure>
                        <blockquote>
                            <p>{quote.text.clone()}</p>
                        </blockquote>
                        <figcaption>
                            <cite class="steppe-speaker">{name}</cite>
                            <span class="steppe-affiliation">{role}</span>
                        </figcaption>
                    </figure>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="steppe-quotes" aria-label="Viewpoints">
            <ul>{items}</ul>
        </section>
    }
}
