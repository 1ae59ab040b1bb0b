//! The widget's colours, read from its own stylesheet (`www/steppe.css`, compiled in), so
//! that a card is painted as the reader sees the widget: each `--steppe-NAME:
//! light-dark(#light, #dark)` gives NAME its light value (cards are one image, in the
//! light theme).
//!
//! ```
//! let palette = steppe::card::palette::Palette::widget();
//! assert!(palette.get("sea").starts_with('#'));
//! ```

use std::collections::BTreeMap;

/// The stylesheet the widget adopts.
const WIDGET_CSS: &str = include_str!("../../../../www/steppe.css");

pub struct Palette(BTreeMap<String, String>);

impl Palette {
    /// The widget's palette.
    pub fn widget() -> Palette {
        Palette::from_css(WIDGET_CSS)
    }

    /// Every `--steppe-NAME: light-dark(A, B)` declaration of `css`, as NAME → A.
    pub fn from_css(css: &str) -> Palette {
        let mut colours = BTreeMap::new();
        for declaration in css.split(';') {
            let Some(at) = declaration.find("--steppe-") else {
                continue;
            };
            let Some((name, value)) = declaration[at + "--steppe-".len()..].split_once(':') else {
                continue;
            };
            let light = value
                .trim()
                .strip_prefix("light-dark(")
                .and_then(|v| v.split(',').next());
            if let Some(light) = light {
                colours.insert(name.trim().to_owned(), light.trim().to_owned());
            }
        }
        Palette(colours)
    }

    /// A colour by name (`sea`, `rust`, …); black for a name the stylesheet lacks, which
    /// the tests rule out for every name the cards use.
    pub fn get(&self, name: &str) -> &str {
        self.0.get(name).map_or("#000", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_light_value_of_each_colour() {
        let p = Palette::from_css(":host { /* a note: with a colon */ --steppe-sea: light-dark(#dbe8f0, #1f2e38); color: red;\n  --steppe-rust: light-dark(#b4532a, #c4683a); }");
        assert_eq!(
            (p.get("sea"), p.get("rust"), p.get("none")),
            ("#dbe8f0", "#b4532a", "#000")
        );
    }

    #[test]
    fn the_widget_has_every_colour_a_card_uses() {
        let p = Palette::widget();
        for name in super::super::COLOURS_USED {
            assert!(
                p.0.contains_key(*name),
                "--steppe-{name} is missing from www/steppe.css"
            );
        }
    }
}
