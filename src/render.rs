//! Turning findings and fixes into the text people read: diagnostic lines and unified diffs.
//! Only the CLI prints; these functions build strings so tests can snapshot them.

use similar::TextDiff;

use crate::diagnostic::Diagnostic;
use crate::engine::Settings;
use crate::source::LineIndex;

/// `path:line:col: CODE [*] message`, where `[*]` marks a finding `--fix` would fix under
/// `settings` (and `[unsafe]` one that needs `--unsafe-fixes`).
pub fn diagnostic_line(
    path: &str,
    source: &str,
    index: &LineIndex,
    diagnostic: &Diagnostic,
    settings: &Settings,
) -> String {
    let at = index.line_col(source, diagnostic.range.start);
    let mark = match &diagnostic.fix {
        Some(fix) if settings.applies(fix) => " [*]",
        Some(_) => " [unsafe]",
        None => "",
    };
    format!(
        "{path}:{}:{}: {}{mark} {}",
        at.line, at.col, diagnostic.rule, diagnostic.message
    )
}

/// A unified diff from `old` to `new` with `a/PATH` and `b/PATH` headers, as `git apply` takes
/// it when run from the directory `path` is relative to. Empty when the texts are equal.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    // git apply takes relative paths with a/ and b/ prefixes; an absolute path is shown as
    // it is, as diff(1) does, rather than as a//abs/path.
    let (from, to) = if path.starts_with('/') {
        (path.to_string(), path.to_string())
    } else {
        (format!("a/{path}"), format!("b/{path}"))
    };
    TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&from, &to)
        .missing_newline_hint(true)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_has_git_headers() {
        let diff = unified_diff("pkg/a.py", "a\nb\n", "a\nc\n");
        assert!(diff.starts_with("--- a/pkg/a.py\n+++ b/pkg/a.py\n@@ -1,2 +1,2 @@\n"));
        assert!(diff.contains("-b\n+c\n"));
    }

    #[test]
    fn absolute_paths_are_shown_as_they_are() {
        let diff = unified_diff("/tmp/a.py", "a\n", "b\n");
        assert!(diff.starts_with("--- /tmp/a.py\n+++ /tmp/a.py\n"), "{diff}");
    }

    #[test]
    fn no_diff_for_equal_texts() {
        assert_eq!(unified_diff("a.py", "x\n", "x\n"), "");
    }
}
