//! A problem found in a story: where it is, what was found there, and how to fix it.

use std::fmt;

/// One problem, located by a JSON path such as `$.quotes[3].speaker`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: a JSON path from the document root `$`.
    pub path: String,
    /// What was found there, briefly (`"yun-son"`, `a number`); `None` where nothing was.
    pub found: Option<String>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            path: path.into(),
            found: None,
            message: message.into(),
            hint: None,
        }
    }

    pub fn found(mut self, found: impl Into<String>) -> Self {
        self.found = Some(found.into());
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)?;
        if let Some(found) = &self.found {
            write!(f, " (found {found})")?;
        }
        if let Some(hint) = &self.hint {
            write!(f, ". Hint: {hint}")?;
        }
        Ok(())
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// The id among `known` closest to `wrong`, if it is close enough to be a likely typo.
pub fn closest<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::normalized_damerau_levenshtein(wrong, k), k))
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

#[cfg(not(target_arch = "wasm32"))]
/// A hint naming the closest known id, or listing the first few.
pub fn suggest(wrong: &str, known: &[&str], what: &str) -> String {
    if let Some(near) = closest(wrong, known.iter().copied()) {
        return format!("did you mean \"{near}\"?");
    }
    if known.is_empty() {
        return format!("the story defines no {what}");
    }
    let shown: Vec<_> = known.iter().take(8).map(|k| format!("\"{k}\"")).collect();
    let more = if known.len() > 8 { ", …" } else { "" };
    format!("use one of the {what}: {}{more}", shown.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hint_lists_eight_known_ids_and_says_when_there_are_more() {
        let ids: Vec<String> = (1..=9).map(|i| format!("id-{i}")).collect();
        let known = |n: usize| ids[..n].iter().map(String::as_str).collect::<Vec<_>>();
        let eight = suggest("something-else-entirely", &known(8), "speaker ids");
        assert!(
            eight.starts_with("use one of the speaker ids: \"id-1\""),
            "{eight}"
        );
        assert!(eight.ends_with("\"id-8\""), "{eight}");
        let nine = suggest("something-else-entirely", &known(9), "speaker ids");
        assert!(nine.ends_with("\"id-8\", …"), "{nine}");
        assert_eq!(suggest("x", &[], "topics"), "the story defines no topics");
        assert_eq!(suggest("id-10", &known(9), "ids"), "did you mean \"id-1\"?");
    }

    #[test]
    fn display_has_path_found_and_hint() {
        let p = Problem::new("$.quotes[3].speaker", "no speaker has this id")
            .found("\"yun-son\"")
            .hint("did you mean \"yun-sun\"?");
        assert_eq!(
            p.to_string(),
            "$.quotes[3].speaker: no speaker has this id (found \"yun-son\"). Hint: did you mean \"yun-sun\"?"
        );
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn suggests_near_ids_or_lists_them() {
        assert_eq!(
            suggest("yun-son", &["yun-sun", "li-lifan"], "speaker ids"),
            "did you mean \"yun-sun\"?"
        );
        assert_eq!(
            suggest("zzz", &["yun-sun", "li-lifan"], "speaker ids"),
            "use one of the speaker ids: \"yun-sun\", \"li-lifan\""
        );
        assert_eq!(suggest("x", &[], "topics"), "the story defines no topics");
    }
}
