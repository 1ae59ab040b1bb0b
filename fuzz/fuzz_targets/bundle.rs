//! Any bytes through the browser's bundle reader (`bundle::read`): every input must end in
//! a bundle or one problem with a JSON path, never a panic.
//! Run with `cargo +nightly fuzz run bundle -- -max_total_time=300` (see README).
#![no_main]

use libfuzzer_sys::fuzz_target;
use steppe_core::bundle::read::read;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(problem) = read(text) {
            assert!(problem.path.starts_with('$'));
        }
    }
});
