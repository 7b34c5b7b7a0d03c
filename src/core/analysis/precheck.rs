//! Wrappers that test whether their callable pickles before they hand it over, and take
//! another path when it does not:
//!
//! ```text
//! def _picklable(obj):                     def smart_map(fn, items):
//!     try:                                     if not _picklable(fn):
//!         pickle.dumps(obj)                        return [fn(x) for x in items]
//!     except Exception:                        with Pool() as pool:
//!         return False                             return pool.map(fn, items)
//!     return True
//! ```
//!
//! A lambda given to `smart_map` runs in the parent and works: the parameter is no slot of a
//! process API. The test is `pickle.dumps(fn)` (or `pickle.dump`) in a `try` whose handlers
//! raise nothing, or a call of a module-level function of the file that makes that test on
//! the parameter the argument binds, written as the test of an `if` neither of whose branches
//! raises and one of which returns (the work done here). A test that raises (`raise
//! TypeError("fn must be picklable")`) ends the program as the pool would, and one that only
//! logs goes on to the pool: either keeps the wrapper.

use tree_sitter::Node;

use super::unpicklable::qualified_name;
use super::values::Evaluator;
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingKind, SemanticModel};

/// The functions whose call on a value is a test of whether it pickles.
const DUMPS: [&str; 2] = ["pickle.dumps", "pickle.dump"];

/// How many module-level functions a test may go through (`_picklable` calling `_dumps`).
const MAX_HELPERS: usize = 2;

/// Whether the function `def` tests whether its parameter `name` pickles and handles a
/// failure without raising (see the module doc).
pub(super) fn tests_picklability(eval: &Evaluator<'_>, def: Node<'_>, name: &str) -> bool {
    let Some(body) = def.field("body") else {
        return false;
    };
    calls(body).into_iter().any(|call| {
        (dumps(eval, call, name) && in_quiet_try(call))
            || (helper_tests(eval, call, name, 0) && in_quiet_if_test(call))
    })
}

/// Whether `call` is `pickle.dumps(<name>, ...)`.
fn dumps(eval: &Evaluator<'_>, call: Node<'_>, name: &str) -> bool {
    let Some(function) = call.field("function") else {
        return false;
    };
    let scope = eval.model.scope_at(call.start_byte());
    first_argument_is(eval, call, name)
        && qualified_name(eval, function, scope).is_some_and(|q| DUMPS.contains(&q.as_str()))
}

/// Whether `call` calls a module-level function of the file with `name` as its first
/// argument, and that function tests its first parameter in a `try` that does not raise.
fn helper_tests(eval: &Evaluator<'_>, call: Node<'_>, name: &str, depth: usize) -> bool {
    if depth >= MAX_HELPERS || !first_argument_is(eval, call, name) {
        return false;
    }
    let Some(function) = call
        .field("function")
        .filter(|f| f.kind_name() == "identifier")
    else {
        return false;
    };
    let [only] = eval
        .model
        .bindings_of(SemanticModel::MODULE, eval.text(function))
    else {
        return false;
    };
    let binding = eval.model.binding(*only);
    if binding.kind != BindingKind::FunctionDef {
        return false;
    }
    let Some(def) = eval
        .statement_node(binding.statement)
        .map(|d| match d.kind_name() {
            "decorated_definition" => d.field("definition").unwrap_or(d),
            _ => d,
        })
        .filter(|d| d.kind_name() == "function_definition")
    else {
        return false;
    };
    let Some(parameter) = first_parameter(eval, def) else {
        return false;
    };
    let Some(body) = def.field("body") else {
        return false;
    };
    calls(body).into_iter().any(|inner| {
        (dumps(eval, inner, parameter) || helper_tests(eval, inner, parameter, depth + 1))
            && in_quiet_try(inner)
    })
}

/// Whether the first argument of `call` is the plain name `name`.
fn first_argument_is(eval: &Evaluator<'_>, call: Node<'_>, name: &str) -> bool {
    call.field("arguments")
        .and_then(|arguments| arguments.named_child(0))
        .is_some_and(|first| first.kind_name() == "identifier" && eval.text(first) == name)
}

/// The name of the first parameter of `def`, a plain one.
fn first_parameter<'a>(eval: &Evaluator<'a>, def: Node<'_>) -> Option<&'a str> {
    let parameters = def.field("parameters")?;
    let first = parameters.named_child(0)?;
    let name = match first.kind_name() {
        "identifier" => first,
        "default_parameter" | "typed_parameter" | "typed_default_parameter" => {
            match first.field("name") {
                Some(name) => name,
                None => first.named_child(0)?,
            }
        }
        _ => return None,
    };
    (name.kind_name() == "identifier").then(|| eval.text(name))
}

/// Whether `node` is in the body of a `try` (of its own function) with an `except` handler
/// that raises nothing.
fn in_quiet_try(node: Node<'_>) -> bool {
    let mut child = node;
    for parent in std::iter::successors(node.parent(), |n| n.parent()) {
        match parent.kind_name() {
            "function_definition" | "lambda" | "class_definition" => return false,
            "try_statement" if parent.field("body") == Some(child) => {
                let mut cursor = parent.walk();
                let handlers: Vec<Node<'_>> = parent
                    .named_children(&mut cursor)
                    .filter(|c| c.kind_name() == "except_clause")
                    .collect();
                // The work done here instead: a handler that only logs goes on to the pool.
                return !handlers.is_empty()
                    && handlers.iter().all(|h| !raises(*h))
                    && handlers
                        .iter()
                        .any(|h| has_statement(*h, "return_statement"));
            }
            _ => child = parent,
        }
    }
    false
}

/// Whether `node` is within the test of an `if` (or `elif`) of its own function whose
/// branches raise nothing.
fn in_quiet_if_test(node: Node<'_>) -> bool {
    let mut child = node;
    for parent in std::iter::successors(node.parent(), |n| n.parent()) {
        match parent.kind_name() {
            "function_definition" | "lambda" | "class_definition" | "block" => return false,
            "if_statement" | "elif_clause" if parent.field("condition") == Some(child) => {
                let statement = match parent.kind_name() {
                    "elif_clause" => parent.parent().unwrap_or(parent),
                    _ => parent,
                };
                return !raises(statement) && has_statement(statement, "return_statement");
            }
            _ => child = parent,
        }
    }
    false
}

/// Whether a `raise` statement is among the statements of `node`, nested functions and
/// classes left out.
fn raises(node: Node<'_>) -> bool {
    has_statement(node, "raise_statement")
}

/// Whether a statement of kind `kind` is among the statements of `node`, nested functions
/// and classes left out.
fn has_statement(node: Node<'_>, kind: &str) -> bool {
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        match n.kind_name() {
            found if found == kind => return true,
            "function_definition" | "class_definition" | "lambda" => continue,
            _ => {}
        }
        let mut cursor = n.walk();
        stack.extend(n.named_children(&mut cursor));
    }
    false
}

/// Every call under `root`, nested functions left out.
fn calls(root: Node<'_>) -> Vec<Node<'_>> {
    let mut found = Vec::new();
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        match node.kind_name() {
            "function_definition" | "class_definition" | "lambda" => continue,
            "call" => found.push(node),
            _ => {}
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    found
}
