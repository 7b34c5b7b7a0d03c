//! Code the project's formatter leaves as written: a statement whose last line ends with
//! `# fmt: skip`, and the statements between a `# fmt: off` comment and the `# fmt: on` at
//! the same indentation (or the end of their block), as black and ruff format read them.
//!
//! A lift moves such code to a new function at module level, outside the region, where the
//! formatter would lay it out afresh (`x*k` becoming `x * k`) and the fixed file would fail
//! the project's format check. So the lifted body keeps the protection it had:
//!
//! ```text
//! pool.map(lambda x: x*k, xs)  # fmt: skip      def _run_task(x, *, k):
//!                                          ->        return x*k  # fmt: skip
//!
//!     # fmt: off                                def work(x, *, k):
//!     def work(x):                                  # fmt: off
//!         return [x,   k]                  ->       return [x,   k]
//!     # fmt: on                                     # fmt: on
//! ```
//!
//! Both layouts are left alone by black and ruff format (a `# fmt: off` before a `def` at
//! module level is not: black wants one blank line before it after imports, ruff two). The
//! pragmas themselves are no comments of a statement: they stay where they are.

use tree_sitter::Node;

use crate::core::node::NodeExt;
use crate::core::source::{line_start, next_line_start};

/// Whether `comment` (a comment's text) is a formatter pragma: `# fmt: off`, `# fmt: on`,
/// `# fmt: skip`, `# yapf: disable` and the like.
pub fn is_pragma(comment: &str) -> bool {
    let text = comment.trim_start_matches('#').trim();
    ["fmt:", "yapf:"].iter().any(|p| text.starts_with(p))
}

/// Whether `node`, the code a lift moves, lies where the formatter leaves the code as it is.
pub fn left_as_written(source: &str, node: Node<'_>) -> bool {
    skipped_statement(source, node) || in_off_region(source, node.start_byte())
}

/// Whether the statement holding `node` ends its last line with a `# fmt: skip` comment.
fn skipped_statement(source: &str, node: Node<'_>) -> bool {
    let mut statement = node;
    while !is_statement(statement) {
        match statement.parent() {
            Some(parent) => statement = parent,
            None => return false,
        }
    }
    let end = next_line_start(source, statement.end_byte());
    let last_line = &source[line_start(source, statement.end_byte())..end];
    last_line
        .rsplit_once('#')
        .is_some_and(|(_, comment)| skip_comment(comment))
}

fn skip_comment(comment: &str) -> bool {
    let text: String = comment.chars().filter(|c| !c.is_whitespace()).collect();
    text.contains("fmt:skip")
}

fn is_statement(node: Node<'_>) -> bool {
    node.kind_name().ends_with("_statement") || node.kind_name() == "function_definition"
}

/// Whether the line at `at` comes after a standalone `# fmt: off` and before the `# fmt: on`
/// at the same indentation, without leaving the block the pragma is in (code at less
/// indentation). Lines are read as text: a line inside a multi-line string that looks like a
/// pragma may start a region, which at worst protects a lifted body that needed none.
fn in_off_region(source: &str, at: usize) -> bool {
    let target = line_start(source, at);
    let mut off: Option<usize> = None;
    let mut start = 0;
    while start < target {
        let end = next_line_start(source, start);
        let line = source[start..end].trim_end_matches(['\n', '\r']);
        let code = line.trim_start();
        let indent = line.len() - code.len();
        if let Some(comment) = code.strip_prefix('#') {
            let text: String = comment.chars().filter(|c| !c.is_whitespace()).collect();
            match text.as_str() {
                "fmt:off" if off.is_none() => off = Some(indent),
                "fmt:on" if off.is_some_and(|o| indent <= o) => off = None,
                _ => {}
            }
        } else if !code.is_empty() && off.is_some_and(|o| indent < o) {
            off = None;
        }
        if end <= start {
            break;
        }
        start = end;
    }
    // The line itself, when it leaves the pragma's block.
    let line = &source[target..next_line_start(source, target)];
    let indent = line.len() - line.trim_start().len();
    off.is_some_and(|o| indent >= o)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_lambda(tree: &tree_sitter::Tree) -> Node<'_> {
        let mut stack = vec![tree.root_node()];
        while let Some(node) = stack.pop() {
            if node.kind_name() == "lambda"
                || node.kind_name() == "function_definition" && node.start_byte() > 0
            {
                return node;
            }
            let mut cursor = node.walk();
            stack.extend(
                node.named_children(&mut cursor)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev(),
            );
        }
        panic!("no lambda")
    }

    fn judged(source: &str) -> bool {
        let tree = crate::core::parse::parse(source).expect("parses");
        left_as_written(source, first_lambda(&tree))
    }

    #[test]
    fn a_skipped_statement_and_an_off_region_are_left_as_written() {
        assert!(judged(
            "def f(k):\n    return g(lambda x: x*k)  # fmt: skip\n"
        ));
        assert!(judged(
            "def f(k):\n    return g(\n        lambda x: x*k,\n    )  # fmt:skip\n"
        ));
        assert!(judged(
            "def f(k):\n    # fmt: off\n    return g(lambda x: x*k)\n    # fmt: on\n"
        ));
        assert!(judged(
            "def f(k):\n    # fmt: off\n    def work(x):\n        return x*k\n"
        ));
    }

    #[test]
    fn code_after_the_region_or_its_block_is_formatted() {
        assert!(!judged("def f(k):\n    return g(lambda x: x*k)  # noqa\n"));
        assert!(!judged(
            "def f(k):\n    # fmt: off\n    a = 1\n    # fmt: on\n    return g(lambda x: x*k)\n"
        ));
        assert!(!judged(
            "def h():\n    # fmt: off\n    a = 1\ndef f(k):\n    return g(lambda x: x*k)\n"
        ));
        assert!(!judged(
            "def f(k):\n    x = '# fmt: skip'\n    return g(lambda x: x*k)\n"
        ));
    }

    #[test]
    fn pragmas_are_told_from_comments() {
        assert!(is_pragma("# fmt: off"));
        assert!(is_pragma("#fmt:on"));
        assert!(is_pragma("# yapf: disable"));
        assert!(!is_pragma("# Worker."));
    }
}
