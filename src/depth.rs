//! Files nested too deeply to analyse: telling them apart from files with nothing to report.
//!
//! The semantic model recurses along the tree and gives up past `MAX_DEPTH` levels rather
//! than overflow the stack; the analysis then reports nothing. Silence would read as "no
//! findings", so the engine asks here whether an empty result hides a refusal. Measuring the
//! tree's depth is cheap and never deeper than the model's count (the model recurses at most
//! once per tree level), so the model is built a second time only for trees deeper than the
//! bound, where long left-nested chains (`a + a + …`), which the model walks in a loop, may
//! still turn out fine.

use tree_sitter::Tree;

use crate::semantic::{MAX_DEPTH, SemanticModel};

/// What the user is told about a file past the bound.
pub fn too_deep_message() -> String {
    format!("nested too deeply to analyse (more than {MAX_DEPTH} levels); skipped")
}

/// Whether the semantic model refuses `tree` (parsed from `source`) as too deeply nested.
pub fn is_too_deep(tree: &Tree, source: &str) -> bool {
    tree_depth(tree) > MAX_DEPTH && SemanticModel::build(tree, source).is_err()
}

/// The number of nodes on the longest path from the root to a leaf, found with a cursor so
/// that measuring cannot overflow the stack either.
fn tree_depth(tree: &Tree) -> usize {
    let mut cursor = tree.walk();
    let mut depth = 1;
    let mut deepest = 1;
    loop {
        if cursor.goto_first_child() {
            depth += 1;
            deepest = deepest.max(depth);
            continue;
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                return deepest;
            }
            depth -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    #[test]
    fn measures_depth() {
        let shallow = parse("x = 1\n").expect("parses");
        assert!(tree_depth(&shallow) < 10);
        let source = format!("x = {}1{}\n", "(".repeat(2000), ")".repeat(2000));
        let deep = parse(&source).expect("parses");
        assert!(tree_depth(&deep) > 2000);
        assert!(is_too_deep(&deep, &source));
    }

    #[test]
    fn long_chains_are_not_too_deep() {
        let source = format!("x = a{}\n", " + a".repeat(3000));
        let tree = parse(&source).expect("parses");
        assert!(tree_depth(&tree) > MAX_DEPTH);
        assert!(!is_too_deep(&tree, &source));
    }
}
