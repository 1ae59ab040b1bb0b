//! The map: countries as buttons, the route, places and labels, with the region list,
//! the legend and the panel for the selected country beside it.

use super::regions::{Legend, RegionList, RegionPanel};
use super::unique_id;
use crate::bundle::{Anchor, Map, MapRegion};
use crate::state::{region_key, Event, State};
use crate::story::{PlaceKind, Story};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn MapView(story: Arc<Story>, map: Arc<Map>, state: RwSignal<State>) -> impl IntoView {
    let description_id = unique_id("map-description");
    let description = describe(&story);
    let described_by = description_id.clone();
    view! {
        <section class="steppe-map-area">
            <div class="steppe-map" role="group" aria-label="Map" aria-describedby=described_by>
                <p class="steppe-map-description" id=description_id>{description}</p>
                <div class="steppe-mapbox" style:aspect-ratio=format!("{} / {}", map.width, map.height)>
                    <Svg story=story.clone() map=map.clone() state=state />
                    <Labels map=map.clone() />
                </div>
                <p class="steppe-map-credit">"Borders: Natural Earth"</p>
            </div>
            <div class="steppe-map-side">
                <RegionPanel story=story.clone() state=state />
                <RegionList story=story.clone() state=state />
                <Legend />
            </div>
        </section>
    }
}

/// What the map shows, in one or two sentences, from the story.
fn describe(story: &Story) -> String {
    let stops: Vec<&str> = story
        .route
        .iter()
        .filter_map(|s| story.place(&s.place).map(|p| p.name.as_str()))
        .collect();
    let route = if stops.is_empty() {
        String::new()
    } else {
        format!("The route runs {}. ", stops.join(" → "))
    };
    format!(
        "{route}Each of the story’s {} countries is a button: choose one to read its part in the story.",
        story.regions.iter().filter(|r| r.on_map != Some(false)).count()
    )
}

#[component]
fn Svg(story: Arc<Story>, map: Arc<Map>, state: RwSignal<State>) -> impl IntoView {
    // Small countries come last: painted on top, their larger targets are not covered.
    let mut regions: Vec<MapRegion> = map.regions.clone();
    regions.sort_by_key(|r| r.hit.is_some());
    let buttons = regions
        .into_iter()
        .map(|region| {
            let name = story
                .region(&region.id)
                .map(|r| r.name.clone())
                .unwrap_or_default();
            let role = story
                .region(&region.id)
                .map(|r| r.role.as_str())
                .unwrap_or_default();
            view! { <RegionShape region=region name=name role=role state=state /> }
        })
        .collect_view();
    let dots = map
        .places
        .iter()
        .filter(|p| {
            story
                .place(&p.id)
                .is_some_and(|place| place.kind != PlaceKind::Region)
        })
        .map(|p| view! { <circle class="steppe-place" cx=p.x cy=p.y /> })
        .collect_view();
    view! {
        <svg class="steppe-svg" viewBox=format!("0 0 {} {}", map.width, map.height)>
            <rect class="steppe-sea" width=map.width height=map.height />
            <path class="steppe-land" d=map.land.clone() />
            <g>{buttons}</g>
            <path class="steppe-route" d=map.route.clone() />
            <path class="steppe-arrows" d=map.arrows.clone() />
            {dots}
        </svg>
    }
}

#[component]
fn RegionShape(
    region: MapRegion,
    name: String,
    role: &'static str,
    state: RwSignal<State>,
) -> impl IntoView {
    let id = region.id.clone();
    let pressed = {
        let id = id.clone();
        move || {
            if state.with(|s| s.is_selected(&id)) {
                "true"
            } else {
                "false"
            }
        }
    };
    let on_click = {
        let id = id.clone();
        move |_| state.update(|s| s.apply(Event::ToggleRegion(id.clone())))
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if let Some(event) = region_key(&ev.key(), &id) {
            ev.prevent_default();
            ev.stop_propagation();
            state.update(|s| s.apply(event));
        }
    };
    view! {
        <g class=format!("steppe-region steppe-role-{role}") role="button" tabindex="0" aria-label=name
            aria-pressed=pressed data-region=region.id.clone() on:click=on_click on:keydown=on_keydown>
            <path d=region.d />
            {region.hit.map(|[x, y]| view! { <circle class="steppe-hit" cx=x cy=y /> })}
        </g>
    }
}

#[component]
fn Labels(map: Arc<Map>) -> impl IntoView {
    let (width, height) = (f64::from(map.width), f64::from(map.height));
    let labels = map
        .labels
        .iter()
        .map(|l| {
            let anchor = match l.anchor {
                Anchor::Middle => "middle",
                Anchor::Start => "start",
                Anchor::End => "end",
            };
            let kind = l.of.split(':').next().unwrap_or_default();
            let until = l.until.map(|u| format!(" steppe-until-{u}")).unwrap_or_default();
            view! {
                <span class=format!("steppe-label steppe-label-{kind} steppe-anchor-{anchor} steppe-tier-{}{until}", l.tier)
                    style:left=format!("{:.2}%", l.x / width * 100.0) style:top=format!("{:.2}%", l.y / height * 100.0)>
                    {l.text.clone()}
                </span>
            }
        })
        .collect_view();
    view! { <div class="steppe-labels" aria-hidden="true">{labels}</div> }
}
