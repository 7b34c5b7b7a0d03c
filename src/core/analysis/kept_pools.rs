//! Pools a class's constructor keeps on the instance, handed to it by another file: the
//! wrapper methods they make, and which calls of those methods are sites.
//!
//! A class may take its pool from whoever makes it:
//!
//! ```text
//! # par.py                                     # main.py
//! class Runner:                                with ProcessPoolExecutor(2) as ex:
//!     def __init__(self, executor):                runner = Runner(ex)   # a process pool
//!         self.executor = executor                 runner.run(lambda x: x + k, xs)  # site
//!                                              with ThreadPoolExecutor(2) as tx:
//!     def run(self, fn, xs):                       Runner(tx).run(lambda x: x + k, xs)  # none
//!         return [self.executor.submit(fn, x) for x in xs]
//! ```
//!
//! The run follows `Runner(ex)` to `par.py` as it follows a pool handed to a function
//! (`analysis::handed`): the constructor's parameter is assumed to hold the pool, so
//! `self.executor` is one and `Runner.run` a wrapper of `submit`. Whether a call of `run`
//! hands its callable to processes depends on the instance it is called on, so the wrapper's
//! condition is on the constructor's slot (`Test::KeptPool`): a call is a site only when its
//! instance is made in sight (`Runner(ex).run(...)`, or a name bound once to `Runner(ex)`)
//! with a process pool in that slot. A thread pool, or an instance whose making is out of
//! sight (a parameter, an attribute, a `with` target), keeps the call as it was: no site. A
//! method that calls such a wrapper on `self` (`self.run(fn, xs)` in `Runner.map_all`) takes
//! the same condition, judged where it is called in turn.

use tree_sitter::Node;

use super::callables::unparenthesize;
use super::choices::passes_pool;
use super::conditions::{Condition, Test};
use super::values::Evaluator;
use crate::core::semantic::{BindingKind, Resolution, ScopeId};

/// How many names are followed back from a site's receiver to `self.<attr>`.
const MAX_STEPS: usize = 4;

/// The slot of the constructor parameter whose pool the receiver of `call`, in the method of
/// scope `function`, is (`self.executor.submit(...)`, or through a local bound once to
/// `self.executor`): its position in a call of the class (after `self`) and its keyword.
/// `None` when the receiver is no kept attribute, or no other file hands the class a pool.
pub(super) fn kept_pool_slot<'a>(
    eval: &Evaluator<'a>,
    call: Node<'a>,
    function: ScopeId,
) -> Option<(Option<usize>, &'a str)> {
    let called = call.child_by_field_name("function")?;
    let mut node = called
        .child_by_field_name("object")
        .filter(|_| called.kind() == "attribute")?;
    for _ in 0..MAX_STEPS {
        node = unparenthesize(node);
        match node.kind() {
            "attribute" => return eval.kept_pool_parameter(node, function),
            "identifier" => node = sole_local_value(eval, node, function)?,
            _ => return None,
        }
    }
    None
}

/// The value of the one assignment or `with` target that binds the local `name` in
/// `function` (`ex = self.executor`, `with self.executor as ex`).
fn sole_local_value<'a>(
    eval: &Evaluator<'a>,
    name: Node<'a>,
    function: ScopeId,
) -> Option<Node<'a>> {
    let text = eval.text(name);
    if eval.model.resolve(function, text) != Resolution::Scope(function) {
        return None;
    }
    let [only] = eval.model.bindings_of(function, text) else {
        return None;
    };
    let binding = eval.model.binding(*only);
    matches!(
        binding.kind,
        BindingKind::Assignment | BindingKind::WithTarget
    )
    .then(|| eval.node_at(binding.value?))?
}

/// Whether a call with `arguments` in the code of `scope`, of a wrapper method of the class
/// `home` with the `Test::KeptPool` condition `condition`, cannot hand its callable to
/// processes: the instance it is called on is not made in sight, by a call of `home`, with a
/// process pool in the constructor's slot. A call on `self` is judged where its own method is
/// called (`inferred` passes the condition on).
pub(super) fn refuted_by_construction(
    eval: &Evaluator<'_>,
    condition: &Condition,
    home: Option<&str>,
    arguments: Node<'_>,
    scope: ScopeId,
) -> bool {
    if condition.test != Test::KeptPool || !condition.holds {
        return false;
    }
    match construction(eval, arguments, scope) {
        Made::OnSelf => false,
        // A subclass's constructor may take other arguments: only the class's own call says.
        Made::By(class, arguments, scope) => {
            home != Some(class.as_str()) || !passes_pool(eval, condition, arguments, scope)
        }
        Made::OutOfSight => true,
    }
}

/// Where the instance a method call is made on was made.
enum Made<'a> {
    /// `self` in a method: the method's own callers say.
    OnSelf,
    /// A call of its class (by its name), with these arguments, in the code of this scope.
    By(String, Node<'a>, ScopeId),
    OutOfSight,
}

/// Where the instance the call with `arguments` (`runner.run(fn, xs)`) is made on was made:
/// the receiver itself is a call of its class (`Runner(ex).run(...)`), or a name bound once, by
/// an assignment, to one.
fn construction<'a>(eval: &Evaluator<'a>, arguments: Node<'a>, scope: ScopeId) -> Made<'a> {
    let receiver = arguments
        .parent()
        .and_then(|call| call.child_by_field_name("function"))
        .filter(|function| function.kind() == "attribute")
        .and_then(|function| function.child_by_field_name("object"))
        .map(unparenthesize);
    let (made, scope) = match receiver {
        Some(name) if name.kind() == "identifier" => {
            if eval.is_self(eval.text(name), scope) {
                return Made::OnSelf;
            }
            match assigned_once(eval, name, scope) {
                Some(found) => found,
                None => return Made::OutOfSight,
            }
        }
        Some(call) => (call, scope),
        None => return Made::OutOfSight,
    };
    let class = made
        .child_by_field_name("function")
        .filter(|_| made.kind() == "call")
        .and_then(|class| eval.class_name(class, scope));
    match (class, made.child_by_field_name("arguments")) {
        (Some(class), Some(arguments)) => Made::By(class, arguments, scope),
        _ => Made::OutOfSight,
    }
}

/// The value of the one plain assignment that binds `name` where it is read, with the scope
/// whose code it is in.
fn assigned_once<'a>(
    eval: &Evaluator<'a>,
    name: Node<'a>,
    scope: ScopeId,
) -> Option<(Node<'a>, ScopeId)> {
    let text = eval.text(name);
    let Resolution::Scope(owner) = eval.model.resolve(scope, text) else {
        return None;
    };
    let [only] = eval.model.bindings_of(owner, text) else {
        return None;
    };
    let binding = eval.model.binding(*only);
    let value = eval.node_at(binding.value?)?;
    (binding.kind == BindingKind::Assignment).then(|| (unparenthesize(value), binding.written_in))
}
