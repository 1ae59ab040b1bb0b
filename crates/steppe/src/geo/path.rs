//! SVG path data for rings, quantised to whole units of the map's view box.
//!
//! Each ring is an absolute move to its first point, relative line segments, and a close:
//! `M120 84l3-2 5 1z`. Rounding the absolute points first and then taking differences
//! keeps the rounding from adding up along a ring, and makes two rings that share points
//! share exactly the same rounded points.
//!
//! ```
//! use geo::coord;
//! let d = steppe::geo::path::rings_to_path(&[vec![
//!     coord! { x: 0.4, y: 0.0 }, coord! { x: 10.2, y: 0.0 }, coord! { x: 10.0, y: 9.6 },
//! ]]);
//! assert_eq!(d, "M0 0l10 0 0 10z");
//! ```

use geo::Coord;
use std::fmt::Write;

/// A point rounded to whole units.
pub fn quantize(c: Coord) -> (i64, i64) {
    (c.x.round() as i64, c.y.round() as i64)
}

/// The rounded ring without repeated consecutive points or a closing repeat.
pub fn quantize_ring(ring: &[Coord]) -> Vec<(i64, i64)> {
    let mut points: Vec<(i64, i64)> = Vec::with_capacity(ring.len());
    for &c in ring {
        let q = quantize(c);
        if points.last() != Some(&q) {
            points.push(q);
        }
    }
    while points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    points
}

/// Path data for rings; a ring that rounds to fewer than three points is left out.
pub fn rings_to_path(rings: &[Vec<Coord>]) -> String {
    let mut d = String::new();
    for ring in rings {
        let points = quantize_ring(ring);
        if points.len() < 3 {
            continue;
        }
        let (mut x, mut y) = points[0];
        let _ = write!(d, "M{x} {y}l");
        for (i, &(px, py)) in points[1..].iter().enumerate() {
            let sep = if i == 0 { "" } else { " " };
            let _ = write!(d, "{sep}{}", px - x);
            let dy = py - y;
            let _ = write!(d, "{}{dy}", if dy < 0 { "" } else { " " });
            (x, y) = (px, py);
        }
        d.push('z');
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::coord;

    #[test]
    fn negative_numbers_need_no_separator() {
        let ring = [
            coord! { x: 5.0, y: 5.0 },
            coord! { x: 2.0, y: 1.0 },
            coord! { x: 9.0, y: 3.0 },
            coord! { x: 5.0, y: 5.0 },
        ];
        assert_eq!(rings_to_path(&[ring.to_vec()]), "M5 5l-3-4 7 2z");
    }

    #[test]
    fn rings_that_round_to_a_point_or_line_are_dropped() {
        let speck = vec![
            coord! { x: 1.1, y: 1.1 },
            coord! { x: 1.2, y: 0.9 },
            coord! { x: 0.9, y: 1.0 },
        ];
        assert_eq!(rings_to_path(&[speck]), "");
    }
}
