//! The filters behind one disclosure button, the status line beside it (always shown), and
//! the three groups of toggles: each group one Tab stop, the arrow keys, Home and End
//! moving inside it.

use super::roving::{move_focus, tab_stop};
use super::{pressed, Store};
use leptos::prelude::*;
use steppe_core::locale::Key;
use steppe_core::state::filters::Group;
use steppe_core::state::focus::{in_row, reading};
use steppe_core::state::Event;

#[component]
pub fn Filters(store: Store) -> impl IntoView {
    let open = RwSignal::new(false);
    // The groups are built the first time the panel opens, and kept: most readers never
    // open it, and a widget that starts without them starts sooner (BENCHMARKS.md).
    let opened = RwSignal::new(false);
    let panel_id = store.id("filters");
    let groups = move || {
        opened.get().then(|| {
            Group::ALL
                .map(|group| view! { <FilterGroup store=store group=group /> })
                .into_iter()
                .collect_view()
        })
    };
    let status = move || {
        let shown = store.locale().number(store.shown.with(Vec::len));
        let total = store.story().quotes.len();
        store
            .locale()
            .count(Key::FiltersStatus, total, &[("shown", &shown)])
    };
    let label = move || store.filters.with(|f| f.disclosure_label(&store.locale()));
    let (name, clear_words) = (store.t(Key::FiltersLabel), store.t(Key::FiltersClear));
    view! {
        <section class="steppe-filters" aria-label=name>
            <div class="steppe-filter-bar">
                <button type="button" class="steppe-disclosure" aria-controls=panel_id.clone()
                    aria-expanded=move || pressed(open.get()) on:click=move |_| {
                        opened.set(true);
                        open.update(|o| *o = !*o);
                    }>
                    {label}
                </button>
                <p class="steppe-status" role="status">{status}</p>
            </div>
            <div class="steppe-filter-panel" id=panel_id hidden=move || !open.get()>
                {groups}
                <button type="button" class="steppe-clear-filters" on:click=move |_| store.send(Event::ClearFilters)>
                    {clear_words}
                </button>
            </div>
        </section>
    }
}

#[component]
fn FilterGroup(store: Store, group: Group) -> impl IntoView {
    let choices = Memo::new(move |_| store.filters.with(|f| f.options(&store.story(), group)));
    // The group's Tab stop: the toggle last focused, the first one to begin with.
    let stop = RwSignal::new(0usize);
    let dir = store.locale().dir;
    let buttons = choices
        .get_untracked()
        .into_iter()
        .enumerate()
        .map(|(i, choice)| {
            let id = choice.id.clone();
            let is_on = {
                let id = id.clone();
                move || pressed(store.filters.with(|f| f.chosen(group).contains(&id)))
            };
            let count = move || choices.with(|c| c.get(i).map_or(0, |c| c.count));
            let number = move || store.locale().number(count());
            let unit =
                move || format!(" {}", store.locale().count(Key::FiltersUnit, count(), &[]));
            // The name is the visible text and the count's unit: "Kazakhstan 12 viewpoints"
            // (WCAG 2.5.3, label in name).
            view! {
                <li>
                    <button type="button" class="steppe-chip" aria-pressed=is_on
                        tabindex=move || tab_stop(stop.get() == i) on:focus=move |_| stop.set(i)
                        on:click=move |_| store.send(Event::ToggleFilter(group, id.clone()))>
                        <bdi>{choice.label.clone()}</bdi>
                        " "
                        <span class="steppe-count">{number}<span class="steppe-sr">{unit}</span></span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="steppe-filter-group">
            <legend>{group.legend(&store.locale()).to_owned()}</legend>
            <ul on:keydown=move |ev| { move_focus(&ev, "button", |key, at, n| in_row(reading(key, dir), at, n)); }>{buttons}</ul>
        </fieldset>
    }
}
