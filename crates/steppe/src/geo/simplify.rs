//! Thinning arcs with Visvalingam–Whyatt (`geo`'s `SimplifyVw`), one arc at a time.
//!
//! Simplifying arcs rather than countries is what keeps neighbours' borders identical:
//! a border is one arc, thinned once, used by both countries. An arc keeps its end
//! points, so arcs still meet where they met.
//!
//! ```
//! use geo::coord;
//! let arc = vec![coord! { x: 0.0, y: 0.0 }, coord! { x: 5.0, y: 0.1 }, coord! { x: 10.0, y: 0.0 }];
//! assert_eq!(steppe::geo::simplify::simplify_arc(&arc, 1.0).len(), 2);
//! ```

use geo::{Coord, LineString, SimplifyVw};

/// The arc without points whose triangle with their neighbours is smaller than `area`
/// (square view-box units). An island that thins to nothing is dropped later, when its
/// ring has fewer than three points.
pub fn simplify_arc(arc: &[Coord], area: f64) -> Vec<Coord> {
    LineString::from(arc.to_vec()).simplify_vw(area).0
}
