//! The commands of the `steppe` tool.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use steppe_core::bundle::Bundle;
use steppe_core::geo::{atlas::Atlas, map};
use steppe_core::story::Story;

const USAGE: &str = "usage: steppe check FILE
       steppe build FILE -o DIR [--atlas TOPOJSON]
       steppe static-css STYLESHEET

  check FILE   parse and validate a story file, printing every problem
  build FILE   validate a story and write its bundle (the story and its map) to
               DIR/<name of FILE>; the map comes from Natural Earth's countries at 1:50m
               (default: node_modules/world-atlas/countries-50m.json), and its static
               fallback HTML to DIR/<name of FILE without .json>.html
  static-css   print the widget's stylesheet scoped for the fallback in a host page";

const DEFAULT_ATLAS: &str = "node_modules/world-atlas/countries-50m.json";

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["check", file] => match load(file) {
            Ok(story) => {
                println!(
                    "{file}: ok — {} regions, {} places, {} route stops, {} speakers, {} topics, {} quotes",
                    story.regions.len(),
                    story.places.len(),
                    story.route.len(),
                    story.speakers.len(),
                    story.topics.len(),
                    story.quotes.len()
                );
                ExitCode::SUCCESS
            }
            Err(code) => code,
        },
        ["build", file, "-o", dir] => build(file, dir, DEFAULT_ATLAS),
        ["build", file, "-o", dir, "--atlas", atlas] => build(file, dir, atlas),
        ["static-css", file] => match std::fs::read_to_string(file) {
            Ok(css) => {
                print!(
                    "{}{}",
                    steppe_core::fallback::scope_css(&css),
                    steppe_core::fallback::STATIC_RULES
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{file}: cannot read: {e}");
                ExitCode::from(2)
            }
        },
        ["-h" | "--help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Reads and validates a story, printing its problems; the exit code on failure.
fn load(file: &str) -> Result<Story, ExitCode> {
    let text = std::fs::read_to_string(file).map_err(|e| {
        eprintln!("{file}: cannot read: {e}");
        ExitCode::from(2)
    })?;
    Story::from_json_text(&text).map_err(|problems| {
        for p in &problems {
            eprintln!("{file}: {p}");
        }
        eprintln!("{file}: {} problem(s)", problems.len());
        ExitCode::FAILURE
    })
}

fn build(file: &str, dir: &str, atlas_file: &str) -> ExitCode {
    let story = match load(file) {
        Ok(story) => story,
        Err(code) => return code,
    };
    let atlas = match std::fs::read_to_string(atlas_file)
        .map_err(|e| format!("cannot read: {e} (scripts/setup installs it with npm ci)"))
        .and_then(|text| Atlas::from_topojson(&text))
    {
        Ok(atlas) => atlas,
        Err(e) => {
            eprintln!("{atlas_file}: {e}");
            return ExitCode::from(2);
        }
    };
    let map = match map::build(&story, &atlas, &map::Options::default()) {
        Ok(map) => map,
        Err(e) => {
            eprintln!("{file}: cannot make the map: {e}");
            return ExitCode::FAILURE;
        }
    };
    let bundle = Bundle { story, map };
    let out: PathBuf = Path::new(dir).join(Path::new(file).file_name().unwrap_or_default());
    let json = serde_json::to_string(&bundle).unwrap_or_default() + "\n";
    let html = steppe_core::fallback::render(&bundle) + "\n";
    for (path, text) in [(out.clone(), json), (out.with_extension("html"), html)] {
        if let Err(e) = std::fs::create_dir_all(dir).and_then(|_| std::fs::write(&path, &text)) {
            eprintln!("{}: cannot write: {e}", path.display());
            return ExitCode::from(2);
        }
        println!("{}: {} bytes", path.display(), text.len());
    }
    ExitCode::SUCCESS
}
