//! Re-indenting the docstrings of code that moves to a new depth, the way black and ruff format
//! lay them out, so that a file the formatter accepted is still accepted after a lift.
//!
//! Other multi-line strings keep every byte (their white space is part of their value), but a
//! docstring's indentation is not meant to be read: PEP 257 tools strip it, and black rewrites
//! it (`strings.py`, `fix_multiline_docstring`). black removes from every line after the first
//! the indentation those lines share (blank lines do not count), then puts the body's
//! indentation in front of each line that has text and of the last line (the one holding the
//! closing quotes), and leaves the other blank lines empty. Worked example, a function lifted
//! from four spaces deep to module level, so its body goes from eight spaces to four:
//!
//! ```text
//!         """Build a banner.             """Build a banner.
//!                                    ->                       <- blank: emptied
//!         The lines keep their       ->  The lines keep their <- shared 8 spaces -> 4
//!             relative indentation.  ->      relative indentation.
//!         """                        ->  """                  <- closing line -> 4
//! ```
//!
//! The shared indentation is the longest common prefix of white space, compared byte by byte,
//! so a file indented with tabs keeps its tabs. Docstrings that black leaves alone (a backslash
//! at the end of a line) are left alone here too.

use tree_sitter::Node;

use super::layout::indentation_of;
use crate::core::fix::Edit;
use crate::core::node::NodeExt;
use crate::core::source::{TextRange, next_line_start};

/// Edits that re-indent every docstring of a function or class inside `statement`, which
/// moves from indentation `from` to none: each docstring goes to its body's new indentation.
pub fn docstring_edits(source: &str, statement: Node<'_>, from: &str) -> Vec<Edit> {
    let mut edits = Vec::new();
    let mut stack = vec![statement];
    while let Some(node) = stack.pop() {
        if matches!(node.kind_name(), "function_definition" | "class_definition")
            && let Some((string, body_indent)) = docstring_of(source, node)
            && let Some(to) = body_indent.strip_prefix(from)
        {
            edits.extend(reindent_docstring(source, string, to));
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    edits
}

/// The docstring of a definition that spans lines, and the indentation of its line.
fn docstring_of<'s, 't>(source: &'s str, definition: Node<'t>) -> Option<(Node<'t>, &'s str)> {
    let body = definition.field("body")?;
    let mut cursor = body.walk();
    let first = body
        .named_children(&mut cursor)
        .find(|c| c.kind_name() != "comment")?;
    if first.kind_name() != "expression_statement" || first.named_child_count() != 1 {
        return None;
    }
    let string = first.named_child(0).filter(|s| s.kind_name() == "string")?;
    let text = &source[string.byte_range()];
    let prefix_end = text.find(['"', '\'']).unwrap_or(0);
    let prefix = text[..prefix_end].to_ascii_lowercase();
    let plain = !prefix.contains('b') && !prefix.contains('f');
    let continued = text.lines().any(|line| line.ends_with('\\'));
    let multiline = text.contains(['\n', '\r']);
    (plain && multiline && !continued).then_some(())?;
    Some((string, indentation_of(source, first)?))
}

/// Edits that give the lines after the first of the docstring `string` the indentation `to`.
fn reindent_docstring(source: &str, string: Node<'_>, to: &str) -> Vec<Edit> {
    let closing = closing_quotes_start(string);
    let lines = continuation_lines(source, string, closing);
    let shared = lines
        .iter()
        .map(|&(start, end)| &source[start..end])
        .filter(|line| !line.trim().is_empty())
        .map(leading_white_space)
        .reduce(common_prefix);
    let mut edits = Vec::new();
    for &(start, end) in &lines {
        let line = &source[start..end];
        let is_last = end == closing;
        let (strip, replacement) = match shared {
            _ if line.trim().is_empty() => (line.len(), if is_last { to } else { "" }),
            Some(shared) => (shared.len(), to),
            None => (0, to),
        };
        if source[start..start + strip] != *replacement {
            edits.push(Edit::replace(
                TextRange::new(start, start + strip),
                replacement,
            ));
        }
    }
    edits
}

/// The start and end (before the line ending, or at the closing quotes on the last line) of
/// each line of `string` after its first.
fn continuation_lines(source: &str, string: Node<'_>, closing: usize) -> Vec<(usize, usize)> {
    let mut lines = Vec::new();
    let mut at = next_line_start(source, string.start_byte());
    while at <= closing {
        let next = next_line_start(source, at);
        if next > closing {
            lines.push((at, closing));
            break;
        }
        let end = at + source[at..next].trim_end_matches(['\r', '\n']).len();
        lines.push((at, end));
        at = next;
    }
    lines
}

/// Where the closing quotes of `string` start.
fn closing_quotes_start(string: Node<'_>) -> usize {
    let mut cursor = string.walk();
    let end = string
        .children(&mut cursor)
        .find(|c| c.kind_name() == "string_end");
    end.map_or(string.end_byte(), |e| e.start_byte())
}

fn leading_white_space(line: &str) -> &str {
    &line[..line.len() - line.trim_start_matches([' ', '\t']).len()]
}

fn common_prefix<'s>(a: &'s str, b: &'s str) -> &'s str {
    let shared = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    &a[..shared]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::fix::apply_within;

    /// The text of the first statement of `source` after re-indenting its docstrings as if it
    /// moved from `from` to module level (only the docstring edits, not the dedent).
    fn reindented(source: &str, from: &str) -> String {
        let Ok(tree) = crate::core::parse::parse(source) else {
            panic!("test source does not parse");
        };
        let root = tree.root_node();
        let edits = docstring_edits(source, root, from);
        apply_within(source, TextRange::new(0, source.len()), edits)
    }

    #[test]
    fn continuation_lines_move_to_the_new_depth_keeping_relative_indentation() {
        let source = "def f():\n    def g():\n        \"\"\"Doc.\n\n          Deeper.\n        Body.\n        \"\"\"\n";
        let fixed = reindented(source, "    ");
        assert_eq!(
            fixed,
            "def f():\n    def g():\n        \"\"\"Doc.\n\n      Deeper.\n    Body.\n    \"\"\"\n"
        );
    }

    #[test]
    fn tabs_and_crlf_are_kept() {
        let source = "if x:\r\n\tdef g():\r\n\t\t'''Doc.\r\n\t\tBody.'''\r\n";
        let fixed = reindented(source, "\t");
        assert_eq!(
            fixed,
            "if x:\r\n\tdef g():\r\n\t\t'''Doc.\r\n\tBody.'''\r\n"
        );
    }

    #[test]
    fn other_strings_and_continued_docstrings_are_left_alone() {
        let source = "if x:\n    def g():\n        s = \"\"\"a\n        b\"\"\"\n    def h():\n        \"\"\"a \\\n        b\"\"\"\n    def k():\n        b\"\"\"a\n        b\"\"\"\n";
        assert_eq!(reindented(source, "    "), source);
    }

    #[test]
    fn blank_lines_are_emptied_and_the_closing_line_indented() {
        let source =
            "if x:\n    class C:\n        \"\"\"Doc.\n   \n        Body.\n          \"\"\"\n";
        let fixed = reindented(source, "    ");
        assert_eq!(
            fixed,
            "if x:\n    class C:\n        \"\"\"Doc.\n\n    Body.\n    \"\"\"\n"
        );
    }
}
