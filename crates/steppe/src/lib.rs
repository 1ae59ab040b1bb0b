//! The `steppe` command's library: everything native that turns an article and a story
//! file into what the widget reads. The editorial side ([`article`], [`check`], [`draft`],
//! [`countries`], [`gazetteer`]) is the crate `steppe-editorial`, re-exported here;
//! [`geo`] prepares the map from Natural Earth; [`build`] writes the bundle and the
//! fallback; [`card`] draws the share cards `steppe build` writes beside the bundle;
//! [`preview`] serves a story while an editor writes it.
//! The commands themselves are in the binary (`src/cli.rs`).

pub mod build;
pub mod card;
pub mod geo;
pub mod preview;

pub use steppe_editorial::{article, check, countries, data, draft, gazetteer};
