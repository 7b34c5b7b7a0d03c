//! The head of a module: the bytes that must stay first and unchanged whatever a fix does.
//!
//! Python gives the start of a file meanings that nothing else in it has:
//! - a shebang on line 1 is read by the kernel, and a PEP 263 coding declaration only counts on
//!   line 1 or 2;
//! - the first statement, when it is a string literal, is the module's `__doc__`;
//! - `from __future__` imports compile only before every other statement (the docstring,
//!   comments and blank lines may precede them);
//! - the comment block that opens a file (a licence header, a copyright line) is the file's
//!   own preamble, which import sorters and formatters never move code above.
//!
//! tree-sitter accepts a file whose future import was pushed down by an inserted line, so the
//! analysis asks `head_end` where new code may start, and verification checks that the fixed
//! text still begins with the original's head and still has its future imports first.
//!
//! Worked example (the head is everything up to and including the `__future__` line):
//!
//! ```text
//! #!/usr/bin/env python3                 <- opening comment block
//! # Copyright 2024 Example Corp.
//! """Batch tools."""                     <- module docstring
//! from __future__ import annotations     <- future imports: the head ends after this line
//! import os                              <- new imports may go here or below
//! ```
//!
//! The opening comment block ends at the first blank line: a comment after that belongs to the
//! code below it.

use tree_sitter::Node;

use crate::core::node::NodeExt;
use crate::core::source::next_line_start;

/// The offset where the head of the module ends: the start of the line after the last future
/// import, the module docstring or the opening comment block, whichever comes last; 0 when the
/// file has none of them.
pub fn head_end(root: Node<'_>, source: &str) -> usize {
    let mut end = comment_block_end(source);
    for statement in head_statements(root, source) {
        end = end.max(next_line_start(source, statement.end_byte()));
    }
    end
}

/// The module docstring and the future imports, in order: the statements of the head.
pub fn head_statements<'t>(root: Node<'t>, source: &str) -> Vec<Node<'t>> {
    let mut cursor = root.walk();
    let mut found = Vec::new();
    for statement in root.named_children(&mut cursor) {
        match statement.kind_name() {
            "comment" => continue,
            "future_import_statement" => found.push(statement),
            _ if found.is_empty() && is_docstring(statement, source) => found.push(statement),
            _ => break,
        }
    }
    found
}

/// Whether `statement` is a string literal standing alone, as a docstring is (an f-string or a
/// bytes literal is not one).
pub fn is_docstring(statement: Node<'_>, source: &str) -> bool {
    if statement.kind_name() != "expression_statement" || statement.named_child_count() != 1 {
        return false;
    }
    let Some(value) = statement.named_child(0) else {
        return false;
    };
    let strings: Vec<Node<'_>> = match value.kind_name() {
        "string" => vec![value],
        "concatenated_string" => {
            let mut cursor = value.walk();
            value.named_children(&mut cursor).collect()
        }
        _ => return false,
    };
    strings.iter().all(|s| plain_string(*s, source))
}

/// A string without `f`, `b` or `t` in its prefix.
fn plain_string(string: Node<'_>, source: &str) -> bool {
    let Some(start) = string.child(0).filter(|c| c.kind_name() == "string_start") else {
        return false;
    };
    let prefix = source[start.byte_range()].trim_end_matches(['"', '\'']);
    !prefix.contains(['f', 'F', 'b', 'B', 't', 'T'])
}

/// The end of the comment lines that open the file, up to the first line that is blank or
/// code. Import sorters treat this block as the file's own and never put an import above it,
/// even when it runs straight into the first import; a shebang and a coding declaration are
/// always part of it.
fn comment_block_end(source: &str) -> usize {
    let mut end = 0;
    while end < source.len() && is_comment_line(source, end) {
        end = next_line_start(source, end);
    }
    end
}

fn is_comment_line(source: &str, at: usize) -> bool {
    let end = next_line_start(source, at);
    source[at..end]
        .trim_start_matches([' ', '\t', '\x0c'])
        .starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::parse;

    fn end(source: &str) -> &str {
        let tree = parse(source).expect("test source parses");
        &source[..head_end(tree.root_node(), source)]
    }

    #[test]
    fn licence_docstring_and_future_imports() {
        let source = "# Copyright\n# SPDX\n\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\nimport os\n";
        assert_eq!(
            end(source),
            "# Copyright\n# SPDX\n\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\n"
        );
    }

    #[test]
    fn the_opening_comment_block_ends_at_a_blank_line() {
        let source = "#!/usr/bin/env python\n# -*- coding: latin-1 -*-\n# about f\ndef f(): pass\n";
        assert_eq!(
            end(source),
            "#!/usr/bin/env python\n# -*- coding: latin-1 -*-\n# about f\n"
        );
        let source = "# Licence\n# more\n\n# about os\nimport os\n";
        assert_eq!(end(source), "# Licence\n# more\n");
    }

    #[test]
    fn no_head() {
        assert_eq!(end("import os\n"), "");
        assert_eq!(end("x = f'{y}'\n"), "");
    }

    #[test]
    fn docstrings() {
        assert_eq!(end("\"\"\"Doc.\"\"\"\nx = 1\n"), "\"\"\"Doc.\"\"\"\n");
        assert_eq!(end("'a' 'b'\nx = 1\n"), "'a' 'b'\n");
        assert_eq!(end("f'{x}'\nx = 1\n"), "");
        assert_eq!(end("x = 1\n\"\"\"Not a docstring.\"\"\"\n"), "");
    }
}
