//! Pools made by a function of the file that returns them in a tuple, unpacked where it is
//! called (parmap's `_create_pool`):
//!
//! ```text
//! def _create_pool(kwargs):
//!     parallel = kwargs.pop("pm_parallel", True)
//!     pool = kwargs.pop("pm_pool", None)
//!     if parallel and pool is None:
//!         pool = multiprocessing.Pool(2)          # `pool` agrees on a Pool
//!     return parallel, pool                       # every return a pair: element 1 is a Pool
//!
//! parallel, pool = _create_pool(kwargs)           # `pool` is a Pool
//! ```
//!
//! The name's value is what every `return` of the function gives at its position, as
//! `values::agreed` decides for a factory's returns; a `return` of anything but a tuple of
//! the same length (or a splat in one) gives nothing known, and so does a thread pool on
//! some path, as for a factory (`factories`). Only a plain `def` of this file
//! whose text names a pool word (`Evaluator::names_pool_words`) is read, so the functions
//! of a tree that return tuples of other things cost a byte search.

use tree_sitter::Node;

use super::factories::{is_async, may_yield, returned_values};
use super::{Evaluator, Value, agreed};
use crate::core::analysis::callables::unparenthesize;
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingId, ScopeKind};
use crate::core::source::TextRange;

impl<'a> Evaluator<'a> {
    /// The value of the name bound by `id` when it is an element of a tuple target assigned
    /// a call of a function of this file (`parallel, pool = _create_pool(kwargs)`): the process
    /// value its returns agree on at that position; `None` for anything else.
    pub(super) fn unpacked_return(&self, id: BindingId, depth: usize) -> Option<Value> {
        let binding = self.model.binding(id);
        let name = self.node_at(binding.range)?;
        let pattern = name
            .parent()
            .filter(|p| matches!(p.kind_name(), "pattern_list" | "tuple_pattern"))?;
        let assignment = pattern.parent().filter(|a| a.kind_name() == "assignment")?;
        if assignment.field("left") != Some(pattern) {
            return None;
        }
        let elements = named_elements(pattern);
        if elements
            .iter()
            .any(|e| e.kind_name() == "list_splat_pattern")
        {
            return None;
        }
        let index = elements.iter().position(|e| *e == name)?;
        let call = unparenthesize(assignment.field("right")?);
        let function = call.field("function")?;
        if call.kind_name() != "call" || function.kind_name() != "identifier" {
            return None;
        }
        let def = self.function_named(self.text(function), binding.written_in)?;
        self.element_returned(def, index, elements.len(), depth)
    }

    /// What the `def` of binding `def` returns at `index` of the `len`-tuples it returns, when
    /// that agrees on a pool, executor or context.
    fn element_returned(
        &self,
        def: BindingId,
        index: usize,
        len: usize,
        depth: usize,
    ) -> Option<Value> {
        let statement = self.model.binding(def).statement;
        let node = self.statement_node(statement)?;
        if node.kind_name() != "function_definition"
            || is_async(node)
            || may_yield(self.source, node)
            || !self.names_pool_words(TextRange::of(node))
        {
            return None;
        }
        let body = node.field("body")?;
        let scope = self.model.scope_at(body.start_byte());
        if self.model.scope(scope).kind != ScopeKind::Function {
            return None;
        }
        let mut values = Vec::new();
        for returned in returned_values(body) {
            let tuple = unparenthesize(returned?);
            let elements = named_elements(tuple);
            let splat = elements.iter().any(|e| e.kind_name() == "list_splat");
            if !matches!(tuple.kind_name(), "expression_list" | "tuple")
                || splat
                || elements.len() != len
            {
                return None;
            }
            // A thread pool on some path, as for a factory (`may_give_thread_pool`).
            if self.may_give_thread_pool(elements[index], scope) {
                return None;
            }
            values.push(self.eval_depth(elements[index], scope, depth + 1));
        }
        match agreed(values) {
            value @ (Value::Instance { .. } | Value::Context { .. }) => Some(value),
            _ => None,
        }
    }
}

/// The named children of `node` but comments.
fn named_elements(node: Node<'_>) -> Vec<Node<'_>> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor)
        .filter(|c| c.kind_name() != "comment")
        .collect()
}
