//! Text mechanics of a lift: where a statement's lines begin and end, which lines to take with
//! it, where the lifted function goes, and how its lines are dedented.
//!
//! Dedenting works line by line on the original text, as edits, so that it composes with the
//! other edits made inside the lifted function (renames, new parameters). Worked example, a
//! function nested four spaces deep:
//!
//! ```text
//!     def work(n):            ->  def work(n):
//!         """Doc.                     """Doc.
//!                                                  <- a line inside a string: untouched
//!         Details."""         ->      Details."""  <- also untouched: it starts inside the string
//!         return (n +         ->      return (n +
//!   1)                        ->  1)                <- continuation with less indent: stripped
//! ```
//!
//! Every line that starts outside a multi-line string loses the definition's indentation (or
//! all its leading white space when it has less, which only happens inside brackets or on
//! comment lines, where indentation carries no meaning). Lines that start inside a string keep
//! every byte, because their white space is part of the string's value.

use tree_sitter::Node;

use super::unformatted;
use crate::core::fix::Edit;
use crate::core::node::NodeExt;
use crate::core::source::{
    TextRange, is_blank_line, line_start, next_line_start, previous_line_start,
};

/// The white space before `node` on its line, when only white space precedes it there.
pub fn indentation_of<'s>(source: &'s str, node: Node<'_>) -> Option<&'s str> {
    let start = line_start(source, node.start_byte());
    let prefix = &source[start..node.start_byte()];
    prefix
        .chars()
        .all(|c| c == ' ' || c == '\t' || c == '\x0c')
        .then_some(prefix)
}

/// Comment lines directly above `node` (no blank line between) that belong with it. Above
/// the first statement of a block they are the siblings of the block itself (tree-sitter
/// starts a block at its first statement, so comments between `def f():` and it are the
/// definition's children): `# Worker.` above a nested `def work(x):` that opens its
/// function's body is found there. A formatter pragma (`# fmt: off`) is the region's, not the
/// statement's, and stops them (`unformatted`).
pub fn leading_comments_start(source: &str, node: Node<'_>) -> usize {
    let mut start = line_start(source, node.start_byte());
    let mut previous = node.prev_sibling().or_else(|| {
        node.parent()
            .filter(|block| block.kind_name() == "block" && block.start_byte() == node.start_byte())
            .and_then(|block| block.prev_sibling())
    });
    while let Some(comment) = previous.filter(|p| p.kind_name() == "comment") {
        let comment_line = line_start(source, comment.start_byte());
        let own_line = source[comment_line..comment.start_byte()].trim().is_empty();
        let pragma = unformatted::is_pragma(&source[comment.byte_range()]);
        if !own_line || pragma || next_line_start(source, comment.end_byte()) != start {
            break;
        }
        start = comment_line;
        previous = comment.prev_sibling();
    }
    start
}

/// The bytes to replace when `statement` leaves its block, and how many blank lines to leave in
/// their place: its lines and leading comments, and the blank lines after it when it opened a
/// paragraph (so no double gap is left behind).
///
/// A statement that opens its block takes the blank lines above it too, and leaves what the
/// formatters want before the statement that now opens the block: one blank line before a
/// `def` or `class` in a block that is not a function's or class's own body, none otherwise
/// (black and ruff format agree on both).
///
/// `removed` holds the statements the same fix deletes: the statement that comes to open the
/// block is the first that stays.
pub fn removal_range(
    source: &str,
    statement: Node<'_>,
    removed: &[TextRange],
) -> (TextRange, usize) {
    let mut start = leading_comments_start(source, statement);
    let mut end = next_line_start(source, statement.end_byte());
    let opens_block = statement.prev_sibling().is_none()
        && statement.parent().is_some_and(|p| p.kind_name() == "block");
    // A statement after only statements the fix deletes opens the paragraph that stays.
    let mut before = statement.prev_named_sibling();
    while let Some(gone) = before.filter(|n| removed.contains(&TextRange::of(*n))) {
        before = gone.prev_named_sibling();
    }
    let opens_paragraph = start == 0
        || before.is_none()
        || previous_line_start(source, start).is_some_and(|line| is_blank_line(source, line));
    if opens_paragraph {
        while end < source.len() && is_blank_line(source, end) {
            end = next_line_start(source, end);
        }
    }
    if !opens_block {
        return (TextRange::new(start, end), 0);
    }
    while let Some(line) = previous_line_start(source, start).filter(|&l| is_blank_line(source, l))
    {
        start = line;
    }
    (
        TextRange::new(start, end),
        blank_lines_to_leave(statement, removed),
    )
}

/// The blank lines the formatters want before the statement that comes to open the block
/// when `statement`, which opened it, goes: one before a `def` or `class` in a block that is
/// not a function's or class's own body, none otherwise.
fn blank_lines_to_leave(statement: Node<'_>, removed: &[TextRange]) -> usize {
    let opener = statement.parent().and_then(|block| block.parent());
    let in_definition =
        opener.is_some_and(|o| matches!(o.kind_name(), "function_definition" | "class_definition"));
    let mut next = statement.next_named_sibling();
    while let Some(gone) = next.filter(|n| removed.contains(&TextRange::of(*n))) {
        next = gone.next_named_sibling();
    }
    let next_is_definition = next.is_some_and(|n| {
        matches!(
            n.kind_name(),
            "function_definition" | "class_definition" | "decorated_definition"
        )
    });
    usize::from(next_is_definition && !in_definition)
}

/// Edits that remove `indent` from the start of every line in `range` (which begins at a line
/// start), except lines that begin inside one of `strings`.
pub fn dedent_edits(
    source: &str,
    range: TextRange,
    indent: &str,
    strings: &[TextRange],
) -> Vec<Edit> {
    reindent_edits(source, range, indent, "", strings)
}

/// Edits that replace the indentation `from` with `to` at the start of every line in `range`
/// (which begins at a line start), except lines that begin inside one of `strings`. A line with
/// less indentation than `from` (inside brackets, or a comment) loses what it has.
pub fn reindent_edits(
    source: &str,
    range: TextRange,
    from: &str,
    to: &str,
    strings: &[TextRange],
) -> Vec<Edit> {
    let mut edits = Vec::new();
    let mut at = range.start;
    while at < range.end {
        let inside_string = strings.iter().any(|s| s.start < at && at < s.end);
        let end = next_line_start(source, at).min(range.end);
        if !inside_string {
            let line = &source[at..end];
            let strip = if line.starts_with(from) {
                from.len()
            } else {
                line.len() - line.trim_start_matches([' ', '\t', '\x0c']).len()
            };
            let content = line.trim_end_matches(['\r', '\n']);
            let strip = strip.min(content.len());
            let blank = content.trim().is_empty();
            let replacement = if blank { "" } else { to };
            if strip > 0 || !replacement.is_empty() {
                edits.push(Edit::replace(TextRange::new(at, at + strip), replacement));
            }
        }
        at = end;
    }
    edits
}

/// Ranges of string literals inside `node` that span more than one line.
pub fn multiline_strings(source: &str, node: Node<'_>) -> Vec<TextRange> {
    let mut found = Vec::new();
    let mut stack = vec![node];
    while let Some(node) = stack.pop() {
        if node.kind_name() == "string" {
            let text = &source[node.byte_range()];
            if text.contains(['\n', '\r']) {
                found.push(TextRange::of(node));
            }
            continue;
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    found
}

/// The module-level statement that contains `node`; when statements share its line (`;`), the
/// first of them.
pub fn top_level_statement(node: Node<'_>) -> Node<'_> {
    let mut current = node;
    while let Some(parent) = current.parent() {
        if parent.kind_name() == "module" {
            break;
        }
        current = parent;
    }
    // `x = 1; y = lambda: x` is one line of two statements: code goes above the line, not
    // between them (`(\n); f = lambda: 1` in CPython's inspect_fodder.py).
    while let Some(previous) = current.prev_named_sibling()
        && previous.end_position().row == current.start_position().row
    {
        current = previous;
    }
    current
}

/// How many blank lines directly precede the line starting at `offset`, and whether anything
/// but blank lines comes before them.
pub fn blank_lines_before(source: &str, offset: usize) -> (usize, bool) {
    let mut count = 0;
    let mut at = offset;
    while at > 0 {
        let Some(previous) = previous_line_start(source, at) else {
            break;
        };
        if !is_blank_line(source, previous) {
            return (count, true);
        }
        count += 1;
        at = previous;
    }
    (count, false)
}

/// The indentation unit the file uses for one level (the white space before the first
/// statement of the first indented block at module level), or four spaces.
pub fn indent_unit(source: &str, root: Node<'_>) -> String {
    let mut cursor = root.walk();
    for statement in root.named_children(&mut cursor) {
        let definition = if statement.kind_name() == "decorated_definition" {
            statement.field("definition")
        } else {
            Some(statement)
        };
        let block = definition.and_then(|d| d.field("body").or_else(|| d.field("consequence")));
        let first = block.and_then(|b| b.named_child(0));
        if let Some(indent) = first.and_then(|f| indentation_of(source, f))
            && !indent.is_empty()
        {
            return indent.to_string();
        }
    }
    "    ".to_string()
}
