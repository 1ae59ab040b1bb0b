//! The widget's state: what the reader has selected. Pure, so that every rule is tested
//! natively; the views only render it and send it events.
//!
//! ```
//! use steppe_core::state::{Event, State};
//! let mut state = State::default();
//! state.apply(Event::ToggleRegion("KAZ".into()));
//! assert_eq!(state.region.as_deref(), Some("KAZ"));
//! state.apply(Event::ToggleRegion("KAZ".into()));
//! assert_eq!(state.region, None);
//! ```

/// Everything the reader has chosen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// The selected region's id, if any.
    pub region: Option<String>,
}

/// What the reader did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Pressed a region's button: select it, or unselect it if it was selected.
    ToggleRegion(String),
    /// Asked for a region to be selected (host API, links): select it.
    SelectRegion(String),
    /// Escape or "Clear selection".
    Clear,
}

impl State {
    pub fn apply(&mut self, event: Event) {
        match event {
            Event::ToggleRegion(id) if self.region.as_deref() == Some(id.as_str()) => {
                self.region = None
            }
            Event::ToggleRegion(id) | Event::SelectRegion(id) => self.region = Some(id),
            Event::Clear => self.region = None,
        }
    }

    pub fn is_selected(&self, id: &str) -> bool {
        self.region.as_deref() == Some(id)
    }
}

/// What a key pressed on a region's button means (the WAI-ARIA button pattern: Enter and
/// Space press it; Escape clears the selection).
pub fn region_key(key: &str, region: &str) -> Option<Event> {
    match key {
        "Enter" | " " => Some(Event::ToggleRegion(region.to_owned())),
        "Escape" => Some(Event::Clear),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selecting_another_region_moves_the_selection() {
        let mut s = State::default();
        s.apply(Event::ToggleRegion("KAZ".into()));
        s.apply(Event::ToggleRegion("UZB".into()));
        assert!(s.is_selected("UZB") && !s.is_selected("KAZ"));
    }

    #[test]
    fn select_never_unselects_and_clear_clears() {
        let mut s = State::default();
        s.apply(Event::SelectRegion("KAZ".into()));
        s.apply(Event::SelectRegion("KAZ".into()));
        assert!(s.is_selected("KAZ"));
        s.apply(Event::Clear);
        assert_eq!(s, State::default());
    }

    #[test]
    fn keys() {
        assert_eq!(
            region_key("Enter", "KAZ"),
            Some(Event::ToggleRegion("KAZ".into()))
        );
        assert_eq!(
            region_key(" ", "KAZ"),
            Some(Event::ToggleRegion("KAZ".into()))
        );
        assert_eq!(region_key("Escape", "KAZ"), Some(Event::Clear));
        assert_eq!(region_key("a", "KAZ"), None);
    }
}
