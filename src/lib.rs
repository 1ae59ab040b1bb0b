//! Steppe: an embeddable news graphic built from one story file.
//!
//! The pure core ([`story`]) runs natively and in the browser; the views and the embedding
//! code exist only in the wasm build. `ARCHITECTURE.md` has the data flow.

#[cfg(not(target_arch = "wasm32"))]
pub mod article;
pub mod bundle;
#[cfg(not(target_arch = "wasm32"))]
pub mod fallback;
#[cfg(not(target_arch = "wasm32"))]
pub mod geo;
pub mod state;
pub mod story;

/// The Central Asia story as its editors wrote it.
pub const DEFAULT_STORY: &str = include_str!("../www/stories/central-asia-2022.json");

/// The Central Asia story with its map, built by `steppe build`: the widget's default,
/// compiled in (`tests/map.rs` checks it is up to date).
pub const DEFAULT_BUNDLE: &str = include_str!("../www/bundles/central-asia-2022.json");

#[cfg(target_arch = "wasm32")]
pub mod embed;
pub mod view;
