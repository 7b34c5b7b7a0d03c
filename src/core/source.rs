//! Positions in a source file: byte ranges, the line index that turns offsets into the
//! `line:col` people read, and the layout facts (line ending) that edits must respect.
//!
//! Everything the analysis produces is expressed in byte offsets into the original text;
//! only rendering converts to lines and columns.

use std::fmt;

/// A half-open byte range `start..end` into a source text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct TextRange {
    pub start: usize,
    pub end: usize,
}

impl TextRange {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Self { start, end }
    }

    /// An empty range at `offset`: the range of an insertion.
    pub fn empty(offset: usize) -> Self {
        Self::new(offset, offset)
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn contains_range(self, other: TextRange) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn of(node: tree_sitter::Node<'_>) -> Self {
        Self::new(node.start_byte(), node.end_byte())
    }
}

impl fmt::Display for TextRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Offsets of line starts, so that an offset can be shown as a 1-based line and column.
///
/// `\n`, `\r\n` and a lone `\r` all end a line, as they do for Python's tokenizer.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

/// A 1-based line and a 1-based column counted in characters, as editors show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub col: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        // memchr looks for the two bytes many at a time: a run builds several indexes of each
        // file it reports on, and a byte-by-byte loop cost 2 M instructions on a 200 KB file.
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                starts.push(i + 1);
            }
        }
        Self { starts }
    }

    /// The 0-based line that contains `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    pub fn line_start(&self, line: usize) -> usize {
        self.starts[line]
    }

    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let line = self.line_of(offset);
        let start = self.starts[line];
        let col = text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        LineCol {
            line: line + 1,
            col: col + 1,
        }
    }
}

/// The line ending a file uses, taken from its first line break (`\n` when it has none),
/// so that lines we add match the lines around them.
pub fn line_ending(text: &str) -> &'static str {
    match text.find(['\n', '\r']) {
        Some(i) if text[i..].starts_with("\r\n") => "\r\n",
        Some(i) if text.as_bytes()[i] == b'\r' => "\r",
        _ => "\n",
    }
}

/// The offset of the start of the line that contains `offset`.
pub fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind(['\n', '\r']).map_or(0, |i| i + 1)
}

/// The start of the line before the one that starts at `offset` (a line start), stepping back
/// over its line break as one, `\r\n` included; `None` on the first line.
pub fn previous_line_start(text: &str, offset: usize) -> Option<usize> {
    let before = &text[..offset];
    let end = before
        .strip_suffix("\r\n")
        .or_else(|| before.strip_suffix(['\n', '\r']))?
        .len();
    Some(line_start(text, end))
}

/// The offset just past the line break that ends the line containing `offset`
/// (the end of the text on the last line).
pub fn next_line_start(text: &str, offset: usize) -> usize {
    let bytes = text.as_bytes();
    match text[offset..].find(['\n', '\r']) {
        None => text.len(),
        Some(i) => {
            let i = offset + i;
            if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i + 2
            } else {
                i + 1
            }
        }
    }
}

/// Whether the line starting at `start` holds only white space.
pub fn is_blank_line(text: &str, start: usize) -> bool {
    let end = next_line_start(text, start);
    text[start..end].trim().is_empty() && start < text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_all_line_endings() {
        let text = "a\nb\r\nc\rdé f";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 0), LineCol { line: 1, col: 1 });
        assert_eq!(index.line_col(text, 2), LineCol { line: 2, col: 1 });
        assert_eq!(index.line_col(text, 5), LineCol { line: 3, col: 1 });
        let f = text.find('f').unwrap();
        assert_eq!(index.line_col(text, f), LineCol { line: 4, col: 4 });
    }

    #[test]
    fn every_kind_of_break_starts_a_line_once() {
        let text = "a\r\r\nb\n\nc\r";
        let index = LineIndex::new(text);
        assert_eq!(index.starts, vec![0, 2, 4, 6, 7, 9]);
    }

    #[test]
    fn line_ending_is_taken_from_the_first_break() {
        assert_eq!(line_ending("a\r\nb\n"), "\r\n");
        assert_eq!(line_ending("a\rb"), "\r");
        assert_eq!(line_ending("a\nb\r\n"), "\n");
        assert_eq!(line_ending("abc"), "\n");
    }

    #[test]
    fn previous_line_steps_over_a_crlf_as_one_break() {
        let text = "ab\r\n\r\ncd\n";
        assert_eq!(previous_line_start(text, 6), Some(4));
        assert_eq!(previous_line_start(text, 4), Some(0));
        assert_eq!(previous_line_start(text, 0), None);
        assert_eq!(previous_line_start("a\rb", 2), Some(0));
    }

    #[test]
    fn line_boundaries() {
        let text = "ab\r\ncd\n";
        assert_eq!(line_start(text, 5), 4);
        assert_eq!(next_line_start(text, 1), 4);
        assert_eq!(next_line_start(text, 4), 7);
        assert!(!is_blank_line(text, 4));
        assert!(is_blank_line("x\n  \ny", 2));
    }
}
