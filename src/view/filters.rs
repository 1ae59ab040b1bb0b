//! The three groups of filters, the status line, and what to do when nothing matches.

use super::{pressed, Store};
use crate::state::filters::Group;
use crate::state::Event;
use leptos::prelude::*;

#[component]
pub fn Filters(store: Store) -> impl IntoView {
    let groups = Group::ALL.map(|group| view! { <FilterGroup store=store.clone() group=group /> });
    let status = {
        let store = store.clone();
        move || {
            let shown = store.shown.with(Vec::len);
            let total = store.story.quotes.len();
            let noun = if total == 1 {
                "viewpoint"
            } else {
                "viewpoints"
            };
            format!("Showing {shown} of {total} {noun}")
        }
    };
    let clear = store.clone();
    view! {
        <section class="steppe-filters" aria-label="Filter viewpoints">
            {groups.into_iter().collect_view()}
            <div class="steppe-filter-footer">
                <p class="steppe-status" role="status">{status}</p>
                <button type="button" class="steppe-clear-filters" on:click=move |_| clear.send(Event::ClearFilters)>
                    "Clear filters"
                </button>
            </div>
        </section>
    }
}

#[component]
fn FilterGroup(store: Store, group: Group) -> impl IntoView {
    let choices = {
        let store = store.clone();
        Memo::new(move |_| store.filters.with(|f| f.options(&store.story, group)))
    };
    let buttons = choices
        .get_untracked()
        .into_iter()
        .enumerate()
        .map(|(i, choice)| {
            let id = choice.id.clone();
            let is_on = {
                let (store, id) = (store.clone(), id.clone());
                move || pressed(store.filters.with(|f| f.chosen(group).contains(&id)))
            };
            let count = move || choices.with(|c| c.get(i).map_or(0, |c| c.count));
            let send = store.clone();
            // The name is the visible text and the count's unit: "Kazakhstan 12 viewpoints"
            // (WCAG 2.5.3, label in name).
            view! {
                <li>
                    <button type="button" class="steppe-chip" aria-pressed=is_on
                        on:click=move |_| send.send(Event::ToggleFilter(group, id.clone()))>
                        {choice.label.clone()}
                        " "
                        <span class="steppe-count">{count}<span class="steppe-sr">{" viewpoints"}</span></span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="steppe-filter-group">
            <legend>{group.legend()}</legend>
            <ul>{buttons}</ul>
        </fieldset>
    }
}
