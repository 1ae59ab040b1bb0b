//! Any bytes through what `steppe check` does: the pre-parse checks, JSON parsing, decoding
//! and validation. Every input must end in a story or a list of problems, never a panic.
//! Run with `cargo +nightly fuzz run story -- -max_total_time=300` (see README).
#![no_main]

use libfuzzer_sys::fuzz_target;
use steppe_core::story::Story;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(problems) = Story::from_json_text(text) {
            assert!(problems.iter().all(|p| p.path.starts_with('$')));
        }
    }
});
