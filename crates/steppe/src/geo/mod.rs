//! Build-time geometry (native only): Natural Earth countries in, a story's map out.
//!
//! One step a module, in the order they run: [`atlas`] reads the TopoJSON, [`extent`]
//! chooses what the map shows, [`projection`] projects it, [`simplify`] thins the shared
//! arcs, [`clip`] cuts rings to the frame, [`path`] writes SVG path data, [`labels`]
//! decides which labels fit; [`map`] runs them for a story.

pub mod atlas;
pub mod clip;
pub mod extent;
pub mod labels;
pub mod map;
pub mod path;
pub mod projection;
pub mod simplify;
