//! Which binding of a reused name a read sees, when a nested `def` shares its name with other
//! bindings of its scope (`ex.submit(job, n)`, then `for job in pending:`).
//!
//! The lift moves the `def` to module level under a name of its own, so every read of the old
//! name must be sorted: a read only the `def` reaches is rewritten to the new name, a read only
//! the other bindings reach is left alone, and anything else refuses the lift. The walk is
//! deliberately simple and stays in one scope:
//!
//! ```text
//! def main(pending):
//!     def job(n): ...            <- the def; no other binding of `job` above it
//!     ex.submit(job, 1)          <- after the def, before any other binding, no loop around
//!                                   it binds `job` again: reached by the def
//!     for job in pending:        <- another binding
//!         print(job.result())    <- inside the loop it binds: reached by the loop only
//!     print(job)                 <- after the loop, which may run zero times: unknown
//! ```
//!
//! A read after a plain assignment in the same block (or a block around it) sees that
//! assignment only. A comprehension runs where it stands; reads from nested functions and
//! lambdas run at an unknown time: unknown.

use tree_sitter::Node;

use crate::core::analysis::values::Evaluator;
use crate::core::node::NodeExt;
use crate::core::semantic::{Binding, BindingId, BindingKind, ScopeId, ScopeKind};
use crate::core::source::TextRange;

/// Which bindings reach a read of the name of a nested `def`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// Only the `def`.
    Definition,
    /// Only other bindings.
    Others,
    /// Both, or picklefix cannot tell.
    Unknown,
}

/// Which bindings reach the read at `at`, made in scope `reader`, of the name `definition`
/// binds (a `def` in a function scope).
pub fn reach(eval: &Evaluator<'_>, definition: BindingId, at: TextRange, reader: ScopeId) -> Reach {
    let def = eval.model.binding(definition);
    let others = other_bindings(eval, definition);
    if others.is_empty() {
        return Reach::Definition;
    }
    let before_def = others.iter().any(|o| o.range.start < def.statement.end);
    if runs_in(eval, reader) != def.scope || before_def || at.start < def.statement.end {
        return Reach::Unknown;
    }
    let Some(read) = eval.node_at(at) else {
        return Reach::Unknown;
    };
    let first_other = others
        .iter()
        .map(|o| o.range.start)
        .min()
        .unwrap_or(usize::MAX);
    if at.start < first_other {
        return reach_before_others(read, &others);
    }
    if others.iter().any(|o| dominates(eval, o, read)) {
        Reach::Others
    } else {
        Reach::Unknown
    }
}

/// The other bindings of the name `definition` binds, in its scope.
fn other_bindings<'m>(eval: &Evaluator<'m>, definition: BindingId) -> Vec<&'m Binding> {
    let model = eval.model;
    let def = model.binding(definition);
    model
        .bindings_of(def.scope, &def.name)
        .iter()
        .filter(|&&id| id != definition)
        .map(|&id| model.binding(id))
        .collect()
}

/// A read after the `def` and before any other binding sees the `def`, unless a loop around
/// it binds the name again later and comes back to it.
fn reach_before_others(read: Node<'_>, others: &[&Binding]) -> Reach {
    let rebound_by_loop = enclosing_loops(read).any(|l| {
        others
            .iter()
            .any(|o| TextRange::of(l).contains_range(o.range))
    });
    if rebound_by_loop {
        Reach::Unknown
    } else {
        Reach::Definition
    }
}

/// The scope whose code runs a read made in `scope`: a comprehension runs where it stands.
fn runs_in(eval: &Evaluator<'_>, mut scope: ScopeId) -> ScopeId {
    let model = eval.model;
    while model.scope(scope).kind == ScopeKind::Comprehension {
        match model.scope(scope).parent {
            Some(parent) => scope = parent,
            None => break,
        }
    }
    scope
}

/// The `for` and `while` statements around `node`, up to the function it is in.
pub(in crate::core::analysis) fn enclosing_loops<'t>(
    node: Node<'t>,
) -> impl Iterator<Item = Node<'t>> {
    std::iter::successors(node.parent(), |n| n.parent())
        .take_while(|n| !matches!(n.kind_name(), "function_definition" | "lambda"))
        .filter(|n| matches!(n.kind_name(), "for_statement" | "while_statement"))
}

/// Whether `other` is bound on every way to `read`: `read` is in the body of the `for` whose
/// target it is, or it is a plain assignment statement earlier in a block around `read`.
fn dominates(eval: &Evaluator<'_>, other: &Binding, read: Node<'_>) -> bool {
    let Some(statement) = eval.statement_node(other.statement) else {
        return false;
    };
    match other.kind {
        BindingKind::ForTarget if statement.kind_name() == "for_statement" => statement
            .field("body")
            .is_some_and(|body| TextRange::of(body).contains_range(TextRange::of(read))),
        BindingKind::Assignment | BindingKind::AnnotatedAssignment => {
            let Some(line) = statement
                .parent()
                .filter(|p| p.kind_name() == "expression_statement")
            else {
                return false;
            };
            let Some(block) = line.parent() else {
                return false;
            };
            line.end_byte() <= read.start_byte()
                && TextRange::of(block).contains_range(TextRange::of(read))
                && !crosses_function(block, read)
        }
        _ => false,
    }
}

/// Whether a function or lambda lies between `block` and `node`.
fn crosses_function(block: Node<'_>, node: Node<'_>) -> bool {
    std::iter::successors(node.parent(), |n| n.parent())
        .take_while(|n| *n != block)
        .any(|n| matches!(n.kind_name(), "function_definition" | "lambda"))
}
