//! The map a story gets from `steppe build`: real borders, right sizes and places, shared
//! borders kept identical, deterministic, and the embedded default bundle up to date.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::atlas;

use geo::orient::{Direction, Orient};
use geo::{Area, Centroid, Coord, GeodesicArea, LineString, MultiPolygon, Polygon};
use std::sync::OnceLock;
use steppe::geo::map::{build, Options};
use steppe_core::bundle::{Bundle, Map};
use steppe_core::story::{PlaceKind, Story};

fn story(path: &str) -> Story {
    Story::from_json_text(&std::fs::read_to_string(common::root(path)).unwrap()).unwrap()
}

fn default_map() -> &'static Map {
    static MAP: OnceLock<Map> = OnceLock::new();
    MAP.get_or_init(|| {
        build(
            &story("www/stories/central-asia-2022.json"),
            atlas(),
            &Options::default(),
        )
        .unwrap()
    })
}

/// The absolute points of each subpath of path data written by `geo::path`.
fn rings(d: &str) -> Vec<Vec<(i64, i64)>> {
    let mut rings = Vec::new();
    for sub in d.split('M').filter(|s| !s.is_empty()) {
        let body = sub.trim_end_matches('z');
        let (start, rest) = body.split_once('l').unwrap();
        let nums = |s: &str| -> Vec<i64> {
            let spaced = s.replace('-', " -");
            spaced
                .split_whitespace()
                .map(|n| n.parse().unwrap())
                .collect()
        };
        let s = nums(start);
        let mut point = (s[0], s[1]);
        let mut ring = vec![point];
        for pair in nums(rest).chunks(2) {
            point = (point.0 + pair[0], point.1 + pair[1]);
            ring.push(point);
        }
        rings.push(ring);
    }
    rings
}

fn shape(d: &str) -> MultiPolygon {
    MultiPolygon(
        rings(d)
            .into_iter()
            .map(|r| {
                Polygon::new(
                    LineString::from(
                        r.iter()
                            .map(|&(x, y)| Coord {
                                x: x as f64,
                                y: y as f64,
                            })
                            .collect::<Vec<_>>(),
                    ),
                    vec![],
                )
            })
            .collect(),
    )
}

fn region<'a>(map: &'a Map, id: &str) -> &'a str {
    &map.regions
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no path for {id}"))
        .d
}

/// Net area of a path: holes are wound the other way and subtract.
fn area(d: &str) -> f64 {
    shape(d)
        .0
        .iter()
        .map(|p| p.signed_area())
        .sum::<f64>()
        .abs()
}

fn geodesic_area(code: &str) -> f64 {
    let atlas = atlas();
    let country = atlas.country(code).unwrap();
    country
        .polygons
        .iter()
        .map(|rings| {
            let mut lines = rings.iter().map(|r| LineString::from(atlas.ring(r)));
            let outer = lines.next().unwrap();
            // Natural Earth winds outer rings clockwise; geodesic area wants them anticlockwise.
            Polygon::new(outer, lines.collect())
                .orient(Direction::Default)
                .geodesic_area_unsigned()
        })
        .sum()
}

#[test]
fn every_region_on_the_map_has_a_path() {
    let story = story("www/stories/central-asia-2022.json");
    let map = default_map();
    for r in story.regions.iter().filter(|r| r.is_on_map()) {
        assert!(
            rings(region(map, &r.id)).iter().any(|ring| ring.len() >= 3),
            "{}",
            r.id
        );
    }
    assert!(
        !map.regions.iter().any(|r| r.id == "USA"),
        "off-map regions get no path"
    );
    assert!(
        !map.land.is_empty(),
        "neighbours outside the story are drawn"
    );
}

#[test]
fn projection_keeps_areas_in_proportion() {
    let map = default_map();
    let projected = area(region(map, "KAZ")) / area(region(map, "UZB"));
    let on_the_ground = geodesic_area("KAZ") / geodesic_area("UZB");
    assert!(
        (on_the_ground / 6.07 - 1.0).abs() < 0.05,
        "Natural Earth's ratio {on_the_ground}"
    );
    assert!(
        (projected / on_the_ground - 1.0).abs() < 0.10,
        "projected {projected}, real {on_the_ground}"
    );
}

#[test]
fn countries_stand_where_they_are() {
    let map = default_map();
    let centre = |id| shape(region(map, id)).centroid().unwrap();
    let (kaz, chn, ind) = (centre("KAZ"), centre("CHN"), centre("IND"));
    assert!(kaz.x() < chn.x(), "Kazakhstan west of China");
    assert!(
        kaz.y() < ind.y(),
        "Kazakhstan north of India (y grows downwards)"
    );
    let place = |id: &str| map.places.iter().find(|p| p.id == id).unwrap();
    assert!(
        place("beijing").x > place("nur-sultan").x && place("nur-sultan").x > place("samarkand").x
    );
    assert_places_inside(
        map,
        &[
            ("beijing", "CHN"),
            ("nur-sultan", "KAZ"),
            ("samarkand", "UZB"),
            ("kyiv", "UKR"),
            ("moscow", "RUS"),
        ],
    );
}

/// Each place's point lies inside its country's path.
fn assert_places_inside(map: &Map, pairs: &[(&str, &str)]) {
    use geo::Contains;
    for (place, country) in pairs {
        let p = map.places.iter().find(|p| p.id == *place).unwrap();
        assert!(
            shape(region(map, country)).contains(&geo::Point::new(p.x, p.y)),
            "{place} is not inside {country}"
        );
    }
}

#[test]
fn kazakhstan_and_china_share_one_border() {
    let map = default_map();
    let kaz: Vec<_> = rings(region(map, "KAZ")).concat();
    let chn: Vec<_> = rings(region(map, "CHN")).concat();
    // The longest run of points Kazakhstan's outline shares with China's, read backwards
    // there (neighbours go round their shared border in opposite directions).
    let mut chn_reversed = chn.clone();
    chn_reversed.reverse();
    let mut longest = 0;
    for i in 0..kaz.len() {
        for j in 0..chn_reversed.len() {
            let mut n = 0;
            while i + n < kaz.len()
                && j + n < chn_reversed.len()
                && kaz[i + n] == chn_reversed[j + n]
            {
                n += 1;
            }
            longest = longest.max(n);
        }
    }
    assert!(longest >= 20, "shared run of {longest} points");
    // And no point of China's lies strictly inside Kazakhstan (no overlap).
    let kaz_shape = shape(region(map, "KAZ"));
    use geo::Contains;
    let inside = chn
        .iter()
        .filter(|&&(x, y)| kaz_shape.contains(&geo::Point::new(x as f64, y as f64)))
        .count();
    assert_eq!(inside, 0);
}

#[test]
fn small_countries_are_marked_for_larger_targets() {
    let map = default_map();
    let small: Vec<_> = map
        .regions
        .iter()
        .filter(|r| r.hit.is_some())
        .map(|r| r.id.as_str())
        .collect();
    assert!(
        small.contains(&"KGZ") && small.contains(&"TJK"),
        "{small:?}"
    );
    assert!(!small.contains(&"KAZ"));
}

#[test]
fn another_story_gets_its_own_map() {
    let map = build(
        &story("tests/fixtures/east-asia-story.json"),
        atlas(),
        &Options::default(),
    )
    .unwrap();
    assert_places_inside(&map, &[("seoul", "KOR"), ("tokyo", "JPN")]);
    let place = |id: &str| map.places.iter().find(|p| p.id == id).unwrap();
    assert!(place("tokyo").x > place("seoul").x);
    assert!(map.regions.iter().all(|r| r.id != "KAZ"));
    assert!(map.labels.iter().any(|l| l.text == "Tokyo, 3–4 May"));
}

#[test]
fn the_same_inputs_give_the_same_bytes() {
    let story = story("www/stories/central-asia-2022.json");
    let a = serde_json::to_string(&build(&story, atlas(), &Options::default()).unwrap()).unwrap();
    let b = serde_json::to_string(&build(&story, atlas(), &Options::default()).unwrap()).unwrap();
    assert_eq!(a, b);
}

#[test]
fn the_embedded_default_bundle_is_up_to_date() {
    let story = story("www/stories/central-asia-2022.json");
    let bundle = Bundle {
        map: build(&story, atlas(), &Options::default()).unwrap(),
        locale: story.locale(),
        story,
    };
    let fresh = bundle.to_json();
    assert!(
        fresh == steppe_core::DEFAULT_BUNDLE,
        "www/bundles/central-asia-2022.json is stale: run `cargo run --bin steppe -- build www/stories/central-asia-2022.json -o www/bundles`"
    );
}

/// Whether a region's outline touches the map's frame anywhere (a vertex on an edge: the
/// clip cut it there).
fn touches_the_edge(map: &Map, id: &str) -> bool {
    let (w, h) = (i64::from(map.width), i64::from(map.height));
    rings(region(map, id))
        .iter()
        .flatten()
        .any(|&(x, y)| x <= 0 || y <= 0 || x >= w || y >= h)
}

#[test]
fn a_story_framed_on_its_countries_shows_them_whole_in_a_map_no_taller_than_wide() {
    let summit = story("tests/fixtures/summit-story.json");
    assert_eq!(summit.framed(), ["BRA", "ARG", "URY", "PRY"]);
    let map = build(&summit, atlas(), &Options::default()).unwrap();
    for id in ["BRA", "ARG", "URY", "PRY"] {
        assert!(!touches_the_edge(&map, id), "{id} is cropped");
    }
    assert!(map.height <= map.width, "{} × {}", map.width, map.height);
    // Without its frame only the first role (the host, Uruguay) is shown whole: Brazil's
    // far north and Argentina's south may be cropped.
    let mut unframed = summit.clone();
    unframed.frame = None;
    assert_eq!(unframed.framed(), ["URY"]);
    let map = build(&unframed, atlas(), &Options::default()).unwrap();
    assert!(!touches_the_edge(&map, "URY"));
}

#[test]
fn the_central_asia_story_shows_its_route_and_first_roles_countries_whole() {
    let story = story("www/stories/central-asia-2022.json");
    assert_eq!(story.framed(), ["CHN", "KAZ", "UZB"]);
    let map = default_map();
    for id in ["CHN", "KAZ", "UZB"] {
        assert!(!touches_the_edge(map, id), "{id} is cropped");
    }
    // Context is cropped: Russia runs off the map.
    assert!(touches_the_edge(map, "RUS"));
}

#[test]
fn every_dot_on_the_map_is_named_by_a_label() {
    for story in [
        story("www/stories/central-asia-2022.json"),
        story("tests/fixtures/summit-story.json"),
    ] {
        let map = build(&story, atlas(), &Options::default()).unwrap();
        for place in &map.places {
            let Some(tier) = map.place_tier(&place.id) else {
                continue;
            };
            let of = format!("place:{}", place.id);
            // From the dot's tier on, at every tier, some label of the place shows.
            for t in tier..4 {
                assert!(
                    map.labels
                        .iter()
                        .any(|l| l.of == of && l.tier <= t && l.until.is_none_or(|u| u > t)),
                    "{} has a dot but no label at tier {t}",
                    place.id
                );
            }
        }
        // The fallback draws a dot only for a place its SVG labels name.
        let html = steppe_web::fallback::render(&Bundle {
            story: story.clone(),
            map: map.clone(),
            locale: story.locale(),
        });
        let dots = html.matches("class=\"steppe-place\"").count();
        let named = map
            .places
            .iter()
            .filter(|p| {
                story
                    .place(&p.id)
                    .is_some_and(|x| x.kind != PlaceKind::Region)
                    && map.statically_named(&p.id)
            })
            .count();
        assert_eq!(dots, named, "{}", story.title);
    }
}
