//! A JSON value tree that keeps object keys in order.
//!
//! Decoding a story goes through this tree rather than straight into the typed structs so
//! that every problem in a file can be reported at once, each with its path. The tree
//! deserializes with `serde_json`, in `steppe check` and `steppe build` (native only: the
//! browser reads bundles with `bundle::read`).

use super::Problem;
use super::{MAX_BYTES, MAX_DEPTH};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// Checks JSON text before it is parsed: its size, its nesting depth, and that every `\u`
/// escape makes a whole character (Rust strings cannot hold a lone surrogate), with the
/// line and column of the problem. Cheap: one pass over the bytes, no allocation, so that
/// hostile input is refused before any work.
///
/// ```
/// use steppe_core::story::json::check_text;
/// assert!(check_text(r#"{"a": ["\ud83d\ude00"]}"#).is_ok());
/// assert!(check_text(&"[".repeat(100)).is_err());
/// assert!(check_text(r#"["\ud800"]"#).is_err());
/// ```
pub fn check_text(text: &str) -> Result<(), Problem> {
    if text.len() > MAX_BYTES {
        return Err(Problem::new(
            "$",
            format!(
                "the file is {} bytes; a story may be at most {MAX_BYTES}",
                text.len()
            ),
        )
        .hint("a story needs far less: check that this is the right file"));
    }
    let bytes = text.as_bytes();
    let (mut depth, mut in_string, mut i) = (0usize, false, 0usize);
    let mut pending_high: Option<usize> = None;
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                b'\\' if bytes.get(i + 1) == Some(&b'u') => {
                    let unit = bytes
                        .get(i + 2..i + 6)
                        .and_then(|h| std::str::from_utf8(h).ok())
                        .and_then(|h| u16::from_str_radix(h, 16).ok());
                    match unit {
                        Some(0xD800..=0xDBFF) if pending_high.is_none() => pending_high = Some(i),
                        Some(0xDC00..=0xDFFF) if pending_high.take().is_some() => {}
                        // A low half alone, or a high half after a high half: the
                        // first half without its pair is the one reported.
                        Some(0xD800..=0xDFFF) => {
                            return Err(lone_surrogate(text, pending_high.unwrap_or(i)))
                        }
                        _ if pending_high.is_some() => {
                            return Err(lone_surrogate(text, pending_high.unwrap_or(i)))
                        }
                        _ => {}
                    }
                    i += 6;
                    continue;
                }
                _ if pending_high.is_some() => {
                    return Err(lone_surrogate(text, pending_high.unwrap_or(i)))
                }
                b'\\' => i += 1,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(Problem::new(
                            at(text, i),
                            format!("nested more than {MAX_DEPTH} levels deep"),
                        )
                        .hint("a story's arrays and objects nest only a few levels"));
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        i += 1;
    }
    Ok(())
}

fn lone_surrogate(text: &str, i: usize) -> Problem {
    Problem::new(
        at(text, i),
        "a \\u escape that is half of a character (a lone surrogate)",
    )
    .found(text[i..].chars().take(12).collect::<String>())
    .hint("write the character itself, or both halves of its escape")
}

/// `$ (line L, column C)` for a byte offset.
fn at(text: &str, i: usize) -> String {
    let before = &text[..i];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    format!("$ (line {line}, column {column})")
}

/// One JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    /// Members in document order; duplicates are kept so that they can be reported.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// What the value is, in words, for error messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Number(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "an array",
            Json::Object(_) => "an object",
        }
    }

    /// A short rendering of the value for error messages: scalars in full (long strings
    /// cut), containers by their kind and size.
    pub fn brief(&self) -> String {
        match self {
            Json::Null => "null".into(),
            Json::Bool(b) => b.to_string(),
            Json::Number(n) => n.to_string(),
            Json::String(s) => quoted(s),
            Json::Array(items) => format!("an array of {}", items.len()),
            Json::Object(members) => format!("an object with {} fields", members.len()),
        }
    }
}

/// A string in double quotes, cut after 60 characters.
pub fn quoted(s: &str) -> String {
    const MAX: usize = 60;
    match s.char_indices().nth(MAX) {
        Some((cut, _)) => format!("\"{}…\"", &s[..cut]),
        None => format!("\"{s}\""),
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        Json::deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Json, E> {
        Ok(Json::Number(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json::String(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut members = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Json>()? {
            members.push((key, value));
        }
        Ok(Json::Object(members))
    }
}

/// JSON as an editor reads it, like the stories in `www/stories/`: a member a line, two
/// spaces a level, and any array or object inside that fits on a line of 150 characters
/// (with its comma) written on one line.
///
/// ```
/// use steppe_core::story::json::{pretty, Json};
/// let tree: Json = serde_json::from_str(r#"{"places": [{"id": "oslo", "lat": 59.9}], "note": "x"}"#).unwrap();
/// assert_eq!(pretty(&tree), "{\n  \"places\": [{ \"id\": \"oslo\", \"lat\": 59.9 }],\n  \"note\": \"x\"\n}\n");
/// ```
pub fn pretty(node: &Json) -> String {
    let mut out = String::new();
    write_pretty(node, 0, 0, &mut out);
    out.push('\n');
    out
}

const LINE: usize = 150;

/// Writes `node` at `indent` levels, where `used` characters of its line are taken.
fn write_pretty(node: &Json, indent: usize, used: usize, out: &mut String) {
    let one_line = inline(node);
    // The comma after it, if any, is on the line too.
    let fits = indent > 0 && indent * 2 + used + one_line.len() < LINE;
    if fits || !matches!(node, Json::Array(_) | Json::Object(_)) {
        out.push_str(&one_line);
        return;
    }
    let pad = "  ".repeat(indent + 1);
    match node {
        Json::Array(items) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&pad);
                write_pretty(item, indent + 1, 0, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&"  ".repeat(indent));
            out.push(']');
        }
        Json::Object(members) => {
            out.push_str("{\n");
            for (i, (key, value)) in members.iter().enumerate() {
                let key = string(key);
                out.push_str(&pad);
                out.push_str(&key);
                out.push_str(": ");
                write_pretty(value, indent + 1, key.len() + 2, out);
                out.push_str(if i + 1 < members.len() { ",\n" } else { "\n" });
            }
            out.push_str(&"  ".repeat(indent));
            out.push('}');
        }
        _ => {}
    }
}

/// A node on one line.
fn inline(node: &Json) -> String {
    match node {
        Json::Null => "null".into(),
        Json::Bool(b) => b.to_string(),
        Json::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
        Json::Number(n) => n.to_string(),
        Json::String(s) => string(s),
        Json::Array(items) => {
            let items: Vec<String> = items.iter().map(inline).collect();
            format!("[{}]", items.join(", "))
        }
        Json::Object(members) if members.is_empty() => "{}".into(),
        Json::Object(members) => {
            let members: Vec<String> = members
                .iter()
                .map(|(k, v)| format!("{}: {}", string(k), inline(v)))
                .collect();
            format!("{{ {} }}", members.join(", "))
        }
    }
}

fn string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(text: &str) -> Json {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn what_fits_in_150_characters_stays_on_its_line() {
        // Inside the root: two spaces, `"k": `, then the array, and room for a comma;
        // 138 characters of text fit.
        let with = |n: usize| pretty(&tree(&format!(r#"{{"k": ["{}"]}}"#, "x".repeat(n))));
        let x = |n: usize| "x".repeat(n);
        assert_eq!(with(138), format!("{{\n  \"k\": [\"{}\"]\n}}\n", x(138)));
        assert_eq!(
            with(139),
            format!("{{\n  \"k\": [\n    \"{}\"\n  ]\n}}\n", x(139))
        );
        let nested = pretty(&tree(&format!(
            r#"[{{"a": [], "b": {{}}, "c": [1, {{"d": null}}]}}, {{"e": "{}"}}, true]"#,
            x(150)
        )));
        assert_eq!(
            nested,
            format!(
                "[\n  {{ \"a\": [], \"b\": {{}}, \"c\": [1, {{ \"d\": null }}] }},\n  {{\n    \"e\": \"{}\"\n  }},\n  true\n]\n",
                x(150)
            )
        );
    }

    #[test]
    fn a_member_a_line_with_commas_between() {
        let wide = "x".repeat(150);
        assert_eq!(
            pretty(&tree(&format!(
                r#"{{"a": 1, "b": {{"c": "{wide}", "d": 2}}}}"#
            ))),
            format!(
                "{{\n  \"a\": 1,\n  \"b\": {{\n    \"c\": \"{wide}\",\n    \"d\": 2\n  }}\n}}\n"
            )
        );
    }

    #[test]
    fn numbers_are_written_whole_when_they_are() {
        let numbers = pretty(&tree(r#"{"n": [3.0, 2.5, -7, -0.0, 1e15, 123456789.125]}"#));
        assert_eq!(
            numbers,
            "{\n  \"n\": [3, 2.5, -7, 0, 1000000000000000, 123456789.125]\n}\n"
        );
    }

    /// Where `check_text` stops `text`, if it does: the column of a lone surrogate.
    fn lone_at(text: &str) -> Option<String> {
        check_text(text).err().map(|p| {
            assert!(p.message.contains("lone surrogate"), "{text}: {p}");
            p.path
        })
    }

    #[test]
    fn every_lone_surrogate_is_found_at_its_column_and_nothing_else_is() {
        let col = |c: usize| Some(format!("$ (line 1, column {c})"));
        for (text, found) in [
            (r#"["\ud83d\ude00"]"#, None),
            (r#"["\u00e9 \u0041"]"#, None),
            (r#"["\\ud800"]"#, None),
            (r#"["\"", "\ud83d\ude00"]"#, None),
            (r#"["\ud800"]"#, col(3)),
            (r#"["\udc00"]"#, col(3)),
            (r#"["ab\ud800x"]"#, col(5)),
            (r#"["\ud800\u0041"]"#, col(3)),
            (r#"["\ud800\ud800"]"#, col(3)),
            (r#"["\ud83d\ude00\udc00"]"#, col(15)),
            (r#"["\\\ud800"]"#, col(5)),
            (r#"["\"\ud800"]"#, col(5)),
            (r#"["\ud800\n"]"#, col(3)),
            (r#"["x", "\ud800"]"#, col(8)),
        ] {
            assert_eq!(lone_at(text), found, "{text}");
        }
        // A `\u` cut short is the parser's to report, not a surrogate.
        assert!(check_text(r#"["\u12"]"#).is_ok());
        assert!(check_text("[\"\\u").is_ok());
    }

    #[test]
    fn keeps_order_and_duplicates() {
        let v: Json = serde_json::from_str(r#"{"b":1,"a":[true,null,"x"],"b":2}"#).unwrap();
        let Json::Object(members) = v else {
            panic!("not an object")
        };
        let keys: Vec<_> = members.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["b", "a", "b"]);
        assert_eq!(
            members[1].1,
            Json::Array(vec![Json::Bool(true), Json::Null, Json::String("x".into())])
        );
    }

    #[test]
    fn brief_cuts_long_strings() {
        let long = Json::String("é".repeat(100));
        assert_eq!(long.brief().chars().count(), 60 + 3);
        assert_eq!(Json::Array(vec![Json::Null]).brief(), "an array of 1");
    }
}
