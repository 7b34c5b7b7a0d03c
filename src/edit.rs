//! Edits and fixes as plain data, and the one function that applies them.
//!
//! Analysis never mutates text: it returns `Edit`s (a byte range and its replacement) grouped
//! into `Fix`es, each with an `Applicability`. `apply_fixes` applies a set of fixes in a single
//! pass over the source, keeping every byte outside the edits, and skips any fix that would
//! overlap one already taken (the engine runs again for those).

use crate::source::TextRange;

/// Replace `range` of the original text with `content` (an insertion when `range` is empty).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Edit {
    pub range: TextRange,
    pub content: String,
}

impl Edit {
    pub fn replace(range: TextRange, content: impl Into<String>) -> Self {
        Self {
            range,
            content: content.into(),
        }
    }

    pub fn insert(offset: usize, content: impl Into<String>) -> Self {
        Self::replace(TextRange::empty(offset), content)
    }

    pub fn delete(range: TextRange) -> Self {
        Self::replace(range, "")
    }
}

/// How confident we are that applying a fix keeps the program's behaviour (ruff's meaning).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Applicability {
    /// Shown to help the reader, never applied.
    DisplayOnly,
    /// Correct for the common case but may change behaviour; applied with `--unsafe-fixes`.
    Unsafe,
    /// Keeps behaviour; applied with `--fix`.
    Safe,
}

impl Applicability {
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::DisplayOnly => "display-only",
            Applicability::Unsafe => "unsafe",
            Applicability::Safe => "safe",
        }
    }
}

/// The edits that together resolve one finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    /// Sorted by range; insertions at one offset keep the order they were produced in.
    pub edits: Vec<Edit>,
    pub applicability: Applicability,
}

impl Fix {
    /// Sorts the edits, and drops exact duplicates (two sites that share one `partial` make the
    /// same edit twice), keeping the first so that insertions at one offset stay in order.
    pub fn new(mut edits: Vec<Edit>, applicability: Applicability) -> Self {
        let mut seen = std::collections::HashSet::new();
        edits.retain(|edit| seen.insert(edit.clone()));
        edits.sort_by_key(|edit| (edit.range.start, edit.range.end));
        Self {
            edits,
            applicability,
        }
    }
}

/// Why `fix` cannot be applied to `source`, if it cannot: an edit out of bounds or off a
/// character boundary, or two of its edits overlapping. Either is a bug in the analysis, and
/// applying such a fix would panic or garble the text, so the engine checks every fix first.
pub fn malformed(fix: &Fix, source: &str) -> Option<String> {
    let outside = |offset: usize| !source.is_char_boundary(offset);
    if let Some(edit) = fix.edits.iter().find(|edit| {
        edit.range.start > edit.range.end || outside(edit.range.start) || outside(edit.range.end)
    }) {
        return Some(format!(
            "a fix edits {}, which is not a range of the file",
            edit.range
        ));
    }
    let mut ranges: Vec<TextRange> = fix.edits.iter().map(|edit| edit.range).collect();
    ranges.sort();
    let overlap = ranges.windows(2).find(|pair| pair[0].end > pair[1].start)?;
    Some(format!(
        "a fix has overlapping edits ({} and {})",
        overlap[0], overlap[1]
    ))
}

/// The text after applying `fixes` in order, and how many of them were applied.
///
/// A fix is skipped when one of its edits overlaps an edit already taken, unless the two edits
/// are identical (two lifts that both need `import functools` add it once). Insertions at the
/// same offset are all kept, in the order their fixes come.
pub fn apply_fixes<'a>(source: &str, fixes: impl IntoIterator<Item = &'a Fix>) -> (String, usize) {
    let (edits, applied) = select_edits(fixes);
    (apply_edits(source, &edits), applied)
}

/// The edits `apply_fixes` makes, in the order it makes them (sorted by range), and how many
/// fixes they come from. The engine's verification needs to know exactly which regions
/// changed, so choosing the edits is separate from applying them.
pub fn select_edits<'a>(fixes: impl IntoIterator<Item = &'a Fix>) -> (Vec<&'a Edit>, usize) {
    let mut taken: Vec<&Edit> = Vec::new();
    let mut applied = 0;
    for fix in fixes {
        let conflicts = fix.edits.iter().any(|edit| {
            taken
                .iter()
                .any(|other| *other != edit && overlaps(edit.range, other.range))
        });
        if conflicts {
            continue;
        }
        applied += 1;
        for edit in &fix.edits {
            if !taken.contains(&edit) {
                taken.push(edit);
            }
        }
    }
    // A stable sort keeps insertions at one offset in the order their fixes came.
    taken.sort_by_key(|edit| (edit.range.start, edit.range.end));
    (taken, applied)
}

/// `source` with `edits` (sorted, non-overlapping, as `select_edits` gives them) applied.
pub fn apply_edits(source: &str, edits: &[&Edit]) -> String {
    let mut out = String::with_capacity(source.len() + 256);
    let mut cursor = 0;
    for edit in edits {
        out.push_str(&source[cursor..edit.range.start]);
        out.push_str(&edit.content);
        cursor = edit.range.end;
    }
    out.push_str(&source[cursor..]);
    out
}

/// Two ranges overlap when they share a byte, or when one is an insertion strictly inside the
/// other (an insertion at either end of a replaced range touches it without overlapping).
fn overlaps(a: TextRange, b: TextRange) -> bool {
    if a.is_empty() && b.is_empty() {
        return false;
    }
    if a.is_empty() {
        return b.start < a.start && a.start < b.end;
    }
    if b.is_empty() {
        return a.start < b.start && b.start < a.end;
    }
    a.start < b.end && b.start < a.end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(edits: Vec<Edit>) -> Fix {
        Fix::new(edits, Applicability::Safe)
    }

    #[test]
    fn applies_edits_and_keeps_the_rest() {
        let source = "abcdef";
        let f = fix(vec![
            Edit::replace(TextRange::new(1, 2), "B"),
            Edit::insert(4, "+"),
        ]);
        assert_eq!(apply_fixes(source, [&f]), ("aBcd+ef".to_string(), 1));
    }

    #[test]
    fn skips_overlapping_fix_but_shares_identical_edits() {
        let source = "abcdef";
        let shared = Edit::insert(0, "import functools\n");
        let first = fix(vec![
            shared.clone(),
            Edit::replace(TextRange::new(1, 3), "X"),
        ]);
        let second = fix(vec![
            shared.clone(),
            Edit::replace(TextRange::new(2, 4), "Y"),
        ]);
        let third = fix(vec![shared, Edit::replace(TextRange::new(4, 5), "Z")]);
        let (out, applied) = apply_fixes(source, [&first, &second, &third]);
        assert_eq!(out, "import functools\naXdZf");
        assert_eq!(applied, 2);
    }

    #[test]
    fn finds_malformed_fixes() {
        let overlapping = fix(vec![
            Edit::delete(TextRange::new(1, 5)),
            Edit::insert(3, "x"),
        ]);
        assert!(malformed(&overlapping, "abcdef").is_some());
        let outside = fix(vec![Edit::insert(9, "x")]);
        assert!(malformed(&outside, "abcdef").is_some());
        let mid_char = fix(vec![Edit::insert(1, "x")]);
        assert!(malformed(&mid_char, "é").is_some());
        let touching = fix(vec![
            Edit::insert(1, "x"),
            Edit::delete(TextRange::new(1, 3)),
            Edit::insert(3, "y"),
            Edit::insert(3, "z"),
        ]);
        assert_eq!(malformed(&touching, "abcdef"), None);
    }

    #[test]
    fn a_fix_holds_each_edit_once() {
        let twice = Edit::replace(TextRange::new(1, 2), "x");
        let fix = fix(vec![twice.clone(), Edit::insert(0, "a"), twice]);
        assert_eq!(fix.edits.len(), 2);
        assert_eq!(malformed(&fix, "abc"), None);
    }

    #[test]
    fn insertions_at_one_offset_keep_their_order() {
        let a = fix(vec![Edit::insert(1, "1")]);
        let b = fix(vec![Edit::insert(1, "2")]);
        assert_eq!(apply_fixes("ab", [&a, &b]).0, "a12b");
    }
}
