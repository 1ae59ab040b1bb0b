//! The carousel's position: which of the shown quotes is current. Kept by id, so that it
//! stays on the same quote when the filters change around it.
//!
//! ```
//! use steppe_core::state::carousel::{position, step};
//! let shown = ["a", "b", "c"];
//! assert_eq!(step(&shown, Some("c"), 1).as_deref(), Some("a"));
//! assert_eq!(step(&shown, Some("a"), -1).as_deref(), Some("c"));
//! assert_eq!(position(&shown, &"b"), Some((2, 3)));
//! ```

/// The quote `delta` places from `current` among `shown`, wrapping at both ends.
pub fn step(shown: &[&str], current: Option<&str>, delta: isize) -> Option<String> {
    if shown.is_empty() {
        return None;
    }
    let at = current
        .and_then(|c| shown.iter().position(|s| *s == c))
        .unwrap_or(0) as isize;
    let n = shown.len() as isize;
    Some(shown[(at + delta).rem_euclid(n) as usize].to_owned())
}

/// The current quote after the shown set changed: the same one while it is shown, else
/// the first shown one that follows it in story order, else the first shown one.
pub fn settle(all: &[&str], shown: &[&str], current: Option<&str>) -> Option<String> {
    let current = current.filter(|c| all.contains(c));
    if let Some(c) = current.filter(|c| shown.contains(c)) {
        return Some(c.to_owned());
    }
    let after = current
        .and_then(|c| all.iter().position(|a| *a == c))
        .map_or(0, |i| i + 1);
    all[after.min(all.len())..]
        .iter()
        .find(|a| shown.contains(a))
        .or_else(|| shown.first())
        .map(|s| (*s).to_owned())
}

/// "N of M": a quote's place among the shown ones, counting from 1 (by id or by index).
pub fn position<T: PartialEq>(shown: &[T], quote: &T) -> Option<(usize, usize)> {
    let at = shown.iter().position(|s| s == quote)?;
    Some((at + 1, shown.len()))
}

/// Whether an autoplaying carousel turns now: only while the reader has not paused it,
/// is neither pointing at it nor working inside it, and has not asked for reduced motion
/// (the WAI-ARIA carousel pattern).
pub fn rotates(playing: bool, hovered: bool, focused: bool, reduced_motion: bool) -> bool {
    playing && !hovered && !focused && !reduced_motion
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [&str; 5] = ["a", "b", "c", "d", "e"];

    #[test]
    fn wraps_at_both_ends_and_survives_no_current() {
        let shown = ["b", "d"];
        assert_eq!(step(&shown, Some("d"), 1).as_deref(), Some("b"));
        assert_eq!(step(&shown, Some("b"), -1).as_deref(), Some("d"));
        assert_eq!(step(&shown, None, 1).as_deref(), Some("d"));
        assert_eq!(step(&[], Some("b"), 1), None);
        assert_eq!(step(&["x"], Some("x"), 1).as_deref(), Some("x"));
    }

    #[test]
    fn stays_on_its_quote_while_shown() {
        assert_eq!(
            settle(&ALL, &["a", "c", "e"], Some("c")).as_deref(),
            Some("c")
        );
        assert_eq!(position(&["a", "c", "e"], &"c"), Some((2, 3)));
    }

    #[test]
    fn moves_to_the_next_shown_when_its_quote_is_filtered_out() {
        assert_eq!(settle(&ALL, &["a", "d"], Some("b")).as_deref(), Some("d"));
        assert_eq!(
            settle(&ALL, &["a", "b"], Some("e")).as_deref(),
            Some("a"),
            "wraps to the first"
        );
        assert_eq!(settle(&ALL, &[], Some("b")), None);
        assert_eq!(settle(&ALL, &["c"], None).as_deref(), Some("c"));
        assert_eq!(settle(&ALL, &["c"], Some("unknown")).as_deref(), Some("c"));
    }

    #[test]
    fn rotation_stops_for_hover_focus_pause_and_reduced_motion() {
        assert!(rotates(true, false, false, false));
        assert!(!rotates(false, false, false, false));
        assert!(!rotates(true, true, false, false));
        assert!(!rotates(true, false, true, false));
        assert!(!rotates(true, false, false, true));
    }

    #[test]
    fn position_is_valid_as_the_set_shrinks_and_grows() {
        let mut current = Some("c".to_owned());
        for shown in [&ALL[..], &["c", "e"], &["a"], &[], &ALL[..]] {
            current = settle(&ALL, shown, current.as_deref()).or(current);
            match current.as_deref().and_then(|c| position(shown, &c)) {
                Some((n, m)) => assert!(n >= 1 && n <= m && m == shown.len()),
                None => assert!(shown.is_empty()),
            }
        }
    }
}
