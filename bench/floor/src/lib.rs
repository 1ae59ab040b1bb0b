//! The smallest useful widget, twice: with Leptos (the default feature), and written over
//! web-sys by hand (`--no-default-features`), to weigh what the view layer itself costs.
//! Both do the same: a list whose current item is marked by a class and `aria-current`, a
//! "Next" button, and an "n of m" line, mounted into an element the page passes in.

#[cfg(not(feature = "leptos"))]
mod by_hand;
#[cfg(feature = "leptos")]
mod with_leptos;

#[cfg(not(feature = "leptos"))]
pub use by_hand::mount;
#[cfg(feature = "leptos")]
pub use with_leptos::mount;
