//! From a JSON tree to the typed story, collecting every structural problem.
//!
//! serde's derive stops at the first error; an editor fixing a story wants them all, each
//! with its path. So each type says how it decodes from a [`Json`] node: a missing or
//! wrongly typed field is recorded and replaced by a default, and decoding goes on.

use super::json::{quoted, Json};
use super::problem::{closest, Problem};
use super::*;
use crate::locale::{Category, Text};

/// Collects problems while decoding.
#[derive(Default)]
pub(super) struct Decoder {
    pub problems: Vec<Problem>,
}

/// A type that can be read from a JSON node.
pub(super) trait Decode: Sized + Default {
    /// What the JSON should be, in words ("a string").
    const EXPECTED: &'static str;
    /// Reads the node, or records why it cannot and returns `None`.
    fn decode(node: &Json, path: &str, d: &mut Decoder) -> Option<Self>;
}

impl Decoder {
    fn wrong_type<T: Decode>(&mut self, node: &Json, path: &str) {
        self.problems.push(
            Problem::new(path, format!("expected {}", T::EXPECTED)).found(match node {
                Json::Object(_) | Json::Array(_) => node.kind().to_owned(),
                _ => format!("{} {}", node.kind(), node.brief()),
            }),
        );
    }

    /// Reads `node` as `T`, falling back to the default after recording the problem.
    pub fn read<T: Decode>(&mut self, node: &Json, path: &str) -> T {
        T::decode(node, path, self).unwrap_or_default()
    }

    /// Opens an object whose only allowed members are `known`.
    pub fn object<'a>(&mut self, node: &'a Json, path: &str, known: &[&str]) -> Option<Fields<'a>> {
        let Json::Object(members) = node else {
            self.wrong_type::<Object>(node, path);
            return None;
        };
        for (i, (key, _)) in members.iter().enumerate() {
            let member = format!("{path}.{key}");
            if members[..i].iter().any(|(k, _)| k == key) {
                self.problems.push(
                    Problem::new(member, "this field appears more than once")
                        .hint("keep one of them"),
                );
            } else if !known.contains(&key.as_str()) {
                let hint = match closest(key, known.iter().copied()) {
                    Some(near) => format!("did you mean \"{near}\"?"),
                    None => format!("the fields here are: {}", known.join(", ")),
                };
                self.problems.push(
                    Problem::new(member, "unknown field")
                        .found(quoted(key))
                        .hint(hint),
                );
            }
        }
        Some(Fields {
            members,
            path: path.to_owned(),
        })
    }

    /// Reads a required member of an object.
    pub fn req<T: Decode>(&mut self, fields: &Fields, key: &str) -> T {
        match fields.get(key) {
            Some(node) => self.read(node, &format!("{}.{key}", fields.path)),
            None => {
                let path = format!("{}.{key}", fields.path);
                let hint = match MISSING.iter().find(|(at, _)| *at == path) {
                    Some((_, hint)) => (*hint).to_owned(),
                    None => format!("add \"{key}\": {}", T::EXPECTED),
                };
                self.problems
                    .push(Problem::new(path, "missing field").hint(hint));
                T::default()
            }
        }
    }

    /// Reads an optional member of an object; `null` counts as absent.
    pub fn opt<T: Decode>(&mut self, fields: &Fields, key: &str) -> Option<T> {
        match fields.get(key) {
            None | Some(Json::Null) => None,
            Some(node) => T::decode(node, &format!("{}.{key}", fields.path), self),
        }
    }
}

/// Fields a story written for an earlier form of the format lacks, with what to add.
const MISSING: [(&str, &str); 1] = [(
    "$.roles",
    "a story declares its map key: add \"roles\": [{\"id\": \"trip-stop\", \"label\": \"Stop on the trip\", \"colour\": \"rust\"}, …], one for each value of regions[].role (colours: rust, sand, sage, sky, plum, grey)",
)];

/// The members of one JSON object, with its path.
pub(super) struct Fields<'a> {
    members: &'a [(String, Json)],
    path: String,
}

impl Fields<'_> {
    fn get(&self, key: &str) -> Option<&Json> {
        self.members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

/// Marker used only to name "an object" in type errors.
#[derive(Default)]
struct Object;

impl Decode for Object {
    const EXPECTED: &'static str = "an object";
    fn decode(_: &Json, _: &str, _: &mut Decoder) -> Option<Self> {
        None
    }
}

/// Reads a scalar with `read`, recording a type error where it gives nothing.
fn scalar<T: Decode>(
    node: &Json,
    path: &str,
    d: &mut Decoder,
    read: impl Fn(&Json) -> Option<T>,
) -> Option<T> {
    let value = read(node);
    if value.is_none() {
        d.wrong_type::<T>(node, path);
    }
    value
}

impl Decode for String {
    const EXPECTED: &'static str = "a string";
    fn decode(node: &Json, path: &str, d: &mut Decoder) -> Option<Self> {
        scalar(node, path, d, |n| match n {
            Json::String(s) => Some(s.clone()),
            _ => None,
        })
    }
}

impl Decode for f64 {
    const EXPECTED: &'static str = "a number";
    fn decode(node: &Json, path: &str, d: &mut Decoder) -> Option<Self> {
        scalar(node, path, d, |n| match n {
            Json::Number(n) if n.is_finite() => Some(*n),
            _ => None,
        })
    }
}

impl Decode for bool {
    const EXPECTED: &'static str = "true or false";
    fn decode(node: &Json, path: &str, d: &mut Decoder) -> Option<Self> {
        scalar(node, path, d, |n| match n {
            Json::Bool(b) => Some(*b),
            _ => None,
        })
    }
}

impl Decode for u32 {
    const EXPECTED: &'static str = "a whole number";
    fn decode(node: &Json, path: &str, d: &mut Decoder) -> Option<Self> {
        scalar(node, path, d, |n| match n {
            Json::Number(n) if n.fract() == 0.0 && (0.0..=u32::MAX as f64).contains(n) => {
                Some(*n as u32)
            }
            _ => None,
        })
    }
}

impl<T: Decode> Decode for Vec<T> {
    const EXPECTED: &'static str = "an array";
    fn decode(node: &Json, path: &str, d: &mut Decoder) -> Option<Self> {
        match node {
            Json::Array(items) => Some(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| d.read(item, &format!("{path}[{i}]")))
                    .collect(),
            ),
            _ => {
                d.wrong_type::<Self>(node, path);
                None
            }
        }
    }
}

/// Decodes a string that must be one of a fixed set of names.
fn one_of<T: Copy>(node: &Json, path: &str, d: &mut Decoder, names: &[(&str, T)]) -> Option<T> {
    let Json::String(s) = node else {
        d.wrong_type::<String>(node, path);
        return None;
    };
    if let Some((_, value)) = names.iter().find(|(name, _)| name == s) {
        return Some(*value);
    }
    let list: Vec<_> = names.iter().map(|(n, _)| format!("\"{n}\"")).collect();
    d.problems.push(
        Problem::new(path, "not an allowed value")
            .found(quoted(s))
            .hint(format!("use one of {}", list.join(", "))),
    );
    None
}

impl Decode for Colour {
    const EXPECTED: &'static str = "a colour of the palette";
    fn decode(node: &Json, path: &str, d: &mut Decoder) -> Option<Self> {
        one_of(node, path, d, &Colour::ALL.map(|c| (c.as_str(), c)))
    }
}

impl Decode for SpeakerKind {
    const EXPECTED: &'static str = "a kind of source";
    fn decode(node: &Json, path: &str, d: &mut Decoder) -> Option<Self> {
        one_of(node, path, d, &SpeakerKind::ALL.map(|k| (k.as_str(), k)))
    }
}

impl Decode for PlaceKind {
    const EXPECTED: &'static str = "a kind of place";
    fn decode(node: &Json, path: &str, d: &mut Decoder) -> Option<Self> {
        one_of(node, path, d, &PlaceKind::ALL.map(|k| (k.as_str(), k)))
    }
}

impl Decode for Strings {
    const EXPECTED: &'static str = "an object of strings by key";
    fn decode(node: &Json, path: &str, d: &mut Decoder) -> Option<Self> {
        let Json::Object(members) = node else {
            d.wrong_type::<Self>(node, path);
            return None;
        };
        let texts = members
            .iter()
            .filter_map(|(key, value)| {
                let at = format!("{path}.{key}");
                let text = match value {
                    Json::String(text) => Text::One(text.clone()),
                    Json::Object(forms) => Text::Forms(
                        forms
                            .iter()
                            .filter_map(|(name, form)| {
                                let at = format!("{at}.{name}");
                                let category =
                                    Category::ALL.into_iter().find(|c| c.as_str() == name);
                                if category.is_none() {
                                    let names = Category::ALL.map(Category::as_str);
                                    d.problems.push(
                                        Problem::new(&at, "not a plural category")
                                            .found(quoted(name))
                                            .hint(format!("use {}", names.join(", "))),
                                    );
                                }
                                Some((category?, String::decode(form, &at, d)?))
                            })
                            .collect(),
                    ),
                    _ => {
                        d.wrong_type::<String>(value, &at);
                        return None;
                    }
                };
                Some((key.clone(), text))
            })
            .collect();
        Some(Strings(texts))
    }
}

/// Implements [`Decode`] for a struct: its required fields with `req`, its optional ones
/// with `opt`, and every other member reported as unknown.
macro_rules! decode_struct {
    ($ty:ident { $($req:ident),* $(; $($opt:ident),*)? }) => {
        impl Decode for $ty {
            const EXPECTED: &'static str = "an object";
            fn decode(node: &Json, path: &str, d: &mut Decoder) -> Option<Self> {
                let known = [$(stringify!($req)),* $($(, stringify!($opt))*)?];
                let fields = d.object(node, path, &known)?;
                Some($ty {
                    $($req: d.req(&fields, stringify!($req)),)*
                    $($($opt: d.opt(&fields, stringify!($opt)),)*)?
                })
            }
        }
    };
}

decode_struct!(Story {
    title,
    dek,
    published,
    source,
    credit,
    roles,
    regions,
    places,
    route,
    speakers,
    topics,
    quotes,
    sources;
    id,
    lang,
    strings,
    frame,
    article
});
decode_struct!(Link { name, url });
decode_struct!(Role { id, label, colour });
decode_struct!(Region { id, name, role, note; on_map });
decode_struct!(Place {
    id,
    name,
    other_names,
    lon,
    lat,
    region,
    kind
});
decode_struct!(Stop { place, date, event; end_date });
decode_struct!(Speaker {
    id,
    name;
    kind,
    title,
    affiliation,
    based_in,
    place
});
decode_struct!(Topic { id, label });
decode_struct!(Quote {
    id,
    speaker,
    text,
    regions,
    topics,
    paragraph
});
decode_struct!(Source { supports, name, url; note });
