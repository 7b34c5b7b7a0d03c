//! Factories: functions and methods that return a process pool or executor, so that what they
//! return is one.
//!
//! ```text
//! def make_pool(n):                      # every `return` gives a Pool -> a factory of Pool
//!     return Pool(n)
//!
//! with make_pool(2) as pool:             # `make_pool(2)` is a Pool instance, and
//!     pool.map(lambda x: x * k, xs)      # `pool.map` a site like any other
//! ```
//!
//! A `def` is a factory when it is plain (undecorated, not `async`, not a generator: each of
//! those returns something else than its `return` values) and its `return` values agree on an
//! instance of the table's classes, as `values::agreed` decides for any name bound in several
//! places: a `return None` gives way, a thread pool on one path and a process pool on the
//! other is the process pool (the lift is right on both paths). What a factory returns keeps
//! its fork context: `get_context("fork").Pool(n)` returns a pool whose `Process` targets are
//! inherited, whose tasks are still pickled, as for the direct call. A method returning what
//! its class stores (`return self._pool`, set in `__init__`) is one too, read through
//! `self.<name>()` in the class.

use tree_sitter::Node;

use super::{Evaluator, Value, agreed};
use crate::core::semantic::{BindingId, ScopeKind};

impl<'a> Evaluator<'a> {
    /// The factory the `def` of binding `id` is: `Value::Factory` when it returns instances of
    /// one process class, else `None`.
    pub(super) fn factory(&self, id: BindingId, depth: usize) -> Option<Value> {
        let binding = self.model.binding(id);
        // A decorated function's statement is its `decorated_definition`.
        let def = self.node_at(binding.statement)?;
        if def.kind() != "function_definition" || is_async(def) {
            return None;
        }
        let body = def.child_by_field_name("body")?;
        let scope = self.model.scope_at(body.start_byte());
        if self.model.scope(scope).kind != ScopeKind::Function {
            return None;
        }
        let returned = returned_values(body)?;
        let values = returned
            .into_iter()
            .map(|value| match value {
                Some(value) => self.eval_depth(value, scope, depth + 1),
                None => Value::None,
            })
            .collect::<Vec<_>>();
        match agreed(values) {
            Value::Instance { class, fork } => Some(Value::Factory { class, fork }),
            _ => None,
        }
    }
}

/// `async def` returns a coroutine, whatever its `return` says.
fn is_async(def: Node<'_>) -> bool {
    def.child(0).is_some_and(|first| first.kind() == "async")
}

/// The value of each `return` in `body` (`None` for a bare `return`), leaving out the nested
/// functions, lambdas and classes, whose returns are theirs; `None` when the body yields, since
/// a generator function returns a generator.
fn returned_values(body: Node<'_>) -> Option<Vec<Option<Node<'_>>>> {
    let mut found = Vec::new();
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        match node.kind() {
            "function_definition" | "class_definition" | "lambda" => continue,
            "yield" => return None,
            "return_statement" => found.push(node.named_child(0)),
            _ => {}
        }
        // Reversed onto the stack, so that the returns come in source order.
        let mut cursor = node.walk();
        let children: Vec<Node<'_>> = node.named_children(&mut cursor).collect();
        stack.extend(children.into_iter().rev());
    }
    Some(found)
}
