//! The part of the globe a story's map shows.
//!
//! It holds every place on the map and the inner point of every region on the map, with
//! a margin. Inner points rather than whole countries: Russia's Arctic coast need not be
//! on a map about Central Asia, but Russia's heart must.

use super::atlas::Atlas;
use geo::{Area, Coord, LineString, Polygon};
use steppe_core::story::Story;

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
    }
    Extent::around(&points)
        .ok_or_else(|| "the story has no place or region to show on a map".into())
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
