//! The `steppe` command's library: everything native that turns an article and a story
//! file into what the widget reads. [`article`] reads an article (its paragraphs, its
//! quotations and who they are given to) for both [`draft`] and the editorial check;
//! [`geo`] prepares the map from Natural Earth; [`countries`] and [`gazetteer`] name the
//! countries and places an article mentions; [`check`] holds a story against its article;
//! [`card`] draws the share cards `steppe build` writes beside the bundle.
//! The commands themselves are in the binary (`src/cli.rs`).

pub mod article;
pub mod build;
pub mod card;
pub mod check;
pub mod countries;
pub mod data;
pub mod draft;
pub mod gazetteer;
pub mod geo;
pub mod preview;
