//! Where a wrapper chooses between a process pool and a thread pool, the conditions under
//! which it takes the process pool: a call whose literal arguments refute them hands its
//! callable to the thread pool, so it is no site.
//!
//! `conditions` reads the tests on the way to the hand-over; a wrapper that picks its pool
//! before it (a conditional expression, or an `if` around an assignment) hands over on every
//! path, yet to a process pool only on some. Following the receiver of the site back to where
//! its process-backed value was written gives the tests on the way there instead:
//!
//! ```text
//! def pmap(fn, items, use_processes=True):
//!     cls = ProcessPoolExecutor if use_processes else ThreadPoolExecutor  # `use_processes`
//!     with cls(2) as ex:                    # `ex` <- `cls(2)` <- `cls` <- the first branch
//!         return list(ex.map(fn, items))    # the site
//!
//! pmap(lambda x: x - k, xs, use_processes=False)   # a thread pool: no site
//! ```
//!
//! A pool's method (or a wrapper) kept in a local is chosen the same way, against a serial
//! map that runs in the parent:
//!
//! ```text
//! def pmap(fn, xs, parallel=False):
//!     with Pool(2) as pool:
//!         mapper = pool.map if parallel else map   # `parallel` on the way to `pool.map`
//!         return list(mapper(fn, xs))              # the site
//!
//! pmap(lambda x: x + k, xs)                        # the default, False: no site
//! ```
//!
//! The other choice must be a thread pool by its name (`ThreadPoolExecutor`, `ThreadPool`,
//! `multiprocessing.dummy.Pool`), or for a method the builtin `map` (or `itertools.starmap`);
//! anything else (an unknown value) leaves the site as it was. A name bound to process pools
//! in several branches (an `elif` chain) keeps what the ways to all of them share
//! (`Fact::implied_by_each`), and a process pool bound right before an `if` that binds a
//! thread pool instead reaches only where that test fails (`survival_facts`).
//!
//! A wrapper may also leave the choice to its caller, taking the pool's class, the pool or a
//! context as a parameter (tqdm's `_executor_map(PoolExecutor, fn, ...)`). The fact is then
//! that this parameter is a process pool, and each call is judged by what its argument
//! resolves to rather than by a literal: a thread pool's class, a thread pool or
//! `multiprocessing.dummy` refutes it (`pool_parameter`, `refuted_by_thread_pool`). A parameter
//! that holds a pool only because another file passes one (`analysis::handed`) is judged the
//! other way round: a call is a site only when it passes a process pool there (`passes_pool`),
//! and a wrapper that passes one chosen against `None` hands over only on that choice
//! (`facts_of_handed_choice`).

use tree_sitter::Node;

use super::api::{ApiRow, Class, Target};
use super::callables::unparenthesize;
use super::conditions::{Condition, Constant, Fact, Folds, Test, facts_of, facts_to, pick_fact};
use super::unpicklable::qualified_name;
use super::values::{Evaluator, Value, argument, is_thread};
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingId, BindingKind, Resolution, ScopeId, SemanticModel};
use crate::core::source::TextRange;

/// The classes whose instances run their tasks in threads of the parent.
const THREAD_POOLS: &[&str] = &[
    "concurrent.futures.ThreadPoolExecutor",
    "concurrent.futures.thread.ThreadPoolExecutor",
    "multiprocessing.pool.ThreadPool",
    "multiprocessing.dummy.Pool",
    "pebble.ThreadPool",
    "pebble.pool.ThreadPool",
    "pebble.pool.thread.ThreadPool",
];

/// The functions that run what they are given in the parent, one item after the other: the
/// other choice of a pool's method kept in a local (`pool.map if parallel else map`).
const SERIAL_MAPS: &[&str] = &["builtins.map", "itertools.starmap"];

/// How many names and calls are followed back from the receiver.
const MAX_STEPS: usize = 6;

/// The facts that hold where the process-backed receiver of `call` (a method call on it, or
/// a call of the class itself), in the function `def` of scope `function`, was chosen over a
/// thread pool; none when no such choice lies on the way. A choice a factory method makes by
/// what its instance keeps adds its `kept` conditions to `kept` (`factory_choice`).
pub fn facts_of_choice<'a>(
    eval: &Evaluator<'a>,
    call: Node<'a>,
    def: Node<'a>,
    function: ScopeId,
    kept: &mut Vec<Condition>,
) -> Vec<Fact<'a>> {
    let Some(called) = call.field("function") else {
        return Vec::new();
    };
    // `loop.run_in_executor(ex, fn)` runs `fn` in the executor it is given, and `None` is the
    // loop's default one, of threads: the choice is of that argument.
    let in_executor = called.kind_name() == "attribute"
        && called
            .field("attribute")
            .is_some_and(|a| eval.text(a) == "run_in_executor");
    let mut node = match called.kind_name() {
        _ if in_executor => call
            .field("arguments")
            .and_then(|arguments| argument(arguments, eval.source, Some(0), Some("executor"))),
        "attribute" => called.field("object"),
        _ => Some(called),
    };
    for _ in 0..MAX_STEPS {
        let Some(current) = node.map(unparenthesize) else {
            break;
        };
        if let Some(fact) = pool_parameter(eval, current, function) {
            return vec![fact];
        }
        if let Some(fact) = given_or_replaced(eval, current, function) {
            return vec![fact];
        }
        node = match current.kind_name() {
            "identifier" => {
                let chosen = chosen_bindings(eval, current, function, in_executor);
                if !chosen.process.is_empty() && several_bindings(eval, current, function) {
                    // An `if` around each process-backed assignment among thread pools (an
                    // `elif` chain), or after it: what holds on the way to each of them.
                    let paths: Vec<Vec<Fact<'a>>> = (chosen.process.iter())
                        .map(|&value| {
                            let mut facts = facts_to(eval, value, around(eval, def, value));
                            facts.extend(survival_facts(eval, value, &chosen.parent));
                            facts
                        })
                        .collect();
                    return match paths.as_slice() {
                        [one] => one.clone(),
                        _ => Fact::implied_by_each(&paths),
                    };
                }
                chosen.process.first().copied()
            }
            "call" => {
                if let Some(facts) = factory_choice(eval, current, function, kept) {
                    return facts;
                }
                current.field("function")
            }
            "conditional_expression" | "boolean_operator" => {
                if let Some(fact) = given_or_made(eval, current, function) {
                    return vec![fact];
                }
                return (current.kind_name() == "conditional_expression")
                    .then(|| chosen_branch(eval, current, function, in_executor))
                    .flatten()
                    .map(|branch| facts_to(eval, branch, around(eval, def, branch)))
                    .unwrap_or_default();
            }
            // A class picked from a table by a name (`EXECUTORS[kind]`).
            "subscript" => return pick_fact(eval, current, function).into_iter().collect(),
            _ => None,
        };
    }
    facts_of_handed_choice(eval, call, def, function)
}

/// Where the facts about a choice at `node` start: the function `def`, or the module for a
/// choice made at module level (`Executor = ThreadPoolExecutor if USE_THREADS else
/// ProcessPoolExecutor`), whose code runs once, before any function it defines is called.
fn around<'a>(eval: &Evaluator<'a>, def: Node<'a>, node: Node<'a>) -> Node<'a> {
    match TextRange::of(def).contains_range(TextRange::of(node)) {
        true => def,
        false => eval.root,
    }
}

/// The facts under which `call`, of a factory that picks the process pool by its arguments
/// (`Value::ChoosingFactory`), returns it: each of its conditions, as a fact about what the
/// call passes in the condition's slot (`make_executor(kind)`, `make_executor(self.kind)`),
/// which the wrapper around it keeps as a condition on its own parameter or on what its
/// instance keeps (`inferred::pending`). A slot the call leaves out, or fills with a literal,
/// was judged where the call was evaluated; so was a condition on a string folded first,
/// which a name cannot be. A condition on what the instance keeps (a method's `if
/// self.use_processes:`) holds of the instance a method of the class calls the factory on
/// (`self._executor()`, the only call evaluated as a pool, `Evaluator::eval`) and goes to
/// `kept` as it is. `None` when `call` is no such factory's.
fn factory_choice<'a>(
    eval: &Evaluator<'a>,
    call: Node<'a>,
    function: ScopeId,
    kept: &mut Vec<Condition>,
) -> Option<Vec<Fact<'a>>> {
    let called = call.field("function")?;
    let value = match eval.eval(called, function) {
        Value::Unknown => eval.called_factory(called, function, 0),
        value => value,
    };
    let (Value::ChoosingFactory { conditions, .. }
    | Value::ChoosingObjectFactory { conditions, .. }) = value
    else {
        return None;
    };
    let arguments = call.field("arguments")?;
    if crate::core::parse::has_splats(arguments) {
        return Some(Vec::new());
    }
    kept.extend(conditions.iter().filter(|condition| condition.kept));
    let facts = conditions
        .iter()
        .filter(|condition| !condition.kept)
        .filter_map(|condition| {
            let passed = argument(
                arguments,
                eval.source,
                condition.position,
                condition.keyword,
            )?;
            let (passed, fold) = folded_argument(eval, unparenthesize(passed), condition)?;
            let passed = unaliased(eval, passed, function);
            matches!(passed.kind_name(), "identifier" | "attribute").then(|| Fact {
                name: eval.text(passed),
                read: passed,
                test: condition.test,
                holds: condition.holds,
                fold,
            })
        })
        .collect();
    Some(facts)
}

/// What a call passes in a condition's slot, and how the condition folds it: a string method
/// the caller applies first (`_build(kind.strip().lower())`, the factory testing `kind ==
/// "process"`) is a fold of its own, applied before the condition's.
fn folded_argument<'a>(
    eval: &Evaluator<'a>,
    passed: Node<'a>,
    condition: &Condition,
) -> Option<(Node<'a>, Folds)> {
    if passed.kind_name() != "call" {
        return Some((passed, condition.fold));
    }
    if !matches!(
        condition.test,
        Test::Equals(..) | Test::Among { .. } | Test::Truthy
    ) {
        return None;
    }
    let (value, folds) = Folds::chain(eval, passed)?;
    Some((value, folds.then(condition.fold)?))
}

/// The facts by which `call`, a call in `function` of a factory that makes a process pool only
/// under conditions on its arguments (`def _build(kind): if kind == "process": return
/// ProcessPoolExecutor(2)` ...), gets the process pool: for a factory that returns what
/// another makes (`def make_executor(kind): return _build(kind.lower())`), those are its own
/// conditions on the way to that pool (`factories::read_factory`). A test of what an
/// instance keeps is no condition of `function`'s own arguments: none then.
pub fn facts_of_factory_call<'a>(
    eval: &Evaluator<'a>,
    call: Node<'a>,
    function: ScopeId,
) -> Vec<Fact<'a>> {
    let mut kept = Vec::new();
    match factory_choice(eval, call, function, &mut kept) {
        Some(facts) if kept.is_empty() => facts,
        _ => Vec::new(),
    }
}

/// The facts that hold where the pool `call` passes to a wrapper that hands over only when
/// given one (`Test::HandedPool`) was chosen over `None` or a thread pool: pyswarms'
///
/// ```text
/// def optimize(self, fn, n_processes=None):
///     pool = None if n_processes is None else mp.Pool(n_processes)  # `n_processes` not None
///     return compute(fn, pool=pool)             # `compute` hands over given a pool
///
/// opt.optimize(lambda x: x * k)                 # the default, None: no pool, no site
/// ```
fn facts_of_handed_choice<'a>(
    eval: &Evaluator<'a>,
    call: Node<'a>,
    def: Node<'a>,
    function: ScopeId,
) -> Vec<Fact<'a>> {
    let (Some(called), Some(arguments)) = (call.field("function"), call.field("arguments")) else {
        return Vec::new();
    };
    let Value::Function(head) = eval.eval(called, function) else {
        return Vec::new();
    };
    let handed = head
        .rows()
        .flat_map(|row| row.conditions)
        .filter(|c| c.test == Test::HandedPool && c.holds);
    for condition in handed {
        let passed = argument(
            arguments,
            eval.source,
            condition.position,
            condition.keyword,
        );
        let mut node = passed.map(unparenthesize);
        if let Some(name) = node.filter(|n| n.kind_name() == "identifier") {
            node = sole_value(eval, name, function);
        }
        let branch = node
            .filter(|n| n.kind_name() == "conditional_expression")
            .and_then(|choice| pool_or_nothing(eval, choice, function));
        if let Some(branch) = branch {
            return facts_to(eval, branch, def);
        }
    }
    Vec::new()
}

/// The fact that the parameter the caller may give the pool in is the process pool the
/// wrapper hands over to, when the wrapper makes one only where none is given: `executor if
/// executor is not None else ProcessPoolExecutor(2)`, `ProcessPoolExecutor(2) if executor is
/// None else executor`, `executor or ProcessPoolExecutor(2)`. A call that gives a thread pool
/// there is then no site (`refuted_by_thread_pool`), as for a pool parameter without a
/// default (`pool_parameter`).
fn given_or_made<'a>(
    eval: &Evaluator<'a>,
    choice: Node<'a>,
    function: ScopeId,
) -> Option<Fact<'a>> {
    let (given, made) = given_or_made_parts(eval, choice)?;
    let given = unparenthesize(given);
    let given = eval.closed_over(given).map_or(given, unparenthesize);
    if given.kind_name() != "identifier"
        || !matches!(
            eval.eval(made, function),
            Value::Instance { fork: false, .. }
        )
    {
        return None;
    }
    // Whether or not another file hands the parameter a process pool (`analysis::handed`),
    // a call that leaves it out gets the one made here.
    given_pool_fact(eval, given, function)
}

/// The fact that the parameter `name` names, one `function` never binds again, is the process
/// pool its caller gives (or that a missing one is replaced by): `Test::ProcessPool`.
fn given_pool_fact<'a>(
    eval: &Evaluator<'a>,
    name: Node<'a>,
    function: ScopeId,
) -> Option<Fact<'a>> {
    let text = eval.text(name);
    let [only] = eval.model.bindings_of(function, text) else {
        return None;
    };
    (eval.model.resolve(function, text) == Resolution::Scope(function)
        && eval.model.binding(*only).kind == BindingKind::Parameter)
        .then_some(Fact {
            name: text,
            read: name,
            test: Test::ProcessPool,
            holds: true,
            fold: Folds::NONE,
        })
}

/// The value given and the one made in its place by `choice` when it is one of the shapes
/// of `given_or_made`, unchecked.
fn given_or_made_parts<'a>(eval: &Evaluator<'a>, choice: Node<'a>) -> Option<(Node<'a>, Node<'a>)> {
    let choice = unparenthesize(choice);
    Some(match choice.kind_name() {
        "conditional_expression" => {
            let (first, test, last) = (
                choice.named_child(0)?,
                unparenthesize(choice.named_child(1)?),
                choice.named_child(2)?,
            );
            let words: Vec<&str> = eval.text(test).split_whitespace().collect();
            // The value given may be entered as it is (`contextlib.nullcontext(executor)`).
            let given = |node: Node<'a>| {
                let node = unparenthesize(node);
                eval.text(eval.closed_over(node).map_or(node, unparenthesize))
            };
            match words.as_slice() {
                [name, "is", "not", "None"] if given(first) == *name => (first, last),
                [name, "is", "None"] if given(last) == *name => (last, first),
                _ => return None,
            }
        }
        "boolean_operator" if eval.text(choice.field("operator")?) == "or" => {
            (choice.field("left")?, choice.field("right")?)
        }
        _ => return None,
    })
}

/// `given_or_made` written as statements, the local bound in the two branches of an `if` on
/// the parameter:
///
/// ```text
/// if executor is None:                          # or `if executor is not None:` and the
///     cm = ProcessPoolExecutor(2)               # branches the other way round
/// else:
///     cm = contextlib.nullcontext(executor)     # or `cm = executor`
/// with cm as ex:
///     return list(ex.map(fn, rows))
/// ```
///
/// `name` (`ex` above, a `with` target followed to what it enters, or `cm`) is bound only
/// there: to a process pool made in the branch where the parameter is `None`, and to the
/// parameter itself, as it is or through `closing`/`nullcontext`, in the other. The same
/// fact as `given_or_made`'s: the parameter is the process pool, so a caller passing a thread
/// pool there hands nothing over.
fn given_or_replaced<'a>(
    eval: &Evaluator<'a>,
    name: Node<'a>,
    function: ScopeId,
) -> Option<Fact<'a>> {
    if name.kind_name() != "identifier"
        || eval.model.resolve(function, eval.text(name)) != Resolution::Scope(function)
    {
        return None;
    }
    let bindings = eval.model.bindings_of(function, eval.text(name));
    if let [only] = bindings {
        let binding = eval.model.binding(*only);
        let value = unparenthesize(eval.node_at(binding.value?)?);
        return (binding.kind == BindingKind::WithTarget && value.kind_name() == "identifier")
            .then(|| given_or_replaced(eval, value, function))
            .flatten();
    }
    let mut parameter: Option<Node<'a>> = None;
    let mut made = false;
    let mut given = false;
    for id in bindings {
        let binding = eval.model.binding(*id);
        if binding.kind != BindingKind::Assignment || binding.written_in != function {
            return None;
        }
        let value = unparenthesize(eval.node_at(binding.value?)?);
        let entered = eval.closed_over(value).map_or(value, unparenthesize);
        let (branch, test) = if_branch_of(eval, binding.statement)?;
        let words: Vec<&str> = eval.text(test).split_whitespace().collect();
        let (tested, none_branch) = match words.as_slice() {
            [tested, "is", "None"] => (*tested, branch),
            [tested, "is", "not", "None"] => (*tested, !branch),
            _ => return None,
        };
        if entered.kind_name() == "identifier" && eval.text(entered) == tested && !none_branch {
            given = true;
        } else if none_branch
            && matches!(
                eval.eval(value, function),
                Value::Instance { fork: false, .. }
            )
        {
            made = true;
        } else {
            return None;
        }
        let tested_node = unparenthesize(test).child(0)?;
        if parameter.is_some_and(|p| eval.text(p) != tested) {
            return None;
        }
        parameter = Some(tested_node);
    }
    given_pool_fact(eval, parameter.filter(|_| made && given)?, function)
}

/// For an assignment statement directly in a branch of an `if` with no `elif`: whether it is
/// in the `if`'s own block (`true`) or its `else` block (`false`), and the `if`'s condition.
fn if_branch_of<'a>(eval: &Evaluator<'a>, statement: TextRange) -> Option<(bool, Node<'a>)> {
    let mut node = eval.statement_node(statement)?;
    if node.kind_name() == "assignment" {
        node = node.parent()?;
    }
    let block = node.parent().filter(|b| b.kind_name() == "block")?;
    let parent = block.parent()?;
    let (branch, if_statement) = match parent.kind_name() {
        "if_statement" => (true, parent),
        "else_clause" => (false, parent.parent()?),
        _ => return None,
    };
    let mut cursor = if_statement.walk();
    if if_statement
        .named_children(&mut cursor)
        .any(|c| c.kind_name() == "elif_clause")
    {
        return None;
    }
    let condition = unparenthesize(if_statement.field("condition")?);
    (condition.kind_name() == "comparison_operator").then_some((branch, condition))
}

/// The value of the one assignment that binds the local `name` in `function`.
pub(super) fn sole_value<'a>(
    eval: &Evaluator<'a>,
    name: Node<'a>,
    function: ScopeId,
) -> Option<Node<'a>> {
    if eval.model.resolve(function, eval.text(name)) != Resolution::Scope(function) {
        return None;
    }
    let [only] = eval.model.bindings_of(function, eval.text(name)) else {
        return None;
    };
    let binding = eval.model.binding(*only);
    (binding.kind == BindingKind::Assignment)
        .then(|| eval.node_at(binding.value?))
        .flatten()
}

/// What the local `name` is bound to once in `function`, when that is a name or an attribute
/// (`k = self.kind`, then `make_executor(k)` tests `self.kind`); else `name` itself.
pub(super) fn unaliased<'a>(eval: &Evaluator<'a>, name: Node<'a>, function: ScopeId) -> Node<'a> {
    sole_value(eval, name, function)
        .map(unparenthesize)
        .filter(|value| matches!(value.kind_name(), "identifier" | "attribute"))
        .unwrap_or(name)
}

/// The branch of `a if c else b` that is a process pool, when the other is `None` or a
/// thread pool.
fn pool_or_nothing<'a>(
    eval: &Evaluator<'a>,
    expression: Node<'a>,
    function: ScopeId,
) -> Option<Node<'a>> {
    let (first, last) = (expression.named_child(0)?, expression.named_child(2)?);
    let pool = |node: Node<'_>| {
        matches!(
            eval.eval(node, function),
            Value::Instance { fork: false, .. }
        )
    };
    let nothing = |node: Node<'_>| {
        unparenthesize(node).kind_name() == "none" || thread_pool(eval, node, function)
    };
    match (pool(first), pool(last)) {
        (true, false) if nothing(last) => Some(first),
        (false, true) if nothing(first) => Some(last),
        _ => None,
    }
}

/// The values a name is bound to where every binding is a plain one of a process-backed
/// value or of a thread pool (`chosen_bindings`).
#[derive(Default)]
struct Chosen<'a> {
    process: Vec<Node<'a>>,
    parent: Vec<Node<'a>>,
}

/// The values of the bindings of the local `name`, process-backed and running in the parent,
/// when every binding of it is one or the other: a thread pool, or `None` for `in_executor`
/// (`run_in_executor`'s default); none otherwise.
fn chosen_bindings<'a>(
    eval: &Evaluator<'a>,
    name: Node<'a>,
    function: ScopeId,
    in_executor: bool,
) -> Chosen<'a> {
    let Some(owner) = chosen_scope(eval, name, function) else {
        return Chosen::default();
    };
    let mut chosen = Chosen::default();
    for id in eval.model.bindings_of(owner, eval.text(name)) {
        let binding = eval.model.binding(*id);
        let value = binding.value.and_then(|value| eval.node_at(value));
        let Some(value) = value.filter(|_| {
            matches!(
                binding.kind,
                BindingKind::Assignment | BindingKind::WithTarget
            ) && binding.written_in == owner
        }) else {
            return Chosen::default();
        };
        if process_backed(eval, value, owner) {
            chosen.process.push(value);
        } else if runs_in_parent(eval, value, owner, in_executor) {
            chosen.parent.push(value);
        } else {
            return Chosen::default();
        }
    }
    chosen
}

/// The facts under which the process-backed `value` is still what its name holds after the
/// statement that follows its assignment, an `if` whose block starts by binding the name
/// again to one of `parent` (a thread pool): that `if`'s test failed.
///
/// ```text
/// Executor = ProcessPoolExecutor
/// if USE_THREADS:                   # still the process pool: `USE_THREADS` is falsy
///     Executor = ThreadPoolExecutor
/// ```
///
/// Nothing runs between the two statements but the test, and the block's first statement
/// runs whenever the test holds, so the facts a failed test gives (`facts_of`) hold wherever
/// the process pool reaches.
fn survival_facts<'a>(eval: &Evaluator<'a>, value: Node<'a>, parent: &[Node<'a>]) -> Vec<Fact<'a>> {
    let statement = |value: Node<'a>| {
        let assignment = value
            .parent()
            .filter(|a| a.kind_name() == "assignment" && a.field("right") == Some(value))?;
        assignment
            .parent()
            .filter(|s| s.kind_name() == "expression_statement")
    };
    let next = statement(value).and_then(|s| {
        let mut next = s.next_named_sibling();
        while next.is_some_and(|n| n.kind_name() == "comment") {
            next = next.and_then(|n| n.next_named_sibling());
        }
        next
    });
    let Some(next) = next.filter(|n| n.kind_name() == "if_statement") else {
        return Vec::new();
    };
    let first = next.field("consequence").and_then(|block| {
        let mut cursor = block.walk();
        block
            .named_children(&mut cursor)
            .find(|n| n.kind_name() != "comment")
    });
    let rebinds = first.is_some_and(|first| {
        parent
            .iter()
            .any(|&value| statement(value).is_some_and(|s| s.id() == first.id()))
    });
    match (rebinds, next.field("condition")) {
        (true, Some(condition)) => facts_of(eval, condition, false),
        _ => Vec::new(),
    }
}

/// The scope whose bindings of `name`, read in `function`, a choice is followed through:
/// `function`'s own, or the module's for a global (`Executor = ThreadPoolExecutor if
/// USE_THREADS else ProcessPoolExecutor`), whose module code has run before any call of
/// `function` (`chosen_binding` wants every binding written there, none by `global` in a
/// function).
fn chosen_scope(eval: &Evaluator<'_>, name: Node<'_>, function: ScopeId) -> Option<ScopeId> {
    match eval.model.resolve(function, eval.text(name)) {
        Resolution::Scope(owner) if owner == function || owner == SemanticModel::MODULE => {
            Some(owner)
        }
        _ => None,
    }
}

/// Whether `name` has more than one binding where `chosen_binding` follows it.
fn several_bindings(eval: &Evaluator<'_>, name: Node<'_>, function: ScopeId) -> bool {
    chosen_scope(eval, name, function)
        .is_some_and(|owner| eval.model.bindings_of(owner, eval.text(name)).len() > 1)
}

/// The branch of `a if c else b` that is process-backed, when the other is a thread pool (or
/// `None`, for `in_executor`).
fn chosen_branch<'a>(
    eval: &Evaluator<'a>,
    expression: Node<'a>,
    function: ScopeId,
    in_executor: bool,
) -> Option<Node<'a>> {
    let (first, last) = (expression.named_child(0)?, expression.named_child(2)?);
    match (
        process_backed(eval, first, function),
        process_backed(eval, last, function),
    ) {
        (true, false) if runs_in_parent(eval, last, function, in_executor) => Some(first),
        (false, true) if runs_in_parent(eval, first, function, in_executor) => Some(last),
        _ => None,
    }
}

/// Whether `node` is a process pool or executor, its class, or a process API itself (a
/// pool's method, `pool.map`, or a wrapper), none of a fork context; or a class of this file
/// with wrapper methods, or an instance of one (fastcore's `ProcessPoolExecutor` subclass,
/// whose `map` hands its callable to `super().map`), or of such a class of another file.
fn process_backed(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId) -> bool {
    matches!(
        eval.eval(node, scope),
        Value::Class { fork: false, .. }
            | Value::Instance { fork: false, .. }
            | Value::Function(_)
            | Value::OwnClass(_)
            | Value::OwnInstance(_)
            | Value::Declared(_)
    )
}

/// Whether `node` runs its tasks in the parent: a thread pool, `threading.Thread` (the
/// other choice of `Process if use_process else Thread`), or a serial map (`map`); with
/// `in_executor`, also `None`, which `run_in_executor` takes for the loop's thread pool.
fn runs_in_parent(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId, in_executor: bool) -> bool {
    let node = unparenthesize(node);
    (in_executor && node.kind_name() == "none")
        || thread_pool(eval, node, scope)
        || is_thread(eval, node, scope)
        || bound_once_to_thread_pool(eval, node, scope)
        || (matches!(node.kind_name(), "identifier" | "attribute")
            && qualified_name(eval, node, scope)
                .is_some_and(|name| SERIAL_MAPS.contains(&name.as_str())))
}

/// Whether `node` names a thread pool class, or calls one (`ThreadPoolExecutor(2)`).
pub(super) fn thread_pool(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId) -> bool {
    let node = unparenthesize(node);
    // `lambda: ThreadPoolExecutor(2)`, which makes thread pools as the class does.
    if node.kind_name() == "lambda" {
        return node
            .field("body")
            .is_some_and(|body| thread_pool(eval, body, eval.model.scope_at(body.start_byte())));
    }
    // `functools.partial(ThreadPoolExecutor, thread_name_prefix="io")` makes thread pools as
    // the class does.
    if let Some(class) = partial_of(eval, node, scope) {
        return thread_pool(eval, class, scope);
    }
    let class = match node.kind_name() {
        "call" => node.field("function"),
        _ => Some(node),
    };
    class.is_some_and(|class| {
        let class = unparenthesize(class);
        if let Some(class) = partial_of(eval, class, scope) {
            return thread_pool(eval, class, scope);
        }
        // `TP(2)` after `TP = functools.partial(ThreadPoolExecutor, ...)`.
        if node.kind_name() == "call"
            && class.kind_name() == "identifier"
            && let Some((value, written_in)) = sole_binding_value(eval, class, scope)
            && let Some(partial) = partial_of(eval, unparenthesize(value), written_in)
        {
            return thread_pool(eval, partial, written_in);
        }
        qualified_name(eval, class, scope).is_some_and(|name| THREAD_POOLS.contains(&name.as_str()))
            || thread_pool_subclass(eval, class, scope)
    })
}

/// The callable `node` partially applies, when it is `functools.partial(<callable>, ...)`.
fn partial_of<'a>(eval: &Evaluator<'a>, node: Node<'a>, scope: ScopeId) -> Option<Node<'a>> {
    let function = node
        .field("function")
        .filter(|_| node.kind_name() == "call")?;
    if qualified_name(eval, function, scope).as_deref() != Some("functools.partial") {
        return None;
    }
    let first = crate::core::parse::named_items(node.field("arguments")?)
        .into_iter()
        .next()?;
    (!matches!(
        first.kind_name(),
        "keyword_argument" | "list_splat" | "dictionary_splat"
    ))
    .then_some(first)
}

/// Whether `node` names a module-level class of this file that subclasses a thread pool and
/// nothing else from elsewhere, none of its classes handing a callable to a process API
/// (`values::inheritance`): fastcore's `ThreadPoolExecutor`, whose `map` calls `super().map`,
/// runs its tasks in the parent's threads as its base does.
fn thread_pool_subclass(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId) -> bool {
    let name = eval.text(node);
    node.kind_name() == "identifier"
        && eval.model.resolve(scope, name) == Resolution::Scope(SemanticModel::MODULE)
        && eval
            .module_class(name)
            .and_then(|class| eval.sole_imported_base(class))
            .is_some_and(|base| THREAD_POOLS.contains(&base.as_str()))
}

/// The fact that the parameter of `function` that `node` names (`cls` in `cls(2)`, `pool` in
/// `pool.map`), or whose context `node` takes a class from (`ctx` in `ctx.Pool`), is the
/// process-backed pool class, pool or context the caller chose: tqdm's
///
/// ```text
/// def _executor_map(PoolExecutor, fn, *iterables):       # `PoolExecutor` is a process pool
///     with PoolExecutor() as ex:                         # `ex` <- `PoolExecutor()`
///         return list(ex.map(fn, *iterables))            # the site
///
/// def thread_map(fn, *iterables):                        # no site: a thread pool's class
///     return _executor_map(ThreadPoolExecutor, fn, *iterables)
/// ```
///
/// Only a parameter bound nowhere else, so that its value is the caller's argument.
fn pool_parameter<'a>(eval: &Evaluator<'a>, node: Node<'a>, function: ScopeId) -> Option<Fact<'a>> {
    let name = match node.kind_name() {
        "identifier" => node,
        "attribute" => node
            .field("object")
            .filter(|o| o.kind_name() == "identifier")
            .filter(|o| matches!(eval.eval(*o, function), Value::Context { .. }))?,
        _ => return None,
    };
    let text = eval.text(name);
    if eval.model.resolve(function, text) != Resolution::Scope(function) {
        return None;
    }
    let (only, replaced) = match eval.model.bindings_of(function, text) {
        [only] => (only, false),
        // `if context is None: context = _mp_ctx()`: the caller's context wherever one is
        // given; `if executor is None: executor = ProcessPoolExecutor()`, its pool.
        [first, rest @ ..]
            if replaced_when_none(eval, text, rest)
                && matches!(
                    eval.eval(name, function),
                    Value::Context { .. } | Value::Instance { fork: false, .. }
                ) =>
        {
            (first, true)
        }
        _ => return None,
    };
    // A parameter replaced by a pool made here when none is given hands over whatever file
    // passes one, as in `given_or_made`: a call that leaves it out gets the one made here.
    let test = match eval.assumed_pool(*only) {
        Some(_) if !replaced => Test::HandedPool,
        _ if replaced => Test::ProcessPool,
        _ if threads_by_default(eval, *only, function) => Test::GivenPoolThreadsByDefault,
        _ => Test::GivenPool,
    };
    (eval.model.binding(*only).kind == BindingKind::Parameter).then_some(Fact {
        name: text,
        read: name,
        test,
        holds: true,
        fold: Folds::NONE,
    })
}

/// Whether the parameter `id` of `function` has a default that runs tasks in threads: a
/// thread pool's class or a call of it, or `multiprocessing.dummy` (read where the `def` runs).
fn threads_by_default(eval: &Evaluator<'_>, id: BindingId, function: ScopeId) -> bool {
    let binding = eval.model.binding(id);
    let Some(def) = eval.scope_node(function) else {
        return false;
    };
    let Some(outer) = eval.model.scope(function).parent else {
        return false;
    };
    super::conditions::default_node(eval, def, &binding.name).is_some_and(|default| {
        let default = unparenthesize(default);
        thread_pool(eval, default, outer) || dummy_module(eval, default, outer)
    })
}

/// Whether a call with `arguments`, in the code of `scope`, passes a thread pool where
/// `condition` asks for the process pool its wrapper hands the callable to (`pool_parameter`):
/// a thread pool's class or a call of it, a name bound once to one, or
/// `multiprocessing.dummy` for a context. Anything else (a process pool, a value the
/// evaluator cannot see, a splat hiding the slot) keeps the site.
pub fn refuted_by_thread_pool(
    eval: &Evaluator<'_>,
    condition: &Condition,
    arguments: Node<'_>,
    scope: ScopeId,
) -> bool {
    if condition.test == Test::HandedPool && condition.holds {
        return !passes_pool(eval, condition, arguments, scope);
    }
    let threads_by_default = condition.test == Test::GivenPoolThreadsByDefault;
    let given = condition.test == Test::GivenPool || threads_by_default;
    if !(condition.test == Test::ProcessPool || given) || !condition.holds {
        return false;
    }
    let splat = crate::core::parse::has_splats(arguments);
    let Some(passed) = argument(
        arguments,
        eval.source,
        condition.position,
        condition.keyword,
    ) else {
        return given
            && !splat
            && (threads_by_default || condition.default == Some(Constant::None));
    };
    let passed = unparenthesize(passed);
    (given && passed.kind_name() == "none")
        || thread_pool(eval, passed, scope)
        || dummy_module(eval, passed, scope)
        || bound_once_to_thread_pool(eval, passed, scope)
        || thread_pool_method(eval, passed, scope)
        || eval.holds_thread_pool(passed, scope)
        || plain_own_instance(eval, passed, scope, 0)
}

/// Whether `node` is an instance of a class of this file whose resolution order holds only
/// classes of this file that hand nothing to processes and forward no attribute they lack
/// (catalyst's `DumbPool`, a serial stand-in with the pool's `imap_unordered`): made in
/// place, or bound once to one.
fn plain_own_instance(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId, depth: usize) -> bool {
    use crate::core::analysis::values::Ancestor;
    match node.kind_name() {
        "call" if depth < 4 => {
            let Some(class) = node
                .field("function")
                .and_then(|f| eval.named_module_class(f, scope))
            else {
                return false;
            };
            // A subclass that turns an inherited method into a process wrapper
            // (`ProcRunner` setting the flag `Runner.map` tests) is a value the evaluator knows.
            if eval.defines_wrapper(class)
                || eval.inherits_wrappers(class)
                || eval.eval(node, scope) != Value::Unknown
            {
                return false;
            }
            eval.linearization(class).is_some_and(|order| {
                order.iter().all(|ancestor| match ancestor {
                    // One that forwards what it lacks (`__getattr__`) may hand it to a pool.
                    Ancestor::Own(own) => {
                        !eval.defines_wrapper(*own)
                            && !eval.provides_pools(*own)
                            && ["__getattr__", "__getattribute__"]
                                .iter()
                                .all(|name| eval.model.bindings_of(*own, name).is_empty())
                    }
                    _ => false,
                })
            })
        }
        "identifier" if depth < 4 => {
            sole_assigned_value(eval, node, scope).is_some_and(|(value, written_in)| {
                plain_own_instance(eval, unparenthesize(value), written_in, depth + 1)
            })
        }
        _ => false,
    }
}

/// Whether a call passes a thread pool where every hand-over of the wrapper needs `None`
/// (`if executor is None: with ProcessPoolExecutor() as ex: return ex.map(fn, xs)`, then
/// `return executor.map(fn, xs)`): a thread pool is not `None`, so the call takes none of
/// them (and whatever it does with the thread pool hands nothing to processes).
pub fn refuted_by_given_thread_pool(
    eval: &Evaluator<'_>,
    condition: &Condition,
    arguments: Node<'_>,
    scope: ScopeId,
) -> bool {
    if condition.test != Test::IsNone
        || !condition.holds
        || condition.kept
        || !condition.fold.is_empty()
        || crate::core::parse::has_splats(arguments)
    {
        return false;
    }
    passes_thread_pool_at(
        eval,
        arguments,
        condition.position,
        condition.keyword,
        scope,
    )
}

/// Whether a call with `arguments`, in the code of `scope`, passes a thread pool at
/// `position` or by `keyword`: a thread pool's class called there, or a name bound to one.
pub(super) fn passes_thread_pool_at(
    eval: &Evaluator<'_>,
    arguments: Node<'_>,
    position: Option<usize>,
    keyword: Option<&str>,
    scope: ScopeId,
) -> bool {
    let passed = argument(arguments, eval.source, position, keyword);
    passed.map(unparenthesize).is_some_and(|passed| {
        thread_pool(eval, passed, scope)
            || bound_once_to_thread_pool(eval, passed, scope)
            || eval.holds_thread_pool(passed, scope)
    })
}

/// Whether `node` is a thread pool's bound method, for a parameter the wrapper calls as the
/// process pool's method it was given (dask's `get_async(apply_async, ...)`): `tx.submit`
/// with `tx` a thread pool by `bound_once_to_thread_pool` or a call of its class, or a name
/// bound once to such a method (`submit = tx.submit`).
fn thread_pool_method(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId) -> bool {
    let node = match node.kind_name() {
        "identifier" => match sole_binding_value(eval, node, scope) {
            Some((value, written_in)) => return thread_pool_attribute(eval, value, written_in),
            None => return false,
        },
        _ => node,
    };
    thread_pool_attribute(eval, node, scope)
}

/// `thread_pool_method` for an attribute: its object runs its tasks in threads.
fn thread_pool_attribute(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId) -> bool {
    let node = unparenthesize(node);
    node.kind_name() == "attribute"
        && node.field("object").is_some_and(|object| {
            let object = unparenthesize(object);
            thread_pool(eval, object, scope) || bound_once_to_thread_pool(eval, object, scope)
        })
}

/// The value of the one assignment or `with` target binding the name `node` in the scope it
/// resolves to, and the scope that value is read in.
fn sole_binding_value<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    scope: ScopeId,
) -> Option<(Node<'a>, ScopeId)> {
    let binding = eval.model.sole_binding(scope, eval.text(node))?;
    if !matches!(
        binding.kind,
        BindingKind::Assignment | BindingKind::WithTarget
    ) {
        return None;
    }
    Some((eval.node_at(binding.value?)?, binding.written_in))
}

/// Whether each of `assignments` is a plain assignment in the block of an `if <name> is
/// None:` (not nested deeper), which replaces only a missing value (nltk's `if context is
/// None: context = _mp_ctx()`), or one whose value keeps the name's when there is one
/// (`executor = executor or ProcessPoolExecutor()`, `given_or_made`).
pub(super) fn replaced_when_none(
    eval: &Evaluator<'_>,
    name: &str,
    assignments: &[BindingId],
) -> bool {
    assignments.iter().all(|&id| {
        let binding = eval.model.binding(id);
        // name <- assignment <- expression_statement <- block <- if_statement
        let test = eval
            .node_at(binding.range)
            .and_then(|name| name.parent())
            .filter(|a| a.kind_name() == "assignment")
            .and_then(|s| s.parent())
            .filter(|s| s.kind_name() == "expression_statement")
            .and_then(|s| s.parent())
            .filter(|block| block.kind_name() == "block")
            .and_then(|block| block.parent());
        let keeps_given = || {
            let value = binding.value.and_then(|value| eval.node_at(value));
            value
                .and_then(|value| given_or_made_parts(eval, value))
                .is_some_and(|(given, _)| {
                    unparenthesize(given).kind_name() == "identifier" && eval.text(given) == name
                })
        };
        binding.kind == BindingKind::Assignment
            && (test.is_some_and(|test| tests_none(eval, test, name)) || keeps_given())
    })
}

/// Whether `statement` is an `if` whose condition is `<name> is None`, or a local bound once,
/// before it, to that test (`own = executor is None`, then `if own:`).
fn tests_none(eval: &Evaluator<'_>, statement: Node<'_>, name: &str) -> bool {
    let Some(condition) = statement.field("condition").map(unparenthesize) else {
        return false;
    };
    let is_none = |condition: Node<'_>| {
        condition.kind_name() == "comparison_operator"
            && eval.text(condition).split_whitespace().collect::<Vec<_>>() == [name, "is", "None"]
    };
    let alias = || {
        let scope = eval.model.scope_at(condition.start_byte());
        let binding = eval.model.sole_binding(scope, eval.text(condition))?;
        let value = eval.node_at(binding.value?)?;
        (binding.kind == BindingKind::Assignment
            && binding.range.end <= statement.start_byte()
            && binding.scope == scope)
            .then(|| is_none(unparenthesize(value)))
    };
    statement.kind_name() == "if_statement"
        && (is_none(condition) || (condition.kind_name() == "identifier" && alias() == Some(true)))
}

/// Whether a call with `arguments` passes an explicit fork context where `condition` asks for
/// the context its wrapper makes a `Process` from (`pool_parameter`), for a wrapper `row`
/// whose callable a forked child inherits without pickling: `run(fn,
/// context=get_context("fork"))`, or a name or factory that gives one. A fork context's pool
/// still pickles its tasks, so `row`s that are pickled under fork are never refuted here.
pub fn refuted_by_fork_context(
    eval: &Evaluator<'_>,
    row: &ApiRow,
    condition: &Condition,
    arguments: Node<'_>,
    scope: ScopeId,
) -> bool {
    let pool = matches!(
        condition.test,
        Test::ProcessPool | Test::GivenPool | Test::GivenPoolThreadsByDefault
    );
    if row.pickled_under_fork || !pool || !condition.holds {
        return false;
    }
    argument(
        arguments,
        eval.source,
        condition.position,
        condition.keyword,
    )
    .is_some_and(|passed| eval.eval(passed, scope) == Value::Context { fork: true })
}

/// Whether a call with `arguments` passes a process pool or executor (a fork context's too,
/// whose tasks are pickled all the same) in the slot of `condition`'s parameter: what another
/// file passing one made the wrapper assume (`analysis::handed`). A pool passed by keyword is the parameter's whatever
/// `**kwargs` follows; by position, a `*args` may shift it to another slot.
pub(super) fn passes_pool(
    eval: &Evaluator<'_>,
    condition: &Condition,
    arguments: Node<'_>,
    scope: ScopeId,
) -> bool {
    let mut cursor = arguments.walk();
    let shifted = arguments
        .named_children(&mut cursor)
        .any(|a| a.kind_name() == "list_splat");
    let Some(passed) = argument(
        arguments,
        eval.source,
        condition.position,
        condition.keyword,
    ) else {
        return false;
    };
    let by_keyword = passed
        .parent()
        .is_some_and(|parent| parent.kind_name() == "keyword_argument");
    // A process pool's method, where the parameter was assumed one (`handed::Held::Method`):
    // a thread pool's method is `Unknown`, so no site.
    (by_keyword || !shifted)
        && match eval.eval(passed, scope) {
            Value::Instance { .. } | Value::Declared(_) | Value::OwnInstance(_) => true,
            Value::Function(row) => matches!(row.target, Target::Method(_)),
            // A process pool's class, or a callable that makes its pools, where a
            // constructor's parameter was assumed one (`handed::Held::PoolClass`).
            Value::Class { class, .. } | Value::Factory { class, .. } => class != Class::Process,
            _ => lambda_pool(eval, passed).is_some(),
        }
}

/// The class and fork-ness of the process pool the lambda `node` makes (`lambda:
/// ProcessPoolExecutor(2)`), which is held as the pool's class is (`handed::Held::PoolClass`).
pub(super) fn lambda_pool(eval: &Evaluator<'_>, node: Node<'_>) -> Option<(Class, bool)> {
    let node = unparenthesize(node);
    if node.kind_name() != "lambda" {
        return None;
    }
    let body = node.field("body")?;
    match eval.eval(body, eval.model.scope_at(body.start_byte())) {
        Value::Instance { class, fork } if class != Class::Process => Some((class, fork)),
        _ => None,
    }
}

/// Whether `node` is `multiprocessing.dummy`, the module that makes thread pools under the
/// names of `multiprocessing`'s process classes: by an import of it, or as the attribute of
/// `multiprocessing` (imported as itself and as `import multiprocessing.dummy`, its name has
/// two bindings).
fn dummy_module(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId) -> bool {
    if qualified_name(eval, node, scope).as_deref() == Some("multiprocessing.dummy") {
        return true;
    }
    let (Some(object), Some(attr)) = (node.field("object"), node.field("attribute")) else {
        return false;
    };
    node.kind_name() == "attribute"
        && eval.text(attr) == "dummy"
        && eval.eval(object, scope) == Value::Module("multiprocessing".to_string())
}

/// Whether the name `node` has one binding in the scope it resolves to, an assignment or
/// `with` target whose value is a thread pool (`ex = ThreadPoolExecutor(4)`).
fn bound_once_to_thread_pool(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId) -> bool {
    sole_assigned_value(eval, node, scope)
        .is_some_and(|(value, written_in)| thread_pool(eval, value, written_in))
}

/// The value the name `node`, read in `scope`, is bound to by its one binding there, an
/// assignment or a `with` target, and the scope that binds it.
fn sole_assigned_value<'a>(
    eval: &Evaluator<'a>,
    node: Node<'_>,
    scope: ScopeId,
) -> Option<(Node<'a>, ScopeId)> {
    if node.kind_name() != "identifier" {
        return None;
    }
    let Resolution::Scope(owner) = eval.model.resolve(scope, eval.text(node)) else {
        return None;
    };
    let [only] = eval.model.bindings_of(owner, eval.text(node)) else {
        return None;
    };
    let binding = eval.model.binding(*only);
    if !matches!(
        binding.kind,
        BindingKind::Assignment | BindingKind::WithTarget
    ) {
        return None;
    }
    let value = eval.node_at(binding.value?)?;
    Some((value, binding.written_in))
}
