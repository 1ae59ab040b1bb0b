//! Shared by the native integration tests of the `steppe` command.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use steppe::geo::atlas::Atlas;

/// A path from the project's root: tests run in their crate's folder, the story files,
/// fixtures and node packages are the project's.
pub fn root(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

/// Natural Earth's countries (world-atlas 2.0.2, from npm), read once per test binary.
#[allow(dead_code)]
pub fn atlas() -> &'static Atlas {
    static ATLAS: OnceLock<Atlas> = OnceLock::new();
    ATLAS.get_or_init(|| {
        let text = std::fs::read_to_string(root("node_modules/world-atlas/countries-50m.json"))
            .expect("Natural Earth from npm: run scripts/setup");
        Atlas::from_topojson(&text).unwrap()
    })
}
