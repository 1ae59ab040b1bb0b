use leptos::prelude::*;
use steppe_core::story::Problem;

/// The most problems listed in the box; `steppe check` lists every one.
const SHOWN: usize = 20;

/// What is wrong with a story, shown inside the widget's own box.
#[component]
pub fn Problems(
    /// Where the story came from, as the page gave it.
    source: String,
    problems: Vec<Problem>,
) -> impl IntoView {
    let count = problems.len();
    let more = count.saturating_sub(SHOWN);
    let items = problems
        .into_iter()
        .take(SHOWN)
        .map(|p| {
            view! {
                <li>
                    <code class="steppe-path">{p.path}</code>
                    " "
                    <span>{p.message}</span>
                    {p.found.map(|found| view! { <span class="steppe-found">" (found " {found} ")"</span> })}
                    {p.hint.map(|hint| view! { <span class="steppe-hint">". Hint: " {hint}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="steppe-problems" role="alert">
            <p>
                <strong>{"This story cannot be shown."}</strong>
                " " {source} ": " {count} {if count == 1 { " problem" } else { " problems" }}
            </p>
            <ul>{items}</ul>
            {(more > 0).then(|| view! { <p>"… and " {more} " more (steppe check lists them all)"</p> })}
        </div>
    }
}
