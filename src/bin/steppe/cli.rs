//! The commands of the `steppe` tool.

use std::process::ExitCode;

const USAGE: &str = "usage: steppe check FILE\n\n  check FILE   parse and validate a story file, printing every problem";

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["check", file] => check(file),
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

fn check(file: &str) -> ExitCode {
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{file}: cannot read: {e}");
            return ExitCode::from(2);
        }
    };
    match steppe_core::story::Story::from_json_text(&text) {
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
        Err(problems) => {
            for p in &problems {
                eprintln!("{file}: {p}");
            }
            eprintln!("{file}: {} problem(s)", problems.len());
            ExitCode::FAILURE
        }
    }
}
