//! Shared by the native integration tests that build maps.

use std::sync::OnceLock;
use steppe_core::geo::atlas::Atlas;

/// Natural Earth's countries (world-atlas 2.0.2, from npm), read once per test binary.
pub fn atlas() -> &'static Atlas {
    static ATLAS: OnceLock<Atlas> = OnceLock::new();
    ATLAS.get_or_init(|| {
        let text = std::fs::read_to_string("node_modules/world-atlas/countries-50m.json")
            .expect("Natural Earth from npm: run scripts/setup");
        Atlas::from_topojson(&text).unwrap()
    })
}
