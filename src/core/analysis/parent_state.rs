//! Module state the parent changes at run time, read by a callable a lift moves to a worker.
//!
//! A process started by fork begins as a copy of the parent, so a worker sees whatever the
//! parent did to its modules before the start; one started by spawn or forkserver imports
//! them afresh and sees only what their import does. A lift keeps a worker's reads of the
//! callable's captures and of the globals the parent rebinds (`captures::module_need` passes
//! them as values), but not what the parent changes *through* a module-level name:
//!
//! ```text
//! class Opts:                         CONFIG = {}
//!     scale = 1
//!                                     def main():
//! def main():                             CONFIG["scale"] = 10      # in place
//!     Opts.scale = 10    # an attribute   pool.map(lambda x: x * CONFIG["scale"], xs)
//!     pool.map(lambda x: x * Opts.scale, xs)
//! ```
//!
//! Lifted, both lambdas read `1` and a `KeyError` in a worker started by spawn. Such a lift
//! is refused with the write it would lose: an assignment to an attribute or an item of the
//! name (`Opts.scale = ...`, `CONFIG["k"] += 1`, `del CONFIG["k"]`), a call of a method that
//! changes a container in place (`CONFIG.update(...)`, `settings.ITEMS.append(...)`), a
//! method of the file writing through its receiver, or any method of an object imported from
//! another module called for its effect (`Settings.load(path)`: the module is not read, so
//! only queries by their name pass, `reads_only`), or `setattr(Opts, ...)`, made where only the parent runs: under the `__main__` guard, in a
//! function around the callable before it is handed over, or in a module-level function only
//! ever called from those. What the module's own import does (a decorator filling a registry)
//! a worker's import does again, and what the callable or the functions it calls write a
//! worker writes for itself. The environment (`os.environ`) and `sys.path` and `sys.argv`
//! reach a worker started by spawn as they are in the parent.

use tree_sitter::Node;

use super::callables::{bound_only_under_guard, call_of, outside_parens, unparenthesize};
use super::captures::{
    Callee, WorkerCode, assigned_at_run_time, called_at, enclosing_functions, handed_over_at,
    handover_end, module_function_name,
};
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingKind, Resolution, ScopeId, ScopeKind, SemanticModel};
use crate::core::source::TextRange;

/// Methods of the built-in containers that change them in place.
pub(super) const MUTATORS: [&str; 14] = [
    "append",
    "extend",
    "insert",
    "remove",
    "pop",
    "popitem",
    "clear",
    "update",
    "setdefault",
    "add",
    "discard",
    "sort",
    "reverse",
    "difference_update",
];

/// What the parent passes on to a worker started by spawn (`multiprocessing.spawn.prepare`):
/// writes through these are not lost.
const INHERITED: [&str; 3] = ["os.environ", "sys.path", "sys.argv"];

/// How many calls away from the guard or the functions around the callable a writing
/// function may be (`parent_only_caller`).
const MAX_PARENT_CALLS: usize = 3;

/// A write through a module-level name.
struct Write {
    /// What is written, as spelled: `Opts.scale` for an attribute, `CONFIG` for an item or a
    /// method changing it in place.
    target: String,
    /// The function (or `__main__` guard) that writes it, for the message.
    writer: String,
    line: usize,
    change: StateChange,
}

/// How a write changes its target.
#[derive(Clone, Debug, PartialEq, Eq)]
enum StateChange {
    /// It binds it (`Opts.scale = 10`, `setattr(Opts, "scale", 10)`).
    Set,
    /// It changes it in place (`CONFIG["k"] = 1`, `CONFIG.update(...)`).
    InPlace,
    /// It calls a method of an object another file defines, which may change it
    /// (`Settings.load(...)`): the method's code is not read.
    ForeignMethod(String),
    /// It calls a function of a module of the project (`registry.register(...)` after `import
    /// registry`), which may change the module's state: its code is not read.
    ModuleFunction(String),
    /// It calls a module-level function under `functools.lru_cache` or `functools.cache`,
    /// which fills its cache; only a read of the cache's counters (`fib.cache_info()`) sees
    /// that, since the results are the same.
    FillsCache,
}

/// Refuses the callable when it, or a module-level function it calls, reads what the parent
/// changes at run time through a module-level name (see the module's doc).
pub(super) fn check_parent_writes(callee: &Callee<'_>, code: &[WorkerCode]) -> Result<(), String> {
    let model = callee.eval.model;
    let enclosing = enclosing_functions(model, callee.scope);
    // Each read: the chain read, the name, the function of the file it is read through, and
    // whether it is a value of the name's (`registry.ITEMS`), not a function of it called
    // (`np.sum(...)`) or the name alone.
    let mut reads: Vec<(String, String, Option<String>, bool)> = Vec::new();
    // Captures that are instances of a class of the file (`pt = Point(1, 2)`), by class: a
    // lift pickles them, and a worker's copy finds its methods and class attributes on the
    // class a worker's import makes.
    let mut instances: Vec<(String, String)> = Vec::new();
    // Modules read through a name imported from them, with that name.
    let mut imported_from: Vec<(String, String)> = Vec::new();
    for (range, via) in code {
        for reference in model.references_in(*range) {
            if let Resolution::Scope(scope) = reference.resolution
                && via.is_none()
                && enclosing.contains(&scope)
                && let Some(class) = instance_of_module_class(callee, scope, &reference.name)
            {
                if !instances.iter().any(|(c, _)| *c == class) {
                    instances.push((class.clone(), reference.name.clone()));
                }
                if !reads.iter().any(|(r, _, v, _)| *r == class && v.is_none()) {
                    reads.push((class.clone(), class, None, true));
                }
                continue;
            }
            if reference.resolution != Resolution::Scope(SemanticModel::MODULE)
                || reference.postponed
            {
                continue;
            }
            let name = reference.name.as_str();
            // The callable's own reads of a global the parent rebinds or binds under the
            // guard are passed as values, with what was written through them.
            if via.is_none()
                && (assigned_at_run_time(callee, name)
                    || bound_only_under_guard(model, callee.guards, name))
            {
                continue;
            }
            let Some(node) = identifier_at(callee, reference.range) else {
                continue;
            };
            let read = chain_text(callee, node);
            let top = chain_top(node);
            let value = top != node
                && !top.parent().is_some_and(|p| {
                    (p.kind_name() == "call" && p.field("function") == Some(top))
                        || p.kind_name() == "decorator"
                });
            match reads.iter_mut().find(|(r, _, v, _)| *r == read && v == via) {
                Some(found) => found.3 |= value,
                None => reads.push((read, name.to_string(), via.clone(), value)),
            }
            // `gettempdir()` after `from tempfile import gettempdir` reads what is stored on
            // `tempfile` as much as `tempfile.gettempdir()` does.
            for module in modules_imported_from(model, name) {
                if !reads.iter().any(|(r, _, v, _)| *r == module && v == via) {
                    imported_from.push((module.clone(), name.to_string()));
                    reads.push((module.clone(), module, via.clone(), true));
                }
            }
        }
    }
    if reads.is_empty() {
        return Ok(());
    }
    let mut names: Vec<&str> = reads.iter().map(|(_, name, _, _)| name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    // Arguments after the callable in the call that hands it over run before a worker does.
    // And a process created there sees what the parent changes until it starts.
    let handed_by = handover_end(callee, handed_over_at(callee)).max(callee.started_by);
    for name in names {
        // What is stored on an imported module (`tempfile.tempdir = ...`,
        // `reprlib.aRepr.maxlist = 3`) its own functions read (`tempfile.gettempdir()`).
        let module = is_imported_module(model, name);
        for write in writes_through(callee, &enclosing, handed_by, name) {
            // A module's function may change what the module holds, not its functions: a
            // read of a value of it is needed.
            let function = matches!(write.change, StateChange::ModuleFunction(_));
            let stored = matches!(write.change, StateChange::Set | StateChange::InPlace);
            let cache = write.change == StateChange::FillsCache;
            // The read of what the write changes names it; a read of anything else the
            // module holds may still call a function of it that reads the change.
            let found = |overlapping: bool| {
                reads.iter().find(|(read, n, _, value)| {
                    n == name
                        && match overlapping {
                            true => overlaps(read, &write.target) && (*value || !function),
                            false => module && stored,
                        }
                        && (!cache || *read == write.target)
                })
            };
            let Some((read, _, via, _)) = found(true).or_else(|| found(false)) else {
                continue;
            };
            let instance = instances.iter().find(|(class, _)| class == read);
            let member = imported_from.iter().find(|(module, _)| module == read);
            let reader = match (via, instance, member) {
                (Some(via), _, Some((module, member))) => {
                    format!("it calls `{via}`, which uses `{member}` from `{module}`")
                }
                (Some(via), _, None) => format!("it calls `{via}`, which reads `{read}`"),
                (None, Some((class, capture)), _) => {
                    format!("it uses `{capture}`, an instance of `{class}`")
                }
                (None, None, Some((module, member))) => {
                    format!("it uses `{member}` from `{module}`")
                }
                (None, None, None) => format!("it reads `{read}`"),
            };
            let what = match &write.change {
                StateChange::FillsCache => {
                    return Err(format!(
                        "{reader}, and {} fills the cache of `{name}` at run time (line {}): a worker started by spawn or forkserver imports the module again and would start with an empty cache",
                        write.writer, write.line
                    ));
                }
                StateChange::InPlace => format!("changes `{}` in place", write.target),
                StateChange::Set => format!("sets `{}`", write.target),
                StateChange::ModuleFunction(function) => {
                    return Err(format!(
                        "{reader}, and {} calls `{}.{function}(...)` at run time (line {}), a function of that module that may change its state: a worker started by spawn or forkserver imports the module again and would not see a change",
                        write.writer, write.target, write.line
                    ));
                }
                StateChange::ForeignMethod(method) => {
                    return Err(format!(
                        "{reader}, and {} calls `{}.{method}(...)` at run time (line {}), a method from another module that may change it: a worker started by spawn or forkserver imports the module again and would not see a change",
                        write.writer, write.target, write.line
                    ));
                }
            };
            return Err(format!(
                "{reader}, and {} {what} at run time (line {}): a worker started by spawn or forkserver imports the module again and would not see the change",
                write.writer, write.line
            ));
        }
    }
    Ok(())
}

/// The class that the capture `name`, bound once in `scope`, is an instance of: assigned a
/// call of a module-level class bound only by its `class` statement (`pt = Point(1, 2)`), or
/// by an import of it from another module.
pub(super) fn instance_of_module_class(
    callee: &Callee<'_>,
    scope: ScopeId,
    name: &str,
) -> Option<String> {
    let (eval, model) = (callee.eval, callee.eval.model);
    let binding = model.sole_binding(scope, name)?;
    if binding.kind != BindingKind::Assignment {
        return None;
    }
    let value = unparenthesize(eval.node_at(binding.value?)?);
    let function = value
        .field("function")
        .filter(|f| value.kind_name() == "call" && f.kind_name() == "identifier")?;
    let class = eval.text(function);
    // A class of the file, or a class imported from another module (`from pkg.config import
    // Config`, named in CamelCase as a class is), which a worker's import makes anew all the
    // same: only a write of one of its attributes in the parent refuses the lift.
    let camel = class.starts_with(|c: char| c.is_ascii_uppercase());
    (model.resolve(scope, class) == Resolution::Scope(SemanticModel::MODULE)
        && matches!(
            model.bindings_of(SemanticModel::MODULE, class),
            [only] if match model.binding(*only).kind {
                BindingKind::ClassDef => true,
                BindingKind::Import { member: Some(_), .. } => camel,
                _ => false,
            }
        ))
    .then(|| class.to_string())
}

/// The module-level names bound by a plain import (`import tempfile`) of the module that the
/// module-level `name` is imported from (`from tempfile import gettempdir`).
fn modules_imported_from(model: &SemanticModel, name: &str) -> Vec<String> {
    let [only] = model.bindings_of(SemanticModel::MODULE, name) else {
        return Vec::new();
    };
    let BindingKind::Import {
        module,
        member: Some(_),
    } = &model.binding(*only).kind
    else {
        return Vec::new();
    };
    (model.scope(SemanticModel::MODULE).bindings.iter())
        .filter(|(other, _)| {
            is_imported_module(model, other)
                && model.bindings_of(SemanticModel::MODULE, other).iter().all(|&id| {
                    matches!(&model.binding(id).kind, BindingKind::Import { module: m, .. } if m == module)
                })
        })
        .map(|(other, _)| other.clone())
        .collect()
}

/// Whether every binding of the module-level `name` is a plain import of a module (`import
/// tempfile`, `import os.path as osp`), whose functions read what is stored on it.
fn is_imported_module(model: &SemanticModel, name: &str) -> bool {
    let bindings = model.bindings_of(SemanticModel::MODULE, name);
    !bindings.is_empty()
        && bindings.iter().all(|&id| {
            matches!(
                &model.binding(id).kind,
                BindingKind::Import { member: None, .. }
            )
        })
}

/// Whether a read of `read` may see what a write of `target` changes: one is the other, or
/// lies inside it (`Opts` read whole, `Opts.scale` written; `CONFIG.get` read, `CONFIG`
/// changed in place).
fn overlaps(read: &str, target: &str) -> bool {
    let inside = |long: &str, short: &str| {
        long.strip_prefix(short)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
    };
    inside(read, target) || inside(target, read)
}

/// The identifier a reference reads.
fn identifier_at<'a>(callee: &Callee<'a>, range: TextRange) -> Option<Node<'a>> {
    callee
        .eval
        .root
        .descendant_for_byte_range(range.start, range.end)
        .filter(|node| node.kind_name() == "identifier")
}

/// The longest chain of attributes read from `identifier` (`Opts.scale` for `Opts` in
/// `Opts.scale + 1`), as spelled without spaces.
fn chain_text(callee: &Callee<'_>, identifier: Node<'_>) -> String {
    spelled(callee.eval, chain_top(identifier))
}

/// A chain of attributes as `a.b.c`, without the spaces, line continuations and comments
/// that may be written between its names; any other expression without its whitespace.
fn spelled(eval: &super::values::Evaluator<'_>, node: Node<'_>) -> String {
    match (
        node.kind_name(),
        node.field("object"),
        node.field("attribute"),
    ) {
        ("attribute", Some(object), Some(attribute)) => {
            format!("{}.{}", spelled(eval, object), eval.text(attribute))
        }
        _ => (eval.text(node).chars())
            .filter(|c| !c.is_whitespace())
            .collect(),
    }
}

fn chain_top(identifier: Node<'_>) -> Node<'_> {
    let mut top = identifier;
    while let Some(parent) = top.parent()
        && parent.kind_name() == "attribute"
        && parent.field("object") == Some(top)
    {
        top = parent;
    }
    top
}

/// The writes through the module-level `name` that only the parent makes before the
/// hand-over.
fn writes_through(
    callee: &Callee<'_>,
    enclosing: &[ScopeId],
    handed_by: usize,
    name: &str,
) -> Vec<Write> {
    let (eval, model) = (callee.eval, callee.eval.model);
    if model.bindings_of(SemanticModel::MODULE, name).is_empty() {
        return Vec::new();
    }
    // `import settings`: a module, whose functions (`settings.update(...)`) are not a
    // container's methods. `from config import SETTINGS` may be either, so its methods count.
    let module = is_imported_module(model, name);
    let mut writes = Vec::new();
    for (reference, identifier, alias) in reads_and_aliases(callee, name, false, |_| true) {
        // Through an alias (`reg = REGISTRY; reg.register(...)`) the receiver is still `name`.
        let Some((target, change)) = written_through(callee, identifier, name, module, true) else {
            continue;
        };
        // `cfg["k"] = v` after `cfg = CONFIG` changes `CONFIG["k"]`.
        let target = match alias {
            Some(alias) => format!("{name}{}", &target[alias.len()..]),
            None => target,
        };
        // `CFG.__dict__.update(...)` changes `CFG`.
        let target = target
            .strip_suffix(".__dict__")
            .map_or(target.clone(), str::to_string);
        // `environ` after `from os import environ` is `os.environ`.
        let qualified = super::unpicklable::qualified_name(eval, identifier, reference.scope)
            .map(|root| format!("{root}{}", &target[name.len()..]));
        if INHERITED.iter().any(|inherited| {
            overlaps(&target, inherited)
                || qualified.as_deref().is_some_and(|q| overlaps(q, inherited))
        }) {
            continue;
        }
        let Some(writer) = parent_writer(callee, enclosing, handed_by, reference, identifier)
        else {
            continue;
        };
        writes.push(Write {
            target,
            writer,
            line: eval.line_at(reference.range.start),
            change,
        });
    }
    // `fib(30)` in the parent fills the cache of `@lru_cache def fib`, which
    // `fib.cache_info()` in a worker started by fork then counts.
    if cached_function(callee, name) {
        for (reference, identifier) in reads_outside(callee, name, |_| true) {
            if call_of(identifier).is_none() {
                continue;
            }
            let Some(writer) = parent_writer(callee, enclosing, handed_by, reference, identifier)
            else {
                continue;
            };
            writes.push(Write {
                target: format!("{name}.cache_info"),
                writer,
                line: eval.line_at(reference.range.start),
                change: StateChange::FillsCache,
            });
        }
    }
    for (reference, identifier, method) in method_alias_calls(callee, name) {
        // `draw = RNG.random; draw()` moves `RNG` as `RNG.random()` does.
        let changes = receiver_writes(callee, name, method, true).unwrap_or_else(|| {
            MUTATORS.contains(&method) || (method != "getstate" && seeded_generator(callee, name))
        });
        if !changes {
            continue;
        }
        let Some(writer) = parent_writer(callee, enclosing, handed_by, reference, identifier)
        else {
            continue;
        };
        writes.push(Write {
            target: name.to_string(),
            writer,
            line: eval.line_at(reference.range.start),
            change: StateChange::InPlace,
        });
    }
    writes
}

/// Whether the module-level `name` is bound only by a `def` under `functools.lru_cache` or
/// `functools.cache` (`@lru_cache(maxsize=None)`, `@functools.cache`).
fn cached_function(callee: &Callee<'_>, name: &str) -> bool {
    let (eval, model) = (callee.eval, callee.eval.model);
    let bindings = model.bindings_of(SemanticModel::MODULE, name);
    !bindings.is_empty()
        && bindings.iter().all(|id| {
            let binding = model.binding(*id);
            let Some(statement) = eval.statement_node(binding.statement) else {
                return false;
            };
            let mut cursor = statement.walk();
            let cached = statement
                .named_children(&mut cursor)
                .filter(|n| n.kind_name() == "decorator")
                .any(|decorator| cache_decorator(callee, decorator));
            binding.kind == BindingKind::FunctionDef && cached
        })
}

/// Whether `decorator` is `functools.lru_cache` or `functools.cache`, called or not.
fn cache_decorator(callee: &Callee<'_>, decorator: Node<'_>) -> bool {
    let Some(mut maker) = decorator.named_child(0) else {
        return false;
    };
    if maker.kind_name() == "call"
        && let Some(function) = maker.field("function")
    {
        maker = function;
    }
    let qualified = super::unpicklable::qualified_name(callee.eval, maker, SemanticModel::MODULE);
    matches!(
        qualified.as_deref(),
        Some("functools.lru_cache" | "functools.cache")
    )
}

/// The reads of the module-level `name` outside the callable, each with its identifier.
fn reads_outside<'a, 'n>(
    callee: &'n Callee<'a>,
    name: &'n str,
    relevant: impl Fn(&crate::core::semantic::Reference) -> bool + 'n,
) -> impl Iterator<Item = (&'a crate::core::semantic::Reference, Node<'a>)> + 'n {
    let model = callee.eval.model;
    model
        .references
        .iter()
        .filter(move |r| {
            r.name == name
                && r.resolution == Resolution::Scope(SemanticModel::MODULE)
                && !callee.range.contains_range(r.range)
                && relevant(r)
        })
        .filter_map(|reference| Some((reference, identifier_at(callee, reference.range)?)))
}

/// The calls, outside the callable, of a name bound once to a method of the module-level
/// `name` (`draw = RNG.random`, `add = ITEMS.append`), each with the method's name: a call of
/// the alias is a call of the method on `name`.
fn method_alias_calls<'a>(
    callee: &Callee<'a>,
    name: &str,
) -> Vec<(&'a crate::core::semantic::Reference, Node<'a>, &'a str)> {
    let (eval, model) = (callee.eval, callee.eval.model);
    let mut found = Vec::new();
    for (reference, identifier) in reads_outside(callee, name, |_| true) {
        let Some(bound) = identifier
            .parent()
            .filter(|a| a.kind_name() == "attribute" && a.field("object") == Some(identifier))
        else {
            continue;
        };
        let (Some(method), Some(alias)) = (
            bound.field("attribute").map(|m| eval.text(m)),
            bound
                .parent()
                .filter(|a| a.kind_name() == "assignment" && a.field("right") == Some(bound))
                .and_then(|a| a.field("left"))
                .filter(|left| left.kind_name() == "identifier"),
        ) else {
            continue;
        };
        let alias = eval.text(alias);
        let resolution = model.resolve(reference.scope, alias);
        for read in model.references.iter().filter(|r| {
            r.name == alias && r.resolution == resolution && !callee.range.contains_range(r.range)
        }) {
            let Some(node) = identifier_at(callee, read.range) else {
                continue;
            };
            if call_of(node).is_some() {
                found.push((read, node, method));
            }
        }
    }
    found
}

/// Whether `identifier` is what `next(...)` advances: every call moves the iterator on,
/// whatever it is (`itertools.count()`, a generator).
fn advanced_by_next(eval: &super::values::Evaluator<'_>, identifier: Node<'_>) -> bool {
    identifier.parent().is_some_and(|arguments| {
        arguments.kind_name() == "argument_list"
            && arguments.named_child(0) == Some(identifier)
            && arguments
                .parent()
                .and_then(|call| call.field("function"))
                .is_some_and(|f| {
                    eval.text(f) == "next"
                        && eval
                            .model
                            .resolve(eval.model.scope_at(f.start_byte()), "next")
                            == Resolution::Builtin
                })
    })
}

/// Whether the write at `identifier` adds to what was there rather than setting it: an
/// iterator advanced (`next(IDS)`), an augmented assignment (`COUNT += 1`, `Widget.created
/// += 1`). Each call of its function changes the state again, wherever it runs.
fn cumulative_write(eval: &super::values::Evaluator<'_>, identifier: Node<'_>) -> bool {
    if advanced_by_next(eval, identifier) {
        return true;
    }
    let mut target = chain_top(identifier);
    while let Some(parent) = target.parent()
        && parent.kind_name() == "subscript"
        && parent.field("value") == Some(target)
    {
        target = parent;
    }
    target
        .parent()
        .is_some_and(|p| p.kind_name() == "augmented_assignment" && p.field("left") == Some(target))
}

/// The module-level class whose constructor `scope` is (`__init__` or `__new__` of a class
/// bound once, by its `class` statement): calls of the class run it.
fn constructed_class(model: &SemanticModel, scope: ScopeId) -> Option<&str> {
    let function = model.scope(scope);
    let class = model.scope(function.parent?);
    let name = class.name.as_deref()?;
    (function.kind == ScopeKind::Function
        && matches!(function.name.as_deref(), Some("__init__" | "__new__"))
        && class.kind == ScopeKind::Class
        && class.parent == Some(SemanticModel::MODULE)
        && matches!(
            model.bindings_of(SemanticModel::MODULE, name),
            [only] if model.binding(*only).kind == BindingKind::ClassDef
        ))
    .then_some(name)
}

/// Who runs the code at `identifier` (read as `reference`) when only the parent runs it before
/// the hand-over: the `__main__` guard (when it calls something after it), a function around
/// the callable (before the hand-over, or in a loop that hands over again), or a function only
/// those call (`parent_only_caller`); `None` when a worker may run it too, or it runs after.
fn parent_writer(
    callee: &Callee<'_>,
    enclosing: &[ScopeId],
    handed_by: usize,
    reference: &crate::core::semantic::Reference,
    identifier: Node<'_>,
) -> Option<String> {
    let cumulative = cumulative_write(callee.eval, identifier);
    let model = callee.eval.model;
    let scope = code_scope(model, reference.scope);
    if scope == SemanticModel::MODULE {
        return guard_calls_after(callee, identifier).then(|| "the `__main__` guard".to_string());
    }
    let before = reference.range.start <= handed_by || in_loop_with(identifier, handed_by);
    let parent_only = if enclosing.contains(&scope) {
        before
    } else {
        parent_only_caller(callee, enclosing, handed_by, scope, cumulative, 0)
    };
    parent_only.then(|| match constructed_class(model, scope) {
        Some(class) => format!("`{class}.{}`", function_name(model, scope)),
        None => format!("`{}`", function_name(model, scope)),
    })
}

/// The reads of the module-level `name` outside the callable, each with its identifier, and
/// the reads of a local alias of it (`cfg = CONFIG`, the alias bound once in its scope), each
/// with the alias's name: what is written through the alias is written through `name`. With
/// `through_calls`, an alias of what a call through it returns counts too (`root =
/// logging.getLogger()`).
fn reads_and_aliases<'a>(
    callee: &Callee<'a>,
    name: &str,
    through_calls: bool,
    relevant: impl Fn(&crate::core::semantic::Reference) -> bool,
) -> Vec<(
    &'a crate::core::semantic::Reference,
    Node<'a>,
    Option<&'a str>,
)> {
    let (eval, model) = (callee.eval, callee.eval.model);
    let mut found = Vec::new();
    for (reference, identifier) in reads_outside(callee, name, relevant) {
        found.push((reference, identifier, None));
        // With `through_calls`, also what a call through the name gives (`root =
        // logging.getLogger()`, `ctx = decimal.getcontext()`), for `setting_changed`.
        let value = match call_of(chain_top(identifier)) {
            Some(call) if through_calls => call,
            _ => identifier,
        };
        let Some(alias) = alias_of(value) else {
            continue;
        };
        let alias = eval.text(alias);
        // Every read of the alias counts, even after it is bound again (`cfg = {}`): a
        // refusal is the safe side.
        let resolution = model.resolve(reference.scope, alias);
        for read in model.references.iter().filter(|r| {
            r.name == alias && r.resolution == resolution && !callee.range.contains_range(r.range)
        }) {
            if let Some(node) = identifier_at(callee, read.range) {
                found.push((read, node, Some(alias)));
            }
        }
    }
    found
}

/// The name `value` is given: by an assignment (`cfg = CONFIG`), at its place in a tuple
/// assignment (`n, cfg = 0, CONFIG`), by `:=` (`(cfg := CONFIG)`), or as the target of a
/// `for` over a literal that holds it (`for cfg in [CONFIG]:`). None with a `*` among either
/// side's items, which shifts them.
fn alias_of(value: Node<'_>) -> Option<Node<'_>> {
    let parent = value.parent()?;
    let identifier = |node: Node<'_>| node.kind_name() == "identifier";
    match parent.kind_name() {
        "assignment" if parent.field("right") == Some(value) => {
            parent.field("left").filter(|left| identifier(*left))
        }
        "named_expression" if parent.field("value") == Some(value) => parent.field("name"),
        "expression_list" | "tuple" | "list" => {
            let up = parent.parent()?;
            match up.kind_name() {
                "assignment" if up.field("right") == Some(parent) => {
                    let at = unstarred_items(parent)?
                        .iter()
                        .position(|n| n.id() == value.id())?;
                    let left = up.field("left")?;
                    unstarred_items(left)?
                        .get(at)
                        .copied()
                        .filter(|n| identifier(*n))
                }
                "for_statement" if up.field("right") == Some(parent) => {
                    up.field("left").filter(|left| identifier(*left))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// The items of a tuple, list or pattern, comments left out; `None` with a `*` among them.
fn unstarred_items(node: Node<'_>) -> Option<Vec<Node<'_>>> {
    let mut cursor = node.walk();
    let items: Vec<Node<'_>> = node
        .named_children(&mut cursor)
        .filter(|n| n.kind_name() != "comment")
        .collect();
    let starred =
        (items.iter()).any(|n| matches!(n.kind_name(), "list_splat" | "list_splat_pattern"));
    (!starred).then_some(items)
}

/// A rebinding of the module-level `name` that no assignment spells, made at run time: an
/// item stored in or removed from `globals()` (`globals()["mode"] = "fast"`,
/// `globals().update(...)`), or `setattr`/`delattr` on the running module
/// (`setattr(sys.modules[__name__], "level", 9)`, `sys.modules[__name__].level = 9`), each
/// also through a local bound to the namespace (`g = globals(); g["mode"] = ...`, `this =
/// sys.modules[__name__]; setattr(this, "level", 9)`), in a function or under the `__main__`
/// guard. Under fork a worker started after it sees the new value; a value passed where the
/// callable is handed over, or a worker's own import of the module, does not. A key that is
/// not a string literal may be any name. What import-time code writes so, a worker's import
/// writes again. With `passed_at`, where a lift would pass the name's value, a write of the
/// guard's own code before that point (and not in a loop around it) is in the value passed.
/// The write, as spelled, and its line.
pub(super) fn dynamic_rebind(
    callee: &Callee<'_>,
    name: &str,
    passed_at: Option<usize>,
) -> Option<(String, usize)> {
    runtime_rebind(callee.eval, callee.guards, name, passed_at)
}

/// `dynamic_rebind`, for the file's `__main__` guards `guards`.
pub(crate) fn runtime_rebind(
    eval: &super::values::Evaluator<'_>,
    guards: &[TextRange],
    name: &str,
    passed_at: Option<usize>,
) -> Option<(String, usize)> {
    let model = eval.model;
    namespaces(eval).into_iter().find_map(|(node, globals)| {
        let written = if globals {
            globals_write(eval, node, name)?
        } else {
            module_write(eval, node, name)?
        };
        let at = written.start_byte();
        let scope = code_scope(model, model.scope_at(at));
        let runs =
            scope != SemanticModel::MODULE || guards.iter().any(|g| g.start <= at && at < g.end);
        if !runs {
            return None;
        }
        if let Some(passed) = passed_at
            && scope == SemanticModel::MODULE
            && at < passed
            && !in_loop_with(written, passed)
        {
            return None;
        }
        let spelled = match written.kind_name() {
            "subscript" | "attribute" => format!("{} = ...", eval.one_line(written)),
            _ => eval.one_line(written),
        };
        Some((spelled, eval.line_at(at)))
    })
}

/// The expressions that are the module's namespace, each with whether it is the `globals()`
/// dict (else the running module): `globals()`, `sys.modules[__name__]` (or
/// `["__main__"]`), and every read of a local bound once to one of them.
fn namespaces<'a>(eval: &super::values::Evaluator<'a>) -> Vec<(Node<'a>, bool)> {
    let model = eval.model;
    let identifier_at = |range: TextRange| {
        eval.root
            .descendant_for_byte_range(range.start, range.end)
            .filter(|node| node.kind_name() == "identifier")
    };
    let mut found: Vec<(Node<'a>, bool)> = Vec::new();
    for reference in &model.references {
        let is_globals = reference.name == "globals" && reference.resolution == Resolution::Builtin;
        let is_modules = !is_globals
            && matches!(reference.name.as_str(), "sys" | "modules")
            && matches!(reference.resolution, Resolution::Scope(_));
        if !is_globals && !is_modules {
            continue;
        }
        let Some(identifier) = identifier_at(reference.range) else {
            continue;
        };
        let namespace = if is_globals {
            call_of(identifier).filter(|call| {
                call.field("arguments")
                    .is_some_and(|a| crate::core::parse::named_items(a).is_empty())
            })
        } else {
            let top = chain_top(identifier);
            let subscript = top
                .parent()
                .filter(|p| p.kind_name() == "subscript" && p.field("value") == Some(top));
            subscript.filter(|subscript| {
                subscript.field("subscript").is_some_and(|key| {
                    matches!(eval.text(key), "__name__" | "'__main__'" | "\"__main__\"")
                }) && super::unpicklable::qualified_name(eval, top, reference.scope).as_deref()
                    == Some("sys.modules")
            })
        };
        let Some(namespace) = namespace else {
            continue;
        };
        found.push((namespace, is_globals));
        // `g = globals()`: the reads of `g` in its scope, when that is its one binding.
        let Some(alias) = namespace
            .parent()
            .filter(|a| a.kind_name() == "assignment" && a.field("right") == Some(namespace))
            .and_then(|a| a.field("left"))
            .filter(|left| left.kind_name() == "identifier")
        else {
            continue;
        };
        let alias = eval.text(alias);
        let scope = code_scope(model, reference.scope);
        if model.sole_binding(scope, alias).is_none() {
            continue;
        }
        for read in model
            .references
            .iter()
            .filter(|r| r.name == alias && r.resolution == Resolution::Scope(scope))
        {
            if let Some(node) = identifier_at(read.range) {
                found.push((node, is_globals));
            }
        }
    }
    found
}

/// The write of `name` through `namespace`, the `globals()` dict: `namespace["mode"] = ...`,
/// `del namespace["mode"]`, `namespace.update(...)`, `.setdefault("mode", ...)`,
/// `.pop("mode")`.
fn globals_write<'a>(
    eval: &super::values::Evaluator<'_>,
    namespace: Node<'a>,
    name: &str,
) -> Option<Node<'a>> {
    let names = |key: Node<'_>| string_literal(eval.text(key)).is_none_or(|key| key == name);
    let parent = namespace.parent()?;
    match parent.kind_name() {
        "subscript" if parent.field("value") == Some(namespace) => {
            let removed = parent
                .parent()
                .is_some_and(|p| p.kind_name() == "delete_statement");
            (stored_in(parent).is_some() || removed)
                .then_some(())
                .and_then(|()| parent.field("subscript"))
                .filter(|&key| names(key))
                .map(|_| parent)
        }
        "attribute" if parent.field("object") == Some(namespace) => {
            let method = eval.text(parent.field("attribute")?);
            let changed = call_of(parent)?;
            let items = crate::core::parse::named_items(changed.field("arguments")?);
            let found = match method {
                "update" => items.iter().all(|item| {
                    item.kind_name() != "keyword_argument"
                        || item.field("name").is_some_and(|key| eval.text(key) == name)
                }),
                "setdefault" | "pop" | "__setitem__" | "__delitem__" => {
                    items.first().is_none_or(|&key| names(key))
                }
                "clear" | "popitem" => true,
                _ => false,
            };
            found.then_some(changed)
        }
        _ => None,
    }
}

/// The write of `name` through `namespace`, the running module: `setattr(namespace, "level",
/// 9)`, `delattr(...)`, `namespace.level = 9`, `del namespace.level`.
fn module_write<'a>(
    eval: &super::values::Evaluator<'_>,
    namespace: Node<'a>,
    name: &str,
) -> Option<Node<'a>> {
    let model = eval.model;
    let names = |key: Node<'_>| string_literal(eval.text(key)).is_none_or(|key| key == name);
    let mut argument = namespace;
    while let Some(parent) = argument.parent()
        && parent.kind_name() == "parenthesized_expression"
    {
        argument = parent;
    }
    let parent = argument.parent()?;
    match parent.kind_name() {
        "argument_list" => {
            let arguments = crate::core::parse::named_items(parent);
            let call = parent.parent()?;
            let function = call.field("function")?;
            let builtin = matches!(eval.text(function), "setattr" | "delattr")
                && model.resolve(model.scope_at(function.start_byte()), eval.text(function))
                    == Resolution::Builtin;
            (builtin
                && arguments.first() == Some(&argument)
                && arguments.get(1).is_some_and(|&key| names(key)))
            .then_some(call)
        }
        "attribute" if parent.field("object") == Some(argument) => {
            let removed = parent
                .parent()
                .is_some_and(|p| p.kind_name() == "delete_statement");
            (parent
                .field("attribute")
                .is_some_and(|a| eval.text(a) == name)
                && (stored_in(parent).is_some() || removed))
                .then_some(parent)
        }
        _ => None,
    }
}

/// The name a plain string literal spells (`"mode"`, `'mode'`), if it is one.
fn string_literal(text: &str) -> Option<&str> {
    let inner = (text.strip_prefix('"').and_then(|t| t.strip_suffix('"')))
        .or_else(|| text.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')))?;
    (!inner.is_empty() && inner.chars().all(|c| c.is_alphanumeric() || c == '_')).then_some(inner)
}

/// The function (or the module) whose code `scope` runs in: a comprehension's is its
/// function's (`[SEEN.add(x) for x in xs]` in `main` runs when `main` does).
fn code_scope(model: &SemanticModel, scope: ScopeId) -> ScopeId {
    let mut scope = scope;
    while model.scope(scope).kind == ScopeKind::Comprehension
        && let Some(parent) = model.scope(scope).parent
    {
        scope = parent;
    }
    scope
}

/// Whether `node` lies in a `__main__` guard that calls something other than a builtin after
/// it: a write the guard makes once the work it started is done (`main()`, then
/// `STATS["runs"] += 1`) comes after every hand-over.
fn guard_calls_after(callee: &Callee<'_>, node: Node<'_>) -> bool {
    let at = node.end_byte();
    let Some(guard) = (callee.guards.iter())
        .find(|g| g.start <= node.start_byte() && at <= g.end)
        .and_then(|g| callee.eval.node_at(*g))
    else {
        return false;
    };
    let statement = std::iter::successors(Some(node), |n| n.parent())
        .find(|n| n.parent().is_some_and(|p| p.id() == guard.id()))
        .map_or(at, |s| s.end_byte());
    let mut stack = vec![guard];
    while let Some(current) = stack.pop() {
        if current.end_byte() <= statement {
            continue;
        }
        // A builtin (`print("done", STATS)`) hands nothing over.
        if current.kind_name() == "call"
            && current.start_byte() >= statement
            && !current
                .field("function")
                .filter(|f| f.kind_name() == "identifier")
                .is_some_and(|f| {
                    let model = callee.eval.model;
                    model.resolve(model.scope_at(f.start_byte()), callee.eval.text(f))
                        == Resolution::Builtin
                })
        {
            return true;
        }
        let mut cursor = current.walk();
        stack.extend(current.named_children(&mut cursor));
    }
    false
}

/// Whether a loop of the same function holds both `node` and the offset `at`: a write after
/// the hand-over in a loop that hands over again comes before the next hand-over.
fn in_loop_with(node: Node<'_>, at: usize) -> bool {
    std::iter::successors(node.parent(), |n| n.parent())
        .take_while(|n| {
            !matches!(
                n.kind_name(),
                "function_definition" | "lambda" | "class_definition"
            )
        })
        .any(|n| {
            matches!(n.kind_name(), "for_statement" | "while_statement")
                && n.start_byte() <= at
                && at < n.end_byte()
        })
}

fn function_name(model: &SemanticModel, scope: ScopeId) -> &str {
    model.scope(scope).name.as_deref().unwrap_or("?")
}

/// What the code around `identifier` writes through it, if anything, and whether it changes
/// a value in place (an item, a method) rather than setting an attribute: `Opts.scale = 1`
/// sets `Opts.scale`; `CONFIG["k"] = 1`, `del CONFIG["k"]` and `CONFIG.update(...)` change
/// `CONFIG`; `setattr(Opts, "scale", 1)` sets `Opts.scale`. `module` says the name is a
/// module, whose functions (`settings.update(...)`) are not a container's methods.
fn written_through(
    callee: &Callee<'_>,
    identifier: Node<'_>,
    receiver: &str,
    module: bool,
    methods: bool,
) -> Option<(String, StateChange)> {
    let eval = callee.eval;
    // `setattr(Opts, "scale", 1)`
    if let Some(arguments) = identifier.parent()
        && arguments.kind_name() == "argument_list"
        && arguments.named_child(0) == Some(identifier)
        && let Some(call) = arguments.parent()
        && call
            .field("function")
            .is_some_and(|f| eval.text(f) == "setattr")
    {
        let attribute = arguments
            .named_child(1)
            .filter(|a| a.kind_name() == "string")
            .map(|a| super::values::string_content(eval.text(a)).to_string());
        return Some(match attribute {
            Some(attribute) => (
                format!("{}.{attribute}", eval.text(identifier)),
                StateChange::Set,
            ),
            None => (eval.text(identifier).to_string(), StateChange::Set),
        });
    }
    // `next(IDS)`: every call advances the iterator, whatever it is (`itertools.count()`,
    // a generator), and a worker forked after it goes on from there.
    // `random.shuffle(ITEMS)`, `load_into(CONFIG)` with `def load_into(cfg): cfg["k"] = 1`.
    if let Some(arguments) = identifier.parent()
        && arguments.kind_name() == "argument_list"
        && let Some(call) = arguments.parent()
        && let Some(position) = crate::core::parse::named_items(arguments)
            .iter()
            .position(|a| *a == identifier)
        && !crate::core::parse::named_items(arguments)[..position]
            .iter()
            .any(|a| {
                matches!(
                    a.kind_name(),
                    "list_splat" | "keyword_argument" | "dictionary_splat"
                )
            })
        && argument_changed(callee, call, position, methods)
    {
        return Some((spelled(eval, identifier), StateChange::InPlace));
    }
    // Climb the attributes and items read from the name to the expression they make.
    let mut node = identifier;
    let mut pure = identifier;
    let mut item = false;
    loop {
        let parent = node.parent()?;
        match parent.kind_name() {
            // `(cfg := CONFIG)["k"] = 1` writes through `CONFIG` as `CONFIG["k"] = 1` does.
            "named_expression" if parent.field("value") == Some(node) => node = parent,
            "parenthesized_expression" => node = parent,
            "attribute" if parent.field("object") == Some(node) => {
                if let Some(call) = parent.parent()
                    && call.kind_name() == "call"
                    && call.field("function") == Some(parent)
                {
                    let method = parent.field("attribute").map(|a| eval.text(a))?;
                    // `REGISTRY.register("scale", 10)`, `Settings.load(10)`: a method of a
                    // class of the file, which writes through its instance or class or not
                    // (`METER.update(0)` that only prints), whatever its name.
                    if node == identifier
                        && let Some(writes) = receiver_writes(callee, receiver, method, methods)
                    {
                        return writes.then(|| (spelled(eval, pure), StateChange::InPlace));
                    }
                    // `RNG.randint(0, 9)`, wherever its value goes: every draw moves the
                    // generator's state, which a worker forked after it starts from.
                    if node == identifier
                        && !module
                        && method != "getstate"
                        && seeded_generator(callee, receiver)
                    {
                        return Some((spelled(eval, pure), StateChange::InPlace));
                    }
                    let container = !(module && node == identifier);
                    if container && MUTATORS.contains(&method) {
                        return Some((spelled(eval, pure), StateChange::InPlace));
                    }
                    // `registry.register("alpha")` after `import registry`, a module of the
                    // project's: its functions set what they like on their module. Only a
                    // statement of its own, whose result nothing reads (`if np.isnan(x):`
                    // reads one); not the standard library's, whose state is the
                    // interpreter's (`logging.basicConfig`, `random.seed`), nor a query
                    // (`reads_only`). `check_parent_writes` also wants a value of the module
                    // read (`registry.ITEMS`), not only its functions called.
                    if !container
                        && methods
                        && call
                            .parent()
                            .is_some_and(|p| p.kind_name() == "expression_statement")
                        && !reads_only(method)
                        && foreign_module(callee, receiver)
                    {
                        return Some((
                            spelled(eval, identifier),
                            StateChange::ModuleFunction(method.to_string()),
                        ));
                    }
                    // `Settings.load(...)`, `if not Settings.section.load(...)` on a class
                    // or instance imported from another file, or an attribute of one: its
                    // code is not read here, and it may set what it likes on the object it
                    // was reached from. Only a call made for its effect: its result dropped,
                    // or only tested (a success flag), not one that makes or reads a value
                    // (`a = np.arange(3)`, `sig = task.s(2)`,
                    // `Signature.from_dict(d).apply()`); and no query by its name
                    // (`reads_only`). The change is to the imported name as a whole.
                    return (methods
                        && !item
                        && for_effect(call)
                        && !reads_only(method)
                        && (imported_object(callee, receiver)
                            || (call
                                .parent()
                                .is_some_and(|p| p.kind_name() == "expression_statement")
                                && foreign_instance(callee, receiver))))
                    .then(|| {
                        let path = spelled(eval, parent);
                        let method = path
                            .strip_prefix(&spelled(eval, identifier))
                            .and_then(|rest| rest.strip_prefix('.'))
                            .unwrap_or(method);
                        (
                            spelled(eval, identifier),
                            StateChange::ForeignMethod(method.to_string()),
                        )
                    });
                }
                if !item {
                    pure = parent;
                }
                node = parent;
            }
            "subscript" if parent.field("value") == Some(node) => {
                item = true;
                node = parent;
            }
            _ => break,
        }
    }
    if node == identifier || !super::inferred::written_target(node) {
        return None;
    }
    if item || node != pure {
        Some((spelled(eval, pure), StateChange::InPlace))
    } else {
        Some((spelled(eval, pure), StateChange::Set))
    }
}

/// The classes of random generators whose every method but `getstate` moves their state.
const GENERATORS: [&str; 4] = [
    "random.Random",
    "numpy.random.default_rng",
    "numpy.random.RandomState",
    "numpy.random.Generator",
];

/// Whether the module-level name `name` is bound once, to a random generator of its own
/// (`RNG = random.Random(0)`).
fn seeded_generator(callee: &Callee<'_>, name: &str) -> bool {
    let (eval, model) = (callee.eval, callee.eval.model);
    let [binding] = model.bindings_of(SemanticModel::MODULE, name) else {
        return false;
    };
    let binding = model.binding(*binding);
    let Some(value) = binding.value.and_then(|r| eval.node_at(r)) else {
        return false;
    };
    let value = super::callables::unparenthesize(value);
    value.kind_name() == "call"
        && value.field("function").is_some_and(|function| {
            super::unpicklable::qualified_name(eval, function, SemanticModel::MODULE)
                .is_some_and(|q| GENERATORS.contains(&q.as_str()))
        })
}

/// Whether `call` is made for what it does, not for a value: an expression statement of its
/// own, or a test of its result (`if not load(path): return`, `assert register(x)`, `while
/// step() and more:`), which reads a success flag.
fn for_effect(call: Node<'_>) -> bool {
    let mut node = call;
    while let Some(parent) = node.parent() {
        match parent.kind_name() {
            "not_operator" | "boolean_operator" | "parenthesized_expression" => node = parent,
            "expression_statement" | "assert_statement" => return true,
            "if_statement" | "elif_clause" | "while_statement" => {
                return parent.field("condition") == Some(node);
            }
            _ => return false,
        }
    }
    false
}

/// Whether the module-level `name` is only ever bound by `from ... import name` (a class or
/// an object of another module, or maybe a submodule), not by `import name`: a module's
/// functions are no methods of a receiver.
fn imported_object(callee: &Callee<'_>, name: &str) -> bool {
    let bindings = callee.eval.model.bindings_of(SemanticModel::MODULE, name);
    !bindings.is_empty()
        && bindings.iter().all(|&id| {
            matches!(
                &callee.eval.model.binding(id).kind,
                BindingKind::Import {
                    member: Some(_),
                    ..
                }
            )
        })
}

/// Whether the module-level `name` is bound once, by an assignment, to what a class or function
/// of another module makes (`RNG = random.Random()`, `SESSION = requests.Session()`): its
/// methods' code is not read, so any of them called as a statement of its own may change it
/// (`RNG.seed(1234)`).
fn foreign_instance(callee: &Callee<'_>, name: &str) -> bool {
    let (eval, model) = (callee.eval, callee.eval.model);
    let [only] = model.bindings_of(SemanticModel::MODULE, name) else {
        return false;
    };
    let binding = model.binding(*only);
    if binding.kind != BindingKind::Assignment {
        return false;
    }
    let Some(function) = binding
        .value
        .and_then(|value| eval.node_at(value))
        .filter(|value| value.kind_name() == "call")
        .and_then(|call| call.field("function"))
    else {
        return false;
    };
    // A module found at run time (`np = pytest.importorskip("numpy")`) is a module still.
    super::unpicklable::qualified_name(eval, function, SemanticModel::MODULE).is_some_and(
        |qualified| {
            qualified.contains('.')
                && !matches!(
                    qualified.as_str(),
                    "pytest.importorskip" | "importlib.import_module" | "importlib.reload"
                )
                && !IMMUTABLE_CLASSES.contains(&qualified.as_str())
        },
    )
}

/// Classes of the standard library whose instances no method changes: `OUT.mkdir()` on a
/// `pathlib.Path` changes the file system, which a worker started by spawn sees too.
const IMMUTABLE_CLASSES: [&str; 14] = [
    "datetime.date",
    "datetime.datetime",
    "datetime.time",
    "datetime.timedelta",
    "decimal.Decimal",
    "fractions.Fraction",
    "pathlib.Path",
    "pathlib.PosixPath",
    "pathlib.PurePath",
    "pathlib.PurePosixPath",
    "pathlib.PureWindowsPath",
    "pathlib.WindowsPath",
    "re.compile",
    "uuid.UUID",
];

/// Whether the module-level `name` is bound only by `import` statements of one module outside
/// the standard library (`import registry`, `import pkg.settings as settings`).
fn foreign_module(callee: &Callee<'_>, name: &str) -> bool {
    let model = callee.eval.model;
    let bindings = model.bindings_of(SemanticModel::MODULE, name);
    let modules: Vec<&str> = bindings
        .iter()
        .filter_map(|&id| match &model.binding(id).kind {
            BindingKind::Import {
                module,
                member: None,
                ..
            } => Some(module.as_str()),
            _ => None,
        })
        .collect();
    modules.len() == bindings.len()
        && modules.first().is_some_and(|first| {
            modules.iter().all(|m| m == first) && !super::imports::in_stdlib(first)
        })
}

/// Whether a method of that name, on an object of another module, is taken to leave it as it
/// is: a query (`get`, `keys`, `is_valid`, `to_dict`) or a logger's (`info`), which is what
/// such calls mostly are. Any other counts as a possible write, the safe side.
pub(super) fn reads_only(method: &str) -> bool {
    const QUERIES: [&str; 26] = [
        "get",
        "keys",
        "values",
        "items",
        "copy",
        "count",
        "index",
        "format",
        "find",
        "exists",
        "debug",
        "info",
        "warning",
        "warn",
        "error",
        "exception",
        "critical",
        "log",
        "join",
        "startswith",
        "endswith",
        "__contains__",
        "print",
        "flush",
        "rule",
        "cache_clear",
    ];
    const PREFIXES: [&str; 9] = [
        "get_", "is_", "has_", "to_", "as_", "find_", "from_", "describe", "assert",
    ];
    // A class of a module (`beat.Scheduler(...)`) makes an object.
    // `get_or_create`, `get_or_set` write what they do not find.
    QUERIES.contains(&method)
        || (PREFIXES.iter().any(|prefix| method.starts_with(prefix)) && !method.contains("_or_"))
        || method.starts_with(|c: char| c.is_ascii_uppercase())
}

/// For `name.method(...)` with `name` a module-level class of the file, or a module-level
/// instance made by calling one (`REGISTRY = Registry()`, annotated or not): whether the
/// class's own `method` writes through its first parameter (`self.items[k] = v`, `cls.scale =
/// scale`, `self.items.append(...)`). `None` when `name` is no such class or instance, or the
/// class has no such method of its own (an inherited one is not read: `None` lets the
/// container methods decide). `methods` false stops at the method's own code (its receiver's
/// methods are not followed again), so that a method calling another cannot loop.
fn receiver_writes(callee: &Callee<'_>, name: &str, method: &str, methods: bool) -> Option<bool> {
    let (eval, model) = (callee.eval, callee.eval.model);
    let [binding] = model.bindings_of(SemanticModel::MODULE, name) else {
        return None;
    };
    let binding = model.binding(*binding);
    let class = match binding.kind {
        BindingKind::ClassDef => name.to_string(),
        BindingKind::Assignment | BindingKind::AnnotatedAssignment => {
            let value = super::callables::unparenthesize(eval.node_at(binding.value?)?);
            let function = value
                .field("function")
                .filter(|f| value.kind_name() == "call" && f.kind_name() == "identifier")?;
            eval.text(function).to_string()
        }
        _ => return None,
    };
    let class = eval.module_class(&class)?;
    let def = method_def(callee, class, method)?;
    if !methods {
        // Not read again: counted as a write, the safe side.
        return Some(true);
    }
    Some(writes_through_first_parameter(callee, class, def, 0))
}

/// How many calls of the receiver's own methods (`self._store(...)` in `register`) are
/// followed from the method called.
const MAX_RECEIVER_CALLS: usize = 2;

/// The `def` of the method `name` an instance of the module-level class `class` reaches, by
/// its resolution order among the file's classes (an inherited one too, decorated or not);
/// `None` when a class of another file, or one not known, comes first in the order.
fn method_def<'a>(callee: &Callee<'a>, class: ScopeId, name: &str) -> Option<Node<'a>> {
    let (eval, model) = (callee.eval, callee.eval.model);
    for ancestor in eval.linearization(class)? {
        let super::values::Ancestor::Own(scope) = ancestor else {
            return None;
        };
        let found = (model.scopes.iter().enumerate()).find(|(_, s)| {
            s.kind == ScopeKind::Function
                && s.parent == Some(scope)
                && s.name.as_deref() == Some(name)
        });
        if let Some((index, _)) = found {
            return eval.scope_node(ScopeId(index as u32));
        }
        if !model.bindings_of(scope, name).is_empty() {
            return None;
        }
    }
    None
}

/// Whether the method `def` of `class` writes through its first parameter (`self.items[k] =
/// v`, `cls.scale = scale`, `self.items.append(...)`), or calls a method of its class on it
/// that does (`self._store(...)`), up to `MAX_RECEIVER_CALLS` deep; a parameter-less method
/// counts as writing.
fn writes_through_first_parameter(
    callee: &Callee<'_>,
    class: ScopeId,
    def: Node<'_>,
    depth: usize,
) -> bool {
    let eval = callee.eval;
    let Some(receiver) = def
        .field("parameters")
        .and_then(|p| p.named_child(0))
        .filter(|p| p.kind_name() == "identifier")
        .map(|p| eval.text(p))
    else {
        return true;
    };
    for node in body_reads(callee, def, receiver) {
        if written_through(callee, node, eval.text(node), false, false).is_some() {
            return true;
        }
        // `self._store(name, value)`.
        let called = node
            .parent()
            .filter(|a| a.kind_name() == "attribute" && a.field("object") == Some(node))
            .filter(|a| {
                a.parent()
                    .is_some_and(|c| c.kind_name() == "call" && c.field("function") == Some(*a))
            })
            .and_then(|a| a.field("attribute"))
            .map(|a| eval.text(a));
        if let Some(called) = called
            && let Some(other) = method_def(callee, class, called)
            && other.id() != def.id()
            && (depth >= MAX_RECEIVER_CALLS
                || writes_through_first_parameter(callee, class, other, depth + 1))
        {
            return true;
        }
    }
    false
}

/// The identifiers spelling `name` in the body of the function `def`, nested code included.
fn body_reads<'a>(callee: &Callee<'a>, def: Node<'a>, name: &str) -> Vec<Node<'a>> {
    let mut found = Vec::new();
    let mut stack: Vec<Node<'a>> = def.field("body").into_iter().collect();
    while let Some(node) = stack.pop() {
        if node.kind_name() == "identifier" && callee.eval.text(node) == name {
            found.push(node);
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    found
}

/// Functions of the standard library that change their first argument in place.
pub(super) const CHANGING_FIRST: [&str; 9] = [
    "random.shuffle",
    "heapq.heappush",
    "heapq.heappop",
    "heapq.heapify",
    "heapq.heapreplace",
    "heapq.heappushpop",
    "bisect.insort",
    "bisect.insort_left",
    "bisect.insort_right",
];

/// Whether `call` changes its positional argument at `position` in place: the first one of a
/// function of `CHANGING_FIRST` or of the builtin `next`, or one a module-level function of the file writes through
/// (its parameter at that position assigned an attribute or an item, or changed by a
/// container's method). `methods` false does not read the file's function (see
/// `receiver_writes`).
fn argument_changed(callee: &Callee<'_>, call: Node<'_>, position: usize, methods: bool) -> bool {
    let (eval, model) = (callee.eval, callee.eval.model);
    let Some(function) = call.field("function") else {
        return false;
    };
    let scope = model.scope_at(function.start_byte());
    if position == 0
        && super::unpicklable::qualified_name(eval, function, scope)
            .is_some_and(|name| CHANGING_FIRST.contains(&name.as_str()))
    {
        return true;
    }
    // `next(_ids)` advances an iterator (`itertools.count(1)`) where it stands.
    if position == 0
        && function.kind_name() == "identifier"
        && eval.text(function) == "next"
        && model.resolve(scope, "next") == Resolution::Builtin
    {
        return true;
    }
    if !methods
        || function.kind_name() != "identifier"
        || model.resolve(scope, eval.text(function)) != Resolution::Scope(SemanticModel::MODULE)
    {
        return false;
    }
    let Some(def) = super::captures::module_functions(model, eval.text(function))
        .first()
        .and_then(|&scope| eval.scope_node(scope))
    else {
        return false;
    };
    let Some(parameter) = def
        .field("parameters")
        .map(crate::core::parse::named_items)
        .and_then(|parameters| parameters.get(position).copied())
        .filter(|p| p.kind_name() == "identifier")
        .map(|p| eval.text(p))
    else {
        return false;
    };
    // `shuffled(xs, RNG)` with `rng.shuffle(xs)` inside: a draw from the generator passed.
    let generator = call
        .field("arguments")
        .and_then(|a| crate::core::parse::named_items(a).get(position).copied())
        .filter(|a| a.kind_name() == "identifier")
        .is_some_and(|a| seeded_generator(callee, eval.text(a)));
    body_reads(callee, def, parameter).into_iter().any(|node| {
        written_through(callee, node, eval.text(node), false, false).is_some()
            || (generator
                && node.parent().is_some_and(|attribute| {
                    attribute.kind_name() == "attribute"
                        && attribute.field("object") == Some(node)
                        && call_of(attribute).is_some()
                        && attribute
                            .field("attribute")
                            .is_some_and(|m| eval.text(m) != "getstate")
                }))
    })
}

/// Whether the function `scope` runs in the parent at run time, before the hand-over: a
/// module-level function of the file only ever called (never handed over as
/// `initializer=init` would be), never from the callable, and called from the `__main__`
/// guard, from a function around the callable, or from such a function in turn. A call from
/// the module's own statements does not count, since a worker's import of the module makes it
/// too, but does not hide one from the parent (`configure()` at import, `configure(10)` in
/// `main`). Calls deeper than `MAX_PARENT_CALLS` count as the parent's.
fn parent_only_caller(
    callee: &Callee<'_>,
    enclosing: &[ScopeId],
    handed_by: usize,
    scope: ScopeId,
    cumulative: bool,
    depth: usize,
) -> bool {
    let (eval, model) = (callee.eval, callee.eval.model);
    if enclosing.contains(&scope) {
        return true;
    }
    if scope == SemanticModel::MODULE {
        return false;
    }
    // Calls too deep to follow are taken to come from the parent: a refusal is the safe side.
    if depth >= MAX_PARENT_CALLS {
        return true;
    }
    // A constructor runs where its class is called (`Widget("b")`).
    let (function_name, class) = match module_function_name(model, scope) {
        Some(name) => (name, false),
        None => match constructed_class(model, scope) {
            Some(name) => (name, true),
            None => return false,
        },
    };
    let mut calls: Vec<_> = model
        .references
        .iter()
        .filter(|r| {
            r.name == function_name && r.resolution == Resolution::Scope(SemanticModel::MODULE)
        })
        .collect();
    // Handed over (`initializer=configure`) or called by the worker, the function runs in the
    // worker too, and sets up what it reads there; unless what it does adds up (`next(IDS)`,
    // `COUNT += 1`, a constructor counting its instances), and the parent's calls count
    // whatever the worker's do. A class read from (`Widget.created`) is not handed over.
    let only_called = calls.iter().all(|reference| {
        let in_worker = callee.range.contains_range(reference.range);
        if called_at(eval, reference.range) {
            class || cumulative || !in_worker
        } else {
            class
                && eval.node_at(reference.range).is_some_and(|node| {
                    node.parent().is_some_and(|p| {
                        p.kind_name() == "attribute" && p.field("object") == Some(node)
                    })
                })
        }
    });
    calls.retain(|reference| called_at(eval, reference.range));
    // One call from the parent is enough: `configure()` at import sets the defaults a
    // worker's import sets too, `configure(10)` in `main` what it does not.
    only_called
        && calls.iter().any(|reference| {
            let caller = code_scope(model, reference.scope);
            let Some(node) = identifier_at(callee, reference.range) else {
                return false;
            };
            if caller == SemanticModel::MODULE {
                // The call may be what leads to the hand-over (`main()` setting the state
                // and then starting the work): any call from the guard counts.
                callee
                    .guards
                    .iter()
                    .any(|g| g.contains_range(reference.range))
            } else if enclosing.contains(&caller) {
                // `summarize()` in `main` after the pool is done runs after the hand-over.
                reference.range.start < handed_by || in_loop_with(node, handed_by)
            } else {
                caller != scope
                    && parent_only_caller(
                        callee,
                        enclosing,
                        handed_by,
                        caller,
                        cumulative,
                        depth + 1,
                    )
            }
        })
}

/// Calls that change a setting of the process they run in, which a process started by spawn
/// or forkserver does not inherit, each with the module whose use the setting changes: the
/// logging configuration, the seed of the shared random generator, the warning filters, the
/// locale, the garbage collector, what a module keeps registered (sqlite3's adapters,
/// ElementTree's namespace prefixes), a library's options.
const PROCESS_SETTINGS: [(&str, &str); 52] = [
    ("asyncio.set_event_loop_policy", "asyncio"),
    ("calendar.setfirstweekday", "calendar"),
    ("codecs.register", ANY_WORK),
    ("codecs.register_error", ANY_WORK),
    ("csv.register_dialect", "csv"),
    // The context of a `with` block: a process started inside it forks with it.
    ("decimal.localcontext", "decimal"),
    ("decimal.setcontext", "decimal"),
    ("gc.disable", "gc"),
    ("gc.freeze", "gc"),
    ("gc.set_debug", "gc"),
    ("gc.set_threshold", "gc"),
    // Puts `_` among the builtins.
    ("gettext.install", ANY_WORK),
    ("locale.setlocale", "locale"),
    ("logging.addLevelName", "logging"),
    ("logging.basicConfig", "logging"),
    ("logging.captureWarnings", "warnings"),
    ("logging.config.dictConfig", "logging"),
    ("logging.config.fileConfig", "logging"),
    ("logging.disable", "logging"),
    ("logging.setLogRecordFactory", "logging"),
    ("logging.setLoggerClass", "logging"),
    ("mimetypes.add_type", "mimetypes"),
    ("mimetypes.init", "mimetypes"),
    ("multiprocessing.util.register_after_fork", ANY_WORK),
    ("numpy.random.seed", "numpy.random"),
    ("numpy.random.set_state", "numpy.random"),
    ("numpy.set_printoptions", "numpy"),
    ("numpy.seterr", "numpy"),
    ("numpy.seterrcall", "numpy"),
    // Hooks a forked child runs as it starts; a spawned one, or one a forkserver forks, has
    // none of the parent's.
    ("os.register_at_fork", ANY_WORK),
    ("pandas.set_option", "pandas"),
    ("random.seed", "random"),
    ("random.setstate", "random"),
    ("shutil.register_archive_format", "shutil"),
    ("shutil.register_unpack_format", "shutil"),
    ("socket.setdefaulttimeout", "socket"),
    ("sqlite3.register_adapter", "sqlite3"),
    ("sqlite3.register_converter", "sqlite3"),
    ("sys.set_int_max_str_digits", ANY_WORK),
    ("sys.setrecursionlimit", CALLS),
    ("sys.setswitchinterval", ANY_WORK),
    ("threading.stack_size", "threading"),
    ("torch.manual_seed", "torch"),
    ("torch.set_default_dtype", "torch"),
    ("torch.set_num_threads", "torch"),
    ("torch.use_deterministic_algorithms", "torch"),
    ("urllib.request.install_opener", "urllib.request"),
    ("warnings.filterwarnings", "warnings"),
    ("warnings.resetwarnings", "warnings"),
    ("warnings.simplefilter", "warnings"),
    ("webbrowser.register", "webbrowser"),
    (
        "xml.etree.ElementTree.register_namespace",
        "xml.etree.ElementTree",
    ),
];

/// The "module" of a setting any code may depend on (the recursion limit, the codecs that
/// `str.encode` finds, a name added to `builtins`, a module put in `sys.modules`): it counts
/// whatever the worker uses.
const ANY_WORK: &str = "*";

/// The "module" of the recursion limit: it counts for a worker that calls code of the file or
/// of a library (which may recurse), not one that only computes with its own values and
/// builtins (`lambda x: x + offset`, `q.put(x)` on its parameter).
const CALLS: &str = "calls";

/// The "module" of where `print` writes (`contextlib.redirect_stdout`): it counts for a worker
/// that prints, reads `sys`, or calls other code (which may print); not for one that only
/// computes with its own values and builtins (`out.put(base * 2)` on its parameter).
const OUTPUT: &str = "output";

/// The "module" of how the standard streams write (`sys.stdout.reconfigure(...)`), which
/// counts where `OUTPUT` does.
const STREAMS: &str = "streams";

/// The "module" of what a process inherits when it is created, `os.environ` and the signals
/// it ignores (`SIG_IGN`), changed after the program may have started a process: a worker
/// started by spawn is created after the change and has it, but one started by forkserver
/// forks from the server, which the first start made (with the state of then). It counts for
/// a worker that reads the environment or calls other code (`ENVIRONMENT`), and for a
/// signal's disposition, for any.
const SERVER_STATE: &str = "forkserver";

/// `SERVER_STATE` for a change of `os.environ`.
const ENVIRONMENT: &str = "environment";

/// The "module" of `os.putenv` and `os.unsetenv`, which change the environment a program
/// started by `exec` gets but not `os.environ`: a worker started by fork reads the old
/// `os.environ`, one started by spawn builds it from the new environment. It counts where
/// `ENVIRONMENT` does.
const PUTENV: &str = "putenv";

/// Whether the worker's code calls `print` or reads `sys` itself.
fn writes_output(callee: &Callee<'_>, code: &[WorkerCode]) -> bool {
    let model = callee.eval.model;
    code.iter().any(|&(range, _)| {
        model.references_in(range).any(|reference| {
            (reference.name == "print" && reference.resolution == Resolution::Builtin)
                || (reference.name == "sys" && matches!(reference.resolution, Resolution::Scope(_)))
        })
    })
}

/// Names of a settings module that make their own state, which its settings do not reach: a
/// generator of one's own (`random.Random(7)`) is not seeded by `random.seed`.
const OWN_STATE: [&str; 3] = [
    "random.Random",
    "random.SystemRandom",
    "numpy.random.default_rng",
];

/// Refuses the callable when it, or a function of the file it calls, uses a module whose
/// process-wide setting only the parent changes before the hand-over:
///
/// ```text
/// def main():
///     logging.basicConfig(level=logging.INFO)      decimal.getcontext().prec = 6
///     Process(target=lambda: log.info("hi"))       Process(target=lambda: print(D(1) / 7))
/// ```
///
/// A worker started by fork inherits the parent's configured logging, its decimal context, its
/// seeded generator; one started by spawn or forkserver begins with the defaults, and the lifted
/// code would log nothing, compute with 28 digits, draw other numbers.
pub(super) fn check_process_settings(
    callee: &Callee<'_>,
    code: &[WorkerCode],
) -> Result<(), String> {
    let (eval, model) = (callee.eval, callee.eval.model);
    let enclosing = enclosing_functions(model, callee.scope);
    // The settings modules the worker's code uses, with how it reaches each: through a
    // module-level name, or a capture (`log.info(...)` after `log = logging.getLogger("jobs")`
    // in `main`, which a lift passes pickled, and a logger is pickled by its name).
    let mut used: Vec<(&str, String)> = Vec::new();
    for (range, via) in code {
        for reference in model.references_in(*range) {
            let Resolution::Scope(bound_in) = reference.resolution else {
                continue;
            };
            if bound_in != SemanticModel::MODULE && !enclosing.contains(&bound_in) {
                continue;
            }
            let Some(node) = identifier_at(callee, reference.range) else {
                continue;
            };
            let Some(module) = settings_module_used(callee, node, bound_in) else {
                continue;
            };
            if !used.iter().any(|(m, _)| *m == module) {
                let reader = match via {
                    Some(via) => format!("it calls `{via}`, which uses `{module}`"),
                    None if bound_in != SemanticModel::MODULE => {
                        format!("it uses `{module}` through `{}`", eval.text(node))
                    }
                    None => format!("it uses `{module}`"),
                };
                used.push((module, reader));
            }
        }
    }
    // Any code may depend on a setting of `ANY_WORK`.
    used.push((ANY_WORK, String::new()));
    used.push((SERVER_STATE, String::new()));
    if calls_other_code(callee, code) {
        used.push((CALLS, String::new()));
        used.push((OUTPUT, String::new()));
        used.push((STREAMS, String::new()));
        used.push((ENVIRONMENT, String::new()));
        used.push((PUTENV, String::new()));
    } else {
        if recurses_locally(callee, code) {
            used.push((CALLS, String::new()));
        }
        if writes_output(callee, code) {
            used.push((OUTPUT, String::new()));
            used.push((STREAMS, String::new()));
        }
        if reads_environment(callee, code) {
            used.push((ENVIRONMENT, String::new()));
            used.push((PUTENV, String::new()));
        }
    }
    let handed_by = handover_end(callee, handed_over_at(callee)).max(callee.started_by);
    // The names bound by imports only, in order: the first change found is the one reported.
    // A name whose import cannot lead to a setting (`import unittest`) is not followed: its
    // reads are many in a large file, and `setting_changed` finds nothing through any of them.
    let mut imported: Vec<&str> = (model.scope(SemanticModel::MODULE).bindings.iter())
        .filter(|(_, bindings)| {
            (bindings.iter())
                .all(|&id| matches!(model.binding(id).kind, BindingKind::Import { .. }))
                && (bindings.iter()).any(|&id| may_reach_setting(&model.binding(id).kind))
        })
        .map(|(name, _)| name.as_str())
        .collect();
    imported.sort_unstable();
    for name in imported {
        let paths: Vec<String> = (model.bindings_of(SemanticModel::MODULE, name).iter())
            .filter_map(|&id| import_path(&model.binding(id).kind))
            .collect();
        // A read followed by an attribute that no setting's path goes on with
        // (`multiprocessing.Queue`, `os.path`) reaches none: its chain and every alias of it
        // start with that path. Told from the bytes, before the read's node is looked up,
        // for a large file reads `os` or `sys` hundreds of times.
        let relevant = |reference: &crate::core::semantic::Reference| {
            next_attribute(eval.source.as_bytes(), reference.range.end).is_none_or(|attribute| {
                (paths.iter()).any(|path| reaches_setting(&format!("{path}.{attribute}")))
            })
        };
        for (reference, identifier, _) in reads_and_aliases(callee, name, true, relevant) {
            let Some((setting, module)) = setting_changed(callee, identifier, reference.scope)
            else {
                continue;
            };
            let Some((_, reader)) = used.iter().find(|(m, _)| *m == module) else {
                continue;
            };
            let Some(writer) = parent_writer(callee, &enclosing, handed_by, reference, identifier)
            else {
                continue;
            };
            let line = eval.line_at(reference.range.start);
            if module == OUTPUT {
                return Err(format!(
                    "{writer} {setting} at run time (line {line}), which sends what the process prints elsewhere, in the process it runs in only: a worker started by spawn or forkserver prints to the real stream"
                ));
            }
            if module == STREAMS {
                return Err(format!(
                    "{writer} {setting} at run time (line {line}), which changes how the standard streams write, in the process it runs in only: a worker started by spawn or forkserver writes with the defaults"
                ));
            }
            if module == PUTENV {
                return Err(format!(
                    "{writer} {setting} at run time (line {line}), which changes the environment a new program gets but not `os.environ`: a worker started by fork reads the `os.environ` of before, one started by spawn or forkserver the new environment"
                ));
            }
            if module == SERVER_STATE || module == ENVIRONMENT {
                let started = started_before(callee, chain_top(identifier)).unwrap_or(line);
                return Err(format!(
                    "{writer} {setting} at run time (line {line}), after a process was started (line {started}): a worker started by forkserver forks from the server that first start made, which would not have the change"
                ));
            }
            if module == ANY_WORK || module == CALLS {
                return Err(format!(
                    "{writer} {setting} at run time (line {line}), a setting of the process it runs in only, which any code may depend on: a worker started by spawn or forkserver begins without it"
                ));
            }
            return Err(format!(
                "{reader}, and {writer} {setting} at run time (line {line}), a setting of the process it runs in only: a worker started by spawn or forkserver begins with the default and would not see it"
            ));
        }
    }
    Ok(())
}

/// Whether a name bound by the import `kind` may reach what `setting_changed` looks for: the
/// qualified names read through it all start with the import's path (`qualified_name`), so
/// it must overlap a function of `PROCESS_SETTINGS`, `CONFIGURED` or `REDIRECTS`, `builtins`,
/// `sys.modules`, the standard streams or `signal.signal`.
fn may_reach_setting(kind: &BindingKind) -> bool {
    import_path(kind).is_some_and(|path| reaches_setting(&path))
}

/// The dotted path a name bound by the import `kind` stands for (`import a.b` binds `a`, with
/// the path `a`).
fn import_path(kind: &BindingKind) -> Option<String> {
    let BindingKind::Import { module, member } = kind else {
        return None;
    };
    Some(match member {
        Some(member) => format!("{module}.{member}"),
        None => module.clone(),
    })
}

/// Whether the dotted `path` overlaps a setting `setting_changed` looks for (see
/// `may_reach_setting`): every qualified name read through it starts with it.
fn reaches_setting(path: &str) -> bool {
    (PROCESS_SETTINGS.iter().map(|&(function, _)| function))
        .chain(CONFIGURED.iter().map(|&(function, ..)| function))
        .chain(REDIRECTS)
        .chain([
            "builtins",
            "sys.modules",
            "sys.stdout",
            "sys.stderr",
            "signal.signal",
            "signal.pthread_sigmask",
            "os.environ",
            "os.putenv",
            "os.unsetenv",
        ])
        .any(|target| overlaps(path, target))
}

/// The attribute read right after the name that ends at `end` (`environ` in `os.environ`,
/// `os . environ`, or across a backslash continuation), when the bytes say so plainly; `None`
/// when anything else follows, a line break within brackets or a comment among them, which
/// the caller must take as any attribute.
fn next_attribute(source: &[u8], end: usize) -> Option<&str> {
    let blank = |mut at: usize| {
        loop {
            match source.get(at..) {
                Some([b' ' | b'\t' | b'\x0c', ..]) => at += 1,
                Some([b'\\', b'\n', ..]) => at += 2,
                Some([b'\\', b'\r', b'\n', ..]) => at += 3,
                _ => return at,
            }
        }
    };
    let dot = blank(end);
    if source.get(dot) != Some(&b'.') {
        return None;
    }
    let word = source.get(blank(dot + 1)..)?;
    let length = word
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
        .unwrap_or(word.len());
    // A name with a non-ASCII character is compared in its NFKC form elsewhere: not here.
    match (length, word.get(length)) {
        (0, _) => None,
        (_, Some(b)) if !b.is_ascii() => None,
        _ => std::str::from_utf8(&word[..length]).ok(),
    }
}

/// Whether a function the worker's code defines calls itself (`def rec(k): ... rec(k - 1)`),
/// which recurses as deep as its input and so depends on the recursion limit.
fn recurses_locally(callee: &Callee<'_>, code: &[WorkerCode]) -> bool {
    let model = callee.eval.model;
    code.iter().any(|&(range, _)| {
        model.references_in(range).any(|reference| {
            let Resolution::Scope(scope) = reference.resolution else {
                return false;
            };
            (model.bindings_of(scope, &reference.name).iter()).any(|&id| {
                let binding = model.binding(id);
                binding.kind == BindingKind::FunctionDef
                    && range.contains_range(binding.statement)
                    && binding.statement.contains_range(reference.range)
                    && identifier_at(callee, reference.range)
                        .is_some_and(|node| call_of(chain_top(node)).is_some())
            })
        })
    })
}

/// Whether the worker's code (`worker_code`) calls something other than a builtin or a method
/// of its own parameters and locals: a function or object of the file, of a library, or
/// captured.
fn calls_other_code(callee: &Callee<'_>, code: &[WorkerCode]) -> bool {
    let model = callee.eval.model;
    code.iter().any(|&(range, _)| {
        let own = model
            .scope_created_by(range)
            .unwrap_or_else(|| model.scope_at(range.start));
        model.references_in(range).any(|reference| {
            let outside = match reference.resolution {
                Resolution::Builtin => false,
                Resolution::Scope(scope) => !model.is_within(scope, own),
                Resolution::Unresolved => true,
            };
            outside
                && identifier_at(callee, reference.range)
                    .is_some_and(|node| call_of(chain_top(node)).is_some())
        })
    })
}

/// Whether the read `identifier` is the object of a plain store by key (`memo[key] =
/// value`), the way a cache is filled.
fn stored_by_key(identifier: Node<'_>) -> bool {
    identifier
        .parent()
        .filter(|p| p.kind_name() == "subscript" && p.field("value") == Some(identifier))
        .and_then(|subscript| {
            let assignment = subscript.parent()?;
            (assignment.kind_name() == "assignment" && assignment.field("left") == Some(subscript))
                .then_some(())
        })
        .is_some()
}

/// Whether every binding of the local `name` of `scope` makes a container of its own: a
/// list, dict or set display or comprehension, or a call of `list`, `dict`, `set`,
/// `bytearray` or a container of `collections`.
fn plain_container(callee: &Callee<'_>, scope: ScopeId, name: &str) -> bool {
    let (eval, model) = (callee.eval, callee.eval.model);
    let bindings = model.bindings_of(scope, name);
    !bindings.is_empty()
        && bindings.iter().all(|&id| {
            let binding = model.binding(id);
            let Some(value) = binding.value.and_then(|v| eval.node_at(v)) else {
                return false;
            };
            let value = unparenthesize(value);
            match value.kind_name() {
                "list"
                | "dictionary"
                | "set"
                | "list_comprehension"
                | "dictionary_comprehension"
                | "set_comprehension" => true,
                "call" => value
                    .field("function")
                    .and_then(|f| super::unpicklable::qualified_name(eval, f, binding.written_in))
                    .is_some_and(|q| {
                        matches!(
                            q.as_str(),
                            "builtins.list"
                                | "builtins.dict"
                                | "builtins.set"
                                | "builtins.bytearray"
                                | "collections.deque"
                                | "collections.Counter"
                                | "collections.defaultdict"
                                | "collections.OrderedDict"
                        )
                    }),
                _ => false,
            }
        })
}

/// Refuses a callable a pool's worker runs when it is given a guard global or a local of an
/// enclosing function as a value (`Need::Value`) that code a worker runs changes in place:
///
/// ```text
/// if __name__ == "__main__":
///     seen = set()                          resources = {}
///     def first(word):                      def init(name): resources["db"] = name
///         new = word not in seen            def task(x): return resources["db"], x
///         seen.add(word)                    Pool(2, initializer=init, initargs=("db",))
///         return new                            .map(task, xs)
///     pool.map(first, words)
/// ```
///
/// Under fork a pool's worker has one `seen` across its tasks, and its initializer fills the
/// `resources` its tasks read; passed as a value, each task and the initializer get a copy of
/// their own, so repeats are never seen and `resources["db"]` is missing. The writer counts
/// when a worker may run it: the callable or a function of the file it calls (`code`), or a
/// function the file hands somewhere rather than only calls (an initializer, another task). A
/// function only called (`load()` filling `config` before the pool) is the parent's, and what
/// it wrote before the hand-over is in the value passed.
pub(super) fn check_worker_kept_state(
    callee: &Callee<'_>,
    code: &[WorkerCode],
    needs: &[super::captures::Need],
) -> Result<(), String> {
    if !callee.pooled {
        return Ok(());
    }
    let (eval, model) = (callee.eval, callee.eval.model);
    for need in needs {
        let super::captures::Need::Value { name, scope } = need else {
            continue;
        };
        // A guard global, or a local of the function the callable is nested in (`seen =
        // set()` in `main`, which a nested `first` fills). A local counts when it is
        // evidently a container of its own (a manager's proxy, `manager.dict()`, shares what
        // its copies change), only for what the worker's own code does with it (a function
        // handed to `sorted(key=...)` runs in the parent), and only when that code reads it
        // besides changing it, other than a cache it fills by key (`memo[x] = f(x)`), which a
        // copy of its own fills with the same values: what the tasks return may depend on it.
        let local = *scope != SemanticModel::MODULE;
        let kept = match local {
            false => bound_only_under_guard(model, callee.guards, name),
            true => plain_container(callee, *scope, name),
        };
        if !kept {
            continue;
        }
        let in_code = |range: TextRange| code.iter().any(|(c, _)| c.contains_range(range));
        let references: Vec<_> = (model.references.iter())
            .filter(|r| r.name == *name && r.resolution == Resolution::Scope(*scope))
            .collect();
        let changes = |r: &&crate::core::semantic::Reference| {
            identifier_at(callee, r.range).and_then(|identifier| {
                match written_through(callee, identifier, name, false, true)? {
                    (target, StateChange::InPlace | StateChange::Set) => Some((identifier, target)),
                    _ => None,
                }
            })
        };
        if local
            && !references
                .iter()
                .any(|r| in_code(r.range) && changes(r).is_none())
        {
            continue;
        }
        for reference in references {
            let writer = code_scope(model, reference.scope);
            if writer == *scope {
                continue;
            }
            // For a local, a nested function of the enclosing one that the worker's code
            // calls (`note(x)`) runs in the worker too.
            let called_by_worker = || {
                let Some(function) = model.scope(writer).name.as_deref() else {
                    return false;
                };
                (model.references.iter()).any(|r| {
                    r.name == function
                        && in_code(r.range)
                        && identifier_at(callee, r.range)
                            .is_some_and(|node| call_of(chain_top(node)).is_some())
                })
            };
            let worker_side = in_code(reference.range)
                || match local {
                    true => called_by_worker(),
                    false => handed_somewhere(callee, writer),
                };
            if !worker_side {
                continue;
            }
            let Some((identifier, target)) = changes(&reference) else {
                continue;
            };
            if local && stored_by_key(identifier) {
                continue;
            }
            // `seen.add(...)`, `memo[...]`, `ns.count`.
            let parent = identifier.parent();
            let how = match parent.map(|p| (p.kind_name(), p)) {
                Some(("attribute", attribute)) if call_of(attribute).is_some() => {
                    format!("{}(...)", eval.text(attribute))
                }
                Some(("subscript", _)) => format!("{name}[...]"),
                _ => target,
            };
            let line = eval.line_at(reference.range.start);
            let writer = match model.scope(writer).kind {
                ScopeKind::Lambda => "the lambda".to_string(),
                _ => format!("`{}`", function_name(model, writer)),
            };
            return Err(format!(
                "it is given `{name}`, which {writer} changes in place (`{how}`, line {line}): under fork a pool's worker keeps one `{name}` across its tasks and its initializer, while passed as a value each call would get a copy of its own"
            ));
        }
    }
    Ok(())
}

/// Whether the function `scope` is handed somewhere (an argument, a value stored) rather than
/// only called by its name: a worker may run it.
fn handed_somewhere(callee: &Callee<'_>, scope: ScopeId) -> bool {
    let model = callee.eval.model;
    // A lambda is handed wherever it is written.
    if model.scope(scope).kind == ScopeKind::Lambda {
        return true;
    }
    let Some(name) = model.scope(scope).name.as_deref() else {
        return false;
    };
    let parent = model.scope(scope).parent.unwrap_or(SemanticModel::MODULE);
    let resolution = Resolution::Scope(parent);
    model
        .references
        .iter()
        .filter(|r| r.name == name && r.resolution == resolution)
        .any(|r| identifier_at(callee, r.range).is_some_and(|node| call_of(node).is_none()))
}

/// The settings module (of `PROCESS_SETTINGS`) that the name read at `identifier`, bound in
/// `bound_in`, reaches: through its imports (`logging.info`, `Decimal` after `from decimal
/// import Decimal`), or as a name bound once to what such a module makes (`log =
/// logging.getLogger(__name__)`).
fn settings_module_used(
    callee: &Callee<'_>,
    identifier: Node<'_>,
    bound_in: ScopeId,
) -> Option<&'static str> {
    let (eval, model) = (callee.eval, callee.eval.model);
    let scope = model.scope_at(identifier.start_byte());
    // A use the setting can change is a call (`Decimal(1)`, `log.info(...)`, `random.random()`):
    // a constant (`logging.INFO`) or an attribute (`log.name`) reads the same in any process.
    let top = chain_top(identifier);
    let called = call_of(top).is_some();
    let mut made = false;
    let qualified = super::unpicklable::qualified_name(eval, top, scope).or_else(|| {
        let binding = model.sole_binding(bound_in, eval.text(identifier))?;
        if binding.kind != BindingKind::Assignment {
            return None;
        }
        let mut value = eval.node_at(binding.value?)?;
        while value.kind_name() == "call" {
            value = value.field("function")?;
        }
        made = true;
        super::unpicklable::qualified_name(eval, value, bound_in)
    })?;
    // Arithmetic on a `Decimal` (`total / 3`) rounds by the current context without a call.
    if !(called || (made && overlaps(&qualified, "decimal"))) {
        return None;
    }
    if OWN_STATE.iter().any(|own| overlaps(&qualified, own)) {
        return None;
    }
    PROCESS_SETTINGS
        .iter()
        .map(|&(_, module)| module)
        .find(|module| overlaps(&qualified, module) && qualified.len() >= module.len())
}

/// How the code at `identifier` changes a setting (`calls `...``, `sets `...``, spelled as
/// written), and the setting's module: a call of
/// a function of `PROCESS_SETTINGS` (`logging.basicConfig(...)`), or a write to the current
/// decimal context (`decimal.getcontext().prec = 6`).
fn setting_changed(
    callee: &Callee<'_>,
    identifier: Node<'_>,
    scope: ScopeId,
) -> Option<(String, &'static str)> {
    let eval = callee.eval;
    let function = chain_top(identifier);
    let Some(qualified) = super::unpicklable::qualified_name(eval, function, scope) else {
        return configured_alias(callee, identifier, scope);
    };
    // `builtins.shout = str.upper`, `sys.modules["fastjson"] = json`: names every module of
    // the process finds. `sys.stdout = buf`: where its every `print` writes.
    if qualified.starts_with("builtins.") || qualified == "sys.modules" {
        return stored_in(function)
            .map(|target| (format!("sets `{}`", eval.text(target)), ANY_WORK));
    }
    if matches!(qualified.as_str(), "sys.stdout" | "sys.stderr") {
        return stored_in(function).map(|target| (format!("sets `{}`", eval.text(target)), OUTPUT));
    }
    // `sys.stdout.reconfigure(encoding="ascii")`: how its every `print` is written.
    if matches!(
        qualified.as_str(),
        "sys.stdout.reconfigure" | "sys.stderr.reconfigure"
    ) {
        return call_of(function)
            .map(|_| (format!("calls `{}(...)`", spelled(eval, function)), STREAMS));
    }
    // `os.environ["K"] = v`, `os.environ.update(...)`: a worker started by spawn has it,
    // one forked by a forkserver already running does not.
    if qualified == "os.environ"
        || qualified
            .strip_prefix("os.environ.")
            .is_some_and(|method| MUTATORS.contains(&method))
    {
        let changed = match qualified.as_str() {
            "os.environ" => stored_in(function).is_some(),
            _ => call_of(function).is_some(),
        };
        return changed
            .then(|| started_before(callee, function))
            .flatten()
            .map(|_| ("changes `os.environ`".to_string(), ENVIRONMENT));
    }
    let call = call_of(function)?;
    if matches!(qualified.as_str(), "os.putenv" | "os.unsetenv") {
        return Some((format!("calls `{}(...)`", spelled(eval, function)), PUTENV));
    }
    // The signals a process blocks last across fork and exec alike, but a forkserver started
    // before has the mask of then.
    if qualified == "signal.pthread_sigmask" {
        return started_before(callee, call).map(|_| {
            (
                format!(
                    "sets which signals are blocked with `{}(...)`",
                    spelled(eval, function)
                ),
                SERVER_STATE,
            )
        });
    }
    if qualified == "signal.signal" {
        let Some(handler) = installs_handler(eval, call, scope) else {
            // `SIG_IGN` and `SIG_DFL` last across the `exec` of spawn. A handler put back
            // from a variable (`signal.signal(SIGINT, original)` after a pool started with
            // SIGINT ignored) is the idiom that keeps the pool's workers as they were.
            let named = (call.field("arguments"))
                .and_then(|arguments| crate::core::parse::named_items(arguments).get(1).copied())
                .is_some_and(|handler| {
                    let text = eval.text(handler);
                    text.ends_with("SIG_IGN") || text.ends_with("SIG_DFL")
                });
            if !named {
                return None;
            }
            return started_before(callee, call).map(|_| {
                (
                    format!(
                        "sets how a signal is handled with `{}(...)`",
                        spelled(eval, function)
                    ),
                    SERVER_STATE,
                )
            });
        };
        return Some(handler).map(|handler| {
            let handler = if handler.starts_with("lambda") {
                "a lambda".to_string()
            } else {
                format!("`{handler}`")
            };
            (
                format!(
                    "installs {handler} as a signal handler with `{}(...)`",
                    spelled(eval, function)
                ),
                ANY_WORK,
            )
        });
    }
    if let Some(&(_, module)) = PROCESS_SETTINGS.iter().find(|(f, _)| *f == qualified) {
        return Some((format!("calls `{}(...)`", spelled(eval, function)), module));
    }
    if REDIRECTS.contains(&qualified.as_str()) {
        return redirects_hand_over(callee, call)
            .then(|| (format!("calls `{}(...)`", spelled(eval, function)), OUTPUT));
    }
    configured(callee, call, &qualified)
}

/// The line of a call before `node`, in the code of the function (or the module) that holds
/// it, that may start a process from which a forkserver runs: making a `Process`, a `Pool` or
/// a process pool without a fork context, or calling a wrapper of one. What nested functions
/// and classes define does not run there, and is not looked at.
fn started_before(callee: &Callee<'_>, node: Node<'_>) -> Option<usize> {
    let mut holder = node;
    while let Some(parent) = holder.parent() {
        holder = parent;
        if matches!(holder.kind_name(), "function_definition" | "lambda") {
            break;
        }
    }
    let body = match holder.kind_name() {
        "function_definition" => holder.field("body")?,
        _ => holder,
    };
    starts_in(callee, body, node.start_byte(), 0)
}

/// How many calls deep `started_before` follows the functions of the file a call runs.
const MAX_START_CALLS: usize = 3;

/// The line of the first call in `code`, before the byte `before`, that may start a process:
/// making one (see `started_before`), calling a wrapper of the file, or calling a
/// module-level function of the file that does one of those (`warm()` starting a `Process`).
fn starts_in(callee: &Callee<'_>, code: Node<'_>, before: usize, depth: usize) -> Option<usize> {
    let (eval, model) = (callee.eval, callee.eval.model);
    let mut found: Option<usize> = None;
    let mut stack = vec![code];
    while let Some(at) = stack.pop() {
        if at.start_byte() >= before
            || matches!(
                at.kind_name(),
                "function_definition" | "class_definition" | "lambda" | "decorated_definition"
            )
        {
            continue;
        }
        if at.kind_name() == "call"
            && at.end_byte() <= before
            && let Some(function) = at.field("function")
        {
            let scope = model.scope_at(function.start_byte());
            // A wrapper of the file over a process API may make one too (`run(warm)`).
            let mut starts = match eval.eval(function, scope) {
                super::values::Value::Class { class, fork } => {
                    !fork && class != super::api::Class::InterpreterPoolExecutor
                }
                super::values::Value::Function(row) => row.via.is_some(),
                _ => false,
            };
            if !starts
                && depth < MAX_START_CALLS
                && let Some(def) = module_function_def(callee, function, scope)
                && let Some(body) = def.field("body")
            {
                starts = starts_in(callee, body, body.end_byte(), depth + 1).is_some();
            }
            if starts {
                let line = eval.line_at(at.start_byte());
                found = Some(found.map_or(line, |known| known.min(line)));
            }
        }
        let mut cursor = at.walk();
        stack.extend(at.named_children(&mut cursor));
    }
    found
}

/// The `def` of the module-level function `function` names, read in `scope`, when it is bound
/// once, decorated or not.
fn module_function_def<'a>(
    callee: &Callee<'a>,
    function: Node<'a>,
    scope: ScopeId,
) -> Option<Node<'a>> {
    let statement =
        super::inferred::module_statement(callee.eval, function, scope, BindingKind::FunctionDef)?;
    let statement = callee.eval.statement_node(statement)?;
    match statement.kind_name() {
        "decorated_definition" => statement.field("definition"),
        _ => Some(statement),
    }
    .filter(|def| def.kind_name() == "function_definition")
}

/// Whether the worker's code reads the environment itself: `os`, or a name imported as
/// `environ` or `getenv`.
fn reads_environment(callee: &Callee<'_>, code: &[WorkerCode]) -> bool {
    let model = callee.eval.model;
    code.iter().any(|&(range, _)| {
        model.references_in(range).any(|reference| {
            matches!(reference.name.as_str(), "os" | "environ" | "getenv")
                && matches!(reference.resolution, Resolution::Scope(_))
        })
    })
}

/// The handler `signal.signal(signum, handler)` installs when it is a function of the file
/// (a `def`, found by its name or as a method, or a lambda): a worker forked after it runs
/// that function when the signal comes (`p.terminate()`, a `Ctrl-C` to the process group),
/// one started by spawn or forkserver takes the default action. `SIG_IGN` and `SIG_DFL`
/// last across the `exec` of spawn, and a handler put back from a variable
/// (`signal.signal(SIGINT, original)`) is the one the program started with.
fn installs_handler<'a>(
    eval: &super::values::Evaluator<'a>,
    call: Node<'_>,
    scope: ScopeId,
) -> Option<&'a str> {
    let arguments = call.field("arguments")?;
    let mut cursor = arguments.walk();
    let handler = arguments
        .named_children(&mut cursor)
        .filter(|a| a.kind_name() != "comment")
        .nth(1)
        .map(unparenthesize)?;
    file_handler(eval, handler, scope, 0).then(|| eval.text(handler))
}

/// Whether `handler`, read in `scope`, is a function of the file: a lambda, a `def` by its
/// name, a method by its attribute (`self.on_term`), a name bound to one of those (`handler =
/// on_term`), or `functools.partial` of one (`partial(on_term, 4)`).
fn file_handler(
    eval: &super::values::Evaluator<'_>,
    handler: Node<'_>,
    scope: ScopeId,
    depth: usize,
) -> bool {
    let model = eval.model;
    if depth > 3 {
        return false;
    }
    match handler.kind_name() {
        "lambda" => true,
        "identifier" => {
            let name = eval.text(handler);
            let Resolution::Scope(bound) = model.resolve(scope, name) else {
                return false;
            };
            model.bindings_of(bound, name).iter().any(|&id| {
                let binding = model.binding(id);
                binding.kind == BindingKind::FunctionDef
                    || (binding.kind == BindingKind::Assignment
                        && binding
                            .value
                            .and_then(|r| eval.node_at(r))
                            .is_some_and(|value| {
                                file_handler(eval, unparenthesize(value), bound, depth + 1)
                            }))
            })
        }
        // `self.on_term`: a method of the file by that name.
        "attribute" => handler.field("attribute").is_some_and(|attribute| {
            let name = eval.text(attribute);
            (model.bindings.iter()).any(|b| {
                b.name == name
                    && b.kind == BindingKind::FunctionDef
                    && model.scope(b.scope).kind == ScopeKind::Class
            })
        }),
        "call" => {
            let Some(function) = handler.field("function") else {
                return false;
            };
            let partial = super::unpicklable::qualified_name(eval, function, scope).as_deref()
                == Some("functools.partial");
            partial
                && handler
                    .field("arguments")
                    .and_then(|a| crate::core::parse::named_items(a).first().copied())
                    .is_some_and(|first| {
                        file_handler(eval, unparenthesize(first), scope, depth + 1)
                    })
        }
        _ => false,
    }
}

/// Context managers that point the process's `sys.stdout` or `sys.stderr` elsewhere for the
/// body of their `with`: a worker forked there writes into the parent's buffer (its own copy
/// of it), one started by spawn or forkserver to the real stream.
const REDIRECTS: [&str; 2] = ["contextlib.redirect_stdout", "contextlib.redirect_stderr"];

/// Whether `call` is an item of a `with` whose body holds the hand-over of the callable: the
/// redirection holds only there.
fn redirects_hand_over(callee: &Callee<'_>, call: Node<'_>) -> bool {
    let mut item = call;
    while let Some(parent) = item.parent()
        && matches!(
            parent.kind_name(),
            "as_pattern" | "parenthesized_expression"
        )
    {
        item = parent;
    }
    // A process made before the `with` and started in it (`p.start()`) is forked there.
    let at = [handed_over_at(callee), callee.started_by];
    // `stack.enter_context(redirect_stdout(buf))`: from there to the end of the `with` that
    // binds the stack (`with ExitStack() as stack:`), or, when no `with` around the call does,
    // to the end of the function, which may close the stack anywhere (or hand it on).
    if let Some((entered, stack)) = entered_context(callee, item) {
        let ancestors = std::iter::successors(entered.parent(), |n| n.parent());
        let mut end = None;
        for node in ancestors {
            match node.kind_name() {
                "with_statement"
                    if binds_with_target(callee, node, stack, entered.start_byte()) =>
                {
                    end = Some(node.end_byte());
                    break;
                }
                "function_definition" | "lambda" | "class_definition" => {
                    end = Some(node.end_byte());
                    break;
                }
                _ => {}
            }
        }
        let end = end.unwrap_or(callee.eval.source.len());
        let inside = |at: usize| entered.end_byte() <= at && at < end;
        return at.iter().any(|&at| at > 0 && inside(at)) || calls_enclosing(callee, &inside);
    }
    std::iter::successors(item.parent(), |n| n.parent())
        .take(3)
        .find(|n| n.kind_name() == "with_statement")
        .filter(|_| item.parent().is_some_and(|p| p.kind_name() == "with_item"))
        .and_then(|with| with.field("body"))
        .is_some_and(|body| {
            let inside = |at: usize| body.start_byte() <= at && at < body.end_byte();
            at.iter().any(|&at| at > 0 && inside(at)) || calls_enclosing(callee, &inside)
        })
}

/// Whether one of the items of the `with` statement `with` binds `name` (`as stack`): a
/// `with` target binding of the name, read at `at`, that lies in the statement's items.
fn binds_with_target(callee: &Callee<'_>, with: Node<'_>, name: &str, at: usize) -> bool {
    let model = callee.eval.model;
    let Resolution::Scope(owner) = model.resolve(model.scope_at(at), name) else {
        return false;
    };
    let items = TextRange::new(
        with.start_byte(),
        with.field("body")
            .map_or(with.end_byte(), |b| b.start_byte()),
    );
    model.bindings_of(owner, name).iter().any(|&id| {
        let binding = model.binding(id);
        binding.kind == BindingKind::WithTarget && items.contains_range(binding.range)
    })
}

/// The call `<stack>.enter_context(<item>)` that enters `item`, with the name `<stack>`.
fn entered_context<'a>(callee: &Callee<'a>, item: Node<'a>) -> Option<(Node<'a>, &'a str)> {
    let eval = callee.eval;
    let arguments = item
        .parent()
        .filter(|a| a.kind_name() == "argument_list" && a.named_child(0) == Some(item))?;
    let call = arguments.parent().filter(|c| c.kind_name() == "call")?;
    let function = call
        .field("function")
        .filter(|f| f.kind_name() == "attribute")?;
    let stack = function.field("object")?;
    (function
        .field("attribute")
        .is_some_and(|a| eval.text(a) == "enter_context")
        && stack.kind_name() == "identifier")
        .then(|| (call, eval.text(stack)))
}

/// Whether a call that `inside` holds calls a module-level function around the callable
/// (`with redirect_stdout(buf): launch()`, `launch` making and starting the process).
fn calls_enclosing(callee: &Callee<'_>, inside: &dyn Fn(usize) -> bool) -> bool {
    let (eval, model) = (callee.eval, callee.eval.model);
    let names: Vec<&str> = enclosing_functions(model, callee.scope)
        .into_iter()
        .filter_map(|scope| module_function_name(model, scope))
        .collect();
    !names.is_empty()
        && model.references.iter().any(|r| {
            inside(r.range.start)
                && names.contains(&r.name.as_str())
                && r.resolution == Resolution::Scope(SemanticModel::MODULE)
                && called_at(eval, r.range)
        })
}

/// The objects whose state is a process-wide setting, by the function that gives them, with
/// their settings module and the methods that change them: the current decimal context, a
/// logger (the root one for `getLogger()`, which every logger's records reach), and a
/// `gettext` catalogue, whose `install()` puts its `_` among the builtins. A value stored on
/// one (`prec = 6`, `propagate = False`) changes it too.
const CONFIGURED: [(&str, &str, &[&str]); 5] = [
    ("decimal.getcontext", "decimal", &[]),
    // `install()` puts the catalogue's `_` among the builtins.
    ("gettext.GNUTranslations", ANY_WORK, &["install"]),
    ("gettext.NullTranslations", ANY_WORK, &["install"]),
    ("gettext.translation", ANY_WORK, &["install"]),
    (
        "logging.getLogger",
        "logging",
        &[
            "addFilter",
            "addHandler",
            "removeFilter",
            "removeHandler",
            "setLevel",
        ],
    ),
];

/// How code changes the object `object`, a call of `qualified` (or a name bound to one),
/// when `CONFIGURED` says that is a setting: `getcontext().prec = 6`,
/// `getcontext().traps[Inexact] = True`, `logging.getLogger().setLevel(...)`.
fn configured(
    callee: &Callee<'_>,
    object: Node<'_>,
    qualified: &str,
) -> Option<(String, &'static str)> {
    let eval = callee.eval;
    let &(_, module, methods) = CONFIGURED.iter().find(|(f, ..)| *f == qualified)?;
    // `(decimal.getcontext()).prec = 6` sets it as well.
    let object = outside_parens(object);
    let attribute = object
        .parent()
        .filter(|p| p.kind_name() == "attribute" && p.field("object") == Some(object))?;
    if stored_in(attribute).is_some() {
        return Some((format!("sets `{}`", spelled(eval, attribute)), module));
    }
    let method = attribute.field("attribute")?;
    (methods.contains(&eval.text(method)) && call_of(attribute).is_some())
        .then(|| (format!("calls `{}(...)`", spelled(eval, attribute)), module))
}

/// `configured` for a local bound once to what such a call gives (`root =
/// logging.getLogger()`, then `root.setLevel(...)`; `ctx = decimal.getcontext()`, then
/// `ctx.prec = 6`).
fn configured_alias(
    callee: &Callee<'_>,
    identifier: Node<'_>,
    scope: ScopeId,
) -> Option<(String, &'static str)> {
    let (eval, model) = (callee.eval, callee.eval.model);
    if identifier.kind_name() != "identifier" {
        return None;
    }
    let binding = model.sole_binding(scope, eval.text(identifier))?;
    if binding.kind != BindingKind::Assignment {
        return None;
    }
    let value = eval.node_at(binding.value?)?;
    let function = value
        .field("function")
        .filter(|_| value.kind_name() == "call")?;
    let qualified = super::unpicklable::qualified_name(eval, function, binding.written_in)?;
    configured(callee, identifier, &qualified)
}

/// The target `node` is assigned as, directly or through items of it (`x`, `x[k]`, `x[k][j]`
/// on the left of `=` or an augmented assignment).
fn stored_in(node: Node<'_>) -> Option<Node<'_>> {
    let mut target = outside_parens(node);
    while let Some(parent) = target.parent()
        && parent.kind_name() == "subscript"
        && parent.field("value") == Some(target)
    {
        target = outside_parens(parent);
    }
    let assignment = target.parent()?;
    (matches!(
        assignment.kind_name(),
        "assignment" | "augmented_assignment"
    ) && assignment.field("left") == Some(target))
    .then_some(target)
}

#[cfg(test)]
mod tests {
    use super::{next_attribute, reaches_setting};

    fn after(source: &str, name: &str) -> Option<String> {
        let end = source.find(name).map(|at| at + name.len())?;
        next_attribute(source.as_bytes(), end).map(str::to_string)
    }

    #[test]
    fn the_attribute_after_a_name_is_read_from_plain_spellings() {
        assert_eq!(
            after("os.environ['A'] = 1", "os").as_deref(),
            Some("environ")
        );
        assert_eq!(after("os . environ", "os").as_deref(), Some("environ"));
        assert_eq!(after("os\t.\x0cenviron", "os").as_deref(), Some("environ"));
        assert_eq!(
            after("os.\\\n    environ", "os").as_deref(),
            Some("environ")
        );
        assert_eq!(after("os \\\r\n.environ", "os").as_deref(), Some("environ"));
        assert_eq!(
            after("sys.stdout_2 = x", "sys").as_deref(),
            Some("stdout_2")
        );
    }

    #[test]
    fn anything_less_plain_is_any_attribute() {
        // A line break inside brackets, a comment, a bare name, a call, a subscript, the end.
        for source in [
            "(os\n .environ)",
            "(os  # env\n .environ)",
            "env = os",
            "os",
            "f(os)",
            "os[0]",
            "os.",
            "os. ",
            "os.énviron",
            "os.environé",
        ] {
            assert_eq!(after(source, "os"), None, "{source:?}");
        }
    }

    #[test]
    fn a_path_reaches_a_setting_when_one_goes_on_from_it_or_it_from_one() {
        assert!(reaches_setting("os.environ"));
        assert!(reaches_setting("os.environ.update"));
        assert!(reaches_setting("os"));
        assert!(reaches_setting("logging.basicConfig"));
        assert!(reaches_setting("logging.getLogger"));
        assert!(reaches_setting("decimal.getcontext"));
        assert!(reaches_setting("sys.stdout"));
        assert!(!reaches_setting("os.path"));
        assert!(!reaches_setting("os.environment"));
        assert!(!reaches_setting("multiprocessing.Queue"));
        assert!(!reaches_setting("sys.version_info"));
    }
}
