//! `steppe draft`: the story an editor reviews instead of writes, from the article alone.
//!
//! What the article says is drafted: the headline as the title, the dateline's date, every
//! quotation of four words or more verbatim with its paragraph and the source the article
//! gives it to ([`crate::article`]), each source with its title, affiliation and where it
//! is based, the countries named (by name, short form or demonym: [`crate::countries`])
//! and the cities named ([`crate::gazetteer`], each with its source). What only an editor
//! can write holds the draft mark ([`DRAFT_MARK`]): the dek, the regions' notes, the
//! roles and topics, the publication and its address, and any quotation whose source the
//! article does not make clear (with why), so that `steppe check` lists each and
//! `steppe build` refuses the story until they are written. A draft never changes a word.

use crate::article::{Article, Attribution};
use crate::countries::Countries;
use crate::gazetteer::{self, Found, Gazetteer};
use steppe_core::story::{
    Colour, Link, Place, PlaceKind, Quote, Region, Role, Source, Speaker, SpeakerKind, Story,
    Topic, DRAFT_MARK,
};

/// What the draft could not do alone, for the summary an editor reads first.
#[derive(Debug, Default)]
pub struct Summary {
    pub quotes: usize,
    pub speakers: usize,
    pub countries: usize,
    pub places: usize,
    /// Quotations left to the editor: paragraph (from 1) and why.
    pub unattributed: Vec<(usize, String)>,
    /// Place names that could be more than one place.
    pub ambiguous: Vec<String>,
}

fn mark(what: &str) -> String {
    format!("{DRAFT_MARK}{what}")
}

/// The story an editor reviews, from the article; `article_path` is what the story's
/// `article` field holds (relative to the story file).
pub fn draft(
    article: &Article,
    article_path: Option<String>,
    countries: &Countries,
    cities: &Gazetteer,
) -> (Story, Summary) {
    let mut summary = Summary::default();
    let paragraphs = article.paragraphs();
    let body: String = paragraphs.join("\n");

    // Countries in the order the article first names them.
    let mut regions: Vec<Region> = Vec::new();
    let add_region = |regions: &mut Vec<Region>, code: &str| {
        if !regions.iter().any(|r| r.id == code) {
            let name = countries.name(code).unwrap_or(code).to_owned();
            let named_in: Vec<String> = paragraphs
                .iter()
                .enumerate()
                .filter(|(_, p)| countries.in_text(p).iter().any(|(c, _)| *c == code))
                .map(|(i, _)| (i + 1).to_string())
                .take(6)
                .collect();
            let note = if named_in.is_empty() {
                format!("{name}: its part in the story (the article names it only through a place or a source)")
            } else {
                let paragraphs = if named_in.len() == 1 {
                    "paragraph"
                } else {
                    "paragraphs"
                };
                format!(
                    "{name}: its part in the story, from the article ({paragraphs} {})",
                    named_in.join(", ")
                )
            };
            regions.push(Region {
                id: code.to_owned(),
                name,
                role: "named".into(),
                note: mark(&note),
                on_map: None,
            });
        }
    };
    // Sources' names are people, not places ("Jordan Hale" names no country).
    let people: Vec<&str> = article
        .sources()
        .iter()
        .filter(|s| s.kind == SpeakerKind::Person)
        .flat_map(|s| s.name.split(' '))
        .collect();
    let named: Vec<(&str, String)> = countries
        .in_text(&format!("{}\n{body}", article.headline()))
        .into_iter()
        .filter(|(_, phrase)| !people.contains(&phrase.as_str()))
        .collect();
    for (code, _) in &named {
        add_region(&mut regions, code);
    }
    let named_alpha2: Vec<String> = regions
        .iter()
        .filter_map(|r| alpha2_of(countries, &r.id))
        .collect();
    // A country named by a name that is also a state of another country the article
    // names ("Georgia" beside the United States) is the editor's to tell.
    for (code, phrase) in &named {
        let Some(own) = alpha2_of(countries, code) else {
            continue;
        };
        let other = cities
            .subdivisions(phrase)
            .iter()
            .find(|c| **c != own && named_alpha2.contains(c))
            .and_then(|c| countries.from_alpha2(c))
            .and_then(|c| countries.name(c));
        if let (Some(other), Some(region)) = (other, regions.iter_mut().find(|r| &r.id == code)) {
            region.note = mark(&format!(
                "“{phrase}” is also a state of {other}, which the article names too: keep this country only if the article means it, and write its part in the story"
            ));
            summary.ambiguous.push((*phrase).to_owned());
        }
    }

    let mut places: Vec<Place> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    let mut find_place = |name: &str,
                          places: &mut Vec<Place>,
                          regions: &mut Vec<Region>,
                          strict: Strict|
     -> Option<String> {
        if people.contains(&name) || countries.code(name).is_some() {
            return None;
        }
        let (city, ambiguous) = match cities.resolve(name, &named_alpha2) {
            Found::One(city) => (city, None),
            Found::Ambiguous(list) => (list[0], Some(list)),
            Found::None => return None,
        };
        let in_named = named_alpha2.contains(&city.country);
        let notable = match strict {
            // Named in the text: a capital, a large city, or a town in a country it names.
            Strict::Text => {
                city.is_capital()
                    || city.population >= 100_000
                    || (in_named && city.population >= 10_000)
            }
            // Named as a place ("in Vladivostok", "Washington-based").
            Strict::Place => city.is_capital() || in_named,
            // The first word of an institution's name: only a city that big.
            Strict::Institution => city.is_capital() || city.population >= 100_000,
        };
        if !notable {
            return None;
        }
        let code = countries.from_alpha2(&city.country)?.to_owned();
        let id = slug(name);
        if !places.iter().any(|p| p.id == id) {
            add_region(regions, &code);
            if let Some(list) = ambiguous {
                let others: Vec<String> = list[1..]
                    .iter()
                    .map(|c| format!("{} ({}, {} people)", c.name, c.country, c.population))
                    .collect();
                summary.ambiguous.push(name.to_owned());
                notes.push(format!(
                    "“{name}” could also be {}: check that {id} is the place the article means",
                    others.join(" or ")
                ));
            }
            places.push(Place {
                id: id.clone(),
                name: name.to_owned(),
                other_names: Vec::new(),
                lon: city.lon,
                lat: city.lat,
                region: code,
                kind: if city.is_capital() {
                    PlaceKind::Capital
                } else {
                    PlaceKind::City
                },
            });
        }
        Some(id)
    };
    // The dateline's city, then the cities the paragraphs name.
    // "Washington state", "the state of Georgia": a state, not its namesake city.
    let a_state = |name: &str| {
        !cities.subdivisions(name).is_empty()
            && (body.contains(&format!("{name} state"))
                || body.contains(&format!("state of {name}")))
    };
    for name in names(article.dateline()).into_iter().chain(names(&body)) {
        if !a_state(&name) {
            find_place(&name, &mut places, &mut regions, Strict::Text);
        }
    }

    // Sources that are quoted become speakers.
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut speaker_ids: Vec<Option<String>> = vec![None; article.sources().len()];
    for (i, source) in article.sources().iter().enumerate() {
        if source.quoted == 0 {
            continue;
        }
        let mut id = slug(&source.name);
        if speakers.iter().any(|s| s.id == id) {
            id = format!("{id}-{i}");
        }
        let mut based_in = None;
        let mut place = None;
        for (word, strict) in place_words(source) {
            if let Some(code) = countries.code(&word) {
                add_region(&mut regions, code);
                based_in = based_in.or(Some(code.to_owned()));
            } else if let Some(p) =
                strict.and_then(|strict| find_place(&word, &mut places, &mut regions, strict))
            {
                let region = places.iter().find(|x| x.id == p).map(|x| x.region.clone());
                place = place.or(Some(p));
                based_in = based_in.or(region);
            }
        }
        let person = source.kind == SpeakerKind::Person;
        speakers.push(Speaker {
            id: id.clone(),
            kind: Some(source.kind),
            name: source.name.clone(),
            title: source.title.clone().or_else(|| {
                person.then(|| mark("the speaker's title (the article does not give one)"))
            }),
            affiliation: source.affiliation.clone(),
            based_in,
            place,
        });
        speaker_ids[i] = Some(id);
    }

    // Every quotation, verbatim.
    let mut quotes: Vec<Quote> = Vec::new();
    for quotation in article.quotations() {
        let n = quotation.paragraph + 1;
        let speaker = match &quotation.attribution {
            Attribution::To { source, .. } => speaker_ids[*source].clone().unwrap_or_default(),
            Attribution::Unknown(why) => {
                summary.unattributed.push((n, why.clone()));
                mark(&format!(
                    "paragraph {n}: who said it? {why}; write the id of its speaker (add one to speakers[] if needed)"
                ))
            }
        };
        let concerned: Vec<String> = countries
            .in_text(&quotation.text)
            .into_iter()
            .map(|(c, _)| c.to_owned())
            .filter(|c| regions.iter().any(|r| &r.id == c))
            .collect();
        let base = quote_id(speakers.iter().find(|s| s.id == speaker), &quotation.text);
        let mut id = base.clone();
        let mut k = 2;
        while quotes.iter().any(|q| q.id == id) {
            id = format!("{base}-{k}");
            k += 1;
        }
        quotes.push(Quote {
            id,
            speaker,
            text: quotation.text.clone(),
            regions: concerned,
            topics: vec!["topic".into()],
            paragraph: n as u32,
        });
    }

    let mut sources = Vec::new();
    if !places.is_empty() {
        let ids: Vec<String> = places.iter().map(|p| format!("place:{}", p.id)).collect();
        sources.push(Source {
            supports: ids,
            name: gazetteer::SOURCE_NAME.into(),
            url: gazetteer::SOURCE_URL.into(),
            note: Some(if notes.is_empty() {
                "Coordinates of the city of each name, chosen by steppe draft among GeoNames' places of that name (in a country the article names, a capital, the most people).".into()
            } else {
                mark(&notes.join("; "))
            }),
        });
    }

    summary.quotes = quotes.len();
    summary.speakers = speakers.len();
    summary.countries = regions.len();
    summary.places = places.len();
    let published = date(article.dateline())
        .unwrap_or_else(|| mark("the article's date as YYYY-MM-DD (the dateline gives none)"));
    let story = Story {
        // `slug` never gives an empty id ("item" for a headline without letters or digits).
        id: Some(slug(article.headline())),
        // The language is the editor's to state (README, "The widget's words").
        lang: None,
        strings: None,
        title: article.headline().to_owned(),
        dek: mark("the editor writes one or two sentences here"),
        published,
        source: Link {
            name: mark("the publication's name"),
            url: mark("the article's address, https://…"),
        },
        credit: mark("who the text and quotations are from, and “Borders: Natural Earth.”"),
        roles: vec![Role {
            id: "named".into(),
            label: mark("what the countries are in the story, as the map's key says it (add a role for each part countries play)"),
            colour: Colour::Rust,
        }],
        regions,
        frame: None,
        places,
        route: Vec::new(),
        speakers,
        topics: vec![Topic {
            id: "topic".into(),
            label: mark("the story's topics, one for each subject its quotes are about (then give each quote its topics)"),
        }],
        quotes,
        sources,
        article: article_path,
    };
    (story, summary)
}

/// How sure a name must be of being a place before the draft takes it for one.
#[derive(Clone, Copy)]
enum Strict {
    Text,
    Place,
    Institution,
}

/// The ISO alpha-2 code of an alpha-3 one.
fn alpha2_of(countries: &Countries, alpha3: &str) -> Option<String> {
    isocountry::CountryCode::for_alpha3(alpha3)
        .ok()
        .map(|c| c.alpha2().to_owned())
        .filter(|two| countries.from_alpha2(two) == Some(alpha3))
}

/// The names in a text: each run of capitalised words ("Samarkand", "Buenos Aires",
/// "Shanghai Cooperation Organisation"), whole, so that a word of a longer name ("Central"
/// of "Central Asia") is not taken for a place; a run ends at punctuation, a possessive
/// ("Beijing’s") or a word such as "Washington-based".
fn names(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut run: Vec<String> = Vec::new();
    let mut flush = |run: &mut Vec<String>| {
        if !run.is_empty() {
            let phrase = run.join(" ");
            if !out.contains(&phrase) {
                out.push(phrase);
            }
        }
        run.clear();
    };
    for word in text.split_whitespace() {
        let ends = word.ends_with([',', '.', ';', ':', '”', '’', '"', ')', '?', '!']);
        let w = word.trim_matches(|c: char| !c.is_alphanumeric());
        let possessive = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s"));
        let attached = ["-based", "-born", "-led", "-made", "-bound"]
            .iter()
            .find_map(|s| w.strip_suffix(s));
        let core = possessive.or(attached).unwrap_or(w);
        if core.starts_with(char::is_uppercase) {
            if word.starts_with(['“', '"', '(']) {
                flush(&mut run);
            }
            run.push(core.to_owned());
            if ends || possessive.is_some() || attached.is_some() {
                flush(&mut run);
            }
        } else {
            flush(&mut run);
        }
    }
    flush(&mut run);
    out
}

/// The place words of a source's introduction, with how sure each must be of being a
/// place: the places it names, the first word of each name in its affiliation ("Shanghai"
/// of "Shanghai Academy of Social Sciences", "Russian" of "Russian Academy of Sciences"),
/// and a country in its title ("Uruguayan President"; `None`: a country or nothing).
fn place_words(source: &crate::article::Source) -> Vec<(String, Option<Strict>)> {
    let first_words = |text: &Option<String>| -> Vec<String> {
        text.as_deref()
            .map(names)
            .unwrap_or_default()
            .iter()
            .map(|name| name.split(' ').next().unwrap_or_default().to_owned())
            .collect()
    };
    let named = source
        .places
        .iter()
        .map(|p| (p.clone(), Some(Strict::Place)));
    let institutions = first_words(&source.affiliation)
        .into_iter()
        .map(|w| (w, Some(Strict::Institution)));
    let titles = first_words(&source.title).into_iter().map(|w| (w, None));
    named.chain(institutions).chain(titles).collect()
}

/// An ISO date from a dateline: "September 13, 2022", "13 September 2022", "Sept. 13,
/// 2022", "2022-09-13".
pub fn date(dateline: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let words: Vec<String> = dateline
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect();
    for w in &words {
        let parts: Vec<&str> = w.split('-').collect();
        if let [y, m, d] = parts.as_slice() {
            if y.len() == 4
                && m.len() == 2
                && d.len() == 2
                && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
            {
                return Some(w.clone());
            }
        }
    }
    let month = words
        .iter()
        .position(|w| w.len() >= 3 && MONTHS.iter().any(|m| w.starts_with(m)))?;
    let m = MONTHS.iter().position(|m| words[month].starts_with(m))? + 1;
    let number = |w: &String| w.parse::<u32>().ok();
    let year = words
        .iter()
        .filter_map(number)
        .find(|&n| (1000..=9999).contains(&n))?;
    let day = [month.checked_sub(1), Some(month + 1)]
        .into_iter()
        .flatten()
        .filter_map(|i| words.get(i).and_then(number))
        .find(|d| (1..=31).contains(d))?;
    let iso = format!("{year:04}-{m:02}-{day:02}");
    steppe_core::story::dates::parse_iso_date(&iso).map(|_| iso)
}

/// A lower-case id of letters, digits and hyphens.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.to_lowercase().chars() {
        let c = match c {
            'à'..='å' => 'a',
            'ç' => 'c',
            'è'..='ë' => 'e',
            'ì'..='ï' => 'i',
            'ñ' => 'n',
            'ò'..='ö' | 'ø' => 'o',
            'ù'..='ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    // At most 48 characters, cut where a word ends.
    let mut cut = out.trim_end_matches('-').to_owned();
    while cut.len() > 48 {
        match cut.rfind('-') {
            Some(i) => cut.truncate(i),
            None => cut.truncate(48),
        }
    }
    if cut.is_empty() {
        "item".into()
    } else {
        cut
    }
}

/// "katz-putin-desperate": the speaker's last name (a statement's first word) and the
/// quotation's first long words.
fn quote_id(speaker: Option<&Speaker>, text: &str) -> String {
    let who = match speaker {
        Some(s) if s.kind() == SpeakerKind::Person => s.id.rsplit('-').next().unwrap_or(&s.id),
        Some(s) => s.id.split('-').next().unwrap_or(&s.id),
        None => "unattributed",
    };
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 5)
        .take(2)
        .map(slug)
        .collect();
    slug(&format!("{who} {}", words.join(" ")))
}
