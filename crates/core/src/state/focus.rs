//! Where the arrow keys move focus inside a composite control that is one Tab stop (a
//! roving tabindex, as the WAI-ARIA Authoring Practices do for toolbars and radio groups):
//! along a row of toggles, or across the map to the nearest country in the arrow's direction.
//!
//! ```
//! use steppe_core::state::focus::{in_row, nearest};
//! assert_eq!(in_row("ArrowRight", 2, 3), Some(0)); // wraps
//! assert_eq!(in_row("Home", 2, 3), Some(0));
//! assert_eq!(in_row("a", 2, 3), None);
//! let points = [(0.0, 0.0), (10.0, 1.0), (-10.0, 0.0), (0.0, 10.0)];
//! assert_eq!(nearest(&points, 0, "ArrowRight"), Some(1));
//! assert_eq!(nearest(&points, 0, "ArrowDown"), Some(3)); // y grows downwards
//! assert_eq!(nearest(&points, 1, "ArrowRight"), None); // nothing further east
//! ```

use crate::locale::Dir;

/// An arrow key as the reading direction means it: right to left, ArrowLeft goes forward
/// (read as ArrowRight) and ArrowRight back, as the WAI-ARIA practices ask for a row of
/// controls; the map's arrows are geographic and do not pass through here.
///
/// ```
/// use steppe_core::{locale::Dir, state::focus::reading};
/// assert_eq!(reading("ArrowLeft", Dir::Rtl), "ArrowRight");
/// assert_eq!(reading("ArrowLeft", Dir::Ltr), "ArrowLeft");
/// assert_eq!(reading("Home", Dir::Rtl), "Home");
/// ```
pub fn reading(key: &str, dir: Dir) -> &str {
    match (dir, key) {
        (Dir::Rtl, "ArrowLeft") => "ArrowRight",
        (Dir::Rtl, "ArrowRight") => "ArrowLeft",
        _ => key,
    }
}

/// The item of a row of `count` that `key` moves focus to from item `at`: the arrows step
/// (wrapping round at both ends), Home and End go to the first and the last.
pub fn in_row(key: &str, at: usize, count: usize) -> Option<usize> {
    if count == 0 {
        return None;
    }
    match key {
        "ArrowRight" | "ArrowDown" => Some((at + 1) % count),
        "ArrowLeft" | "ArrowUp" => Some((at + count - 1) % count),
        "Home" => Some(0),
        "End" => Some(count - 1),
        _ => None,
    }
}

/// The point that an arrow `key` moves to from `points[at]`: the nearest one lying within 60°
/// either side of the arrow's direction (y grows downwards, as on the screen), counting
/// distance across the direction three times, so that a point straight ahead wins over a
/// nearer one well off to the side (on the default map, west of Russia is Ukraine, not
/// Kazakhstan). `None` when no point lies that way, or for another key.
pub fn nearest(points: &[(f64, f64)], at: usize, key: &str) -> Option<usize> {
    let (dx, dy) = match key {
        "ArrowRight" => (1.0, 0.0),
        "ArrowLeft" => (-1.0, 0.0),
        "ArrowDown" => (0.0, 1.0),
        "ArrowUp" => (0.0, -1.0),
        _ => return None,
    };
    let (x0, y0) = *points.get(at)?;
    points
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != at)
        .filter_map(|(i, (x, y))| {
            let (along, across) = (
                (x - x0) * dx + (y - y0) * dy,
                ((x - x0) * dy - (y - y0) * dx).abs(),
            );
            // tan 60° ≈ 1.732: the cone either side of the arrow.
            (along > 0.0 && across <= along * 1.732).then_some((i, along + 3.0 * across))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

/// Where `key` moves focus on a map of `points` from `points[at]`: an arrow to the nearest
/// point that way, Home and End to the first and the last.
pub fn on_map(points: &[(f64, f64)], at: usize, key: &str) -> Option<usize> {
    match key {
        "Home" | "End" => in_row(key, at, points.len()),
        _ => nearest(points, at, key),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn straight_ahead_beats_nearer_to_the_side_and_the_same_point_is_not_a_move() {
        // (10, 0) lies straight ahead at 10; (9, -1) is nearer but off the line: 9 + 3 × 1.
        let points = [(0.0, 0.0), (10.0, 0.0), (9.0, -1.0)];
        assert_eq!(nearest(&points, 0, "ArrowRight"), Some(1));
        assert_eq!(nearest(&points, 0, "ArrowUp"), None, "both lie outside 60°");
        let below = [(0.0, 0.0), (10.0, 0.0), (9.0, 1.0)];
        assert_eq!(nearest(&below, 0, "ArrowRight"), Some(1));
        // Two places at one point: the arrow moves on, not onto its twin.
        let twins = [(0.0, 0.0), (0.0, 0.0), (5.0, 0.0)];
        assert_eq!(nearest(&twins, 0, "ArrowRight"), Some(2));
        assert_eq!(nearest(&twins, 0, "ArrowLeft"), None);
    }

    #[test]
    fn on_a_map_home_and_end_go_to_the_ends_and_other_keys_nowhere() {
        let points = [(0.0, 0.0), (10.0, 0.0), (20.0, 0.0)];
        assert_eq!(on_map(&points, 1, "Home"), Some(0));
        assert_eq!(on_map(&points, 1, "End"), Some(2));
        assert_eq!(on_map(&points, 1, "ArrowLeft"), Some(0));
        assert_eq!(
            on_map(&points, 2, "ArrowRight"),
            None,
            "no wrapping on a map"
        );
        assert_eq!(on_map(&points, 1, "Enter"), None);
    }

    #[test]
    fn a_row_wraps_and_has_ends() {
        assert_eq!(in_row("ArrowLeft", 0, 4), Some(3));
        assert_eq!(in_row("ArrowUp", 1, 4), Some(0));
        assert_eq!(in_row("ArrowDown", 3, 4), Some(0));
        assert_eq!(in_row("End", 0, 4), Some(3));
        assert_eq!(in_row("Enter", 0, 4), None);
        assert_eq!(in_row("Home", 0, 0), None);
    }

    #[test]
    fn on_the_default_map_the_arrows_go_where_a_reader_looks() {
        let map = crate::bundle::read::read(crate::DEFAULT_BUNDLE)
            .unwrap()
            .map;
        let ids: Vec<&str> = map.regions.iter().map(|r| r.id.as_str()).collect();
        let points: Vec<(f64, f64)> = map.regions.iter().map(|r| (r.x, r.y)).collect();
        let from = |id: &str, key: &str| {
            let at = ids.iter().position(|i| *i == id).unwrap();
            nearest(&points, at, key).map(|i| ids[i])
        };
        // Kazakhstan: Mongolia lies east, Russia north, Central Asia south.
        assert_eq!(from("KAZ", "ArrowRight"), Some("MNG"));
        assert_eq!(from("KAZ", "ArrowUp"), Some("RUS"));
        assert!(
            matches!(from("KAZ", "ArrowDown"), Some("UZB" | "KGZ" | "TJK")),
            "{:?}",
            from("KAZ", "ArrowDown")
        );
        assert_eq!(from("CHN", "ArrowLeft"), Some("AFG"));
        assert_eq!(from("RUS", "ArrowLeft"), Some("UKR"));
        // Every country can be reached from every other by the arrows alone.
        let mut reached = vec![false; ids.len()];
        let mut todo = vec![0];
        while let Some(i) = todo.pop() {
            if std::mem::replace(&mut reached[i], true) {
                continue;
            }
            for key in ["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown"] {
                todo.extend(nearest(&points, i, key));
            }
        }
        assert!(
            reached.iter().all(|r| *r),
            "unreachable: {:?}",
            ids.iter()
                .zip(&reached)
                .filter(|(_, r)| !**r)
                .collect::<Vec<_>>()
        );
    }
}
