//! Beside the map: the selected country's panel, every country as a button, the legend.

use super::{pressed, Store};
use crate::state::Event;
use crate::story::Role;
use leptos::prelude::*;

/// The selected country's name, role and part in the story, with a way to clear it.
#[component]
pub fn RegionPanel(store: Store) -> impl IntoView {
    let selected = {
        let store = store.clone();
        move || {
            let id = store.region.get()?;
            store.story.region(&id).cloned()
        }
    };
    view! {
        <div class="steppe-panel" aria-live="polite">
            {move || match selected() {
                Some(region) => view! {
                    <h3 class="steppe-panel-name">{region.name.clone()}</h3>
                    <p class=format!("steppe-panel-role steppe-role-{}", region.role.as_str())>{region.role.label()}</p>
                    <p class="steppe-panel-note">{region.note.clone()}</p>
                    <button type="button" class="steppe-clear" on:click={let store = store.clone(); move |_| store.send(Event::Clear)}>
                        "Clear selection"
                    </button>
                }
                .into_any(),
                None => view! { <p class="steppe-panel-hint">{"Choose a country on the map or in the list to see its part in the story."}</p> }
                    .into_any(),
            }}
        </div>
    }
}

/// Every region as a plain button, so that choosing one never depends on pointing at it.
#[component]
pub fn RegionList(store: Store) -> impl IntoView {
    let buttons = store
        .story
        .regions
        .iter()
        .map(|region| {
            let id = region.id.clone();
            let is_pressed = {
                let (store, id) = (store.clone(), id.clone());
                move || pressed(store.region.with(|r| r.as_ref() == Some(&id)))
            };
            let send = store.clone();
            view! {
                <li>
                    <button type="button" class=format!("steppe-chip steppe-role-{}", region.role.as_str())
                        aria-pressed=is_pressed on:click=move |_| send.send(Event::ToggleRegion(id.clone()))>
                        {region.name.clone()}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="steppe-region-list" aria-label="Countries in the story">
            <ul>{buttons}</ul>
        </nav>
    }
}

/// What each style on the map means, in words.
#[component]
pub fn Legend() -> impl IntoView {
    let items = Role::ALL
        .iter()
        .map(|role| {
            (
                format!("steppe-swatch steppe-role-{}", role.as_str()),
                role.label(),
            )
        })
        .chain([(
            "steppe-swatch steppe-outside".to_owned(),
            "Outside the story",
        )])
        .map(
            |(class, label)| view! { <li><span class=class aria-hidden="true"></span>{label}</li> },
        )
        .collect_view();
    view! {
        <div class="steppe-legend">
            <h3>{"Key"}</h3>
            <ul>{items}</ul>
        </div>
    }
}
