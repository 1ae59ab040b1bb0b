//! The story: what an editor writes, as one JSON file, and what the widget shows.
//!
//! A story is read in two steps. [`decode`] turns the JSON tree into these types and
//! reports every missing, unknown or wrongly typed field; [`validate`] then checks what
//! the types cannot say (ids that exist, ISO codes, dates, coordinates, sources). Both
//! steps report [`Problem`]s located by JSON path and never panic. They run natively only,
//! in `steppe check` and `steppe build`: the browser reads the bundle the build writes
//! (`bundle::read`), which carries a story already checked.
//!
//! ```
//! let story = steppe_core::story::Story::from_json_text(steppe_core::DEFAULT_STORY).unwrap();
//! assert_eq!(story.regions.iter().filter(|r| r.role == "trip-stop").count(), 2);
//! assert_eq!(story.role("trip-stop").unwrap().label, "Stop on the trip");
//! ```

#[cfg(not(target_arch = "wasm32"))]
pub mod dates;
#[cfg(not(target_arch = "wasm32"))]
mod decode;
#[cfg(not(target_arch = "wasm32"))]
pub mod json;
pub mod problem;
#[cfg(not(target_arch = "wasm32"))]
mod validate;

#[cfg(not(target_arch = "wasm32"))]
pub use json::Json;

/// The most of each list a story may hold: enough for any news graphic, few enough that
/// a widget with all of them stays quick to build and to use.
pub const MAX_ITEMS: [(&str, usize); 8] = [
    ("roles", 12),
    ("regions", 250),
    ("places", 250),
    ("route", 50),
    ("speakers", 100),
    ("topics", 50),
    ("quotes", 200),
    ("sources", 300),
];
/// The longest text a field may hold, in characters (the longest quote is 339).
pub const MAX_TEXT: usize = 3000;
/// The largest story or bundle file read, in bytes (the built-in bundle is about 40 KB).
pub const MAX_BYTES: usize = 4 << 20;
/// The deepest nesting of arrays and objects read (a story needs 4, a bundle 5).
pub const MAX_DEPTH: usize = 32;

/// The mark `steppe draft` puts at the start of a value only an editor can write (the dek,
/// a region's note, a quote it could not attribute). `steppe check` reports every marked
/// value as a problem that names the field and what to write, so `steppe build` refuses a
/// story until an editor has reviewed it.
///
/// ```
/// use steppe_core::story::{Story, DRAFT_MARK};
/// let mut story: serde_json::Value = serde_json::from_str(steppe_core::DEFAULT_STORY).unwrap();
/// story["dek"] = format!("{DRAFT_MARK}the editor writes one or two sentences here").into();
/// let problems = Story::from_json_text(&story.to_string()).unwrap_err();
/// assert_eq!(problems[0].to_string(), "$.dek: written by steppe draft: the editor writes one or two sentences here. Hint: write it, and remove the mark");
/// ```
pub const DRAFT_MARK: &str = "[draft] ";

/// A link's address as a story may give it: absolute `http:` or `https:` with a host, at
/// most 2,000 bytes, no space or control character: nothing a link could run. `steppe
/// check` reports any other; the browser's bundle reader refuses it.
///
/// ```
/// use steppe_core::story::is_web_address;
/// assert!(is_web_address("https://www.scmp.com/"));
/// assert!(!is_web_address("javascript:alert(1)") && !is_web_address("//example.com/"));
/// ```
pub fn is_web_address(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty()
            && url.len() <= 2000
            && !rest.starts_with('/')
            && !rest.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

pub use problem::Problem;
use serde::Serialize;

/// A whole story. Field names are the public story format (README, "The story format").
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Story {
    /// The story's id (a slug), which links to its quotes name (`share`); `steppe build`
    /// gives a story without one its file's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The story's language, a BCP 47 tag (English without one): the words the widget
    /// writes and their direction (`locale`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The newsroom's own wording for any of the widget's strings, by key (README, "The
    /// widget's words"); `steppe build` lays it over the language's catalogue, into the
    /// bundle's locale.
    #[serde(skip)]
    pub strings: Option<Strings>,
    pub title: String,
    pub dek: String,
    /// ISO date, `YYYY-MM-DD`.
    pub published: String,
    /// The publication the story comes from.
    pub source: Link,
    pub credit: String,
    /// The parts countries play, in the order of the map's key.
    pub roles: Vec<Role>,
    pub regions: Vec<Region>,
    /// The regions the map shows whole; absent: those with a route stop or the first role
    /// (`Story::framed`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frame: Option<Vec<String>>,
    pub places: Vec<Place>,
    pub route: Vec<Stop>,
    pub speakers: Vec<Speaker>,
    pub topics: Vec<Topic>,
    pub quotes: Vec<Quote>,
    pub sources: Vec<Source>,
    /// The article's plain text, as a path relative to the story file, for the editorial
    /// checks (`steppe check`); the widget does not read it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
}

/// A story's own strings: each key with its text, or its texts by plural category.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Strings(pub Vec<(String, crate::locale::Text)>);

/// A name with an address.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Link {
    pub name: String,
    pub url: String,
}

/// A country with a part in the story.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Region {
    /// ISO 3166-1 alpha-3 code.
    pub id: String,
    pub name: String,
    /// The id of one of the story's `roles`.
    pub role: String,
    /// The country's part in the story, from the article.
    pub note: String,
    /// `false` for a country the story names but the map does not show (too far away).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_map: Option<bool>,
}

impl Region {
    /// Drawn on the map unless the story says `"on_map": false`.
    pub fn is_on_map(&self) -> bool {
        self.on_map != Some(false)
    }
}

/// A part a country can play in the story, as the map's key names it: declared by the
/// story, so that a story about another part of the world writes its own key.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Role {
    /// Slug that `regions[].role` refers to.
    pub id: String,
    /// What the role means, in words a reader understands ("Stop on the trip").
    pub label: String,
    /// How countries with this role are filled on the map.
    pub colour: Colour,
}

/// The map's fills: a small fixed palette, each colour a theme custom property
/// (`--steppe-rust`, …) with a light and a dark value, distinguishable from the sea, from
/// countries outside the story and from each other.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Colour {
    Rust,
    Sand,
    Sage,
    Sky,
    Plum,
    #[default]
    Grey,
}

impl Colour {
    pub const ALL: [Colour; 6] = [
        Colour::Rust,
        Colour::Sand,
        Colour::Sage,
        Colour::Sky,
        Colour::Plum,
        Colour::Grey,
    ];

    /// The name used in the story file, in class names and in the custom property.
    pub fn as_str(self) -> &'static str {
        match self {
            Colour::Rust => "rust",
            Colour::Sand => "sand",
            Colour::Sage => "sage",
            Colour::Sky => "sky",
            Colour::Plum => "plum",
            Colour::Grey => "grey",
        }
    }
}

/// A place the story names.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Place {
    pub id: String,
    pub name: String,
    /// Other names, such as a city's name today (Nur-Sultan is Astana again).
    pub other_names: Vec<String>,
    pub lon: f64,
    pub lat: f64,
    /// ISO 3166-1 alpha-3 code of the country the place is in.
    pub region: String,
    pub kind: PlaceKind,
}

/// What sort of place it is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlaceKind {
    Capital,
    #[default]
    City,
    Region,
}

impl PlaceKind {
    pub const ALL: [PlaceKind; 3] = [PlaceKind::Capital, PlaceKind::City, PlaceKind::Region];

    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Capital => "capital",
            PlaceKind::City => "city",
            PlaceKind::Region => "region",
        }
    }
}

/// A stop on the route, in order.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Stop {
    /// A place id.
    pub place: String,
    /// ISO date of arrival.
    pub date: String,
    /// ISO date of the last day, for a stop of several days.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    pub event: String,
}

/// A source the story quotes: a person, or an organisation or a document the article gives
/// a quotation to (a ministry, a joint statement, a report).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Speaker {
    pub id: String,
    /// What sort of source it is; absent means a person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<SpeakerKind>,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// ISO 3166-1 alpha-3 code of the country where the source works, where the article
    /// (or a source in `sources[]`) says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub based_in: Option<String>,
    /// A place id: the city of their institution, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
}

impl Speaker {
    /// The kind, a person unless the story says otherwise.
    pub fn kind(&self) -> SpeakerKind {
        self.kind.unwrap_or_default()
    }

    /// Title and affiliation as one line ("Senior fellow, Stimson Centre"), or `None`.
    pub fn role(&self) -> Option<String> {
        let parts: Vec<&str> = [&self.title, &self.affiliation]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

/// What sort of source a speaker is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SpeakerKind {
    #[default]
    Person,
    /// A government, ministry, company, newspaper, bloc…
    Organisation,
    /// A statement, report, communiqué, letter…
    Document,
}

impl SpeakerKind {
    pub const ALL: [SpeakerKind; 3] = [
        SpeakerKind::Person,
        SpeakerKind::Organisation,
        SpeakerKind::Document,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Document => "document",
        }
    }
}

/// A subject that groups quotes.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Topic {
    pub id: String,
    pub label: String,
}

/// A verbatim quotation from the article.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Quote {
    pub id: String,
    /// A speaker id.
    pub speaker: String,
    /// The words exactly as the article prints them.
    pub text: String,
    /// Region ids the quote concerns.
    pub regions: Vec<String>,
    /// Topic ids.
    pub topics: Vec<String>,
    /// The paragraph of the article it stands in, counting from 1.
    pub paragraph: u32,
}

/// Where a fact that is not in the article comes from.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Source {
    /// What it supports: `place:ID` (coordinates), `route:PLACE` (dates), `speaker:ID`.
    pub supports: Vec<String>,
    pub name: String,
    pub url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Every value that holds the draft mark, as a problem at its path.
#[cfg(not(target_arch = "wasm32"))]
fn drafted(node: &Json, path: &str) -> Vec<Problem> {
    match node {
        Json::String(s) => s
            .strip_prefix(DRAFT_MARK)
            .map(|what| {
                Problem::new(path, format!("written by steppe draft: {what}"))
                    .hint("write it, and remove the mark")
            })
            .into_iter()
            .collect(),
        Json::Array(items) => items
            .iter()
            .enumerate()
            .flat_map(|(i, item)| drafted(item, &format!("{path}[{i}]")))
            .collect(),
        Json::Object(members) => members
            .iter()
            .flat_map(|(key, value)| drafted(value, &format!("{path}.{key}")))
            .collect(),
        _ => Vec::new(),
    }
}

impl Story {
    /// Decodes and validates a parsed JSON document.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(tree: &Json) -> Result<Story, Vec<Problem>> {
        let mut decoder = decode::Decoder::default();
        let story: Story = decoder.read(tree, "$");
        if !decoder.problems.is_empty() {
            return Err(decoder.problems);
        }
        let drafts = drafted(tree, "$");
        // A drafted value is not yet what it will be: its one problem is the draft mark.
        let problems: Vec<Problem> = drafts
            .iter()
            .cloned()
            .chain(
                validate::validate(&story)
                    .into_iter()
                    .filter(|p| !drafts.iter().any(|d| d.path == p.path)),
            )
            .collect();
        if problems.is_empty() {
            Ok(story)
        } else {
            Err(problems)
        }
    }

    /// Parses JSON text, then decodes and validates it. Malformed JSON is one problem
    /// with its line and column.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json_text(text: &str) -> Result<Story, Vec<Problem>> {
        json::check_text(text).map_err(|p| vec![p])?;
        let tree: Json = serde_json::from_str(text).map_err(|e| {
            vec![Problem::new(
                format!("$ (line {}, column {})", e.line(), e.column()),
                format!("malformed JSON: {e}"),
            )
            .hint("check the commas, quotes and brackets just before this point")]
        })?;
        Story::from_json(&tree)
    }

    /// The words the widget writes for this story: its language's catalogue with its own
    /// strings over it.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn locale(&self) -> crate::locale::Locale {
        let strings = self.strings.as_ref().map_or(&[][..], |s| &s.0[..]);
        crate::locale::catalogue::resolve(self.lang.as_deref(), strings).locale
    }

    /// What an editor should know that does not stop a build: a language without a
    /// built-in catalogue.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn notes(&self) -> Vec<Problem> {
        validate::notes(self)
    }

    /// Whether the region with this id is drawn on the map.
    pub fn on_map(&self, id: &str) -> bool {
        self.region(id).is_some_and(Region::is_on_map)
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    /// The palette colour a region is filled with: its role's (grey for a region the story
    /// does not have, which validation rules out).
    pub fn colour(&self, region: &str) -> Colour {
        self.region(region)
            .and_then(|r| self.role(&r.role))
            .map_or(Colour::Grey, |role| role.colour)
    }

    /// The roles that a region on the map has, in the key's order: the key lists no
    /// role the reader cannot find on the map.
    pub fn roles_on_map(&self) -> impl Iterator<Item = &Role> {
        self.roles.iter().filter(|role| {
            self.regions
                .iter()
                .any(|r| r.is_on_map() && r.role == role.id)
        })
    }

    /// The regions the map shows whole: the story's `frame`, else every region on the map
    /// that holds a stop of the route or has the story's first role (the story's own
    /// countries; the others are context, and may be cropped).
    pub fn framed(&self) -> Vec<&str> {
        if let Some(frame) = &self.frame {
            return frame.iter().map(String::as_str).collect();
        }
        let first_role = self.roles.first().map(|r| r.id.as_str());
        self.regions
            .iter()
            .filter(|r| r.is_on_map())
            .filter(|r| {
                Some(r.role.as_str()) == first_role
                    || self
                        .route
                        .iter()
                        .any(|stop| self.place(&stop.place).is_some_and(|p| p.region == r.id))
            })
            .map(|r| r.id.as_str())
            .collect()
    }

    pub fn region(&self, id: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.id == id)
    }

    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }

    pub fn speaker(&self, id: &str) -> Option<&Speaker> {
        self.speakers.iter().find(|s| s.id == id)
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
