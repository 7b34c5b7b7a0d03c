//! How the edits of a fix are described to tree-sitter for an incremental parse (`parse::
//! reparse`): as the narrowest byte ranges that changed, which is what lets tree-sitter reuse
//! the old tree after an edit as well as before it.
//!
//! tree-sitter marks every node that an edit touches as changed, and a token touches an edit
//! when the bytes its lexer looked at reach it. tree-sitter-python's newline and dedent tokens
//! are empty, sit at the end of a line, and look ahead over the blank lines that follow to the
//! first character of the next statement. So the lifted function, inserted at the start of the
//! line of the statement that contained it, changes the newline and dedents that end the
//! statement above. When the parser then stands at the end of that statement, before it has
//! lexed those tokens again, the next old statement starts at the same byte and its lexer state
//! looks different from the parser's; tree-sitter skips it whole, and from there on it finds
//! no old node starting where the parser stands: everything after the first edit is parsed
//! afresh. A lift that rewrites a call to the end of its line does the same to the newline
//! after it.
//!
//! The description is exact whatever the edit: the replaced bytes and their replacement are
//! trimmed of what they have in common at either end, and an insertion slides forward over the
//! text that follows it as far as that text repeats the start of the insertion (inserting
//! `def _f():⏎    ...⏎⏎⏎` before `def main():` is inserting `_f():⏎    ...⏎⏎⏎def ` after
//! its `def `). Both give the same new text, so tree-sitter's result is the tree of the new
//! text either way (`parse::tests` compares it with a fresh parse over every fixture's fixes and
//! over random edits); only how much of the old tree it can reuse differs. In the example the
//! change now starts after the first character of the statement, beyond what the newline above
//! looked at, and the rest of the file is reused.
//!
//! Example: `    return pool.map(lambda v: v * f, values)⏎` rewritten as `    return
//! pool.map(⏎        functools.partial(_g, f=f), values⏎    )⏎` changes the bytes from
//! `lambda` to the space before the `)`; the `)` and the newline after it keep their nodes.

use tree_sitter::{InputEdit, Point};

use crate::core::fix::Edit;

/// The changes that turn `old_source` into `source` (`old_source` with `edits` applied: sorted,
/// non-overlapping), each narrowed as the module doc says, in the coordinates of `old_source`
/// and in the order tree-sitter is given them: from the last back to the first, so that each
/// one's offsets are still those of `old_source` when it is applied.
pub fn input_edits(old_source: &str, edits: &[&Edit], source: &str) -> Vec<InputEdit> {
    let old = old_source.as_bytes();
    let mut changes = Vec::with_capacity(edits.len());
    let mut shift: isize = 0;
    let mut runs = touching_runs(edits).peekable();
    while let Some((start, end, content_len)) = runs.next() {
        let next = runs.peek().map_or(old.len(), |run| run.0);
        let new_start = start.saturating_add_signed(shift);
        let new_end = new_start + content_len;
        // The run and the unchanged text up to the next run, on both sides.
        let before = &old[start..next];
        let after = &source.as_bytes()[new_start..new_end + (next - end)];
        let (front, back) = common_ends(before, after, old_source, start);
        changes.push(Change {
            start: start + front,
            old_end: next - back,
            new_start: new_start + front,
            new_end: new_end + (next - end) - back,
        });
        shift += content_len as isize - (end - start) as isize;
    }
    changes
        .iter()
        .rev()
        .map(|change| change.input_edit(old_source, source))
        .collect()
}

/// One narrowed change: `old_source[start..old_end]` became `source[new_start..new_end]`.
struct Change {
    start: usize,
    old_end: usize,
    new_start: usize,
    new_end: usize,
}

impl Change {
    fn input_edit(&self, old_source: &str, source: &str) -> InputEdit {
        let start_position = point_at(old_source, self.start);
        InputEdit {
            start_byte: self.start,
            old_end_byte: self.old_end,
            new_end_byte: self.start + (self.new_end - self.new_start),
            start_position,
            old_end_position: point_at(old_source, self.old_end),
            new_end_position: advance(
                start_position,
                &source.as_bytes()[self.new_start..self.new_end],
            ),
        }
    }
}

/// The edits with those that touch merged (an insertion at the end of a replacement, two
/// insertions at one offset): `(start, end, length of the new text)` in `old_source`'s offsets.
fn touching_runs<'a>(edits: &'a [&Edit]) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
    let mut edits = edits.iter().peekable();
    std::iter::from_fn(move || {
        let first = edits.next()?;
        let (start, mut end, mut len) = (first.range.start, first.range.end, first.content.len());
        while let Some(edit) = edits.next_if(|edit| edit.range.start == end) {
            end = edit.range.end;
            len += edit.content.len();
        }
        Some((start, end, len))
    })
}

/// How many bytes `before` and `after` share at the front, then at the back of what is left,
/// each cut back to a character boundary of `old_source` (where `before` starts at `offset`).
fn common_ends(before: &[u8], after: &[u8], old_source: &str, offset: usize) -> (usize, usize) {
    let mut front = before.iter().zip(after).take_while(|(a, b)| a == b).count();
    while !old_source.is_char_boundary(offset + front) {
        front -= 1;
    }
    let (before, after) = (&before[front..], &after[front..]);
    let mut back = before
        .iter()
        .rev()
        .zip(after.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    while !old_source.is_char_boundary(offset + front + before.len() - back) {
        back -= 1;
    }
    (front, back)
}

/// The row and byte column of `offset`, as tree-sitter counts them (rows end at `\n`).
fn point_at(source: &str, offset: usize) -> Point {
    let before = &source.as_bytes()[..offset];
    let row = memchr::memchr_iter(b'\n', before).count();
    let line_start = memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
    Point::new(row, offset - line_start)
}

/// Where `start` moves to past `text`.
fn advance(start: Point, text: &[u8]) -> Point {
    match memchr::memrchr(b'\n', text) {
        Some(last) => Point::new(
            start.row + memchr::memchr_iter(b'\n', text).count(),
            text.len() - last - 1,
        ),
        None => Point::new(start.row, start.column + text.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::fix::apply_edits;
    use crate::core::source::TextRange;

    fn described(old: &str, edits: &[Edit]) -> Vec<(usize, usize, usize)> {
        let edits: Vec<&Edit> = edits.iter().collect();
        let new = apply_edits(old, &edits);
        input_edits(old, &edits, &new)
            .iter()
            .map(|e| (e.start_byte, e.old_end_byte, e.new_end_byte))
            .collect()
    }

    #[test]
    fn an_insertion_slides_over_what_repeats_its_start() {
        let old = "x = 1\n\n\ndef main():\n    pass\n";
        let at = old.find("def main").expect("main");
        let edits = [Edit::insert(at, "def _f():\n    pass\n\n\n")];
        // Past `def `, where the newline after `x = 1` no longer looks.
        assert_eq!(described(old, &edits), vec![(at + 4, at + 4, at + 4 + 21)]);
    }

    #[test]
    fn a_replacement_keeps_the_ends_it_shares() {
        let old = "    return pool.map(lambda v: v * f, values)\n";
        let start = old.find("return").expect("return");
        let end = old.find(")\n").expect("end") + 1;
        let content = "return pool.map(\n        functools.partial(_g, f=f), values\n    )";
        let edits = [Edit::replace(TextRange::new(start, end), content)];
        let lambda = old.find("lambda").expect("lambda");
        let space = content.len() - 1 - "return pool.map(".len();
        let expected = (lambda, end - 1, lambda + space);
        assert_eq!(described(old, &edits), vec![expected]);
    }

    #[test]
    fn touching_edits_are_one_change_and_the_last_comes_first() {
        let old = "f(a)\ng(b)\n";
        let edits = [
            Edit::replace(TextRange::new(2, 3), "x"),
            Edit::insert(3, ", y"),
            Edit::delete(TextRange::new(7, 8)),
        ];
        assert_eq!(described(old, &edits), vec![(7, 8, 7), (2, 3, 6)]);
    }

    #[test]
    fn positions_count_rows_and_byte_columns() {
        let old = "é = 1\nx = 2\n";
        let edits = [Edit::insert(old.len(), "y = 3\nz = 4\n")];
        let edits: Vec<&Edit> = edits.iter().collect();
        let new = apply_edits(old, &edits);
        let [edit] = input_edits(old, &edits, &new)[..] else {
            panic!("one edit")
        };
        assert_eq!(edit.start_position, Point::new(2, 0));
        assert_eq!(edit.new_end_position, Point::new(4, 0));
    }
}
