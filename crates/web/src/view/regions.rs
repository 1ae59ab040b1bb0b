//! Under the map: the selected country's panel, and the key.

use super::Store;
use leptos::prelude::*;
use steppe_core::locale::Key;
use steppe_core::state::Event;

/// The selected country's name, role and part in the story, with a way to clear it. Only
/// while a country is selected: the live region around it is empty, and takes no room,
/// otherwise.
#[component]
pub fn RegionPanel(store: Store) -> impl IntoView {
    let selected = move || {
        let id = store.region.get()?;
        store.story().region(&id).cloned()
    };
    view! {
        <div class="steppe-panel-live" aria-live="polite">
            {move || selected().map(|region| {
                let role = store.story().role(&region.role).map(|r| r.label.clone());
                let words = store.t(Key::PanelClear);
                view! {
                    <div class="steppe-panel">
                        <h3 class="steppe-panel-name">{region.name.clone()}</h3>
                        <p class=format!("steppe-panel-role steppe-fill-{}", store.story().colour(&region.id).as_str())>{role}</p>
                        <p class="steppe-panel-note">{region.note.clone()}</p>
                        <button type="button" class="steppe-clear" on:click=move |_| store.send(Event::Clear)>
                            {words}
                        </button>
                    </div>
                }
            })}
        </div>
    }
}

/// What each fill on the map means, in words: the story's roles that the map shows.
#[component]
pub fn Legend(store: Store) -> impl IntoView {
    let items = store
        .story()
        .roles_on_map()
        .map(|role| {
            (
                format!("steppe-swatch steppe-fill-{}", role.colour.as_str()),
                role.label.clone(),
            )
        })
        .chain([(
            "steppe-swatch steppe-outside".to_owned(),
            store.t(Key::KeyOutside),
        )])
        .map(
            |(class, label)| view! { <li><span class=class aria-hidden="true"></span>{label}</li> },
        )
        .collect_view();
    view! { <ul class="steppe-legend" aria-label=store.t(Key::KeyLabel)>{items}</ul> }
}
