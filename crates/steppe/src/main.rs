//! The `steppe` command: `check`, `build`, `draft` and `static-css` (see `steppe --help`).

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
