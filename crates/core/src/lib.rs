//! Steppe's pure core: the story a newsroom writes ([`story`]), the bundle the widget reads
//! ([`bundle`]) and the widget's state ([`state`]). It runs natively and in the browser and
//! has no view code; `ARCHITECTURE.md` has the data flow.
//!
//! Reading and checking a story file (JSON, with every problem's path and hint) is native
//! only: the browser reads bundles, with [`bundle::read`].

pub mod bundle;
pub mod locale;
pub mod share;
pub mod state;
pub mod story;

/// The Central Asia story as its editors wrote it.
pub const DEFAULT_STORY: &str = include_str!("../../../www/stories/central-asia-2022.json");

/// The Central Asia story with its map, built by `steppe build`: the widget's default,
/// compiled in (the `steppe` crate's `tests/map.rs` checks it is up to date).
pub static DEFAULT_BUNDLE: &str = include_str!("../../../www/bundles/central-asia-2022.json");
