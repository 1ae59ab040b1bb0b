//! The static fallback and its stylesheet: up to date, complete, and safe under a strict
//! Content-Security-Policy.
#![cfg(not(target_arch = "wasm32"))]

use steppe_core::bundle::Bundle;
use steppe_web::fallback::{render, scope_css, STATIC_RULES};

/// A path from the project's root (tests run in their crate's folder).
fn root(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

fn bundle() -> Bundle {
    steppe_core::bundle::read::read(steppe_core::DEFAULT_BUNDLE).unwrap()
}

#[test]
fn the_committed_fallback_is_up_to_date() {
    let committed = std::fs::read_to_string(root("www/bundles/central-asia-2022.html")).unwrap();
    assert!(
        committed == render(&bundle()) + "\n",
        "www/bundles/central-asia-2022.html is stale: run `cargo run --release --bin steppe -- build www/stories/central-asia-2022.json -o www/bundles`"
    );
}

#[test]
fn the_committed_static_stylesheet_is_up_to_date() {
    let css = std::fs::read_to_string(root("www/steppe.css")).unwrap();
    let committed = std::fs::read_to_string(root("www/steppe-static.css")).unwrap();
    assert!(
        committed == scope_css(&css) + STATIC_RULES,
        "www/steppe-static.css is stale: run `cargo run --bin steppe -- static-css www/steppe.css > www/steppe-static.css`"
    );
}

#[test]
fn the_fallback_holds_every_quote_and_speaker_and_no_inline_style_or_script() {
    let bundle = bundle();
    let html = render(&bundle);
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    for q in &bundle.story.quotes {
        assert!(html.contains(&escape(&q.text)), "{} missing", q.id);
        assert!(html.contains(&escape(&bundle.story.speaker(&q.speaker).unwrap().name)));
    }
    assert!(html.contains("<svg"));
    assert!(
        !html.contains("style="),
        "a strict CSP refuses style attributes"
    );
    assert!(!html.contains("<script"));
}
