//! The bundle: what the widget reads. A validated story plus its map, prepared at build
//! time (`steppe build`), so that the browser only draws: no TopoJSON, no projection.
//!
//! Written natively as JSON; read in the browser by `JSON.parse` and serde-wasm-bindgen.

use crate::story::{Problem, Story};
use serde::{Deserialize, Serialize};

/// A story and its map.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bundle {
    pub story: Story,
    pub map: Map,
}

/// A map in view-box units: `0 0 width height`, y downwards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Map {
    pub width: u32,
    pub height: u32,
    /// Countries outside the story, as one path.
    pub land: String,
    /// The story's regions that are on the map, in story order.
    pub regions: Vec<MapRegion>,
    /// The story's places that are on the map.
    pub places: Vec<MapPlace>,
    /// The route as a line, and arrowheads that show its direction.
    pub route: String,
    pub arrows: String,
    /// Labels, each shown from its tier's width on (see `geo::labels`).
    pub labels: Vec<MapLabel>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapRegion {
    /// The region's id (ISO alpha-3).
    pub id: String,
    /// SVG path data.
    pub d: String,
    /// A point well inside the region: its label's and its hit target's centre.
    pub x: f64,
    pub y: f64,
    /// For a region too small to hit on a phone: the centre of a larger invisible target,
    /// kept clear of other small regions' targets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hit: Option<[f64; 2]>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapPlace {
    pub id: String,
    pub x: f64,
    pub y: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapLabel {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
    /// Shown from this tier's width on (see `geo::labels`)…
    pub tier: u8,
    /// …until this one's, where a longer text for the same thing takes over.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<u8>,
    /// What it names: `region:KAZ` or `place:beijing`.
    pub of: String,
}

/// Where a label's text stands relative to its point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Anchor {
    /// Centred on the point (country names).
    Middle,
    /// To the right of a place's dot.
    Start,
    /// To the left of a place's dot.
    End,
}

impl Map {
    /// What is wrong with a map that did not come from this build (a bundle loaded by URL
    /// may come from anywhere): every number finite and inside the view box, path data only
    /// path commands and numbers. Nothing from a map reaches the
    /// page unchecked, so no `NaN` or `Infinity` can end up in an SVG attribute.
    ///
    /// ```
    /// use steppe_core::bundle::Map;
    /// let mut map = Map { width: 100, height: 50, land: "M0 0L10 10Z".into(), regions: vec![],
    ///     places: vec![], route: String::new(), arrows: String::new(), labels: vec![] };
    /// assert!(map.problems().is_empty());
    /// map.land = "M0 0L1e400 NaN".into();
    /// assert_eq!(map.problems()[0].path, "$.map.land");
    /// ```
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let (w, h) = (f64::from(self.width), f64::from(self.height));
        if !(1..=4000).contains(&self.width) || !(1..=4000).contains(&self.height) {
            problems.push(
                Problem::new("$.map", "a map of 1 to 4000 units a side")
                    .found(format!("{} × {}", self.width, self.height)),
            );
        }
        let mut point = |path: String, x: f64, y: f64| {
            if !(x.is_finite() && y.is_finite() && (0.0..=w).contains(&x) && (0.0..=h).contains(&y))
            {
                problems
                    .push(Problem::new(path, "a point outside the map").found(format!("{x}, {y}")));
            }
        };
        for (i, r) in self.regions.iter().enumerate() {
            point(format!("$.map.regions[{i}]"), r.x, r.y);
            if let Some([x, y]) = r.hit {
                point(format!("$.map.regions[{i}].hit"), x, y);
            }
        }
        for (i, p) in self.places.iter().enumerate() {
            point(format!("$.map.places[{i}]"), p.x, p.y);
        }
        for (i, l) in self.labels.iter().enumerate() {
            point(format!("$.map.labels[{i}]"), l.x, l.y);
        }
        let paths = [
            ("land", &self.land),
            ("route", &self.route),
            ("arrows", &self.arrows),
        ]
        .into_iter()
        .map(|(name, d)| (format!("$.map.{name}"), d))
        .chain(
            self.regions
                .iter()
                .enumerate()
                .map(|(i, r)| (format!("$.map.regions[{i}].d"), &r.d)),
        );
        for (path, d) in paths {
            if !is_path_data(d) {
                problems.push(
                    Problem::new(path, "not SVG path data made by steppe build")
                        .found(crate::story::json::quoted(d)),
                );
            }
        }
        problems
    }
}

/// Path data as `geo::path` writes it: commands and plain decimal numbers, nothing else
/// (no exponent, so no `1e400`; no letters that spell `NaN` or `inf`).
fn is_path_data(d: &str) -> bool {
    d.bytes().all(|b| b"MLHVZmlhvz0123456789.,- ".contains(&b))
}
