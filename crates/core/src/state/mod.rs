//! The widget's state: the selected region, the filters and the current quote. Pure, so
//! that every rule is tested natively; the views only render it and send it events.
//!
//! The map and the "Country concerned" filter are one choice seen twice: selecting a
//! region on the map makes it the only country chosen, choosing a country in the filter
//! selects it on the map, and clearing either clears both.
//!
//! ```
//! use steppe_core::state::{Event, State};
//! let story = steppe_core::story::Story::from_json_text(steppe_core::DEFAULT_STORY).unwrap();
//! let mut state = State::new(&story);
//! state.apply(&story, Event::ToggleRegion("KAZ".into()));
//! assert!(state.shown(&story).iter().all(|q| q.regions.iter().any(|r| r == "KAZ")));
//! state.apply(&story, Event::ToggleRegion("KAZ".into()));
//! assert_eq!(state.shown(&story).len(), story.quotes.len());
//! ```

pub mod carousel;
pub mod filters;
pub mod focus;

use crate::locale::{Dir, Key, Locale};
use crate::story::{Quote, Story};
use filters::{Filters, Group};

/// Everything the reader has chosen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// The region selected on the map, if any.
    pub region: Option<String>,
    pub filters: Filters,
    /// The current quote's id; kept while the filters show no quote at all.
    pub quote: Option<String>,
}

/// What the reader (or the host page) did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Pressed a region's button: select it, or unselect it if it was selected.
    ToggleRegion(String),
    /// Asked for a region to be selected (host API): select it.
    SelectRegion(String),
    /// Escape or "Clear selection": no region, no country filter.
    Clear,
    /// Pressed a filter option.
    ToggleFilter(Group, String),
    /// "Clear filters": every filter and the map's selection.
    ClearFilters,
    /// "Next quote" (1) or "Previous quote" (-1), wrapping.
    Step(isize),
    /// Show this quote, clearing filters that would hide it.
    ShowQuote(String),
    /// Opened a link to this quote (`share`): that quote, with nothing filtered or selected,
    /// as the one who shared it saw it.
    Follow(String),
}

impl State {
    /// The state a story opens in: nothing chosen, the first quote current.
    pub fn new(story: &Story) -> State {
        State {
            quote: story.quotes.first().map(|q| q.id.clone()),
            ..State::default()
        }
    }

    pub fn apply(&mut self, story: &Story, event: Event) {
        match event {
            Event::ToggleRegion(id) if self.region.as_deref() == Some(id.as_str()) => {
                self.select(None)
            }
            Event::ToggleRegion(id) | Event::SelectRegion(id) => self.select(Some(id)),
            Event::Clear => self.select(None),
            Event::ToggleFilter(group, id) => {
                self.filters.toggle(group, &id);
                if group == Group::Country {
                    self.region = if self.filters.countries.contains(&id) {
                        Some(id)
                    } else if self.region.as_deref() == Some(id.as_str()) {
                        self.filters.countries.iter().next().cloned()
                    } else {
                        self.region.take()
                    };
                }
            }
            Event::ClearFilters => {
                self.filters = Filters::default();
                self.region = None;
            }
            Event::Step(delta) => {
                let shown = self.shown_ids(story);
                self.quote =
                    carousel::step(&shown, self.quote.as_deref(), delta).or(self.quote.take());
                return;
            }
            Event::ShowQuote(id) => {
                if story.quotes.iter().any(|q| q.id == id) {
                    if !self.shown_ids(story).contains(&id.as_str()) {
                        self.filters = Filters::default();
                        self.region = None;
                    }
                    self.quote = Some(id);
                }
                return;
            }
            Event::Follow(id) => {
                if story.quotes.iter().any(|q| q.id == id) {
                    self.filters = Filters::default();
                    self.region = None;
                    self.quote = Some(id);
                }
                return;
            }
        }
        self.settle(story);
    }

    fn select(&mut self, region: Option<String>) {
        self.filters.set_only(Group::Country, region.as_deref());
        self.region = region;
    }

    /// Keeps the current quote valid for the quotes now shown.
    fn settle(&mut self, story: &Story) {
        let all: Vec<&str> = story.quotes.iter().map(|q| q.id.as_str()).collect();
        let shown = self.shown_ids(story);
        self.quote = carousel::settle(&all, &shown, self.quote.as_deref()).or(self.quote.take());
    }

    /// The quotes the filters let through, in story order.
    pub fn shown<'a>(&self, story: &'a Story) -> Vec<&'a Quote> {
        self.filters.matching(story)
    }

    fn shown_ids<'a>(&self, story: &'a Story) -> Vec<&'a str> {
        self.shown(story).iter().map(|q| q.id.as_str()).collect()
    }

    /// The current quote, if the filters show it.
    pub fn current<'a>(&self, story: &'a Story) -> Option<&'a Quote> {
        self.current_index(story).map(|i| &story.quotes[i])
    }

    /// The same as its position in `story.quotes`.
    pub fn current_index(&self, story: &Story) -> Option<usize> {
        let id = self.quote.as_deref()?;
        let i = story.quotes.iter().position(|q| q.id == id)?;
        self.filters
            .matching_indexes(story)
            .contains(&i)
            .then_some(i)
    }

    /// "N of M" for the current quote among the shown ones.
    pub fn position(&self, story: &Story) -> Option<(usize, usize)> {
        carousel::position(&self.shown_ids(story), &self.quote.as_deref()?)
    }

    /// When the filters let nothing through: which filters exclude everything, in words.
    pub fn nothing_shown(&self, story: &Story, locale: &Locale) -> Option<String> {
        if !self.shown(story).is_empty() {
            return None;
        }
        let parts: Vec<String> = self
            .filters
            .describe(story)
            .into_iter()
            .map(|(group, labels)| {
                let options = labels.join(locale.get(Key::ListOr));
                locale.fill(
                    Key::FiltersChosen,
                    &[("group", group.legend(locale)), ("options", &options)],
                )
            })
            .collect();
        let filters = parts.join(locale.get(Key::ListAnd));
        Some(locale.fill(Key::FiltersNone, &[("filters", &filters)]))
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

/// What a key pressed inside the carousel means: the arrows move between cards in the
/// reading direction (right to left, ArrowLeft is the next card).
pub fn carousel_key(key: &str, dir: Dir) -> Option<Event> {
    match focus::reading(key, dir) {
        "ArrowRight" => Some(Event::Step(1)),
        "ArrowLeft" => Some(Event::Step(-1)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story() -> Story {
        crate::bundle::read::read(crate::DEFAULT_BUNDLE)
            .unwrap()
            .story
    }

    #[test]
    fn map_selection_is_the_country_filter() {
        let story = story();
        let mut s = State::new(&story);
        s.apply(&story, Event::ToggleRegion("KAZ".into()));
        assert_eq!(s.filters.countries.iter().collect::<Vec<_>>(), ["KAZ"]);
        s.apply(&story, Event::ToggleRegion("UZB".into()));
        assert!(s.region.as_deref() == Some("UZB"));
        assert_eq!(
            s.filters.countries.iter().collect::<Vec<_>>(),
            ["UZB"],
            "the map selects one country"
        );
        s.apply(&story, Event::Clear);
        assert!(s.filters.countries.is_empty() && s.region.is_none());
    }

    #[test]
    fn a_second_click_on_the_selected_country_clears_it() {
        let story = story();
        let mut s = State::new(&story);
        s.apply(&story, Event::ToggleRegion("KAZ".into()));
        s.apply(&story, Event::ToggleRegion("KAZ".into()));
        assert!(s.region.is_none() && s.filters.countries.is_empty());
        // Selecting is not toggling: a second select keeps it.
        s.apply(&story, Event::SelectRegion("KAZ".into()));
        s.apply(&story, Event::SelectRegion("KAZ".into()));
        assert_eq!(s.region.as_deref(), Some("KAZ"));
    }

    #[test]
    fn country_filter_selects_on_the_map() {
        let story = story();
        let mut s = State::new(&story);
        s.apply(&story, Event::ToggleFilter(Group::Country, "RUS".into()));
        assert!(s.region.as_deref() == Some("RUS"));
        s.apply(&story, Event::ToggleFilter(Group::Country, "KAZ".into()));
        assert!(
            s.region.as_deref() == Some("KAZ"),
            "the country chosen last"
        );
        s.apply(&story, Event::ToggleFilter(Group::Country, "KAZ".into()));
        assert!(
            s.region.as_deref() == Some("RUS"),
            "back to the one still chosen"
        );
        s.apply(&story, Event::ToggleFilter(Group::Country, "RUS".into()));
        assert_eq!(s.region, None);
        s.apply(
            &story,
            Event::ToggleFilter(Group::Topic, "ukraine-war".into()),
        );
        s.apply(&story, Event::ToggleRegion("KAZ".into()));
        s.apply(&story, Event::ClearFilters);
        assert_eq!((s.region.clone(), s.filters.is_empty()), (None, true));
    }

    #[test]
    fn the_current_quote_stays_valid() {
        let story = story();
        let mut s = State::new(&story);
        s.apply(&story, Event::Step(-1));
        assert_eq!(
            s.position(&story),
            Some((21, 21)),
            "wraps backwards from the first"
        );
        s.apply(&story, Event::ToggleFilter(Group::BasedIn, "RUS".into()));
        let (n, m) = s.position(&story).unwrap();
        assert!(n >= 1 && n <= m && m == 7, "{n} of {m}");
        assert!(["artyom-lukin", "vladimir-portyakov"]
            .contains(&s.current(&story).unwrap().speaker.as_str()));
        s.apply(&story, Event::ToggleFilter(Group::Country, "IND".into()));
        s.apply(
            &story,
            Event::ToggleFilter(Group::Topic, "ukraine-war".into()),
        );
        assert_eq!(
            (s.position(&story), s.current(&story)),
            (None, None),
            "nothing shown"
        );
        s.apply(&story, Event::Step(1));
        s.apply(&story, Event::ClearFilters);
        assert!(s.current(&story).is_some());
    }

    #[test]
    fn a_country_no_quote_concerns_is_named_when_nothing_is_shown() {
        let story = story();
        let mut s = State::new(&story);
        s.apply(&story, Event::SelectRegion("PAK".into()));
        let message = s.nothing_shown(&story, Locale::english()).unwrap();
        assert!(
            message.ends_with("Country concerned: Pakistan."),
            "{message}"
        );
    }

    #[test]
    fn slides_are_named_among_the_shown_and_nothing_shown_is_explained() {
        let story = story();
        let mut s = State::new(&story);
        s.apply(&story, Event::ToggleFilter(Group::BasedIn, "RUS".into()));
        let slide = |id: &str| {
            let index = story.quotes.iter().position(|q| q.id == id).unwrap();
            carousel::position(&s.filters.matching_indexes(&story), &index)
        };
        assert_eq!(slide("lukin-overland"), Some((1, 7)));
        assert_eq!(slide("sun-confidence"), None, "filtered out");
        assert_eq!(s.nothing_shown(&story, Locale::english()), None);
        s.apply(&story, Event::ToggleFilter(Group::Country, "IND".into()));
        s.apply(
            &story,
            Event::ToggleFilter(Group::Topic, "ukraine-war".into()),
        );
        assert_eq!(
            s.nothing_shown(&story, Locale::english()).as_deref(),
            Some("No viewpoint matches all of these filters together — Country concerned: India; Analyst based in: Russia; Topic: The war in Ukraine.")
        );
    }

    #[test]
    fn show_quote_clears_filters_that_hide_it() {
        let story = story();
        let mut s = State::new(&story);
        s.apply(&story, Event::ToggleFilter(Group::BasedIn, "RUS".into()));
        s.apply(&story, Event::ShowQuote("katz-friend".into()));
        assert!(s.filters.is_empty());
        assert_eq!(s.current(&story).unwrap().id, "katz-friend");
        s.apply(&story, Event::ShowQuote("no-such-quote".into()));
        assert_eq!(s.current(&story).unwrap().id, "katz-friend");
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
        assert_eq!(carousel_key("ArrowLeft", Dir::Ltr), Some(Event::Step(-1)));
        assert_eq!(carousel_key("ArrowRight", Dir::Ltr), Some(Event::Step(1)));
        assert_eq!(carousel_key("ArrowLeft", Dir::Rtl), Some(Event::Step(1)));
        assert_eq!(carousel_key("ArrowRight", Dir::Rtl), Some(Event::Step(-1)));
        assert_eq!(carousel_key("ArrowUp", Dir::Rtl), None);
    }

    #[test]
    fn following_a_link_shows_its_quote_with_nothing_filtered() {
        let story = story();
        let mut s = State::new(&story);
        s.apply(&story, Event::ToggleRegion("KAZ".into()));
        s.apply(
            &story,
            Event::ToggleFilter(Group::Topic, "ukraine-war".into()),
        );
        let kept = s.clone();
        s.apply(&story, Event::Follow("no-such-quote".into()));
        assert_eq!(s, kept, "a link to a quote the story lacks changes nothing");
        // A quote the filters let through: still every filter and the selection go.
        let shown = s.shown(&story)[0].id.clone();
        s.apply(&story, Event::Follow(shown.clone()));
        assert_eq!((s.region.clone(), s.filters.is_empty()), (None, true));
        assert_eq!(s.quote.as_deref(), Some(shown.as_str()));
        assert_eq!(s.position(&story).map(|(_, m)| m), Some(story.quotes.len()));
    }
}
