//! Unified diffs of fixes, as people read them: `--diff` prints the diff of a file's bytes and
//! `--interactive` shows the diff of its text. Both have the `a/` and `b/` headers `git apply`
//! takes. These functions build the diffs; the printer and the review print them.

use similar::udiff::UnifiedHunkHeader;
use similar::{Algorithm, ChangeTag, TextDiff};

/// A unified diff from `old` to `new` with `a/PATH` and `b/PATH` headers, as `git apply` takes
/// it when run from the directory `path` is relative to. Empty when the texts are equal.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    let (from, to) = headers(path);
    TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&from, &to)
        .missing_newline_hint(true)
        .to_string()
}

/// The hunks of `unified_diff` without its file headers: the change alone, as the `full`
/// format shows a finding's fix under `help:`.
pub fn hunks(old: &str, new: &str) -> String {
    TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(1)
        .missing_newline_hint(false)
        .to_string()
}

/// `unified_diff` of two files' bytes, in whatever encoding they share, as git makes one: lines
/// end at `\n` only (a lone `\r` is not a line break to git), are copied byte for byte (so
/// that `git apply` finds a Latin-1 or Shift_JIS file's lines as they are on disk), and a last
/// line without `\n` is marked `\ No newline at end of file`. Empty when the bytes are equal.
pub fn unified_diff_bytes(path: &str, old: &[u8], new: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    if old == new {
        return out;
    }
    let (old, new) = (lines(old), lines(new));
    let (from, to) = headers(path);
    out.extend_from_slice(format!("--- {from}\n+++ {to}\n").as_bytes());
    let ops = similar::capture_diff_slices(Algorithm::Myers, &old, &new);
    for hunk in similar::group_diff_ops(ops, 3) {
        out.extend_from_slice(format!("{}\n", UnifiedHunkHeader::new(&hunk)).as_bytes());
        for change in hunk.iter().flat_map(|op| op.iter_changes(&old, &new)) {
            out.push(match change.tag() {
                ChangeTag::Equal => b' ',
                ChangeTag::Delete => b'-',
                ChangeTag::Insert => b'+',
            });
            let line = change.value();
            out.extend_from_slice(line);
            if !line.ends_with(b"\n") {
                out.extend_from_slice(b"\n\\ No newline at end of file\n");
            }
        }
    }
    out
}

/// The lines of `bytes`, each with its `\n`.
fn lines(bytes: &[u8]) -> Vec<&[u8]> {
    bytes.split_inclusive(|&byte| byte == b'\n').collect()
}

/// git apply takes relative paths with a/ and b/ prefixes; an absolute path is shown as it is,
/// as diff(1) does, rather than as a//abs/path.
fn headers(path: &str) -> (String, String) {
    if path.starts_with('/') {
        (quoted(path), quoted(path))
    } else {
        (quoted(&format!("a/{path}")), quoted(&format!("b/{path}")))
    }
}

/// A name as git writes it in a diff header: as it is, unless it holds a quote, a backslash or
/// a control character (a tab would end the name), then in double quotes with C escapes,
/// which `git apply` reads back.
fn quoted(name: &str) -> String {
    if !name
        .chars()
        .any(|c| c == '"' || c == '\\' || c.is_ascii_control())
    {
        return name.to_string();
    }
    let mut out = String::from("\"");
    for c in name.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c.is_ascii_control() => out.push_str(&format!("\\{:03o}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
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
    fn names_git_would_quote_are_quoted() {
        let diff = unified_diff("tab\tname \"q\"\\.py", "a\n", "b\n");
        assert!(
            diff.starts_with("--- \"a/tab\\tname \\\"q\\\"\\\\.py\"\n+++ \"b/tab\\tname"),
            "{diff}"
        );
        assert!(unified_diff("é s.py", "a\n", "b\n").starts_with("--- a/é s.py\n"));
    }

    #[test]
    fn absolute_paths_are_shown_as_they_are() {
        let diff = unified_diff("/tmp/a.py", "a\n", "b\n");
        assert!(diff.starts_with("--- /tmp/a.py\n+++ /tmp/a.py\n"), "{diff}");
    }

    #[test]
    fn byte_diffs_copy_lines_that_are_not_utf8_and_match_text_diffs_otherwise() {
        let old = "a\nb\nc\n";
        let new = "a\nB\nc\nd";
        assert_eq!(
            unified_diff_bytes("x.py", old.as_bytes(), new.as_bytes()),
            unified_diff("x.py", old, new).into_bytes()
        );
        let diff = unified_diff_bytes("x.py", b"# caf\xe9\nx = 1\n", b"# caf\xe9\nx = 2\n");
        assert_eq!(
            diff,
            b"--- a/x.py\n+++ b/x.py\n@@ -1,2 +1,2 @@\n # caf\xe9\n-x = 1\n+x = 2\n"
        );
        assert!(unified_diff_bytes("x.py", b"same", b"same").is_empty());
        // As git diff shows a file with old Mac line endings: one line, without a newline.
        assert_eq!(
            unified_diff_bytes("x.py", b"a = 1\rb = 2\r", b"a = 1\rb = 3\r"),
            b"--- a/x.py\n+++ b/x.py\n@@ -1 +1 @@\n-a = 1\rb = 2\r\n\\ No newline at end of file\n\
              +a = 1\rb = 3\r\n\\ No newline at end of file\n"
        );
    }

    #[test]
    fn no_diff_for_equal_texts() {
        assert_eq!(unified_diff("a.py", "x\n", "x\n"), "");
    }
}
