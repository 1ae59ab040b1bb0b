//! The map: countries as buttons (one Tab stop, the arrow keys moving to the nearest
//! country that way), the route, places and labels; under it the key in one row, and the
//! selected country's panel while there is one.

use super::regions::{Legend, RegionPanel};
use super::roving::{move_focus, tab_stop};
use super::{pressed, Store};
use leptos::prelude::*;
use std::sync::Arc;
use steppe_core::bundle::{Anchor, Map, MapRegion};
use steppe_core::locale::{Key, Locale};
use steppe_core::state::focus::on_map;
use steppe_core::state::{region_key, Event};
use steppe_core::story::{PlaceKind, Story};

#[component]
pub fn MapView(store: Store, map: Arc<Map>) -> impl IntoView {
    let description_id = store.id("map-description");
    let description = describe(&store.story(), &store.locale());
    let described_by = description_id.clone();
    let label = store.t(Key::MapLabel);
    view! {
        <section class="steppe-map-area">
            <div class="steppe-map" role="group" aria-label=label aria-describedby=described_by>
                <p class="steppe-sr" id=description_id>{description}</p>
                <div class="steppe-mapbox">
                    <MapSvg store=store map=map.clone() />
                    <Labels map=map.clone() />
                </div>
                <Legend store=store />
            </div>
            <RegionPanel store=store />
        </section>
    }
}

/// What the map shows, in one or two sentences, from the story.
fn describe(story: &Story, locale: &Locale) -> String {
    let stops: Vec<&str> = story
        .route
        .iter()
        .filter_map(|s| story.place(&s.place).map(|p| p.name.as_str()))
        .collect();
    let countries = story.regions.iter().filter(|r| r.is_on_map()).count();
    let help = locale.count(Key::MapHelp, countries, &[]);
    if stops.is_empty() {
        help
    } else {
        let stops = stops.join(locale.get(Key::MapRouteJoin));
        format!(
            "{} {help}",
            locale.fill(Key::MapRoute, &[("stops", &stops)])
        )
    }
}

/// The map's SVG: the countries as buttons, the route, the places and (natively) the
/// labels. Also drawn alone, for the share cards (`fallback::map_svg`).
#[component]
pub fn MapSvg(store: Store, map: Arc<Map>) -> impl IntoView {
    let story = store.story().clone();
    // The map's Tab stop: the country last focused, else the selected one, else the first.
    let focused = RwSignal::new(None::<String>);
    let first = map.regions.first().map(|r| r.id.clone());
    let stop = Memo::new(move |_| {
        focused
            .get()
            .or_else(|| store.region.get())
            .or(first.clone())
    });
    // Small countries come last: painted on top, their larger targets are not covered.
    let mut regions: Vec<MapRegion> = map.regions.clone();
    regions.sort_by_key(|r| r.hit.is_some());
    let points: Vec<(f64, f64)> = regions.iter().map(|r| (r.x, r.y)).collect();
    let buttons = regions
        .into_iter()
        .map(|region| {
            let name = story
                .region(&region.id)
                .map(|r| r.name.clone())
                .unwrap_or_default();
            let colour = story.colour(&region.id).as_str();
            let id = region.id.clone();
            let tabindex = move || tab_stop(stop.with(|s| s.as_ref() == Some(&id)));
            let id = region.id.clone();
            view! {
                <RegionShape store=store region=region name=name colour=colour tabindex=tabindex
                    on_focus=move || focused.set(Some(id.clone())) />
            }
        })
        .collect_view();
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        move_focus(&ev, "[data-region]", |key, at, _| on_map(&points, at, key));
    };
    let dots = map
        .places
        .iter()
        .filter(|p| {
            story
                .place(&p.id)
                .is_some_and(|place| place.kind != PlaceKind::Region)
        })
        .filter_map(|p| {
            let class = dot_class(&map, &p.id, "steppe-place")?;
            // `r` for renderers without CSS geometry (the share cards); the stylesheet's wins.
            Some(view! { <circle class=class data-place=p.id.clone() cx=fixed(p.x, 1) cy=fixed(p.y, 1) r="6" /> })
        })
        .collect_view();
    // The current quote's speaker's institution, when its city is on the map.
    let speaker_place = {
        let map = map.clone();
        move || {
            let id = store.with_current_quote(|q| story.speaker(&q.speaker)?.place.clone())??;
            let place = map.places.iter().find(|p| p.id == id)?;
            let class = dot_class(&map, &id, "steppe-speaker-place")?;
            Some(view! { <circle class=class cx=fixed(place.x, 1) cy=fixed(place.y, 1) /> })
        }
    };
    view! {
        <svg class="steppe-svg" viewBox=format!("0 0 {} {}", map.width, map.height)>
            <rect class="steppe-sea" width=map.width height=map.height />
            <path class="steppe-land" d=map.land.clone() />
            <g on:keydown=on_keydown>{buttons}</g>
            <path class="steppe-route" d=map.route.clone() />
            <path class="steppe-arrows" d=map.arrows.clone() />
            {dots}
            {speaker_place}
            <SvgLabels map=map.clone() />
        </svg>
    }
}

#[component]
fn RegionShape(
    store: Store,
    region: MapRegion,
    name: String,
    colour: &'static str,
    tabindex: impl Fn() -> &'static str + Send + Sync + 'static,
    on_focus: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let id = region.id.clone();
    let is_pressed = {
        let id = id.clone();
        move || pressed(store.region.with(|r| r.as_ref() == Some(&id)))
    };
    // The current quote concerns this region: outlined, not only coloured.
    let concerned = {
        let id = id.clone();
        move || {
            store
                .with_current_quote(|q| q.regions.contains(&id))
                .unwrap_or(false)
        }
    };
    let on_click = {
        let id = id.clone();
        move |_| store.send(Event::ToggleRegion(id.clone()))
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if let Some(event) = region_key(&ev.key(), &id) {
            ev.prevent_default();
            ev.stop_propagation();
            store.send(event);
        }
    };
    view! {
        <g class=format!("steppe-region steppe-fill-{colour}") role="button" tabindex=tabindex aria-label=name
            aria-pressed=is_pressed class:steppe-concerned=concerned data-region=region.id.clone()
            on:click=on_click on:keydown=on_keydown on:focus=move |_| on_focus()>
            <path d=region.d />
            {region.hit.map(|[x, y]| view! { <circle class="steppe-hit" cx=fixed(x, 1) cy=fixed(y, 1) /> })}
        </g>
    }
}

/// A number rounded to `places` decimals (none when it is whole), written with integer
/// arithmetic: formatting floats would bring Rust's float printer (about 13 KB) into the
/// wasm for a few coordinates.
fn fixed(value: f64, places: u32) -> String {
    let scale = 10i64.pow(places);
    let n = (value * scale as f64).round() as i64;
    let sign = if n < 0 { "-" } else { "" };
    let n = n.abs();
    if n % scale == 0 {
        format!("{sign}{}", n / scale)
    } else {
        let width = places as usize;
        format!("{sign}{}.{:0width$}", n / scale, n % scale)
    }
}

/// A place's dot drawn only with its label, at the widths where the label shows (the live
/// widget's tiers; the fallback's SVG labels); `None`: no label names it, so no dot.
fn dot_class(map: &Map, place: &str, class: &str) -> Option<String> {
    if cfg!(target_arch = "wasm32") {
        map.place_tier(place)
            .map(|tier| format!("{class} steppe-tier-{tier}"))
    } else {
        map.statically_named(place).then(|| class.to_owned())
    }
}

/// Labels as HTML of a fixed size over the scaling map, shown by width tier (in the
/// browser, where `style:` sets their places through the CSSOM, which a strict
/// Content-Security-Policy allows).
#[component]
fn Labels(map: Arc<Map>) -> impl IntoView {
    let (width, height) = (f64::from(map.width), f64::from(map.height));
    let labels = map
        .labels
        .iter()
        .filter(|_| cfg!(target_arch = "wasm32"))
        .map(|l| {
            let (kind, anchor) = (l.of.split(':').next().unwrap_or_default(), l.anchor.as_str());
            let until = l.until.map(|u| format!(" steppe-until-{u}")).unwrap_or_default();
            view! {
                <span class=format!("steppe-label steppe-label-{kind} steppe-anchor-{anchor} steppe-tier-{}{until}", l.tier) data-of=l.of.clone()
                    style:left=fixed(l.x / width * 100.0, 2) + "%" style:top=fixed(l.y / height * 100.0, 2) + "%">
                    {l.text.clone()}
                </span>
            }
        })
        .collect_view();
    view! { <div class="steppe-labels" aria-hidden="true">{labels}</div> }
}

/// Labels inside the SVG, for the static fallback: HTML rendered on the server cannot
/// place them without `style` attributes, which a strict Content-Security-Policy refuses.
/// They scale with the map; the ones meant for wide maps and the short forms are left out.
#[component]
fn SvgLabels(map: Arc<Map>) -> impl IntoView {
    map.static_labels()
        .filter(|_| !cfg!(target_arch = "wasm32"))
        .map(|l| {
            let dx = match l.anchor {
                Anchor::Middle => 0.0,
                Anchor::Start => 7.0,
                Anchor::End => -7.0,
            };
            let kind = l.of.split(':').next().unwrap_or_default();
            view! {
                <text class=format!("steppe-svg-label steppe-label-{kind}") data-of=l.of.clone() x=l.x + dx y=l.y text-anchor=l.anchor.as_str()
                    dominant-baseline="middle">{l.text.clone()}</text>
            }
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::fixed;

    #[test]
    fn fixed_writes_decimals_without_the_float_printer() {
        assert_eq!(fixed(74.1234, 2), "74.12");
        assert_eq!(fixed(3.456, 2), "3.46");
        assert_eq!(fixed(-0.06, 1), "-0.1");
        assert_eq!(fixed(705.0, 1), "705");
        assert_eq!(fixed(12.5, 0), "13");
        assert_eq!(fixed(0.0, 2), "0");
        assert_eq!(fixed(2.05, 2), "2.05");
    }
}
