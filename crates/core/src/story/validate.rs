//! What the types cannot say: ids that are unique and exist, ISO codes and dates,
//! coordinates in range, web addresses, and a source for every fact from outside the article.

use super::json::quoted;
use super::problem::{suggest, Problem};
use super::{Story, Strings, MAX_ITEMS, MAX_TEXT};
use crate::locale::catalogue::{catalogue_for, direction, well_formed};
use crate::locale::{placeholders, Category, Dir, Key, Locale, Text};

/// What does not stop a build: a language the widget has no catalogue for.
pub fn notes(story: &Story) -> Vec<Problem> {
    let Some(lang) = story.lang.as_deref().filter(|l| well_formed(l)) else {
        return Vec::new();
    };
    if catalogue_for(lang).is_some() {
        return Vec::new();
    }
    let dir = match direction(lang) {
        Dir::Rtl => "right to left",
        Dir::Ltr => "left to right",
    };
    let own = story.strings.as_ref().map_or(0, |s| s.0.len());
    vec![Problem::new(
        "$.lang",
        format!("the widget has no built-in words in this language: it writes English ones ({own} of the story's own), {dir}"),
    )
    .found(quoted(lang))
    .hint(format!(
        "write its words in \"strings\" (the keys are in the README); built in: {}",
        crate::locale::catalogue::BUILT_IN.map(|(tag, _)| tag).join(", ")
    ))]
}

/// The key whose name is nearest `wrong`, as a whole or by its last part
/// (`previous` → `carousel.previous`).
fn nearest_key(wrong: &str) -> &'static str {
    let score = |key: &Key| {
        let name = key.name();
        let last = name.rsplit('.').next().unwrap_or(name);
        strsim::normalized_damerau_levenshtein(wrong, name)
            .max(strsim::normalized_damerau_levenshtein(wrong, last) - 0.01)
    };
    Key::ALL
        .iter()
        .max_by(|a, b| score(a).total_cmp(&score(b)))
        .map_or("", |k| k.name())
}

/// Every problem in a story whose structure decoded cleanly. A story over the limits gets
/// only that problem, so that the work done on hostile input stays bounded.
pub fn validate(story: &Story) -> Vec<Problem> {
    let mut c = Checker::default();
    let lengths = [
        story.roles.len(),
        story.regions.len(),
        story.places.len(),
        story.route.len(),
        story.speakers.len(),
        story.topics.len(),
        story.quotes.len(),
        story.sources.len(),
    ];
    for ((list, max), len) in MAX_ITEMS.into_iter().zip(lengths) {
        if len > max {
            c.push(
                Problem::new(
                    format!("$.{list}"),
                    format!("{len} {list}; a story may hold at most {max}"),
                )
                .hint("split the story, or keep the ones the article needs most"),
            );
        }
    }
    if !c.problems.is_empty() {
        return c.problems;
    }
    if let Some(id) = &story.id {
        c.slug("$.id", id);
    }
    if let Some(lang) = &story.lang {
        if !well_formed(lang) {
            c.push(
                Problem::new("$.lang", "not a BCP 47 language tag")
                    .found(quoted(lang))
                    .hint("write a tag such as \"en\", \"zh-Hant\", \"ar\" or \"es-419\""),
            );
        }
    }
    if let Some(strings) = &story.strings {
        c.strings(strings);
    }
    c.date("$.published", &story.published);
    c.text("$.title", &story.title);
    c.text("$.dek", &story.dek);
    c.text("$.credit", &story.credit);
    c.text("$.source.name", &story.source.name);
    c.url("$.source.url", &story.source.url);
    if let Some(article) = &story.article {
        c.text("$.article", article);
    }

    let role_ids: Vec<&str> = story.roles.iter().map(|r| r.id.as_str()).collect();
    let region_ids: Vec<&str> = story.regions.iter().map(|r| r.id.as_str()).collect();
    let place_ids: Vec<&str> = story.places.iter().map(|p| p.id.as_str()).collect();
    let speaker_ids: Vec<&str> = story.speakers.iter().map(|s| s.id.as_str()).collect();
    let topic_ids: Vec<&str> = story.topics.iter().map(|t| t.id.as_str()).collect();
    let quote_ids: Vec<&str> = story.quotes.iter().map(|q| q.id.as_str()).collect();

    for (i, r) in story.regions.iter().enumerate() {
        let at = format!("$.regions[{i}]");
        c.country_code(&format!("{at}.id"), &r.id);
        c.text(&format!("{at}.name"), &r.name);
        c.reference(&format!("{at}.role"), &r.role, &role_ids, "role ids");
        c.text(&format!("{at}.note"), &r.note);
    }
    c.unique("$.regions", &region_ids);
    for (i, id) in story.frame.iter().flatten().enumerate() {
        let path = format!("$.frame[{i}]");
        match story.region(id) {
            None => c.reference(&path, id, &region_ids, "region ids"),
            Some(r) if !r.is_on_map() => c.push(
                Problem::new(path, "this region is not on the map")
                    .found(quoted(id))
                    .hint("the frame names regions the map shows whole: remove it, or remove its \"on_map\": false"),
            ),
            Some(_) => {}
        }
    }

    for (i, role) in story.roles.iter().enumerate() {
        let at = format!("$.roles[{i}]");
        c.slug(&format!("{at}.id"), &role.id);
        c.text(&format!("{at}.label"), &role.label);
        if !story.regions.iter().any(|r| r.role == role.id) {
            c.push(
                Problem::new(format!("{at}.id"), "no region has this role")
                    .found(quoted(&role.id))
                    .hint("give it to a region's \"role\", or remove it: the key lists only roles the map shows"),
            );
        }
    }
    c.unique("$.roles", &role_ids);

    for (i, p) in story.places.iter().enumerate() {
        let at = format!("$.places[{i}]");
        c.slug(&format!("{at}.id"), &p.id);
        c.text(&format!("{at}.name"), &p.name);
        for (j, name) in p.other_names.iter().enumerate() {
            c.text(&format!("{at}.other_names[{j}]"), name);
        }
        c.range(&format!("{at}.lon"), p.lon, 180.0, "longitude");
        c.range(&format!("{at}.lat"), p.lat, 90.0, "latitude");
        c.region(&format!("{at}.region"), &p.region, &region_ids);
        c.sourced(story, &at, &format!("place:{}", p.id), "its coordinates");
    }
    c.unique("$.places", &place_ids);

    let mut previous: Option<&str> = None;
    for (i, stop) in story.route.iter().enumerate() {
        let at = format!("$.route[{i}]");
        c.reference(&format!("{at}.place"), &stop.place, &place_ids, "place ids");
        c.text(&format!("{at}.event"), &stop.event);
        let start_ok = c.date(&format!("{at}.date"), &stop.date);
        if let Some(end) = &stop.end_date {
            if c.date(&format!("{at}.end_date"), end)
                && start_ok
                && end.as_str() < stop.date.as_str()
            {
                c.push(
                    Problem::new(format!("{at}.end_date"), "the stop ends before it starts")
                        .found(quoted(end))
                        .hint(format!("use a date on or after {}", stop.date)),
                );
            }
        }
        if let (Some(before), true) = (previous, start_ok) {
            if stop.date.as_str() < before {
                c.push(
                    Problem::new(format!("{at}.date"), "the route is not in date order")
                        .found(quoted(&stop.date))
                        .hint(format!(
                            "list stops in the order of the trip; the stop before is on {before}"
                        )),
                );
            }
        }
        if start_ok {
            previous = Some(stop.end_date.as_deref().unwrap_or(&stop.date));
        }
        c.sourced(story, &at, &format!("route:{}", stop.place), "its dates");
    }

    for (i, s) in story.speakers.iter().enumerate() {
        let at = format!("$.speakers[{i}]");
        c.slug(&format!("{at}.id"), &s.id);
        c.text(&format!("{at}.name"), &s.name);
        for (field, value) in [("title", &s.title), ("affiliation", &s.affiliation)] {
            if let Some(value) = value {
                c.text(&format!("{at}.{field}"), value);
            }
        }
        if let Some(code) = &s.based_in {
            c.region(&format!("{at}.based_in"), code, &region_ids);
        }
        if let Some(place) = &s.place {
            c.reference(&format!("{at}.place"), place, &place_ids, "place ids");
        }
    }
    c.unique("$.speakers", &speaker_ids);

    for (i, t) in story.topics.iter().enumerate() {
        c.slug(&format!("$.topics[{i}].id"), &t.id);
        c.text(&format!("$.topics[{i}].label"), &t.label);
    }
    c.unique("$.topics", &topic_ids);

    for (i, q) in story.quotes.iter().enumerate() {
        let at = format!("$.quotes[{i}]");
        c.slug(&format!("{at}.id"), &q.id);
        c.reference(
            &format!("{at}.speaker"),
            &q.speaker,
            &speaker_ids,
            "speaker ids",
        );
        c.text(&format!("{at}.text"), &q.text);
        for (j, r) in q.regions.iter().enumerate() {
            c.reference(&format!("{at}.regions[{j}]"), r, &region_ids, "region ids");
        }
        for (j, t) in q.topics.iter().enumerate() {
            c.reference(&format!("{at}.topics[{j}]"), t, &topic_ids, "topic ids");
        }
        if q.paragraph == 0 {
            c.push(
                Problem::new(format!("{at}.paragraph"), "paragraphs count from 1")
                    .found("0")
                    .hint("give the number of the article's paragraph that holds the quote"),
            );
        }
    }
    c.unique("$.quotes", &quote_ids);

    for (i, s) in story.sources.iter().enumerate() {
        let at = format!("$.sources[{i}]");
        c.text(&format!("{at}.name"), &s.name);
        c.url(&format!("{at}.url"), &s.url);
        if s.supports.is_empty() {
            c.push(
                Problem::new(
                    format!("{at}.supports"),
                    "a source must say what it supports",
                )
                .hint("list \"place:ID\", \"route:PLACE\" or \"speaker:ID\" entries"),
            );
        }
        for (j, claim) in s.supports.iter().enumerate() {
            let path = format!("{at}.supports[{j}]");
            match claim.split_once(':') {
                Some(("place", id)) => c.reference(&path, id, &place_ids, "place ids"),
                Some(("speaker", id)) => c.reference(&path, id, &speaker_ids, "speaker ids"),
                Some(("route", id)) => {
                    let stops: Vec<&str> = story.route.iter().map(|s| s.place.as_str()).collect();
                    c.reference(&path, id, &stops, "route stops")
                }
                _ => c.push(
                    Problem::new(path, "not something a source can support")
                        .found(quoted(claim))
                        .hint("write \"place:ID\", \"route:PLACE\" or \"speaker:ID\""),
                ),
            }
        }
    }
    c.problems
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn push(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    /// A story's own strings: known keys, one text for a key that is not counted, an
    /// `other` form for one that is, and only the placeholders the key fills.
    fn strings(&mut self, strings: &Strings) {
        let english = Locale::english();
        for (name, text) in &strings.0 {
            let at = format!("$.strings.{name}");
            let Some(key) = Key::named(name) else {
                self.push(
                    Problem::new(at, "the widget has no string with this key")
                        .found(quoted(name))
                        .hint(format!(
                            "did you mean \"{}\"? (the keys are listed in the README, \"The widget's words\")",
                            nearest_key(name)
                        )),
                );
                continue;
            };
            if let Text::Forms(forms) = text {
                match key.counted() {
                    None => self.push(
                        Problem::new(&at, "this string is not counted: it has one text")
                            .hint("write one string instead of an object of plural forms"),
                    ),
                    Some(_) if !forms.iter().any(|(c, _)| *c == Category::Other) => self.push(
                        Problem::new(&at, "plural forms without \"other\"")
                            .hint("add \"other\": the form for any count the others leave out"),
                    ),
                    Some(_) => {}
                }
            }
            let allowed: Vec<&str> = english
                .text(key)
                .all()
                .into_iter()
                .flat_map(placeholders)
                .collect();
            for (i, value) in text.all().into_iter().enumerate() {
                let at = match text {
                    Text::Forms(forms) => format!("{at}.{}", forms[i].0.as_str()),
                    Text::One(_) => at.clone(),
                };
                if value.trim().is_empty() || value.chars().count() > MAX_TEXT {
                    self.text(&at, value);
                }
                for unknown in placeholders(value)
                    .into_iter()
                    .filter(|p| !allowed.contains(p))
                {
                    let hint = if allowed.is_empty() {
                        "this string has no placeholders: write the words alone".to_owned()
                    } else {
                        let mut names: Vec<String> =
                            allowed.iter().map(|p| format!("{{{p}}}")).collect();
                        names.dedup();
                        format!("this string's placeholders are {}", names.join(", "))
                    };
                    self.push(
                        Problem::new(&at, "a placeholder this string does not fill")
                            .found(format!("{{{unknown}}}"))
                            .hint(hint),
                    );
                }
            }
        }
    }

    fn text(&mut self, path: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(
                Problem::new(path, "must not be empty")
                    .found(quoted(value))
                    .hint("write the text"),
            );
        } else if value.chars().count() > MAX_TEXT {
            self.push(
                Problem::new(
                    path,
                    format!(
                        "{} characters; a text may hold at most {MAX_TEXT}",
                        value.chars().count()
                    ),
                )
                .found(quoted(value))
                .hint("shorten it: the widget shows it on a phone"),
            );
        }
    }

    /// Ids that other fields and URLs refer to: lower-case letters, digits and hyphens.
    fn slug(&mut self, path: &str, id: &str) {
        let ok = !id.is_empty()
            && id.len() <= 64
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            self.push(
                Problem::new(path, "not a valid id")
                    .found(quoted(id))
                    .hint("use up to 64 lower-case letters, digits and hyphens, e.g. \"yun-sun\""),
            );
        }
    }

    fn country_code(&mut self, path: &str, code: &str) {
        if !is_alpha3(code) {
            let capitals = code.to_ascii_uppercase();
            let hint = if is_alpha3(&capitals) {
                format!("write it in capitals: \"{capitals}\"")
            } else {
                "use an ISO 3166-1 alpha-3 code such as \"KAZ\"".to_owned()
            };
            self.push(
                Problem::new(path, "not an ISO 3166-1 alpha-3 country code")
                    .found(quoted(code))
                    .hint(hint),
            );
        }
    }

    /// A country code that must also be one of the story's regions, which give it a name.
    fn region(&mut self, path: &str, code: &str, regions: &[&str]) {
        if regions.contains(&code) {
            return;
        }
        self.country_code(path, code);
        if is_alpha3(code) {
            self.push(
                Problem::new(path, "this country is not among the story's regions")
                    .found(quoted(code))
                    .hint("add it to $.regions (with \"on_map\": false if the map should not show it)"),
            );
        }
    }

    fn reference(&mut self, path: &str, id: &str, known: &[&str], what: &str) {
        if !known.contains(&id) {
            self.push(
                Problem::new(path, format!("refers to nothing in the story's {what}"))
                    .found(quoted(id))
                    .hint(suggest(id, known, what)),
            );
        }
    }

    fn unique(&mut self, path: &str, ids: &[&str]) {
        for (i, id) in ids.iter().enumerate() {
            if let Some(first) = ids[..i].iter().position(|x| x == id) {
                self.push(
                    Problem::new(format!("{path}[{i}].id"), "duplicate id")
                        .found(quoted(id))
                        .hint(format!(
                            "{path}[{first}] has the same id; ids must be unique"
                        )),
                );
            }
        }
    }

    fn range(&mut self, path: &str, value: f64, limit: f64, what: &str) {
        if !(-limit..=limit).contains(&value) {
            self.push(
                Problem::new(path, format!("{what} out of range"))
                    .found(value.to_string())
                    .hint(format!(
                        "a {what} lies between -{limit} and {limit} degrees"
                    )),
            );
        }
    }

    /// An ISO calendar date, `YYYY-MM-DD`. Returns whether it is one.
    fn date(&mut self, path: &str, value: &str) -> bool {
        let ok = super::dates::parse_iso_date(value).is_some();
        if !ok {
            self.push(
                Problem::new(path, "not an ISO date")
                    .found(quoted(value))
                    .hint("write the date as YYYY-MM-DD, e.g. \"2022-09-14\""),
            );
        }
        ok
    }

    /// Only absolute `http:` and `https:` addresses: nothing a link could run.
    fn url(&mut self, path: &str, value: &str) {
        if !super::is_web_address(value) {
            self.push(
                Problem::new(path, "not a web address")
                    .found(quoted(value))
                    .hint("use an absolute address that starts with https://"),
            );
        }
    }

    /// A fact from outside the article needs a source that names it.
    fn sourced(&mut self, story: &Story, at: &str, claim: &str, what: &str) {
        if !story
            .sources
            .iter()
            .any(|s| s.supports.iter().any(|c| c == claim))
        {
            self.push(
                Problem::new(at, format!("{what} have no source")).hint(format!(
                    "add an entry to $.sources whose \"supports\" lists \"{claim}\""
                )),
            );
        }
    }
}

/// An assigned ISO 3166-1 alpha-3 code, written as a story must write it (upper case).
fn is_alpha3(code: &str) -> bool {
    isocountry::CountryCode::for_alpha3(code).is_ok()
}
