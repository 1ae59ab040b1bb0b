//! Steppe's web crate: the widget's Leptos views ([`view`]), thin over the core's state;
//! the element's wasm half ([`embed`], in the browser); and the same views rendered to
//! HTML natively ([`fallback`]) for the static fallback `steppe build` writes.

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(not(target_arch = "wasm32"))]
pub mod fallback;
pub mod view;
