//! `steppe preview STORY.json`: the editor's loop. A page on the loopback address shows
//! the story as readers will see it: the widget at a phone's and a desktop's width, the
//! iframe embed, and the static fallback. Every save of the story or its article
//! rebuilds the bundle and the fallback ([`crate::build`], as `steppe build` would), and the
//! page takes the new build by itself, keeping the reader's quote, selection and scroll;
//! a story that does not build shows every problem and note of `steppe check` instead, with
//! its JSON path and hint, until it is fixed.
//!
//! It serves only its own few routes and the files of the project's release site (`dist/`,
//! which `scripts/build` makes), found by exact name: no path outside them, no listing.

use crate::build::{self, Refused};
use crate::geo::atlas::Atlas;
use serde_json::json;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};
use steppe_core::story::Problem;

const PAGE: &str = include_str!("page.html");
const SCRIPT: &str = include_str!("preview.js");
const STYLE: &str = include_str!("preview.css");

/// How often the story and its article are looked at for a save.
const POLL: Duration = Duration::from_millis(200);

/// The latest build of the story: its bundle and fallback, or why there is none.
struct Current {
    version: u64,
    built: Option<build::Built>,
    /// `steppe check`'s problems and notes, or an unreadable file's message.
    problems: Vec<Problem>,
    notes: Vec<Problem>,
    unreadable: Option<String>,
    /// The files whose saves are watched: the story and its article.
    watched: Vec<PathBuf>,
}

/// Serves the preview until the process is stopped (Ctrl-C).
pub fn serve(story: &Path, port: u16, site: &Path, atlas: Atlas) -> Result<(), String> {
    if !site.join("steppe.js").is_file() || !site.join("embed.html").is_file() {
        return Err(format!(
            "{}: the release site is missing: build it with scripts/build",
            site.display()
        ));
    }
    let files = site_files(site);
    let current = Arc::new(Mutex::new(rebuild(story, &atlas, 0)));
    let server = tiny_http::Server::http(("127.0.0.1", port)).map_err(|e| {
        format!("cannot listen on 127.0.0.1:{port}: {e} (try --port with another number)")
    })?;
    let port = server.server_addr().to_ip().map_or(port, |a| a.port());
    eprintln!(
        "{}: preview at http://127.0.0.1:{port}/ (Ctrl-C stops it)",
        story.display()
    );
    report(story, &current.lock().unwrap());

    // Watch the story and its article; rebuild on every save.
    let watcher = {
        let (current, story) = (Arc::clone(&current), story.to_path_buf());
        std::thread::spawn(move || {
            let stamp = |paths: &[PathBuf]| -> Vec<Option<(SystemTime, u64)>> {
                paths
                    .iter()
                    .map(|p| {
                        std::fs::metadata(p)
                            .ok()
                            .map(|m| (m.modified().unwrap_or(SystemTime::UNIX_EPOCH), m.len()))
                    })
                    .collect()
            };
            let mut seen = stamp(&current.lock().unwrap().watched);
            loop {
                std::thread::sleep(POLL);
                let watched = current.lock().unwrap().watched.clone();
                let now = stamp(&watched);
                if now != seen {
                    let version = current.lock().unwrap().version + 1;
                    let next = rebuild(&story, &atlas, version);
                    seen = stamp(&next.watched);
                    report(&story, &next);
                    *current.lock().unwrap() = next;
                }
            }
        })
    };

    for request in server.incoming_requests() {
        let response = respond(request.url(), &current, site, &files);
        let _ = request.respond(response);
    }
    drop(watcher);
    Ok(())
}

/// Checks and builds the story, as `steppe build` would.
fn rebuild(story: &Path, atlas: &Atlas, version: u64) -> Current {
    let mut current = Current {
        version,
        built: None,
        problems: Vec::new(),
        notes: Vec::new(),
        unreadable: None,
        watched: vec![story.to_path_buf()],
    };
    // The article is watched even while the story has problems, once the story names it.
    let field = std::fs::read_to_string(story)
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .and_then(|v| v["article"].as_str().map(str::to_owned));
    current
        .watched
        .extend(build::article_path(story, field.as_deref(), None));
    match build::check_file(story, None) {
        Ok(checked) => {
            current.notes = checked.notes;
            match build::bundle(checked.story, atlas) {
                Ok(built) => current.built = Some(built),
                Err(e) => current.problems.push(Problem::new("$", e).hint(
                    "check the regions and places: each must be in Natural Earth and on the map",
                )),
            }
        }
        Err(Refused::Unreadable(message)) => current.unreadable = Some(message),
        Err(Refused::Problems {
            problems, notes, ..
        }) => {
            current.problems = problems;
            current.notes = notes;
        }
    }
    current
}

/// One line on standard error for each build.
fn report(story: &Path, current: &Current) {
    let what = match (&current.built, &current.unreadable) {
        (Some(built), _) => format!("built ({} bytes)", built.json.len()),
        (None, Some(message)) => message.clone(),
        (None, None) => format!("{} problem(s): the page lists them", current.problems.len()),
    };
    eprintln!("{}: version {}: {what}", story.display(), current.version);
}

/// The files of the release site, by their path in URLs ("wasm/steppe-web.js").
fn site_files(site: &Path) -> HashMap<String, PathBuf> {
    let mut files = HashMap::new();
    let mut stack = vec![site.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(relative) = path.strip_prefix(site) {
                let key = relative.to_string_lossy().replace('\\', "/");
                files.insert(key, path);
            }
        }
    }
    files
}

type Response = tiny_http::Response<std::io::Cursor<Vec<u8>>>;

fn respond(
    url: &str,
    current: &Mutex<Current>,
    site: &Path,
    files: &HashMap<String, PathBuf>,
) -> Response {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    match path {
        "/" => text(200, "text/html; charset=utf-8", PAGE.into()),
        "/__preview/preview.js" => text(200, "text/javascript; charset=utf-8", SCRIPT.into()),
        "/__preview/preview.css" => text(200, "text/css; charset=utf-8", STYLE.into()),
        "/__preview/status" => {
            let current = current.lock().unwrap();
            let list = |problems: &[Problem]| -> Vec<serde_json::Value> {
                problems
                    .iter()
                    .map(|p| json!({ "path": p.path, "message": p.message, "found": p.found, "hint": p.hint }))
                    .collect()
            };
            let body = json!({
                "version": current.version,
                "ok": current.built.is_some(),
                "unreadable": current.unreadable,
                "problems": list(&current.problems),
                "notes": list(&current.notes),
            });
            text(200, "application/json", body.to_string())
        }
        "/__preview/bundle.json" => match &current.lock().unwrap().built {
            Some(built) => text(200, "application/json", built.json.clone()),
            None => text(
                404,
                "text/plain; charset=utf-8",
                "the story does not build: see the preview page".into(),
            ),
        },
        "/__preview/fallback.html" => match &current.lock().unwrap().built {
            Some(built) => text(200, "text/html; charset=utf-8", fallback_page(&built.html)),
            None => text(
                404,
                "text/plain; charset=utf-8",
                "the story does not build".into(),
            ),
        },
        _ => {
            let key = path.trim_start_matches('/');
            let file = files.get(key).cloned().or_else(|| {
                // The site may have been rebuilt since the preview started.
                site_files(site).get(key).cloned()
            });
            match file.and_then(|f| std::fs::read(f).ok()) {
                Some(bytes) => {
                    let mut response = tiny_http::Response::from_data(bytes).with_status_code(200);
                    response.add_header(header("Content-Type", content_type(key)));
                    response.add_header(header("Cache-Control", "no-store"));
                    response
                }
                None => text(404, "text/plain; charset=utf-8", "not found".into()),
            }
        }
    }
}

/// The fallback as a page of its own, as a reader without JavaScript sees it.
fn fallback_page(html: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Static fallback</title>\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:\">\
<link rel=\"icon\" href=\"/favicon.svg\"><link rel=\"stylesheet\" href=\"/steppe-static.css\"><link rel=\"stylesheet\" href=\"/__preview/preview.css\"></head>\
<body class=\"preview-fallback\"><steppe-story data-steppe-static>{html}</steppe-story></body></html>"
    )
}

fn text(status: u16, kind: &str, body: String) -> Response {
    let mut response = tiny_http::Response::from_data(body.into_bytes()).with_status_code(status);
    response.add_header(header("Content-Type", kind));
    response.add_header(header("Cache-Control", "no-store"));
    response
}

fn header(name: &str, value: &str) -> tiny_http::Header {
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("a valid header")
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("wasm") => "application/wasm",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}
