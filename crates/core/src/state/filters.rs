//! Filtering viewpoints: three groups of options, OR within a group, AND across groups.
//!
//! ```
//! use steppe_core::state::filters::{Filters, Group};
//! let story = steppe_core::story::Story::from_json_text(steppe_core::DEFAULT_STORY).unwrap();
//! let mut filters = Filters::default();
//! filters.toggle(Group::BasedIn, "RUS");
//! let shown = filters.matching(&story);
//! assert!(shown.iter().all(|q| ["artyom-lukin", "vladimir-portyakov"].contains(&q.speaker.as_str())));
//! ```

use crate::locale::{Key, Locale};
use crate::story::{Quote, Story};
use std::collections::BTreeSet;

/// The three groups of filter options.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    /// Regions a quote concerns (`quotes[].regions`).
    Country,
    /// Where the quoted analyst works (`speakers[].based_in`).
    BasedIn,
    /// `quotes[].topics`.
    Topic,
}

impl Group {
    pub const ALL: [Group; 3] = [Group::Country, Group::BasedIn, Group::Topic];

    /// The group's legend, in a locale.
    pub fn legend(self, locale: &Locale) -> &str {
        locale.get(match self {
            Group::Country => Key::FiltersCountry,
            Group::BasedIn => Key::FiltersBasedIn,
            Group::Topic => Key::FiltersTopic,
        })
    }
}

/// The options chosen in each group; an empty group does not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub countries: BTreeSet<String>,
    pub based_in: BTreeSet<String>,
    pub topics: BTreeSet<String>,
}

/// One option of a group: its id, its label, and how many quotes it would match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub id: String,
    pub label: String,
    pub count: usize,
}

impl Filters {
    pub fn chosen(&self, group: Group) -> &BTreeSet<String> {
        match group {
            Group::Country => &self.countries,
            Group::BasedIn => &self.based_in,
            Group::Topic => &self.topics,
        }
    }

    fn chosen_mut(&mut self, group: Group) -> &mut BTreeSet<String> {
        match group {
            Group::Country => &mut self.countries,
            Group::BasedIn => &mut self.based_in,
            Group::Topic => &mut self.topics,
        }
    }

    /// Chooses an option, or unchooses it if it was chosen.
    pub fn toggle(&mut self, group: Group, id: &str) {
        let chosen = self.chosen_mut(group);
        if !chosen.remove(id) {
            chosen.insert(id.to_owned());
        }
    }

    /// Makes `id` the only option chosen in `group` (none when `None`).
    pub fn set_only(&mut self, group: Group, id: Option<&str>) {
        let chosen = self.chosen_mut(group);
        chosen.clear();
        chosen.extend(id.map(str::to_owned));
    }

    pub fn is_empty(&self) -> bool {
        self.count() == 0
    }

    /// How many options are chosen, in all groups.
    pub fn count(&self) -> usize {
        Group::ALL.iter().map(|g| self.chosen(*g).len()).sum()
    }

    /// The name of the button that shows and hides the filters: what it does, and how many
    /// filters are on ("Filter viewpoints (2 on)").
    pub fn disclosure_label(&self, locale: &Locale) -> String {
        match self.count() {
            0 => locale.get(Key::FiltersLabel).to_owned(),
            n => locale.count(Key::FiltersOn, n, &[]),
        }
    }

    /// Whether a quote passes the groups other than `except`.
    fn passes(&self, story: &Story, quote: &Quote, except: Option<Group>) -> bool {
        Group::ALL.iter().filter(|g| Some(**g) != except).all(|&g| {
            let chosen = self.chosen(g);
            chosen.is_empty() || values(story, quote, g).iter().any(|v| chosen.contains(*v))
        })
    }

    /// The quotes that pass every group, in story order.
    pub fn matching<'a>(&self, story: &'a Story) -> Vec<&'a Quote> {
        story
            .quotes
            .iter()
            .filter(|q| self.passes(story, q, None))
            .collect()
    }

    /// The same as positions in `story.quotes`.
    pub fn matching_indexes(&self, story: &Story) -> Vec<usize> {
        (0..story.quotes.len())
            .filter(|&i| self.passes(story, &story.quotes[i], None))
            .collect()
    }

    /// A group's options, in the story's order, each with the number of quotes it would
    /// match together with the other groups' choices (faceted counts).
    pub fn options(&self, story: &Story, group: Group) -> Vec<Choice> {
        let candidates: Vec<(String, String)> = match group {
            Group::Country => story
                .regions
                .iter()
                .filter(|r| story.quotes.iter().any(|q| q.regions.contains(&r.id)))
                .map(|r| (r.id.clone(), r.name.clone()))
                .collect(),
            Group::BasedIn => {
                let mut codes: Vec<&str> = Vec::new();
                for code in story.speakers.iter().filter_map(|s| s.based_in.as_deref()) {
                    if !codes.contains(&code) {
                        codes.push(code);
                    }
                }
                codes
                    .into_iter()
                    .map(|c| {
                        (
                            c.to_owned(),
                            story
                                .region(c)
                                .map_or_else(|| c.to_owned(), |r| r.name.clone()),
                        )
                    })
                    .collect()
            }
            Group::Topic => story
                .topics
                .iter()
                .map(|t| (t.id.clone(), t.label.clone()))
                .collect(),
        };
        candidates
            .into_iter()
            .map(|(id, label)| {
                let count = story
                    .quotes
                    .iter()
                    .filter(|q| {
                        self.passes(story, q, Some(group))
                            && values(story, q, group).contains(&id.as_str())
                    })
                    .count();
                Choice { id, label, count }
            })
            .collect()
    }

    /// Labels of the chosen options, group by group, for "which filters exclude everything".
    pub fn describe(&self, story: &Story) -> Vec<(Group, Vec<String>)> {
        Group::ALL
            .iter()
            .filter(|g| !self.chosen(**g).is_empty())
            .map(|&g| {
                let options = self.options(story, g);
                // Choices among the options in their order, then any chosen outside them
                // (a country selected on the map that no quote concerns) by its name.
                let outside = self
                    .chosen(g)
                    .iter()
                    .filter(|id| !options.iter().any(|o| &o.id == *id))
                    .map(|id| {
                        story
                            .region(id)
                            .map(|r| r.name.clone())
                            .or_else(|| story.topic(id).map(|t| t.label.clone()))
                            .unwrap_or_else(|| id.clone())
                    })
                    .collect::<Vec<_>>();
                let labels = options
                    .into_iter()
                    .filter(|o| self.chosen(g).contains(&o.id))
                    .map(|o| o.label)
                    .chain(outside)
                    .collect();
                (g, labels)
            })
            .collect()
    }
}

/// The values a quote has in a group.
fn values<'a>(story: &'a Story, quote: &'a Quote, group: Group) -> Vec<&'a str> {
    match group {
        Group::Country => quote.regions.iter().map(String::as_str).collect(),
        Group::BasedIn => story
            .speaker(&quote.speaker)
            .and_then(|s| s.based_in.as_deref())
            .into_iter()
            .collect(),
        Group::Topic => quote.topics.iter().map(String::as_str).collect(),
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
    fn the_disclosure_counts_the_filters_on() {
        let locale = Locale::english();
        let mut filters = Filters::default();
        assert!(filters.is_empty());
        assert_eq!(filters.count(), 0);
        assert_eq!(filters.disclosure_label(locale), "Filter viewpoints");
        filters.toggle(Group::Country, "KAZ");
        filters.toggle(Group::Topic, "central-asia");
        assert!(!filters.is_empty());
        assert_eq!(filters.count(), 2);
        assert_eq!(filters.disclosure_label(locale), "Filter viewpoints (2 on)");
    }

    fn ids(quotes: &[&Quote]) -> Vec<String> {
        quotes.iter().map(|q| q.id.clone()).collect()
    }

    /// The quotes the data says an option selects, computed straight from the story.
    fn expected(story: &Story, group: Group, id: &str) -> Vec<String> {
        story
            .quotes
            .iter()
            .filter(|q| match group {
                Group::Country => q.regions.iter().any(|r| r == id),
                Group::BasedIn => {
                    story.speaker(&q.speaker).unwrap().based_in.as_deref() == Some(id)
                }
                Group::Topic => q.topics.iter().any(|t| t == id),
            })
            .map(|q| q.id.clone())
            .collect()
    }

    #[test]
    fn every_single_filter_gives_exactly_its_quotes() {
        let story = story();
        for group in Group::ALL {
            let options = Filters::default().options(&story, group);
            assert!(!options.is_empty());
            for option in options {
                let mut filters = Filters::default();
                filters.toggle(group, &option.id);
                let shown = ids(&filters.matching(&story));
                assert_eq!(
                    shown,
                    expected(&story, group, &option.id),
                    "{group:?} {}",
                    option.id
                );
                assert_eq!(
                    option.count,
                    shown.len(),
                    "the count promises what the filter gives"
                );
                assert!(!shown.is_empty());
            }
        }
    }

    #[test]
    fn options_are_the_story_s() {
        let story = story();
        let labels = |g| {
            Filters::default()
                .options(&story, g)
                .into_iter()
                .map(|o| o.label)
                .collect::<Vec<_>>()
        };
        assert_eq!(labels(Group::BasedIn), ["United States", "China", "Russia"]);
        assert_eq!(labels(Group::Topic).len(), 6);
        // Countries with quotes only: Pakistan, Iran, Mongolia and Afghanistan have none.
        let countries = labels(Group::Country);
        assert!(
            countries.contains(&"Kazakhstan".to_owned())
                && !countries.contains(&"Pakistan".to_owned())
        );
    }

    #[test]
    fn or_within_a_group_and_across_groups() {
        let story = story();
        let mut f = Filters::default();
        f.toggle(Group::BasedIn, "RUS");
        f.toggle(Group::BasedIn, "USA");
        let either: Vec<_> = story
            .quotes
            .iter()
            .filter(|q| {
                ["RUS", "USA"].contains(
                    &story
                        .speaker(&q.speaker)
                        .unwrap()
                        .based_in
                        .as_deref()
                        .unwrap(),
                )
            })
            .map(|q| q.id.clone())
            .collect();
        assert_eq!(ids(&f.matching(&story)), either);
        f.toggle(Group::Topic, "ukraine-war");
        let both: Vec<_> = either
            .iter()
            .filter(|id| {
                story
                    .quotes
                    .iter()
                    .find(|q| &q.id == *id)
                    .unwrap()
                    .topics
                    .iter()
                    .any(|t| t == "ukraine-war")
            })
            .cloned()
            .collect();
        assert_eq!(ids(&f.matching(&story)), both);
        assert!(both.len() < either.len() && !both.is_empty());
    }

    #[test]
    fn faceted_counts_follow_the_other_groups() {
        let story = story();
        let mut f = Filters::default();
        f.toggle(Group::BasedIn, "RUS");
        let kaz = f
            .options(&story, Group::Country)
            .into_iter()
            .find(|o| o.id == "KAZ")
            .unwrap();
        let mut g = f.clone();
        g.toggle(Group::Country, "KAZ");
        assert_eq!(kaz.count, g.matching(&story).len());
        // Within its own group an option's count ignores the group's other choices.
        let rus = f
            .options(&story, Group::BasedIn)
            .into_iter()
            .find(|o| o.id == "RUS")
            .unwrap();
        assert_eq!(rus.count, expected(&story, Group::BasedIn, "RUS").len());
    }

    #[test]
    fn toggling_twice_and_describing() {
        let story = story();
        let mut f = Filters::default();
        f.toggle(Group::Topic, "ukraine-war");
        f.toggle(Group::Country, "IND");
        assert!(f.matching(&story).is_empty());
        assert_eq!(
            f.describe(&story),
            [
                (Group::Country, vec!["India".to_owned()]),
                (Group::Topic, vec!["The war in Ukraine".to_owned()])
            ]
        );
        f.toggle(Group::Topic, "ukraine-war");
        f.toggle(Group::Country, "IND");
        assert!(f.is_empty());
    }
}
