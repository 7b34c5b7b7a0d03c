//! PKL006 guard-only-global: a module-level function that workers run reads a global that
//! only the `__main__` guard assigns.
//!
//! A worker started by spawn or forkserver (or a Python 3.14 worker interpreter) finds the
//! function by importing the main module, and the guarded block does not run there, so the
//! global never exists and every task raises `NameError`:
//!
//! ```python
//! def work(i):
//!     return i * scale          # NameError in every worker under spawn
//!
//! if __name__ == "__main__":
//!     scale = 3
//!     with Pool() as pool:
//!         print(pool.map(work, range(3)))
//! ```
//!
//! The functions looked at are the module-level functions a site hands over as they stand
//! (`work`, `f = work`, `functools.partial(work, ...)`) and the module-level functions those
//! read, transitively; for a callable that picklefix lifts, only the module-level functions it
//! reads, since its own reads of such names become parameters (`captures`). A name counts when
//! every module-level binding of it lies under a guard (so no function assigns it through
//! `global`, and nothing outside the guard does) and it is not a builtin, which the worker
//! would find instead. Sites of an explicit fork context are skipped: a forked child has the
//! guard's globals.
//!
//! The fix (`moves`) moves each such assignment to just above the guard when that cannot
//! change what the program does: an immutable literal, assigned once, by a statement of the
//! guard's own block alone on its line, never read at module level before it. The value is
//! then the same in the parent and in every worker, under every start method.

mod moves;

pub(super) use moves::is_constant;

use std::collections::HashSet;

use tree_sitter::Node;

use super::callables::{Classified, bound_only_under_guard, unparenthesize};
use super::sites::{Handed, Site};
use super::values::{Evaluator, Value, argument};
use crate::core::diagnostic::Diagnostic;
use crate::core::fix::{Applicability, Fix};
use crate::core::node::NodeExt;
use crate::core::rules::Rule;
use crate::core::semantic::{
    BindingId, BindingKind, Resolution, ScopeId, SemanticModel, is_builtin,
};
use crate::core::source::TextRange;
use moves::{movable, moves};

/// How many functions deep the reads are followed (`work` calls `helper` calls ...).
const MAX_DEPTH: usize = 6;

/// A global that only the guard assigns, read by a function a worker runs.
struct Read {
    name: String,
    /// The module-level function that reads it, when not the one handed over.
    through: Option<String>,
}

pub struct GuardContext<'a, 't> {
    pub eval: &'a Evaluator<'t>,
    pub guards: &'a [TextRange],
    pub eol: &'a str,
}

/// A site whose worker reads guard-only globals, and the assignments that would move (as
/// written, `scale = 3`) or why one cannot.
struct Found<'a, 't> {
    site: &'a Site<'t>,
    reads: Vec<Read>,
    moved: Result<Vec<String>, String>,
}

/// One PKL006 finding for each site whose worker reads a guard-only global.
///
/// Every fixable finding carries the same fix, which moves the assignments of all of them: two
/// sites that read `offset` must not each insert their own copy of it above the guard (edits
/// that are identical are applied once, different insertions at one place all are).
pub fn diagnose(
    ctx: &GuardContext<'_, '_>,
    sites: &[(Site<'_>, Classified<'_>)],
    describe: impl Fn(&Site<'_>) -> String,
) -> Vec<Diagnostic> {
    let found: Vec<Found<'_, '_>> = sites
        .iter()
        // A value handed among a worker's arguments is not the worker whose globals matter.
        .filter(|(site, _)| !site.fork_context && site.handed == Handed::Callable)
        .filter_map(|(site, classified)| {
            let reads = site_reads(ctx, site, classified);
            let moved = reads
                .iter()
                .map(|read| movable(ctx, &read.name).map(|m| ctx.eval.text(m.statement).into()))
                .collect();
            (!reads.is_empty()).then_some(Found { site, reads, moved })
        })
        .collect();
    let fixable: Vec<&str> = found
        .iter()
        .filter(|found| found.moved.is_ok())
        .flat_map(|found| found.reads.iter().map(|read| read.name.as_str()))
        .collect();
    let fix = moves(ctx, &fixable).map(|edits| Fix::new(edits, Applicability::Safe));
    found
        .into_iter()
        .map(|found| diagnostic(found, &fix, &describe))
        .collect()
}

fn diagnostic(
    found: Found<'_, '_>,
    fix: &Result<Fix, String>,
    describe: impl Fn(&Site<'_>) -> String,
) -> Diagnostic {
    let names: Vec<String> = found.reads.iter().map(read_label).collect();
    let what = format!(
        "{} reads {}, which only the `__main__` guard assigns: undefined in {}",
        describe(found.site),
        names.join(", "),
        undefined_where(found.site)
    );
    let (message, fix) = match (found.moved, fix) {
        (Ok(moved), Ok(fix)) => {
            let moved: Vec<String> = moved.iter().map(|m| format!("`{m}`")).collect();
            let message = format!("{what}; move {} above the guard", moved.join(", "));
            (message, Some(fix.clone()))
        }
        (Err(reason), _) => (format!("{what}; not fixed: {reason}"), None),
        (Ok(_), Err(reason)) => (format!("{what}; not fixed: {reason}"), None),
    };
    Diagnostic {
        rule: Rule::GuardOnlyGlobal,
        range: TextRange::of(found.site.callable),
        message,
        fix,
    }
}

fn read_label(read: &Read) -> String {
    match &read.through {
        Some(function) => format!("`{}` (in `{function}`)", read.name),
        None => format!("`{}`", read.name),
    }
}

fn undefined_where(site: &Site<'_>) -> &'static str {
    if site.interpreters {
        "worker interpreters (NameError)"
    } else {
        "worker processes under spawn and forkserver (NameError)"
    }
}

/// The guard-only globals the worker of `site` reads, each once, in the order found.
fn site_reads(
    ctx: &GuardContext<'_, '_>,
    site: &Site<'_>,
    classified: &Classified<'_>,
) -> Vec<Read> {
    let mut visited = HashSet::new();
    let mut reads = Vec::new();
    match classified {
        Classified::Fine => {
            if let Some(function) = handed_function(ctx, site.callable, site.scope, 0) {
                function_reads(ctx, function, true, &mut visited, &mut reads, 0);
            }
        }
        Classified::Unpicklable(callable, _) => {
            let range = TextRange::of(callable.scope_node());
            for helper in module_functions_read(ctx, range) {
                function_reads(ctx, helper, false, &mut visited, &mut reads, 1);
            }
        }
        Classified::Unliftable { .. } => {}
    }
    let mut seen = HashSet::new();
    reads.retain(|read| seen.insert(read.name.clone()));
    reads
}

/// The module-level function (outside the guard) that `node` hands over as it stands: a name
/// bound to one, an alias of one, or `functools.partial` of one.
fn handed_function(
    ctx: &GuardContext<'_, '_>,
    node: Node<'_>,
    scope: ScopeId,
    depth: usize,
) -> Option<BindingId> {
    let eval = ctx.eval;
    let node = unparenthesize(node);
    if depth > MAX_DEPTH {
        return None;
    }
    match node.kind_name() {
        "identifier" => handed_name(ctx, eval.text(node), scope, depth),
        "call" => {
            let function = node.field("function")?;
            if eval.eval(function, scope) != Value::Partial {
                return None;
            }
            let arguments = node.field("arguments")?;
            let inner = argument(arguments, eval.source, Some(0), Some("func"))?;
            handed_function(ctx, inner, scope, depth + 1)
        }
        _ => None,
    }
}

/// `handed_function` for a name: its only binding is the function, or an alias of it.
fn handed_name(
    ctx: &GuardContext<'_, '_>,
    name: &str,
    scope: ScopeId,
    depth: usize,
) -> Option<BindingId> {
    let model = ctx.eval.model;
    let Resolution::Scope(found) = model.resolve(scope, name) else {
        return None;
    };
    let [only] = model.bindings_of(found, name) else {
        return None;
    };
    let binding = model.binding(*only);
    match binding.kind {
        BindingKind::FunctionDef => module_function(ctx, *only),
        BindingKind::Assignment => {
            let value = ctx.eval.node_at(binding.value?)?;
            handed_function(ctx, value, binding.written_in, depth + 1)
        }
        _ => None,
    }
}

/// `id` when it is a `def` of the module outside every guard.
fn module_function(ctx: &GuardContext<'_, '_>, id: BindingId) -> Option<BindingId> {
    let binding = ctx.eval.model.binding(id);
    let in_guard = ctx
        .guards
        .iter()
        .any(|guard| guard.contains_range(binding.statement));
    (binding.kind == BindingKind::FunctionDef
        && binding.scope == SemanticModel::MODULE
        && !in_guard)
        .then_some(id)
}

/// The module-level functions (outside the guard) named by reads inside `range`.
fn module_functions_read(ctx: &GuardContext<'_, '_>, range: TextRange) -> Vec<BindingId> {
    let model = ctx.eval.model;
    model
        .references_in(range)
        .filter(|r| r.resolution == Resolution::Scope(SemanticModel::MODULE))
        .filter_map(
            |r| match model.bindings_of(SemanticModel::MODULE, &r.name) {
                [only] => module_function(ctx, *only),
                _ => None,
            },
        )
        .collect()
}

/// Collect into `reads` the guard-only globals read by the body of `function`, and by the
/// module-level functions it reads. `handed` says whether `function` is the one handed over.
fn function_reads(
    ctx: &GuardContext<'_, '_>,
    function: BindingId,
    handed: bool,
    visited: &mut HashSet<BindingId>,
    reads: &mut Vec<Read>,
    depth: usize,
) {
    let model = ctx.eval.model;
    if depth > MAX_DEPTH || !visited.insert(function) {
        return;
    }
    let binding = model.binding(function);
    let Some(body) = function_scope(ctx.eval, binding.statement) else {
        return;
    };
    let range = model.scope(body).range;
    for reference in model.references_in(range) {
        let global = reference.resolution == Resolution::Scope(SemanticModel::MODULE);
        if !global || !model.is_within(reference.scope, body) {
            continue;
        }
        if !is_builtin(&reference.name)
            && bound_only_under_guard(model, ctx.guards, &reference.name)
        {
            reads.push(Read {
                name: reference.name.clone(),
                through: (!handed).then(|| binding.name.clone()),
            });
        }
    }
    for helper in module_functions_read(ctx, range) {
        function_reads(ctx, helper, false, visited, reads, depth + 1);
    }
}

/// The scope of the `def` whose (possibly decorated) statement spans `statement`.
fn function_scope(eval: &Evaluator<'_>, statement: TextRange) -> Option<ScopeId> {
    let node = eval.node_at(statement)?;
    let definition = match node.kind_name() {
        "decorated_definition" => node.field("definition")?,
        _ => node,
    };
    eval.model.scope_created_by(TextRange::of(definition))
}
