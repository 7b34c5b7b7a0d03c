//! Pools handed to a function of another file: `pmap(pool, fn, xs)` in `pkg/par.py`, which
//! imports nothing from `multiprocessing`, hands `fn` to processes only when its caller passes
//! a process pool for `pool`, and that caller is in another file.
//!
//! Within one file a parameter takes the value its callers agree on
//! (`values::annotations`); across files the run carries it:
//!
//! ```text
//! # main.py (first look)                      # pkg/par.py (picked, assuming `pool` a Pool)
//! from pkg.par import pmap                    def pmap(pool, fn, xs):
//! with multiprocessing.Pool(2) as p:              return pool.map(fn, xs)   # a site
//!     pmap(p, lambda x: x + k, xs)            # -> `pmap` a wrapper of `Pool.map`, on the
//!     # -> `HandedPool { pkg.par.pmap, 0 }`   #    condition that `pool` is a handed pool
//! ```
//!
//! 1. The first look at a file lists the calls of an imported function that pass a process
//!    pool or executor (`handed_pools`), by the function's dotted path as the file spells
//!    it and the argument's slot.
//! 2. The run (`run::wrappers`) finds the file that defines the function and analyses it
//!    again with those parameters assumed to hold such a pool (`Options::handed_pools`,
//!    `Evaluator::assumed_pool`), so that its wrappers are inferred and exported as usual.
//! 3. The parameter's condition is `Test::HandedPool`, stricter than `Test::ProcessPool`: a
//!    call of the wrapper is a site only when it passes a process pool there. A thread pool or
//!    a value the evaluator cannot see keeps the call as it was before, no site, since the
//!    pool's kind was never known for it.

use tree_sitter::Node;

use super::api::Class;
use super::unpicklable::qualified_name;
use super::values::{Evaluator, Value};
use crate::core::semantic::ScopeId;

/// A process pool passed to a function of another module, or the assumption that the
/// function's parameter holds one: the function's dotted path, the slot the pool takes in a
/// call (a position or a keyword, as the caller passed it) and what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandedPool {
    /// The function's dotted path (`pkg.par.pmap`); in a caller's exports, as its import
    /// spells it (`.par.pmap` for a relative one, which the run resolves).
    pub function: String,
    pub position: Option<usize>,
    pub keyword: Option<String>,
    pub held: Held,
}

/// What a caller passes: an instance of a process-backed class (`Pool(2)`, not of a fork
/// context), or of a class of the run with wrapper methods, by its dotted path
/// (`par.Parallel`, whose `map` hands its callable to a pool).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Held {
    Pool(Class),
    Object(String),
}

/// The calls among `calls` of an imported function, outside the API table, that pass an
/// instance of a process-backed class (not of a fork context) by position or keyword.
pub fn handed_pools(eval: &Evaluator<'_>, calls: &[Node<'_>]) -> Vec<HandedPool> {
    let mut found: Vec<HandedPool> = calls
        .iter()
        .flat_map(|call| handed_at(eval, *call))
        .collect();
    found.sort_by(|a, b| a.key().cmp(&b.key()));
    found.dedup();
    found
}

impl HandedPool {
    /// What orders a file's list: the function, then the slot (the class follows from them
    /// within one call, and two calls passing two classes keep both).
    fn key(&self) -> (&str, Option<usize>, Option<&str>, String) {
        let held = format!("{:?}", self.held);
        (&self.function, self.position, self.keyword.as_deref(), held)
    }
}

/// The pools one call hands over, when it calls an imported function.
fn handed_at(eval: &Evaluator<'_>, call: Node<'_>) -> Vec<HandedPool> {
    let (Some(function), Some(arguments)) = (
        call.child_by_field_name("function"),
        call.child_by_field_name("arguments"),
    ) else {
        return Vec::new();
    };
    if arguments.kind() != "argument_list" || arguments.named_child_count() == 0 {
        return Vec::new();
    }
    let scope = eval.model.scope_at(call.start_byte());
    let Some(path) = imported_function(eval, function, scope) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let mut cursor = arguments.walk();
    let mut position = 0;
    for argument in arguments.named_children(&mut cursor) {
        // A pool after a splat may be in any slot.
        let (at, keyword, value) = match argument.kind() {
            "comment" => continue,
            "list_splat" | "dictionary_splat" => break,
            "keyword_argument" => {
                let name = argument.child_by_field_name("name");
                let keyword = name.map(|name| eval.text(name).to_string());
                (None, keyword, argument.child_by_field_name("value"))
            }
            _ => {
                position += 1;
                (Some(position - 1), None, Some(argument))
            }
        };
        if let Some(held) = value.and_then(|value| held_by(eval, value, scope)) {
            found.push(HandedPool {
                function: path.clone(),
                position: at,
                keyword,
                held,
            });
        }
    }
    found
}

/// The dotted path of the imported function `node` names, when it is neither a builtin nor
/// in a module the API table describes (those are sites, or known not to be).
fn imported_function(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId) -> Option<String> {
    if !matches!(node.kind(), "identifier" | "attribute") {
        return None;
    }
    let path = qualified_name(eval, node, scope)?;
    let module = path.rsplit_once('.').map_or("", |(module, _)| module);
    let outside = !path.starts_with("builtins.") && !super::api::described_by_table(module);
    (outside && !module.is_empty()).then_some(path)
}

/// What `node` is, when it is a process pool or executor made without a fork context, or an
/// instance of a class of the run whose methods hand their callable to one.
fn held_by(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId) -> Option<Held> {
    if !matches!(
        node.kind(),
        "identifier" | "attribute" | "call" | "parenthesized_expression"
    ) {
        return None;
    }
    match eval.eval(node, scope) {
        Value::Instance { class, fork: false } => Some(Held::Pool(class)),
        Value::Declared(class) => Some(Held::Object(class)),
        Value::OwnInstance(class) => eval.own_class_path(class).map(Held::Object),
        _ => None,
    }
}
