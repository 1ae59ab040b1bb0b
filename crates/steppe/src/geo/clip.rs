//! Clipping a ring to the map's rectangle.
//!
//! Sutherland–Hodgman against an axis-aligned rectangle: every vertex inside the frame
//! is kept exactly as it was, and points are added only where the ring crosses the frame.
//! `geo`'s boolean operations would do the clip too, but they snap vertices to an integer
//! grid scaled to each input's bounds, so the same border would move differently in its
//! two countries; here a shared border stays the same points in both.
//!
//! ```
//! use geo::{coord, Rect};
//! let frame = Rect::new(coord! { x: 0.0, y: 0.0 }, coord! { x: 10.0, y: 10.0 });
//! let ring = vec![coord! { x: 5.0, y: 5.0 }, coord! { x: 15.0, y: 5.0 }, coord! { x: 5.0, y: 8.0 }];
//! let clipped = steppe::geo::clip::clip_ring(&ring, &frame);
//! assert!(clipped.iter().all(|c| c.x <= 10.0));
//! assert!(clipped.contains(&coord! { x: 5.0, y: 5.0 }));
//! ```

use geo::{Coord, Rect};

/// The part of a closed ring inside `frame`, as an open ring (no repeated last point);
/// empty when nothing of it is inside.
pub fn clip_ring(ring: &[Coord], frame: &Rect) -> Vec<Coord> {
    let (min, max) = (frame.min(), frame.max());
    let mut points: Vec<Coord> = ring.to_vec();
    if points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    for edge in [
        Edge::Left(min.x),
        Edge::Right(max.x),
        Edge::Top(min.y),
        Edge::Bottom(max.y),
    ] {
        let Some(&last) = points.last() else { break };
        let mut out = Vec::with_capacity(points.len() + 4);
        let mut previous = last;
        for &current in &points {
            match (edge.keeps(previous), edge.keeps(current)) {
                (true, true) => out.push(current),
                (true, false) => out.push(edge.crossing(previous, current)),
                (false, true) => {
                    out.push(edge.crossing(previous, current));
                    out.push(current);
                }
                (false, false) => {}
            }
            previous = current;
        }
        points = out;
    }
    points
}

/// One side of the frame (y grows downwards, so the top is the smallest y).
#[derive(Clone, Copy)]
enum Edge {
    Left(f64),
    Right(f64),
    Top(f64),
    Bottom(f64),
}

impl Edge {
    fn keeps(self, p: Coord) -> bool {
        match self {
            Edge::Left(x) => p.x >= x,
            Edge::Right(x) => p.x <= x,
            Edge::Top(y) => p.y >= y,
            Edge::Bottom(y) => p.y <= y,
        }
    }

    /// Where the segment from `a` to `b` crosses this edge.
    fn crossing(self, a: Coord, b: Coord) -> Coord {
        match self {
            Edge::Left(x) | Edge::Right(x) => Coord {
                x,
                y: a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x),
            },
            Edge::Top(y) | Edge::Bottom(y) => Coord {
                x: a.x + (b.x - a.x) * (y - a.y) / (b.y - a.y),
                y,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::coord;

    fn frame() -> Rect {
        Rect::new(coord! { x: 0.0, y: 0.0 }, coord! { x: 10.0, y: 10.0 })
    }

    #[test]
    fn inside_ring_is_unchanged() {
        let ring = vec![
            coord! { x: 1.0, y: 1.0 },
            coord! { x: 2.0, y: 1.0 },
            coord! { x: 1.5, y: 3.0 },
            coord! { x: 1.0, y: 1.0 },
        ];
        assert_eq!(clip_ring(&ring, &frame()), ring[..3]);
    }

    #[test]
    fn outside_ring_vanishes() {
        let ring = vec![
            coord! { x: 20.0, y: 1.0 },
            coord! { x: 30.0, y: 1.0 },
            coord! { x: 25.0, y: 3.0 },
        ];
        assert!(clip_ring(&ring, &frame()).is_empty());
    }

    #[test]
    fn crossing_ring_gets_points_on_the_frame() {
        // A diamond around the frame's centre, its corners cut off by the frame.
        let ring = vec![
            coord! { x: -3.0, y: 5.0 },
            coord! { x: 5.0, y: -3.0 },
            coord! { x: 13.0, y: 5.0 },
            coord! { x: 5.0, y: 13.0 },
        ];
        let mut clipped: Vec<(f64, f64)> = clip_ring(&ring, &frame())
            .iter()
            .map(|c| (c.x, c.y))
            .collect();
        clipped.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let expected = [
            (0.0, 2.0),
            (0.0, 8.0),
            (2.0, 0.0),
            (2.0, 10.0),
            (8.0, 0.0),
            (8.0, 10.0),
            (10.0, 2.0),
            (10.0, 8.0),
        ];
        assert_eq!(clipped, expected);
    }
}
