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
//!
//! The class's own file is followed the same way (`handed` lists the pools a file hands its
//! own classes), and an instance made by a module-level factory of the file (`def
//! build(ex): return Runner(ex)`) is judged by what the factory's call passes. A context the
//! constructor keeps, whose default is the `multiprocessing` module or a context that is not
//! fork's (pebble's `context=multiprocessing`), makes `self._context.Process(target=fn)` a
//! site on the condition `Test::KeptContext`: the instance is made in sight, leaving the slot
//! out or passing a process context there; a fork context's children inherit the callable.
//!
//! A factory of another file of the run (`def build(): return Runner(ProcessPoolExecutor(2))`
//! in `pkg/factory.py`) says, in its export, the constructor's slots in which it passes a
//! process pool (`factory_kept_slots`); a call of the imported factory (`build().run(...)`,
//! or `r = build()` then `r.run(...)`) makes the instance in sight with a process pool in
//! those slots. A factory handing its own parameter on (`def build(ex): return Runner(ex)`)
//! exports that parameter's slot with the constructor's (`KeptSlot::through`): a call of it
//! in another file (`build(ProcessPoolExecutor(2)).run(...)`) keeps a process pool only when
//! it passes one there, and `handed` follows the pool it passes into the factory's file.

use tree_sitter::Node;

use crate::core::node::NodeExt;
use crate::core::parse::has_splats;

use super::api::ApiRow;
use super::callables::unparenthesize;
use super::choices::passes_pool;
use super::conditions::{Condition, Constant, Test, constant, default_of, named_constant};
use super::inferred::{module_function, parameter_slot, sole_return};
use super::user_api::UserKind;
use super::values::{Evaluator, PoolChoice, Value, argument, interned_conditions};
use crate::core::semantic::{Binding, BindingId, BindingKind, Resolution, ScopeId, SemanticModel};
use crate::core::source::TextRange;

/// How many names are followed back from a site's receiver to `self.<attr>`.
const MAX_STEPS: usize = 4;

/// A slot of a class's constructor, by position (after `self`) or keyword, as a call of the
/// class fills it: `Runner(ex)` fills position 0, `Runner(executor=ex)` the keyword.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptSlot {
    pub position: Option<usize>,
    pub keyword: Option<String>,
    /// For a factory that passes on its own parameter (`def build(ex): return Runner(ex)`),
    /// that parameter's position and keyword: the slot holds a process pool only when the
    /// factory's call passes one there.
    pub through: Option<(Option<usize>, Option<String>)>,
}

impl KeptSlot {
    /// Whether this is the slot of `condition`'s parameter.
    pub(super) fn fills(&self, condition: &Condition) -> bool {
        (self.position.is_some() && self.position == condition.position)
            || (self.keyword.is_some() && self.keyword.as_deref() == condition.keyword)
    }
}

/// What the constructor's parameter kept on the instance is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum KeptValue {
    /// A pool another file (or the class's own) hands the class.
    Pool,
    /// A context whose default is not fork's (`context=multiprocessing`), whose classes the
    /// method calls (`self._context.Process(target=fn)`, `self._context.Pool().map(fn, xs)`).
    Context,
    /// The pool given in the slot, or a process pool made in place of a missing one
    /// (`Evaluator::kept_made_parameter`).
    Made,
}

/// What the receiver of a pool's method keeps from the constructor (`kept_pool_slot`).
pub(super) enum KeptBy<'a> {
    /// The parameter at this slot (its position after `self`, its name) keeps it.
    Slot(Option<usize>, &'a str, KeptValue),
    /// The constructor of this scope chooses it (`Evaluator::kept_chosen_pool`).
    Chosen(ScopeId, PoolChoice<'a>),
}

/// The slot of the constructor parameter whose pool the receiver of `call`, in the method of
/// scope `function`, is (`self.executor.submit(...)`, or through a local bound once to
/// `self.executor`), or whose context made it (`self._context.Process(...)`, a local bound
/// to `self._context.Pool()`): its position in a call of the class (after `self`), its
/// keyword and what it keeps; or the choice by which the constructor (or `__enter__`) keeps a
/// process pool there (`Evaluator::kept_chosen_pool`). `None` when the receiver is no kept
/// attribute.
pub(super) fn kept_pool_slot<'a>(
    eval: &Evaluator<'a>,
    call: Node<'a>,
    function: ScopeId,
) -> Option<KeptBy<'a>> {
    let mut called = unparenthesize(call.field("function")?);
    // The pool's method kept in a local first (`map_fn = self.pool.map`), or chosen over the
    // builtin `map` (`self.pool.map if self.pool is not None else map`, emcee's).
    if called.kind_name() == "identifier" {
        let value = unparenthesize(sole_local_value(eval, called, function)?);
        called = match value.kind_name() {
            "conditional_expression" => {
                let branches = [value.named_child(0)?, value.named_child(2)?];
                let mut methods = branches
                    .into_iter()
                    .map(unparenthesize)
                    .filter(|b| b.kind_name() == "attribute");
                match (methods.next(), methods.next()) {
                    (Some(only), None) => only,
                    _ => return None,
                }
            }
            _ => value,
        };
    }
    let mut node = called
        .field("object")
        .filter(|_| called.kind_name() == "attribute")?;
    let mut made = false;
    for _ in 0..MAX_STEPS {
        node = unparenthesize(node);
        match node.kind_name() {
            "attribute" => {
                let pool = eval
                    .kept_pool_parameter(node, function, false)
                    .filter(|_| !made)
                    .map(|(at, name)| KeptBy::Slot(at, name, KeptValue::Pool));
                return pool
                    .or_else(|| {
                        let (at, name) = eval.kept_context_parameter(node, function)?;
                        Some(KeptBy::Slot(at, name, KeptValue::Context))
                    })
                    .or_else(|| {
                        // Not a pool made from a context chosen by its start method: a fork
                        // context's pool pickles its tasks all the same.
                        let (init, choice) =
                            eval.kept_choice(node, function, false).filter(|_| !made)?;
                        Some(KeptBy::Chosen(init, choice))
                    })
                    .or_else(|| {
                        let (at, name) =
                            eval.kept_made_parameter(node, function).filter(|_| !made)?;
                        Some(KeptBy::Slot(at, name, KeptValue::Made))
                    })
                    .or_else(|| {
                        // A dataclass field whose default the class's factory makes.
                        let (at, name) = eval
                            .dataclass_made_field(node, function)
                            .filter(|_| !made)?;
                        Some(KeptBy::Slot(at, name, KeptValue::Made))
                    });
            }
            "identifier" => node = sole_local_value(eval, node, function)?,
            // A pool made here of the class handed to the constructor or chosen there
            // (`self._cls(2)`), or of the kept context (`self._context.Pool()`).
            "call" if !made => {
                let class = node.field("function").map(unparenthesize);
                if let Some(class) = class.filter(|class| class.kind_name() == "attribute") {
                    if let Some((at, name)) = eval.kept_pool_parameter(class, function, true) {
                        return Some(KeptBy::Slot(at, name, KeptValue::Pool));
                    }
                    if let Some((init, choice)) = eval.kept_choice(class, function, true) {
                        return Some(KeptBy::Chosen(init, choice));
                    }
                    // A pool's class the constructor keeps as given, a process pool's by
                    // default (`executor_factory=ProcessPoolExecutor`): a process pool unless
                    // the instance's maker passed a thread pool's.
                    if let Some((at, name)) = eval.kept_made_class_parameter(class, function) {
                        return Some(KeptBy::Slot(at, name, KeptValue::Made));
                    }
                }
                made = true;
                node = node
                    .field("function")
                    .filter(|f| f.kind_name() == "attribute")?
                    .field("object")?;
            }
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
    let context = condition.test == Test::KeptContext;
    if condition.test == Test::KeptMade {
        if state_set_after(eval, arguments, scope) {
            return false;
        }
        return match construction(eval, arguments, scope) {
            Made::By(class, arguments, scope) => {
                home == Some(class.as_str())
                    && passes_thread_pool(eval, condition, arguments, scope)
            }
            _ => false,
        };
    }
    if !(condition.test == Test::KeptPool || context) || !condition.holds {
        return false;
    }
    match construction(eval, arguments, scope) {
        Made::OnSelf => false,
        // A subclass's constructor may take other arguments: only the class's own call says.
        Made::By(class, arguments, scope) => {
            let passes = match context {
                true => passes_context(eval, condition, arguments, scope),
                false => passes_pool(eval, condition, arguments, scope),
            };
            home != Some(class.as_str()) || !passes
        }
        Made::Through(factory) => {
            home != Some(factory.class.as_str())
                || !factory_passes(eval, condition, &factory, context)
        }
        Made::Imported(class, kept, ..) => {
            let name = class.rsplit('.').next();
            context || home != name || !kept.iter().any(|slot| slot.fills(condition))
        }
        Made::OutOfSight => true,
    }
}

/// Whether a call with `arguments` in the code of `scope`, of a wrapper method of the class
/// `home`, cannot hand its callable over by the state its instance keeps (`Condition::kept`):
/// the instance is made in sight by a call of `home` whose arguments, or the constructor's
/// literal defaults, refute the test. An instance made out of sight keeps the site.
pub(super) fn refuted_by_instance_state(
    eval: &Evaluator<'_>,
    condition: &Condition,
    home: Option<&str>,
    arguments: Node<'_>,
    scope: ScopeId,
) -> bool {
    if !condition.kept || state_set_after(eval, arguments, scope) {
        return false;
    }
    let constructor = Condition {
        kept: false,
        ..*condition
    };
    // The wrapper is the constructor itself, whose kept parameter another method hands over
    // (`Loader(xs, collate_fn=...)`, `inferred::conditions_in_own_method`): its own
    // arguments say what the instance keeps, for an instance used right away or bound to a
    // name whose attributes nothing sets afterwards (`loader.num_workers = 2`).
    if let Some(call) = arguments.parent().filter(|call| call.kind_name() == "call")
        && let Some(function) = call.field("function")
        && home.is_some_and(|home| eval.text(function).rsplit('.').next() == Some(home))
    {
        return used_as_made(eval, call, scope)
            && (constructor.refutes(arguments, eval.source)
                || constructor.refutes_by_name(eval, arguments, scope));
    }
    match construction(eval, arguments, scope) {
        Made::By(class, arguments, scope) => {
            home == Some(class.as_str())
                && (constructor.refutes(arguments, eval.source)
                    || constructor.refutes_by_name(eval, arguments, scope))
        }
        // `Runner.threads()` of another file, returning `cls(use_processes=False)`, or
        // `make_runner(parallel)` returning `Runner(use_processes=parallel)`.
        Made::Imported(class, _, Some(passes), outer) => {
            let passed = passes.iter().find(|passed| passed.slot.fills(condition));
            home == class.rsplit('.').next()
                && match passed {
                    Some(Passed {
                        through: Some((position, keyword)),
                        value,
                        ..
                    }) if !has_splats(outer) => {
                        match argument(outer, eval.source, *position, keyword.as_deref()) {
                            Some(given) => constructor.refuted_by_constant(
                                constant(given, eval.source)
                                    .or_else(|| named_constant(eval, given, scope)),
                            ),
                            None => constructor.refuted_by_constant(*value),
                        }
                    }
                    Some(Passed {
                        through: Some(_), ..
                    }) => false,
                    Some(passed) => constructor.refuted_by_constant(passed.value),
                    None => constructor.refuted_by_constant(constructor.default),
                }
        }
        _ => false,
    }
}

/// Whether the instance the constructor call `call` makes is used as it was made: iterated
/// (`for batch in Loader(...)`), entered, called a method on, or bound to a name whose
/// attributes the code of its scope never sets. Passed on, it may be changed out of sight.
fn used_as_made(eval: &Evaluator<'_>, call: Node<'_>, scope: ScopeId) -> bool {
    let Some(parent) = call.parent() else {
        return false;
    };
    match parent.kind_name() {
        "for_statement" | "for_in_clause" => parent.field("right") == Some(call),
        "with_item" => true,
        "attribute" => parent.field("object") == Some(call),
        "assignment" => parent
            .field("left")
            .filter(|left| left.kind_name() == "identifier")
            .is_some_and(|name| !attributes_set(eval, name, scope)),
        _ => false,
    }
}

/// Whether the instance the call with `arguments` is made on is a name whose attributes the
/// code of the scope it is bound in sets (`r = Runner(False)`, then `r.use_processes = True`,
/// or `setattr(r, ...)`, anywhere in that code, nested functions too): what its constructor
/// was passed then says nothing of what it keeps.
fn state_set_after(eval: &Evaluator<'_>, arguments: Node<'_>, scope: ScopeId) -> bool {
    let Some(name) = arguments
        .parent()
        .and_then(|call| call.field("function"))
        .filter(|function| function.kind_name() == "attribute")
        .and_then(|function| function.field("object"))
        .map(unparenthesize)
        .filter(|object| object.kind_name() == "identifier")
    else {
        return false;
    };
    attributes_set(eval, name, scope)
}

/// Whether the code of the scope the name `name` (read in `scope`) is bound in sets an
/// attribute of it (`r.pool = ...`, `setattr(r, ...)`), nested functions too.
fn attributes_set(eval: &Evaluator<'_>, name: Node<'_>, scope: ScopeId) -> bool {
    let text = eval.text(name);
    let Resolution::Scope(owner) = eval.model.resolve(scope, text) else {
        return false;
    };
    let Some(code) = eval.scope_node(owner) else {
        return false;
    };
    let names_it = |node: Option<Node<'_>>| {
        node.map(unparenthesize)
            .is_some_and(|node| node.kind_name() == "identifier" && eval.text(node) == text)
    };
    crate::core::parse::preorder(code).any(|node| match node.kind_name() {
        "assignment" | "augmented_assignment" => node
            .field("left")
            .filter(|left| left.kind_name() == "attribute")
            .is_some_and(|left| names_it(left.field("object"))),
        "call" => {
            node.field("function")
                .is_some_and(|f| eval.text(f) == "setattr")
                && node
                    .field("arguments")
                    .is_some_and(|arguments| names_it(arguments.named_child(0)))
        }
        _ => false,
    })
}

/// Whether `object` (`e.pool`, the receiver of `e.pool.map(fn, xs)`) is what an instance
/// made in sight keeps of its constructor's parameter, as given or with a process pool made in
/// place of a missing one (`self.pool = pool if pool is not None else ProcessPoolExecutor(2)`,
/// `Evaluator::stored_parameter`), and the call of this file's class that made it (`e =
/// Explicit(pool=ThreadPoolExecutor(2))`, a local bound once whose attributes nothing sets, or
/// the call itself) passes a thread pool there: the pool is that thread pool.
pub(super) fn kept_thread_pool(eval: &Evaluator<'_>, object: Node<'_>, scope: ScopeId) -> bool {
    let object = unparenthesize(object);
    let (Some(instance), Some(attr)) = (object.field("object"), object.field("attribute")) else {
        return false;
    };
    if object.kind_name() != "attribute" {
        return false;
    }
    let instance = unparenthesize(instance);
    let made = match instance.kind_name() {
        "call" => Some((instance, scope)),
        "identifier" if !attributes_set(eval, instance, scope) => {
            let Resolution::Scope(owner) = eval.model.resolve(scope, eval.text(instance)) else {
                return false;
            };
            sole_local_value(eval, instance, owner)
                .map(unparenthesize)
                .filter(|value| value.kind_name() == "call")
                .map(|value| (value, owner))
        }
        _ => None,
    };
    let Some((call, written_in)) = made else {
        return false;
    };
    let Some(class) = (call.field("function")).and_then(|f| eval.named_module_class(f, written_in))
    else {
        return false;
    };
    let Some((init, name)) =
        (eval.init_of(class)).and_then(|init| eval.stored_parameter("self", eval.text(attr), init))
    else {
        return false;
    };
    let [only] = eval.model.bindings_of(init, name) else {
        return false;
    };
    let position = eval
        .parameter_position(init, eval.model.binding(*only).range)
        .and_then(|at| at.checked_sub(1));
    call.field("arguments").is_some_and(|arguments| {
        !has_splats(arguments)
            && crate::core::analysis::choices::passes_thread_pool_at(
                eval,
                arguments,
                position,
                Some(name),
                written_in,
            )
    })
}

/// Whether a call of the class with `arguments` passes a thread pool in the slot of the
/// `Test::KeptMade` `condition`: a thread pool's class called there, or a name bound once to
/// one (`with ThreadPoolExecutor(2) as pool:`, then `Runner(executor=pool)`). A splat may
/// fill the slot with anything.
fn passes_thread_pool(
    eval: &Evaluator<'_>,
    condition: &Condition,
    arguments: Node<'_>,
    scope: ScopeId,
) -> bool {
    if has_splats(arguments) {
        return false;
    }
    let pool = Condition {
        test: Test::ProcessPool,
        ..*condition
    };
    crate::core::analysis::choices::refuted_by_thread_pool(eval, &pool, arguments, scope)
}

/// Whether a call of the class with `arguments` leaves the kept context of `condition` to its
/// default, or passes the `multiprocessing` module or a context that is not fork's there. A
/// splat may hide a fork context.
fn passes_context(
    eval: &Evaluator<'_>,
    condition: &Condition,
    arguments: Node<'_>,
    scope: ScopeId,
) -> bool {
    if has_splats(arguments) {
        return false;
    }
    match argument(
        arguments,
        eval.source,
        condition.position,
        condition.keyword,
    ) {
        None => true,
        Some(passed) => process_value(&eval.eval(passed, scope), true),
    }
}

/// Whether `value` is what a kept slot needs for the call to hand over: a process pool (or an
/// instance of a class of the run with wrapper methods), or for a `context` a process one.
fn process_value(value: &Value, context: bool) -> bool {
    match (context, value) {
        (false, Value::Instance { .. } | Value::Declared(_) | Value::OwnInstance(_)) => true,
        (true, Value::Context { fork: false }) => true,
        (true, Value::Module(path)) => path == "multiprocessing",
        _ => false,
    }
}

/// Whether the class's call in a factory passes a process pool in `condition`'s slot: the
/// factory's own parameter there is judged by what this call of the factory passes for it
/// (`build(ex)` for `def build(executor): return Runner(executor)`), anything else where the
/// factory reads it.
fn factory_passes(
    eval: &Evaluator<'_>,
    condition: &Condition,
    factory: &Factory<'_>,
    context: bool,
) -> bool {
    let Some(passed) = argument(
        factory.inner,
        eval.source,
        condition.position,
        condition.keyword,
    ) else {
        return context && passes_context(eval, condition, factory.inner, factory.scope);
    };
    let passed = unparenthesize(passed);
    let name = eval.text(passed);
    let parameter = passed.kind_name() == "identifier"
        && eval.model.resolve(factory.scope, name) == Resolution::Scope(factory.scope)
        && matches!(eval.model.bindings_of(factory.scope, name), [only]
            if eval.model.binding(*only).kind == BindingKind::Parameter);
    if !parameter {
        return match context {
            true => passes_context(eval, condition, factory.inner, factory.scope),
            false => passes_pool(eval, condition, factory.inner, factory.scope),
        };
    }
    let Some((_, position, keyword)) = parameter_slot(eval, factory.def, name, 0) else {
        return false;
    };
    !has_splats(factory.outer)
        && argument(factory.outer, eval.source, position, keyword.as_deref())
            .is_some_and(|given| process_value(&eval.eval(given, factory.outer_scope), context))
}

/// Where the instance a method call is made on was made.
enum Made<'a> {
    /// `self` in a method: the method's own callers say.
    OnSelf,
    /// A call of its class (by its name), with these arguments, in the code of this scope.
    By(String, Node<'a>, ScopeId),
    /// A call of a module-level function of this file that returns a call of its class.
    Through(Factory<'a>),
    /// A call of a factory of another file of the run, which makes the class at this dotted
    /// path with a process pool in these slots, passing these literals, when it says
    /// (`UserKind::FactoryOf`).
    Imported(String, Vec<KeptSlot>, Option<Vec<Passed>>, Node<'a>),
    OutOfSight,
}

/// `build(ex)` for `def build(executor): return Runner(executor)`: the class's name (or
/// what names it), its call's arguments in the factory, and the factory's `def` and scope,
/// with the arguments of the call of the factory and the scope of its code.
pub(super) struct Factory<'a, C = String> {
    pub(super) class: C,
    pub(super) inner: Node<'a>,
    pub(super) def: Node<'a>,
    pub(super) scope: ScopeId,
    pub(super) outer: Node<'a>,
    pub(super) outer_scope: ScopeId,
}

/// The factory `made` calls, when it is a module-level function of this file whose body is
/// one `return` of a call of a class with wrapper methods.
fn factory<'a>(eval: &Evaluator<'a>, made: Node<'a>, scope: ScopeId) -> Option<Factory<'a>> {
    let found = returning_call(eval, made, scope)?;
    Some(Factory {
        class: eval.class_name(found.class, found.scope)?,
        inner: found.inner,
        def: found.def,
        scope: found.scope,
        outer: found.outer,
        outer_scope: found.outer_scope,
    })
}

/// The module-level function of this file `made` calls, when its body is one `return` of a
/// call, with what that call calls.
pub(super) fn returning_call<'a>(
    eval: &Evaluator<'a>,
    made: Node<'a>,
    scope: ScopeId,
) -> Option<Factory<'a, Node<'a>>> {
    let outer = made.field("arguments")?;
    let def = module_function(eval, made.field("function")?, scope)?;
    let returned = sole_returned_call(def)?;
    Some(Factory {
        class: returned.field("function")?,
        inner: returned.field("arguments")?,
        def,
        scope: eval.model.scope_at(returned.start_byte()),
        outer,
        outer_scope: scope,
    })
}

/// Where the instance the call with `arguments` (`runner.run(fn, xs)`) is made on was made:
/// the receiver itself is a call of its class (`Runner(ex).run(...)`), or a name bound once, by
/// an assignment, to one.
fn construction<'a>(eval: &Evaluator<'a>, arguments: Node<'a>, scope: ScopeId) -> Made<'a> {
    let receiver = arguments
        .parent()
        .and_then(|call| call.field("function"))
        .filter(|function| function.kind_name() == "attribute")
        .and_then(|function| function.field("object"))
        .map(unparenthesize);
    let (made, scope) = match receiver {
        Some(name) if name.kind_name() == "identifier" => {
            if eval.is_self(eval.text(name), scope) {
                return Made::OnSelf;
            }
            match assigned_once(eval, name, scope) {
                Some(found) => found,
                None => return Made::OutOfSight,
            }
        }
        // An instance another class keeps, made where it sets the attribute once
        // (`self.runner = BatchRunner()` in `__init__`, then `self.runner.map(...)`).
        Some(attribute) if attribute.kind_name() == "attribute" => {
            match eval
                .only_self_assignment(attribute, scope)
                .and_then(|(assignment, method)| {
                    let value = unparenthesize(assignment.field("right")?);
                    (value.kind_name() == "call").then_some((value, method))
                }) {
                Some(found) => found,
                None => return Made::OutOfSight,
            }
        }
        Some(call) => (call, scope),
        None => return Made::OutOfSight,
    };
    let class = made
        .field("function")
        .filter(|_| made.kind_name() == "call")
        .and_then(|class| eval.class_name(class, scope));
    match (class, made.field("arguments")) {
        (Some(class), Some(arguments)) => forwarded(eval, class, arguments, scope),
        (None, Some(_)) => match factory(eval, made, scope) {
            Some(factory) => Made::Through(factory),
            None => imported_factory(eval, made, scope).unwrap_or(Made::OutOfSight),
        },
        _ => Made::OutOfSight,
    }
}

/// `Made::By` for a call of the class `class` with `arguments` in `scope`; for a subclass
/// whose constructor is its base's, or only calls it (`Evaluator::base_constructor_call`),
/// the base's call it makes, whose arguments say what the instance keeps: `ProcRunner()` is
/// `Runner(use_processes=True, workers=workers)`, read in `ProcRunner.__init__`.
fn forwarded<'a>(
    eval: &Evaluator<'a>,
    class: String,
    arguments: Node<'a>,
    scope: ScopeId,
) -> Made<'a> {
    let (mut class, mut arguments, mut scope) = (class, arguments, scope);
    for _ in 0..MAX_STEPS {
        let Some((base, call)) =
            (eval.module_class(&class)).and_then(|own| eval.base_constructor_call(own))
        else {
            break;
        };
        let Some(name) = eval.model.scope(base).name.clone() else {
            break;
        };
        (arguments, scope) = call.unwrap_or((arguments, scope));
        class = name;
    }
    Made::By(class, arguments, scope)
}

/// The wrapper method `row`, inherited by the module-level class `class` from a base of this
/// file, as the class's instances run it: for a class whose `__init__` only calls the
/// base's (`Evaluator::base_constructor_call`), each condition on what the instance keeps is judged
/// by that call's arguments, once for all its instances (`ProcessRunner` passing
/// `ProcessPoolExecutor` where the base keeps its pool's class): a condition they meet is
/// dropped, one they refute leaves the class no such wrapper (`None`), and one they leave
/// open (a parameter of the subclass passed on) stays. Other files judge a call of the class
/// by its own arguments, which are not the base's.
pub(super) fn forwarded_row(
    eval: &Evaluator<'_>,
    class: ScopeId,
    row: &'static ApiRow,
) -> Option<&'static ApiRow> {
    let Some((_, call)) = eval.base_constructor_call(class) else {
        return Some(row);
    };
    // A class whose call passes the base's constructor its own arguments is judged by them as
    // the base is by its own.
    let Some((arguments, init)) = call else {
        let name = eval.model.scope(class).name.as_deref()?;
        let name: &'static str = Box::leak(name.to_string().into_boxed_str());
        let homes: &'static [&'static str] = Box::leak(Box::new([name]));
        return Some(Box::leak(Box::new(ApiRow { homes, ..*row })));
    };
    if has_splats(arguments) {
        return Some(row);
    }
    let mut kept = Vec::new();
    for condition in row.conditions {
        let met = match condition.test {
            Test::KeptPool if condition.holds => {
                Some(passes_pool(eval, condition, arguments, init))
            }
            Test::KeptContext if condition.holds => {
                Some(passes_context(eval, condition, arguments, init))
            }
            Test::KeptMade => Some(!passes_thread_pool(eval, condition, arguments, init)),
            Test::KeptPool | Test::KeptContext => None,
            _ if condition.kept => {
                let constructor = Condition {
                    kept: false,
                    ..*condition
                };
                match (
                    constructor.confirmed(arguments, eval.source),
                    constructor.refutes(arguments, eval.source),
                ) {
                    (true, _) => Some(true),
                    (_, true) => Some(false),
                    _ => None,
                }
            }
            _ => None,
        };
        match met {
            Some(true) => {}
            Some(false) => return None,
            None => kept.push(*condition),
        }
    }
    if kept.len() == row.conditions.len() {
        return Some(row);
    }
    Some(Box::leak(Box::new(ApiRow {
        conditions: interned_conditions(kept),
        ..*row
    })))
}

/// The class a factory of another file of the run that `made` calls makes, with the slots
/// it passes a process pool in: `build()` after `from pkg.factory import build`, or
/// `factory.build()` after `from pkg import factory`.
fn imported_factory<'a>(eval: &Evaluator<'a>, made: Node<'a>, scope: ScopeId) -> Option<Made<'a>> {
    let function = made.field("function")?;
    let mut first = function;
    while first.kind_name() == "attribute" {
        first = first.field("object")?;
    }
    // The import read where the call is, not a local of the same name.
    let module_level = first.kind_name() == "identifier"
        && eval.model.resolve(scope, eval.text(first)) == Resolution::Scope(SemanticModel::MODULE);
    let path = eval.imported_path_of(function).filter(|_| module_level)?;
    let arguments = made.field("arguments")?;
    let splatted = has_splats(arguments);
    // A slot the factory fills from its own parameter holds what this call passes there.
    let holds_pool = |slot: &KeptSlot| match &slot.through {
        None => true,
        Some((position, keyword)) => {
            !splatted
                && argument(arguments, eval.source, *position, keyword.as_deref())
                    .is_some_and(|given| process_value(&eval.eval(given, scope), false))
        }
    };
    eval.apis.iter().find_map(|api| match &api.kind {
        UserKind::FactoryOf {
            class,
            kept,
            passes,
            conditions: [],
        } if api.path == path => {
            let kept: Vec<KeptSlot> = kept.iter().filter(|s| holds_pool(s)).cloned().collect();
            Some(Made::Imported(
                class.clone(),
                kept,
                passes.clone(),
                arguments,
            ))
        }
        _ => None,
    })
}

/// The position and keyword of the parameter of `def` that `value` names, when it is one.
fn own_parameter(
    eval: &Evaluator<'_>,
    def: Node<'_>,
    value: Node<'_>,
    scope: ScopeId,
    skip: usize,
) -> Option<(Option<usize>, Option<String>)> {
    let value = unparenthesize(value);
    if value.kind_name() != "identifier" {
        return None;
    }
    let name = eval.text(value);
    let Resolution::Scope(owner) = eval.model.resolve(scope, name) else {
        return None;
    };
    let [only] = eval.model.bindings_of(owner, name) else {
        return None;
    };
    if eval.model.binding(*only).kind != BindingKind::Parameter || owner != scope {
        return None;
    }
    let (_, position, keyword) = parameter_slot(eval, def, name, skip)?;
    Some((position, keyword))
}

/// How many leading parameters of the factory `def` its callers do not write: the class of
/// a class method (`Runner.make(n)` fills `n`), none for a function or a static method.
fn written_parameters(eval: &Evaluator<'_>, def: Node<'_>) -> usize {
    usize::from(eval.called_as(def) == Some(crate::core::analysis::values::Called::ClassMethod))
}

/// The slots of the class's constructor in which the module-level factory `def` passes a
/// process pool (or an instance of a class with wrapper methods), when its body is one
/// `return` of a call of the class without `*args` or `**kwargs`: what its callers in other
/// files keep on the instance they make (`UserKind::FactoryOf`).
pub(super) fn factory_kept_slots(eval: &Evaluator<'_>, def: Node<'_>) -> Vec<KeptSlot> {
    let Some((written, scope)) = written_slots(eval, def) else {
        return Vec::new();
    };
    let mut kept = Vec::new();
    for (slot, value) in written {
        if let Some(through) = own_parameter(eval, def, value, scope, written_parameters(eval, def))
        {
            kept.push(KeptSlot {
                through: Some(through),
                ..slot
            });
        } else if process_value(&eval.eval(value, scope), false) {
            kept.push(slot);
        }
    }
    kept
}

/// Each slot of the class's constructor that the factory `def` fills, with the literal it
/// passes there, if it is one (`return cls(use_processes=False)`), when its body is one
/// `return` of a call of the class without `*args` or `**kwargs`: what the instance a call of
/// the factory makes keeps (`refuted_by_instance_state`).
pub(super) fn factory_passed(eval: &Evaluator<'_>, def: Node<'_>) -> Option<Vec<Passed>> {
    let (written, scope) = written_slots(eval, def)?;
    Some(passed_in(
        eval,
        def,
        written,
        scope,
        written_parameters(eval, def),
    ))
}

/// What the `__init__` of the module-level class `class` passes its base's constructor, when
/// all it does is call it (`Evaluator::forwarded_call`): each slot it fills, with the literal
/// there or the parameter of its own it passes on (`super().__init__(use_processes=False,
/// workers=workers)`). A subclass of another file's class exports it (`exports::Alias`), so
/// that the files calling the subclass judge what the base keeps (`exports::inherited_as`).
pub(super) fn forwarded_passes(eval: &Evaluator<'_>, class: ScopeId) -> Option<Vec<Passed>> {
    let (arguments, init) = eval.forwarded_call(class)?;
    let def = eval.scope_node(init)?;
    let written = slots_of(eval, arguments)?;
    Some(passed_in(eval, def, written, init, 1))
}

/// What `def` passes in each slot of a call (`written`, read in `scope`): a parameter of its
/// own (`skip`: those its callers do not write), or a literal.
fn passed_in<'a>(
    eval: &Evaluator<'a>,
    def: Node<'a>,
    written: Vec<(KeptSlot, Node<'a>)>,
    scope: ScopeId,
    skip: usize,
) -> Vec<Passed> {
    written
        .into_iter()
        .map(
            |(slot, value)| match own_parameter(eval, def, value, scope, skip) {
                Some(through) => Passed {
                    slot,
                    value: default_of(eval, def, eval.text(unparenthesize(value))),
                    through: Some(through),
                },
                None => Passed {
                    slot,
                    value: constant(value, eval.source),
                    through: None,
                },
            },
        )
        .collect()
}

/// A slot of a class's constructor a factory fills, with the literal it passes there, or
/// the factory's parameter it passes on (`def make(parallel=False): return
/// Runner(use_processes=parallel)`) and that parameter's literal default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Passed {
    pub slot: KeptSlot,
    pub value: Option<Constant>,
    pub through: Option<(Option<usize>, Option<String>)>,
}

/// The slots the call `def`'s body returns fills, with what it passes in each, and the scope of
/// its code; `None` when the body is no one `return` of a call, or the call splats.
fn written_slots<'a>(
    eval: &Evaluator<'a>,
    def: Node<'a>,
) -> Option<(Vec<(KeptSlot, Node<'a>)>, ScopeId)> {
    let returned = sole_returned_call(def)?;
    let scope = eval.model.scope_at(returned.start_byte());
    Some((slots_of(eval, returned.field("arguments")?)?, scope))
}

/// The slots a call with `arguments` fills, with what it passes in each; `None` when it
/// splats.
fn slots_of<'a>(eval: &Evaluator<'a>, arguments: Node<'a>) -> Option<Vec<(KeptSlot, Node<'a>)>> {
    let mut cursor = arguments.walk();
    let written: Vec<Node<'_>> = arguments
        .named_children(&mut cursor)
        .filter(|a| a.kind_name() != "comment")
        .collect();
    if written
        .iter()
        .any(|a| matches!(a.kind_name(), "list_splat" | "dictionary_splat"))
    {
        return None;
    }
    let mut slots = Vec::new();
    for (position, written) in written.into_iter().enumerate() {
        slots.push(match written.kind_name() {
            "keyword_argument" => match (written.field("name"), written.field("value")) {
                (Some(name), Some(value)) => (
                    KeptSlot {
                        position: None,
                        keyword: Some(eval.text(name).to_string()),
                        through: None,
                    },
                    value,
                ),
                _ => continue,
            },
            _ => (
                KeptSlot {
                    position: Some(position),
                    keyword: None,
                    through: None,
                },
                written,
            ),
        });
    }
    Some(slots)
}

/// The call a function's body returns, when the body is that one `return` (comments and a
/// docstring aside).
fn sole_returned_call(def: Node<'_>) -> Option<Node<'_>> {
    if def.kind_name() != "function_definition" {
        return None;
    }
    sole_return(def)
        .map(unparenthesize)
        .filter(|value| value.kind_name() == "call")
}

/// The value of the one plain assignment or `with` target that binds `name` where it is read,
/// with the scope whose code it is in.
fn assigned_once<'a>(
    eval: &Evaluator<'a>,
    name: Node<'a>,
    scope: ScopeId,
) -> Option<(Node<'a>, ScopeId)> {
    let text = eval.text(name);
    let Resolution::Scope(owner) = eval.model.resolve(scope, text) else {
        return None;
    };
    let bindings = eval.model.bindings_of(owner, text);
    let binding = match bindings {
        [only] => eval.model.binding(*only),
        _ if scope == owner => reaching_assignment(eval, name, owner, bindings)?,
        _ => return None,
    };
    let value = eval.node_at(binding.value?)?;
    // `with Runner(processes=True) as r:` makes `r` the instance wherever the run reads `r`
    // as one (its class's `__enter__` returning `self`).
    matches!(
        binding.kind,
        BindingKind::Assignment | BindingKind::WithTarget
    )
    .then(|| (unparenthesize(value), binding.written_in))
}

/// Of a local bound more than once (`runner = BatchRunner(executor=pool)`, later `with
/// BatchRunner() as runner`), the assignment every path to the read `name` in the function
/// itself certainly sees last: the last binding written before the read, an assignment in a
/// block that holds the read (so every path to the read ran it), with no other binding in a
/// loop around the read inside that block (a later iteration would see it) nor in another
/// scope (`nonlocal`, which a call may run at any time).
fn reaching_assignment<'a>(
    eval: &Evaluator<'a>,
    name: Node<'_>,
    owner: ScopeId,
    bindings: &[BindingId],
) -> Option<&'a Binding> {
    let model = eval.model;
    let read = name.start_byte();
    let all: Vec<_> = bindings.iter().map(|&id| model.binding(id)).collect();
    if all.iter().any(|b| b.written_in != owner) {
        return None;
    }
    // A `with` target is bound for the block it opens, which holds the read.
    let written_before = |b: &&&Binding| match b.kind {
        BindingKind::WithTarget => {
            let with = eval.node_at(b.range).and_then(|target| {
                std::iter::successors(Some(target), Node::parent)
                    .find(|n| n.kind_name() == "with_statement")
            });
            b.range.end <= read
                && with.is_some_and(|w| (w.start_byte()..w.end_byte()).contains(&read))
        }
        _ => b.statement.end <= read,
    };
    let last = all
        .iter()
        .filter(written_before)
        .max_by_key(|b| b.range.start)?;
    if !matches!(last.kind, BindingKind::Assignment | BindingKind::WithTarget) {
        return None;
    }
    let statement = eval.statement_node(last.statement)?;
    let holder = std::iter::successors(statement.parent(), Node::parent)
        .find(|n| matches!(n.kind_name(), "block" | "module"))?;
    if !TextRange::of(holder).contains_range(TextRange::of(name)) {
        return None;
    }
    let in_loop_around_read = std::iter::successors(name.parent(), Node::parent)
        .take_while(|n| *n != holder)
        .filter(|n| matches!(n.kind_name(), "for_statement" | "while_statement"))
        .filter_map(|l| l.field("body"))
        .filter(|body| TextRange::of(*body).contains_range(TextRange::of(name)))
        .any(|body| {
            all.iter()
                .any(|b| !std::ptr::eq(*b, *last) && TextRange::of(body).contains_range(b.range))
        });
    (!in_loop_around_read).then_some(*last)
}
