//! Which labels a map shows at which width, so that none overlaps another.
//!
//! Labels are HTML text of a fixed size in CSS pixels over a map that scales with the
//! widget's width, so two labels that collide on a phone may both fit on a desktop, and
//! never the other way round (anchors move apart as the map grows; the text does not
//! grow). Each label gets the first of a few widths from which on it is shown, taken
//! greedily in priority order; a label that fits nowhere is not shown.
//!
//! ```
//! use steppe_core::geo::labels::{place, Candidate, Anchor};
//! let near = |text: &str, x| Candidate { text: text.into(), x, y: 100.0, anchors: vec![Anchor::Middle], font_px: 12.0 };
//! let tiers = place(&[near("Kazakhstan", 500.0), near("Kyrgyzstan", 530.0)], &[], 1000.0, 600.0);
//! assert_eq!(tiers[0].map(|t| t.tier), Some(0));
//! assert!(tiers[1].unwrap().tier > 0);
//! ```

pub use crate::bundle::Anchor;

/// The widget widths (CSS px) at which a label tier starts to show. Width 320 px is the
/// narrowest phone; the widget's stylesheet shows tier `t` from `TIER_WIDTHS[t]` on.
pub const TIER_WIDTHS: [f64; 4] = [320.0, 480.0, 720.0, 1000.0];

/// A label that wants to be shown, in priority order.
pub struct Candidate {
    pub text: String,
    /// The point, in view-box units.
    pub x: f64,
    pub y: f64,
    /// Positions to try, best first.
    pub anchors: Vec<Anchor>,
    pub font_px: f64,
}

/// Where and from which tier a label is shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    pub tier: u8,
    pub anchor: Anchor,
}

/// Gap between a place's dot and its label, and the dot's half size, in CSS px.
pub const DOT_GAP_PX: f64 = 7.0;
const DOT_HALF_PX: f64 = 4.0;

#[derive(Clone, Copy)]
struct BoxPx {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl BoxPx {
    fn overlaps(&self, o: &BoxPx) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }
}

/// An estimate of the text's box at widget width `width_px`: a generous 0.6 em per
/// character of a sans-serif face, so that real text fits inside it.
fn text_box(c: &Candidate, anchor: Anchor, scale: f64) -> BoxPx {
    let (x, y) = (c.x * scale, c.y * scale);
    let w = c.text.chars().count() as f64 * c.font_px * 0.6 + 4.0;
    let h = c.font_px * 1.4;
    let x0 = match anchor {
        Anchor::Middle => x - w / 2.0,
        Anchor::Start => x + DOT_GAP_PX - 2.0,
        Anchor::End => x - DOT_GAP_PX + 2.0 - w,
    };
    BoxPx {
        x0,
        y0: y - h / 2.0,
        x1: x0 + w,
        y1: y + h / 2.0,
    }
}

/// Tiers for candidates in priority order; `None` for a label that is never shown.
/// `view_width` and `view_height` are the map's view box; labels keep off the `dots`
/// (place points, in view-box units) and inside the map.
pub fn place(
    candidates: &[Candidate],
    dots: &[(f64, f64)],
    view_width: f64,
    view_height: f64,
) -> Vec<Option<Placed>> {
    let dot = |&(x, y): &(f64, f64), scale: f64| BoxPx {
        x0: x * scale - DOT_HALF_PX,
        y0: y * scale - DOT_HALF_PX,
        x1: x * scale + DOT_HALF_PX,
        y1: y * scale + DOT_HALF_PX,
    };
    let mut result: Vec<Option<Placed>> = vec![None; candidates.len()];
    for (i, c) in candidates.iter().enumerate() {
        result[i] = (0..TIER_WIDTHS.len()).find_map(|tier| {
            let fits = |anchor: Anchor| {
                let width = TIER_WIDTHS[tier];
                let scale = width / view_width;
                let b = text_box(c, anchor, scale);
                let inside =
                    b.x0 >= 0.0 && b.y0 >= 0.0 && b.x1 <= width && b.y1 <= view_height * scale;
                // Another label is checked at the first width where both show: from there
                // on the map only grows apart under fixed-size text.
                let clear_of_labels = result[..i].iter().zip(candidates).all(|(p, other)| {
                    p.is_none_or(|p| {
                        let scale = TIER_WIDTHS[tier.max(usize::from(p.tier))] / view_width;
                        !text_box(c, anchor, scale).overlaps(&text_box(other, p.anchor, scale))
                    })
                });
                inside && clear_of_labels && !dots.iter().any(|d| dot(d, scale).overlaps(&b))
            };
            c.anchors
                .iter()
                .copied()
                .find(|&a| fits(a))
                .map(|anchor| Placed {
                    tier: tier as u8,
                    anchor,
                })
        });
    }
    result
}
