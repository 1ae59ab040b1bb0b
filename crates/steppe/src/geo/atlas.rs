//! Natural Earth countries from a TopoJSON topology (the npm `world-atlas` package).
//!
//! Arcs are decoded once and shared: a border between two countries is one arc, which
//! both countries refer to. Keeping that sharing through projection and simplification
//! is what keeps neighbours' borders identical on the map.
//!
//! ```no_run
//! let text = std::fs::read_to_string("node_modules/world-atlas/countries-50m.json").unwrap();
//! let atlas = steppe::geo::atlas::Atlas::from_topojson(&text).unwrap();
//! assert!(atlas.country("KAZ").is_some());
//! ```

use geo::Coord;
use topojson::{TopoJson, Value};

/// Every arc of the topology in longitude/latitude, and the countries made of them.
pub struct Atlas {
    pub arcs: Vec<Vec<Coord>>,
    pub countries: Vec<Country>,
}

/// One country: rings of arc references, as TopoJSON gives them.
pub struct Country {
    /// ISO 3166-1 alpha-3 code, when Natural Earth gives the country a numeric ISO code.
    pub code: Option<String>,
    pub name: String,
    /// Polygons; each is rings (the first the outer one); each ring is arc references,
    /// where `!i` (that is `-i - 1`) means arc `i` reversed.
    pub polygons: Vec<Vec<Vec<i32>>>,
}

impl Atlas {
    /// Reads a topology whose `countries` object holds one geometry per country.
    pub fn from_topojson(text: &str) -> Result<Atlas, String> {
        let topology = match text
            .parse::<TopoJson>()
            .map_err(|e| format!("not TopoJSON: {e}"))?
        {
            TopoJson::Topology(t) => t,
            _ => return Err("the file is not a TopoJSON Topology".into()),
        };
        let (scale, translate) = match &topology.transform {
            Some(t) => (t.scale, t.translate),
            None => ([1.0, 1.0], [0.0, 0.0]),
        };
        let quantized = topology.transform.is_some();
        let arcs = topology
            .arcs
            .iter()
            .map(|arc| decode_arc(arc, quantized, scale, translate))
            .collect();
        let object = topology
            .objects
            .iter()
            .find(|o| o.name == "countries")
            .ok_or("the topology has no \"countries\" object")?;
        let Value::GeometryCollection(geometries) = &object.geometry.value else {
            return Err("\"countries\" is not a GeometryCollection".into());
        };
        let mut countries: Vec<Country> = Vec::new();
        for g in geometries {
            let polygons = match &g.value {
                Value::Polygon(rings) => vec![rings.clone()],
                Value::MultiPolygon(polygons) => polygons.clone(),
                _ => continue,
            };
            let code = g.id.as_ref().and_then(alpha3_from_numeric);
            let name = g
                .properties
                .as_ref()
                .and_then(|p| p.get("name"))
                .and_then(|n| n.as_str())
                .unwrap_or_default()
                .to_owned();
            // Natural Earth splits some countries in two features with one code (Australia
            // and its Ashmore and Cartier Islands): one country, all the polygons.
            match countries
                .iter_mut()
                .find(|c| code.is_some() && c.code == code)
            {
                Some(existing) => existing.polygons.extend(polygons),
                None => countries.push(Country {
                    code,
                    name,
                    polygons,
                }),
            }
        }
        Ok(Atlas { arcs, countries })
    }

    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries
            .iter()
            .find(|c| c.code.as_deref() == Some(code))
    }

    /// The points of a ring, arcs joined, in the ring's direction.
    pub fn ring(&self, refs: &[i32]) -> Vec<Coord> {
        join_arcs(&self.arcs, refs)
    }
}

/// Joins arcs into one line; each arc starts where the previous one ended, so that point
/// is not repeated.
pub fn join_arcs(arcs: &[Vec<Coord>], refs: &[i32]) -> Vec<Coord> {
    let mut points: Vec<Coord> = Vec::new();
    for &r in refs {
        let (arc, reversed) = if r >= 0 {
            (&arcs[r as usize], false)
        } else {
            (&arcs[!r as usize], true)
        };
        let skip = usize::from(!points.is_empty());
        if reversed {
            points.extend(arc.iter().rev().skip(skip));
        } else {
            points.extend(arc.iter().skip(skip));
        }
    }
    points
}

/// Undoes TopoJSON's quantisation: delta-encoded integers to coordinates.
fn decode_arc(
    arc: &[Vec<f64>],
    quantized: bool,
    scale: [f64; 2],
    translate: [f64; 2],
) -> Vec<Coord> {
    let (mut x, mut y) = (0.0, 0.0);
    arc.iter()
        .map(|p| {
            if quantized {
                x += p[0];
                y += p[1];
                Coord {
                    x: x * scale[0] + translate[0],
                    y: y * scale[1] + translate[1],
                }
            } else {
                Coord { x: p[0], y: p[1] }
            }
        })
        .collect()
}

/// Natural Earth names countries by ISO 3166-1 numeric code, as a string with leading
/// zeros ("004" is Afghanistan). Features without an ISO code (Kosovo, Somaliland,
/// N. Cyprus, Siachen Glacier) have no id, or "-99" in some copies: they get no code and
/// are drawn as land outside the story.
pub fn alpha3_from_numeric(id: &serde_json::Value) -> Option<String> {
    let number: u32 = match id {
        serde_json::Value::String(s) => s.parse().ok()?,
        serde_json::Value::Number(n) => u32::try_from(n.as_u64()?).ok()?,
        _ => return None,
    };
    isocountry::CountryCode::for_id(number)
        .ok()
        .map(|c| c.alpha3().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numeric_ids_with_quirks() {
        assert_eq!(alpha3_from_numeric(&json!("004")).as_deref(), Some("AFG"));
        assert_eq!(alpha3_from_numeric(&json!("398")).as_deref(), Some("KAZ"));
        assert_eq!(alpha3_from_numeric(&json!(860)).as_deref(), Some("UZB"));
        assert_eq!(alpha3_from_numeric(&json!("-99")), None);
        assert_eq!(alpha3_from_numeric(&json!(null)), None);
        assert_eq!(alpha3_from_numeric(&json!("999")), None);
    }

    #[test]
    fn arcs_are_delta_decoded_and_joined() {
        let text = r#"{"type":"Topology","transform":{"scale":[1,1],"translate":[10,20]},
            "objects":{"countries":{"type":"GeometryCollection","geometries":[
              {"type":"Polygon","id":"398","arcs":[[0,1]],"properties":{"name":"A"}},
              {"type":"Polygon","id":"156","arcs":[[-1,2]],"properties":{"name":"B"}},
              {"type":"Polygon","arcs":[[3]],"properties":{"name":"No code"}},
              {"type":"Polygon","id":"398","arcs":[[3]],"properties":{"name":"A again"}}]}},
            "arcs":[[[0,0],[0,2]],[[0,2],[-1,0],[1,-2]],[[0,2],[1,0],[-1,-2]],[[5,5],[1,0],[0,1],[-1,-1]]]}"#;
        let atlas = Atlas::from_topojson(text).unwrap();
        assert_eq!(
            atlas.arcs[0],
            [Coord { x: 10.0, y: 20.0 }, Coord { x: 10.0, y: 22.0 }]
        );
        let a = atlas.country("KAZ").unwrap();
        assert_eq!(
            a.polygons.len(),
            2,
            "features with one code are one country"
        );
        let ring = atlas.ring(&a.polygons[0][0]);
        assert_eq!(ring.first(), ring.last());
        assert_eq!(ring.len(), 4);
        let b = atlas.ring(&atlas.country("CHN").unwrap().polygons[0][0]);
        assert_eq!(
            b[0],
            Coord { x: 10.0, y: 22.0 },
            "a reversed arc starts at its end"
        );
        assert_eq!(
            atlas.countries.iter().filter(|c| c.code.is_none()).count(),
            1
        );
    }
}
