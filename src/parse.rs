//! Parsing with tree-sitter: one parser per thread, and the check that refuses any tree with
//! an ERROR or MISSING node, since a codemod must never edit code it did not understand.

use std::cell::RefCell;

use tree_sitter::{Node, Parser, Tree};

thread_local! {
    static PARSER: RefCell<Option<Parser>> = const { RefCell::new(None) };
}

/// Where a source failed to parse, as a byte offset, with what was found there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub offset: usize,
    pub message: String,
}

/// Parse Python source with this thread's parser.
pub fn parse(source: &str) -> Result<Tree, SyntaxError> {
    let tree = PARSER.with(|cell| {
        let mut slot = cell.borrow_mut();
        let parser = slot.get_or_insert_with(new_parser);
        parser.parse(source, None)
    });
    let Some(tree) = tree else {
        return Err(SyntaxError {
            offset: 0,
            message: "the parser gave up on this file".into(),
        });
    };
    match first_error(tree.root_node()) {
        Some(error) => Err(error),
        None => Ok(tree),
    }
}

fn new_parser() -> Parser {
    let mut parser = Parser::new();
    parser
        .set_language(&tree_sitter_python::LANGUAGE.into())
        .expect("the bundled tree-sitter-python grammar matches the tree-sitter version");
    parser
}

/// The first ERROR or MISSING node in document order, found without recursion (deeply nested
/// code must not overflow the stack) and only below nodes that report an error.
fn first_error(root: Node<'_>) -> Option<SyntaxError> {
    if !root.has_error() {
        return None;
    }
    let mut node = root;
    'descend: loop {
        if node.is_missing() {
            return Some(SyntaxError {
                offset: node.start_byte(),
                message: format!("expected `{}`", node.kind()),
            });
        }
        if node.is_error() {
            return Some(SyntaxError {
                offset: node.start_byte(),
                message: "invalid syntax".into(),
            });
        }
        let mut cursor = node.walk();
        for child in node.children(&mut cursor) {
            if child.has_error() || child.is_missing() {
                node = child;
                continue 'descend;
            }
        }
        // A node that has an error but no erroneous child: report it where it starts.
        return Some(SyntaxError {
            offset: node.start_byte(),
            message: "invalid syntax".into(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_source_parses() {
        assert!(parse("def f():\n    return 1\n").is_ok());
    }

    #[test]
    fn reports_the_first_error() {
        let err = parse("x = 1\ndef f(:\n    pass\n").unwrap_err();
        assert_eq!(err.offset, 12);
    }

    #[test]
    fn reports_missing_nodes() {
        assert!(parse("x = (1, 2\n").is_err());
    }
}
