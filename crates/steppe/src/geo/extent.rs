//! The part of the globe a story's map shows.
//!
//! It holds every place on the map, the inner point of every region on it, and the whole
//! of every region the story frames (`Story::framed`: its own countries), with a margin.
//! Inner points rather than whole countries for the rest: Russia's Arctic coast need not be
//! on a map about Central Asia, but Russia's heart must; Argentina must be whole on a map
//! about a summit of its bloc.
//!
//! A country is whole with its largest polygon and the islands near it (within
//! [`NEAR_DEGREES`] of that polygon's box): Tierra del Fuego and Hainan, not Alaska, French
//! Guiana or Russia's east of the antimeridian.

use super::atlas::Atlas;
use geo::{Area, Coord, LineString, Polygon};
use steppe_core::story::Story;

/// How far (degrees) from a country's largest polygon its other parts still belong to its
/// whole outline on a map.
pub const NEAR_DEGREES: f64 = 3.0;

/// Degrees of longitude and latitude.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Extent {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

impl Extent {
    fn around(points: &[Coord]) -> Option<Extent> {
        let first = points.first()?;
        let start = Extent {
            west: first.x,
            south: first.y,
            east: first.x,
            north: first.y,
        };
        Some(points.iter().fold(start, |e, p| Extent {
            west: e.west.min(p.x),
            south: e.south.min(p.y),
            east: e.east.max(p.x),
            north: e.north.max(p.y),
        }))
    }

    /// The extent grown by `fraction` of its size on every side (at least one degree).
    pub fn grown(&self, fraction: f64) -> Extent {
        let dx = ((self.east - self.west) * fraction).max(1.0);
        let dy = ((self.north - self.south) * fraction).max(1.0);
        Extent {
            west: (self.west - dx).max(-180.0),
            south: (self.south - dy).max(-85.0),
            east: (self.east + dx).min(180.0),
            north: (self.north + dy).min(85.0),
        }
    }

    pub fn contains(&self, c: Coord) -> bool {
        (self.west..=self.east).contains(&c.x) && (self.south..=self.north).contains(&c.y)
    }
}

/// The extent of a story's map, before the margin.
pub fn of_story(story: &Story, atlas: &Atlas) -> Result<Extent, String> {
    let mut points: Vec<Coord> = story
        .places
        .iter()
        .filter(|p| story.on_map(&p.region))
        .map(|p| Coord { x: p.lon, y: p.lat })
        .collect();
    for region in story.regions.iter().filter(|r| r.is_on_map()) {
        let country = atlas.country(&region.id).ok_or_else(|| {
            format!(
                "{} ({}) is not in Natural Earth's countries",
                region.name, region.id
            )
        })?;
        if let Some(point) = inner_point(atlas, country) {
            points.push(point);
        }
        if story.framed().contains(&region.id.as_str()) {
            if let Some(whole) = whole(atlas, country) {
                points.extend([
                    Coord {
                        x: whole.west,
                        y: whole.south,
                    },
                    Coord {
                        x: whole.east,
                        y: whole.north,
                    },
                ]);
            }
        }
    }
    Extent::around(&points)
        .ok_or_else(|| "the story has no place or region to show on a map".into())
}

/// The box of a country's whole outline: its largest polygon and the parts near it.
///
/// A box wider than half the globe (a polygon across the antimeridian) is no frame: the
/// country then counts by its inner point only.
pub fn whole(atlas: &Atlas, country: &super::atlas::Country) -> Option<Extent> {
    let boxes: Vec<(f64, Extent)> = country
        .polygons
        .iter()
        .filter_map(|rings| {
            let outer = atlas.ring(rings.first()?);
            let area = Polygon::new(LineString::from(outer.clone()), vec![]).unsigned_area();
            Some((area, Extent::around(&outer)?))
        })
        .collect();
    let (_, largest) = boxes.iter().max_by(|a, b| a.0.total_cmp(&b.0)).copied()?;
    let gap = |a: &Extent, b: &Extent| {
        let dx = (b.west - a.east).max(a.west - b.east).max(0.0);
        let dy = (b.south - a.north).max(a.south - b.north).max(0.0);
        dx.hypot(dy)
    };
    let whole = boxes
        .iter()
        .filter(|(_, b)| gap(&largest, b) <= NEAR_DEGREES)
        .fold(largest, |e, (_, b)| Extent {
            west: e.west.min(b.west),
            south: e.south.min(b.south),
            east: e.east.max(b.east),
            north: e.north.max(b.north),
        });
    (whole.east - whole.west <= 180.0).then_some(whole)
}

/// The pole of inaccessibility of a country's largest polygon, in degrees.
pub fn inner_point(atlas: &Atlas, country: &super::atlas::Country) -> Option<Coord> {
    let largest = country
        .polygons
        .iter()
        .map(|rings| {
            let mut lines = rings.iter().map(|r| LineString::from(atlas.ring(r)));
            let exterior = lines.next().unwrap_or_else(|| LineString::new(vec![]));
            Polygon::new(exterior, lines.collect())
        })
        .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))?;
    polylabel::polylabel(&largest, &0.05).ok().map(|p| p.0)
}
