//! The model's scopes as CPython's `symtable` describes them, for checking the model against
//! CPython (`bench/scopes.sh`; the hidden `--dump-scopes` flag prints them).
//!
//! For each function, lambda, class and comprehension scope: its kind, line and name as
//! `symtable` names them (`lambda`, `listcomp`, `setcomp`, `dictcomp`, `genexpr`), its locals
//! (names bound in it, parameters included: `get_locals()`) and its free variables
//! (`get_frees()`). A free variable is not only a name the scope reads from an enclosing
//! function: CPython passes a closure cell down through every scope between the one that binds
//! the name and the one that uses it, so the name is free in each of them too:
//!
//! ```python
//! def outer():
//!     x = 1
//!     def middle():          # x is free here, though middle never reads it
//!         return lambda: x   # and here
//! ```
//!
//! A class on that path is skipped when it binds the name itself (its own `x` is a local, and
//! the cell passes through it unseen). Nothing here is used by the analysis.

use std::collections::BTreeSet;

use serde::Serialize;

use super::{Resolution, ScopeId, ScopeKind, SemanticModel};
use crate::core::node::NodeExt;
use crate::core::source::LineIndex;

/// One scope, as the dump prints it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScopeSummary {
    /// `function`, `lambda`, `class`, `listcomp`, `setcomp`, `dictcomp` or `genexpr`.
    pub kind: &'static str,
    /// The 1-based line the scope's node starts on (a `def`, not its decorators).
    pub line: usize,
    /// The function or class name; for the others, `symtable`'s name (the kind).
    pub name: String,
    /// The index in the dump of the enclosing scope; `None` at module level.
    pub parent: Option<usize>,
    pub frees: Vec<String>,
    pub locals: Vec<String>,
}

/// Every scope of the model but the module, in the model's order (source order).
pub fn summarize(model: &SemanticModel, tree: &tree_sitter::Tree, text: &str) -> Vec<ScopeSummary> {
    let frees = free_names(model);
    let lines = LineIndex::new(text);
    let root = tree.root_node();
    model
        .scopes
        .iter()
        .zip(frees)
        .skip(1)
        .map(|(scope, frees)| {
            let kind = kind_name(scope.kind, root, scope.range);
            ScopeSummary {
                kind,
                line: lines.line_of(scope.range.start) + 1,
                name: scope.name.clone().unwrap_or_else(|| kind.to_owned()),
                parent: scope.parent.and_then(|p| (p.0 as usize).checked_sub(1)),
                frees: frees.into_iter().map(str::to_owned).collect(),
                locals: sorted(scope.bindings.keys().map(String::as_str)),
            }
        })
        .collect()
}

fn sorted<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let set: BTreeSet<&str> = names.collect();
    set.into_iter().map(str::to_owned).collect()
}

/// `symtable`'s kind for a scope; a comprehension's comes from its node's kind.
fn kind_name(
    kind: ScopeKind,
    root: tree_sitter::Node<'_>,
    range: crate::core::source::TextRange,
) -> &'static str {
    match kind {
        ScopeKind::Module => "module",
        ScopeKind::Class => "class",
        ScopeKind::Function => "function",
        ScopeKind::Lambda => "lambda",
        ScopeKind::Comprehension => {
            let mut node = root.descendant_for_byte_range(range.start, range.end);
            while let Some(n) = node.filter(|n| n.start_byte() == range.start) {
                match n.kind_name() {
                    "list_comprehension" => return "listcomp",
                    "set_comprehension" => return "setcomp",
                    "dictionary_comprehension" => return "dictcomp",
                    "generator_expression" => return "genexpr",
                    _ => node = n.parent(),
                }
            }
            "comprehension"
        }
    }
}

/// The free variables of every scope, indexed by scope id: each read, each binding written
/// in an inner scope (`nonlocal`, a walrus in a comprehension) and each `nonlocal` declaration
/// that reaches a function scope outside the scope holding it makes the name free in every
/// scope from that one up to, not including, the function that binds it.
fn free_names(model: &SemanticModel) -> Vec<BTreeSet<&str>> {
    let mut frees = vec![BTreeSet::new(); model.scopes.len()];
    for reference in model.references.iter().filter(|r| !r.postponed) {
        if let Resolution::Scope(owner) = reference.resolution {
            pass_through(model, &mut frees, reference.scope, owner, &reference.name);
        }
    }
    for binding in &model.bindings {
        pass_through(
            model,
            &mut frees,
            binding.written_in,
            binding.scope,
            &binding.name,
        );
    }
    for (index, scope) in model.scopes.iter().enumerate() {
        let id = ScopeId(index as u32);
        for name in scope.nonlocals.keys() {
            if let Resolution::Scope(owner) = model.resolve(id, name) {
                pass_through(model, &mut frees, id, owner, name);
            }
        }
    }
    frees
}

/// Mark `name` free from `from` up to `owner`, when `owner` is a function-like scope enclosing
/// `from` (names of the module and of classes are never closed over).
fn pass_through<'m>(
    model: &'m SemanticModel,
    frees: &mut [BTreeSet<&'m str>],
    from: ScopeId,
    owner: ScopeId,
    name: &'m str,
) {
    let closes_over = matches!(
        model.scope(owner).kind,
        ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
    );
    if from == owner || !closes_over || !model.is_within(from, owner) {
        return;
    }
    let mut current = from;
    while current != owner {
        let scope = model.scope(current);
        if !scope.bindings.contains_key(name) {
            frees[current.0 as usize].insert(name);
        }
        match scope.parent {
            Some(parent) => current = parent,
            None => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::parse;

    fn frees_of(source: &str, name: &str) -> Vec<String> {
        let tree = parse(source).expect("test source parses");
        let model = SemanticModel::build(&tree, source).expect("not too deep");
        summarize(&model, &tree, source)
            .into_iter()
            .find(|s| s.name == name)
            .map(|s| s.frees)
            .expect("the scope is there")
    }

    /// Annotations that are never evaluated close over nothing: CPython's symtable shows no
    /// free variable for them (prompt_toolkit's `CustomPdb`, from the second stress corpus).
    #[test]
    fn postponed_annotations_close_over_nothing() {
        let body = "def outer():\n    Alias = int\n    class Inner:\n        def m(self, x: Alias) -> Alias:\n            y: Alias = x\n            return y\n    return Inner\n";
        assert_eq!(frees_of(body, "Inner"), ["Alias"]);
        let postponed = format!("from __future__ import annotations\n{body}");
        assert!(frees_of(&postponed, "Inner").is_empty());
        assert!(frees_of(&postponed, "m").is_empty());
    }
}
