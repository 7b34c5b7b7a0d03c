//! Decorators of another file of the run over a function that may be a wrapper: the run asks
//! that file whether each passes every argument on (`values::transparent`), so that the
//! function keeps its slots under it.
//!
//! ```text
//! # pkg/par.py (first look)                   # pkg/utils.py (picked, asked about it)
//! from .utils import experimental             def experimental(fn):
//!                                                 @functools.wraps(fn)
//! @experimental                                   def _inner(*args, **kwargs):
//! def parallel_map(fn, xs):                           return fn(*args, **kwargs)
//!     with Pool(2) as pool:
//!         return pool.map(fn, xs)                 return _inner
//! # -> `HandedPool { .utils.experimental,     # -> `experimental` exported as
//! #      Held::Decorator }`                   #    `UserKind::Transparent`
//! ```
//!
//! `pkg/par.py`, which names `experimental`, is then analysed again with it declared, and
//! `parallel_map` is a wrapper there and for the files that import it (`run::wrappers`).
//!
//! What it costs a file without this shape: only a `def` with a parameter under a bare
//! decorator imported from a module outside the API table, that `called_as` does not see
//! through and whose text names a word that makes a pool (`Evaluator::may_make_pools_in`),
//! asks; the decorator's file is read again only when the run holds it.

use tree_sitter::Node;

use super::handed::{HandedPool, Held, imported_function};
use super::values::Evaluator;
use crate::core::node::NodeExt;
use crate::core::parse::named_items;
use crate::core::source::TextRange;

/// The decorators imported from another module that keep a function here no wrapper, for the
/// run to ask their file about (`handed::Held::Decorator`), as the imports spell them.
pub fn decorator_requests(eval: &Evaluator<'_>) -> Vec<HandedPool> {
    let mut found: Vec<HandedPool> = Vec::new();
    for decorated in decorated_functions(eval.root) {
        let Some(def) = decorated.field("definition") else {
            continue;
        };
        let scope = eval.model.scope_at(decorated.start_byte());
        let asks_called = may_be_called_by_the_project(eval, def);
        let imported: Vec<String> = bare_decorators(decorated, asks_called)
            .filter_map(|name| imported_function(eval, name, scope))
            .collect();
        if imported.is_empty() || !may_hand_over(eval, def) {
            continue;
        }
        for function in imported {
            if !found.iter().any(|known| known.function == function) {
                found.push(HandedPool {
                    function,
                    position: None,
                    keyword: None,
                    held: Held::Decorator,
                });
            }
        }
    }
    found.sort_by(|a, b| a.function.cmp(&b.function));
    found
}

/// Whether the `def` takes a parameter, makes a pool in its text and is no wrapper under its
/// decorators as they are known now.
fn may_hand_over(eval: &Evaluator<'_>, def: Node<'_>) -> bool {
    let takes = def
        .field("parameters")
        .is_some_and(|p| p.named_child_count() > 0);
    let Some(scope) = eval.model.scope_created_by(TextRange::of(def)) else {
        return false;
    };
    takes && eval.may_make_pools_in(scope) && eval.called_as(def).is_none()
}

/// Whether the `def` may be a wrapper the project's code calls, for a question about the
/// factory of a decorator over it (`@retry(times=2)`): a test (a name starting with `test`,
/// which the test runner calls) is none, nor is a function taking nothing but a method's
/// instance. Test methods under `@unittest.skipIf(...)`, `@mock.patch(...)` or
/// `@support.requires_subprocess()` that make a pool in their text are common in a tree
/// with the standard library's tests, and each question reads the decorator's file
/// (`unittest/mock.py`, `typing.py`, ...): 530 M instructions over the benchmark corpus.
fn may_be_called_by_the_project(eval: &Evaluator<'_>, def: Node<'_>) -> bool {
    let name = def.field("name").map_or("", |name| eval.text(name));
    let parameters = def.field("parameters").map_or(0, |p| named_items(p).len());
    let in_class = eval.model.scope(eval.model.scope_at(def.start_byte())).kind
        == crate::core::semantic::ScopeKind::Class;
    !name.starts_with("test") && parameters > usize::from(in_class)
}

/// The decorators of `decorated` written as a name or a dotted attribute, bare, or called
/// when `called` (the factory of `@retry(times=2)`, `values::transparent`).
fn bare_decorators<'t>(decorated: Node<'t>, called: bool) -> impl Iterator<Item = Node<'t>> {
    let mut cursor = decorated.walk();
    let decorators: Vec<Node<'t>> = decorated
        .named_children(&mut cursor)
        .filter(|c| c.kind_name() == "decorator")
        .filter_map(|d| d.named_child(0))
        .filter_map(|e| match e.kind_name() {
            "call" if called => e.field("function"),
            "call" => None,
            _ => Some(e),
        })
        .filter(|e| matches!(e.kind_name(), "identifier" | "attribute"))
        .collect();
    decorators.into_iter()
}

/// The decorated `def`s at module level and in the bodies of module-level classes: where a
/// wrapper is inferred with its decorators (`values::methods::called_as`).
fn decorated_functions(root: Node<'_>) -> Vec<Node<'_>> {
    let mut found = Vec::new();
    let mut cursor = root.walk();
    for statement in root.named_children(&mut cursor) {
        let definition = match statement.kind_name() {
            "decorated_definition" => statement.field("definition"),
            _ => Some(statement),
        };
        match definition.map(|d| d.kind_name()) {
            Some("function_definition") => found.push(statement),
            Some("class_definition") => {
                let body = definition.and_then(|d| d.field("body"));
                let mut inner = root.walk();
                found.extend(body.into_iter().flat_map(|body| {
                    body.named_children(&mut inner)
                        .filter(|s| {
                            s.kind_name() == "decorated_definition"
                                && s.field("definition")
                                    .is_some_and(|d| d.kind_name() == "function_definition")
                        })
                        .collect::<Vec<_>>()
                }));
            }
            _ => {}
        }
    }
    found.retain(|statement| statement.kind_name() == "decorated_definition");
    found
}
