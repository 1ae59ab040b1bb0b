//! Steppe's editorial side, native and pure (no geometry, no drawing, no server): what
//! `steppe draft` and `steppe check --article` do with an article. [`article`] reads it
//! (its paragraphs, its quotations and who they are given to), once for both; [`check`]
//! holds a story to it, every quote verbatim and given to the source the article names;
//! [`draft`] writes a story from it, never changing a word and leaving to the editor what
//! the article does not make clear; [`countries`] and [`gazetteer`] name the countries and
//! places it mentions, from data packages that [`data`] finds.
//!
//! A crate of its own so that its tests, and the mutation testing over them
//! (`scripts/mutants`), build and run without the command's geometry and share cards.

pub mod article;
pub mod check;
pub mod countries;
pub mod data;
pub mod draft;
pub mod gazetteer;
