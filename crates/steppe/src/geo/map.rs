//! A story's map: every step of `geo` run in order.
//!
//! ```no_run
//! use steppe::geo::{atlas::Atlas, map::{build, Options}};
//! use steppe_core::story::Story;
//! let atlas = Atlas::from_topojson(&std::fs::read_to_string("node_modules/world-atlas/countries-50m.json").unwrap()).unwrap();
//! let story = Story::from_json_text(steppe_core::DEFAULT_STORY).unwrap();
//! let map = build(&story, &atlas, &Options::default()).unwrap();
//! assert!(map.regions.iter().any(|r| r.id == "KAZ"));
//! ```

use super::atlas::{join_arcs, Atlas, Country};
use super::clip::clip_ring;
use super::extent::{self, Extent};
use super::labels::{self, Anchor, Candidate};
use super::path::{quantize, rings_to_path};
use super::projection::Projection;
use super::simplify::simplify_arc;
use geo::{Area, BoundingRect, Coord, LineString, Polygon, Rect};
use std::collections::HashSet;
use steppe_core::bundle::{Map, MapLabel, MapPlace, MapRegion};
use steppe_core::locale::Key;
use steppe_core::story::{dates::day_range, PlaceKind, Story};

/// Choices that shape the map; the defaults are the ones the widget is designed for.
pub struct Options {
    /// View-box width; the height follows from the extent.
    pub width: f64,
    /// Margin around the story's extent, as a fraction of its size.
    pub margin: f64,
    /// Simplification area (square view-box units) for arcs of the story's countries.
    pub fine: f64,
    /// The same for arcs only countries outside the story use.
    pub coarse: f64,
    /// Rings smaller than this (square units) are left out.
    pub min_ring_area: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            width: 1000.0,
            margin: 0.08,
            fine: 1.5,
            coarse: 6.0,
            min_ring_area: 6.0,
        }
    }
}

/// The smallest target a reader must be able to hit (WCAG 2.5.8), in CSS px, at the
/// narrowest map: a 320 px phone less the page's and the widget's margins.
const MIN_TARGET_PX: f64 = 24.0;
const NARROWEST_PX: f64 = 240.0;

/// Builds the map for a valid story.
pub fn build(story: &Story, atlas: &Atlas, options: &Options) -> Result<Map, String> {
    let (extent, projection, view) = fit_no_taller_than_wide(
        extent::of_story(story, atlas)?.grown(options.margin),
        options,
    )?;
    let frame = Rect::new(
        Coord { x: 0.0, y: 0.0 },
        Coord {
            x: view.width,
            y: view.height,
        },
    );

    // Countries near enough to appear: their outline touches a wider box than the
    // extent (the projected frame reaches beyond the extent at its corners).
    let near = extent.grown(0.5);
    let shown: Vec<&Country> = atlas
        .countries
        .iter()
        .filter(|c| {
            c.polygons
                .iter()
                .flatten()
                .flatten()
                .any(|&r| atlas_arc(atlas, r).iter().any(|p| near.contains(*p)))
        })
        .collect();

    let story_arcs: HashSet<usize> = shown
        .iter()
        .filter(|c| c.code.as_deref().is_some_and(|c| story.on_map(c)))
        .flat_map(|c| c.polygons.iter().flatten().flatten().map(|&r| arc_index(r)))
        .collect();
    let used: HashSet<usize> = shown
        .iter()
        .flat_map(|c| c.polygons.iter().flatten().flatten().map(|&r| arc_index(r)))
        .collect();

    // Project and thin each arc once; countries then share the result.
    let mut arcs: Vec<Vec<Coord>> = vec![Vec::new(); atlas.arcs.len()];
    for &i in &used {
        let projected: Vec<Coord> = atlas.arcs[i]
            .iter()
            .filter_map(|p| view.project(&projection, *p))
            .collect();
        let area = if story_arcs.contains(&i) {
            options.fine
        } else {
            options.coarse
        };
        arcs[i] = simplify_arc(&projected, area);
    }

    let rings_of = |country: &Country| -> Vec<Vec<Coord>> {
        country
            .polygons
            .iter()
            .flatten()
            .map(|refs| clip_ring(&join_arcs(&arcs, refs), &frame))
            .filter(|ring| ring.len() >= 3 && ring_area(ring) >= options.min_ring_area)
            .collect()
    };

    let mut land: Vec<Vec<Coord>> = Vec::new();
    let mut regions = Vec::new();
    for country in &shown {
        let rings = rings_of(country);
        if rings.is_empty() {
            continue;
        }
        match country.code.as_deref().filter(|c| story.on_map(c)) {
            Some(code) => regions.push((code.to_owned(), rings)),
            None => land.extend(rings),
        }
    }
    let mut map_regions: Vec<MapRegion> = Vec::new();
    for region in story.regions.iter().filter(|r| r.is_on_map()) {
        let (_, rings) = regions
            .iter()
            .find(|(code, _)| *code == region.id)
            .ok_or_else(|| {
                format!(
                    "{} ({}) does not appear within the map's frame",
                    region.name, region.id
                )
            })?;
        let (point, bounds) =
            label_point(rings).ok_or_else(|| format!("{} has no area on the map", region.name))?;
        let scale = NARROWEST_PX / view.width;
        map_regions.push(MapRegion {
            id: region.id.clone(),
            d: rings_to_path(rings),
            x: point.0,
            y: point.1,
            hit: (bounds.width() * scale < MIN_TARGET_PX
                || bounds.height() * scale < MIN_TARGET_PX)
                .then_some([point.0, point.1]),
        });
    }
    separate_hits(
        &mut map_regions,
        MIN_TARGET_PX / 2.0 / (NARROWEST_PX / view.width),
    );

    let places: Vec<MapPlace> = story
        .places
        .iter()
        .filter(|p| story.on_map(&p.region))
        .filter_map(|p| {
            let c = view.project(&projection, Coord { x: p.lon, y: p.lat })?;
            frame_contains(&frame, c).then(|| {
                let (x, y) = quantize(c);
                MapPlace {
                    id: p.id.clone(),
                    x: x as f64,
                    y: y as f64,
                }
            })
        })
        .collect();
    let point_of = |id: &str| {
        places
            .iter()
            .find(|p| p.id == id)
            .map(|p| Coord { x: p.x, y: p.y })
    };
    let stops: Vec<Coord> = story
        .route
        .iter()
        .filter_map(|s| point_of(&s.place))
        .collect();

    Ok(Map {
        width: view.width as u32,
        height: view.height as u32,
        land: rings_to_path(&land),
        labels: map_labels(story, &map_regions, &places, &view),
        regions: map_regions,
        route: route_path(&stops),
        arrows: arrowheads(&stops),
        places,
    })
}

/// The projection and the view of an extent, the extent widened east and west (more sea
/// or neighbours, never less of the story) until the map is no taller than wide: in the
/// wide layout the map stands beside the quotes and must not outgrow them.
fn fit_no_taller_than_wide(
    mut extent: Extent,
    options: &Options,
) -> Result<(Extent, Projection, View), String> {
    for _ in 0..6 {
        let projection = Projection::conic_equal_area(&extent)?;
        let view = View::fit(&projection, &extent, options.width)?;
        let span = extent.east - extent.west;
        if view.height <= view.width || span >= 359.0 {
            return Ok((extent, projection, view));
        }
        let grow = span * (view.height / view.width - 1.0) / 2.0 + 0.1;
        extent.west = (extent.west - grow).max(-180.0);
        extent.east = (extent.east + grow).min(180.0);
    }
    let projection = Projection::conic_equal_area(&extent)?;
    let view = View::fit(&projection, &extent, options.width)?;
    Ok((extent, projection, view))
}

/// Where view-box coordinates come from: projected metres scaled to the view box's
/// width, y downwards, the extent's whole outline inside.
struct View {
    min: Coord,
    max_y: f64,
    scale: f64,
    width: f64,
    height: f64,
}

impl View {
    fn fit(projection: &Projection, extent: &Extent, width: f64) -> Result<View, String> {
        const STEPS: usize = 64;
        let mut outline = Vec::new();
        for i in 0..=STEPS {
            let t = i as f64 / STEPS as f64;
            let lon = extent.west + (extent.east - extent.west) * t;
            let lat = extent.south + (extent.north - extent.south) * t;
            outline.extend([
                (lon, extent.south),
                (lon, extent.north),
                (extent.west, lat),
                (extent.east, lat),
            ]);
        }
        let projected: Vec<Coord> = outline
            .iter()
            .filter_map(|&(lon, lat)| projection.project(lon, lat))
            .collect();
        let bounds = LineString::from(projected)
            .bounding_rect()
            .ok_or("the extent does not project")?;
        let scale = width / bounds.width();
        Ok(View {
            min: bounds.min(),
            max_y: bounds.max().y,
            scale,
            width,
            height: (bounds.height() * scale).round(),
        })
    }

    fn project(&self, projection: &Projection, lonlat: Coord) -> Option<Coord> {
        let m = projection.project(lonlat.x, lonlat.y)?;
        Some(Coord {
            x: (m.x - self.min.x) * self.scale,
            y: (self.max_y - m.y) * self.scale,
        })
    }
}

fn arc_index(r: i32) -> usize {
    if r >= 0 {
        r as usize
    } else {
        !r as usize
    }
}

fn atlas_arc(atlas: &Atlas, r: i32) -> &[Coord] {
    &atlas.arcs[arc_index(r)]
}

fn ring_area(ring: &[Coord]) -> f64 {
    Polygon::new(LineString::from(ring.to_vec()), vec![]).unsigned_area()
}

fn frame_contains(frame: &Rect, c: Coord) -> bool {
    (frame.min().x..=frame.max().x).contains(&c.x) && (frame.min().y..=frame.max().y).contains(&c.y)
}

/// The pole of inaccessibility of the largest ring (rounded), and the bounds of all.
fn label_point(rings: &[Vec<Coord>]) -> Option<((f64, f64), Rect)> {
    let polygons: Vec<Polygon> = rings
        .iter()
        .map(|r| Polygon::new(LineString::from(r.clone()), vec![]))
        .collect();
    let largest = polygons
        .iter()
        .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))?;
    let point = polylabel::polylabel(largest, &0.5).ok()?;
    let bounds = geo::MultiPolygon(polygons.clone()).bounding_rect()?;
    Some(((point.x().round(), point.y().round()), bounds))
}

/// Moves small regions' targets (circles of `radius` view units) until none covers
/// another region's middle, while each still covers its own: two small neighbours
/// (Kyrgyzstan and Tajikistan) would otherwise cover each other's middles, and a tap on
/// one would choose the other.
fn separate_hits(regions: &mut [MapRegion], radius: f64) {
    let middles: Vec<[f64; 2]> = regions.iter().map(|r| [r.x, r.y]).collect();
    for _ in 0..100 {
        let mut moved = false;
        for (i, region) in regions.iter_mut().enumerate() {
            let Some(mut hit) = region.hit else { continue };
            for (_, other) in middles.iter().enumerate().filter(|(j, _)| *j != i) {
                let (dx, dy) = (hit[0] - other[0], hit[1] - other[1]);
                let d = dx.hypot(dy);
                if d < radius + 1.0 {
                    let (ux, uy) = if d > 0.0 {
                        (dx / d, dy / d)
                    } else {
                        (1.0, 0.0)
                    };
                    hit = [
                        other[0] + ux * (radius + 1.0),
                        other[1] + uy * (radius + 1.0),
                    ];
                    moved = true;
                }
            }
            // Still over its own middle.
            let own = middles[i];
            let (dx, dy) = (hit[0] - own[0], hit[1] - own[1]);
            let d = dx.hypot(dy);
            if d > radius - 4.0 {
                let k = (radius - 4.0) / d;
                hit = [own[0] + dx * k, own[1] + dy * k];
            }
            region.hit = Some([hit[0].round(), hit[1].round()]);
        }
        if !moved {
            break;
        }
    }
}

/// The route's legs as one line through its stops.
fn route_path(stops: &[Coord]) -> String {
    let mut d = String::new();
    for (i, s) in stops.iter().enumerate() {
        let (x, y) = quantize(*s);
        d.push_str(&format!("{}{x} {y}", if i == 0 { "M" } else { "L" }));
    }
    d
}

/// A small arrowhead halfway along each leg, pointing the way the trip went.
fn arrowheads(stops: &[Coord]) -> String {
    const LENGTH: f64 = 16.0;
    const HALF_WIDTH: f64 = 7.0;
    let mut d = String::new();
    for leg in stops.windows(2) {
        let (a, b) = (leg[0], leg[1]);
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let len = dx.hypot(dy);
        if len < LENGTH * 2.0 {
            continue;
        }
        let (ux, uy) = (dx / len, dy / len);
        let tip = Coord {
            x: a.x + dx * 0.5 + ux * LENGTH / 2.0,
            y: a.y + dy * 0.5 + uy * LENGTH / 2.0,
        };
        let base = Coord {
            x: tip.x - ux * LENGTH,
            y: tip.y - uy * LENGTH,
        };
        let left = Coord {
            x: base.x - uy * HALF_WIDTH,
            y: base.y + ux * HALF_WIDTH,
        };
        let right = Coord {
            x: base.x + uy * HALF_WIDTH,
            y: base.y - ux * HALF_WIDTH,
        };
        d.push_str(&rings_to_path(&[vec![tip, left, right]]));
    }
    d
}

/// Labels in priority order: the route's stops with their dates, the trip's countries,
/// the other story countries, then the other places.
fn map_labels(
    story: &Story,
    regions: &[MapRegion],
    places: &[MapPlace],
    view: &View,
) -> Vec<MapLabel> {
    const REGION_FONT_PX: f64 = 12.0;
    const PLACE_FONT_PX: f64 = 11.0;
    let locale = &story.locale();
    let mut of: Vec<String> = Vec::new();
    let mut wanted: Vec<Candidate> = Vec::new();
    let place_at = |id: &str| places.iter().find(|p| p.id == id);
    for stop in &story.route {
        if let (Some(p), Some(place)) = (place_at(&stop.place), story.place(&stop.place)) {
            let date = day_range(&stop.date, stop.end_date.as_deref(), locale);
            let text = locale.fill(Key::MapStop, &[("place", &place.name), ("date", &date)]);
            let anchors = vec![Anchor::Start, Anchor::End];
            of.push(format!("place:{}", p.id));
            wanted.push(Candidate {
                text,
                short: Some(place.name.clone()),
                x: p.x,
                y: p.y,
                anchors,
                font_px: PLACE_FONT_PX,
            });
        }
    }
    // Labelled in the order of the story's key: its first role first.
    let rank = |role: &str| {
        story
            .roles
            .iter()
            .position(|r| r.id == role)
            .unwrap_or(usize::MAX)
    };
    let mut by_role: Vec<&MapRegion> = regions.iter().collect();
    by_role.sort_by_key(|r| story.region(&r.id).map_or(usize::MAX, |s| rank(&s.role)));
    for r in by_role {
        let name = story
            .region(&r.id)
            .map(|s| s.name.clone())
            .unwrap_or_default();
        of.push(format!("region:{}", r.id));
        wanted.push(Candidate {
            text: name,
            short: None,
            x: r.x,
            y: r.y,
            anchors: vec![Anchor::Middle],
            font_px: REGION_FONT_PX,
        });
    }
    for p in places
        .iter()
        .filter(|p| !story.route.iter().any(|s| s.place == p.id))
    {
        if let Some(place) = story.place(&p.id) {
            let anchors = match place.kind {
                PlaceKind::Region => vec![Anchor::Middle],
                _ => vec![Anchor::Start, Anchor::End],
            };
            of.push(format!("place:{}", p.id));
            wanted.push(Candidate {
                text: place.name.clone(),
                short: None,
                x: p.x,
                y: p.y,
                anchors,
                font_px: PLACE_FONT_PX,
            });
        }
    }
    let dots: Vec<(f64, f64)> = places
        .iter()
        .filter(|p| {
            story
                .place(&p.id)
                .is_some_and(|s| s.kind != PlaceKind::Region)
        })
        .map(|p| (p.x, p.y))
        .collect();
    labels::place(&wanted, &dots, view.width, view.height)
        .into_iter()
        .map(|p| {
            let c = &wanted[p.candidate];
            MapLabel {
                text: p.text,
                x: c.x,
                y: c.y,
                anchor: p.anchor,
                tier: p.from,
                until: p.until,
                of: of[p.candidate].clone(),
            }
        })
        .collect()
}
