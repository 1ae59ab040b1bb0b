//! A story file through every check to what the widget reads: the steps `steppe check`,
//! `steppe build` and `steppe preview` share, so that the preview shows exactly what a
//! build would write, or exactly the problems a check would print.

use crate::article::Article;
use crate::check;
use crate::geo::{atlas::Atlas, map};
use std::path::{Path, PathBuf};
use steppe_core::bundle::Bundle;
use steppe_core::story::{Problem, Story};

/// A story that passed every check, with the notes an editor should read.
pub struct Checked {
    pub story: Story,
    pub notes: Vec<Problem>,
    /// The article it was checked against, if it names one.
    pub article: Option<PathBuf>,
}

/// Why a story cannot be built.
pub enum Refused {
    /// A file could not be read (the story or its article): exit status 2.
    Unreadable(String),
    /// The story's problems, and the article they were found against if it was read.
    Problems {
        problems: Vec<Problem>,
        notes: Vec<Problem>,
        against: Option<PathBuf>,
    },
}

/// The article a story is checked against: the flag, else the story's `article` field,
/// relative to the story file.
pub fn article_path(file: &Path, article: Option<&str>, flag: Option<&Path>) -> Option<PathBuf> {
    match (flag, article) {
        (Some(flag), _) => Some(flag.to_path_buf()),
        (None, Some(relative)) => Some(file.parent().unwrap_or(Path::new("")).join(relative)),
        (None, None) => None,
    }
}

/// Reads, validates and (if it names an article) checks a story file.
pub fn check_file(file: &Path, flag: Option<&Path>) -> Result<Checked, Refused> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| Refused::Unreadable(format!("{}: cannot read: {e}", file.display())))?;
    let mut story = Story::from_json_text(&text).map_err(|problems| Refused::Problems {
        problems,
        notes: Vec::new(),
        against: None,
    })?;
    // Links to a quote name the story (`steppe_core::share`): by default, as its file is named.
    story.id.get_or_insert_with(|| {
        let stem = file.file_stem().unwrap_or_default().to_string_lossy();
        Some(crate::draft::slug(&stem))
            .filter(|id| !id.is_empty())
            .unwrap_or_else(|| "story".to_owned())
    });
    let notes = story.notes();
    let Some(path) = article_path(file, story.article.as_deref(), flag) else {
        return Ok(Checked {
            story,
            notes,
            article: None,
        });
    };
    let article = std::fs::read(&path)
        .map_err(|e| e.to_string())
        .and_then(|bytes| Article::from_bytes(&bytes))
        .map_err(|e| {
            Refused::Unreadable(format!("{}: cannot read the article: {e}", path.display()))
        })?;
    let mut report = check::check(&story, &article);
    report.notes.splice(0..0, notes);
    if report.problems.is_empty() {
        Ok(Checked {
            story,
            notes: report.notes,
            article: Some(path),
        })
    } else {
        Err(Refused::Problems {
            problems: report.problems,
            notes: report.notes,
            against: Some(path),
        })
    }
}

/// Natural Earth's countries from the TopoJSON file.
pub fn load_atlas(path: &Path) -> Result<Atlas, String> {
    std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read: {e} (scripts/setup installs it with npm ci)"))
        .and_then(|text| Atlas::from_topojson(&text))
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// What `steppe build` writes for a story: the bundle and its static fallback (and, from
/// the bundle, its share cards: [`card`](crate::card)).
pub struct Built {
    pub bundle: Bundle,
    pub json: String,
    pub html: String,
}

/// The bundle (the story with its map) and the fallback's HTML.
pub fn bundle(story: Story, atlas: &Atlas) -> Result<Built, String> {
    let map = map::build(&story, atlas, &map::Options::default())
        .map_err(|e| format!("cannot make the map: {e}"))?;
    let locale = story.locale();
    let bundle = Bundle { story, map, locale };
    Ok(Built {
        json: bundle.to_json(),
        html: steppe_web::fallback::render(&bundle) + "\n",
        bundle,
    })
}
