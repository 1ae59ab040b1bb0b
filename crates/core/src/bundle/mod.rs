//! The bundle: what the widget reads. A validated story plus its map, prepared at build
//! time (`steppe build`), so that the browser only draws: no TopoJSON, no projection.
//!
//! Written natively as JSON (with serde, [`Bundle::to_json`]) by `steppe build`, which
//! checks the story first; read in the browser by [`read`], which checks only what keeps
//! the page safe.

pub mod read;

use crate::locale::Locale;
use crate::story::Story;
use serde::Serialize;

/// The bundle format this build writes and reads, written as the bundle's `format`: a
/// widget refuses a bundle of another format, with a message to build it again.
pub const FORMAT: u32 = 1;

/// A story, its map, and the words the widget writes in the story's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Bundle {
    pub story: Story,
    pub map: Map,
    pub locale: Locale,
}

/// A map in view-box units: `0 0 width height`, y downwards.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
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

impl Map {
    /// The label tier from which a place's dot is drawn: the first at which a label names
    /// it. `None` when no label names it at any width: a dot nobody can name is noise, so
    /// it is not drawn.
    ///
    /// ```
    /// use steppe_core::bundle::{Map, MapLabel};
    /// let label = |of: &str, tier, until| MapLabel { of: of.into(), tier, until, ..MapLabel::default() };
    /// let map = Map { labels: vec![label("place:a", 1, Some(3)), label("place:a", 3, None)], ..Map::default() };
    /// assert_eq!(map.place_tier("a"), Some(1));
    /// assert_eq!(map.place_tier("b"), None);
    /// ```
    pub fn place_tier(&self, place: &str) -> Option<u8> {
        self.labels_of(place).map(|l| l.tier).min()
    }

    /// The labels the static fallback writes into its SVG, where they scale with the map:
    /// those shown from a phone's to a desktop's width (tiers up to 2), in their full text.
    pub fn static_labels(&self) -> impl Iterator<Item = &MapLabel> {
        self.labels
            .iter()
            .filter(|l| l.tier <= 2 && l.until.is_none())
    }

    /// Whether the static fallback names a place, and so draws its dot.
    pub fn statically_named(&self, place: &str) -> bool {
        let of = format!("place:{place}");
        self.static_labels().any(|l| l.of == of)
    }

    fn labels_of<'a>(&'a self, place: &str) -> impl Iterator<Item = &'a MapLabel> {
        let of = format!("place:{place}");
        self.labels.iter().filter(move |l| l.of == of)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hit: Option<[f64; 2]>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct MapPlace {
    pub id: String,
    pub x: f64,
    pub y: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct MapLabel {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
    /// Shown from this tier's width on (see `geo::labels`)…
    pub tier: u8,
    /// …until this one's, where a longer text for the same thing takes over.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<u8>,
    /// What it names: `region:KAZ` or `place:beijing`.
    pub of: String,
}

/// Where a label's text stands relative to its point.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Anchor {
    /// Centred on the point (country names).
    #[default]
    Middle,
    /// To the right of a place's dot.
    Start,
    /// To the left of a place's dot.
    End,
}

impl Anchor {
    /// The name in the bundle, and SVG's `text-anchor` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Middle => "middle",
            Anchor::Start => "start",
            Anchor::End => "end",
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Bundle {
    /// The bundle as `steppe build` writes it: `{"format": FORMAT, "locale": …, "story": …,
    /// "map": …}` and a newline (the locale first, so that the error box of a bundle
    /// refused later still speaks its language).
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct Written<'a> {
            format: u32,
            locale: &'a Locale,
            story: &'a Story,
            map: &'a Map,
        }
        let written = Written {
            format: FORMAT,
            locale: &self.locale,
            story: &self.story,
            map: &self.map,
        };
        serde_json::to_string(&written).unwrap_or_default() + "\n"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(of: &str, tier: u8, until: Option<u8>) -> MapLabel {
        MapLabel {
            of: of.into(),
            tier,
            until,
            ..MapLabel::default()
        }
    }

    /// A's labels from tier 1 (short, until 3) and 3 (long); B's only from tier 3; C's a
    /// long one from tier 2; a region's at tier 0.
    fn map() -> Map {
        Map {
            labels: vec![
                label("place:a", 1, Some(3)),
                label("place:a", 3, None),
                label("place:b", 3, None),
                label("place:c", 2, None),
                label("region:KAZ", 0, None),
            ],
            ..Map::default()
        }
    }

    #[test]
    fn a_place_is_drawn_from_the_first_tier_that_names_it() {
        let map = map();
        assert_eq!(map.place_tier("a"), Some(1));
        assert_eq!(map.place_tier("b"), Some(3));
        assert_eq!(map.place_tier("c"), Some(2));
        assert_eq!(map.place_tier("KAZ"), None, "a region is not a place");
        assert_eq!(map.place_tier("d"), None);
    }

    #[test]
    fn the_fallback_writes_whole_labels_up_to_tier_two_and_draws_their_dots() {
        let map = map();
        let written: Vec<(&str, u8)> = map
            .static_labels()
            .map(|l| (l.of.as_str(), l.tier))
            .collect();
        assert_eq!(written, [("place:c", 2), ("region:KAZ", 0)]);
        assert!(map.statically_named("c"));
        // A's only label up to tier 2 gives way to a longer one: not whole, not written.
        assert!(!map.statically_named("a"));
        assert!(!map.statically_named("b"));
        assert!(!map.statically_named("KAZ"));
    }
}
