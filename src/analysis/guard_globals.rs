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

use std::collections::HashSet;

use tree_sitter::Node;

use super::callables::{Classified, bound_only_under_guard, unparenthesize};
use super::sites::Site;
use super::values::{Evaluator, Value, argument};
use crate::diagnostic::Diagnostic;
use crate::edit::{Applicability, Edit, Fix};
use crate::rules::Rule;
use crate::semantic::{BindingId, BindingKind, Resolution, ScopeId, SemanticModel, is_builtin};
use crate::source::TextRange;

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
        .filter(|(site, _)| !site.fork_context)
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
    match node.kind() {
        "identifier" => {
            let name = eval.text(node);
            let Resolution::Scope(found) = eval.model.resolve(scope, name) else {
                return None;
            };
            let [only] = eval.model.bindings_of(found, name) else {
                return None;
            };
            let binding = eval.model.binding(*only);
            match binding.kind {
                BindingKind::FunctionDef => module_function(ctx, *only),
                BindingKind::Assignment => {
                    let value = eval.node_at(binding.value?)?;
                    handed_function(ctx, value, binding.written_in, depth + 1)
                }
                _ => None,
            }
        }
        "call" => {
            let function = node.child_by_field_name("function")?;
            if eval.eval(function, scope) != Value::Partial {
                return None;
            }
            let arguments = node.child_by_field_name("arguments")?;
            let inner = argument(arguments, eval.source, Some(0), Some("func"))?;
            handed_function(ctx, inner, scope, depth + 1)
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
    let definition = match node.kind() {
        "decorated_definition" => node.child_by_field_name("definition")?,
        _ => node,
    };
    eval.model.scope_created_by(TextRange::of(definition))
}

/// The edits that move the assignment of each of `names` above its guard, or why one of them
/// cannot move.
fn moves(ctx: &GuardContext<'_, '_>, names: &[&str]) -> Result<Vec<Edit>, String> {
    let mut planned: Vec<Movable<'_>> = Vec::new();
    for name in names {
        let m = movable(ctx, name)?;
        if !planned.iter().any(|p| p.statement == m.statement) {
            planned.push(m);
        }
    }
    planned.sort_by_key(|m| m.statement.start_byte());
    let mut edits = Vec::new();
    for guard in unique_guards(&planned) {
        let here: Vec<&Movable<'_>> = planned.iter().filter(|m| m.guard == guard).collect();
        check_guard_keeps_a_statement(guard, here.len())?;
        let last_leading = leading_moved(guard, &here);
        let mut text = String::new();
        for m in &here {
            text.push_str(m.line);
            text.push_str(ctx.eol);
            let mut delete = m.delete;
            if Some(m.statement) == last_leading {
                delete.end = after_blank_lines(ctx.eval.source, delete.end);
            }
            edits.push(Edit::delete(delete));
        }
        // Two blank lines, as between top-level definitions: whatever else lands above the
        // guard (a function lifted there) stays formatter-clean.
        text.push_str(ctx.eol);
        text.push_str(ctx.eol);
        edits.push(Edit::insert(anchor(guard), text));
    }
    Ok(edits)
}

/// The last of the statements that open the guard's block and all move: the blank lines
/// after it go with it, so that the block does not start with a blank line (ruff format
/// removes one there).
fn leading_moved<'t>(guard: Node<'t>, moving: &[&Movable<'t>]) -> Option<Node<'t>> {
    let mut cursor = guard.walk();
    guard
        .named_children(&mut cursor)
        .filter(|n| n.kind() != "comment")
        .take_while(|n| moving.iter().any(|m| m.statement == *n))
        .last()
}

/// The offset after the blank lines (spaces and tabs only) that start at `offset`.
fn after_blank_lines(source: &str, mut offset: usize) -> usize {
    loop {
        let rest = &source[offset..];
        let blank = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        let after = &rest[blank..];
        let eol = if after.starts_with("\r\n") {
            2
        } else if after.starts_with(['\n', '\r']) {
            1
        } else {
            return offset;
        };
        offset += blank + eol;
    }
}

/// An assignment that can move above its guard.
struct Movable<'t> {
    /// The guard's block.
    guard: Node<'t>,
    /// The `expression_statement` holding the assignment.
    statement: Node<'t>,
    /// Its line without indentation or line break (a trailing comment stays with it).
    line: &'t str,
    /// Its whole line, with indentation and line break.
    delete: TextRange,
}

fn unique_guards<'t>(planned: &[Movable<'t>]) -> Vec<Node<'t>> {
    let mut guards: Vec<Node<'t>> = Vec::new();
    for m in planned {
        if !guards.contains(&m.guard) {
            guards.push(m.guard);
        }
    }
    guards
}

fn check_guard_keeps_a_statement(guard: Node<'_>, moving: usize) -> Result<(), String> {
    let mut cursor = guard.walk();
    let statements = guard
        .named_children(&mut cursor)
        .filter(|n| n.kind() != "comment")
        .count();
    if statements > moving {
        Ok(())
    } else {
        Err("moving it would leave the `__main__` guard empty".into())
    }
}

/// Where the moved lines go: the start of the guard's `if` statement, or of the comment lines
/// right above it, which belong to the guard.
fn anchor(guard: Node<'_>) -> usize {
    let mut statement = guard;
    while let Some(parent) = statement.parent() {
        statement = parent;
        if statement.kind() == "if_statement" {
            break;
        }
    }
    let mut top = statement;
    while let Some(previous) = top.prev_named_sibling() {
        let adjacent = previous.end_position().row + 1 == top.start_position().row;
        if previous.kind() != "comment" || !adjacent || previous.start_position().column != 0 {
            break;
        }
        top = previous;
    }
    top.start_byte()
}

/// The assignment of `name` under the guard, if it can move above the guard, or why not.
fn movable<'t>(ctx: &GuardContext<'_, 't>, name: &str) -> Result<Movable<'t>, String> {
    let model = ctx.eval.model;
    let [only] = model.bindings_of(SemanticModel::MODULE, name) else {
        return Err(format!(
            "`{name}` is bound more than once under the guard, so its value in the workers is not one constant"
        ));
    };
    let binding = model.binding(*only);
    match binding.kind {
        BindingKind::Assignment | BindingKind::AnnotatedAssignment => {}
        BindingKind::Import { .. } => {
            return Err(format!(
                "`{name}` is imported under the guard; import it above the guard by hand"
            ));
        }
        _ => {
            return Err(format!(
                "`{name}` is not bound by a plain assignment under the guard; define it above the guard by hand"
            ));
        }
    }
    let value = binding
        .value
        .and_then(|range| ctx.eval.node_at(range))
        .filter(|value| is_constant(*value))
        .ok_or_else(|| {
            format!(
                "the value of `{name}` is not a constant, and computing it on every import could change what the program does; define it above the guard by hand"
            )
        })?;
    let statement = assignment_statement(ctx, value).ok_or_else(|| {
        format!(
            "`{name}` is not assigned by a statement of the guard's own block, alone on its line"
        )
    })?;
    if read_before(model, name, statement.start_byte()) {
        return Err(format!(
            "`{name}` is read at module level before the guard assigns it, so moving it would change what that code sees"
        ));
    }
    whole_line(ctx, statement)
        .ok_or_else(|| format!("the assignment of `{name}` shares its lines with other code"))
}

/// The `expression_statement` of the assignment whose value is `value`, when it stands in a
/// guard's own block, with a plain name as its only target.
fn assignment_statement<'t>(ctx: &GuardContext<'_, 't>, value: Node<'t>) -> Option<Node<'t>> {
    let assignment = value.parent().filter(|a| a.kind() == "assignment")?;
    let target = assignment.child_by_field_name("left")?;
    let statement = assignment
        .parent()
        .filter(|s| s.kind() == "expression_statement" && s.named_child_count() == 1)?;
    let block = statement.parent()?;
    (target.kind() == "identifier" && ctx.guards.contains(&TextRange::of(block)))
        .then_some(statement)
}

/// Whether module-level code reads `name` before `offset` (code in functions runs later).
fn read_before(model: &SemanticModel, name: &str, offset: usize) -> bool {
    model
        .references
        .iter()
        .any(|r| r.name == name && r.scope == SemanticModel::MODULE && r.range.start < offset)
}

/// The statement's line, when it is alone on it (a trailing comment allowed).
fn whole_line<'t>(ctx: &GuardContext<'_, 't>, statement: Node<'t>) -> Option<Movable<'t>> {
    let source = ctx.eval.source;
    let (start, end) = (statement.start_byte(), statement.end_byte());
    let line_start = source[..start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let rest_len = source[end..]
        .find(['\n', '\r'])
        .unwrap_or(source.len() - end);
    let rest = &source[end..end + rest_len];
    let alone = source[line_start..start].trim().is_empty()
        && (rest.trim().is_empty() || rest.trim_start().starts_with('#'))
        && statement.start_position().row == statement.end_position().row;
    let after = &source[end + rest_len..];
    let break_len = if after.starts_with("\r\n") {
        2
    } else {
        usize::from(!after.is_empty())
    };
    alone.then(|| Movable {
        guard: statement.parent().unwrap_or(statement),
        statement,
        line: source[start..end + rest_len].trim_end(),
        delete: TextRange::new(line_start, end + rest_len + break_len),
    })
}

/// An immutable literal: a number, a string without interpolation, `True`, `False`, `None`,
/// a signed number, or a tuple of those. Moving it runs nothing, and no one can mutate it.
fn is_constant(node: Node<'_>) -> bool {
    let node = unparenthesize(node);
    let mut cursor = node.walk();
    let mut children = node.named_children(&mut cursor);
    match node.kind() {
        "integer" | "float" | "true" | "false" | "none" => true,
        "string" => children.all(|c| c.kind() != "interpolation"),
        "concatenated_string" => children.all(is_constant),
        "unary_operator" => node
            .child_by_field_name("argument")
            .is_some_and(|a| matches!(a.kind(), "integer" | "float")),
        "tuple" => children.all(|c| c.kind() != "comment" && is_constant(c)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn constant(expression: &str) -> bool {
        let source = format!("x = {expression}\n");
        let Ok(tree) = crate::parse::parse(&source) else {
            panic!("{source:?} does not parse");
        };
        let root = tree.root_node();
        let value = root
            .named_child(0)
            .and_then(|s| s.named_child(0))
            .and_then(|a| a.child_by_field_name("right"));
        value.is_some_and(is_constant)
    }

    #[test]
    fn only_immutable_literals_are_constants() {
        for yes in [
            "3",
            "-2.5",
            "'a'",
            "b'x' b'y'",
            "(1, 'a', None)",
            "True",
            "(4)",
        ] {
            assert!(constant(yes), "{yes}");
        }
        for no in [
            "[1]", "{}", "f'{a}'", "load()", "a", "(1, a)", "-a", "1 + 2",
        ] {
            assert!(!constant(no), "{no}");
        }
    }
}
