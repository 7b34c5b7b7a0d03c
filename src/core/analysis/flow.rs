//! Whether binding a captured variable where the work is handed over reads the value the
//! original would have read.
//!
//! A closure reads a captured variable when it runs; a lifted function is given the value when
//! the work is handed over. Two things can make those differ, and both silently change what a
//! program does, so the lift is refused:
//! - **The variable may be unbound at the hand-over.** `if verbose: prefix = "> "` then
//!   `pool.map(partial(render, verbose=verbose, prefix=prefix), xs)` raises UnboundLocalError
//!   where the original ran, since the worker only read `prefix` when `verbose` was set.
//! - **The variable changes between creating a process and starting it.** Under fork a `Process`
//!   target reads its captures when the child starts; `for r in regions:
//!   procs.append(Process(target=lambda: q.put(r)))` followed by starting every process prints the
//!   last region each time, and binding `r` per iteration would print each region.
//!
//! "Definitely assigned" is a simple walk over the statements of the scope that owns the
//! variable, in order, down to the statement holding the hand-over. A statement assigns the
//! variable when it binds it outside any condition (`x = ...`, `import x`, `def x`, `with ...
//! as x`), or when every way through it that reaches the next statement does: both arms of an
//! `if`/`else` (an arm that returns or raises counts as either), the body of a `try` and each of
//! its handlers, or its `finally`. A loop's body may run zero times, so it assigns nothing to
//! what follows the loop; inside the loop, its target is assigned. Worked example, the
//! hand-over on the last line:
//!
//! ```text
//! def run(xs, verbose):         <- parameters are assigned
//!     if verbose:
//!         prefix = "> "         <- only one arm: not assigned after the `if`
//!     else:
//!         return []             <- ... unless the other arm leaves: then it is
//!     pool.map(partial(render, prefix=prefix), xs)
//! ```

use tree_sitter::Node;

use super::api::{Class, Target};
use super::parent_state::reads_only;
use super::sites::Site;
use super::values::Evaluator;
use crate::core::node::NodeExt;
use crate::core::semantic::{Binding, BindingKind, Resolution, ScopeId, ScopeKind, SemanticModel};
use crate::core::source::TextRange;

/// Refuse when a captured name may be unbound at `site`, or may be assigned again (after the
/// call, or by a loop around it) between creating the process there and starting it.
pub fn check_flow(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    captured: &[(String, ScopeId)],
) -> Result<(), String> {
    for (name, owner) in captured {
        check_captured(eval, site, name, *owner)?;
    }
    Ok(())
}

/// `check_flow` for one captured name, bound in `owner`.
fn check_captured(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    name: &str,
    owner: ScopeId,
) -> Result<(), String> {
    let model = eval.model;
    let bindings: Vec<&Binding> = model
        .bindings_of(owner, name)
        .iter()
        .map(|&id| model.binding(id))
        .collect();
    if model.scope(owner).kind == ScopeKind::Comprehension {
        return check_comprehension_variable(eval, site, name, &bindings);
    }
    if owner == SemanticModel::MODULE {
        return check_global(eval, site, name, &bindings);
    }
    check_later_arguments(eval, site, name, owner, &bindings)?;
    let Some((body, at, inner)) = hand_over(eval, site, owner) else {
        return Ok(());
    };
    // A walrus in the comprehension that holds the hand-over assigns before each element.
    let in_inner = |b: &&Binding| inner.iter().any(|r| r.contains_range(b.range));
    if !bindings
        .iter()
        .any(|b| b.kind == BindingKind::Parameter || in_inner(b))
        && !definitely_assigned(eval, body, at, &bindings)
    {
        return Err(format!(
            "`{name}` may be unbound where the work is handed over (it is not assigned on every path before it), and passing it there would raise UnboundLocalError where the original did not"
        ));
    }
    if site.row.deferred || (site.row.lazy && !consumed_at_once(eval, site.call)) {
        return check_kept(eval, site, body, name, owner, &bindings);
    }
    if site.row.pickled_under_fork {
        return Ok(());
    }
    // A wrapper that starts the process before it returns reads captures at its call.
    if starts_at_call(eval, site) {
        return Ok(());
    }
    // A call between creating and starting may run a nested function that assigns it.
    if !started(eval, site.call, |_| false) {
        check_not_reassigned_elsewhere(eval, owner, name, &bindings)?;
    }
    if started_at_once(eval, site.call, &bindings) {
        return Ok(());
    }
    // `items += [100]` on a list extends the object the worker is given, as fork sees it.
    let rebinding: Vec<&Binding> = bindings
        .iter()
        .copied()
        .filter(|b| !updated_in_place(eval, b, &bindings))
        .collect();
    check_not_reassigned(site, body, name, &rebinding)
}

/// Whether `binding` is an augmented assignment that changes a list, dict or set in place
/// (`items += [...]`, `seen |= {...}`), the name's other bindings each making one of those
/// (a display, a comprehension, or the builtin `list`, `dict` or `set` called): the object
/// stays the same, only its contents change.
fn updated_in_place(eval: &Evaluator<'_>, binding: &Binding, bindings: &[&Binding]) -> bool {
    let augmented = |b: &Binding| {
        let statement = eval
            .statement_node(b.statement)
            .map(|s| match s.kind_name() {
                "expression_statement" => s.named_child(0).unwrap_or(s),
                _ => s,
            });
        statement.is_some_and(|s| {
            s.kind_name() == "augmented_assignment"
                && s.field("operator").is_some_and(|o| {
                    matches!(eval.text(o), "+=" | "|=" | "-=" | "&=" | "^=" | "*=")
                })
        })
    };
    let made = |b: &Binding| {
        b.value
            .and_then(|v| eval.node_at(v))
            .map(super::callables::unparenthesize)
            .is_some_and(|value| {
                super::defaults::is_mutable_display(value)
                    || super::unpacked::builtin_called(eval, value)
                        .is_some_and(|(name, _)| matches!(name, "list" | "dict" | "set"))
            })
    };
    augmented(binding)
        && bindings.iter().all(|b| made(b) || augmented(b))
        && bindings.iter().any(|b| made(b))
}

/// Whether the generator `call` makes is run to its end where it is made (`ApiRow::lazy`),
/// with no code of the caller's between its steps: handed to a builtin that consumes it
/// (`list(lazy_map(fn, xs))`), or iterated by the first `for` of a list, set or dict
/// comprehension that assigns nothing (no `:=`). A `for` statement runs its body between
/// the steps, which may assign what a later step hands over; a generator kept in a name,
/// returned, or read by a generator expression runs later.
pub fn consumed_at_once(eval: &Evaluator<'_>, call: Node<'_>) -> bool {
    let node = crate::core::analysis::callables::parenthesized(call);
    let Some(parent) = node.parent() else {
        return false;
    };
    match parent.kind_name() {
        "argument_list" => parent
            .parent()
            .and_then(|consumer| super::unpacked::builtin_called(eval, consumer))
            .is_some_and(|(name, _)| {
                matches!(
                    name,
                    "list"
                        | "tuple"
                        | "set"
                        | "frozenset"
                        | "sorted"
                        | "dict"
                        | "sum"
                        | "min"
                        | "max"
                        | "any"
                        | "all"
                )
            }),
        "for_in_clause" => {
            let first = parent.parent().is_some_and(|comprehension| {
                matches!(
                    comprehension.kind_name(),
                    "list_comprehension" | "set_comprehension" | "dictionary_comprehension"
                ) && comprehension
                    .named_children(&mut comprehension.walk())
                    .find(|c| c.kind_name() == "for_in_clause")
                    == Some(parent)
                    && !has_walrus(comprehension)
            });
            first && parent.field("right") == Some(node)
        }
        _ => false,
    }
}

/// Whether `node` holds an assignment expression (`:=`).
fn has_walrus(node: Node<'_>) -> bool {
    let mut stack = vec![node];
    while let Some(node) = stack.pop() {
        if node.kind_name() == "named_expression" {
            return true;
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    false
}

/// Refuse when `name` may be assigned again after a wrapper that keeps the callable for a
/// later hand-over is called (`b.add(lambda x: x + k, 1)`, then `k = 4`, then `b.run()`):
/// the original reads the variable when the work runs, a value bound at the call reads it
/// there. Assigned after the call in its block, by a loop around it, or by a nested function.
fn check_kept(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    body: Node<'_>,
    name: &str,
    owner: ScopeId,
    bindings: &[&Binding],
) -> Result<(), String> {
    check_not_reassigned_elsewhere(eval, owner, name, bindings)?;
    // `functools.partial(Process, target=work)` keeps it, not `Process`.
    let label = match site.call.field("function").map(|f| eval.text(f)) {
        Some(function) if function == "partial" || function.ends_with(".partial") => {
            format!("`{function}(...)` over {}", site.row.name_label())
        }
        _ => site.row.name_label(),
    };
    let keeps = match site.row.deferred {
        true => "keeps the callable to hand it over later",
        false => "is a generator that hands the callable over only when it is iterated",
    };
    if bindings
        .iter()
        .any(|b| b.statement.start > site.call.end_byte())
    {
        return Err(format!(
            "`{name}` is assigned again after the call of {label}, which {keeps}, and the worker would see the value at that call instead of the one the original reads when the work runs"
        ));
    }
    if reassigned_in_loop(site, body, bindings) {
        return Err(format!(
            "`{name}` is assigned again by the loop around the call of {label}, which {keeps}, and the worker would see each value instead of the one the original reads when the work runs"
        ));
    }
    Ok(())
}

/// Refuse when an argument after the callable in the call that hands it over assigns `name`:
/// `pmap(lambda x: x / total, load(xs))` with a nested `load` that sets `total` through
/// `nonlocal`, or `(total := ...)` written there. The lift binds the value where the
/// callable stands, before those arguments run; the closure read it when the work ran,
/// after them.
fn check_later_arguments(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    name: &str,
    owner: ScopeId,
    bindings: &[&Binding],
) -> Result<(), String> {
    let model = eval.model;
    // A callable kept elsewhere (`self.shift = lambda ...`) is not among the arguments.
    if !TextRange::of(site.arguments).contains_range(TextRange::of(site.callable)) {
        return Ok(());
    }
    let after = site.callable.end_byte();
    let later = TextRange::new(after, site.arguments.end_byte());
    if bindings.iter().any(|b| later.contains_range(b.range)) {
        return Err(format!(
            "`{name}` is assigned in an argument after it, which runs after the value would be bound where the callable stands"
        ));
    }
    // The nested functions of the owner that assign it (`nonlocal`).
    let writers: Vec<ScopeId> = bindings
        .iter()
        .map(|b| model.scope_at(b.range.start))
        .filter(|scope| *scope != owner && model.scope(*scope).kind == ScopeKind::Function)
        .collect();
    if writers.is_empty() {
        return Ok(());
    }
    let called = model.references.iter().find(|r| {
        later.contains_range(r.range)
            && match r.resolution {
                crate::core::semantic::Resolution::Scope(scope) => model
                    .bindings_of(scope, &r.name)
                    .iter()
                    .filter_map(|&id| model.scope_created_by(model.binding(id).statement))
                    .any(|function| writers.contains(&function)),
                _ => false,
            }
    });
    match called {
        Some(reference) => Err(format!(
            "`{name}` is assigned by `{}` (`nonlocal`), called in an argument after it, which runs after the value would be bound where the callable stands",
            reference.name
        )),
        None => Ok(()),
    }
}

/// A global passed as a value, because a function around the hand-over assigns it through
/// `global` (`captures::module_need`) or because it is a guard global: checked in the body
/// that assigns it (that function's, or the module's) as a local is, since `MODE = "final"`
/// between `Process(target=publish)` and `start()` is what a worker started under fork
/// reads.
fn check_global(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    name: &str,
    bindings: &[&Binding],
) -> Result<(), String> {
    // A wrapper that keeps the callable, or a generator not iterated at once, hands it over
    // later: what the module or a function assigns after the call is what the work reads.
    let kept = site.row.deferred || (site.row.lazy && !consumed_at_once(eval, site.call));
    if !kept && site.row.pickled_under_fork {
        return check_not_assigned_since_forked(eval, site, name, bindings);
    }
    if !kept && starts_at_call(eval, site) {
        return Ok(());
    }
    // A guard global (`mode = "fast"` under the `__main__` guard, after `Process(...)` and
    // before `start()`) is written by the module itself.
    let mut writers: Vec<ScopeId> = bindings.iter().map(|b| b.written_in).collect();
    writers.sort_by_key(|scope| scope.0);
    writers.dedup();
    for writer in writers {
        let Some((body, _, _)) = hand_over(eval, site, writer) else {
            if writer != SemanticModel::MODULE {
                called_again(eval, site, name, writer)?;
            }
            continue;
        };
        let own: Vec<&Binding> = bindings
            .iter()
            .copied()
            .filter(|b| b.written_in == writer)
            .collect();
        if kept {
            // A generator over a pool forks its workers at its first step, after which what
            // the parent assigns no longer reaches them: only the assignments before that step
            // count (`for r in imap_progress(...)`, or `gen = ...` up to its first read).
            let own = match first_step(eval, site).filter(|_| !site.row.deferred) {
                Some(step) => own
                    .into_iter()
                    .filter(|b| b.statement.start < step)
                    .collect(),
                None => own,
            };
            check_kept(eval, site, body, name, writer, &own)?;
        } else if !started_at_once(eval, site.call, &own) {
            check_not_reassigned(site, body, name, &own)?;
        }
    }
    Ok(())
}

/// Whether the processes the site hands the callable to start before its call returns: a
/// wrapper that starts them (`ApiRow::started`), or `multiprocessing.Pool`, whose constructor
/// starts its workers, the initializer with them (a `ProcessPoolExecutor` starts its own at
/// its first `submit`). Under fork they read captured values there, as a value bound at the
/// call does.
/// Not a pool with `maxtasksperchild`, which forks replacement workers later, each running
/// the initializer with the parent's values of that time.
fn starts_at_call(eval: &Evaluator<'_>, site: &Site<'_>) -> bool {
    let replaces = || {
        super::values::argument(
            site.arguments,
            eval.source,
            Some(3),
            Some("maxtasksperchild"),
        )
        .is_some_and(|value| eval.text(value) != "None")
    };
    site.row.started || (site.row.target == Target::Constructor(Class::Pool) && !replaces())
}

/// Where a generator wrapper over a pool (`site.row.lazy`, its tasks pickled under fork too)
/// takes its first step, when that can be told: at once for the iterable of a `for`
/// statement, else at the first read of the name its call is assigned to (`gen =
/// imap_progress(...)`, then `list(gen)`). Its workers are forked there.
fn first_step(eval: &Evaluator<'_>, site: &Site<'_>) -> Option<usize> {
    if !site.row.lazy || !site.row.pickled_under_fork {
        return None;
    }
    let node = crate::core::analysis::callables::parenthesized(site.call);
    let parent = node.parent()?;
    match parent.kind_name() {
        "for_statement" if parent.field("right") == Some(node) => Some(site.call.end_byte()),
        "assignment" if parent.field("right") == Some(node) => {
            let target = parent
                .field("left")
                .filter(|l| l.kind_name() == "identifier")?;
            let name = eval.text(target);
            eval.model
                .references
                .iter()
                .filter(|r| {
                    r.name == name
                        && r.resolution == Resolution::Scope(site.scope)
                        && r.range.start > site.call.end_byte()
                })
                .map(|r| r.range.start)
                .min()
        }
        _ => None,
    }
}

/// Refuse when the module-level `name` may change between the moment the workers of the pool
/// a site calls are forked and the call:
///
/// ```text
/// if __name__ == "__main__":
///     LIMIT = 1
///     def work(x): return x + LIMIT
///     pool = Pool(2)          # under fork, the workers are forked here, with LIMIT == 1
///     LIMIT = 100
///     pool.map(work, xs)      # a lift binds LIMIT here: 100
/// ```
///
/// Only under fork does the original run at all (pickle finds `work` in the forked
/// `__main__`), and its workers read the value the global had when they were forked, which a
/// value bound at the call does not keep. A `multiprocessing` pool forks when it is made, an
/// executor at its first task (`forked_since`). In between (to the end of a loop around the
/// call that the fork is outside of, whose next turn sees what the rest of it does), the
/// global must not be assigned, read other than plainly (`plain_read`: an alias or an
/// argument may change it in place), or reachable from a function of the file called there.
fn check_not_assigned_since_forked(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    name: &str,
    bindings: &[&Binding],
) -> Result<(), String> {
    let Some(forked) = forked_since(eval, site) else {
        return Ok(());
    };
    let call = TextRange::of(site.call);
    let until = std::iter::successors(site.call.parent(), |n| n.parent())
        .take_while(|n| n.start_byte() > forked)
        .filter(|n| matches!(n.kind_name(), "for_statement" | "while_statement"))
        .last()
        .map_or(call.start, |outer| outer.end_byte());
    let within = |range: TextRange| {
        forked < range.start && range.end <= until && !call.contains_range(range)
    };
    let line = |at: usize| eval.line_at(at);
    let why = "and under fork its workers, forked before that, see it as it was, while the fix would pass it as it is at the call";
    if let Some(binding) = bindings
        .iter()
        .find(|b| b.written_in == SemanticModel::MODULE && within(b.range))
    {
        return Err(format!(
            "`{name}` is assigned again (line {}) after the pool's workers are forked, {why}",
            line(binding.range.start)
        ));
    }
    for reference in &eval.model.references {
        if reference.resolution != Resolution::Scope(SemanticModel::MODULE)
            || !within(reference.range)
        {
            continue;
        }
        let Some(node) = eval
            .root
            .descendant_for_byte_range(reference.range.start, reference.range.end)
        else {
            continue;
        };
        if reference.name == name && !plain_read(eval, node) {
            return Err(format!(
                "`{name}` may be changed in place (`{}`, line {}) after the pool's workers are forked, {why}",
                eval.one_line(shown_use(node)),
                line(reference.range.start)
            ));
        }
        let called = node
            .parent()
            .filter(|p| p.kind_name() == "call" && p.field("function") == Some(node));
        if called.is_some() && function_reaches(eval, &reference.name, name, 0) {
            return Err(format!(
                "`{}` (line {}) may change `{name}` after the pool's workers are forked, {why}",
                reference.name,
                line(reference.range.start)
            ));
        }
    }
    Ok(())
}

/// What a message shows of a use of the read `node`: the whole call, item or attribute
/// chain it is part of, or the assignment it is the value or target of.
fn shown_use(node: Node<'_>) -> Node<'_> {
    let mut shown = node;
    while let Some(parent) = shown.parent().filter(|p| {
        matches!(
            p.kind_name(),
            "subscript"
                | "attribute"
                | "call"
                | "argument_list"
                | "keyword_argument"
                | "parenthesized_expression"
                | "assignment"
                | "augmented_assignment"
        )
    }) {
        shown = parent;
    }
    shown
}

/// Where the workers of the pool `site` calls a method of are forked: where a
/// `multiprocessing` pool is made (`sites::instance_made_at`); for a `ProcessPoolExecutor`,
/// its first `submit` or `map` after it is made and before the site, if any (none: they are
/// forked by the site's own call, with the value the fix passes).
fn forked_since(eval: &Evaluator<'_>, site: &Site<'_>) -> Option<usize> {
    let made = super::sites::instance_made_at(eval, site)?;
    match site.row.target {
        Target::Method(Class::Pool) => Some(made),
        Target::Method(Class::ProcessPoolExecutor) => {
            let object = site
                .call
                .field("function")
                .and_then(|f| f.field("object"))
                .filter(|o| o.kind_name() == "identifier")?;
            let object_name = eval.text(object);
            let resolution = eval.model.resolve(site.scope, object_name);
            eval.model
                .references
                .iter()
                .filter(|r| {
                    r.name == object_name
                        && r.resolution == resolution
                        && made < r.range.start
                        && r.range.end <= site.call.start_byte()
                })
                .filter_map(|r| {
                    eval.root
                        .descendant_for_byte_range(r.range.start, r.range.end)
                })
                .find(|node| {
                    node.parent().is_some_and(|attribute| {
                        attribute.kind_name() == "attribute"
                            && attribute
                                .field("attribute")
                                .is_some_and(|a| matches!(eval.text(a), "submit" | "map"))
                            && attribute.parent().is_some_and(|c| c.kind_name() == "call")
                    })
                })
                .map(|node| node.start_byte())
        }
        _ => None,
    }
}

/// Builtins that read their arguments without changing them or keeping them.
const PLAIN_BUILTINS: [&str; 22] = [
    "print",
    "len",
    "str",
    "repr",
    "int",
    "float",
    "bool",
    "sorted",
    "sum",
    "min",
    "max",
    "any",
    "all",
    "list",
    "tuple",
    "set",
    "frozenset",
    "dict",
    "format",
    "isinstance",
    "abs",
    "round",
];

/// Whether the read `node` of a global only reads its value where it is: an operand, an
/// f-string's value, an argument of a builtin of `PLAIN_BUILTINS`, a method of
/// `parent_state::reads_only` or an attribute or item read the same way, a bare statement. Anything
/// else (an alias, an argument of another function, a method that may change it, an item or
/// attribute assigned) may change it in place, now or later.
fn plain_read(eval: &Evaluator<'_>, node: Node<'_>) -> bool {
    let Some(parent) = node.parent() else {
        return false;
    };
    let is_field = |field: &str| parent.field(field) == Some(node);
    match parent.kind_name() {
        "binary_operator"
        | "comparison_operator"
        | "boolean_operator"
        | "not_operator"
        | "unary_operator"
        | "interpolation"
        | "expression_statement"
        | "conditional_expression" => true,
        "parenthesized_expression" => plain_read(eval, parent),
        "subscript" if is_field("value") => plain_read(eval, parent),
        "subscript" => true,
        "attribute" if is_field("object") => {
            let called = parent
                .parent()
                .is_some_and(|c| c.kind_name() == "call" && c.field("function") == Some(parent));
            match called {
                true => parent
                    .field("attribute")
                    .is_some_and(|method| reads_only(eval.text(method))),
                false => plain_read(eval, parent),
            }
        }
        "argument_list" => parent
            .parent()
            .and_then(|call| call.field("function"))
            .is_some_and(|f| {
                f.kind_name() == "identifier" && PLAIN_BUILTINS.contains(&eval.text(f))
            }),
        _ => false,
    }
}

/// Whether the module-level function `function` of the file reads or writes the global
/// `name`, or calls a function of the file that does (three calls deep).
fn function_reaches(eval: &Evaluator<'_>, function: &str, name: &str, depth: usize) -> bool {
    let model = eval.model;
    let Some(binding) = model.sole_binding(SemanticModel::MODULE, function) else {
        return false;
    };
    if binding.kind != BindingKind::FunctionDef || depth > 3 {
        return false;
    }
    let range = binding.statement;
    let reads = model.references.iter().any(|r| {
        range.contains_range(r.range)
            && r.resolution == Resolution::Scope(SemanticModel::MODULE)
            && (r.name == name
                || (r.name != function && function_reaches(eval, &r.name, name, depth + 1)))
    });
    reads
        || model
            .bindings_of(SemanticModel::MODULE, name)
            .iter()
            .any(|&id| range.contains_range(model.binding(id).range))
}

/// Refuse when the function `writer`, which assigns the global `name` (`configure`), is
/// called again after the process is created at `site`, before it starts: after the call in
/// the function that holds it, or anywhere in a loop around the call.
fn called_again(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    name: &str,
    writer: ScopeId,
) -> Result<(), String> {
    let model = eval.model;
    let Some(function) = model.scope(writer).name.as_deref() else {
        return Ok(());
    };
    // The function that holds the call, or the module for a call under the `__main__` guard.
    let mut holder = site.scope;
    while !matches!(
        model.scope(holder).kind,
        ScopeKind::Function | ScopeKind::Module
    ) {
        match model.scope(holder).parent {
            Some(parent) => holder = parent,
            None => return Ok(()),
        }
    }
    let body = model.scope(holder).range;
    // Calls after the process starts, or after a generator over a pool takes its first step,
    // come too late to matter.
    let until = match started_by(eval, site) {
        Some(start) => start,
        None if site.row.lazy || site.row.deferred => first_step(eval, site).unwrap_or(usize::MAX),
        None => return Ok(()),
    };
    let loops: Vec<TextRange> = std::iter::successors(site.call.parent(), |n| n.parent())
        .take_while(|n| body.contains_range(TextRange::of(*n)))
        .filter(|n| matches!(n.kind_name(), "for_statement" | "while_statement"))
        .map(|n| TextRange::of(n))
        .collect();
    let again = model.references.iter().any(|r| {
        r.name == function
            && r.resolution == crate::core::semantic::Resolution::Scope(SemanticModel::MODULE)
            && body.contains_range(r.range)
            && r.range.start < until
            && (r.range.start > site.call.end_byte()
                || loops.iter().any(|l| l.contains_range(r.range)))
    });
    match again {
        true => Err(format!(
            "`{name}` is assigned again by `{function}` after the process is created, and the worker would see the value at creation instead of at start"
        )),
        false => Ok(()),
    }
}

/// Refuse when a function nested in the owner assigns `name` (`nonlocal k; k += 100`): it may
/// be called between creating the process and starting it, wherever it is written, and a
/// process started after it sees the new value under fork.
fn check_not_reassigned_elsewhere(
    eval: &Evaluator<'_>,
    owner: ScopeId,
    name: &str,
    bindings: &[&Binding],
) -> Result<(), String> {
    let model = eval.model;
    let nested = bindings.iter().find(|b| {
        let scope = model.scope_at(b.range.start);
        scope != owner && model.scope(scope).kind == ScopeKind::Function
    });
    match nested {
        Some(binding) => Err(format!(
            "`{name}` is assigned by a nested function (`nonlocal`, line {}), which may run after the process is created and before it starts, and the worker would see the value at creation instead of at start",
            eval.line_at(binding.range.start)
        )),
        None => Ok(()),
    }
}

/// Refuse when `name` is a variable of a comprehension around the call that creates a process
/// fork does not pickle for (`[Process(target=lambda: print(i)) for i in range(3)]`, or `i`
/// among its `args`), unless the process is started right there (`Process(...).start()`):
/// one started after the comprehension reads the variable's last value under fork, as a `for`
/// loop's would (`reassigned_in_loop`), and each element's own if it were passed at creation.
fn check_comprehension_variable(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    name: &str,
    bindings: &[&Binding],
) -> Result<(), String> {
    // Only a process started where it is made: one a later loop starts reads the last value.
    let may_pass = |statement: Node<'_>| {
        !bindings
            .iter()
            .any(|b| statement_contains(statement, b.range))
    };
    if site.row.pickled_under_fork || site.row.started || started(eval, site.call, may_pass) {
        return Ok(());
    }
    Err(format!(
        "`{name}` is a variable of the comprehension around the call, which a process started after it would read at its last value under fork, but at each element's value if it were passed where the process is created"
    ))
}

/// Where the process that `site` creates starts, when that can be after the call: the end
/// of the first `p.start()` after `p = Process(...)`, else (a process kept in a list, or
/// handed on) the end of the code that holds the call. Under fork the worker sees what the
/// parent changed until then, so what a lift reads at the call must not change before it
/// (`parent_state`, `captures`). `None` for a callable pickled where it is handed over (a
/// pool's task, a pool's initializer, whose workers start with the pool), and for a process
/// started where it is created (`Process(...).start()`) or by the wrapper that creates it.
pub fn started_by(eval: &Evaluator<'_>, site: &Site<'_>) -> Option<usize> {
    let row = site.row;
    if row.pickled_under_fork
        || row.started
        || site.inherited_by_fork
        || row.target != Target::Constructor(Class::Process)
    {
        return None;
    }
    let call = site.call;
    let source = eval.source;
    let parent = call.parent()?;
    if parent.kind_name() == "attribute" {
        let started = parent
            .field("attribute")
            .is_some_and(|a| &source[a.byte_range()] == "start");
        if started {
            return None;
        }
    }
    let named = (parent.kind_name() == "assignment")
        .then(|| parent.field("left"))
        .flatten()
        .filter(|l| l.kind_name() == "identifier")
        .map(|l| &source[l.byte_range()]);
    if let Some(name) = named {
        let reads: Vec<_> = eval
            .model
            .references
            .iter()
            .filter(|r| {
                r.name == name
                    && r.resolution == Resolution::Scope(site.scope)
                    && r.range.start > call.end_byte()
            })
            .collect();
        // Started in a function nested in the holder (`def launch(): p.start()`), it may
        // run at any later time: the holder's end.
        let nested = reads.iter().any(|r| r.scope != site.scope);
        let start = reads
            .into_iter()
            .filter(|_| !nested)
            .filter_map(|r| {
                let node = eval.node_at(r.range)?;
                let attribute = node.parent().filter(|a| {
                    a.kind_name() == "attribute"
                        && a.field("object") == Some(node)
                        && a.field("attribute")
                            .is_some_and(|n| &source[n.byte_range()] == "start")
                })?;
                let start = attribute.parent().filter(|c| {
                    c.kind_name() == "call" && c.field("function") == Some(attribute)
                })?;
                Some(start.end_byte())
            })
            // The last: a start in one branch and another in the other (`if fast:
            // p.start()`, `else: ...; p.start()`) may both be the one that runs.
            .max();
        if let Some(start) = start {
            return Some(start);
        }
    }
    let mut holder = site.scope;
    while !matches!(
        eval.model.scope(holder).kind,
        ScopeKind::Function | ScopeKind::Module
    ) {
        holder = eval.model.scope(holder).parent?;
    }
    Some(eval.model.scope(holder).range.end)
}

/// Refuse when `name` is assigned again after the process is created at `site`, before it
/// starts: after the call in the block, or by a loop around it.
fn check_not_reassigned(
    site: &Site<'_>,
    body: Node<'_>,
    name: &str,
    bindings: &[&Binding],
) -> Result<(), String> {
    if bindings
        .iter()
        .any(|b| b.statement.start > site.call.end_byte())
    {
        return Err(format!(
            "`{name}` is assigned again after the process is created, and the worker would see the value at creation instead of at start"
        ));
    }
    if reassigned_in_loop(site, body, bindings) {
        return Err(format!(
            "`{name}` is assigned again by the loop after the process is created, and a process that starts later would see the new value under fork but the old one if it were passed at creation"
        ));
    }
    Ok(())
}

/// The block of statements that owns the captured variable, the offset in it where the work is
/// handed over, and the lambdas and comprehensions between the two. `None` when the flow cannot
/// be followed: the variable belongs to a lambda or comprehension, or the hand-over sits in a
/// function nested in the owner, which runs at a time this walk cannot know.
fn hand_over<'t>(
    eval: &Evaluator<'t>,
    site: &Site<'t>,
    owner: ScopeId,
) -> Option<(Node<'t>, usize, Vec<TextRange>)> {
    let model = eval.model;
    let scope = model.scope(owner);
    let body = match scope.kind {
        ScopeKind::Module => eval.root,
        ScopeKind::Function => eval.scope_node(owner)?.field("body")?,
        _ => return None,
    };
    let mut at = site.call.start_byte();
    let mut between = Vec::new();
    let mut current = site.scope;
    while current != owner {
        let inner = model.scope(current);
        if matches!(inner.kind, ScopeKind::Function | ScopeKind::Class) {
            return None;
        }
        at = inner.range.start;
        between.push(inner.range);
        current = inner.parent?;
    }
    Some((body, at, between))
}

/// How control leaves a statement or block, as far as one variable is concerned.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// It reaches the next statement with the variable assigned.
    Assigned,
    /// It may reach the next statement without assigning it.
    Unassigned,
    /// It never reaches the next statement (`return`, `raise`, `break`, `continue`).
    Leaves,
}

/// Whether the variable is assigned on every path from the start of `block` to `at`.
fn definitely_assigned(
    eval: &Evaluator<'_>,
    block: Node<'_>,
    at: usize,
    binds: &[&Binding],
) -> bool {
    if binds
        .iter()
        .any(|b| b.kind == BindingKind::Deletion && b.range.start < at)
    {
        return false;
    }
    let mut cursor = block.walk();
    for statement in block.named_children(&mut cursor) {
        if statement.start_byte() >= at {
            break;
        }
        if statement.end_byte() > at {
            return assigned_within(eval, statement, at, binds);
        }
        if outcome(eval, statement, binds) == Outcome::Assigned {
            return true;
        }
    }
    false
}

/// `at` lies inside `statement`: what its header bound before `at`, or the block holding `at`.
fn assigned_within(
    eval: &Evaluator<'_>,
    statement: Node<'_>,
    at: usize,
    binds: &[&Binding],
) -> bool {
    let in_loop_body = statement.kind_name() == "for_statement"
        && statement
            .field("body")
            .is_some_and(|b| b.start_byte() <= at);
    let header = binds.iter().any(|b| {
        b.statement.end <= at && statement_contains(statement, b.range)
            || in_loop_body
                && statement
                    .field("left")
                    .is_some_and(|left| TextRange::of(left).contains_range(b.range))
    });
    // `except ValueError as err:` binds `err` for the whole of its clause's body.
    let caught = statement.kind_name() == "except_clause"
        && binds.iter().any(|b| {
            b.kind == BindingKind::ExceptTarget
                && statement_contains(statement, b.range)
                && b.range.end <= at
        });
    if header || caught {
        return true;
    }
    let mut cursor = statement.walk();
    let holder = statement
        .named_children(&mut cursor)
        .find(|c| c.start_byte() <= at && at < c.end_byte());
    match holder {
        Some(block) if block.kind_name() == "block" => {
            try_body_assigned(eval, statement, block, binds)
                || definitely_assigned(eval, block, at, binds)
        }
        Some(clause) if clause.kind_name().ends_with("_clause") => {
            try_body_assigned(eval, statement, clause, binds)
                || assigned_within(eval, clause, at, binds)
        }
        _ => false,
    }
}

fn statement_contains(statement: Node<'_>, range: TextRange) -> bool {
    TextRange::of(statement).contains_range(range)
}

/// In the `else` clause of a `try`, the `try` body has run to its end.
fn try_body_assigned(
    eval: &Evaluator<'_>,
    statement: Node<'_>,
    part: Node<'_>,
    binds: &[&Binding],
) -> bool {
    statement.kind_name() == "try_statement"
        && part.kind_name() == "else_clause"
        && statement
            .field("body")
            .is_some_and(|body| block_outcome(eval, body, binds) == Outcome::Assigned)
}

fn block_outcome(eval: &Evaluator<'_>, block: Node<'_>, binds: &[&Binding]) -> Outcome {
    let mut cursor = block.walk();
    for statement in block.named_children(&mut cursor) {
        match outcome(eval, statement, binds) {
            Outcome::Unassigned => continue,
            done => return done,
        }
    }
    Outcome::Unassigned
}

fn outcome(eval: &Evaluator<'_>, statement: Node<'_>, binds: &[&Binding]) -> Outcome {
    match statement.kind_name() {
        "return_statement" | "raise_statement" | "break_statement" | "continue_statement" => {
            Outcome::Leaves
        }
        "if_statement" => if_outcome(eval, statement, binds),
        "try_statement" => try_outcome(eval, statement, binds),
        "with_statement" => {
            if binds_unconditionally(eval, statement, binds, true) {
                Outcome::Assigned
            } else {
                statement
                    .field("body")
                    .map_or(Outcome::Unassigned, |b| block_outcome(eval, b, binds))
            }
        }
        "while_statement" if loops_forever(eval, statement) => {
            forever_outcome(eval, statement, binds)
        }
        "match_statement" => match_outcome(eval, statement, binds),
        "for_statement" => for_else_outcome(eval, statement, binds),
        "while_statement" => Outcome::Unassigned,
        _ if binds_unconditionally(eval, statement, binds, false) => Outcome::Assigned,
        _ => Outcome::Unassigned,
    }
}

/// A `match` with a case that matches anything (`case _:` or a capture `case other:`, without
/// a guard) runs one of its cases: it assigns when every case does.
fn match_outcome(eval: &Evaluator<'_>, statement: Node<'_>, binds: &[&Binding]) -> Outcome {
    let Some(body) = statement.field("body") else {
        return Outcome::Unassigned;
    };
    let mut cursor = body.walk();
    let cases: Vec<Node<'_>> = body
        .named_children(&mut cursor)
        .filter(|c| c.kind_name() == "case_clause")
        .collect();
    let irrefutable = |case: &Node<'_>| {
        let mut inner = case.walk();
        let patterns: Vec<Node<'_>> = case
            .named_children(&mut inner)
            .filter(|c| c.kind_name() == "case_pattern")
            .collect();
        let text = patterns.first().map(|p| eval.text(*p)).unwrap_or("");
        let capture = text.starts_with(|c: char| c.is_alphabetic() || c == '_')
            && text.chars().all(|c| c.is_alphanumeric() || c == '_');
        patterns.len() == 1 && capture && case.field("guard").is_none()
    };
    if !cases.iter().any(irrefutable) {
        return Outcome::Unassigned;
    }
    let arms: Vec<Outcome> = cases
        .iter()
        .map(|case| {
            case.field("consequence")
                .map_or(Outcome::Unassigned, |b| block_outcome(eval, b, binds))
        })
        .collect();
    join(&arms)
}

/// A `for` with an `else` runs the `else` after its last turn, or at once when there is none,
/// unless a `break` leaves it: it assigns when the `else` does and every `break` of its own
/// comes after an assignment on its path (`if found: k = 9; break`).
fn for_else_outcome(eval: &Evaluator<'_>, statement: Node<'_>, binds: &[&Binding]) -> Outcome {
    let (Some(body), Some(alternative)) = (statement.field("body"), statement.field("alternative"))
    else {
        return Outcome::Unassigned;
    };
    if breaks_after_assigning(eval, body, binds).is_none() {
        return Outcome::Unassigned;
    }
    alternative
        .field("body")
        .map_or(Outcome::Unassigned, |b| block_outcome(eval, b, binds))
}

/// Whether every `break` of the loop around `block` comes after an assignment on its path:
/// `None` when one may not, else whether the block assigns on every path to its end. Only
/// `if` arms are followed into; a `break` inside another statement (`try`, `with`, `match`)
/// counts as unassigned.
fn breaks_after_assigning(
    eval: &Evaluator<'_>,
    block: Node<'_>,
    binds: &[&Binding],
) -> Option<bool> {
    let mut cursor = block.walk();
    for statement in block.named_children(&mut cursor) {
        if !contains_break(statement) {
            if outcome(eval, statement, binds) == Outcome::Assigned {
                return Some(true);
            }
            continue;
        }
        if statement.kind_name() != "if_statement" {
            return None;
        }
        let (blocks, has_else) = if_arms(statement);
        let mut arms = Vec::new();
        for arm in blocks {
            arms.push(breaks_after_assigning(eval, arm, binds)?);
        }
        if has_else && arms.iter().all(|&assigned| assigned) {
            return Some(true);
        }
    }
    Some(false)
}

/// `while True:` (or `while 1:`): only a `break` leaves it.
fn loops_forever(eval: &Evaluator<'_>, statement: Node<'_>) -> bool {
    statement
        .field("condition")
        .is_some_and(|c| matches!(eval.text(c), "True" | "1"))
}

/// A `while True:` loop assigns when its body assigns before anything that may `break` out of
/// it; it leaves (returns or raises) when its body has no `break` at all.
fn forever_outcome(eval: &Evaluator<'_>, statement: Node<'_>, binds: &[&Binding]) -> Outcome {
    let Some(body) = statement.field("body") else {
        return Outcome::Unassigned;
    };
    let mut cursor = body.walk();
    for inner in body.named_children(&mut cursor) {
        if contains_break(inner) {
            return Outcome::Unassigned;
        }
        if outcome(eval, inner, binds) == Outcome::Assigned {
            return Outcome::Assigned;
        }
    }
    Outcome::Leaves
}

/// A `break` inside `node` that belongs to the loop around it (not to a loop nested in it).
fn contains_break(node: Node<'_>) -> bool {
    if node.kind_name() == "break_statement" {
        return true;
    }
    let mut stack = vec![node];
    while let Some(current) = stack.pop() {
        let mut cursor = current.walk();
        for child in current.named_children(&mut cursor) {
            match child.kind_name() {
                "break_statement" => return true,
                "for_statement"
                | "while_statement"
                | "function_definition"
                | "class_definition" => {
                    // A nested loop's `else` clause may still break the outer loop.
                    let mut inner = child.walk();
                    let else_clause = child
                        .named_children(&mut inner)
                        .find(|c| c.kind_name() == "else_clause");
                    stack.extend(else_clause.filter(|_| child.kind_name().ends_with("_statement")));
                }
                _ => stack.push(child),
            }
        }
    }
    false
}

/// The blocks of an `if` statement's arms (its own, each `elif`'s, the `else`'s), and whether
/// it has an `else`.
fn if_arms(statement: Node<'_>) -> (Vec<Node<'_>>, bool) {
    let mut blocks = Vec::new();
    let mut has_else = false;
    let mut cursor = statement.walk();
    for child in statement.named_children(&mut cursor) {
        let block = match child.kind_name() {
            "block" => Some(child),
            "elif_clause" => child.field("consequence"),
            "else_clause" => {
                has_else = true;
                child.field("body")
            }
            _ => None,
        };
        blocks.extend(block);
    }
    (blocks, has_else)
}

/// Both arms assign (or leave); an `if` without `else` may skip its arm.
fn if_outcome(eval: &Evaluator<'_>, statement: Node<'_>, binds: &[&Binding]) -> Outcome {
    let (blocks, has_else) = if_arms(statement);
    if !has_else {
        return Outcome::Unassigned;
    }
    let arms: Vec<Outcome> = blocks
        .into_iter()
        .map(|b| block_outcome(eval, b, binds))
        .collect();
    join(&arms)
}

/// The `finally` assigns; or the body does (with its `else`) and so does every handler.
fn try_outcome(eval: &Evaluator<'_>, statement: Node<'_>, binds: &[&Binding]) -> Outcome {
    let mut arms = Vec::new();
    let mut cursor = statement.walk();
    for child in statement.named_children(&mut cursor) {
        match child.kind_name() {
            "block" => arms.push(block_outcome(eval, child, binds)),
            "except_clause" | "except_group_clause" => {
                let mut inner = child.walk();
                let block = child
                    .named_children(&mut inner)
                    .find(|c| c.kind_name() == "block");
                arms.push(block.map_or(Outcome::Unassigned, |b| block_outcome(eval, b, binds)));
            }
            "else_clause" => {
                if let (Some(body), Some(last)) = (child.field("body"), arms.first_mut())
                    && *last == Outcome::Unassigned
                {
                    *last = block_outcome(eval, body, binds);
                }
            }
            "finally_clause" => {
                let mut inner = child.walk();
                let block = child
                    .named_children(&mut inner)
                    .find(|c| c.kind_name() == "block");
                if block.is_some_and(|b| block_outcome(eval, b, binds) == Outcome::Assigned) {
                    return Outcome::Assigned;
                }
            }
            _ => {}
        }
    }
    join(&arms)
}

fn join(arms: &[Outcome]) -> Outcome {
    if arms.is_empty() || arms.contains(&Outcome::Unassigned) {
        Outcome::Unassigned
    } else if arms.iter().all(|a| *a == Outcome::Leaves) {
        Outcome::Leaves
    } else {
        Outcome::Assigned
    }
}

/// Whether `statement` binds the variable on every run: a binding inside it that no condition,
/// loop, lambda or comprehension stands between. With `header_only`, bindings inside the
/// statement's block do not count (they are the block's business).
fn binds_unconditionally(
    eval: &Evaluator<'_>,
    statement: Node<'_>,
    binds: &[&Binding],
    header_only: bool,
) -> bool {
    binds.iter().any(|b| {
        if !statement_contains(statement, b.range) || no_value(b) {
            return false;
        }
        let Some(mut node) = eval.node_at(b.range) else {
            return false;
        };
        while let Some(parent) = node.parent() {
            if parent == statement {
                return true;
            }
            let conditional = matches!(
                parent.kind_name(),
                "conditional_expression"
                    | "boolean_operator"
                    | "lambda"
                    | "list_comprehension"
                    | "set_comprehension"
                    | "dictionary_comprehension"
                    | "generator_expression"
                    | "if_statement"
                    | "for_statement"
                    | "while_statement"
                    | "try_statement"
                    | "match_statement"
            ) || (header_only && parent.kind_name() == "block");
            if conditional {
                return false;
            }
            node = parent;
        }
        false
    })
}

/// `x: int` alone makes `x` local without giving it a value.
fn no_value(binding: &Binding) -> bool {
    binding.kind == BindingKind::AnnotatedAssignment && binding.value.is_none()
}

/// The site creates a process inside a loop that assigns the variable again.
fn reassigned_in_loop(site: &Site<'_>, body: Node<'_>, binds: &[&Binding]) -> bool {
    enclosing_loop(site.call, body).is_some_and(|loop_| {
        binds
            .iter()
            .any(|b| statement_contains(loop_, b.range) && b.kind != BindingKind::Parameter)
    })
}

fn enclosing_loop<'t>(call: Node<'t>, body: Node<'t>) -> Option<Node<'t>> {
    let mut node = call.parent();
    while let Some(current) = node {
        if current == body {
            return None;
        }
        match current.kind_name() {
            "for_statement" | "while_statement" => return Some(current),
            "function_definition" | "class_definition" | "lambda" => return None,
            _ => node = current.parent(),
        }
    }
    None
}

/// `Process(...).start()`, or `p = Process(...)` with `p.start()` as the very next statement,
/// or `procs = [Process(...) for p in paths]` with `for proc in procs: proc.start()` as the
/// very next statement and nothing else in that loop, and nothing called in the comprehension
/// but the process class (and `range`, `enumerate`, `zip`), whose later elements could change
/// what an earlier child reads: nothing can change what the child would have read in between.
pub fn started_right_away(eval: &Evaluator<'_>, call: Node<'_>) -> bool {
    let source = eval.source;
    let only_starts = |statement: Node<'_>| {
        let (Some(each), Some(body)) = (statement.field("left"), statement.field("body")) else {
            return false;
        };
        let mut cursor = body.walk();
        let statements: Vec<Node<'_>> = body
            .named_children(&mut cursor)
            .filter(|s| s.kind_name() != "comment")
            .collect();
        statement.kind_name() == "for_statement"
            && matches!(statements.as_slice(), [only]
                if source[only.byte_range()].trim() == format!("{}.start()", &source[each.byte_range()]))
    };
    started(eval, call, |_| false)
        || (calls_nothing_else(eval, call) && started_from_list(eval, call, only_starts))
}

/// Whether the comprehension `call` is the body of calls nothing but `call` itself and the
/// builtins `range`, `enumerate` and `zip`.
fn calls_nothing_else(eval: &Evaluator<'_>, call: Node<'_>) -> bool {
    let Some(comprehension) = call.parent() else {
        return false;
    };
    let mut stack = vec![comprehension];
    while let Some(node) = stack.pop() {
        if node.kind_name() == "call" && node != call {
            let builtin = node.field("function").is_some_and(|f| {
                f.kind_name() == "identifier"
                    && matches!(eval.text(f), "range" | "enumerate" | "zip")
            });
            if !builtin {
                return false;
            }
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    true
}

/// `Process(...).start()`, or `p = Process(...)` followed in the same block by `p.start()` with
/// no assignment of a captured variable in between; or a list of processes made so and each
/// started by a later loop over it (`started_from_list`).
fn started_at_once(eval: &Evaluator<'_>, call: Node<'_>, binds: &[&Binding]) -> bool {
    let may_pass =
        |statement: Node<'_>| !binds.iter().any(|b| statement_contains(statement, b.range));
    started(eval, call, may_pass) || started_from_list(eval, call, may_pass)
}

/// `procs = [Process(...) for ...]` followed in the same block, with only statements that
/// `may_pass` between, by `for p in procs:` whose body starts with `p.start()` and which
/// `may_pass` too: each process starts before anything the block does after the list is made,
/// so what it reads under fork is what it was given when it was made. Not for a variable of
/// the comprehension, whose last value every process would read
/// (`check_comprehension_variable`).
fn started_from_list(
    eval: &Evaluator<'_>,
    call: Node<'_>,
    may_pass: impl Fn(Node<'_>) -> bool,
) -> bool {
    let source = eval.source;
    let Some(listed) = call
        .parent()
        .filter(|p| p.kind_name() == "list_comprehension" && p.field("body") == Some(call))
    else {
        return false;
    };
    let Some(assignment) = listed
        .parent()
        .filter(|p| p.kind_name() == "assignment" && p.field("right") == Some(listed))
    else {
        return false;
    };
    let Some(list) = assignment
        .field("left")
        .filter(|l| l.kind_name() == "identifier")
    else {
        return false;
    };
    let list = &source[list.byte_range()];
    let mut statement = assignment.parent().and_then(|s| s.next_named_sibling());
    while let Some(current) = statement {
        if current.kind_name() == "for_statement"
            && current
                .field("right")
                .is_some_and(|r| &source[r.byte_range()] == list)
            && let Some(each) = current
                .field("left")
                .filter(|l| l.kind_name() == "identifier")
        {
            let start_call = format!("{}.start()", &source[each.byte_range()]);
            return may_pass(current)
                && current
                    .field("body")
                    .and_then(|body| first_statement(body))
                    .is_some_and(|first| source[first.byte_range()].trim() == start_call);
        }
        if current.kind_name() != "comment" && !may_pass(current) {
            return false;
        }
        statement = current.next_named_sibling();
    }
    false
}

/// The first statement of `block`, comments aside.
fn first_statement(block: Node<'_>) -> Option<Node<'_>> {
    let mut cursor = block.walk();
    block
        .named_children(&mut cursor)
        .find(|s| s.kind_name() != "comment")
}

/// Whether the process `call` creates is started before anything but statements that
/// `may_pass` comes between: chained (`Process(...).start()`), or assigned to a name whose
/// `.start()` is a later statement of the same block.
fn started(eval: &Evaluator<'_>, call: Node<'_>, may_pass: impl Fn(Node<'_>) -> bool) -> bool {
    let source = eval.source;
    let parent = call.parent();
    if let Some(attribute) = parent.filter(|p| p.kind_name() == "attribute") {
        return attribute
            .field("attribute")
            .is_some_and(|a| &source[a.byte_range()] == "start");
    }
    let Some(assignment) = parent.filter(|p| p.kind_name() == "assignment") else {
        return false;
    };
    let Some(target) = assignment
        .field("left")
        .filter(|l| l.kind_name() == "identifier")
    else {
        return false;
    };
    let start_call = format!("{}.start()", &source[target.byte_range()]);
    let mut statement = assignment.parent().and_then(|s| s.next_named_sibling());
    while let Some(current) = statement {
        // `try:` runs its body's first statement before anything else.
        let mut first = current;
        while first.kind_name() == "try_statement"
            && let Some(inner) = first.field("body").and_then(first_statement)
        {
            first = inner;
        }
        if source[first.byte_range()].trim() == start_call {
            return true;
        }
        if current.kind_name() != "comment" && !may_pass(current) {
            return false;
        }
        statement = current.next_named_sibling();
    }
    false
}
