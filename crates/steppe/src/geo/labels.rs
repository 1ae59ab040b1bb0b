//! Which labels a map shows at which width, so that none overlaps another.
//!
//! Labels are HTML text of a fixed size in CSS pixels over a map that scales with the
//! widget's width, so two labels that collide on a phone may both fit on a desktop, and
//! never the other way round (anchors move apart as the map grows; the text does not
//! grow). In priority order, each label takes the first width tier at which its text
//! fits; a label with a short form (a stop's name without its dates) may show that on
//! narrower maps, until the full text fits. A label that fits nowhere is not shown.
//!
//! ```
//! use steppe::geo::labels::{place, Candidate, Anchor};
//! let near = |text: &str, x| Candidate { text: text.into(), short: None, x, y: 100.0, anchors: vec![Anchor::Middle], font_px: 12.0 };
//! let placed = place(&[near("Kazakhstan", 500.0), near("Kyrgyzstan", 600.0)], &[], 1000.0, 600.0);
//! assert_eq!(placed[0].from, 0);
//! assert_eq!(placed[1].from, 3, "shown only on maps 1000 px wide and more");
//! ```

pub use steppe_core::bundle::Anchor;

/// The map widths (CSS px) at which a label tier starts to show; the widget's stylesheet
/// shows tier `t` from `TIER_WIDTHS[t]` on. Tier 0 is checked at 240 px: a 320 px phone
/// less the margins of a news page and of the widget.
pub const TIER_WIDTHS: [f64; 4] = [240.0, 480.0, 720.0, 1000.0];

/// A label that wants to be shown, in priority order.
pub struct Candidate {
    pub text: String,
    /// A shorter text for narrow maps.
    pub short: Option<String>,
    /// The point, in view-box units.
    pub x: f64,
    pub y: f64,
    /// Positions to try, best first.
    pub anchors: Vec<Anchor>,
    pub font_px: f64,
}

/// A label shown with one text from tier `from` until (not including) tier `until`.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// Which candidate it shows.
    pub candidate: usize,
    pub text: String,
    pub anchor: Anchor,
    pub from: u8,
    pub until: Option<u8>,
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

    fn around(x: f64, y: f64, half: f64) -> BoxPx {
        BoxPx {
            x0: x - half,
            y0: y - half,
            x1: x + half,
            y1: y + half,
        }
    }
}

/// An estimate of a text's box on a map `scale` CSS px per view-box unit: a generous
/// 0.6 em per character of a sans-serif face, so that the real text fits inside it.
fn text_box(c: &Candidate, text: &str, anchor: Anchor, scale: f64) -> BoxPx {
    let (x, y) = (c.x * scale, c.y * scale);
    let w = text.chars().map(em).sum::<f64>() * c.font_px + 4.0;
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

/// A character's width in ems, as label placement reckons it: a Chinese, Japanese or
/// Korean character (or a full-width form) is square, others about 0.6.
fn em(c: char) -> f64 {
    let wide = matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA960..=0xA97F | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD);
    if wide {
        1.0
    } else {
        0.6
    }
}

/// Places candidates in priority order. `view_width` and `view_height` are the map's
/// view box; labels stay inside it and keep off the `dots` (place points, view units).
pub fn place(
    candidates: &[Candidate],
    dots: &[(f64, f64)],
    view_width: f64,
    view_height: f64,
) -> Vec<Placed> {
    let tiers = TIER_WIDTHS.len() as u8;
    let mut placed: Vec<Placed> = Vec::new();
    for (i, c) in candidates.iter().enumerate() {
        let fits = |text: &str, anchor: Anchor, tier: u8, placed: &[Placed]| {
            let width = TIER_WIDTHS[usize::from(tier)];
            let scale = width / view_width;
            let b = text_box(c, text, anchor, scale);
            let inside = b.x0 >= 0.0 && b.y0 >= 0.0 && b.x1 <= width && b.y1 <= view_height * scale;
            // Another label is checked at the first width where both show: from there on
            // the map only grows apart under fixed-size text.
            let clear = placed
                .iter()
                .filter(|p| p.until.is_none_or(|u| u > tier))
                .all(|p| {
                    let scale = TIER_WIDTHS[usize::from(tier.max(p.from))] / view_width;
                    let other = &candidates[p.candidate];
                    !text_box(c, text, anchor, scale)
                        .overlaps(&text_box(other, &p.text, p.anchor, scale))
                });
            let off_dots = !dots
                .iter()
                .any(|&(x, y)| BoxPx::around(x * scale, y * scale, DOT_HALF_PX).overlaps(&b));
            inside && clear && off_dots
        };
        let first_fit = |text: &str, from: u8, placed: &[Placed]| {
            (from..tiers).find_map(|tier| {
                c.anchors
                    .iter()
                    .copied()
                    .find(|&a| fits(text, a, tier, placed))
                    .map(|a| (tier, a))
            })
        };
        let full = first_fit(&c.text, 0, &placed);
        if let Some(short) = c
            .short
            .as_deref()
            .filter(|_| full.is_none_or(|(tier, _)| tier > 0))
        {
            if let Some((from, anchor)) = first_fit(short, 0, &placed) {
                let until = full.map(|(tier, _)| tier).filter(|&t| t > from);
                if until.is_some() || full.is_none() {
                    placed.push(Placed {
                        candidate: i,
                        text: short.to_owned(),
                        anchor,
                        from,
                        until,
                    });
                }
            }
        }
        if let Some((from, anchor)) = full {
            placed.push(Placed {
                candidate: i,
                text: c.text.clone(),
                anchor,
                from,
                until: None,
            });
        }
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stop(text: &str, short: &str, x: f64) -> Candidate {
        Candidate {
            text: text.into(),
            short: Some(short.into()),
            x,
            y: 50.0,
            anchors: vec![Anchor::Start],
            font_px: 11.0,
        }
    }

    #[test]
    fn short_form_fills_in_until_the_full_text_fits() {
        let placed = place(
            &[stop("Nur-Sultan, 14 Sept", "Nur-Sultan", 500.0)],
            &[],
            1000.0,
            100.0,
        );
        assert_eq!(placed.len(), 2, "{placed:?}");
        assert_eq!((placed[0].text.as_str(), placed[0].from), ("Nur-Sultan", 0));
        assert_eq!(placed[0].until, Some(placed[1].from));
        assert_eq!(placed[1].text, "Nur-Sultan, 14 Sept");
    }

    #[test]
    fn labels_keep_off_dots_and_inside_the_map() {
        let c = Candidate {
            text: "Tokyo".into(),
            short: None,
            x: 990.0,
            y: 50.0,
            anchors: vec![Anchor::Start, Anchor::End],
            font_px: 11.0,
        };
        let placed = place(&[c], &[], 1000.0, 100.0);
        assert_eq!(
            placed[0].anchor,
            Anchor::End,
            "no room to the right of the dot"
        );
        let c = Candidate {
            text: "Here".into(),
            short: None,
            x: 500.0,
            y: 50.0,
            anchors: vec![Anchor::Middle],
            font_px: 11.0,
        };
        assert!(place(&[c], &[(500.0, 50.0)], 1000.0, 100.0).is_empty());
    }
}
