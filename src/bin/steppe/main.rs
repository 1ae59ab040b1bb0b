//! The `steppe` command-line tool: `steppe check FILE` validates a story.
//!
//! The tool is native only; a wasm build of the package (the browser tests) compiles an
//! empty `main` in its place.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}
