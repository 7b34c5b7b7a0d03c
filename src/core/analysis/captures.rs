//! What a lifted callable needs from the scope it leaves: its free variables, classified.
//!
//! Every name read inside the callable (its body, and functions, lambdas and comprehensions
//! nested in it) that resolves outside it is one of:
//! - a module global or builtin: still there at module level, nothing to do;
//! - a local of an enclosing function: captured, becomes a parameter bound at the call site;
//! - a module global bound only under the `__main__` guard: captured too, since the guarded
//!   block does not run in a worker;
//! - another nested (or guarded) function: lifted with it, as one group;
//! - a local import: the import moves into the lifted function's body;
//! - `self` / `cls` of the enclosing method: a receiver; `lift::receiver` passes the
//!   attributes the code reads instead, or the whole instance as an unsafe fix.
//!
//! Names read by the callable's decorators, default values and annotations are evaluated where
//! the function is defined, so they must make sense at module level as they stand.
//! What cannot be carried by value is a refusal with a reason.

use super::callables::bound_only_under_guard;
use super::layout::top_level_statement;
use super::unpicklable::unpicklable_binding;
use super::values::{Evaluator, Value};
use crate::core::module_kept::Unpicklable;
use crate::core::node::NodeExt;
use crate::core::semantic::{
    BindingId, BindingKind, Resolution, ScopeId, ScopeKind, SemanticModel,
};
use crate::core::source::TextRange;

/// A name the callable reads from a scope it leaves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Need {
    /// Passed as a parameter: the name and the scope that binds it.
    Value { name: String, scope: ScopeId },
    /// The method's own instance or class; passed as a parameter, but the fix is unsafe.
    Receiver { name: String, scope: ScopeId },
    /// A local import the callable uses; it moves into the callable's body.
    Import(BindingId),
    /// Another function to lift with this one.
    Function(BindingId),
    /// A lambda bound to a variable (`sq = lambda v: ...`) that the callable calls: lifted
    /// with it, like a function.
    Lambda(BindingId),
}

pub struct Callee<'a> {
    pub eval: &'a Evaluator<'a>,
    pub guards: &'a [TextRange],
    /// The scope the callable creates.
    pub scope: ScopeId,
    /// The callable's whole node (for a function, with its decorators).
    pub range: TextRange,
    /// The callable's own binding (a function's name), so that recursion is not a capture.
    pub own_binding: Option<BindingId>,
    /// Default values that move to the call site: the names they read are not needs.
    pub skip: Vec<TextRange>,
    /// Where a process created with the callable starts at the latest, when that is after
    /// the call that hands it over (`flow::started_by`), else 0: what the parent changes
    /// until then, a worker forked there sees.
    pub started_by: usize,
    /// Whether a pool's worker runs it (a task, or an initializer beside the tasks): one
    /// process then runs several calls, which under fork share its globals.
    pub pooled: bool,
    /// Whether every call that hands it over pickles it under fork too (a pool's task): the
    /// program as written never ran with the parent's own objects there.
    pub pickled_under_fork: bool,
}

const NEEDS_LOCAL_SCOPE: [&str; 4] = ["locals", "vars", "eval", "exec"];

/// The needs of one callable, in order of first use, or why it cannot be lifted.
pub fn needs(callee: &Callee<'_>) -> Result<Vec<Need>, String> {
    let model = callee.eval.model;
    check_nonlocal(model, callee)?;
    let mut needs: Vec<Need> = Vec::new();
    for reference in model.references_in(callee.range) {
        if callee
            .skip
            .iter()
            .any(|r| r.contains_range(reference.range))
        {
            continue;
        }
        let inside = model.is_within(reference.scope, callee.scope);
        // A lambda or comprehension in a default value or decorator binds names of its own.
        let own = matches!(reference.resolution, Resolution::Scope(s)
            if callee.range.contains_range(model.scope(s).range));
        let need = if inside {
            body_need(
                callee,
                &reference.name,
                reference.resolution,
                reference.range,
            )?
        } else if own {
            None
        } else {
            definition_need(callee, &reference.name, reference.resolution)?;
            defined_above(
                callee,
                &reference.name,
                reference.resolution,
                reference.range,
            )?;
            None
        };
        if let Some(need) = need
            && !needs.contains(&need)
        {
            needs.push(need);
        }
    }
    // What a worker runs for the callable, read by each check below.
    let code = worker_code(callee);
    check_module_name(callee, &code)?;
    check_called_globals(callee, &code)?;
    check_global_aliases(callee, &code, &needs)?;
    check_pickled_state(callee, &needs)?;
    super::parent_state::check_parent_writes(callee, &code)?;
    super::parent_state::check_process_settings(callee, &code)?;
    super::parent_state::check_worker_kept_state(callee, &code, &needs)?;
    Ok(needs)
}

/// Refuses a callable that reads the module's `__name__` in a file run as a program (one with a
/// `__main__` guard): the closure read `"__main__"`, and a worker started by spawn or
/// forkserver runs the moved function in a module named `"__mp_main__"`.
fn check_module_name(callee: &Callee<'_>, code: &[WorkerCode]) -> Result<(), String> {
    let (eval, model) = (callee.eval, callee.eval.model);
    if callee.guards.is_empty() {
        return Ok(());
    }
    // `logging.getLogger(__name__)` names a logger after the module: the standard idiom, whose
    // other name in a worker is cosmetic, so it does not count.
    let names_logger = |reference: &crate::core::semantic::Reference| {
        eval.root
            .descendant_for_byte_range(reference.range.start, reference.range.end)
            .and_then(|node| node.parent())
            .filter(|arguments| arguments.kind_name() == "argument_list")
            .and_then(|arguments| arguments.parent())
            .and_then(|call| call.field("function"))
            .is_some_and(|function| eval.text(function).ends_with("getLogger"))
    };
    let reads_name = |range: TextRange| {
        model.references_in(range).find(|reference| {
            reference.name == "__name__"
                && !matches!(reference.resolution, Resolution::Scope(s) if s != SemanticModel::MODULE)
                && !callee
                    .skip
                    .iter()
                    .any(|r| r.contains_range(reference.range))
                && !names_logger(reference)
        })
    };
    let refuse = |reader: String, at: usize| {
        let line = eval.line_at(at);
        Err(format!(
            "{reader} the module's `__name__` (line {line}), which is `\"__main__\"` where it runs now and `\"__mp_main__\"` in a worker started by spawn or forkserver"
        ))
    };
    // The callable, the functions of the file it calls, and the module-level values they read
    // that were made from it (`MODULE = __name__`).
    for &(range, ref via) in code {
        let reader = match via {
            Some(via) => format!("it calls `{via}`, which reads"),
            None => "it reads".to_string(),
        };
        if let Some(reference) = reads_name(range) {
            return refuse(reader, reference.range.start);
        }
        for reference in model.references_in(range) {
            if reference.resolution != Resolution::Scope(SemanticModel::MODULE) {
                continue;
            }
            let Some(binding) = model.sole_binding(SemanticModel::MODULE, &reference.name) else {
                continue;
            };
            let made_from = (binding.kind == BindingKind::Assignment)
                .then_some(binding.value)
                .flatten()
                .and_then(reads_name);
            if let Some(read) = made_from {
                let name = &reference.name;
                return refuse(format!("{reader} `{name}`, made from"), read.range.start);
            }
            // `Config.origin`, the class body binding `origin = __name__`.
            let attribute = (binding.kind == BindingKind::ClassDef)
                .then(|| eval.node_at(reference.range))
                .flatten()
                .and_then(|node| node.parent())
                .filter(|parent| parent.kind_name() == "attribute")
                .and_then(|parent| parent.field("attribute"));
            let class_value = attribute.and_then(|attribute| {
                let class = model.scope_created_by(binding.statement)?;
                let value = model.sole_binding(class, eval.text(attribute))?;
                (value.kind == BindingKind::Assignment)
                    .then_some(value.value)
                    .flatten()
                    .and_then(reads_name)
                    .map(|read| (eval.text(attribute), read))
            });
            if let Some((attribute, read)) = class_value {
                let name = &reference.name;
                return refuse(
                    format!("{reader} `{name}.{attribute}`, made from"),
                    read.range.start,
                );
            }
        }
    }
    Ok(())
}

/// A range of code a worker runs for the callable, with the chain of calls that reaches it
/// (`None` for the callable itself; see `worker_code`).
pub(super) type WorkerCode = (TextRange, Option<String>);

/// How deep calls of the file's module-level functions are followed for the globals they
/// read (`worker_code`).
const MAX_CALLED: usize = 3;

/// The code a worker runs for the callable: the callable's own range first, then the
/// module-level functions of the file it calls (`fmt(x)`), and those they call in turn, up to
/// `MAX_CALLED` calls away, each with the chain of calls that reaches it (`fmt`, or ``fmt`,
/// which calls `pad``) for messages.
pub(super) fn worker_code(callee: &Callee<'_>) -> Vec<WorkerCode> {
    let model = callee.eval.model;
    let mut code: Vec<(TextRange, Option<String>)> = vec![(callee.range, None)];
    let mut seen: Vec<ScopeId> = Vec::new();
    let mut frontier = 0..1;
    for _ in 0..MAX_CALLED {
        let mut next = Vec::new();
        for (range, via) in &code[frontier.clone()] {
            for reference in model.references_in(*range) {
                if reference.resolution != Resolution::Scope(SemanticModel::MODULE) {
                    continue;
                }
                let name = reference.name.as_str();
                for function in module_functions(model, name) {
                    if !seen.contains(&function) {
                        seen.push(function);
                        let via = match via {
                            Some(via) => format!("{via}`, which calls `{name}"),
                            None => name.to_string(),
                        };
                        next.push((model.scope(function).range, Some(via)));
                    }
                }
            }
        }
        frontier = code.len()..code.len() + next.len();
        code.extend(next);
    }
    code
}

/// The scopes of the module-level functions `name` is bound to, when every binding of it is
/// a `def`; none otherwise.
pub(super) fn module_functions(model: &SemanticModel, name: &str) -> Vec<ScopeId> {
    let bindings = model.bindings_of(SemanticModel::MODULE, name);
    let functions: Vec<ScopeId> = bindings
        .iter()
        .filter(|&&id| model.binding(id).kind == BindingKind::FunctionDef)
        .filter_map(|&id| model.scope_created_by(model.binding(id).statement))
        .collect();
    if functions.len() == bindings.len() {
        functions
    } else {
        Vec::new()
    }
}

/// A module-level function of the file that the callable calls (`fmt(x)`), or that such a
/// function calls in turn, reading a global the program assigns at run time before the
/// hand-over (`PRECISION`, which `main` sets through `global`): a lift passes the callable's
/// own reads of such a global as values (`module_need`), but not those of the functions it
/// calls, which a worker started by spawn or forkserver runs with the value the module's
/// import gives. Under fork the worker had the parent's.
fn check_called_globals(callee: &Callee<'_>, code: &[WorkerCode]) -> Result<(), String> {
    let model = callee.eval.model;
    for &(range, ref via) in code {
        let Some(via) = via else {
            continue;
        };
        for reference in model.references_in(range) {
            if reference.resolution != Resolution::Scope(SemanticModel::MODULE) {
                continue;
            }
            let name = reference.name.as_str();
            if !module_functions(model, name).is_empty() {
                continue;
            }
            if assigned_at_run_time(callee, name) {
                return Err(format!(
                    "it calls `{via}`, which reads the global `{name}`, assigned at run time before the hand-over: a worker started by spawn or forkserver would read the value the module's import gives"
                ));
            }
        }
    }
    Ok(())
}

/// Refuses a captured local that is a module global under another name (`cache = CACHE`)
/// when code a worker runs for the callable uses the global too (`lookup(x)` reading
/// `CACHE`):
///
/// ```text
/// CACHE = {}
/// def lookup(key): return CACHE.get(key)
/// def main():
///     cache = CACHE
///     def work(x):
///         cache[x] = x * 2
///         return lookup(x)
///     Process(target=work, args=(1,)).start()
/// ```
///
/// Under fork the two names are one object in the worker, so what `work` writes `lookup`
/// reads; passed as a value, the worker gets a copy of its own beside the `CACHE` of its
/// import of the module, and `lookup` never sees the write. A global bound only to
/// immutable literals has no identity to lose.
fn check_global_aliases(
    callee: &Callee<'_>,
    code: &[WorkerCode],
    needs: &[Need],
) -> Result<(), String> {
    let (eval, model) = (callee.eval, callee.eval.model);
    for need in needs {
        let Need::Value { name, scope } = need else {
            continue;
        };
        if *scope == SemanticModel::MODULE {
            continue;
        }
        let sources = model.bindings_of(*scope, name).iter().flat_map(|&id| {
            let binding = model.binding(id);
            match binding.value.and_then(|r| eval.node_at(r)) {
                Some(value) => vec![(value, binding.scope, false)],
                None if binding.kind == BindingKind::Parameter => parameter_sources(callee, id)
                    .into_iter()
                    .map(|(value, read_in)| (value, read_in, true))
                    .collect(),
                None => Vec::new(),
            }
        });
        for (value, read_in, parameter) in sources {
            let Some(root) = aliased_global(callee, value, read_in, 0) else {
                continue;
            };
            let global = &eval.source[root.byte_range()];
            let is_global = if parameter {
                format!(
                    "a parameter given the module global `{global}` (line {})",
                    eval.line_at(value.start_byte())
                )
            } else {
                format!("which is the module global `{global}` under another name")
            };
            let module_bindings = model.bindings_of(SemanticModel::MODULE, global);
            let mutable = module_bindings.iter().any(|&b| {
                let b = model.binding(b);
                match b.kind {
                    BindingKind::FunctionDef
                    | BindingKind::ClassDef
                    | BindingKind::Import { .. } => false,
                    _ => !b
                        .value
                        .and_then(|r| eval.node_at(r))
                        .is_some_and(super::guard_globals::is_constant),
                }
            });
            // Read only, by both names: a copy reads the same (`opts = DEFAULTS`).
            let alias = TextRange::of(value);
            if !mutable
                || !changed_anywhere(callee, global, SemanticModel::MODULE, alias)
                    && !changed_anywhere(callee, name, *scope, alias)
            {
                continue;
            }
            // A sentinel compared by identity (`HIGH = Priority()`) is also found through the
            // globals that hold it (`LABELS = {HIGH: "high"}`): the copy is another key.
            let sentinel = identity_only(callee, global);
            for (range, via) in code {
                let Some(use_) = model.references_in(*range).find(|r| {
                    r.resolution == Resolution::Scope(SemanticModel::MODULE)
                        && (r.name == global || (sentinel && holds(callee, &r.name, global)))
                }) else {
                    continue;
                };
                let line = eval.line_at(use_.range.start);
                let where_ = match via {
                    Some(via) => format!("`{via}`, which it calls, uses"),
                    None => "it also uses".to_string(),
                };
                if use_.name != global {
                    return Err(format!(
                        "it captures `{name}`, {is_global}, and {where_} `{}`, which holds `{global}` (line {line}): passed as a value, the worker's `{name}` would be a copy, which `{global}`'s class compares by identity, so no longer the one `{}` holds",
                        use_.name, use_.name
                    ));
                }
                if matches!(value.kind_name(), "subscript" | "attribute") {
                    return Err(format!(
                        "it captures `{name}`, which is `{}`, part of the module global `{global}`, and {where_} `{global}` (line {line}): passed as a value, the worker's `{name}` would be a copy, no longer part of the `{global}` it uses",
                        eval.one_line(value)
                    ));
                }
                return Err(format!(
                    "it captures `{name}`, {is_global}, and {where_} `{global}` (line {line}): passed as a value, the worker's `{name}` would be a copy, no longer the `{global}` it uses"
                ));
            }
        }
    }
    Ok(())
}

/// The methods by which a class decides what a pickled copy of its instances holds.
const PICKLED_STATE: [&str; 3] = ["__getstate__", "__reduce__", "__reduce_ex__"];

/// The same methods, in the order the checks of what an instance keeps name them: a class
/// that defines one may leave out what its instances keep, and is not judged.
const PICKLING_HOOKS: [&str; 3] = ["__reduce__", "__reduce_ex__", "__getstate__"];

/// The expression `value`, read in `scope`, is a copy of: itself, or the one argument of
/// `copy.copy(...)` or `copy.deepcopy(...)`.
fn copied<'a>(
    eval: &Evaluator<'_>,
    value: tree_sitter::Node<'a>,
    scope: ScopeId,
) -> Option<tree_sitter::Node<'a>> {
    let value = super::callables::unparenthesize(value);
    if value.kind_name() != "call" {
        return Some(value);
    }
    let copy = (value.field("function"))
        .and_then(|f| super::unpicklable::qualified_name(eval, f, scope))
        .is_some_and(|q| matches!(q.as_str(), "copy.copy" | "copy.deepcopy"));
    match crate::core::parse::named_items(value.field("arguments")?)[..] {
        [only] if copy => Some(super::callables::unparenthesize(only)),
        _ => None,
    }
}

/// Whether a class of `chain` (`class_chain`) decides what pickling keeps of its instances
/// (`PICKLING_HOOKS`): what they hold is then not judged.
fn says_how_it_pickles(
    eval: &Evaluator<'_>,
    chain: &[(crate::core::source::TextRange, ScopeId)],
) -> bool {
    (chain.iter()).any(|&(_, body)| {
        let bindings = &eval.model.scope(body).bindings;
        PICKLING_HOOKS
            .iter()
            .any(|hook| bindings.contains_key(*hook))
    })
}

/// The method by which the class bound at `statement`, or a base of it in the file, decides
/// what a pickled copy of its instances holds (`PICKLED_STATE`), with its line.
pub(super) fn pickling_hook(
    eval: &Evaluator<'_>,
    statement: crate::core::source::TextRange,
) -> Option<(&'static str, usize)> {
    class_chain(eval, statement)
        .into_iter()
        .find_map(|(_, body)| {
            PICKLED_STATE.into_iter().find_map(|hook| {
                let defined = eval.model.sole_binding(body, hook)?;
                Some((hook, eval.line_at(defined.range.start)))
            })
        })
}

/// Refuses a captured instance of a class of the file that decides what pickling keeps of it
/// (`__getstate__` dropping a cache, `__reduce__`): a forked worker used the parent's object
/// as it was; passed as a value, the worker gets what pickling keeps. So for a class another
/// file of the run defines, or a base of one of the file's, as that file reads it
/// (`core::module_kept`).
fn check_pickled_state(callee: &Callee<'_>, needs: &[Need]) -> Result<(), String> {
    let (eval, model) = (callee.eval, callee.eval.model);
    for need in needs {
        let Need::Value { name, scope } = need else {
            continue;
        };
        if *scope == SemanticModel::MODULE || callee.pickled_under_fork {
            continue;
        }
        let Some(class) = super::parent_state::instance_of_module_class(callee, *scope, name)
        else {
            continue;
        };
        let refusal = |whose: String| {
            Err(format!(
                "it captures `{name}`, an instance of `{class}`, {whose} decides what a pickled copy keeps: passed as a value, the worker's `{name}` would be that copy, not the parent's object a forked worker used"
            ))
        };
        let imported_hook = |read| match eval.imported_kept(read) {
            Some(kept @ Unpicklable::Pickles { hook, .. }) => Some((hook.clone(), kept.place())),
            _ => None,
        };
        // `Ctx(1)` after `from pkg.ctx import Ctx`.
        if let Some(made) = (model.sole_binding(*scope, name))
            .and_then(|binding| eval.node_at(binding.value?))
            .map(super::callables::unparenthesize)
            .and_then(|value| value.field("function"))
            && let Some((hook, place)) = imported_hook(made)
        {
            return refusal(format!("whose `{hook}` ({place})"));
        }
        let mut classes = vec![class.clone()];
        let mut seen = 0;
        while let Some(base) = classes.get(seen).cloned() {
            seen += 1;
            let &[id] = model.bindings_of(SemanticModel::MODULE, &base) else {
                continue;
            };
            let binding = model.binding(id);
            if binding.kind != BindingKind::ClassDef || seen > 8 {
                continue;
            }
            let Some(body) = model.scope_created_by(binding.statement) else {
                continue;
            };
            for method in PICKLED_STATE {
                if let Some(defined) = model.sole_binding(body, method) {
                    let line = eval.line_at(defined.range.start);
                    let whose = if base == class {
                        format!("whose `{method}` (line {line})")
                    } else {
                        format!("whose `{method}` (from `{base}`, line {line})")
                    };
                    return refusal(whose);
                }
            }
            // A base another file of the run defines.
            let chain = [(binding.statement, body)];
            for base in imported_bases(eval, &chain) {
                if let Some((hook, place)) = imported_hook(base) {
                    let base = eval.text(base);
                    return refusal(format!("whose `{hook}` (from `{base}`, {place})"));
                }
            }
            // The bases the file defines.
            let bases = eval
                .node_at(binding.statement)
                .and_then(|node| match node.kind_name() {
                    "decorated_definition" => node.field("definition"),
                    _ => Some(node),
                })
                .and_then(|def| def.field("superclasses"));
            if let Some(bases) = bases {
                let mut cursor = bases.walk();
                for base in bases.named_children(&mut cursor) {
                    if base.kind_name() == "identifier" {
                        classes.push(eval.text(base).to_string());
                    }
                }
            }
        }
    }
    Ok(())
}

/// What the parameter `id` may be bound to, each with the scope it is read in: its default
/// (`def run(cache=CACHE)`) and what the calls of the function in the file pass at its place
/// (`run(CACHE)`, `run(cache=CACHE)`). Only a function called by its name: a method's
/// callers are not followed.
fn parameter_sources<'a>(
    callee: &Callee<'a>,
    id: BindingId,
) -> Vec<(tree_sitter::Node<'a>, ScopeId)> {
    let (eval, model) = (callee.eval, callee.eval.model);
    let binding = model.binding(id);
    let function = model.scope(binding.scope);
    let (Some(def), Some(defined_in)) = (eval.scope_node(binding.scope), function.parent) else {
        return Vec::new();
    };
    let mut sources: Vec<_> = super::conditions::default_node(eval, def, &binding.name)
        .map(|default| (default, defined_in))
        .into_iter()
        .collect();
    let (Some(function_name), ScopeKind::Function) = (&function.name, function.kind) else {
        return sources;
    };
    if model.scope(defined_in).kind == ScopeKind::Class {
        return sources;
    }
    // A keyword-only parameter has no position: only a keyword reaches it.
    let position = eval.parameter_position(binding.scope, binding.range);
    for reference in model
        .references
        .iter()
        .filter(|r| r.name == *function_name && r.resolution == Resolution::Scope(defined_in))
    {
        let call = eval
            .node_at(reference.range)
            .and_then(|n| n.parent())
            .filter(|p| {
                p.kind_name() == "call"
                    && p.field("function").map(TextRange::of) == Some(reference.range)
            });
        let passed = call
            .and_then(|c| c.field("arguments"))
            .and_then(|arguments| {
                super::values::argument(arguments, eval.source, position, Some(&binding.name))
            });
        sources.extend(passed.map(|value| (value, reference.scope)));
    }
    sources
}

/// The identifier of the module global that `value`, bound in `scope`, is or is part of:
/// `CACHE`, an item or attribute of it (`STATE["cache"]`, `CONFIG.cache`), or a local bound
/// once to one of those (`c = CACHE; cache = c`).
fn aliased_global<'a>(
    callee: &Callee<'a>,
    value: tree_sitter::Node<'a>,
    scope: ScopeId,
    depth: usize,
) -> Option<tree_sitter::Node<'a>> {
    let (eval, model) = (callee.eval, callee.eval.model);
    let mut root = value;
    while matches!(root.kind_name(), "subscript" | "attribute") {
        root = root.field(if root.kind_name() == "subscript" {
            "value"
        } else {
            "object"
        })?;
    }
    if root.kind_name() != "identifier" || depth > 3 {
        return None;
    }
    let name = eval.text(root);
    match model.resolve(scope, name) {
        Resolution::Scope(SemanticModel::MODULE) => Some(root),
        Resolution::Scope(local) if local == scope => {
            let binding = model.sole_binding(local, name)?;
            if binding.kind != BindingKind::Assignment {
                return None;
            }
            let value = eval.node_at(binding.value?)?;
            aliased_global(callee, value, local, depth + 1)
        }
        _ => None,
    }
}

/// Whether any read of `name` bound in `scope`, anywhere in the file, may change its value in
/// place: an item or attribute stored or deleted through it (`CACHE[k] = v`, `cfg.x += 1`),
/// a container's mutating method (`CACHE.update(...)`), or the value handed to a call other
/// than a builtin that only reads (`fill(CACHE)`, whose code may change it), returned, or
/// bound to another name (but for the read at `alias`, the alias being judged).
fn changed_anywhere(callee: &Callee<'_>, name: &str, scope: ScopeId, alias: TextRange) -> bool {
    let (eval, model) = (callee.eval, callee.eval.model);
    const READING: [&str; 12] = [
        "len",
        "print",
        "repr",
        "str",
        "sorted",
        "list",
        "tuple",
        "dict",
        "set",
        "isinstance",
        "id",
        "iter",
    ];
    model
        .references
        .iter()
        .filter(|r| r.name == name && r.resolution == Resolution::Scope(scope))
        .any(|reference| {
            let Some(identifier) = eval
                .root
                .descendant_for_byte_range(reference.range.start, reference.range.end)
            else {
                return true;
            };
            let mut node = identifier;
            loop {
                let Some(parent) = node.parent() else {
                    return false;
                };
                match parent.kind_name() {
                    "subscript" if parent.field("value") == Some(node) => node = parent,
                    "attribute" if parent.field("object") == Some(node) => {
                        let method = parent.field("attribute").map(|a| eval.text(a));
                        if method.is_some_and(|m| super::parent_state::MUTATORS.contains(&m))
                            && super::callables::call_of(parent).is_some()
                        {
                            return true;
                        }
                        node = parent;
                    }
                    "assignment" | "augmented_assignment" => {
                        let left = parent.field("left") == Some(node);
                        let aliased = !left && TextRange::of(node) != alias;
                        return aliased
                            || left && node != identifier
                            || parent.kind_name() == "augmented_assignment" && left;
                    }
                    "return_statement" | "yield" => return true,
                    "delete_statement" | "expression_list" if node != identifier => return true,
                    "argument_list" => {
                        let function = parent.parent().and_then(|call| call.field("function"));
                        return !function.is_some_and(|f| {
                            let text = eval.text(f);
                            READING.contains(&text)
                                && model.resolve(model.scope_at(f.start_byte()), text)
                                    == Resolution::Builtin
                        });
                    }
                    "keyword_argument" => return true,
                    _ => return false,
                }
            }
        })
}

/// Whether the module global `name` is bound once to an object compared by identity: `object()`,
/// or an instance of a class of the file with no decorator, no base class and no `__eq__` of
/// its own (a sentinel, `HIGH = Priority()`), whose pickled copy equals nothing but itself.
fn identity_only(callee: &Callee<'_>, name: &str) -> bool {
    let (eval, model) = (callee.eval, callee.eval.model);
    let Some(value) = model
        .sole_binding(SemanticModel::MODULE, name)
        .and_then(|b| b.value)
        .and_then(|r| eval.node_at(r))
        .filter(|v| v.kind_name() == "call")
    else {
        return false;
    };
    let Some(function) = value
        .field("function")
        .filter(|f| f.kind_name() == "identifier")
    else {
        return false;
    };
    let class = eval.text(function);
    if class == "object" {
        return model.resolve(SemanticModel::MODULE, class) == Resolution::Builtin;
    }
    let Some(binding) = model
        .sole_binding(SemanticModel::MODULE, class)
        .filter(|b| b.kind == BindingKind::ClassDef)
    else {
        return false;
    };
    let Some(definition) = eval.statement_node(binding.statement) else {
        return false;
    };
    if definition.kind_name() != "class_definition"
        || definition
            .field("superclasses")
            .is_some_and(|bases| bases.named_child_count() > 0)
    {
        return false;
    }
    let Some(body) = definition.field("body") else {
        return false;
    };
    let mut cursor = body.walk();
    let own_eq = body.named_children(&mut cursor).any(|statement| {
        let statement = match statement.kind_name() {
            "decorated_definition" => statement.field("definition").unwrap_or(statement),
            _ => statement,
        };
        statement.kind_name() == "function_definition"
            && statement
                .field("name")
                .is_some_and(|n| matches!(eval.text(n), "__eq__" | "__hash__"))
    });
    !own_eq
}

/// Whether the module-level `holder`, bound once, is written with `name` inside its value
/// (`LABELS = {HIGH: "high", LOW: "low"}`).
fn holds(callee: &Callee<'_>, holder: &str, name: &str) -> bool {
    let (eval, model) = (callee.eval, callee.eval.model);
    let Some(value) = model
        .sole_binding(SemanticModel::MODULE, holder)
        .and_then(|b| b.value)
        .and_then(|r| eval.node_at(r))
    else {
        return false;
    };
    if !matches!(
        value.kind_name(),
        "dictionary" | "set" | "list" | "tuple" | "call"
    ) {
        return false;
    }
    let mut stack = vec![value];
    while let Some(node) = stack.pop() {
        if node.kind_name() == "identifier" && eval.text(node) == name {
            return true;
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    false
}

/// Whether the parent assigns the module global `name` at run time before it hands the
/// callable over, so that a worker's import of the module gives another value: a function
/// around the callable assigns it through `global`, or one the parent calls does, or the
/// `__main__` guard does.
pub(super) fn assigned_at_run_time(callee: &Callee<'_>, name: &str) -> bool {
    let model = callee.eval.model;
    assigned_by_enclosing_function(model, callee.scope, name)
        || assigned_by_parent_call(callee, name) != Ok(false)
        || (!bound_only_under_guard(model, callee.guards, name)
            && assigned_under_guard(model, callee.guards, name))
}

fn check_nonlocal(model: &SemanticModel, callee: &Callee<'_>) -> Result<(), String> {
    for (index, scope) in model.scopes.iter().enumerate() {
        let id = ScopeId(index as u32);
        if !model.is_within(id, callee.scope) {
            continue;
        }
        let mut names: Vec<&String> = scope.nonlocals.keys().collect();
        names.sort();
        for name in names {
            let owner = scope.parent.map(|p| model.resolve(p, name));
            if let Some(Resolution::Scope(owner)) = owner
                && !model.is_within(owner, callee.scope)
            {
                return Err(format!(
                    "it assigns `{name}` of the enclosing function with `nonlocal`, which a worker process cannot do"
                ));
            }
        }
    }
    Ok(())
}

/// A name read by a decorator, default value or annotation: evaluated at definition time, so
/// it must exist at module level.
fn definition_need(callee: &Callee<'_>, name: &str, resolution: Resolution) -> Result<(), String> {
    let model = callee.eval.model;
    match resolution {
        Resolution::Scope(scope) if scope == SemanticModel::MODULE => {
            if bound_only_under_guard(model, callee.guards, name) {
                return Err(format!(
                    "its decorator, default value or annotation reads `{name}`, which is only set under the `__main__` guard"
                ));
            }
            Ok(())
        }
        Resolution::Scope(scope) => Err(format!(
            "its decorator, default value or annotation reads `{name}`, a local of `{}`, which does not exist at module level",
            scope_name(model, scope)
        )),
        _ => Ok(()),
    }
}

/// A module-level name read at definition time must be bound above the statement the lifted
/// function goes above, else defining it there raises `NameError` (a nested function's
/// annotation naming the class it is in). Annotations are not evaluated under
/// `from __future__ import annotations`.
fn defined_above(
    callee: &Callee<'_>,
    name: &str,
    resolution: Resolution,
    at: TextRange,
) -> Result<(), String> {
    let eval = callee.eval;
    let model = eval.model;
    if resolution != Resolution::Scope(SemanticModel::MODULE) {
        return Ok(());
    }
    let Some(anchor) = eval.node_at(callee.range).map(top_level_statement) else {
        return Ok(());
    };
    let bound_above = model
        .bindings_of(SemanticModel::MODULE, name)
        .iter()
        .any(|&id| model.binding(id).range.start < anchor.start_byte());
    if bound_above || (in_annotation(eval, at) && postponed_annotations(eval)) {
        return Ok(());
    }
    Err(format!(
        "its decorator, default value or annotation reads `{name}`, which is bound at module level only below where the lifted function would go"
    ))
}

fn in_annotation(eval: &Evaluator<'_>, at: TextRange) -> bool {
    std::iter::successors(eval.node_at(at), |n| n.parent())
        .take_while(|n| !matches!(n.kind_name(), "function_definition" | "lambda"))
        .any(|n| n.kind_name() == "type")
}

/// Whether the module has `from __future__ import annotations`.
fn postponed_annotations(eval: &Evaluator<'_>) -> bool {
    let mut cursor = eval.root.walk();
    eval.root
        .named_children(&mut cursor)
        .filter(|n| n.kind_name() == "future_import_statement")
        .any(|n| eval.text(n).contains("annotations"))
}

fn body_need(
    callee: &Callee<'_>,
    name: &str,
    resolution: Resolution,
    at: TextRange,
) -> Result<Option<Need>, String> {
    let model = callee.eval.model;
    match resolution {
        Resolution::Scope(scope) if model.is_within(scope, callee.scope) => Ok(None),
        Resolution::Scope(scope) if scope == SemanticModel::MODULE => module_need(callee, name),
        Resolution::Scope(scope) => local_need(callee, name, scope),
        Resolution::Builtin if NEEDS_LOCAL_SCOPE.contains(&name) => Err(format!(
            "it calls `{name}()`, which depends on the scope it runs in"
        )),
        Resolution::Builtin if name == "super" && bare_super(callee.eval.source, at) => {
            Err("it calls `super()` without arguments, which only works inside a class body".into())
        }
        // The cell CPython gives a method's nested functions; at module level it is unbound.
        Resolution::Builtin | Resolution::Unresolved if name == "__class__" => {
            Err("it reads `__class__`, which only exists inside a class body".into())
        }
        _ => Ok(None),
    }
}

/// The condition of an `if` around a nested `__main__` guard (`if
/// mp.current_process().name == "MainProcess":`) under which every module-level binding of
/// `name` stands, outside the guard, when a worker's import of the module may decide it
/// otherwise: anything but the interpreter's version and platform (`sys.version_info`,
/// `sys.platform`, `os.name`) and `TYPE_CHECKING`, which are the same in every process.
fn bound_beside_nested_guard(callee: &Callee<'_>, name: &str) -> Option<String> {
    let eval = callee.eval;
    let model = eval.model;
    let bindings = model.bindings_of(SemanticModel::MODULE, name);
    let mut condition = None;
    for &id in bindings {
        let range = model.binding(id).range;
        let mut node = eval
            .root
            .descendant_for_byte_range(range.start, range.end)?;
        let mut found = None;
        while let Some(parent) = node.parent() {
            if matches!(parent.kind_name(), "if_statement" | "elif_clause")
                && parent.field("condition") != Some(node)
                && let Some(test) = parent.field("condition")
                && !same_in_every_process(eval.text(test))
                && callee
                    .guards
                    .iter()
                    .any(|g| TextRange::of(parent).contains_range(*g))
            {
                found = Some(eval.text(test).to_string());
            }
            node = parent;
        }
        condition = Some(found?);
    }
    condition
}

/// Whether the condition `text` reads only what every process of the program agrees on: the
/// interpreter's version and platform, `TYPE_CHECKING`, literals.
fn same_in_every_process(text: &str) -> bool {
    const SAME: [&str; 18] = [
        "sys",
        "version_info",
        "hexversion",
        "implementation",
        "maxsize",
        "platform",
        "os",
        "name",
        "TYPE_CHECKING",
        "typing",
        "and",
        "or",
        "not",
        "in",
        "is",
        "True",
        "False",
        "None",
    ];
    // The words of the code, the strings' contents left out (`sys.platform == "win32"`).
    let mut code = String::new();
    let mut quote = None;
    for c in text.chars() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, c) => code.push(c),
            _ => {}
        }
    }
    code.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|word| {
            word.chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '_')
        })
        .all(|word| SAME.contains(&word))
}

fn bare_super(source: &str, at: TextRange) -> bool {
    let rest: String = source[at.end..]
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(2)
        .collect();
    rest == "()"
}

fn module_need(callee: &Callee<'_>, name: &str) -> Result<Option<Need>, String> {
    let model = callee.eval.model;
    let passed_at =
        bound_only_under_guard(model, callee.guards, name).then(|| handed_over_at(callee));
    if let Some((write, line)) = super::parent_state::dynamic_rebind(callee, name, passed_at) {
        return Err(format!(
            "it reads `{name}`, which the program rebinds at run time through `{write}` (line {line}): a value passed where the callable is handed over, or a worker's import of the module, would not see the change"
        ));
    }
    if assigned_by_enclosing_function(model, callee.scope, name)
        || assigned_by_parent_call(callee, name)?
    {
        return value_need(callee, name, SemanticModel::MODULE).map(Some);
    }
    if !bound_only_under_guard(model, callee.guards, name) {
        if let Some(condition) = bound_beside_nested_guard(callee, name) {
            return Err(format!(
                "it reads `{name}`, bound only in the block around the `__main__` guard under `if {condition}:`, which a worker's import of the module may not run"
            ));
        }
        // `def h` above, `def h` (or `from math import floor as h`) again under the guard:
        // the callable calls the guard's in the parent, a worker's import of the module gives
        // it the first.
        if let Some(line) = redefined_under_guard(callee, name) {
            return Err(format!(
                "it reads `{name}`, which the `__main__` guard defines again (line {line}): moved above the guard, it would find the module-level `{name}` in a worker instead"
            ));
        }
        // `VERBOSE = False` above, `VERBOSE = "-v" in sys.argv` under the guard: a worker
        // that imports the module reads the first. `MAIN_PID = os.getpid()`: a worker's
        // import computes its own.
        if assigned_under_guard(model, callee.guards, name) || differs_per_import(callee, name) {
            if let Some(writer) = worker_writer(callee, name) {
                return Err(worker_writer_reason(name, writer));
            }
            return value_need(callee, name, SemanticModel::MODULE).map(Some);
        }
        return Ok(None);
    }
    let bindings = model.bindings_of(SemanticModel::MODULE, name);
    if let [only] = bindings
        && model.binding(*only).kind == BindingKind::FunctionDef
    {
        return Ok(own_or_function(callee, *only));
    }
    if let [only] = bindings
        && binding_is_lambda(callee.eval, *only)
    {
        return Ok(Some(Need::Lambda(*only)));
    }
    // Pickle names a class by its module and name: one bound only under the guard is
    // `__main__.Result` in the parent and missing from a worker's import of the module.
    if bindings
        .iter()
        .all(|&id| model.binding(id).kind == BindingKind::ClassDef)
    {
        return Err(format!(
            "it uses `{name}`, a class defined under the `__main__` guard, which a worker's import of the module does not define"
        ));
    }
    // `import json` under the guard: the import moves into the lifted function, since a
    // module object cannot be pickled.
    if bindings
        .iter()
        .all(|&id| matches!(model.binding(id).kind, BindingKind::Import { .. }))
    {
        return Ok(bindings.last().map(|&id| Need::Import(id)));
    }
    if let Some(writer) = worker_writer(callee, name) {
        return Err(worker_writer_reason(name, writer));
    }
    value_need(callee, name, SemanticModel::MODULE).map(Some)
}

fn worker_writer_reason(name: &str, writer: &str) -> String {
    format!(
        "it reads `{name}`, which `{writer}` sets through `global` and may run in a worker (a pool's `initializer`, or code the worker calls): passed as the parent's value, the worker would no longer see what it sets"
    )
}

/// Calls whose result differs in each process that makes it: a process's id, the clock, a
/// new temporary file or directory, a random or unique value.
const PER_PROCESS: [&str; 31] = [
    "os.getpid",
    "os.getppid",
    "os.urandom",
    "threading.get_ident",
    "threading.get_native_id",
    "time.time",
    "time.time_ns",
    "time.monotonic",
    "time.perf_counter",
    "datetime.datetime.now",
    "datetime.datetime.utcnow",
    "datetime.datetime.today",
    "datetime.date.today",
    "tempfile.mkdtemp",
    "tempfile.mkstemp",
    "tempfile.gettempdir",
    "tempfile.TemporaryDirectory",
    "tempfile.NamedTemporaryFile",
    "tempfile.TemporaryFile",
    "tempfile.SpooledTemporaryFile",
    "random.randint",
    "random.randrange",
    "random.choice",
    "random.getrandbits",
    "random.uniform",
    "uuid.uuid1",
    "uuid.uuid4",
    "secrets.token_hex",
    "secrets.token_bytes",
    "secrets.token_urlsafe",
    "random.random",
];

/// Whether a module-level assignment of the global `name` calls something whose result differs
/// in each process (`MAIN_PID = os.getpid()`, `RUN_ID = uuid.uuid4().hex`, `OUT =
/// tempfile.mkdtemp()`), directly or in a module-level function of the file it calls (`RUN_ID
/// = _new_id()`): a forked worker inherits the parent's value, one started by spawn or
/// forkserver imports the module and computes its own, so a lifted function is handed the
/// parent's.
fn differs_per_import(callee: &Callee<'_>, name: &str) -> bool {
    let eval = callee.eval;
    let model = eval.model;
    model
        .bindings_of(SemanticModel::MODULE, name)
        .iter()
        .any(|&id| {
            let binding = model.binding(id);
            let Some(value) = (binding.written_in == SemanticModel::MODULE)
                .then_some(binding.value)
                .flatten()
                .and_then(|v| eval.node_at(v))
            else {
                return false;
            };
            calls_per_process(eval, value, true)
        })
}

/// Whether the code `node` calls something of `PER_PROCESS`, or (with `follow`) a module-level
/// function of the file whose body does.
fn calls_per_process(eval: &Evaluator<'_>, node: tree_sitter::Node<'_>, follow: bool) -> bool {
    let mut stack = vec![node];
    while let Some(node) = stack.pop() {
        if node.kind_name() == "call"
            && let Some(function) = node.field("function")
        {
            if super::unpicklable::qualified_name(eval, function, SemanticModel::MODULE)
                .is_some_and(|q| PER_PROCESS.contains(&q.as_str()))
            {
                return true;
            }
            let body = (follow && function.kind_name() == "identifier")
                .then(|| module_callee(eval, node, SemanticModel::MODULE))
                .flatten()
                .map(|(_, id)| eval.model.binding(id))
                .filter(|b| b.kind == BindingKind::FunctionDef)
                .and_then(|b| eval.statement_node(b.statement))
                .and_then(|def| def.field("body"));
            if body.is_some_and(|body| calls_per_process(eval, body, false)) {
                return true;
            }
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    false
}

/// The line where the `__main__` guard's own code binds the module global `name` by a
/// `def`, a `class` or an import, when the global is bound outside the guard too
/// (`assigned_under_guard` takes the assignments).
fn redefined_under_guard(callee: &Callee<'_>, name: &str) -> Option<usize> {
    let model = callee.eval.model;
    model
        .bindings_of(SemanticModel::MODULE, name)
        .iter()
        .map(|&id| (id, model.binding(id)))
        .find(|(id, binding)| {
            binding.written_in == SemanticModel::MODULE
                && matches!(
                    binding.kind,
                    BindingKind::FunctionDef | BindingKind::ClassDef | BindingKind::Import { .. }
                )
                && super::callables::in_guard(callee.guards, model, *id)
        })
        .map(|(_, binding)| callee.eval.line_at(binding.range.start))
}

/// Whether the `__main__` guard assigns the module global `name` a value (not a `def`, a
/// `class` or an import, which a lift moves or repeats): the parent's value then differs
/// from the one a worker's import of the module gives. Only the guard's own code counts: a
/// function defined there that assigns it through `global` does so where it runs, as
/// `assigned_by_parent_call` reads it (in a worker, for the callable itself).
fn assigned_under_guard(model: &SemanticModel, guards: &[TextRange], name: &str) -> bool {
    model
        .bindings_of(SemanticModel::MODULE, name)
        .iter()
        .any(|&id| {
            let binding = model.binding(id);
            binding.written_in == SemanticModel::MODULE
                && !matches!(
                    binding.kind,
                    BindingKind::FunctionDef | BindingKind::ClassDef | BindingKind::Import { .. }
                )
                && super::callables::in_guard(guards, model, id)
        })
}

/// A global that module-level functions of the file assign through `global` (`def
/// configure(level): global LOG_LEVEL; LOG_LEVEL = level`), one of which the guard calls, or
/// a function around the callable calls above it (`configure("debug")` in `main`): the
/// parent set its value before handing the callable over, as with
/// `assigned_by_enclosing_function`. Only when every function that assigns it runs in the
/// parent alone (`parent_only`). A global a worker sets for itself (an initializer's) is
/// read as a hand-written module-level function would read it.
fn assigned_by_parent_call(callee: &Callee<'_>, name: &str) -> Result<bool, String> {
    let model = callee.eval.model;
    let bindings = model.bindings_of(SemanticModel::MODULE, name);
    let mut writers = global_writers(model, name);
    let enclosing = enclosing_functions(model, callee.scope);
    // A method or a nested function that sets it: where its calls run decides, as for a
    // module-level function below.
    let mut other_before = false;
    for &writer in &writers {
        if module_function_name(model, writer).is_some() {
            continue;
        }
        match other_writer_runs(callee, &enclosing, name, writer)? {
            Some(before) => other_before |= before,
            None => return Ok(false),
        }
    }
    writers.retain(|&writer| module_function_name(model, writer).is_some());
    if other_before && writers.is_empty() {
        return Ok(true);
    }
    if writers.is_empty()
        || !writers.iter().all(|&writer| {
            // `global TOTAL; TOTAL += n`: what the parent's calls add stays in a worker
            // forked after them, whether or not the worker calls the function too.
            let adds_up = bindings.iter().any(|&id| {
                let binding = model.binding(id);
                binding.written_in == writer && binding.kind == BindingKind::AugmentedAssignment
            });
            parent_only(callee, &enclosing, writer, adds_up, 0)
        })
    {
        return Ok(false);
    }
    // The value is read where the lift binds it (the lambda, or the function's name where it
    // is handed over); a writer called after that and before the call that hands the
    // callable over (`pmap(lambda r: r * SCALE, read_rows(text))`) sets it too late.
    let handed = handed_over_at(callee);
    let bound = if callee.own_binding.is_some() {
        handed
    } else {
        callee.range.end
    };
    let handover = handover_end(callee, handed);
    let end = handover.max(callee.started_by);
    for &writer in &writers {
        if let Some(at) = called_within(callee, &enclosing, writer, bound, end) {
            let when = match at >= handover {
                true => {
                    "after the process is created and before it starts, and the worker would see the value at creation instead of at start"
                }
                false => "after the place a lift would read its value",
            };
            return Err(format!(
                "it reads `{name}`, which `{}` sets when called at line {}, {when}",
                model.scope(writer).name.as_deref().unwrap_or("?"),
                callee.eval.line_at(at)
            ));
        }
    }
    Ok(other_before
        || writers
            .iter()
            .any(|&writer| called_before(callee, &enclosing, writer, handed)))
}

/// The functions that assign the module global `name` through `global`, each once, in the
/// model's order.
fn global_writers(model: &SemanticModel, name: &str) -> Vec<ScopeId> {
    let mut writers: Vec<ScopeId> = (model.bindings_of(SemanticModel::MODULE, name).iter())
        .map(|&id| model.binding(id).written_in)
        .filter(|scope| *scope != SemanticModel::MODULE)
        .collect();
    writers.sort_by_key(|scope| scope.0);
    writers.dedup();
    writers
}

/// A function that assigns the module global `name` through `global` and may run in a
/// worker (`runs_in_worker`): a pool's `initializer=init`, a function a process API is
/// handed, or one the callable calls. Under fork the worker's global is then what that
/// function sets in it, which no value passed at the hand-over can stand for. A method or
/// a nested function that sets it counts unless its calls all run in the parent
/// (`other_writer_runs`).
fn worker_writer<'m>(callee: &Callee<'m>, name: &str) -> Option<&'m str> {
    let model = callee.eval.model;
    let enclosing = enclosing_functions(model, callee.scope);
    let mut writers = global_writers(model, name);
    // The callable's own `global` statement is refused on its own terms.
    writers.retain(|&writer| !model.is_within(writer, callee.scope));
    writers.into_iter().find_map(|writer| {
        let in_worker = match module_function_name(model, writer) {
            Some(function) => runs_in_worker(callee, function, 0),
            None => !matches!(
                other_writer_runs(callee, &enclosing, name, writer),
                Ok(Some(_))
            ),
        };
        in_worker.then(|| model.scope(writer).name.as_deref().unwrap_or("a function"))
    })
}

/// Whether the module-level function `function` may run in a worker. Each reference to it
/// must show it runs in the parent: a call from the module's code, a function around the
/// callable or a module-level function that runs in the parent alone (`depth` such steps),
/// or an argument of a call that is no process API nor `functools.partial` (a thread's
/// target, a thread pool's task or initializer, a sort key). Any other reference (in the
/// callable, an `initializer=` or argument of a process API, an alias, a partial, a
/// mapping, a call from a method) may hand it to a worker.
fn runs_in_worker(callee: &Callee<'_>, function: &str, depth: usize) -> bool {
    let (eval, model) = (callee.eval, callee.eval.model);
    if depth > MAX_PARENT_CALLS {
        return true;
    }
    let enclosing = enclosing_functions(model, callee.scope);
    (model.references.iter())
        .filter(|r| r.name == function && r.resolution == Resolution::Scope(SemanticModel::MODULE))
        .any(|reference| {
            if callee.range.contains_range(reference.range) {
                return true;
            }
            let Some(node) = eval.node_at(reference.range) else {
                return true;
            };
            if called_at(eval, reference.range) {
                let caller = outside_comprehensions(model, reference.scope);
                if caller == SemanticModel::MODULE || enclosing.contains(&caller) {
                    return false;
                }
                return match module_function_name(model, caller) {
                    Some(name) if name != function => runs_in_worker(callee, name, depth + 1),
                    _ => true,
                };
            }
            let argument = match node.parent() {
                Some(keyword) if keyword.kind_name() == "keyword_argument" => keyword,
                _ => node,
            };
            let called = argument
                .parent()
                .filter(|p| p.kind_name() == "argument_list")
                .and_then(|list| list.parent())
                .and_then(|call| call.field("function"));
            called.is_none_or(|called| {
                matches!(
                    eval.eval(called, reference.scope),
                    Value::Function(_) | Value::Class { .. } | Value::Partial
                )
            })
        })
}

/// Where a method (`def configure(self, v): global SCALE; ...`) or a function nested in
/// another that sets the global `name` runs: `Some(before)` when every call of it runs in
/// the parent alone (under the guard, in a function around the callable, or in a
/// module-level function that runs only in the parent), `before` telling whether one may
/// run before the hand-over; `None` when the callable itself calls it (a worker sets its
/// own value, as hand-written code would read it) or a nested function is handed on as a
/// value. A call whose code cannot be placed (another method, another function) refuses,
/// and so does a call between the place a lift reads the value and the hand-over. A
/// method's calls are every `.<name>(...)` of the file, whatever the receiver.
fn other_writer_runs(
    callee: &Callee<'_>,
    enclosing: &[ScopeId],
    name: &str,
    writer: ScopeId,
) -> Result<Option<bool>, String> {
    let (eval, model) = (callee.eval, callee.eval.model);
    let function = model.scope(writer);
    let Some(function_name) = function.name.as_deref() else {
        return Ok(None);
    };
    let parent = function.parent.unwrap_or(SemanticModel::MODULE);
    let method = model.scope(parent).kind == ScopeKind::Class;
    let calls: Vec<usize> = if method {
        let calls = eval.method_calls(function_name).to_vec();
        // Decorated (a property's setter, run by `app.scale = 5`), read as a value
        // (`setter = app.configure`), or called too often to be read: where it runs cannot
        // be told, but as a pool's initializer, where the worker runs it.
        let dotted = format!(".{function_name}");
        let mut handed = false;
        let mut unread = calls.is_empty() && eval.source.contains(&format!("{dotted}("));
        for (at, _) in eval.source.match_indices(&dotted) {
            let rest = &eval.source[at + dotted.len()..];
            if rest.starts_with(|c: char| c.is_alphanumeric() || c == '_')
                || rest.trim_start().starts_with('(')
            {
                continue;
            }
            let before = eval.source[..at]
                .trim_end_matches(|c: char| c.is_alphanumeric() || c == '_' || c == '.');
            match before.trim_end().ends_with("initializer=") {
                true => handed = true,
                false => unread = true,
            }
        }
        let decorated = eval
            .scope_node(writer)
            .and_then(|def| def.parent())
            .filter(|p| p.kind_name() == "decorated_definition")
            .is_some_and(|p| {
                let mut cursor = p.walk();
                p.named_children(&mut cursor)
                    .filter(|d| d.kind_name() == "decorator")
                    .any(|d| !matches!(eval.text(d), "@staticmethod" | "@classmethod"))
            });
        if unread || decorated {
            return Err(format!(
                "it reads `{name}`, which the method `{}.{function_name}` sets through `global`, and where that method runs cannot be told",
                model.scope(parent).name.as_deref().unwrap_or("?")
            ));
        }
        if handed {
            return Ok(None);
        }
        calls
    } else {
        let references: Vec<_> = model
            .references
            .iter()
            .filter(|r| r.name == function_name && r.resolution == Resolution::Scope(parent))
            .collect();
        if references.iter().any(|r| !called_at(eval, r.range)) {
            return Ok(None);
        }
        references.iter().map(|r| r.range.start).collect()
    };
    let shown = match method {
        true => format!(
            "the method `{}.{function_name}`",
            model.scope(parent).name.as_deref().unwrap_or("?")
        ),
        false => format!("`{function_name}`"),
    };
    let line = |at: usize| eval.line_at(at);
    let handed = handed_over_at(callee);
    let bound = if callee.own_binding.is_some() {
        handed
    } else {
        callee.range.end
    };
    let end = handover_end(callee, handed).max(callee.started_by);
    let mut before = false;
    for at in calls {
        if callee.range.contains_range(TextRange::empty(at)) {
            return Ok(None);
        }
        let scope = outside_comprehensions(model, model.scope_at(at));
        if callee
            .guards
            .iter()
            .any(|g| g.contains_range(TextRange::empty(at)))
        {
            before = true;
        } else if enclosing.contains(&scope) {
            if bound <= at && at < end {
                return Err(format!(
                    "it reads `{name}`, which {shown} sets through `global` when called at line {}, after the place a lift would read its value",
                    line(at)
                ));
            }
            before |= at < handed;
        } else if module_function_name(model, scope).is_some()
            && parent_only(callee, enclosing, scope, false, 1)
        {
            before = true;
        } else {
            return Err(format!(
                "it reads `{name}`, which {shown} sets through `global`, and whether its call at line {} runs in the parent before the hand-over cannot be told",
                line(at)
            ));
        }
    }
    Ok(Some(before))
}

/// Whether the function `writer` is called before `at`, where the callable is handed over:
/// by the guard, or by a function around the callable (or a comprehension in it) above it,
/// directly or through module-level functions of the file that call it.
fn called_before(callee: &Callee<'_>, enclosing: &[ScopeId], writer: ScopeId, at: usize) -> bool {
    let model = callee.eval.model;
    model.references.iter().any(|r| {
        r.resolution == Resolution::Scope(SemanticModel::MODULE)
            && (callee.guards.iter().any(|g| g.contains_range(r.range))
                || (enclosing.contains(&outside_comprehensions(model, r.scope))
                    && r.range.start < at))
            && module_function_scope(model, &r.name)
                .is_some_and(|called| called == writer || calls_function(model, called, writer, 0))
    })
}

/// Where a function around the callable (or a comprehension in it) calls `writer` between
/// `from` and `to`, directly or through module-level functions of the file that call it
/// (`args=(prepare(text),)` with `prepare` calling `read_rows`), if it does.
fn called_within(
    callee: &Callee<'_>,
    enclosing: &[ScopeId],
    writer: ScopeId,
    from: usize,
    to: usize,
) -> Option<usize> {
    let model = callee.eval.model;
    let in_window = |r: &&crate::core::semantic::Reference| {
        r.resolution == Resolution::Scope(SemanticModel::MODULE)
            && from <= r.range.start
            && r.range.start < to
            && enclosing.contains(&outside_comprehensions(model, r.scope))
            && called_at(callee.eval, r.range)
    };
    model
        .references
        .iter()
        .filter(in_window)
        .find(|r| {
            let Some(called) = module_function_scope(model, &r.name) else {
                return false;
            };
            called == writer || calls_function(model, called, writer, 0)
        })
        .map(|r| r.range.start)
}

/// The scope `scope` is in once out of the comprehensions around it.
fn outside_comprehensions(model: &SemanticModel, mut scope: ScopeId) -> ScopeId {
    while model.scope(scope).kind == ScopeKind::Comprehension
        && let Some(parent) = model.scope(scope).parent
    {
        scope = parent;
    }
    scope
}

/// The scope of the module-level function of the file named `name`, bound once by a `def`.
fn module_function_scope(model: &SemanticModel, name: &str) -> Option<ScopeId> {
    let [only] = model.bindings_of(SemanticModel::MODULE, name) else {
        return None;
    };
    let binding = model.binding(*only);
    (binding.kind == BindingKind::FunctionDef)
        .then(|| model.scope_created_by(binding.statement))
        .flatten()
}

/// Whether the function `function` calls `writer`, or a module-level function that does, up
/// to `MAX_PARENT_CALLS` calls deep.
fn calls_function(model: &SemanticModel, function: ScopeId, writer: ScopeId, depth: usize) -> bool {
    depth < MAX_PARENT_CALLS
        && model.references.iter().any(|r| {
            r.resolution == Resolution::Scope(SemanticModel::MODULE)
                && outside_comprehensions(model, r.scope) == function
                && module_function_scope(model, &r.name).is_some_and(|called| {
                    called != function
                        && (called == writer || calls_function(model, called, writer, depth + 1))
                })
        })
}

/// Where the callable is handed over at the latest: a lambda where it stands, or at the last
/// read of the name an assignment gives it (`work = lambda r: ...`); a function at the last
/// read of its name in the scope that defines it.
pub(super) fn handed_over_at(callee: &Callee<'_>) -> usize {
    let model = callee.eval.model;
    let (name, scope) = match callee.own_binding {
        Some(own) => match model.scope(callee.scope).name.as_deref() {
            Some(name) => (name, model.binding(own).scope),
            None => return callee.range.start,
        },
        None => match lambda_name(callee) {
            Some(name) => (
                name,
                model
                    .scope(callee.scope)
                    .parent
                    .unwrap_or(SemanticModel::MODULE),
            ),
            None => return callee.range.start,
        },
    };
    model
        .references
        .iter()
        .filter(|r| {
            r.name == name
                && r.resolution == Resolution::Scope(scope)
                && !callee.range.contains_range(r.range)
        })
        .map(|r| r.range.start)
        .max()
        .unwrap_or(callee.range.start)
}

/// The name a plain assignment gives a lambda (`work = lambda r: ...`).
fn lambda_name<'a>(callee: &Callee<'a>) -> Option<&'a str> {
    let root = callee.eval.root;
    let node = root.descendant_for_byte_range(callee.range.start, callee.range.end)?;
    let assignment = node.parent().filter(|p| p.kind_name() == "assignment")?;
    (assignment.field("right") == Some(node)).then_some(())?;
    let left = assignment.field("left")?;
    (left.kind_name() == "identifier").then(|| callee.eval.text(left))
}

/// The end of the expression around `at` that a statement evaluates as a whole (the call
/// that hands the callable over, with all its arguments): what runs there runs before a
/// worker does.
pub(super) fn handover_end(callee: &Callee<'_>, at: usize) -> usize {
    let Some(mut node) = callee.eval.root.named_descendant_for_byte_range(at, at) else {
        return at;
    };
    while let Some(parent) = node.parent() {
        let kind = parent.kind_name();
        if kind.ends_with("_statement")
            || kind.ends_with("_clause")
            || matches!(
                kind,
                "block"
                    | "module"
                    | "assignment"
                    | "augmented_assignment"
                    | "with_item"
                    | "lambda"
                    | "function_definition"
                    | "class_definition"
                    | "decorated_definition"
                    | "list_comprehension"
                    | "set_comprehension"
                    | "dictionary_comprehension"
                    | "generator_expression"
            )
        {
            break;
        }
        node = parent;
    }
    node.end_byte()
}

/// The functions around `scope`, innermost first.
pub(super) fn enclosing_functions(model: &SemanticModel, scope: ScopeId) -> Vec<ScopeId> {
    let mut enclosing = Vec::new();
    let mut scope = model.scope(scope).parent;
    while let Some(id) = scope
        && id != SemanticModel::MODULE
    {
        enclosing.push(id);
        scope = model.scope(id).parent;
    }
    enclosing
}

/// How many calls away from the guard or the functions around the callable a function that
/// runs only in the parent may be (`parent_only`).
const MAX_PARENT_CALLS: usize = 3;

/// Whether the code of `scope` runs in the parent alone, before or around the hand-over of
/// the callable `callee`: the module's own statements, a function around the callable, or a
/// module-level function of the file that is only ever called (never handed over, as
/// `initializer=init` would be), and only from such code (`main`, which the guard calls),
/// never from the callable itself, which a worker runs; with `adds_up`, also from the callable
/// (what the function does adds to what the parent's calls did).
fn parent_only(
    callee: &Callee<'_>,
    enclosing: &[ScopeId],
    scope: ScopeId,
    adds_up: bool,
    depth: usize,
) -> bool {
    let (eval, model) = (callee.eval, callee.eval.model);
    if scope == SemanticModel::MODULE || enclosing.contains(&scope) {
        return true;
    }
    if depth >= MAX_PARENT_CALLS {
        return false;
    }
    let Some(function_name) = module_function_name(model, scope) else {
        return false;
    };
    model
        .references
        .iter()
        .filter(|r| {
            r.name == function_name && r.resolution == Resolution::Scope(SemanticModel::MODULE)
        })
        .all(|reference| {
            // A comprehension's code is its function's.
            let caller = outside_comprehensions(model, reference.scope);
            let in_callable = callee.range.contains_range(reference.range);
            called_at(eval, reference.range)
                && (adds_up || !in_callable)
                && caller != scope
                && (in_callable || parent_only(callee, enclosing, caller, adds_up, depth + 1))
        })
}

/// The name of the function `scope` when it is a module-level function of the file that
/// only `def`s bind.
pub(super) fn module_function_name(model: &SemanticModel, scope: ScopeId) -> Option<&str> {
    let function = model.scope(scope);
    let name = function.name.as_deref()?;
    (function.kind == ScopeKind::Function
        && function.parent == Some(SemanticModel::MODULE)
        && model
            .bindings_of(SemanticModel::MODULE, name)
            .iter()
            .all(|&id| model.binding(id).kind == BindingKind::FunctionDef))
    .then_some(name)
}

/// Whether the name read at `range` is called there (`configure(...)`), not handed on as a
/// value (`initializer=configure`).
pub(super) fn called_at(eval: &Evaluator<'_>, range: TextRange) -> bool {
    eval.node_at(range)
        .is_some_and(|node| super::callables::call_of(node).is_some())
}

/// A global that a function around the callable assigns through `global` (`global SCALE;
/// SCALE = 5` in `main`, which then hands a lambda reading `SCALE` to a pool): the parent
/// meant its own value, and a spawn or forkserver worker would read the one its import of the
/// module gives. Passed as a parameter like a captured local. A global another function
/// assigns (an initializer that runs in the worker, a lazy cache) is read as a hand-written
/// module-level function would read it.
fn assigned_by_enclosing_function(model: &SemanticModel, callable: ScopeId, name: &str) -> bool {
    let mut scope = model.scope(callable).parent;
    while let Some(id) = scope
        && id != SemanticModel::MODULE
    {
        let enclosing = model.scope(id);
        if enclosing.kind == ScopeKind::Function
            && enclosing.globals.contains_key(name)
            && model
                .bindings_of(SemanticModel::MODULE, name)
                .iter()
                .any(|&b| model.binding(b).written_in == id)
        {
            return true;
        }
        scope = enclosing.parent;
    }
    false
}

/// `name = lambda ...`, the lambda possibly in parentheses.
fn binding_is_lambda(eval: &Evaluator<'_>, id: BindingId) -> bool {
    let binding = eval.model.binding(id);
    binding.kind == BindingKind::Assignment
        && binding
            .value
            .and_then(|r| eval.node_at(r))
            .is_some_and(|v| super::callables::unparenthesize(v).kind_name() == "lambda")
}

fn own_or_function(callee: &Callee<'_>, binding: BindingId) -> Option<Need> {
    (callee.own_binding != Some(binding)).then_some(Need::Function(binding))
}

fn local_need(callee: &Callee<'_>, name: &str, scope: ScopeId) -> Result<Option<Need>, String> {
    let model = callee.eval.model;
    let outer = scope_name(model, scope);
    if model.scope(scope).kind == ScopeKind::Class {
        return Err(format!(
            "it reads `{name}` from the body of class `{outer}`"
        ));
    }
    let bindings = model.bindings_of(scope, name);
    if let [only] = bindings {
        let binding = model.binding(*only);
        if binding_is_lambda(callee.eval, *only) {
            return Ok(Some(Need::Lambda(*only)));
        }
        match binding.kind {
            BindingKind::FunctionDef => return Ok(own_or_function(callee, *only)),
            BindingKind::ClassDef => {
                return Err(format!(
                    "it uses `{name}`, a class defined inside `{outer}`, which pickle cannot find in a worker; move the class to module level first"
                ));
            }
            _ => {}
        }
    }
    if !bindings.is_empty()
        && bindings
            .iter()
            .all(|&id| matches!(model.binding(id).kind, BindingKind::Import { .. }))
    {
        return Ok(bindings.last().map(|&id| Need::Import(id)));
    }
    if is_receiver(model, scope, name) {
        return Ok(Some(Need::Receiver {
            name: name.to_string(),
            scope,
        }));
    }
    value_need(callee, name, scope).map(Some)
}

fn value_need(callee: &Callee<'_>, name: &str, scope: ScopeId) -> Result<Need, String> {
    let model = callee.eval.model;
    for &id in model.bindings_of(scope, name) {
        if let Some(reason) = unpicklable_value(callee.eval, id) {
            return Err(format!("it captures `{name}`, {reason}"));
        }
    }
    Ok(Need::Value {
        name: name.to_string(),
        scope,
    })
}

/// `self` or `cls`: the first parameter of a method.
fn is_receiver(model: &SemanticModel, scope: ScopeId, name: &str) -> bool {
    let s = model.scope(scope);
    let in_class = s
        .parent
        .is_some_and(|p| model.scope(p).kind == ScopeKind::Class);
    if s.kind != ScopeKind::Function || !in_class {
        return false;
    }
    let first_parameter = model
        .bindings
        .iter()
        .filter(|b| b.scope == scope && b.kind == BindingKind::Parameter)
        .min_by_key(|b| b.range.start);
    first_parameter.is_some_and(|b| b.name == name)
}

/// Why the value bound by `id` cannot cross to a worker when it is, or holds, a function or
/// class defined under the `__main__` guard (`steps = [strip, lower]`, `ops = {"up": up}`,
/// `SimpleNamespace(fmt=shout)`, `functools.partial(scale, factor=2)`, `normalize =
/// strip_upper`), or is itself a class made there (`Stat = namedtuple(...)`): pickle stores
/// those by name, which a worker started by spawn or forkserver never binds.
fn guard_definition_held(
    eval: &Evaluator<'_>,
    id: crate::core::semantic::BindingId,
) -> Option<String> {
    let guards = eval.main_guards();
    if guards.is_empty() {
        return None;
    }
    let model = eval.model;
    let binding = model.binding(id);
    let value = binding.value.and_then(|r| eval.node_at(r))?;
    let made_class = |value: tree_sitter::Node<'_>, scope: ScopeId| eval.makes_class(value, scope);
    if super::callables::in_guard(guards, model, id) && made_class(value, binding.written_in) {
        return Some(
            "a class made under the `__main__` guard, which pickle cannot find in a worker started by spawn or forkserver"
                .into(),
        );
    }
    // What the value holds: its own expression, and what statements of the guard put in it
    // later (`steps.append(up)`, `ops["up"] = up`, `ns.fmt = shout`).
    let mut ranges = vec![TextRange::of(value)];
    if super::callables::in_guard(guards, model, id) {
        for reference in model.references.iter().filter(|r| {
            r.name == binding.name
                && r.resolution == Resolution::Scope(SemanticModel::MODULE)
                && guards.iter().any(|g| g.contains_range(r.range))
        }) {
            let node = eval
                .root
                .descendant_for_byte_range(reference.range.start, reference.range.end);
            if let Some(put) = node.and_then(|node| put_into(node)) {
                ranges.push(TextRange::of(put));
            }
        }
    }
    let references = ranges.iter().flat_map(|range| model.references_in(*range));
    for reference in references {
        let name = reference.name.as_str();
        if reference.resolution != Resolution::Scope(SemanticModel::MODULE)
            || name == binding.name
            || !super::callables::bound_only_under_guard(model, guards, name)
        {
            continue;
        }
        let called = eval
            .root
            .descendant_for_byte_range(reference.range.start, reference.range.end)
            .is_some_and(|node| super::callables::call_of(node).is_some());
        let bindings = model.bindings_of(SemanticModel::MODULE, name);
        let class_of_instances = bindings.iter().all(|&b| {
            let bound = model.binding(b);
            bound.kind == BindingKind::ClassDef
                || (bound.value.and_then(|r| eval.node_at(r)))
                    .is_some_and(|v| eval.makes_instances_class(v, SemanticModel::MODULE))
        });
        // `cfg = Config("x")`: pickle stores an instance by its class's name.
        if called && class_of_instances {
            return Some(format!(
                "which holds an instance of `{name}`, a class defined under the `__main__` guard, which pickle cannot find in a worker started by spawn or forkserver"
            ));
        }
        // `data = load()`: what a function of the guard returns is not the function.
        if called {
            continue;
        }
        let defined = bindings.iter().all(|&b| {
            let bound = model.binding(b);
            matches!(bound.kind, BindingKind::FunctionDef | BindingKind::ClassDef)
                || (bound.value.and_then(|r| eval.node_at(r)))
                    .is_some_and(|v| made_class(v, SemanticModel::MODULE))
        });
        if defined {
            return Some(format!(
                "which holds `{name}`, defined under the `__main__` guard, which pickle cannot find in a worker started by spawn or forkserver"
            ));
        }
    }
    None
}

/// What a statement puts into the object `name` names: the arguments of a method called on
/// it (`steps.append(up)`), or the value stored in an item or attribute of it (`ops["up"] =
/// up`, `ns.fmt = shout`).
fn put_into(name: tree_sitter::Node<'_>) -> Option<tree_sitter::Node<'_>> {
    let parent = name.parent()?;
    let held = |n: &tree_sitter::Node<'_>| match n.kind_name() {
        "attribute" => n.field("object") == Some(name),
        "subscript" => n.field("value") == Some(name),
        _ => false,
    };
    if !held(&parent) {
        return None;
    }
    let outer = parent.parent()?;
    match outer.kind_name() {
        "call" if parent.kind_name() == "attribute" => outer.field("arguments"),
        "assignment" if outer.field("left") == Some(parent) => outer.field("right"),
        _ => None,
    }
}

/// Why the exception an `except ... as err:` clause binds may not cross to another process as
/// it is: pickle makes it again from its `args` alone, which fails or differs for a class of
/// the project's or a library's (whose constructor may take other arguments, or keep other
/// state), and drops its traceback, cause and context. A builtin exception class (not
/// `Exception`, which catches any) whose traceback nothing in its scope reads crosses intact
/// (`f"failed: {err}"`).
fn caught_exception(
    eval: &Evaluator<'_>,
    binding: &crate::core::semantic::Binding,
) -> Option<String> {
    let model = eval.model;
    let clause = eval.statement_node(binding.statement)?;
    let mut cursor = clause.walk();
    let types: Vec<tree_sitter::Node<'_>> = clause
        .named_children(&mut cursor)
        .filter(|c| {
            !matches!(c.kind_name(), "block" | "comment") && TextRange::of(*c) != binding.range
        })
        .flat_map(|c| match c.kind_name() {
            // `except (A, B) as err`, as some grammars write it.
            "as_pattern" => c.named_child(0).into_iter().collect::<Vec<_>>(),
            _ => vec![c],
        })
        .flat_map(|c| {
            let c = super::callables::unparenthesize(c);
            if c.kind_name() == "tuple" {
                let mut inner = c.walk();
                c.named_children(&mut inner).collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect();
    let builtin = !types.is_empty()
        && types.iter().all(|t| {
            // `except Exception` catches the project's classes too.
            t.kind_name() == "identifier"
                && !matches!(eval.text(*t), "Exception" | "BaseException")
                && model.resolve(model.scope_at(t.start_byte()), eval.text(*t))
                    == Resolution::Builtin
        });
    if !builtin {
        let caught: Vec<&str> = types.iter().map(|t| eval.text(*t)).collect();
        let caught = match caught.as_slice() {
            [] => "except".to_string(),
            [one] => format!("except {one}"),
            many => format!("except ({})", many.join(", ")),
        };
        return Some(format!(
            "an exception caught by `{caught}`, which pickle makes again from its `args` alone: that fails or differs for a class that takes other arguments or keeps other state"
        ));
    }
    let scope = model.scope(binding.scope).range;
    let reads_traceback = model
        .references_in(scope)
        .filter(|r| r.name == binding.name)
        .filter_map(|r| {
            eval.root
                .descendant_for_byte_range(r.range.start, r.range.end)
        })
        .any(|node| {
            let parent = node.parent();
            let attribute = parent
                .filter(|p| p.kind_name() == "attribute")
                .and_then(|p| p.field("attribute"))
                .map(|a| eval.text(a));
            // `log.error("failed", exc_info=err)` formats its traceback.
            let exc_info = parent.is_some_and(|p| {
                p.kind_name() == "keyword_argument"
                    && p.field("name").is_some_and(|n| eval.text(n) == "exc_info")
            });
            let in_call_of_traceback = parent
                .filter(|p| p.kind_name() == "argument_list")
                .and_then(|p| p.parent())
                .and_then(|call| call.field("function"))
                .is_some_and(|f| eval.text(f).starts_with("traceback."));
            exc_info
                || in_call_of_traceback
                || attribute.is_some_and(|a| {
                    matches!(
                        a,
                        "__traceback__" | "__cause__" | "__context__" | "with_traceback"
                    )
                })
        });
    reads_traceback
        .then(|| "an exception caught by `except` whose traceback is read: pickle drops it".into())
}

/// How many plain aliases (`d = c`) `unpicklable_value` follows to the value they name.
const MAX_ALIASES: usize = 4;

/// Why the value a binding gives cannot cross to another process, when that is evident.
pub(super) fn unpicklable_value(
    eval: &Evaluator<'_>,
    id: crate::core::semantic::BindingId,
) -> Option<String> {
    unpicklable_value_within(eval, id, 0)
}

fn unpicklable_value_within(
    eval: &Evaluator<'_>,
    id: crate::core::semantic::BindingId,
    depth: usize,
) -> Option<String> {
    bound_unpicklable(eval, id, depth).or_else(|| {
        // `ctx = Context(); ctx.lock = threading.Lock()`, or `attach(ctx)` that sets it.
        let binding = eval.model.binding(id);
        if matches!(
            binding.kind,
            BindingKind::FunctionDef | BindingKind::ClassDef | BindingKind::Import { .. }
        ) {
            return None;
        }
        let stored = stored_on_name(eval, binding.written_in, &binding.name, 0)?;
        Some(format!(
            "{}, which pickle cannot carry to another process",
            stored.phrase()
        ))
    })
}

/// What the value `id` binds is that pickle refuses (`unpicklable_value_within`), as the
/// binding's own statement and the value's own code say.
fn bound_unpicklable(
    eval: &Evaluator<'_>,
    id: crate::core::semantic::BindingId,
    depth: usize,
) -> Option<String> {
    let binding = eval.model.binding(id);
    // `log = state.LOG`, `reg = REGISTRY`: what another file of the run says the name holds.
    if matches!(binding.kind, BindingKind::Assignment)
        && let Some(value) = binding.value.and_then(|r| eval.node_at(r))
        && let value = super::callables::unparenthesize(value)
        && matches!(value.kind_name(), "identifier" | "attribute")
        && let Some(kept @ Unpicklable::Holds { what, .. }) = eval.imported_kept(value)
    {
        let tail = match what.contains("pickle cannot") {
            true => "",
            false => ", which pickle cannot carry to another process",
        };
        return Some(format!(
            "`{}` ({}), which holds {what}{tail}",
            eval.text(value),
            kept.place()
        ));
    }
    // `d = c`: what `c` holds, when one assignment binds it where `d` reads it; so for a
    // shallow copy (`d = copy.copy(c)`), which holds what `c` holds.
    if depth < MAX_ALIASES
        && matches!(binding.kind, BindingKind::Assignment)
        && let Some(value) = binding.value.and_then(|r| eval.node_at(r))
        && let Some(value) = copied(eval, value, binding.written_in)
        && value.kind_name() == "identifier"
        && let Some(&named) = aliased_binding(eval, value, binding.written_in)
        && named != id
        && let Some(what) = unpicklable_value_within(eval, named, depth + 1)
    {
        return Some(what);
    }
    if binding.kind == BindingKind::ExceptTarget {
        return caught_exception(eval, binding);
    }
    if let Some(held) = guard_definition_held(eval, id) {
        return Some(held);
    }
    // `lock, k = svc.lock, 3`: the element the name is given.
    if let Some(element) = paired_element(eval, id)
        && let Some(what) = attribute_kept(eval, element, binding.written_in)
            .or_else(|| instance_made_with(eval, element, binding.written_in))
            .or_else(|| {
                super::unpicklable::unpicklable_expression(eval, element, binding.written_in)
                    .map(|what| format!("{what}, which pickle cannot carry to another process"))
            })
    {
        return Some(what);
    }
    // `with opened() as f` of a `contextlib.contextmanager`: what it yields, not a generator.
    if binding.kind == BindingKind::WithTarget
        && let Some(value) = binding.value.and_then(|r| eval.node_at(r))
        && let Some(entered) = entered_value(eval, value, binding.written_in)
    {
        return entered;
    }
    let Some(value) = binding.value.and_then(|r| eval.node_at(r)) else {
        // `r, w = os.pipe()`; `inc, lock = make_pair()` returning a lambda first.
        if let Some((function, what)) = super::unpicklable::unpacked_returned(eval, id) {
            return Some(format!(
                "unpacked from what `{function}` returns, {what}, which pickle cannot carry to another process"
            ));
        }
        // `def run_with(lock, k)`, called `run_with(threading.Lock(), 3)`.
        if binding.kind == BindingKind::Parameter {
            return super::unpicklable::passed_unpicklable(eval, id, 0).map(|(what, at)| {
                format!(
                    "a parameter given {what} (line {}), which pickle cannot carry to another process",
                    eval.line_at(at)
                )
            });
        }
        return unpicklable_binding(eval, id)
            .map(|what| format!("{what}, which pickle cannot carry to another process"));
    };
    // `d = copy.copy(Ctx(1))`: what is copied.
    let value = copied(eval, value, binding.written_in).unwrap_or(value);
    if value.kind_name() == "generator_expression" {
        return Some("a generator, which pickle cannot carry".into());
    }
    if holds_generator(value) {
        return Some("which holds a generator, which pickle cannot carry".into());
    }
    // `inc = make_pair()[0]`, the first item returned a lambda.
    if value.kind_name() == "subscript"
        && let Some((function, what)) = super::unpicklable::unpacked_returned(eval, id)
    {
        return Some(format!(
            "an item of what `{function}` returns, {what}, which pickle cannot carry to another process"
        ));
    }
    if contains_lambda(value) {
        return Some("which holds a lambda, which pickle cannot carry".into());
    }
    if let Some(name) = module_lambda(eval, value, binding.written_in) {
        return Some(format!(
            "which may hold `{name}`, a lambda bound at module level, which pickle cannot find by its name"
        ));
    }
    if let Some(entry) = table_lambda(eval, value, binding.written_in) {
        return Some(format!(
            "which may hold a lambda (`{entry}`), which pickle cannot find by its name"
        ));
    }
    if let Some(callable) = holds_local_callable(eval, value, binding.written_in) {
        return Some(format!(
            "an object made with {callable}, which it may keep and pickle cannot carry"
        ));
    }
    if let Some(view) = dict_view(eval, value) {
        return Some(format!(
            "a dict view (`.{view}()`), which pickle cannot carry to another process"
        ));
    }
    if let Some(what) = unpicklable_binding(eval, id) {
        return Some(format!(
            "{what}, which pickle cannot carry to another process"
        ));
    }
    if let Some(wrapped) = cache_of_function(eval, value, binding.written_in)
        && wrapped != binding.name
    {
        return Some(format!(
            "a cache of `{wrapped}` made by `functools`, which pickle looks up by the name `{wrapped}` and refuses as not the same object"
        ));
    }
    if let Some(name) = generator_called(eval, value, binding.written_in) {
        return Some(format!(
            "a generator (`{name}` yields), which pickle cannot carry"
        ));
    }
    if let Some(what) = used_instance_keeping(eval, binding, value) {
        return Some(what);
    }
    if let Some(what) = instance_keeping(eval, value, binding.written_in) {
        return Some(what);
    }
    if let Some(what) = attribute_kept(eval, value, binding.written_in) {
        return Some(what);
    }
    if let Some(what) = instance_made_with(eval, value, binding.written_in) {
        return Some(what);
    }
    if value.kind_name() == "call"
        && let Some(function) = value.field("function")
        && let Some(what) = imported_class_given(eval, value, function)
    {
        return Some(what);
    }
    if let Some((function, what)) =
        super::unpicklable::returned_unpicklable(eval, value, binding.written_in)
    {
        return Some(format!(
            "returned by `{function}` as {what}, which pickle cannot carry to another process"
        ));
    }
    if let Some((function, def, factory)) =
        super::unpicklable::factory_def(eval, value, binding.written_in)
        && let Some(what) = returned_keeping(eval, def, factory, None)
    {
        return Some(format!(
            "returned by `{function}` (line {}) as {what}, which pickle cannot carry to another process",
            def.start_position().row + 1
        ));
    }
    if value.kind_name() != "call" {
        return None;
    }
    let function = value.field("function")?;
    let callee = eval.text(function);
    let last = callee.rsplit('.').next().unwrap_or(callee);
    let plain_or_itertools = !callee.contains('.') || callee.starts_with("itertools.");
    if ITERATORS.contains(&last) && plain_or_itertools {
        // Python 3.14, whose default start method is forkserver, dropped pickling from
        // `itertools`'s iterators.
        let itertools = super::unpicklable::qualified_name(eval, function, binding.written_in)
            .is_some_and(|q| q == format!("itertools.{last}"));
        if itertools && matches!(last, "count" | "cycle") {
            return Some(format!(
                "an iterator made by `itertools.{last}`, which pickle cannot carry since Python 3.14 (and before, each task would advance a copy of its own)"
            ));
        }
        return Some(
            "an iterator: each task would get its own copy and advance it separately, so `next()` would no longer share its position"
                .to_string(),
        );
    }
    // An instance of a class defined inside a function cannot be pickled either.
    eval.local_class_called(value, binding.written_in).map(|(name, _)| {
        format!("an instance of `{name}`, a class defined inside a function, which pickle cannot find in a worker")
    })
}

/// The module-level function that `value`, read in `scope`, wraps in a cache:
/// `functools.lru_cache(maxsize=None)(slow)`, `functools.lru_cache(slow)`,
/// `functools.cache(slow)`. The wrapper takes the function's qualified name, under which
/// pickle finds the function itself, not the wrapper, unless the wrapper is bound to that
/// very name (`slow = cache(slow)`, as a decorator does).
fn cache_of_function<'a>(
    eval: &Evaluator<'a>,
    value: tree_sitter::Node<'_>,
    scope: ScopeId,
) -> Option<&'a str> {
    let value = super::callables::unparenthesize(value);
    if value.kind_name() != "call" {
        return None;
    }
    let function = value.field("function")?;
    let caching = |callee: tree_sitter::Node<'_>| {
        super::unpicklable::qualified_name(eval, callee, scope)
            .is_some_and(|q| matches!(q.as_str(), "functools.lru_cache" | "functools.cache"))
    };
    let wrapped = match function.kind_name() {
        "call" if function.field("function").is_some_and(caching) => value,
        _ if caching(function) => value,
        _ => return None,
    };
    let arguments = wrapped.field("arguments")?;
    let first = arguments.named_child(0)?;
    if first.kind_name() != "identifier" {
        return None;
    }
    let name = eval.text(first);
    let module_function = eval.model.resolve(scope, name)
        == Resolution::Scope(SemanticModel::MODULE)
        && eval
            .model
            .bindings_of(SemanticModel::MODULE, name)
            .iter()
            .all(|&id| eval.model.binding(id).kind == BindingKind::FunctionDef);
    module_function.then(|| &eval.source[first.byte_range()])
}

/// Whether the value is a module-level name bound to a lambda, or may be one
/// (`BY_SCORE if by_score else BY_NAME`): pickle looks a function up by its name, and a
/// lambda's is `<lambda>`.
fn module_lambda(
    eval: &Evaluator<'_>,
    value: tree_sitter::Node<'_>,
    scope: ScopeId,
) -> Option<String> {
    let value = super::callables::unparenthesize(value);
    match value.kind_name() {
        "identifier" => {
            let name = eval.text(value);
            let ids = eval.model.bindings_of(SemanticModel::MODULE, name);
            (eval.model.resolve(scope, name) == Resolution::Scope(SemanticModel::MODULE)
                && ids.iter().any(|&id| binding_is_lambda(eval, id)))
            .then(|| name.to_string())
        }
        "conditional_expression" | "boolean_operator" => {
            let mut cursor = value.walk();
            let operands: Vec<_> = value.named_children(&mut cursor).collect();
            operands
                .into_iter()
                .enumerate()
                .filter(|(i, _)| value.kind_name() == "boolean_operator" || *i != 1)
                .find_map(|(_, operand)| module_lambda(eval, operand, scope))
        }
        _ => None,
    }
}

/// The entry of a dispatch table the value reads, when one of the entries it may be is a
/// lambda (`fmt = FORMATTERS["title"]`): its text.
fn table_lambda(
    eval: &Evaluator<'_>,
    value: tree_sitter::Node<'_>,
    scope: ScopeId,
) -> Option<String> {
    let value = super::callables::unparenthesize(value);
    if value.kind_name() != "subscript" {
        return None;
    }
    let entries = super::picked::table_entries(eval, value, scope)?;
    entries
        .into_iter()
        .any(|entry| super::callables::unparenthesize(entry).kind_name() == "lambda")
        .then(|| eval.one_line(value))
}

/// The function a call of which the value is, when that function is a generator of the file
/// (`rows = read_rows(3)` with `read_rows` yielding): a generator object.
fn generator_called(
    eval: &Evaluator<'_>,
    value: tree_sitter::Node<'_>,
    scope: ScopeId,
) -> Option<String> {
    let value = super::callables::unparenthesize(value);
    let function = value
        .field("function")
        .filter(|f| value.kind_name() == "call" && f.kind_name() == "identifier")?;
    let name = eval.text(function);
    let Resolution::Scope(owner) = eval.model.resolve(scope, name) else {
        return None;
    };
    let ids = eval.model.bindings_of(owner, name);
    let generators = !ids.is_empty()
        && ids.iter().all(|&id| {
            let binding = eval.model.binding(id);
            binding.kind == BindingKind::FunctionDef
                && eval
                    .node_at(binding.range)
                    .and_then(|n| n.parent())
                    .filter(|d| d.kind_name() == "function_definition")
                    .is_some_and(|def| {
                        super::inferred::is_generator(eval, def) && !is_async(eval, def)
                    })
        });
    generators.then(|| name.to_string())
}

/// For `with manager() as name`, where `manager` is a function of the file made a context
/// manager by `contextlib.contextmanager`, or one of another file of the run that its own file
/// reads so (`core::module_kept`): why what it yields cannot cross (`Some(Some(..))`), or
/// that it is nothing evident (`Some(None)`); `None` when `value` calls no such function.
fn entered_value(
    eval: &Evaluator<'_>,
    value: tree_sitter::Node<'_>,
    scope: ScopeId,
) -> Option<Option<String>> {
    let call = super::callables::unparenthesize(value);
    let function = call
        .field("function")
        .filter(|_| call.kind_name() == "call")
        .map(super::callables::unparenthesize)?;
    let called = eval.one_line(call);
    if let Some(kept) = eval.imported_kept(function) {
        return match kept {
            Unpicklable::Yields { what, .. } => Some(Some(format!(
                "entered from `{called}` ({}) as {what}{}",
                kept.place(),
                match what.contains("pickle cannot") {
                    true => "",
                    false => ", which pickle cannot carry to another process",
                }
            ))),
            _ => None,
        };
    }
    if function.kind_name() != "identifier" {
        return None;
    }
    let (def, manager) = context_manager(eval, eval.text(function), scope)?;
    Some(yielded_unpicklable(eval, def, manager).map(|what| {
        let tail = match what.contains("pickle cannot") {
            true => "",
            false => ", which pickle cannot carry to another process",
        };
        format!(
            "entered from `{called}` (line {}) as {what}{tail}",
            def.start_position().row + 1
        )
    }))
}

/// The `def` of the function `name` reads in `scope` and its scope, when it is a module-level
/// function bound once and decorated with `contextlib.contextmanager` alone.
pub(super) fn context_manager<'a>(
    eval: &Evaluator<'a>,
    name: &str,
    scope: ScopeId,
) -> Option<(tree_sitter::Node<'a>, ScopeId)> {
    if eval.model.resolve(scope, name) != Resolution::Scope(SemanticModel::MODULE) {
        return None;
    }
    let [only] = eval.model.bindings_of(SemanticModel::MODULE, name) else {
        return None;
    };
    let binding = eval.model.binding(*only);
    let def = eval
        .node_at(binding.range)?
        .parent()
        .filter(|d| d.kind_name() == "function_definition")?;
    let decorated = def
        .parent()
        .filter(|d| d.kind_name() == "decorated_definition")?;
    let decorators: Vec<_> = (crate::core::parse::named_items(decorated).into_iter())
        .filter(|d| d.kind_name() == "decorator")
        .collect();
    let [decorator] = decorators[..] else {
        return None;
    };
    let expression = decorator.named_child(0)?;
    let qualified = super::unpicklable::qualified_name(eval, expression, SemanticModel::MODULE)?;
    if binding.kind != BindingKind::FunctionDef
        || qualified != "contextlib.contextmanager"
        || is_async(eval, def)
    {
        return None;
    }
    Some((def, eval.model.scope_created_by(TextRange::of(def))?))
}

/// What the function `def`, of scope `manager`, yields that pickle cannot carry, as
/// `unpicklable::returned_by` reads a `return`: `yield f` after `f = open(path)`.
pub(super) fn yielded_unpicklable(
    eval: &Evaluator<'_>,
    def: tree_sitter::Node<'_>,
    manager: ScopeId,
) -> Option<String> {
    crate::core::parse::own_nodes(def.field("body")?)
        .filter(|n| n.kind_name() == "yield")
        .filter_map(|n| n.named_child(0))
        .map(super::callables::unparenthesize)
        .find_map(|yielded| {
            // A local: all that a capture of it would be judged by (`yield ctx` of an
            // instance keeping a lock, `yield {"lock": lock}`).
            if yielded.kind_name() == "identifier"
                && let [only] = eval.model.bindings_of(manager, eval.text(yielded))
            {
                return unpicklable_value(eval, *only);
            }
            super::unpicklable::returned_value(eval, yielded, manager)
                .or_else(|| kept_value_unpicklable(eval, yielded, manager))
                .or_else(|| instance_keeping(eval, yielded, manager))
        })
}

fn is_async(eval: &Evaluator<'_>, def: tree_sitter::Node<'_>) -> bool {
    eval.text(def).starts_with("async")
}

/// Why an instance the value makes cannot cross, when it is of a class of the module whose
/// `__init__` stores on it something pickle refuses (`self._lock = threading.Lock()`) and
/// that does not say how it pickles; or when it is a list, tuple, set or dict (or a
/// comprehension) of instances of a class defined inside a function.
fn instance_keeping(
    eval: &Evaluator<'_>,
    value: tree_sitter::Node<'_>,
    scope: ScopeId,
) -> Option<String> {
    let value = super::callables::unparenthesize(value);
    match value.kind_name() {
        "list"
        | "tuple"
        | "set"
        | "dictionary"
        | "list_comprehension"
        | "set_comprehension"
        | "dictionary_comprehension" => {
            let mut cursor = value.walk();
            let items: Vec<_> = value.named_children(&mut cursor).collect();
            items.into_iter().find_map(|item| {
                let item = match item.kind_name() {
                    "pair" => item.field("value")?,
                    "for_in_clause" | "if_clause" | "comment" => return None,
                    _ => item,
                };
                let at = eval.model.scope_at(item.start_byte());
                let item = super::callables::unparenthesize(item);
                (item.kind_name() == "call")
                    .then(|| eval.local_class_called(item, at))
                    .flatten()
                    .map(|(name, _)| {
                        format!("which holds instances of `{name}`, a class defined inside a function, which pickle cannot find in a worker")
                    })
                    .or_else(|| instance_keeping(eval, item, at))
                    // `{"db": threading.Lock()}`, `[make_scaler(2)]` returning a lambda,
                    // `{"fast": functools.cache(slow)}`.
                    .or_else(|| {
                        cache_of_function(eval, item, at).map(|wrapped| {
                            format!("which holds a cache of `{wrapped}` made by `functools`, which pickle looks up by the name `{wrapped}` and refuses as not the same object")
                        })
                    })
                    .or_else(|| {
                        super::unpicklable::unpicklable_expression(eval, item, at).map(|what| {
                            format!("which holds {what}, which pickle cannot carry to another process")
                        })
                    })
                    .or_else(|| {
                        (item.kind_name() == "call")
                            .then(|| super::unpicklable::returned_unpicklable(eval, item, at))
                            .flatten()
                            .map(|(function, what)| {
                                format!("which holds what `{function}` returns, {what}, which pickle cannot carry to another process")
                            })
                    })
            })
        }
        "call" => {
            if let Some(kept) = imported_call_kept(eval, value) {
                return Some(kept);
            }
            let (name, only) = module_callee(eval, value, scope)?;
            let binding = eval.model.binding(only);
            if binding.kind != BindingKind::FunctionDef {
                return class_instance_keeping(eval, value, scope);
            }
            returned_instance_keeping(eval, binding)
                .map(|what| format!("made by `{name}()`, {what}"))
        }
        _ => None,
    }
}

/// `c = make()` for `def make(): return Counter()`, the module-level function bound by
/// `binding`: what an instance of a class of the file that its `return`s make keeps
/// (`class_instance_keeping`), as `an instance of `Counter`, whose ...`.
pub(super) fn returned_instance_keeping(
    eval: &Evaluator<'_>,
    binding: &crate::core::semantic::Binding,
) -> Option<String> {
    let (returned, factory) = returned_made(eval, binding)?;
    (returned.into_iter()).find_map(|value| class_instance_keeping(eval, value, factory))
}

/// What the `return`s of the module-level function bound by `binding` give, each a local's
/// one assignment where it returns the local (`c = Counter(); return c`), with the function's
/// scope.
fn returned_made<'a>(
    eval: &Evaluator<'a>,
    binding: &crate::core::semantic::Binding,
) -> Option<(Vec<tree_sitter::Node<'a>>, ScopeId)> {
    let def = eval.statement_node(binding.statement)?;
    let factory = eval.model.scope_created_by(binding.statement)?;
    let returned = super::values::returned_values(def.field("body")?);
    let made = (returned.into_iter().flatten())
        .filter_map(|value| match value.kind_name() {
            "identifier" => match eval.model.bindings_of(factory, eval.text(value)) {
                [only] => eval.node_at(eval.model.binding(*only).value?),
                _ => None,
            },
            _ => Some(value),
        })
        .collect();
    Some((made, factory))
}

/// What the function `def`, whose scope is `factory`, returns that keeps what pickle refuses
/// because of the function's own code: an object it sets an attribute of to such a value
/// (`obj = cls(n); obj.lock = threading.Lock(); return obj`, `stored_on_name`), or, for a
/// `classmethod` or a function of a class, an instance of a class of the file that keeps one
/// (`return cls(n)`). Said as what it returns: ``an instance of `Ctx`, whose ...``, ``an
/// object with `obj.lock` set to ...``, its places in the file shown as `file` when given.
pub(super) fn returned_keeping(
    eval: &Evaluator<'_>,
    def: tree_sitter::Node<'_>,
    factory: ScopeId,
    file: Option<&str>,
) -> Option<String> {
    let returned = super::values::returned_values(def.field("body")?);
    // `cls`, the class a classmethod is called on.
    let class_parameter = def
        .parent()
        .filter(|p| p.kind_name() == "decorated_definition")
        .is_some_and(|decorated| {
            crate::core::parse::named_items(decorated)
                .iter()
                .any(|d| d.kind_name() == "decorator" && eval.text(*d) == "@classmethod")
        })
        .then(|| positional_parameters(eval, def).first().copied())
        .flatten();
    (returned.into_iter().flatten()).find_map(|value| {
        let value = super::callables::unparenthesize(value);
        let made = match value.kind_name() {
            "identifier" => {
                let local = eval.text(value);
                if eval.model.resolve(factory, local) != Resolution::Scope(factory) {
                    return None;
                }
                if let Some(stored) = stored_on_name(eval, factory, local, 0) {
                    return Some(format!("an object {}", stored.in_file(file).phrase()));
                }
                match eval.model.bindings_of(factory, local) {
                    [only] => eval.node_at(eval.model.binding(*only).value?)?,
                    _ => return None,
                }
            }
            _ => value,
        };
        let made = super::callables::unparenthesize(made);
        // `return {"lock": threading.Lock()}`.
        if matches!(made.kind_name(), "dictionary" | "list" | "tuple" | "set") {
            return kept_value_unpicklable(eval, made, factory);
        }
        let called = made
            .field("function")
            .filter(|_| made.kind_name() == "call")?;
        let (name, class) = match class_parameter.is_some_and(|cls| eval.text(called) == cls) {
            true => {
                let class = eval.scope_node(eval.model.scope(factory).parent?)?;
                (eval.text(class.field("name")?), TextRange::of(class))
            }
            false => {
                let (name, only) = module_callee(eval, made, factory)?;
                let class = eval.model.binding(only);
                if class.kind != BindingKind::ClassDef {
                    return None;
                }
                (name, class.statement)
            }
        };
        kept_unpicklable(eval, class, None).map(|kept| format!("an instance of `{name}`, {kept}"))
    })
}

/// What the `return`s of the module-level function bound by `binding` give that keeps a
/// lambda or a nested function (`d = defaultdict(lambda: 0); return d`,
/// `holds_local_callable`), said as what it returns.
pub(super) fn returned_holding_callable(
    eval: &Evaluator<'_>,
    binding: &crate::core::semantic::Binding,
) -> Option<String> {
    let (returned, factory) = returned_made(eval, binding)?;
    (returned.into_iter())
        .find_map(|value| holds_local_callable(eval, value, factory))
        .map(|callable| format!("an object made with {callable}"))
}

/// The classes another module binds that the `return`s of the module-level function bound by
/// `binding` make instances of (`return Ctx(n)`, or a local bound once to one), by the name
/// each call reads (`returned_instance_keeping` judges the file's own).
pub(super) fn returned_imported_classes<'a>(
    eval: &Evaluator<'a>,
    binding: &crate::core::semantic::Binding,
) -> Vec<tree_sitter::Node<'a>> {
    let Some((returned, _)) = returned_made(eval, binding) else {
        return Vec::new();
    };
    (returned.into_iter())
        .filter_map(|value| {
            let call = super::callables::unparenthesize(value);
            let function = call
                .field("function")
                .filter(|_| call.kind_name() == "call")?;
            eval.imported_name(function).map(|_| function)
        })
        .collect()
}

/// What a module-level value of the file holds that pickle refuses (`LOG = open(...)`,
/// `REGISTRY = Registry()` whose class keeps a lock), for other files that import it
/// (`core::module_kept`).
pub(super) fn module_value_unpicklable(
    eval: &Evaluator<'_>,
    value: tree_sitter::Node<'_>,
) -> Option<String> {
    let module = SemanticModel::MODULE;
    instance_keeping(eval, value, module).or_else(|| kept_value_unpicklable(eval, value, module))
}

/// `c = Ctx(1)`, an instance of a module-level class of the file, bound by `binding`: what it
/// keeps counting the methods and properties the code around reads on it (`c.enable()`,
/// `with c.lock:`), which may have run before a process is handed it (`kept_by_used_instances`).
fn used_instance_keeping(
    eval: &Evaluator<'_>,
    binding: &crate::core::semantic::Binding,
    value: tree_sitter::Node<'_>,
) -> Option<String> {
    let value = super::callables::unparenthesize(value);
    if value.kind_name() != "call" {
        return None;
    }
    let mut used = used_attributes(eval, binding);
    // `with Ctx(n) as c:`, the instance its `__enter__` gives after running.
    if binding.kind == BindingKind::WithTarget {
        used.push("__enter__");
    }
    let mut function = super::callables::unparenthesize(value.field("function")?);
    // `Ctx(n).named("x").with_lock()`: the instance, when each method returns it, with those
    // methods run.
    let mut value = value;
    let mut fluent = Vec::new();
    while function.kind_name() == "attribute"
        && fluent.len() < MAX_CLASS_CHAIN
        && let Some(made) = (function.field("object"))
            .map(super::callables::unparenthesize)
            .filter(|object| object.kind_name() == "call")
        && let Some(method) = function.field("attribute")
    {
        let method = eval.text(method);
        fluent.push(method);
        used.push(method);
        value = made;
        function = super::callables::unparenthesize(made.field("function")?);
    }
    // `Ctx(9)` of another file, then `c.enable()`: what that file says `enable` stores.
    if eval.imported_name(function).is_some() {
        let name = eval.text(function);
        return used.into_iter().find_map(|used| {
            let kept = eval.imported_kept_member(function, used)?;
            let Unpicklable::Stores {
                index: Some(0),
                target,
                what,
                returned,
                ..
            } = kept
            else {
                return None;
            };
            // A method called for the value stores on what it returns only when that is the
            // instance.
            if fluent.contains(&used) && !returned {
                return None;
            }
            Some(format!(
                "an instance of `{name}`, whose `{used}` stores {what} by `{target}` ({}), which pickle cannot carry",
                kept.place()
            ))
        });
    }
    let (name, only) = module_callee(eval, value, binding.written_in)?;
    let class = eval.model.binding(only);
    if class.kind != BindingKind::ClassDef {
        return None;
    }
    let returns_self = |method: &&str| {
        method_owner(eval, class.statement, method)
            .is_some_and(|owner| method_returns_self(eval, owner, method))
    };
    if !fluent.iter().all(returns_self) {
        return None;
    }
    if used.is_empty() {
        return None;
    }
    kept_by_used_instances(eval, class.statement, &used).map(|kept| {
        format!(
            "an instance of `{name}`, {}, which pickle cannot carry",
            kept.clause
        )
    })
}

/// The attributes the code where `binding` binds its name reads on it (`c.enable()`, `with
/// c.lock:`), sorted.
fn used_attributes<'a>(
    eval: &Evaluator<'a>,
    binding: &crate::core::semantic::Binding,
) -> Vec<&'a str> {
    let mut used: Vec<&str> = (eval
        .model
        .references_in(eval.model.scope(binding.written_in).range))
    .filter(|r| r.name == binding.name)
    .filter_map(|r| {
        eval.root
            .descendant_for_byte_range(r.range.start, r.range.end)
    })
    .filter_map(|node| {
        let parent = node.parent()?;
        match parent.kind_name() {
            "attribute" => (parent.field("object") == Some(node))
                .then(|| parent.field("attribute"))
                .flatten()
                .map(|a| eval.text(a)),
            // `with c:` and `with c as d:` run `c.__enter__()`.
            "with_item" => Some("__enter__"),
            "as_pattern"
                if parent.named_child(0) == Some(node)
                    && parent
                        .parent()
                        .is_some_and(|p| p.kind_name() == "with_item") =>
            {
                Some("__enter__")
            }
            _ => None,
        }
    })
    .collect();
    used.sort_unstable();
    used.dedup();
    used
}

/// `instance_keeping` for a call of a class or function another file of the run defines
/// (`Context("job")` after `from pkg.ctx import Context`, `logs.open_log(path)`), as that file
/// reads it (`core::module_kept`).
fn imported_call_kept(eval: &Evaluator<'_>, call: tree_sitter::Node<'_>) -> Option<String> {
    let function = super::callables::unparenthesize(call.field("function")?);
    let name = eval.text(function);
    let kept = eval.imported_kept(function)?;
    let place = kept.place();
    Some(match kept {
        Unpicklable::Instances { clause, .. } => {
            format!("an instance of `{name}`, {clause} ({place}), which pickle cannot carry")
        }
        Unpicklable::Returns { what, .. } => format!(
            "returned by `{name}` ({place}) as {what}, which pickle cannot carry to another process"
        ),
        // `attach(Ctx(4))` returning what it sets an attribute of.
        Unpicklable::Stores {
            returned: true,
            target,
            what,
            ..
        } => format!(
            "returned by `{name}` with {what} stored in it by `{target}` ({place}), which pickle cannot carry to another process"
        ),
        // A module-level value called, or a function that stores on what it is given and
        // returns something else: what it returns is not known. An instance of a class that
        // says how it pickles is refused for that (`check_pickled_state`).
        Unpicklable::Holds { .. }
        | Unpicklable::Stores { .. }
        | Unpicklable::Pickles { .. }
        | Unpicklable::Yields { .. } => return None,
    })
}

/// An instance of a class another module binds (named in CamelCase, as
/// `holds_local_callable` takes a class it cannot read) made with what pickle refuses
/// (`Ctx(22, threading.Lock())`): the instance may keep it, as one of a class of the file
/// that stores its parameter does (`passed_unpicklable`).
fn imported_class_given(
    eval: &Evaluator<'_>,
    call: tree_sitter::Node<'_>,
    function: tree_sitter::Node<'_>,
) -> Option<String> {
    let (what, at) = imported_class_made_with(eval, call, function)?;
    Some(format!(
        "an instance of `{}` made with {what} (line {}), which it may keep and pickle cannot carry",
        eval.text(function),
        eval.line_at(at)
    ))
}

/// What pickle refuses that `call`, of an imported class (`function`, in CamelCase), is given
/// (`imported_class_given`), and where that argument starts.
fn imported_class_made_with(
    eval: &Evaluator<'_>,
    call: tree_sitter::Node<'_>,
    function: tree_sitter::Node<'_>,
) -> Option<(String, usize)> {
    let (_, class) = eval.imported_name(function)?;
    if !class.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let scope = eval.model.scope_at(call.start_byte());
    let arguments = crate::core::parse::named_items(call.field("arguments")?);
    arguments.into_iter().find_map(|argument| {
        let value = match argument.kind_name() {
            "keyword_argument" => argument.field("value")?,
            _ => argument,
        };
        let what = kept_value_unpicklable(eval, value, scope)?;
        Some((what, value.start_byte()))
    })
}

/// What the `return`s of the module-level function bound by `binding` give when they make an
/// instance of a class another module binds with what pickle refuses (`return Ctx(n,
/// threading.Lock())`, `imported_class_given`), said as what it returns.
pub(super) fn returned_imported_given(
    eval: &Evaluator<'_>,
    binding: &crate::core::semantic::Binding,
) -> Option<String> {
    let (returned, _) = returned_made(eval, binding)?;
    returned.into_iter().find_map(|value| {
        let call = super::callables::unparenthesize(value);
        let function = call
            .field("function")
            .filter(|_| call.kind_name() == "call")?;
        let (what, _) = imported_class_made_with(eval, call, function)?;
        Some(format!(
            "an instance of `{}` made with {what}, which it may keep",
            eval.text(function)
        ))
    })
}

/// The one binding the name `value` reads in `scope`, when it is an assignment or one made
/// by a `with ... as` or `for` target is not: `d = c` follows `c` only to a plain value.
fn aliased_binding<'e>(
    eval: &'e Evaluator<'_>,
    value: tree_sitter::Node<'_>,
    scope: ScopeId,
) -> Option<&'e BindingId> {
    let name = eval.text(value);
    let Resolution::Scope(owner) = eval.model.resolve(scope, name) else {
        return None;
    };
    match eval.model.bindings_of(owner, name) {
        [only] if matches!(eval.model.binding(*only).kind, BindingKind::Assignment) => Some(only),
        _ => None,
    }
}

/// The module-level name `call` calls, read in `scope`, and its one binding.
fn module_callee<'s>(
    eval: &Evaluator<'s>,
    call: tree_sitter::Node<'_>,
    scope: ScopeId,
) -> Option<(&'s str, BindingId)> {
    let function = call
        .field("function")
        .filter(|f| f.kind_name() == "identifier")?;
    let name = eval.text(function);
    if eval.model.resolve(scope, name) != Resolution::Scope(SemanticModel::MODULE) {
        return None;
    }
    let [only] = eval.model.bindings_of(SemanticModel::MODULE, name) else {
        return None;
    };
    Some((name, *only))
}

/// `instance_keeping` for a call of a module-level class of the file.
fn class_instance_keeping(
    eval: &Evaluator<'_>,
    value: tree_sitter::Node<'_>,
    scope: ScopeId,
) -> Option<String> {
    let value = super::callables::unparenthesize(value);
    if value.kind_name() != "call" {
        return None;
    }
    let (name, only) = module_callee(eval, value, scope)?;
    let class = eval.model.binding(only);
    if class.kind != BindingKind::ClassDef {
        return None;
    }
    kept_unpicklable(eval, class.statement, None)
        .map(|kept| format!("an instance of `{name}`, {kept}, which pickle cannot carry"))
}

/// Why the attribute `value` reads cannot cross, when it is one that an instance of a
/// module-level class of the file keeps and pickle refuses (`lock = svc.lock` after `svc =
/// Service()`, whose `__init__` stores `self.lock = threading.Lock()`; a field of a dataclass,
/// or a class attribute, holding one): the instance made in place, bound to a name one of
/// whose bindings makes it, or a method's own (`lock = self.lock`).
fn attribute_kept(
    eval: &Evaluator<'_>,
    value: tree_sitter::Node<'_>,
    scope: ScopeId,
) -> Option<String> {
    let value = super::callables::unparenthesize(value);
    let called = value.kind_name() == "call" && !eval.text(value).starts_with("getattr");
    let (object, attribute) = match value.kind_name() {
        "attribute" => (value.field("object")?, eval.text(value.field("attribute")?)),
        // `svc.get_lock()`: what the method returns (`kept_unpicklable` follows it).
        "call"
            if value
                .field("function")
                .is_some_and(|f| f.kind_name() == "attribute")
                && value
                    .field("arguments")
                    .is_some_and(|a| crate::core::parse::named_items(a).is_empty()) =>
        {
            let function = value.field("function")?;
            (
                function.field("object")?,
                eval.text(function.field("attribute")?),
            )
        }
        // `getattr(svc, "lock")`, without a default.
        "call" => {
            let arguments = value.field("arguments")?;
            let [object, name] = crate::core::parse::named_items(arguments)[..] else {
                return None;
            };
            let plain = name.kind_name() == "string"
                && !eval.text(name).contains('{')
                && eval.text(value.field("function")?) == "getattr"
                && eval.model.resolve(scope, "getattr") == Resolution::Builtin;
            if !plain {
                return None;
            }
            (object, super::values::string_content(eval.text(name)))
        }
        _ => return None,
    };
    let object = super::callables::unparenthesize(object);
    let read = match called {
        true => format!("what `{attribute}()` returns"),
        false => format!("the attribute `{attribute}`"),
    };
    // `ids = Src.ids`: the class's own attribute.
    if object.kind_name() == "identifier"
        && let Some(class) = eval.named_module_class(object, scope)
        && let Some(node) = eval.scope_node(class)
    {
        let statement = crate::core::source::TextRange::of(node);
        let name = eval.text(object);
        return kept_unpicklable(eval, statement, Some((attribute, false))).map(|kept| {
            format!("{read} of the class `{name}`, {kept}, which pickle cannot carry")
        });
    }
    // `lock = self.lock` in a method, `svc.lock` after `svc = Service()`, `app.svc.lock`.
    eval.instance_classes(object, scope)
        .into_iter()
        .find_map(|class| {
            let node = eval.scope_node(class)?;
            let name = eval.text(node.field("name")?);
            let statement = crate::core::source::TextRange::of(node);
            kept_unpicklable(eval, statement, Some((attribute, true))).map(|kept| {
                format!("{read} of an instance of `{name}`, {kept}, which pickle cannot carry")
            })
        })
}

/// The attribute `Y` the function `name` of the class body `body` returns on every path as
/// `self.Y` (a property or a getter: `return self._lock`).
fn returned_self_attribute<'a>(eval: &Evaluator<'a>, body: ScopeId, name: &str) -> Option<&'a str> {
    let &id = eval.model.scope(body).bindings.get(name)?.last()?;
    let binding = eval.model.binding(id);
    if binding.kind != BindingKind::FunctionDef {
        return None;
    }
    let def = eval
        .node_at(binding.range)
        .and_then(|n| n.parent())
        .filter(|d| d.kind_name() == "function_definition")?;
    let receiver = eval.first_parameter(eval.model.scope_created_by(TextRange::of(def))?)?;
    let returned = super::values::returned_values(def.field("body")?);
    let mut attributes = returned.into_iter().map(|value| -> Option<&'a str> {
        let value = super::callables::unparenthesize(value?);
        let object = value
            .field("object")
            .filter(|_| value.kind_name() == "attribute")?;
        if eval.text(object) != receiver {
            return None;
        }
        Some(eval.text(value.field("attribute")?))
    });
    let first = attributes.next()??;
    attributes.all(|a| a == Some(first)).then_some(first)
}

/// The element of the right side that a flat unpacking of a tuple gives the name bound by
/// `id` (`lock` in `lock, k = svc.lock, 3`); `None` for any other binding, or when a splat
/// on either side hides which element it is.
fn paired_element<'a>(
    eval: &Evaluator<'a>,
    id: crate::core::semantic::BindingId,
) -> Option<tree_sitter::Node<'a>> {
    let binding = eval.model.binding(id);
    if binding.kind != BindingKind::Assignment || binding.value.is_some() {
        return None;
    }
    let statement = eval.statement_node(binding.statement)?;
    let assignment = match statement.kind_name() {
        "expression_statement" => statement.named_child(0)?,
        _ => statement,
    };
    let (left, right) = (assignment.field("left")?, assignment.field("right")?);
    let elements = |node: tree_sitter::Node<'a>| {
        let mut cursor = node.walk();
        node.named_children(&mut cursor)
            .filter(|n| n.kind_name() != "comment")
            .collect::<Vec<_>>()
    };
    if assignment.kind_name() != "assignment"
        || !matches!(left.kind_name(), "pattern_list" | "tuple_pattern")
        || !matches!(right.kind_name(), "expression_list" | "tuple")
    {
        return None;
    }
    let (targets, values) = (elements(left), elements(right));
    let plain = |n: &tree_sitter::Node<'_>| n.kind_name() == "identifier";
    if targets.len() != values.len()
        || !targets.iter().all(plain)
        || values.iter().any(|v| v.kind_name() == "list_splat")
    {
        return None;
    }
    let at = targets
        .iter()
        .position(|t| crate::core::source::TextRange::of(*t) == binding.range)?;
    Some(values[at])
}

/// Whether an object keeps the argument at a position (among the positional ones) or given
/// by a keyword (`instance_made_with`).
type KeepsArgument<'a> = Box<dyn Fn(usize, Option<&str>) -> bool + 'a>;

/// Why an object the value makes cannot cross, when it keeps an argument it is made with that
/// pickle refuses: an instance of a class of the file (without its own way of pickling) whose
/// `__init__` stores that parameter on `self` as it is (or a dataclass, which keeps every
/// field), of a class a factory made (`Ctx = namedtuple(...)`), or a `types.SimpleNamespace`
/// (`SimpleNamespace(lock=threading.Lock())`).
fn instance_made_with(
    eval: &Evaluator<'_>,
    value: tree_sitter::Node<'_>,
    scope: ScopeId,
) -> Option<String> {
    let value = super::callables::unparenthesize(value);
    let function = value
        .field("function")
        .filter(|_| value.kind_name() == "call")?;
    let qualified = super::unpicklable::qualified_name(eval, function, scope);
    let namespace = matches!(
        qualified.as_deref(),
        Some("types.SimpleNamespace" | "argparse.Namespace")
    );
    // Whether the instance keeps the argument at `position` (among the positional ones) or
    // given by `keyword`.
    let keeps: KeepsArgument<'_> = match namespace {
        true => Box::new(|_, _| true),
        false => {
            let (_, only) = module_callee(eval, value, scope)?;
            let binding = eval.model.binding(only);
            match binding.kind {
                BindingKind::ClassDef => {
                    let chain = class_chain(eval, binding.statement);
                    let bindings = |body: ScopeId| &eval.model.scope(body).bindings;
                    if says_how_it_pickles(eval, &chain) {
                        return None;
                    }
                    // The `__init__` that runs: the first of the chain's, which must store
                    // the parameter the argument binds on `self`; a dataclass's generated
                    // one keeps every field.
                    let init = chain.iter().find_map(|&(statement, body)| {
                        match bindings(body).get("__init__").and_then(|ids| ids.first()) {
                            Some(&id) => Some(Some(id)),
                            None => eval.dataclass_scope(statement).map(|_| None),
                        }
                    })?;
                    match init {
                        None => Box::new(|_, _| true),
                        Some(id) => {
                            let def = eval
                                .node_at(eval.model.binding(id).range)
                                .and_then(|n| n.parent())
                                .filter(|d| d.kind_name() == "function_definition")?;
                            let parameters: Vec<&str> = def
                                .field("parameters")
                                .map(crate::core::parse::named_items)
                                .unwrap_or_default()
                                .into_iter()
                                .filter_map(|p| match p.kind_name() {
                                    "identifier" => Some(eval.text(p)),
                                    _ => p.field("name").map(|n| eval.text(n)),
                                })
                                .collect();
                            Box::new(move |position, keyword| {
                                let parameter =
                                    keyword.or_else(|| parameters.get(position + 1).copied());
                                parameter.is_some_and(|p| stores_parameter(eval, def, p))
                            })
                        }
                    }
                }
                BindingKind::Assignment => {
                    let made = binding.value.and_then(|v| eval.node_at(v))?;
                    if !eval.makes_instances_class(made, SemanticModel::MODULE) {
                        return None;
                    }
                    Box::new(|_, _| true)
                }
                _ => return None,
            }
        }
    };
    let arguments = value.field("arguments")?;
    let mut cursor = arguments.walk();
    let given: Vec<_> = arguments.named_children(&mut cursor).collect();
    let mut position: usize = 0;
    let what = given.into_iter().find_map(|argument| {
        let (argument, keyword) = match argument.kind_name() {
            "keyword_argument" => (
                argument.field("value")?,
                Some(eval.text(argument.field("name")?)),
            ),
            "list_splat" | "dictionary_splat" | "comment" => return None,
            _ => {
                position += 1;
                (argument, None)
            }
        };
        let at = position.saturating_sub(1);
        super::unpicklable::unpicklable_expression(eval, argument, scope)
            .filter(|_| keeps(at, keyword))
    })?;
    Some(format!(
        "an instance of `{}` made with {what}, which it keeps and pickle cannot carry",
        eval.text(function)
    ))
}

/// The most classes `class_chain` follows from a class to the classes it derives from.
const MAX_CLASS_CHAIN: usize = 8;

/// The module-level class bound at `statement` and the classes of the file it derives from
/// (bases named by a module-level name bound once to a class), each as its statement and its
/// body's scope, the class first, then its bases depth first, left to right: where an
/// instance's attributes come from. At most `MAX_CLASS_CHAIN`.
fn class_chain(
    eval: &Evaluator<'_>,
    statement: crate::core::source::TextRange,
) -> Vec<(crate::core::source::TextRange, ScopeId)> {
    let mut chain = Vec::new();
    let mut todo = vec![statement];
    while let Some(statement) = todo.pop() {
        if chain.len() >= MAX_CLASS_CHAIN || chain.iter().any(|&(s, _)| s == statement) {
            continue;
        }
        // The statement of a decorated class is its `decorated_definition`, which
        // `dataclass_scope` reads; its body is the scope of the `class` itself.
        let Some(node) = eval.node_at(statement) else {
            continue;
        };
        let (statement, class) = match node.kind_name() {
            "decorated_definition" => (statement, node.field("definition")),
            _ => match node
                .parent()
                .filter(|p| p.kind_name() == "decorated_definition")
            {
                Some(decorated) => (TextRange::of(decorated), Some(node)),
                None => (statement, Some(node)),
            },
        };
        if chain.iter().any(|&(s, _)| s == statement) {
            continue;
        }
        let Some(body) = class
            .filter(|c| c.kind_name() == "class_definition")
            .and_then(|c| eval.model.scope_created_by(TextRange::of(c)))
        else {
            continue;
        };
        chain.push((statement, body));
        let Some(bases) = eval.scope_node(body).and_then(|c| c.field("superclasses")) else {
            continue;
        };
        let mut cursor = bases.walk();
        let bases: Vec<_> = bases.named_children(&mut cursor).collect();
        for base in bases.into_iter().rev() {
            if base.kind_name() != "identifier" {
                continue;
            }
            let name = eval.text(base);
            if eval.model.resolve(SemanticModel::MODULE, name)
                != Resolution::Scope(SemanticModel::MODULE)
            {
                continue;
            }
            if let [only] = eval.model.bindings_of(SemanticModel::MODULE, name)
                && eval.model.binding(*only).kind == BindingKind::ClassDef
            {
                todo.push(eval.model.binding(*only).statement);
            }
        }
    }
    chain
}

/// What an instance of the module-level class bound at `statement` keeps that pickle refuses,
/// said as a clause (`whose `__init__` stores a lock in `self.lock``), looking at the class
/// and the classes of the file it derives from (`class_chain`): an attribute an `__init__`
/// stores on `self`, or, for a class without one, a field of a dataclass. With `attribute`,
/// that attribute only, and a class attribute of that name too (which an instance reads,
/// though pickling the instance leaves it out); without, the first found, unless a class of
/// the chain says how its instances pickle (`__getstate__`, `__reduce__`, `__reduce_ex__`).
fn kept_unpicklable(
    eval: &Evaluator<'_>,
    statement: crate::core::source::TextRange,
    attribute: Option<(&str, bool)>,
) -> Option<String> {
    kept_unpicklable_within(eval, statement, attribute, 0, &[]).map(|kept| kept.clause)
}

/// What an instance keeps that pickle refuses (`kept_by_instances`).
pub(super) struct KeptClause {
    /// Said as a clause: ``whose `__init__` stores a thread lock ... in `self.lock` ``.
    pub(super) clause: String,
    /// The statement that stores it, when one does (not a dataclass's field): its text, its
    /// line, and the file when it is another's.
    pub(super) stored: Option<(String, usize, Option<String>)>,
}

/// What an instance of the module-level class bound at `statement` keeps that pickle
/// refuses (`kept_unpicklable`, the first found), with the statement that stores it. A base
/// another file of the run defines (`class Runner(Component)` after `from .base import
/// Component`) counts as that file reads it (`core::module_kept`), after the classes of this
/// one.
pub(super) fn kept_by_instances(
    eval: &Evaluator<'_>,
    statement: crate::core::source::TextRange,
) -> Option<KeptClause> {
    kept_unpicklable_within(eval, statement, None, 0, &[])
}

/// `kept_by_instances`, counting too what the methods and properties `used` store, which the
/// parent reads on the instance (`ctx.enable()`, `ctx.lock`) and so may have run before it
/// is pickled.
fn kept_by_used_instances(
    eval: &Evaluator<'_>,
    statement: crate::core::source::TextRange,
    used: &[&str],
) -> Option<KeptClause> {
    kept_unpicklable_within(eval, statement, None, 0, used)
}

fn kept_unpicklable_within(
    eval: &Evaluator<'_>,
    statement: crate::core::source::TextRange,
    attribute: Option<(&str, bool)>,
    depth: usize,
    used: &[&str],
) -> Option<KeptClause> {
    let through_instance = attribute.is_some_and(|(_, instance)| instance);
    let attribute = attribute.map(|(name, _)| name);
    let chain = class_chain(eval, statement);
    let bindings = |body: ScopeId| &eval.model.scope(body).bindings;
    if attribute.is_none() && says_how_it_pickles(eval, &chain) {
        return None;
    }
    let class_name = |body: ScopeId| {
        eval.scope_node(body)
            .and_then(|c| c.field("name"))
            .map_or("", |n| eval.text(n))
    };
    let derived = |body: ScopeId| body != chain[0].1;
    let init_stores = |attribute: &str| {
        chain.iter().any(|&(_, body)| {
            (eval.model.scope(body).bindings.get("__init__"))
                .and_then(|ids| ids.first())
                .and_then(|&id| eval.node_at(eval.model.binding(id).range)?.parent())
                .is_some_and(|def| stores_on_self(eval, def, attribute))
        })
    };
    // A property or a method returning another attribute (`return self._lock`): that one.
    if let Some(attribute) = attribute
        && depth < MAX_CLASS_CHAIN
        && let Some(returned) = chain
            .iter()
            .find_map(|&(_, body)| returned_self_attribute(eval, body, attribute))
        && returned != attribute
    {
        return kept_unpicklable_within(
            eval,
            statement,
            Some((returned, through_instance)),
            depth + 1,
            used,
        );
    }
    // The methods that run before the instance is pickled besides `__init__`: those it calls
    // on `self` (`self._setup()`, a property it reads), and those the parent uses.
    let ran = methods_run_by_init(eval, &chain);
    let found = chain.iter().find_map(|&(statement, body)| {
        let of = match derived(body) {
            true => format!(" (of its base `{}`)", class_name(body)),
            false => String::new(),
        };
        // `lock = threading.Lock()` in the class body, read through the class or an
        // instance whose `__init__` does not store its own.
        if let Some(attribute) = attribute
            && !(through_instance && init_stores(attribute))
            && eval.dataclass_scope(statement).is_none()
            && let Some(&id) = bindings(body).get(attribute).and_then(|ids| ids.last())
            && let binding = eval.model.binding(id)
            && binding.kind == BindingKind::Assignment
            && let Some(value) = binding.value.and_then(|v| eval.node_at(v))
            && let Some(what) = kept_value_unpicklable(eval, value, body)
        {
            let clause = format!("whose class attribute `{attribute}`{of} holds {what}");
            return Some((clause, Some(binding.statement.start)));
        }
        let method = |name: &str| {
            bindings(body)
                .get(name)
                .and_then(|ids| ids.first())
                .map(|&id| eval.model.binding(id))
                .filter(|b| b.kind == BindingKind::FunctionDef)
        };
        let method_def = |name: &str| {
            let binding = method(name)?;
            eval.node_at(binding.range)
                .and_then(|n| n.parent())
                .filter(|d| d.kind_name() == "function_definition")
        };
        let stored = |name: &str| {
            let def = method_def(name)?;
            // A decorated method (`@property`) is a scope of its `def`, not of the decorators.
            let scope = eval.model.scope_created_by(TextRange::of(def))?;
            stored_unpicklable(eval, def, scope, attribute).map(|(stored, what, at)| {
                let clause = format!("whose `{name}`{of} stores {what} in `self.{stored}`");
                (clause, Some(at))
            })
        };
        // A dataclass's `__post_init__` runs after the `__init__` it writes.
        if let Some(found) = stored("__post_init__") {
            return Some(found);
        }
        let made = match method("__init__") {
            None => dataclass_field_unpicklable(eval, statement, body, attribute)
                .map(|(field, what)| (format!("whose field `{field}`{of} holds {what}"), None)),
            Some(_) => stored("__init__"),
        };
        if made.is_some() {
            return made;
        }
        // A method that ran before the instance is pickled (a helper `__init__` calls, a
        // method or property the parent uses: `enable()`, `with ctx.lock:`): what it stores
        // on `self`, the instance may keep. Not one that runs later, in the worker (a lazy
        // `connect()` the task calls) or on unpickling (`__setstate__`). In source order.
        let mut methods: Vec<(&str, usize)> = (bindings(body).iter())
            .filter(|(name, _)| !matches!(name.as_str(), "__init__" | "__post_init__"))
            .filter(|(name, _)| ran.iter().any(|r| r == *name) || used.iter().any(|u| u == *name))
            .filter_map(|(name, ids)| {
                let binding = eval.model.binding(*ids.first()?);
                (binding.kind == BindingKind::FunctionDef)
                    .then_some((name.as_str(), binding.range.start))
            })
            .collect();
        methods.sort_by_key(|&(_, at)| at);
        methods.into_iter().find_map(|(name, _)| stored(name))
    });
    // The statement that starts there: the outermost node that does, short of its block.
    let stored_at = |at: usize| {
        let node = eval.root.descendant_for_byte_range(at, at)?;
        let statement = std::iter::successors(Some(node), |n| n.parent())
            .take_while(|n| n.start_byte() == at && !matches!(n.kind_name(), "block" | "module"))
            .last()?;
        Some((
            eval.one_line(statement),
            statement.start_position().row + 1,
            None,
        ))
    };
    if let Some((clause, at)) = found {
        let stored = at.and_then(stored_at);
        return Some(KeptClause { clause, stored });
    }
    if attribute.is_some() {
        return None;
    }
    // A base another file of the run defines: what that file says its instances keep.
    imported_bases(eval, &chain).into_iter().find_map(|base| {
        let kept = eval.imported_kept(base)?;
        let place = kept.place();
        let Unpicklable::Instances {
            clause,
            stored,
            file,
        } = kept
        else {
            return None;
        };
        Some(KeptClause {
            clause: format!("{clause} (of its base `{}`, {place})", eval.text(base)),
            stored: stored
                .as_ref()
                .map(|(text, line)| (text.clone(), *line, Some(file.clone()))),
        })
    })
}

/// How many methods deep `methods_run_by_init` follows `self.NAME(...)` calls.
const MAX_INIT_CALLS: usize = 8;

/// The methods of the classes of `chain` that `__init__` (or `__post_init__`) runs on `self`,
/// and those they run in turn: `self._setup()`, or `self.lock` read where `lock` is a method
/// (a property).
fn methods_run_by_init(
    eval: &Evaluator<'_>,
    chain: &[(crate::core::source::TextRange, ScopeId)],
) -> Vec<String> {
    let method_def = |name: &str| {
        chain.iter().find_map(|&(_, body)| {
            let &id = eval.model.scope(body).bindings.get(name)?.first()?;
            let binding = eval.model.binding(id);
            (binding.kind == BindingKind::FunctionDef)
                .then(|| eval.node_at(binding.range)?.parent())
                .flatten()
                .filter(|d| d.kind_name() == "function_definition")
        })
    };
    let mut ran: Vec<String> = Vec::new();
    let mut todo: Vec<String> = vec!["__init__".into(), "__post_init__".into()];
    while let Some(name) = todo.pop() {
        if ran.len() > MAX_INIT_CALLS {
            break;
        }
        let Some(def) = method_def(&name) else {
            continue;
        };
        for node in crate::core::parse::preorder(def) {
            let named = (node.kind_name() == "attribute")
                .then(|| node.field("object"))
                .flatten()
                .filter(|o| eval.text(*o) == "self")
                .and_then(|_| node.field("attribute"))
                .map(|a| eval.text(a));
            if let Some(called) = named
                && !ran.iter().any(|r| r == called)
                && method_def(called).is_some()
            {
                ran.push(called.to_string());
                todo.push(called.to_string());
            }
        }
    }
    ran
}

/// The bases of the module-level class bound at `statement`, and of the classes of the file
/// it derives from, that another module binds (`imported_bases`); none when a class of the
/// chain says how its instances pickle.
pub(super) fn imported_class_bases<'a>(
    eval: &Evaluator<'a>,
    statement: crate::core::source::TextRange,
) -> Vec<tree_sitter::Node<'a>> {
    let chain = class_chain(eval, statement);
    if says_how_it_pickles(eval, &chain) {
        return Vec::new();
    }
    imported_bases(eval, &chain)
}

/// A value another module binds that a class's `__init__` stores on `self`
/// (`imported_stores`).
pub(super) struct ImportedStore<'a> {
    /// The name read or called (`make_lock`, `LOCK`, `sync.LOCK`).
    pub(super) read: tree_sitter::Node<'a>,
    /// Whether it is called (`make_lock()`, `Helper()`).
    pub(super) called: bool,
    /// The attribute of `self` it is stored in.
    pub(super) attribute: String,
    /// The statement that stores it, on one line, and its line.
    pub(super) text: String,
    pub(super) line: usize,
}

/// What the `__init__` (or `__post_init__`) of the class bound at `statement`, and of its
/// bases in the file, stores on `self` that another module binds: a call of such a name
/// (`self.lock = make_lock()`, `self.helper = Helper()`) or the name itself (`self.lock =
/// LOCK`), in source order. None for a class that says how it pickles.
pub(super) fn imported_stores<'a>(
    eval: &Evaluator<'a>,
    statement: crate::core::source::TextRange,
) -> Vec<ImportedStore<'a>> {
    let chain = class_chain(eval, statement);
    let bindings = |body: ScopeId| &eval.model.scope(body).bindings;
    if says_how_it_pickles(eval, &chain) {
        return Vec::new();
    }
    let mut stores = Vec::new();
    for &(_, body) in &chain {
        for method in ["__init__", "__post_init__"] {
            let Some(def) = (bindings(body).get(method))
                .and_then(|ids| ids.first())
                .and_then(|&id| eval.node_at(eval.model.binding(id).range)?.parent())
                .filter(|def| def.kind_name() == "function_definition")
            else {
                continue;
            };
            let Some(block) = def.field("body") else {
                continue;
            };
            stores.extend(
                (crate::core::parse::own_nodes(block))
                    .filter(|node| node.kind_name() == "assignment")
                    .filter_map(|node| imported_store(eval, node)),
            );
        }
    }
    stores
}

/// `imported_stores` for one assignment: `self.<attribute> = <imported name, or its call>`.
fn imported_store<'a>(
    eval: &Evaluator<'a>,
    assignment: tree_sitter::Node<'a>,
) -> Option<ImportedStore<'a>> {
    let left = assignment
        .field("left")
        .filter(|l| l.kind_name() == "attribute")?;
    if left.field("object").is_none_or(|o| eval.text(o) != "self") {
        return None;
    }
    let value = super::callables::unparenthesize(assignment.field("right")?);
    let (read, called) = match value.kind_name() {
        "call" => (
            super::callables::unparenthesize(value.field("function")?),
            true,
        ),
        "identifier" | "attribute" => (value, false),
        _ => return None,
    };
    eval.imported_name(read)?;
    Some(ImportedStore {
        read,
        called,
        attribute: eval.text(left.field("attribute")?).to_string(),
        text: eval.one_line(assignment),
        line: eval.line_at(assignment.start_byte()),
    })
}

/// The bases of the classes of `chain` (`class_chain`) that another module binds: names a
/// module-level `from ... import` binds once (`Component` after `from .base import
/// Component`), or attributes of an imported module (`base.Component`).
pub(super) fn imported_bases<'a>(
    eval: &Evaluator<'a>,
    chain: &[(crate::core::source::TextRange, ScopeId)],
) -> Vec<tree_sitter::Node<'a>> {
    let mut bases = Vec::new();
    for &(_, body) in chain {
        let Some(superclasses) = eval.scope_node(body).and_then(|c| c.field("superclasses")) else {
            continue;
        };
        for base in crate::core::parse::named_items(superclasses) {
            if eval.imported_name(base).is_some() {
                bases.push(base);
            }
        }
    }
    bases
}

/// A field of the `@dataclass` at `statement`, whose body is the scope `body`, that holds what
/// pickle refuses by default: `lock: threading.Lock = field(default_factory=threading.Lock)`
/// (or a lambda making one), or a default made in place (`= field(default=...)`, `= ...`);
/// with what it holds. Not a `ClassVar` or an `InitVar`, which no instance keeps; the fields
/// of its own body only (all of them, or the one named `only`), in source order. A call
/// passing the field anew is not told apart.
fn dataclass_field_unpicklable(
    eval: &Evaluator<'_>,
    statement: crate::core::source::TextRange,
    body: ScopeId,
    only: Option<&str>,
) -> Option<(String, &'static str)> {
    dataclass_field_holding(eval, statement, body, only, |held| match held {
        FieldValue::Factory(factory) => {
            let q = super::unpicklable::qualified_name(eval, factory, body)?;
            super::unpicklable::unpicklable_class(&q)
        }
        FieldValue::Made(value, at) => super::unpicklable::unpicklable_expression(eval, value, at),
    })
}

/// What a field of a dataclass is given: a factory (`default_factory=threading.Lock`), or a
/// value made in place, read in a scope (`default=...`, `= ...`, or what a factory lambda
/// returns).
enum FieldValue<'a> {
    Factory(tree_sitter::Node<'a>),
    Made(tree_sitter::Node<'a>, ScopeId),
}

/// The first field of the `@dataclass` at `statement` (see `dataclass_field_unpicklable`)
/// whose value `judge` says something of, with what it says.
fn dataclass_field_holding<'a, T>(
    eval: &Evaluator<'a>,
    statement: crate::core::source::TextRange,
    body: ScopeId,
    only: Option<&str>,
    judge: impl Fn(FieldValue<'a>) -> Option<T>,
) -> Option<(String, T)> {
    eval.dataclass_scope(statement)?;
    let mut fields: Vec<_> = (eval.model.scope(body).bindings.iter())
        .filter(|(name, _)| only.is_none_or(|only| only == name.as_str()))
        .collect();
    fields.sort_by_key(|(_, ids)| ids.first().map(|&id| eval.model.binding(id).range.start));
    fields.into_iter().find_map(|(name, ids)| {
        let binding = eval.model.binding(*ids.first()?);
        if binding.kind != BindingKind::AnnotatedAssignment {
            return None;
        }
        let annotation = eval.text(eval.node_at(binding.annotation?)?);
        if ["ClassVar", "InitVar"]
            .iter()
            .any(|kind| annotation.contains(kind))
        {
            return None;
        }
        let value = super::callables::unparenthesize(eval.node_at(binding.value?)?);
        let field_call = value.kind_name() == "call"
            && (value.field("function"))
                .and_then(|f| super::unpicklable::qualified_name(eval, f, body))
                .is_some_and(|q| q == "dataclasses.field");
        let what = match field_call {
            true => {
                let arguments = value.field("arguments")?;
                let mut cursor = arguments.walk();
                let found = (arguments.named_children(&mut cursor))
                    .filter(|a| a.kind_name() == "keyword_argument")
                    .find_map(|keyword| {
                        let given = keyword.field("value")?;
                        match eval.text(keyword.field("name")?) {
                            // `default_factory=lambda: threading.Lock()`: what it returns.
                            "default_factory" if given.kind_name() == "lambda" => {
                                let made = given.field("body")?;
                                let at = eval.model.scope_at(made.start_byte());
                                judge(FieldValue::Made(made, at))
                            }
                            "default_factory" => judge(FieldValue::Factory(given)),
                            "default" => judge(FieldValue::Made(given, body)),
                            _ => None,
                        }
                    });
                found?
            }
            false => judge(FieldValue::Made(value, body))?,
        };
        Some((name.clone(), what))
    })
}

/// The class and the attribute by which the instance that `value` (read in `scope`) makes
/// or names keeps a lock, queue or shared value of `multiprocessing`, which pool tasks
/// cannot carry (`RuntimeError: Lock objects should only be shared between processes
/// through inheritance`): an attribute any method of a class of the file assigns one to
/// (`self.lock = mp.Lock()`), or a dataclass field made with one (`field(default_factory=
/// mp.Lock)`), in the class or its bases in the file. A class that decides what pickling
/// keeps (`__getstate__`, `__reduce__`) is left alone.
pub(in crate::core::analysis) fn kept_primitive(
    eval: &Evaluator<'_>,
    value: tree_sitter::Node<'_>,
    scope: ScopeId,
) -> Option<(String, String)> {
    eval.instance_classes(value, scope)
        .into_iter()
        .find_map(|class| {
            let node = eval.scope_node(class)?;
            let name = eval.text(node.field("name")?).to_string();
            let chain = class_chain(eval, crate::core::source::TextRange::of(node));
            if says_how_it_pickles(eval, &chain) {
                return None;
            }
            chain.iter().find_map(|&(statement, body)| {
                let assigned = eval
                    .assigned_attribute_names(body)
                    .into_iter()
                    .find(|attr| {
                        eval.assigned_to_attribute(body, attr)
                            .is_some_and(|values| {
                                (values.into_iter()).any(|(right, at)| {
                                    super::unpicklable::multiprocessing_primitive(
                                        eval, right, at, 0,
                                    )
                                })
                            })
                    });
                let attribute = assigned.or_else(|| {
                    dataclass_field_holding(eval, statement, body, None, |held| match held {
                        FieldValue::Factory(factory) => {
                            super::unpicklable::qualified_name(eval, factory, body)
                                .filter(|q| super::unpicklable::names_multiprocessing_primitive(q))
                                .map(|_| ())
                        }
                        FieldValue::Made(value, at) => {
                            super::unpicklable::multiprocessing_primitive(eval, value, at, 0)
                                .then_some(())
                        }
                    })
                    .map(|(field, ())| field)
                })?;
                Some((name.clone(), attribute))
            })
        })
}

/// Whether the method `def` stores its parameter `parameter` on `self` as it is
/// (`self.fh = fh`), in its own statements.
fn stores_parameter(eval: &Evaluator<'_>, def: tree_sitter::Node<'_>, parameter: &str) -> bool {
    let mut stack: Vec<_> = def.field("body").into_iter().collect();
    while let Some(node) = stack.pop() {
        match node.kind_name() {
            "function_definition" | "class_definition" | "lambda" => continue,
            "assignment" => {
                let stored = node.field("left").is_some_and(|left| {
                    left.kind_name() == "attribute"
                        && left.field("object").is_some_and(|o| eval.text(o) == "self")
                }) && node.field("right").is_some_and(|right| {
                    let right = super::callables::unparenthesize(right);
                    right.kind_name() == "identifier" && eval.text(right) == parameter
                });
                if stored {
                    return true;
                }
            }
            _ => {}
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    false
}

/// Whether the method `def` assigns `self.<attribute>` (its own statements, outside nested
/// functions).
fn stores_on_self(eval: &Evaluator<'_>, def: tree_sitter::Node<'_>, attribute: &str) -> bool {
    let mut stack: Vec<_> = def.field("body").into_iter().collect();
    while let Some(node) = stack.pop() {
        match node.kind_name() {
            "function_definition" | "class_definition" | "lambda" => continue,
            "assignment" | "augmented_assignment"
                if node.field("left").is_some_and(|left| {
                    left.kind_name() == "attribute"
                        && left.field("object").is_some_and(|o| eval.text(o) == "self")
                        && left
                            .field("attribute")
                            .is_some_and(|a| eval.text(a) == attribute)
                }) =>
            {
                return true;
            }
            _ => {}
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    false
}

/// What the value an instance or a class keeps, evaluated in `scope`, is when pickle refuses
/// it: what `unpicklable_expression` knows, a generator (`(i for i in ...)`, a call of a
/// generator function of the file), what a function of the file returns (`make_lock()`,
/// `returned_unpicklable`), or a literal container holding one of those (`{"lock":
/// threading.Lock()}`).
fn kept_value_unpicklable(
    eval: &Evaluator<'_>,
    value: tree_sitter::Node<'_>,
    scope: ScopeId,
) -> Option<String> {
    kept_value_within(eval, value, scope, 0)
}

/// How deep `kept_value_unpicklable` looks into literal containers.
const MAX_KEPT_NESTING: usize = 2;

fn kept_value_within(
    eval: &Evaluator<'_>,
    value: tree_sitter::Node<'_>,
    scope: ScopeId,
    depth: usize,
) -> Option<String> {
    let value = super::callables::unparenthesize(value);
    match value.kind_name() {
        "generator_expression" => return Some("a generator".into()),
        "lambda" => return Some("a lambda".into()),
        // `lock or threading.Lock()`: either may be the value.
        "boolean_operator" if depth < MAX_KEPT_NESTING => {
            return [value.field("left"), value.field("right")]
                .into_iter()
                .flatten()
                .find_map(|side| kept_value_within(eval, side, scope, depth + 1));
        }
        "dictionary" | "list" | "tuple" | "set" if depth < MAX_KEPT_NESTING => {
            let items = crate::core::parse::named_items(value);
            return items.into_iter().find_map(|item| {
                let item = match item.kind_name() {
                    "pair" => item.field("value")?,
                    _ => item,
                };
                kept_value_within(eval, item, scope, depth + 1).map(|what| {
                    let container = match value.kind_name() {
                        "dictionary" => "dict",
                        kind => kind,
                    };
                    format!("a {container} holding {what}")
                })
            });
        }
        _ => {}
    }
    if generator_called(eval, value, scope).is_some() {
        return Some("a generator".into());
    }
    super::unpicklable::unpicklable_expression(eval, value, scope)
        .map(str::to_string)
        .or_else(|| {
            let (function, what) = super::unpicklable::returned_unpicklable(eval, value, scope)?;
            Some(format!("{what} returned by `{function}`"))
        })
        .or_else(|| imported_value_kept(eval, value))
}

/// What `value` gives that pickle refuses when it reads or calls a name another file of the
/// run binds, as that file reads it (`core::module_kept`): `LOCK` holding a lock, `make_lock()`
/// returning one, `Helper()` whose instances keep one. Said as a noun phrase, with the place.
fn imported_value_kept(eval: &Evaluator<'_>, value: tree_sitter::Node<'_>) -> Option<String> {
    let (read, called) = match value.kind_name() {
        "call" => (
            super::callables::unparenthesize(value.field("function")?),
            true,
        ),
        "identifier" | "attribute" => (value, false),
        _ => return None,
    };
    let name = eval.text(read);
    eval.imported_kept(read)?.phrase(name, called)
}

/// The first `self.<attribute> = <value>` of the method `def` (its own statements, at any
/// depth outside nested functions) whose value pickle refuses, with what the value is and
/// where the statement starts; of the attribute `only`, when given.
fn stored_unpicklable(
    eval: &Evaluator<'_>,
    def: tree_sitter::Node<'_>,
    scope: ScopeId,
    only: Option<&str>,
) -> Option<(String, String, usize)> {
    let body = def.field("body")?;
    let mut stack = vec![body];
    let mut found: Option<(usize, String, String)> = None;
    while let Some(node) = stack.pop() {
        match node.kind_name() {
            "function_definition" | "class_definition" | "lambda" => continue,
            "assignment" => {
                let left = node.field("left");
                let right = node.field("right");
                if let (Some(left), Some(right)) = (left, right)
                    && left.kind_name() == "attribute"
                    && left.field("object").is_some_and(|o| eval.text(o) == "self")
                    && (left.field("attribute"))
                        .is_some_and(|a| only.is_none_or(|only| eval.text(a) == only))
                    && let Some(what) = kept_value_unpicklable(eval, right, scope)
                    && found
                        .as_ref()
                        .is_none_or(|(at, ..)| node.start_byte() < *at)
                {
                    let attribute = left
                        .field("attribute")
                        .map(|a| eval.text(a).to_string())
                        .unwrap_or_default();
                    found = Some((node.start_byte(), attribute, what));
                }
            }
            _ => {}
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    found.map(|(at, attribute, what)| (attribute, what, at))
}

/// How many functions deep `stored_on_name` follows the object a name holds as it is handed
/// on (`attach(ctx)` calling `bind(c)`).
const MAX_STORE_CALLS: usize = 3;

/// Something pickle refuses that code stores on an object (`stored_on_name`).
#[derive(Clone, Debug)]
pub(super) struct StoredOn {
    /// The statement or call that stores it, on one line (`c.lock = threading.Lock()`).
    pub(super) target: String,
    /// What it stores (`a thread lock ...`).
    pub(super) what: String,
    /// The line of that statement, and its file when that is not the one read.
    pub(super) line: usize,
    pub(super) file: Option<String>,
    /// The call of the code's own that hands the object to the function that stores it
    /// (`attach(ctx)`), with its line; `None` when the code stores it itself.
    pub(super) call: Option<(String, usize)>,
}

/// How long a statement `StoredOn` quotes may be before it is cut.
const MAX_QUOTED: usize = 72;

impl StoredOn {
    /// Where the statement that stores it is: `line 4`, or `pkg/setup.py:4`.
    pub(super) fn place(&self) -> String {
        match &self.file {
            Some(file) => format!("{file}:{}", self.line),
            None => format!("line {}", self.line),
        }
    }

    /// Said as a phrase: ``with a thread lock stored in it by `ctx.lock = threading.Lock()`
    /// (line 12)``, ``... (pkg/setup.py:4) through `attach(ctx)` (line 7)``.
    pub(super) fn phrase(&self) -> String {
        let stored = format!(
            "with {} stored in it by `{}` ({})",
            self.what,
            quoted(&self.target),
            self.place()
        );
        match &self.call {
            Some((call, line)) => format!("{stored} through `{}` (line {line})", quoted(call)),
            None => stored,
        }
    }

    /// The same, read in the file shown as `file`.
    pub(super) fn in_file(self, file: Option<&str>) -> Self {
        StoredOn {
            file: self.file.or_else(|| file.map(str::to_string)),
            call: self.call.filter(|_| file.is_none()),
            ..self
        }
    }
}

/// `text` cut to `MAX_QUOTED` characters.
fn quoted(text: &str) -> String {
    match text.char_indices().nth(MAX_QUOTED) {
        Some((at, _)) => format!("{}...", &text[..at]),
        None => text.to_string(),
    }
}

/// The methods by which code puts a value into a container it holds (`c.handles.append(f)`,
/// `c.locks.update(db=lock)`).
const PUTS: [&str; 8] = [
    "add",
    "append",
    "appendleft",
    "extend",
    "extendleft",
    "insert",
    "setdefault",
    "update",
];

/// What the code of `scope` (its own statements, outside nested functions, classes and
/// comprehensions that bind the name anew) stores in the object `name` holds that pickle
/// refuses, first in source order: an attribute or item set on it or on what it holds
/// (`ctx.lock = ...`, `ctx.pool.lock = ...`, `ctx["lock"] = ...`, `vars(ctx)["lock"] = ...`,
/// `ctx.lock, ctx.n = ...`, `ctx.locks += [...]`), `setattr(ctx, ...)` and its spellings, a
/// value put into a container it holds (`ctx.handles.append(open(p))`), or what a function it
/// is handed to stores on its parameter (`attach(ctx)` for `def attach(c): c.lock = ...`),
/// a function of the file or, as its own file reads it, of another file of the run
/// (`core::module_kept`). Any statement counts, before the handover or after: the parent may
/// run it before a process is handed the object.
pub(super) fn stored_on_name(
    eval: &Evaluator<'_>,
    scope: ScopeId,
    name: &str,
    depth: usize,
) -> Option<StoredOn> {
    stored_on_name_in(eval, scope, name, None, depth)
}

/// `stored_on_name` in the code of `block` only (a loop's body, a nested function's), or in
/// the whole of `scope`'s.
fn stored_on_name_in(
    eval: &Evaluator<'_>,
    scope: ScopeId,
    name: &str,
    block: Option<tree_sitter::Node<'_>>,
    depth: usize,
) -> Option<StoredOn> {
    // Many calls hand an object to the same helpers, and many captures read the same name.
    // A nested function's body is read once whatever the depth it is called at (nested
    // functions call each other), and a call back into one being read finds nothing more.
    let nested = block.is_some_and(|b| {
        b.parent()
            .is_some_and(|p| p.kind_name() == "function_definition")
    });
    // A generator's body does not run when it is called.
    if nested
        && block.is_some_and(|b| crate::core::parse::own_nodes(b).any(|n| n.kind_name() == "yield"))
    {
        return None;
    }
    let key = (
        scope,
        name.to_string(),
        if nested { usize::MAX } else { depth },
        block.map_or(0, |b| b.start_byte() + 1),
    );
    if let Some(found) = eval.stored_on_cache().borrow().get(&key) {
        return found.clone();
    }
    eval.stored_on_cache()
        .borrow_mut()
        .insert(key.clone(), None);
    let found = stored_on_name_uncached(eval, scope, name, block, depth);
    eval.stored_on_cache()
        .borrow_mut()
        .insert(key, found.clone());
    found
}

fn stored_on_name_uncached(
    eval: &Evaluator<'_>,
    scope: ScopeId,
    name: &str,
    block: Option<tree_sitter::Node<'_>>,
    depth: usize,
) -> Option<StoredOn> {
    let body = match (block, scope) {
        (Some(block), _) => block,
        (None, SemanticModel::MODULE) => eval.root,
        (None, _) => eval
            .scope_node(scope)
            .filter(|n| n.kind_name() == "function_definition")?
            .field("body")?,
    };
    // The name, read where it is the one `scope` binds (not a comprehension's own).
    let named = |node: tree_sitter::Node<'_>| {
        let node = super::callables::unparenthesize(node);
        node.kind_name() == "identifier"
            && eval.text(node) == name
            && eval
                .model
                .resolve(eval.model.scope_at(node.start_byte()), name)
                == Resolution::Scope(scope)
    };
    crate::core::parse::own_nodes(body).find_map(|node| match node.kind_name() {
        "assignment" | "augmented_assignment" => stored_by_assignment(eval, node, &named),
        "call" => stored_by_call(eval, node, &named, (scope, name), depth),
        // `for job in jobs: job.lock = threading.Lock()`: a store in each item it holds, in
        // the loop.
        "for_statement" if depth < MAX_STORE_CALLS && node.field("right").is_some_and(named) => {
            let item = node
                .field("left")
                .filter(|l| l.kind_name() == "identifier")?;
            let at = eval.model.scope_at(item.start_byte());
            let item = eval.text(item);
            let stored = stored_on_name_in(eval, at, item, node.field("body"), depth + 1)?;
            // Said with its loop: `for job in jobs: job.lock = threading.Lock()`.
            let target = match stored.call {
                Some(_) => stored.target,
                None => format!("for {item} in {name}: {}", stored.target),
            };
            Some(StoredOn { target, ..stored })
        }
        _ => None,
    })
}

/// Whether `target` is a place inside the object `named` reads, not the name itself: an
/// attribute or item of it, or of what it holds (`c.lock`, `c.inner.lock`, `c["lock"]`,
/// `c.__dict__["lock"]`, `vars(c)["lock"]`).
fn inside_named(
    eval: &Evaluator<'_>,
    target: tree_sitter::Node<'_>,
    named: &dyn Fn(tree_sitter::Node<'_>) -> bool,
) -> bool {
    let mut node = super::callables::unparenthesize(target);
    let mut steps = 0;
    loop {
        node = match node.kind_name() {
            "attribute" => node.field("object"),
            "subscript" => node.field("value"),
            // `vars(c)`, the object's own namespace.
            "call"
                if steps > 0
                    && node
                        .field("function")
                        .is_some_and(|f| eval.text(f) == "vars") =>
            {
                (node.field("arguments"))
                    .and_then(|a| crate::core::parse::named_items(a).first().copied())
            }
            _ => return steps > 0 && named(node),
        }
        .map(super::callables::unparenthesize)
        .unwrap_or(node);
        steps += 1;
        if steps > MAX_KEPT_NESTING + 4 {
            return false;
        }
    }
}

/// Whether `value` is a list, tuple, set or dict written out.
fn is_literal_container(value: tree_sitter::Node<'_>) -> bool {
    matches!(
        super::callables::unparenthesize(value).kind_name(),
        "list" | "tuple" | "set" | "dictionary"
    )
}

/// `stored_on_name` for an assignment: each target inside the object paired with its value
/// (`c.lock, c.n = threading.Lock(), 3`; the whole value when they do not pair).
fn stored_by_assignment(
    eval: &Evaluator<'_>,
    node: tree_sitter::Node<'_>,
    named: &dyn Fn(tree_sitter::Node<'_>) -> bool,
) -> Option<StoredOn> {
    let (left, right) = (node.field("left")?, node.field("right")?);
    let tuple = |n: tree_sitter::Node<'_>| {
        matches!(
            n.kind_name(),
            "pattern_list"
                | "tuple_pattern"
                | "expression_list"
                | "tuple"
                | "list_pattern"
                | "list"
        )
    };
    let pairs: Vec<_> = match (tuple(left), tuple(right)) {
        (true, true)
            if crate::core::parse::named_items(left).len()
                == crate::core::parse::named_items(right).len() =>
        {
            (crate::core::parse::named_items(left).into_iter())
                .zip(crate::core::parse::named_items(right))
                .collect()
        }
        (true, _) => (crate::core::parse::named_items(left).into_iter())
            .map(|target| (target, right))
            .collect(),
        _ => vec![(left, right)],
    };
    // `c.items += rows` adds the items of an iterable: judged only when written out.
    let augmented = node.kind_name() == "augmented_assignment";
    let scope = eval.model.scope_at(node.start_byte());
    let what = pairs.into_iter().find_map(|(target, value)| {
        (inside_named(eval, target, named) && (!augmented || is_literal_container(value)))
            .then(|| kept_value_unpicklable(eval, value, scope))
            .flatten()
    })?;
    Some(StoredOn {
        target: eval.one_line(node),
        what,
        line: eval.line_at(node.start_byte()),
        file: None,
        call: None,
    })
}

/// `stored_on_name` for a call given the object (`named`) or a part of it: `setattr(ctx,
/// name, value)` (also `object.__setattr__(ctx, ...)`, `ctx.__setattr__(name, value)`), a
/// value put into a container it holds (`ctx.handles.append(f)`), or a function of the file,
/// or of another file of the run, that stores on the parameter the object is passed to.
fn stored_by_call(
    eval: &Evaluator<'_>,
    call: tree_sitter::Node<'_>,
    named: &dyn Fn(tree_sitter::Node<'_>) -> bool,
    (owner, name): (ScopeId, &str),
    depth: usize,
) -> Option<StoredOn> {
    // `def init(): c.lock = threading.Lock()` nested in the code, then `init()`.
    if depth < MAX_STORE_CALLS
        && let Some(body) = called_def_body(eval, call, owner)
        && let Some(inner) = stored_on_name_in(eval, owner, name, Some(body), depth + 1)
    {
        return Some(StoredOn {
            call: Some((eval.one_line(call), eval.line_at(call.start_byte()))),
            ..inner
        });
    }
    let arguments = call.field("arguments")?;
    let items = crate::core::parse::named_items(arguments);
    let values: Vec<_> = (items.iter())
        .map(|item| match item.kind_name() {
            "keyword_argument" => item.field("value").unwrap_or(*item),
            _ => *item,
        })
        .collect();
    let function = super::callables::unparenthesize(call.field("function")?);
    let line = || eval.line_at(call.start_byte());
    // Values are read where they are written (a comprehension's own variable).
    let scope = eval.model.scope_at(call.start_byte());
    let own = |what: String| StoredOn {
        target: eval.one_line(call),
        what,
        line: line(),
        file: None,
        call: None,
    };
    let method = (function.kind_name() == "attribute")
        .then(|| function.field("attribute").map(|a| eval.text(a)))
        .flatten();
    let object = function.field("object").filter(|_| method.is_some());
    // `ctx.__setattr__("lock", value)`, `ctx.handles.append(f)`, `ctx.__dict__.update(...)`.
    if let (Some(method), Some(object)) = (method, object) {
        let setter = method == "__setattr__" && named(object) && values.len() == 2;
        let put = PUTS.contains(&method) && (named(object) || inside_named(eval, object, named));
        if setter || put {
            let stored = match setter {
                true => &values[1..],
                false => &values[..],
            };
            // `extend`, `update` take the items of an iterable (`rows.extend(reader)`):
            // judged only when written out (`[open(p)]`, `update(lock=...)`).
            let iterable = matches!(method, "extend" | "extendleft" | "update");
            return (stored.iter())
                .filter(|value| {
                    !iterable
                        || value
                            .parent()
                            .is_some_and(|p| p.kind_name() == "keyword_argument")
                        || is_literal_container(**value)
                })
                .find_map(|value| kept_value_unpicklable(eval, *value, scope))
                .map(own);
        }
    }
    // The object, or a part of it (`attach(ctx.meta)`).
    let given = |value: tree_sitter::Node<'_>| named(value) || inside_named(eval, value, named);
    // `hook = attach; hook(ctx)`, `setup = functools.partial(attach, ctx); setup()`: what the
    // name is bound to runs, given the partial's arguments before the call's.
    let (function, partial, scope) = called_through(eval, function, scope);
    let bound = partial.and_then(|p| p.field("arguments"));
    let mut values = values;
    if let Some(bound) = bound {
        let items = crate::core::parse::named_items(bound);
        let mut bound_values: Vec<_> = (items.iter().skip(1))
            .map(|item| match item.kind_name() {
                "keyword_argument" => item.field("value").unwrap_or(*item),
                _ => *item,
            })
            .collect();
        bound_values.append(&mut values);
        values = bound_values;
    }
    if !values.iter().any(|value| given(*value)) {
        return None;
    }
    let text = eval.text(function);
    let setattr = (text == "setattr"
        && eval.model.resolve(scope, "setattr") == Resolution::Builtin)
        || text == "object.__setattr__";
    if setattr {
        return match values[..] {
            [object, _, value] if named(object) => {
                kept_value_unpicklable(eval, value, scope).map(own)
            }
            _ => None,
        };
    }
    if depth >= MAX_STORE_CALLS {
        return None;
    }
    // Whether the object is given to the parameter at `index` or named `parameter`; to
    // `*objs` (`star_parameter`), any positional argument from `index` on.
    let handed = |index: Option<usize>, parameter: &str| {
        let star = parameter.starts_with('*');
        let argument = |list, index: Option<usize>| match star {
            true => (index.unwrap_or(0)..)
                .map_while(|i| super::values::argument(list, eval.source, Some(i), None))
                .any(given),
            false => super::values::argument(list, eval.source, index, Some(parameter))
                .is_some_and(given),
        };
        let Some(bound) = bound else {
            return argument(arguments, index);
        };
        // The partial's first argument is the function; a `*args` in it hides how many more.
        let items = crate::core::parse::named_items(bound);
        let positional = (items.iter().skip(1))
            .take_while(|item| item.kind_name() != "list_splat")
            .filter(|item| !matches!(item.kind_name(), "keyword_argument" | "dictionary_splat"))
            .count();
        let splat = items.iter().any(|item| item.kind_name() == "list_splat");
        let in_call = match star {
            true => index.map(|i| i.saturating_sub(positional)),
            false => index.and_then(|i| i.checked_sub(positional)),
        };
        argument(bound, index.map(|i| i + 1)) || argument(arguments, in_call.filter(|_| !splat))
    };
    if let Some(kept) = eval.imported_kept(function) {
        let Unpicklable::Stores {
            index,
            parameter,
            target,
            what,
            line: stored_line,
            file,
            ..
        } = kept
        else {
            return None;
        };
        return handed(*index, parameter).then(|| StoredOn {
            target: target.clone(),
            what: what.clone(),
            line: *stored_line,
            file: Some(file.clone()),
            call: Some((eval.one_line(call), line())),
        });
    }
    let binding = sole_binding_read(eval, function, scope)?;
    let (def, function_scope) = super::unpicklable::plain_def(eval, binding)?;
    let inner = (parameters(eval, def).into_iter())
        .filter(|&(index, parameter)| handed(index, parameter))
        .find_map(|(_, parameter)| stored_on_name(eval, function_scope, parameter, depth + 1))
        .or_else(|| {
            let (index, star) = star_parameter(eval, def)?;
            handed(Some(index), &format!("*{star}"))
                .then(|| stored_on_name(eval, function_scope, star, depth + 1))?
        })?;
    Some(StoredOn {
        call: Some((eval.one_line(call), line())),
        ..inner
    })
}

/// The one binding of the name `function` (an identifier) read in `scope`.
fn sole_binding_read<'e>(
    eval: &'e Evaluator<'_>,
    function: tree_sitter::Node<'_>,
    scope: ScopeId,
) -> Option<&'e crate::core::semantic::Binding> {
    if function.kind_name() != "identifier" {
        return None;
    }
    eval.model.sole_binding(scope, eval.text(function))
}

/// The body of the function a call runs when it names one `def` bound once, in the scope
/// `owner` or one inside it, whose code may read `owner`'s names (a function of the module
/// storing on a global, or one nested in the code).
fn called_def_body<'a>(
    eval: &Evaluator<'a>,
    call: tree_sitter::Node<'_>,
    owner: ScopeId,
) -> Option<tree_sitter::Node<'a>> {
    let function = call.field("function")?;
    let binding = sole_binding_read(eval, function, eval.model.scope_at(call.start_byte()))?;
    let inside = std::iter::successors(Some(binding.scope), |&s| eval.model.scope(s).parent)
        .any(|s| s == owner);
    if !inside {
        return None;
    }
    let (def, _) = super::unpicklable::plain_def(eval, binding)?;
    def.field("body")
}

/// What a call of `function`, read in `scope`, runs when the name is bound only to another
/// name or attribute, or to `functools.partial` of one (`hook = attach`, `setup =
/// functools.partial(attach, ctx)`), or a partial called in place: that name, with the
/// partial's call and the scope it is read in; else `function`.
fn called_through<'a>(
    eval: &Evaluator<'a>,
    function: tree_sitter::Node<'a>,
    scope: ScopeId,
) -> (
    tree_sitter::Node<'a>,
    Option<tree_sitter::Node<'a>>,
    ScopeId,
) {
    let alias = || {
        let (value, at) = match function.kind_name() {
            "identifier" => {
                let binding = sole_binding_read(eval, function, scope)?;
                if binding.kind != BindingKind::Assignment {
                    return None;
                }
                let value = super::callables::unparenthesize(eval.node_at(binding.value?)?);
                (value, binding.written_in)
            }
            // `functools.partial(attach, ctx=c)("label")`.
            "call" => (function, scope),
            _ => return None,
        };
        match value.kind_name() {
            "identifier" | "attribute" if value != function => Some((value, None, at)),
            "call"
                if (value.field("function"))
                    .and_then(|f| super::unpicklable::qualified_name(eval, f, at))
                    .is_some_and(|q| q == "functools.partial") =>
            {
                let wrapped = crate::core::parse::named_items(value.field("arguments")?)
                    .first()
                    .copied()
                    .filter(|w| matches!(w.kind_name(), "identifier" | "attribute"))?;
                Some((wrapped, Some(value), at))
            }
            _ => None,
        }
    };
    alias().unwrap_or((function, None, scope))
}

/// The names of the parameters of `def` a call may pass by name, each with its position when
/// a call may pass it by position too (not past `*` or `*args`), in order.
pub(super) fn parameters<'a>(
    eval: &Evaluator<'a>,
    def: tree_sitter::Node<'_>,
) -> Vec<(Option<usize>, &'a str)> {
    let Some(list) = def.field("parameters") else {
        return Vec::new();
    };
    let mut positional = true;
    let mut found = Vec::new();
    for parameter in crate::core::parse::named_items(list) {
        match crate::core::parse::parameter_kind(parameter) {
            "list_splat_pattern" | "keyword_separator" => positional = false,
            "dictionary_splat_pattern" => break,
            "positional_separator" => {}
            kind => {
                let name = match kind {
                    "identifier" => Some(parameter),
                    "typed_parameter" => parameter.named_child(0),
                    _ => parameter.field("name"),
                };
                if let Some(name) = name.filter(|n| n.kind_name() == "identifier") {
                    found.push((positional.then_some(found.len()), eval.text(name)));
                }
            }
        }
    }
    found
}

/// The `*args` parameter of `def`, with the number of positional parameters before it: the
/// place of the first argument it takes.
pub(super) fn star_parameter<'a>(
    eval: &Evaluator<'a>,
    def: tree_sitter::Node<'_>,
) -> Option<(usize, &'a str)> {
    let list = def.field("parameters")?;
    let mut before = 0;
    for parameter in crate::core::parse::named_items(list) {
        match crate::core::parse::parameter_kind(parameter) {
            "list_splat_pattern" => {
                let name = parameter
                    .named_child(0)
                    .filter(|n| n.kind_name() == "identifier")?;
                return Some((before, eval.text(name)));
            }
            "keyword_separator" | "dictionary_splat_pattern" => return None,
            "positional_separator" => {}
            _ => before += 1,
        }
    }
    None
}

/// The names of the parameters of `def` a call may pass by position, in order.
pub(super) fn positional_parameters<'a>(
    eval: &Evaluator<'a>,
    def: tree_sitter::Node<'_>,
) -> Vec<&'a str> {
    (parameters(eval, def).into_iter())
        .filter_map(|(index, name)| index.map(|_| name))
        .collect()
}

/// The body of the first class of the order of the class bound at `statement` (its bases in
/// the file) that binds `method`.
pub(super) fn method_owner(
    eval: &Evaluator<'_>,
    statement: crate::core::source::TextRange,
    method: &str,
) -> Option<ScopeId> {
    (class_chain(eval, statement).into_iter())
        .map(|(_, body)| body)
        .find(|&body| eval.model.scope(body).bindings.contains_key(method))
}

/// What the method or property `method` of the class whose body is `class` stores on its
/// instance that pickle refuses (`stored_on_name` on its first parameter): a method bound
/// once, not a `staticmethod` or `classmethod`.
pub(super) fn method_stores(
    eval: &Evaluator<'_>,
    class: ScopeId,
    method: &str,
) -> Option<StoredOn> {
    let def = method_def(eval, class, method)?;
    let on_class = def.parent().is_some_and(|decorated| {
        decorated.kind_name() == "decorated_definition"
            && crate::core::parse::named_items(decorated)
                .iter()
                .any(|d| matches!(eval.text(*d), "@staticmethod" | "@classmethod"))
    });
    if on_class {
        return None;
    }
    let scope = eval.model.scope_created_by(TextRange::of(def))?;
    let receiver = positional_parameters(eval, def).first().copied()?;
    stored_on_name(eval, scope, receiver, 0)
}

/// The `def` of `method`, bound once in the class body `class` by a `def` statement
/// (decorated or not).
fn method_def<'a>(
    eval: &Evaluator<'a>,
    class: ScopeId,
    method: &str,
) -> Option<tree_sitter::Node<'a>> {
    let [id] = eval.model.bindings_of(class, method) else {
        return None;
    };
    let binding = eval.model.binding(*id);
    if binding.kind != BindingKind::FunctionDef {
        return None;
    }
    eval.node_at(binding.range)?
        .parent()
        .filter(|d| d.kind_name() == "function_definition")
}

/// Whether every `return` of the method `method` of the class body `class` gives its instance
/// (`return self`), as a fluent method does: `Ctx(n).with_lock()` is that `Ctx`.
pub(super) fn method_returns_self(eval: &Evaluator<'_>, class: ScopeId, method: &str) -> bool {
    let Some(def) = method_def(eval, class, method) else {
        return false;
    };
    let (Some(&receiver), Some(body)) =
        (positional_parameters(eval, def).first(), def.field("body"))
    else {
        return false;
    };
    let returned = super::values::returned_values(body);
    !returned.is_empty()
        && (returned.iter())
            .all(|r| r.is_some_and(|r| eval.text(super::callables::unparenthesize(r)) == receiver))
}

/// Iterators that pickle copies, so that tasks would no longer share one position.
const ITERATORS: [&str; 8] = [
    "iter",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "count",
    "cycle",
];

/// The functions of `functools` whose result keeps the function given to them.
const FUNCTOOLS_HOLDERS: [&str; 10] = [
    "cache",
    "cached_property",
    "cmp_to_key",
    "lru_cache",
    "partial",
    "partialmethod",
    "singledispatch",
    "singledispatchmethod",
    "update_wrapper",
    "wraps",
];

/// What a call that keeps its arguments is given that pickle cannot carry: a lambda or a
/// function defined in a function, handed to a class (`SortOptions(key=lambda r: ...)`, a
/// class of the file or one named in CamelCase), `collections.defaultdict`, `map`, `filter`,
/// `iter`, or a function of `functools` that keeps it (`FUNCTOOLS_HOLDERS`, also as a
/// decorator a call makes: `lru_cache(maxsize=None)(lambda ...)`). Other calls
/// (`sorted(xs, key=lambda ...)`, `functools.reduce(lambda ...)`) use the callable and return
/// something else.
fn holds_local_callable(
    eval: &Evaluator<'_>,
    value: tree_sitter::Node<'_>,
    scope: ScopeId,
) -> Option<&'static str> {
    let value = super::callables::unparenthesize(value);
    if value.kind_name() != "call" {
        return None;
    }
    let function = value.field("function")?;
    // `functools.lru_cache(maxsize=None)(lambda ...)`: the decorator a call makes.
    let maker = match function.kind_name() {
        "call" => function.field("function")?,
        _ => function,
    };
    let qualified = super::unpicklable::qualified_name(eval, maker, scope);
    // What `functools` makes of a function keeps it (`lru_cache(lambda ...)`, `partial`,
    // `cmp_to_key`), as `map`, `filter` and `iter` do; `reduce` only calls it.
    let holder = matches!(
        qualified.as_deref(),
        Some("collections.defaultdict" | "builtins.map" | "builtins.filter" | "builtins.iter")
    ) || qualified
        .as_deref()
        .and_then(|q| q.strip_prefix("functools."))
        .is_some_and(|f| FUNCTOOLS_HOLDERS.contains(&f))
        || {
            let last = eval
                .text(maker)
                .rsplit('.')
                .next()
                .unwrap_or_default()
                .trim();
            let camel = last.starts_with(|c: char| c.is_ascii_uppercase())
                && last.contains(|c: char| c.is_ascii_lowercase());
            let class_here = maker.kind_name() == "identifier"
                && matches!(eval.model.resolve(scope, last), Resolution::Scope(owner)
                if eval.model.bindings_of(owner, last).iter()
                    .any(|&id| eval.model.binding(id).kind == BindingKind::ClassDef));
            camel || class_here
        };
    if !holder {
        return None;
    }
    let arguments = value.field("arguments")?;
    crate::core::parse::named_items(arguments)
        .into_iter()
        .map(|item| match item.kind_name() {
            "keyword_argument" => item.field("value").unwrap_or(item),
            _ => item,
        })
        .find_map(|argument| {
            let argument = super::callables::unparenthesize(argument);
            match argument.kind_name() {
                "lambda" => Some("a lambda"),
                "identifier" => {
                    let name = eval.text(argument);
                    let Resolution::Scope(owner) = eval.model.resolve(scope, name) else {
                        return None;
                    };
                    let nested = eval.model.scope(owner).kind == ScopeKind::Function
                        && eval
                            .model
                            .bindings_of(owner, name)
                            .iter()
                            .any(|&id| eval.model.binding(id).kind == BindingKind::FunctionDef);
                    nested.then_some("a function defined in a function")
                }
                _ => None,
            }
        })
}

/// The method of `value` when it is `x.keys()`, `x.values()` or `x.items()`: a dict's view.
fn dict_view<'a>(eval: &Evaluator<'a>, value: tree_sitter::Node<'a>) -> Option<&'a str> {
    let value = super::callables::unparenthesize(value);
    let function = value
        .field("function")
        .filter(|f| value.kind_name() == "call" && f.kind_name() == "attribute")?;
    let method = eval.text(function.field("attribute")?);
    let empty = value
        .field("arguments")
        .is_some_and(|a| a.named_child_count() == 0);
    (empty && matches!(method, "keys" | "values" | "items")).then_some(method)
}

/// Whether the literal `value` holds a generator expression as an element (`{"a": (i for i
/// in xs)}`, `[gen, (x for x in ys)]`), through nested literals and conditional expressions;
/// not one a call consumes (`list(x for x in xs)`) or a comprehension iterates.
fn holds_generator(value: tree_sitter::Node<'_>) -> bool {
    let mut stack = vec![value];
    while let Some(node) = stack.pop() {
        match node.kind_name() {
            "generator_expression" => return true,
            "dictionary"
            | "pair"
            | "list"
            | "tuple"
            | "set"
            | "expression_list"
            | "parenthesized_expression"
            | "conditional_expression" => {
                let mut cursor = node.walk();
                stack.extend(node.named_children(&mut cursor));
            }
            _ => {}
        }
    }
    false
}

/// Whether the value holds a lambda: a dict, list, tuple or set literal (or comprehension) with
/// a lambda among its elements. Calls are not looked into: `reduce(lambda a, b: ..., xs)`
/// returns something else.
pub(super) fn contains_lambda(value: tree_sitter::Node<'_>) -> bool {
    let mut stack = vec![value];
    while let Some(node) = stack.pop() {
        match node.kind_name() {
            "lambda" => return true,
            "call" | "generator_expression" => continue,
            _ => {}
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    false
}

pub fn scope_name(model: &SemanticModel, scope: ScopeId) -> String {
    model
        .scope(scope)
        .name
        .clone()
        .unwrap_or_else(|| match model.scope(scope).kind {
            ScopeKind::Lambda => "<lambda>".into(),
            ScopeKind::Comprehension => "<comprehension>".into(),
            _ => "<module>".into(),
        })
}
