use leptos::prelude::*;
use std::sync::Arc;
use steppe_core::locale::{Key, Locale};
use steppe_core::story::Problem;

/// The most problems listed in the box; `steppe check` lists every one.
const SHOWN: usize = 20;

/// What is wrong with a story, shown inside the widget's own box: its frame in the words
/// of the bundle's language (when the bundle got as far as saying it), the problems
/// themselves as `steppe check` writes them, in English, for the editor.
#[component]
pub fn Problems(
    /// Where the story came from, as the page gave it.
    source: String,
    problems: Vec<Problem>,
    locale: Arc<Locale>,
) -> impl IntoView {
    let count = problems.len();
    let more = count.saturating_sub(SHOWN);
    let l = locale.clone();
    let items = problems
        .into_iter()
        .take(SHOWN)
        .map(|p| {
            let found = p
                .found
                .map(|found| l.fill(Key::ProblemsFound, &[("found", &found)]));
            let hint = p
                .hint
                .map(|hint| l.fill(Key::ProblemsHint, &[("hint", &hint)]));
            view! {
                <li>
                    <code class="steppe-path" dir="ltr">{p.path}</code>
                    " "
                    <span lang="en" dir="auto">{p.message}</span>
                    {found.map(|found| view! { <span class="steppe-found">{found}</span> })}
                    {hint.map(|hint| view! { <span class="steppe-hint">{hint}</span> })}
                </li>
            }
        })
        .collect_view();
    let summary = locale.count(Key::ProblemsCount, count, &[("source", &source)]);
    view! {
        <div class="steppe-problems" role="alert" lang=locale.lang.clone() dir=locale.dir.as_str()>
            <p>
                <strong>{locale.get(Key::ProblemsTitle).to_owned()}</strong>
                " " {summary}
            </p>
            <ul>{items}</ul>
            {(more > 0).then(|| view! { <p>{locale.count(Key::ProblemsMore, more, &[])}</p> })}
        </div>
    }
}
