//! The bundle: what the widget reads. A validated story plus its map, prepared at build
//! time (`steppe build`), so that the browser only draws: no TopoJSON, no projection.
//!
//! Written natively as JSON; read in the browser by `JSON.parse` and serde-wasm-bindgen.

use crate::story::Story;
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
