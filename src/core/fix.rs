//! The fix core: edits and fixes as plain data, and the one place text is spliced.
//!
//! Analysis never mutates text: it returns `Edit`s (a byte range and its replacement) grouped
//! into `Fix`es, each with an `Applicability` that alone decides, with the `unsafe_fixes`
//! setting, whether the fix applies (`Fix::applies`). `apply_fixes` applies a set of fixes in a
//! single pass over the source, keeping every byte outside the edits; a fix that would overlap
//! one already taken is skipped and reported as skipped (the fix loop runs again for those).
//! `apply_within` splices the edits a lift makes inside one statement while it builds that
//! statement's new text; both end in `splice`, the only function that writes text from edits.
//!
//! What stands between a fix and the disk is `verify::apply_verified`, which applies fixes
//! with `select` and `apply_edits` and checks the result. It lives beside the checks it runs
//! rather than here because `parse` and `verify` take `Edit`s: this module stays a leaf that
//! they import, with no cycle.

use crate::core::source::TextRange;

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

    /// Whether a fix of this applicability is applied, with or without `--unsafe-fixes`: the
    /// one place that says what the levels mean.
    pub fn applies(self, unsafe_fixes: bool) -> bool {
        match self {
            Applicability::Safe => true,
            Applicability::Unsafe => unsafe_fixes,
            Applicability::DisplayOnly => false,
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

    /// Whether `--fix` applies this fix, with or without `--unsafe-fixes`.
    pub fn applies(&self, unsafe_fixes: bool) -> bool {
        self.applicability.applies(unsafe_fixes)
    }

    /// Whether this fix is held back only because `--unsafe-fixes` is off (the summary's
    /// "N more with --unsafe-fixes").
    pub fn held_back_as_unsafe(&self, unsafe_fixes: bool) -> bool {
        !self.applies(unsafe_fixes) && self.applies(true)
    }
}

/// Why `fix` cannot be applied to `source`, if it cannot: an edit out of bounds or off a
/// character boundary, or two of its edits overlapping. Either is a bug in the analysis, and
/// applying such a fix would panic or garble the text, so every fix is checked first.
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

/// The edits taken from a set of fixes, and which fixes were left out.
#[derive(Debug)]
pub struct Selection<'a> {
    /// Sorted by range and non-overlapping; insertions at one offset keep their fixes' order,
    /// sharing the blank lines between them (`share_blank_lines`).
    pub edits: Vec<&'a Edit>,
    /// The insertions whose leading blank lines `share_blank_lines` changed, standing in for
    /// theirs in `edits`.
    shared: Vec<(usize, Edit)>,
    /// How many fixes were taken.
    pub applied: usize,
    /// The positions (in the order given) of the fixes skipped for overlapping one taken.
    pub skipped: Vec<usize>,
}

/// Choose the edits of `fixes`, in order: a fix is skipped when one of its edits overlaps an
/// edit already taken, unless the two edits are identical (two lifts that both need `import
/// functools` add it once). Insertions at the same offset are all kept, in the order their
/// fixes come. Verification needs to know exactly which regions changed, so choosing the
/// edits is separate from splicing them.
pub fn select<'a>(source: &str, fixes: impl IntoIterator<Item = &'a Fix>) -> Selection<'a> {
    let mut taken: Vec<&Edit> = Vec::new();
    let (mut applied, mut skipped) = (0, Vec::new());
    for (position, fix) in fixes.into_iter().enumerate() {
        let conflicts = fix.edits.iter().any(|edit| {
            taken
                .iter()
                .any(|other| *other != edit && overlaps(edit.range, other.range))
        });
        if conflicts {
            skipped.push(position);
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
    let shared = share_blank_lines(source, &taken);
    Selection {
        edits: taken,
        shared,
        applied,
        skipped,
    }
}

impl Selection<'_> {
    /// The edits to splice, in order: `edits`, with the insertions `share_blank_lines`
    /// changed in their place.
    pub fn edits(&self) -> Vec<&Edit> {
        let mut edits = self.edits.clone();
        for (at, edit) in &self.shared {
            edits[*at] = edit;
        }
        edits
    }
}

/// Two edits with only blank lines of the original between them, the second an insertion,
/// each topping up the blank lines between itself and what is beside it, share those lines: a
/// new `import functools` at the top of a module without imports, which gives two blank lines
/// before the `def` that follows, and a function lifted above that `def`, which gives two
/// after the line above it, make two blank lines between them, not four. Each was worked out
/// from the blank lines already there, so the second gets the leading blank lines that make
/// the larger of the two counts: those the first's trailing ones already give are dropped,
/// and a module-level definition right after a line of code still gets its two.
/// `(position, edit with its leading blank lines changed)` for each.
fn share_blank_lines(source: &str, edits: &[&Edit]) -> Vec<(usize, Edit)> {
    let mut shared = Vec::new();
    // The blank lines that end the text so far, when it ends with a whole line.
    let mut ending: Option<usize> = None;
    let mut previous_end = 0;
    for (at, edit) in edits.iter().enumerate() {
        let between = source.get(previous_end..edit.range.start);
        let blank_gap = between.filter(|text| text.chars().all(|c| matches!(c, '\n' | '\r')));
        let mut content = edit.content.clone();
        if let (Some(accumulated), Some(gap), true) = (ending, blank_gap, edit.range.is_empty()) {
            let kept = gap.matches('\n').count();
            let below = leading_blank_lines(&content);
            let start = below.last().copied().unwrap_or(0);
            let rest = content[start..].to_string();
            // A module-level definition right after a line of code (a new import at the top
            // of the file, where the lift saw no code above) still gets its two.
            let definition = ["def ", "class ", "async def ", "@"]
                .iter()
                .any(|k| rest.starts_with(k));
            let wanted = (accumulated + kept)
                .max(kept + below.len())
                .max(if definition { 2 } else { 0 });
            let leading = wanted - accumulated - kept;
            if leading != below.len() {
                let eol = if edit.content.contains("\r\n") {
                    "\r\n"
                } else {
                    "\n"
                };
                content = format!("{}{rest}", eol.repeat(leading));
                shared.push((at, Edit::replace(edit.range, content.clone())));
            }
            ending = if rest.is_empty() {
                Some(accumulated + kept + leading)
            } else {
                content
                    .ends_with('\n')
                    .then(|| trailing_blank_lines(&content))
            };
        } else {
            // An edit of blank lines alone tops up the original's, which are not counted here.
            let code = !content.trim().is_empty();
            ending = (code && content.ends_with('\n')).then(|| trailing_blank_lines(&content));
        }
        previous_end = edit.range.end;
    }
    shared
}

/// How many empty lines end `text`, after its last line with something on it (which must end
/// with a line break).
fn trailing_blank_lines(text: &str) -> usize {
    let Some(mut rest) = strip_line_break(text) else {
        return 0;
    };
    let mut count = 0;
    while let Some(shorter) = strip_line_break(rest) {
        rest = shorter;
        count += 1;
    }
    if rest.is_empty() { 0 } else { count }
}

fn strip_line_break(text: &str) -> Option<&str> {
    let text = text.strip_suffix('\n')?;
    Some(text.strip_suffix('\r').unwrap_or(text))
}

/// The offsets just past each empty line `text` starts with.
fn leading_blank_lines(text: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut at = 0;
    loop {
        let rest = &text[at..];
        let step = if rest.starts_with("\r\n") {
            2
        } else if rest.starts_with('\n') {
            1
        } else {
            break;
        };
        at += step;
        ends.push(at);
    }
    ends
}

/// `source` with `fixes` applied in one pass, and which of them were taken and skipped.
pub fn apply_fixes<'a>(
    source: &str,
    fixes: impl IntoIterator<Item = &'a Fix>,
) -> (String, Selection<'a>) {
    let selection = select(source, fixes);
    (apply_edits(source, &selection.edits()), selection)
}

/// `source` with `edits` (sorted, non-overlapping, as `select` gives them) applied.
pub fn apply_edits(source: &str, edits: &[&Edit]) -> String {
    splice(source, TextRange::new(0, source.len()), edits)
}

/// The text of `range` of `source` with `edits` (absolute offsets inside `range`) applied: how
/// a lift builds the new text of a statement from the edits it makes inside it. The edits are
/// sorted; one that starts inside an edit already taken is left out, the earlier one winning,
/// so that two rewrites of one expression cannot garble it (the fix made from the result is
/// then verified like any other).
pub fn apply_within(source: &str, range: TextRange, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    let mut end_of_taken = range.start;
    let taken: Vec<&Edit> = edits
        .iter()
        .filter(|edit| {
            let fits = edit.range.start >= end_of_taken;
            if fits {
                end_of_taken = edit.range.end;
            }
            fits
        })
        .collect();
    splice(source, range, &taken)
}

/// The one splicer: `range` of `source` with `edits` (sorted, non-overlapping, inside `range`)
/// put in place of the bytes they cover.
fn splice(source: &str, range: TextRange, edits: &[&Edit]) -> String {
    let mut out = String::with_capacity(range.len() + 256);
    let mut cursor = range.start;
    for edit in edits {
        out.push_str(&source[cursor..edit.range.start]);
        out.push_str(&edit.content);
        cursor = edit.range.end;
    }
    out.push_str(&source[cursor..range.end]);
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
        let (out, selection) = apply_fixes(source, [&f]);
        assert_eq!((out.as_str(), selection.applied), ("aBcd+ef", 1));
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
        let (out, selection) = apply_fixes(source, [&first, &second, &third]);
        assert_eq!(out, "import functools\naXdZf");
        assert_eq!(selection.applied, 2);
        assert_eq!(selection.skipped, vec![1]);
    }

    #[test]
    fn an_overlapping_fix_is_skipped_and_reported() {
        let source = "abcdef";
        let first = fix(vec![Edit::replace(TextRange::new(1, 4), "X")]);
        let second = fix(vec![Edit::replace(TextRange::new(3, 5), "Y")]);
        let (out, selection) = apply_fixes(source, [&first, &second]);
        assert_eq!(out, "aXef");
        assert_eq!(selection.applied, 1);
        assert_eq!(selection.skipped, vec![1]);
        assert_eq!(selection.edits, vec![&first.edits[0]]);
    }

    #[test]
    fn apply_within_splices_inside_its_range_and_leaves_out_an_overlap() {
        let source = "0123456789";
        let edits = vec![
            Edit::replace(TextRange::new(5, 7), "b"),
            Edit::replace(TextRange::new(3, 6), "a"),
            Edit::insert(8, "c"),
        ];
        assert_eq!(apply_within(source, TextRange::new(2, 9), edits), "2a67c8");
    }

    #[test]
    fn applicability_says_when_a_fix_applies() {
        let (safe, unsafe_, display) = (
            fix(vec![]),
            Fix::new(vec![], Applicability::Unsafe),
            Fix::new(vec![], Applicability::DisplayOnly),
        );
        assert!(safe.applies(false) && safe.applies(true));
        assert!(!unsafe_.applies(false) && unsafe_.applies(true));
        assert!(!display.applies(false) && !display.applies(true));
        assert!(unsafe_.held_back_as_unsafe(false));
        assert!(!unsafe_.held_back_as_unsafe(true));
        assert!(!safe.held_back_as_unsafe(false) && !display.held_back_as_unsafe(false));
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
    fn insertions_at_one_offset_share_their_blank_lines() {
        let import = fix(vec![Edit::insert(2, "import functools\n\n\n")]);
        let lifted = fix(vec![Edit::insert(
            2,
            "\n\ndef _run_task():\n    pass\n\n\n",
        )]);
        let source = "#\ndef run():\n    pass\n";
        assert_eq!(
            apply_fixes(source, [&import, &lifted]).0,
            "#\nimport functools\n\n\ndef _run_task():\n    pass\n\n\ndef run():\n    pass\n"
        );
        // One blank line above, three below: the larger number is kept.
        let import = fix(vec![Edit::insert(3, "import functools\r\n\r\n")]);
        let lifted = fix(vec![Edit::insert(3, "\r\n\r\n\r\nX = 1\r\n")]);
        assert_eq!(
            apply_fixes("#\r\nY = 2\r\n", [&import, &lifted]).0,
            "#\r\nimport functools\r\n\r\n\r\n\r\nX = 1\r\nY = 2\r\n"
        );
        // Insertions that are not lines are left as they are.
        let a = fix(vec![Edit::insert(1, "x")]);
        let b = fix(vec![Edit::insert(1, "\n\ny")]);
        assert_eq!(apply_fixes("ab", [&a, &b]).0, "ax\n\nyb");
    }

    #[test]
    fn insertions_at_one_offset_keep_their_order() {
        let a = fix(vec![Edit::insert(1, "1")]);
        let b = fix(vec![Edit::insert(1, "2")]);
        assert_eq!(apply_fixes("ab", [&a, &b]).0, "a12b");
    }
}
