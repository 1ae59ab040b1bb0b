//! The smallest useful widget, twice: with Leptos (the default feature), and written over
//! web-sys by hand (`--no-default-features`), to weigh what the view layer itself costs.
//! Both do the same: a list whose current item is marked by a class and `aria-current`, a
//! "Next" button, and an "n of m" line, mounted into an element the page passes in.

#[cfg(feature = "leptos")]
mod leptos;
#[cfg(not(feature = "leptos"))]
mod web;

#[cfg(feature = "leptos")]
pub use crate::leptos::mount;
#[cfg(not(feature = "leptos"))]
pub use crate::web::mount;
