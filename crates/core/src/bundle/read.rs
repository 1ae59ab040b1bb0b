//! Reading a bundle in the browser: JSON text as `steppe build` writes it, straight into the
//! story and map types, checking only what keeps the page safe.
//!
//! Validation with its hints belongs to the build (`steppe check`, `steppe build`). A bundle
//! reaches this reader from a URL, so it may come from anywhere; the reader refuses, with
//! the JSON path of the first thing wrong, anything that could break the page or the
//! widget: text over the size limit, nesting deeper than a bundle has, a lone surrogate, a
//! value of the wrong kind, a number that is not a plain decimal (so no `NaN`, `Infinity`
//! or `1e400`), a list over the story's limits, a point outside the map, path data other
//! than path commands and numbers, a link that is not a web address, and a reference to a
//! role, region, place, speaker or topic the story does not have. Members it does not know
//! are skipped, so a later build's additions do not break an earlier widget.
//!
//! No serde and no float parsing: one pass over the bytes, into the types.
//!
//! ```
//! use steppe_core::bundle::read;
//! let bundle = read::read(steppe_core::DEFAULT_BUNDLE).unwrap();
//! assert_eq!(bundle.story.quotes.len(), 21);
//! let refused = read::read(r#"{"format": 1, "story": {"title": 7}}"#).unwrap_err();
//! assert_eq!(refused.path, "$.story.title");
//! ```

use super::{Anchor, Bundle, Map, MapLabel, MapPlace, MapRegion, FORMAT};
use crate::locale::{Category, Dir, Key, Locale, Plural, Text};
use crate::story::{
    is_web_address, Colour, Link, Place, PlaceKind, Problem, Quote, Region, Role, Source, Speaker,
    SpeakerKind, Stop, Story, Topic, MAX_BYTES, MAX_DEPTH, MAX_ITEMS, MAX_TEXT,
};

/// The largest side of a map, in view-box units.
const MAX_SIDE: u32 = 4000;

/// Reads a bundle, or says where it stops being one `steppe build` wrote.
pub fn read(text: &str) -> Result<Bundle, Problem> {
    if text.len() > MAX_BYTES {
        return Err(refusal(
            "$",
            format!(
                "the file is {} bytes; a bundle may be at most {MAX_BYTES}",
                text.len()
            ),
        ));
    }
    let mut r = Reader::new(text.as_bytes());
    let (mut format, mut story, mut map, mut a_story) = (None, None, None, false);
    let mut locale = None;
    r.object(&mut |r, key| {
        match key {
            "format" => format = Some(r.uint(u32::MAX)?),
            "locale" => locale = Some(read_locale(r, Some(Locale::english()))?),
            "story" => story = Some(read_story(r)?),
            "map" => map = Some(read_map(r)?),
            "title" | "quotes" => {
                a_story = true;
                r.skip()?;
            }
            _ => r.skip()?,
        }
        Ok(())
    })?;
    r.ws();
    if r.at < r.text.len() {
        return Err(r.fail("more text after the bundle"));
    }
    match (format, story, map) {
        (Some(FORMAT), Some(story), Some(map)) => {
            // A bundle from before the languages: the English words.
            let locale = locale.unwrap_or_else(|| Locale::english().clone());
            let bundle = Bundle { story, map, locale };
            check(&bundle)?;
            Ok(bundle)
        }
        (Some(FORMAT), ..) => Err(refusal("$", "a bundle without its story or its map")),
        (Some(other), ..) => Err(Problem::new(
            "$.format",
            format!("a bundle of format {other}; this widget reads format {FORMAT}"),
        )
        .hint("build the story again with this version's `steppe build`")),
        (None, ..) if a_story => Err(Problem::new(
            "$",
            "a story file, not a bundle: the widget reads what `steppe build` writes",
        )
        .hint("run `steppe check` on the story, then `steppe build`, and point src at the bundle")),
        (None, ..) => Err(refusal("$", "no format: not a bundle")),
    }
}

/// Reads a catalogue (`crates/core/locales/*.json`, or a bundle's `locale`): a key it
/// lacks takes `fallback`'s text (empty without one).
///
/// ```
/// let en = steppe_core::bundle::read::locale(steppe_core::locale::ENGLISH, None).unwrap();
/// assert_eq!(en.get(steppe_core::locale::Key::CarouselNext), "Next");
/// ```
pub fn locale(text: &str, fallback: Option<&Locale>) -> Result<Locale, Problem> {
    let mut r = Reader::new(text.as_bytes());
    read_locale(&mut r, fallback)
}

/// The locale a bundle carries, read on its own: for the error box of a bundle that is
/// refused after its locale (which `steppe build` writes before the story).
pub fn locale_of_bundle(text: &str) -> Option<Locale> {
    bundle_locale(text, Some(Locale::english()))
}

/// The same, a key the bundle lacks taking `fallback`'s text.
pub fn bundle_locale(text: &str, fallback: Option<&Locale>) -> Option<Locale> {
    let mut r = Reader::new(text.get(..MAX_BYTES.min(text.len()))?.as_bytes());
    let mut found = None;
    // Stops at the locale: what comes after it is not this reader's concern.
    let _ = r.object(&mut |r, key| match key {
        "locale" => {
            found = read_locale(r, fallback).ok();
            Err(r.fail("read"))
        }
        "format" => r.uint(u32::MAX).map(drop),
        _ => Err(r.fail("not before the locale")),
    });
    found
}

fn read_locale(r: &mut Reader, fallback: Option<&Locale>) -> Read<Locale> {
    let mut lang = String::from("en");
    let (mut dir, mut plural) = (Dir::Ltr, Plural::En);
    let mut digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
    let mut texts: Vec<Option<Text>> = vec![None; Key::ALL.len()];
    r.object(&mut |r, key| {
        match key {
            "lang" => lang = r.text()?,
            "dir" => dir = [Dir::Ltr, Dir::Rtl][r.one_of(&["ltr", "rtl"])?],
            "plural" => plural = Plural::ALL[r.one_of(&Plural::ALL.map(Plural::as_str))?],
            "digits" => {
                let chars: Vec<char> = r.string()?.chars().collect();
                digits = chars
                    .try_into()
                    .map_err(|_| r.fail("expected the ten digits, zero to nine"))?;
            }
            "strings" => r.object(&mut |r, name| {
                match Key::named(name) {
                    Some(key) => texts[key as usize] = Some(read_text(r)?),
                    None => r.skip()?,
                }
                Ok(())
            })?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    let texts = texts
        .into_iter()
        .zip(Key::ALL)
        .map(|(text, key)| {
            text.or_else(|| fallback.map(|f| f.text(*key).clone()))
                .unwrap_or_else(|| Text::One(String::new()))
        })
        .collect();
    Ok(Locale {
        lang,
        dir,
        plural,
        digits,
        texts,
    })
}

/// A catalogue's string: a text, or an object of texts by plural category with `other`.
fn read_text(r: &mut Reader) -> Read<Text> {
    if r.peek() != Some(b'{') {
        return r.text().map(Text::One);
    }
    let mut forms = Vec::new();
    r.object(&mut |r, name| {
        let category = Category::ALL
            .into_iter()
            .find(|c| c.as_str() == name)
            .ok_or_else(|| {
                r.fail("expected a plural category: zero, one, two, few, many, other")
            })?;
        forms.push((category, r.text()?));
        Ok(())
    })?;
    if !forms.iter().any(|(c, _)| *c == Category::Other) {
        return Err(r.fail("a counted string without its \"other\" form"));
    }
    Ok(Text::Forms(forms))
}

/// A problem with the text as a bundle: the hint names the tools that explain it.
fn refusal(path: impl Into<String>, what: impl Into<String>) -> Problem {
    Problem::new(path, what.into()).hint(
        "this is not a bundle as `steppe build` writes it: run `steppe check` on the story and build it again",
    )
}

/// A cursor over JSON text that knows the path of the value it is on.
struct Reader<'a> {
    text: &'a [u8],
    at: usize,
    path: String,
    /// How many arrays and objects the cursor is inside (the document's root is 1 deep).
    depth: usize,
}

type Read<T> = Result<T, Problem>;

impl<'a> Reader<'a> {
    fn new(text: &'a [u8]) -> Self {
        Reader {
            text,
            at: 0,
            path: String::from("$"),
            depth: 0,
        }
    }

    /// Steps into an array or an object: no deeper than a file may nest (`MAX_DEPTH`,
    /// counted as `json::check_text` counts it for a story).
    fn enter(&mut self) -> Read<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.fail(&format!("nested more than {MAX_DEPTH} levels deep")));
        }
        Ok(())
    }

    fn fail(&self, what: &str) -> Problem {
        refusal(self.path.clone(), what)
    }

    fn ws(&mut self) {
        while matches!(self.text.get(self.at), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.text.get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let yes = self.peek() == Some(byte);
        self.at += usize::from(yes);
        yes
    }

    fn word(&mut self, word: &[u8]) -> bool {
        let yes = self.text[self.at..].starts_with(word);
        self.at += if yes { word.len() } else { 0 };
        yes
    }

    /// Calls `member` with each key of an object, on its value, with the path extended.
    fn object(&mut self, member: &mut dyn FnMut(&mut Self, &str) -> Read<()>) -> Read<()> {
        if !self.eat(b'{') {
            return Err(self.fail("expected an object"));
        }
        self.enter()?;
        if self.eat(b'}') {
            self.depth -= 1;
            return Ok(());
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.fail("expected a member's name"));
            }
            let key = self.string()?;
            if !self.eat(b':') {
                return Err(self.fail("expected a colon after a member's name"));
            }
            let len = self.path.len();
            self.path.push('.');
            self.path.push_str(&key);
            member(self, &key)?;
            self.path.truncate(len);
            if self.eat(b'}') {
                self.depth -= 1;
                return Ok(());
            }
            if !self.eat(b',') {
                return Err(self.fail("expected a comma or the object's end"));
            }
        }
    }

    /// The items of an array, at most `max` of them.
    fn array<T>(&mut self, max: usize, item: &mut dyn FnMut(&mut Self) -> Read<T>) -> Read<Vec<T>> {
        if !self.eat(b'[') {
            return Err(self.fail("expected an array"));
        }
        self.enter()?;
        let mut items = Vec::new();
        if self.eat(b']') {
            self.depth -= 1;
            return Ok(items);
        }
        loop {
            if items.len() == max {
                return Err(self.fail(&format!("more than {max} items")));
            }
            let len = self.path.len();
            self.path.push('[');
            self.path.push_str(&items.len().to_string());
            self.path.push(']');
            items.push(item(self)?);
            self.path.truncate(len);
            if self.eat(b']') {
                self.depth -= 1;
                return Ok(items);
            }
            if !self.eat(b',') {
                return Err(self.fail("expected a comma or the array's end"));
            }
        }
    }

    fn string(&mut self) -> Read<String> {
        if !self.eat(b'"') {
            return Err(self.fail("expected a string"));
        }
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(&b) = self.text.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // The text is a &str and the run stops at ASCII bytes: a whole UTF-8 slice.
            out.push_str(std::str::from_utf8(&self.text[start..self.at]).unwrap_or_default());
            match self.text.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    out.push(self.escape()?);
                }
                _ => {
                    return Err(
                        self.fail("a string that does not end, or holds a control character")
                    )
                }
            }
        }
    }

    /// The character an escape after `\` stands for.
    fn escape(&mut self) -> Read<char> {
        let b = self.text.get(self.at).copied();
        self.at += 1;
        Ok(match b {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let high = self.hex4()?;
                let unit = if (0xD800..0xDC00).contains(&high) {
                    let low = if self.word(b"\\u") { self.hex4()? } else { 0 };
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.fail("a \\u escape that is half of a character"));
                    }
                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    high
                };
                char::from_u32(unit)
                    .ok_or_else(|| self.fail("a \\u escape that is half of a character"))?
            }
            _ => return Err(self.fail("an unknown escape in a string")),
        })
    }

    fn hex4(&mut self) -> Read<u32> {
        let digits = self.text.get(self.at..self.at + 4).unwrap_or_default();
        let mut unit = 0;
        for &d in digits {
            unit = unit * 16
                + char::from(d)
                    .to_digit(16)
                    .ok_or_else(|| self.fail("a bad \\u escape"))?;
        }
        if digits.len() < 4 {
            return Err(self.fail("a bad \\u escape"));
        }
        self.at += 4;
        Ok(unit)
    }

    /// A plain decimal, `-?digits(.digits)?`: no exponent, so always finite.
    fn number(&mut self) -> Read<f64> {
        self.ws();
        let negative = self.word(b"-");
        let (whole, digits) = self.digits();
        if digits == 0 || digits > 9 {
            return Err(self.fail("expected a plain decimal number"));
        }
        let mut value = whole as f64;
        if self.word(b".") {
            let (fraction, places) = self.digits();
            if places == 0 || places > 9 {
                return Err(self.fail("expected a plain decimal number"));
            }
            value += fraction as f64 / 10f64.powi(places as i32);
        }
        if matches!(self.text.get(self.at), Some(b'e' | b'E')) {
            return Err(self.fail("a number with an exponent"));
        }
        Ok(if negative { -value } else { value })
    }

    /// The digits at the cursor: their value (while it fits) and their count.
    fn digits(&mut self) -> (u64, usize) {
        let (mut value, mut count) = (0u64, 0);
        while let Some(d) = self.text.get(self.at).filter(|b| b.is_ascii_digit()) {
            value = value.saturating_mul(10).saturating_add(u64::from(d - b'0'));
            count += 1;
            self.at += 1;
        }
        (value, count)
    }

    fn uint(&mut self, max: u32) -> Read<u32> {
        self.ws();
        let (value, digits) = self.digits();
        if digits == 0
            || value > u64::from(max)
            || matches!(self.text.get(self.at), Some(b'.' | b'e' | b'E'))
        {
            return Err(self.fail(&format!("expected a whole number from 0 to {max}")));
        }
        Ok(value as u32)
    }

    fn bool(&mut self) -> Read<bool> {
        self.ws();
        if self.word(b"true") {
            Ok(true)
        } else if self.word(b"false") {
            Ok(false)
        } else {
            Err(self.fail("expected true or false"))
        }
    }

    /// `null`, or the value `read` reads.
    fn maybe<T>(&mut self, read: impl FnOnce(&mut Self) -> Read<T>) -> Read<Option<T>> {
        self.ws();
        if self.word(b"null") {
            Ok(None)
        } else {
            read(self).map(Some)
        }
    }

    /// Text a reader sees: a string of at most `MAX_TEXT` characters.
    fn text(&mut self) -> Read<String> {
        let text = self.string()?;
        if text.chars().count() > MAX_TEXT {
            return Err(self.fail(&format!("a text over {MAX_TEXT} characters")));
        }
        Ok(text)
    }

    /// One of `names`, as its index.
    fn one_of(&mut self, names: &[&str]) -> Read<usize> {
        let name = self.string()?;
        names
            .iter()
            .position(|n| *n == name)
            .ok_or_else(|| self.fail(&format!("expected one of: {}", names.join(", "))))
    }

    /// Any value, unread (a member this reader does not know).
    fn skip(&mut self) -> Read<()> {
        match self.peek() {
            Some(b'{') => self.object(&mut |r, _| r.skip()),
            Some(b'[') => self.array(usize::MAX, &mut Reader::skip).map(drop),
            Some(b'"') => self.string().map(drop),
            Some(b't' | b'f') => self.bool().map(drop),
            Some(b'n') if self.word(b"null") => Ok(()),
            _ => self.number().map(drop),
        }
    }
}

/// The most items of the story's list `name` (`story::MAX_ITEMS`).
fn max(name: &str) -> usize {
    MAX_ITEMS
        .iter()
        .find(|(list, _)| *list == name)
        .map_or(0, |(_, max)| *max)
}

fn read_story(r: &mut Reader) -> Read<Story> {
    let mut s = Story::default();
    r.object(&mut |r, key| {
        match key {
            "id" => s.id = r.maybe(Reader::text)?,
            "title" => s.title = r.text()?,
            "dek" => s.dek = r.text()?,
            "published" => s.published = r.text()?,
            "source" => s.source = read_link(r)?,
            "credit" => s.credit = r.text()?,
            "roles" => s.roles = r.array(max("roles"), &mut read_role)?,
            "regions" => s.regions = r.array(max("regions"), &mut read_region)?,
            "places" => s.places = r.array(max("places"), &mut read_place)?,
            "route" => s.route = r.array(max("route"), &mut read_stop)?,
            "speakers" => s.speakers = r.array(max("speakers"), &mut read_speaker)?,
            "topics" => s.topics = r.array(max("topics"), &mut read_topic)?,
            "quotes" => s.quotes = r.array(max("quotes"), &mut read_quote)?,
            "sources" => s.sources = r.array(max("sources"), &mut read_source)?,
            "article" => s.article = r.maybe(Reader::text)?,
            "frame" => s.frame = Some(texts(r)?),
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(s)
}

/// A list of short texts (ids, names).
fn texts(r: &mut Reader) -> Read<Vec<String>> {
    r.array(max("regions"), &mut Reader::text)
}

fn read_link(r: &mut Reader) -> Read<Link> {
    let mut link = Link::default();
    r.object(&mut |r, key| {
        match key {
            "name" => link.name = r.text()?,
            "url" => link.url = r.text()?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(link)
}

fn read_role(r: &mut Reader) -> Read<Role> {
    let mut role = Role::default();
    r.object(&mut |r, key| {
        match key {
            "id" => role.id = r.text()?,
            "label" => role.label = r.text()?,
            "colour" => {
                let names = Colour::ALL.map(Colour::as_str);
                role.colour = Colour::ALL[r.one_of(&names)?];
            }
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(role)
}

fn read_region(r: &mut Reader) -> Read<Region> {
    let mut region = Region::default();
    r.object(&mut |r, key| {
        match key {
            "id" => region.id = r.text()?,
            "name" => region.name = r.text()?,
            "role" => region.role = r.text()?,
            "note" => region.note = r.text()?,
            "on_map" => region.on_map = r.maybe(Reader::bool)?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(region)
}

fn read_place(r: &mut Reader) -> Read<Place> {
    let mut place = Place::default();
    r.object(&mut |r, key| {
        match key {
            "id" => place.id = r.text()?,
            "name" => place.name = r.text()?,
            "other_names" => place.other_names = texts(r)?,
            "lon" => place.lon = r.number()?,
            "lat" => place.lat = r.number()?,
            "region" => place.region = r.text()?,
            "kind" => {
                let names = PlaceKind::ALL.map(PlaceKind::as_str);
                place.kind = PlaceKind::ALL[r.one_of(&names)?];
            }
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(place)
}

fn read_stop(r: &mut Reader) -> Read<Stop> {
    let mut stop = Stop::default();
    r.object(&mut |r, key| {
        match key {
            "place" => stop.place = r.text()?,
            "date" => stop.date = r.text()?,
            "end_date" => stop.end_date = r.maybe(Reader::text)?,
            "event" => stop.event = r.text()?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(stop)
}

fn read_speaker(r: &mut Reader) -> Read<Speaker> {
    let mut speaker = Speaker::default();
    r.object(&mut |r, key| {
        match key {
            "id" => speaker.id = r.text()?,
            "name" => speaker.name = r.text()?,
            "kind" => {
                let names = SpeakerKind::ALL.map(SpeakerKind::as_str);
                speaker.kind = Some(SpeakerKind::ALL[r.one_of(&names)?]);
            }
            "title" => speaker.title = Some(r.text()?),
            "affiliation" => speaker.affiliation = Some(r.text()?),
            "based_in" => speaker.based_in = Some(r.text()?),
            "place" => speaker.place = Some(r.text()?),
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(speaker)
}

fn read_topic(r: &mut Reader) -> Read<Topic> {
    let mut topic = Topic::default();
    r.object(&mut |r, key| {
        match key {
            "id" => topic.id = r.text()?,
            "label" => topic.label = r.text()?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(topic)
}

fn read_quote(r: &mut Reader) -> Read<Quote> {
    let mut quote = Quote::default();
    r.object(&mut |r, key| {
        match key {
            "id" => quote.id = r.text()?,
            "speaker" => quote.speaker = r.text()?,
            "text" => quote.text = r.text()?,
            "regions" => quote.regions = texts(r)?,
            "topics" => quote.topics = texts(r)?,
            "paragraph" => quote.paragraph = r.uint(100_000)?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(quote)
}

fn read_source(r: &mut Reader) -> Read<Source> {
    let mut source = Source::default();
    r.object(&mut |r, key| {
        match key {
            "supports" => source.supports = texts(r)?,
            "name" => source.name = r.text()?,
            "url" => source.url = r.text()?,
            "note" => source.note = r.maybe(Reader::text)?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(source)
}

fn read_map(r: &mut Reader) -> Read<Map> {
    let mut map = Map::default();
    r.object(&mut |r, key| {
        match key {
            "width" => map.width = r.uint(MAX_SIDE)?,
            "height" => map.height = r.uint(MAX_SIDE)?,
            "land" => map.land = path_data(r)?,
            "regions" => map.regions = r.array(max("regions"), &mut read_map_region)?,
            "places" => map.places = r.array(max("places"), &mut read_map_place)?,
            "route" => map.route = path_data(r)?,
            "arrows" => map.arrows = path_data(r)?,
            "labels" => {
                map.labels = r.array(4 * max("places") + 4 * max("regions"), &mut read_label)?
            }
            _ => r.skip()?,
        }
        Ok(())
    })?;
    if map.width == 0 || map.height == 0 {
        return Err(refusal(r.path.clone(), "a map without its size"));
    }
    Ok(map)
}

/// SVG path data as `geo::path` writes it: commands and plain decimal numbers only (no
/// exponent, no letters that spell `NaN` or `inf`).
fn path_data(r: &mut Reader) -> Read<String> {
    let d = r.string()?;
    if d.bytes().all(|b| b"MLHVZmlhvz0123456789.,- ".contains(&b)) {
        Ok(d)
    } else {
        Err(r.fail("not SVG path data made by steppe build"))
    }
}

/// A coordinate of the map: from 0 to the largest side a map may have (`check` holds it
/// to this map's own width and height once all of it is read).
fn point(r: &mut Reader) -> Read<f64> {
    let x = r.number()?;
    if !(0.0..=f64::from(MAX_SIDE)).contains(&x) {
        return Err(r.fail("a point outside the map"));
    }
    Ok(x)
}

fn read_map_region(r: &mut Reader) -> Read<MapRegion> {
    let mut region = MapRegion::default();
    r.object(&mut |r, key| {
        match key {
            "id" => region.id = r.text()?,
            "d" => region.d = path_data(r)?,
            "x" => region.x = point(r)?,
            "y" => region.y = point(r)?,
            "hit" => {
                region.hit = r.maybe(|r| {
                    let xy = r.array(2, &mut |r| point(r))?;
                    match xy[..] {
                        [x, y] => Ok([x, y]),
                        _ => Err(r.fail("expected two numbers")),
                    }
                })?
            }
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(region)
}

fn read_map_place(r: &mut Reader) -> Read<MapPlace> {
    let mut place = MapPlace::default();
    r.object(&mut |r, key| {
        match key {
            "id" => place.id = r.text()?,
            "x" => place.x = point(r)?,
            "y" => place.y = point(r)?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(place)
}

fn read_label(r: &mut Reader) -> Read<MapLabel> {
    let mut label = MapLabel::default();
    r.object(&mut |r, key| {
        match key {
            "text" => label.text = r.text()?,
            "x" => label.x = point(r)?,
            "y" => label.y = point(r)?,
            "anchor" => {
                let anchors = [Anchor::Middle, Anchor::Start, Anchor::End];
                label.anchor = anchors[r.one_of(&anchors.map(Anchor::as_str))?];
            }
            "tier" => label.tier = r.uint(9)? as u8,
            "until" => label.until = r.maybe(|r| r.uint(9))?.map(|u| u as u8),
            "of" => label.of = r.text()?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(label)
}

/// What the views rely on across the bundle: every reference names something the story
/// has, and every point is inside the map's own width and height.
fn check(bundle: &Bundle) -> Result<(), Problem> {
    let (story, map) = (&bundle.story, &bundle.map);
    let missing = |path: String, what: &str| {
        Err(refusal(
            path,
            format!("names {what} the story does not have"),
        ))
    };
    if !is_web_address(&story.source.url) {
        return Err(refusal("$.story.source.url", "not a web address"));
    }
    for (i, source) in story.sources.iter().enumerate() {
        if !is_web_address(&source.url) {
            return Err(refusal(
                format!("$.story.sources[{i}].url"),
                "not a web address",
            ));
        }
    }
    for (i, region) in story.regions.iter().enumerate() {
        if story.role(&region.role).is_none() {
            return missing(format!("$.story.regions[{i}].role"), "a role");
        }
    }
    for (i, stop) in story.route.iter().enumerate() {
        if story.place(&stop.place).is_none() {
            return missing(format!("$.story.route[{i}].place"), "a place");
        }
    }
    for (i, quote) in story.quotes.iter().enumerate() {
        let at = format!("$.story.quotes[{i}]");
        if story.speaker(&quote.speaker).is_none() {
            return missing(format!("{at}.speaker"), "a speaker");
        }
        if quote.regions.iter().any(|id| story.region(id).is_none()) {
            return missing(format!("{at}.regions"), "a region");
        }
        if quote.topics.iter().any(|id| story.topic(id).is_none()) {
            return missing(format!("{at}.topics"), "a topic");
        }
    }
    let (w, h) = (f64::from(map.width), f64::from(map.height));
    let outside = |x: f64, y: f64| x > w || y > h;
    for (i, region) in map.regions.iter().enumerate() {
        let at = format!("$.map.regions[{i}]");
        if story.region(&region.id).is_none() {
            return missing(format!("{at}.id"), "a region");
        }
        let hit = region.hit.unwrap_or([region.x, region.y]);
        if outside(region.x, region.y) || outside(hit[0], hit[1]) {
            return Err(refusal(at, "a point outside the map"));
        }
    }
    for (i, place) in map.places.iter().enumerate() {
        if story.place(&place.id).is_none() {
            return missing(format!("$.map.places[{i}].id"), "a place");
        }
        if outside(place.x, place.y) {
            return Err(refusal(
                format!("$.map.places[{i}]"),
                "a point outside the map",
            ));
        }
    }
    for (i, label) in map.labels.iter().enumerate() {
        if outside(label.x, label.y) {
            return Err(refusal(
                format!("$.map.labels[{i}]"),
                "a point outside the map",
            ));
        }
    }
    Ok(())
}
