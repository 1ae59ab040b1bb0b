//! Where the data packages are: the project's `node_modules`, found from the tool itself,
//! never from the current folder, so `steppe` works from anywhere.

use std::path::PathBuf;

/// A path inside the project: the folder of this crate's workspace, as built.
pub fn path(relative: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join(relative)
}
