//! Nested functions handed to a wrapper by their decorator.
//!
//! A decorator is a call: `@parallel def work(x)` runs `work = parallel(work)`, so a decorator
//! that is a process API wrapper taking its callable first (`def parallel(fn)` returning a
//! closure that hands `fn` to `Pool.map`) hands the decorated function to the pool. A function
//! nested in another is pickled by its qualified name (`main.<locals>.work`), which the worker
//! cannot import: a finding, whatever the decorator returns.
//!
//! ```python
//! def main():
//!     k = 3
//!
//!     @parallel              # PKL003: `work` goes to `Pool.map` inside `parallel`
//!     def work(x):
//!         return x * k
//! ```
//!
//! Only the innermost decorator receives the function itself; an outer one receives what the
//! inner one returned. A decorator that is called (`@parallel(n_jobs=2)`) is a factory of
//! decorators: it counts when the call is known to make such a wrapper (a function returning
//! its nested `decorate`, which returns a closure handing `fn` to a pool).
//!
//! The lift goes in two steps, the second the planner's own. First the decorator becomes the
//! assignment it stands for, the function renamed to a name the file does not use:
//!
//! ```python
//! def main():
//!     k = 3
//!
//!     def _work(x):
//!         return x * k
//!     work = parallel(_work)
//! ```
//!
//! which keeps what every name means (`work` in the body still reads the decorated result, as
//! it did), and is a nested function handed to a wrapper like any other. The file so rewritten
//! is analysed again, and the finding at `parallel(_work)` planned as every lift is: its
//! refusal, or its edits, which are composed with the first step into one fix of the original
//! text (`work = parallel(functools.partial(_work, k=k))`, `_work` at module level).
//!
//! A decorated module-level function is left alone when pickle finds it by name, that is
//! unless the decorator returns something else than the function: one of this file that
//! returns a function of its own, or a wrapper of another file of the run known to
//! (`ApiRow::returns_own`), is reported and fixed by the first step alone (see
//! `module_level`); what a declared `--api` returns is not known.

use tree_sitter::Node;

use super::api::{ApiRow, Returns};
use super::values::{Evaluator, Value};
use crate::core::diagnostic::Diagnostic;
use crate::core::fix::{Edit, Fix, apply_within};
use crate::core::node::NodeExt;
use crate::core::options::Options;
use crate::core::rules::Rule;
use crate::core::semantic::{BindingKind, Resolution, ScopeId, ScopeKind, SemanticModel};
use crate::core::source::{TextRange, line_ending};

/// The findings of the nested functions of the file whose innermost decorator is a wrapper that
/// takes its callable first, in source order. With `lift`, each is planned by analysing the
/// file with its decorator rewritten (`analyze` of the rewritten text, which does not plan
/// decorators again); without, each is reported unfixed.
pub fn decorated_diagnostics(
    eval: &Evaluator<'_>,
    settings: &Options,
    lift: bool,
) -> Vec<Diagnostic> {
    // A decorator reaches a row only as a wrapper inferred here or declared (the other files'
    // wrappers are declared to this one): a file with neither evaluates no decorator.
    if eval.inferred().is_empty() && eval.apis.is_empty() {
        return Vec::new();
    }
    let model = eval.model;
    // The fresh names given so far: two functions named `work` in two functions of the file
    // must not both become a module-level `_work`, since their fixes apply together.
    let mut fresh = Vec::new();
    // A decorated `def`'s binding statement starts at its first `@`: one look-up and one byte
    // per nested function, so a file without decorated nested functions pays next to nothing.
    let bytes = eval.source.as_bytes();
    let guards = eval.main_guards();
    let mut guarded = Vec::new();
    let mut diagnostics: Vec<Diagnostic> = model
        .scopes
        .iter()
        .filter(|scope| scope.kind == ScopeKind::Function)
        .filter_map(|scope| {
            let parent = scope.parent?;
            if !matches!(
                model.scope(parent).kind,
                ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Module
            ) {
                return None;
            }
            let name = scope.name.as_deref()?;
            model
                .bindings_of(parent, name)
                .iter()
                .map(|&id| model.binding(id))
                .find(|binding| {
                    binding.kind == BindingKind::FunctionDef
                        && binding.written_in == parent
                        && binding.statement.end == scope.range.end
                        && bytes.get(binding.statement.start) == Some(&b'@')
                })
        })
        .filter_map(|binding| {
            let statement = eval.statement_node(binding.statement)?;
            let definition = statement.field("definition")?;
            let found = decorated_site(eval, statement, definition, binding.scope)?;
            if binding.scope == SemanticModel::MODULE {
                let statement = TextRange::of(found.statement);
                if guards.iter().any(|g| g.contains_range(statement)) {
                    guarded.push(found);
                    return None;
                }
                return module_level(eval, &found, lift, &mut fresh);
            }
            Some(match lift {
                true => planned(eval, settings, &found, &mut fresh),
                false => refused(eval, &found, NOT_WRITTEN),
            })
        })
        .collect();
    diagnostics.extend(under_guard(eval, settings, &guarded, lift));
    diagnostics
}

/// A module-level function under a decorator of this file that hands it to processes and
/// returns a function of its own (`def parallel(fn)` returning its nested `inner`, which maps
/// `fn` over a pool): the module's name `triple` is bound to `inner`, so pickle, looking the
/// function up by name, finds another object and refuses it (`it's not the same object as
/// __main__.triple`) under every start method. The first step of the nested case is the whole
/// fix: `def _triple`, and `triple = parallel(_triple)` in place of the decorator, a function
/// pickle finds by its own name. A decorator that may return the function itself (a registry),
/// or a declared one, whose result is not known, is left alone; so is a function under
/// the `__main__` guard (PKL001 moves it, `under_guard`).
fn module_level(
    eval: &Evaluator<'_>,
    site: &DecoratedSite<'_>,
    lift: bool,
    fresh: &mut Vec<String>,
) -> Option<Diagnostic> {
    let returns = match site.row.returns_own {
        Returns::Unknown => returns_own_function(eval, site.decorator),
        known => known,
    };
    if returns == Returns::Unknown {
        return None;
    }
    let name = site
        .definition
        .field("name")
        .map_or("function", |n| eval.text(n));
    let decorator = eval.text(site.decorator);
    let described = format!(
        "function `{name}` passed to {} by its decorator cannot be pickled: `{name}` names what `{decorator}` returns, not the function",
        site.row.label()
    );
    if returns == Returns::OwnNamedAfterIt && !only_called_here(eval, name) {
        // `functools.wraps(fn)` names the closure after the function: pickle finds the
        // decorated `name` by its name, and code may read `name.__name__`; renamed, the
        // closure would take the new name. Unless nothing can see the name: the file only
        // calls it, and no other module is meant to import it.
        return Some(Diagnostic {
            rule: Rule::NestedFunction,
            range: TextRange::of(site.decorator),
            message: format!(
                "{described}; not fixed: `{decorator}` gives what it returns the function's name (functools.wraps), so pickle finds `{name}` by that name, and renaming the function `_{name}` would rename it too"
            ),
            fix: None,
        });
    }
    let step = if lift {
        undecorated(eval, site, fresh, 2, true)
    } else {
        None
    };
    let Some(step) = step else {
        return Some(Diagnostic {
            rule: Rule::NestedFunction,
            range: TextRange::of(site.decorator),
            message: format!("{described}; not fixed: {NOT_WRITTEN}"),
            fix: None,
        });
    };
    let written = &step.text[step.replaced.start..step.replaced.start + step.written];
    Some(Diagnostic {
        rule: Rule::NestedFunction,
        range: TextRange::of(site.decorator),
        message: format!(
            "{described}; rename it `{}` and assign `{name} = {decorator}({})` in place of the decorator",
            step.fresh, step.fresh
        ),
        fix: Some(Fix::new(
            vec![Edit::replace(step.replaced, written.to_string())],
            crate::core::fix::Applicability::Safe,
        )),
    })
}

/// The functions defined under the `__main__` guard whose decorator hands them to processes
/// (`@task("spread") def spread(xs)`, a registry that a pool runs later): a worker started by
/// spawn or forkserver never runs the guard, so pickle cannot find them. The fix is PKL001's,
/// the decorated `def` moved above the guard as it stands; the planner gives it for a call
/// that hands the function over, so the file is analysed again, once for all of them, with one
/// such call per function appended at its end (`task("spread")(spread)`, where the name reads
/// the guard's binding), and each fix kept when none of its edits reaches those calls. Planned
/// together, each fix knows the others move too (the blank lines left in the guard's block).
///
/// Moving a `def` runs its decorator before the guard's code rather than within it: only
/// definitions may come before it in the guard's block, so nothing there sees the difference.
fn under_guard(
    eval: &Evaluator<'_>,
    settings: &Options,
    sites: &[DecoratedSite<'_>],
    lift: bool,
) -> Vec<Diagnostic> {
    let source = eval.source;
    let eol = line_ending(source);
    let mut text = source.to_string();
    if !text.ends_with(['\n', '\r']) {
        text.push_str(eol);
    }
    let mut diagnostics = Vec::with_capacity(sites.len());
    // The site, its name and what it says, and where its appended call hands it over.
    let mut handed = Vec::new();
    for site in sites {
        let name = site
            .definition
            .field("name")
            .map_or("function", |n| eval.text(n));
        let described = format!(
            "`{name}` is defined under the `__main__` guard and handed to {} by its decorator, so worker processes cannot find it",
            site.row.label()
        );
        if !only_definitions_before(site.statement) {
            diagnostics.push(guard_diagnostic(
                site,
                &described,
                "not fixed: code in the guard runs before it, and moving it above the guard would run its decorator before that code",
                None,
            ));
        } else if !lift {
            let tail = format!("not fixed: {NOT_WRITTEN}");
            diagnostics.push(guard_diagnostic(site, &described, &tail, None));
        } else {
            text.push_str(eval.text(site.decorator));
            text.push('(');
            handed.push((site, described, text.len()));
            text.push_str(name);
            text.push(')');
            text.push_str(eol);
        }
    }
    if handed.is_empty() {
        return diagnostics;
    }
    let found = crate::core::parse::parse(&text)
        .ok()
        .and_then(|tree| super::analyze_undecorated(&tree, &text, settings).ok())
        .unwrap_or_default();
    for (site, described, handed_at) in handed {
        let Some(found) = found
            .iter()
            .find(|d| d.range.start == handed_at && d.rule == Rule::MainGuardFunction)
        else {
            let tail = format!("not fixed: {NOT_WRITTEN}");
            diagnostics.push(guard_diagnostic(site, &described, &tail, None));
            continue;
        };
        let tail = found
            .message
            .split_once("cannot find it; ")
            .map_or("move it above the guard", |(_, tail)| tail);
        let fix = found.fix.clone().filter(|fix| {
            fix.edits
                .iter()
                .all(|edit| edit.range.start < source.len() && edit.range.end <= source.len())
        });
        diagnostics.push(match fix {
            Some(fix) => guard_diagnostic(site, &described, tail, Some(fix)),
            None if tail.starts_with("not fixed") => guard_diagnostic(site, &described, tail, None),
            None => {
                let tail = format!("not fixed: {NOT_WRITTEN}");
                guard_diagnostic(site, &described, &tail, None)
            }
        });
    }
    diagnostics
}

/// PKL001 at a decorated site under the guard: what it says, then what is done about it.
fn guard_diagnostic(
    site: &DecoratedSite<'_>,
    described: &str,
    tail: &str,
    fix: Option<Fix>,
) -> Diagnostic {
    Diagnostic {
        rule: Rule::MainGuardFunction,
        range: TextRange::of(site.decorator),
        message: format!("{described}; {tail}"),
        fix,
    }
}

/// Whether only definitions (and comments) come before `statement` in its block.
fn only_definitions_before(statement: Node<'_>) -> bool {
    let mut previous = statement.prev_named_sibling();
    while let Some(statement) = previous {
        if !matches!(
            statement.kind_name(),
            "function_definition" | "class_definition" | "decorated_definition" | "comment"
        ) {
            return false;
        }
        previous = statement.prev_named_sibling();
    }
    true
}

/// What `decorator` returns when it names a module-level function of this file, bound once
/// (`gives_own_functions`).
fn returns_own_function(eval: &Evaluator<'_>, decorator: Node<'_>) -> Returns {
    let model = eval.model;
    if decorator.kind_name() != "identifier" {
        return Returns::Unknown;
    }
    let [only] = model.bindings_of(SemanticModel::MODULE, eval.text(decorator)) else {
        return Returns::Unknown;
    };
    let binding = model.binding(*only);
    if binding.kind != BindingKind::FunctionDef {
        return Returns::Unknown;
    }
    eval.statement_node(binding.statement)
        .map_or(Returns::Unknown, |definition| {
            gives_own_functions(eval, definition)
        })
}

/// What every `return` of the function `definition` gives: a function it defines itself, so
/// never the function it was handed (as a decorator, it binds the decorated name to another
/// object than the function, which pickle then cannot find by its name), and whether it
/// gives that function the handed one's name (`functools.wraps`, `update_wrapper`: pickle
/// finds the decorated result by that name). `Unknown` for a decorated `def` (what its name
/// holds is its decorators' result) and for one without a `return`. A wrapper inferred here
/// carries the answer to other files (`ApiRow::returns_own`), whose module-level functions
/// it may decorate.
pub(super) fn gives_own_functions(eval: &Evaluator<'_>, definition: Node<'_>) -> Returns {
    let model = eval.model;
    if definition.kind_name() != "function_definition"
        || definition
            .parent()
            .is_some_and(|parent| parent.kind_name() == "decorated_definition")
    {
        return Returns::Unknown;
    }
    let Some(body) = definition.field("body") else {
        return Returns::Unknown;
    };
    let Some(own) = model.scope_created_by(TextRange::of(definition)) else {
        return Returns::Unknown;
    };
    let mut returns = Vec::new();
    let mut named = false;
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        if node.kind_name() == "call"
            && let Some(function) = node.field("function")
        {
            let called = match function.kind_name() {
                "attribute" => function.field("attribute").map(|a| eval.text(a)),
                _ => Some(eval.text(function)),
            };
            named |= matches!(called, Some("wraps" | "update_wrapper"));
        }
        match node.kind_name() {
            "lambda" | "class_definition" => continue,
            // A nested function's body is not the decorator's code; its decorators, children
            // of its `decorated_definition`, were walked with it.
            "function_definition" => continue,
            "return_statement" => returns.push(node),
            _ => {}
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    let own_functions = !returns.is_empty()
        && returns.iter().all(|ret| {
            let value = ret.named_child(0).filter(|v| v.kind_name() == "identifier");
            value.is_some_and(|value| {
                let bindings = model.bindings_of(own, eval.text(value));
                !bindings.is_empty()
                    && bindings
                        .iter()
                        .all(|&id| model.binding(id).kind == BindingKind::FunctionDef)
            })
        });
    match (own_functions, named) {
        (false, _) => Returns::Unknown,
        (true, false) => Returns::Own,
        (true, true) => Returns::OwnNamedAfterIt,
    }
}

/// Whether the decorated module-level `name` is only called (`name(...)`) where the file reads
/// it, and other modules are not meant to import it: a private name, or a script's (a file
/// with a `__main__` guard). Then its closure's name, which `functools.wraps` copies from the
/// function, is read nowhere, and nothing pickles it by that name.
fn only_called_here(eval: &Evaluator<'_>, name: &str) -> bool {
    let model = eval.model;
    // A private name listed in `__all__` is exported all the same (`from lib import *`).
    let listed = ["\"", "'"]
        .iter()
        .any(|quote| eval.source.contains(&format!("{quote}{name}{quote}")));
    let hidden = (name.starts_with('_') && !listed) || !eval.main_guards().is_empty();
    hidden
        && model
            .references
            .iter()
            .filter(|r| r.name == name && r.resolution == Resolution::Scope(SemanticModel::MODULE))
            .all(|r| {
                eval.node_at(r.range).is_some_and(|node| {
                    node.parent().is_some_and(|call| {
                        call.kind_name() == "call"
                            && call.field("function").map(|f| f.id()) == Some(node.id())
                    })
                })
            })
}

/// Why a decorated function is not lifted when the rewrite cannot be planned.
const NOT_WRITTEN: &str = "its lift must bind the decorator's result in place of the decorator, which picklefix does not write here";

/// A nested function whose innermost decorator hands it to a process API.
struct DecoratedSite<'t> {
    /// The `decorated_definition`, decorators and all.
    statement: Node<'t>,
    definition: Node<'t>,
    /// The innermost decorator's expression, where the finding is reported.
    decorator: Node<'t>,
    row: &'static ApiRow,
}

/// The site of the nested `definition` (of the decorated `statement`) when its innermost
/// decorator hands it to a process API, its decorator evaluated in `enclosing` (the scope
/// around the `def`).
fn decorated_site<'t>(
    eval: &Evaluator<'t>,
    statement: Node<'t>,
    definition: Node<'t>,
    enclosing: ScopeId,
) -> Option<DecoratedSite<'t>> {
    if statement.kind_name() != "decorated_definition"
        || definition.kind_name() != "function_definition"
    {
        return None;
    }
    let mut cursor = statement.walk();
    let innermost = statement
        .named_children(&mut cursor)
        .filter(|child| child.kind_name() == "decorator")
        .last()?;
    let decorator = innermost.named_child(0)?;
    if !matches!(decorator.kind_name(), "identifier" | "attribute" | "call") {
        return None;
    }
    Some(DecoratedSite {
        statement,
        definition,
        decorator,
        row: handing_row(eval, decorator, enclosing)?,
    })
}

/// The row of the wrapper `expression` names when it takes its callable as its first
/// positional argument, unconditionally (a decorator passes nothing else), and hands it to
/// processes: a row with conditions on its other parameters, a collection of callables, a
/// plain method reached on its class, or workers that are interpreters of this process is no
/// finding here.
fn handing_row(
    eval: &Evaluator<'_>,
    expression: Node<'_>,
    scope: ScopeId,
) -> Option<&'static ApiRow> {
    let Value::Function(row) = eval.eval(expression, scope) else {
        return None;
    };
    row.rows().find(|row| {
        row.callable.position == Some(0)
            && row.conditions.is_empty()
            && !row.elements
            && !row.takes_instance
            && !row.runs_in_interpreters()
    })
}

/// "nested function `work` passed to `parallel` (which hands it to ...) by its decorator cannot
/// be pickled".
fn described(eval: &Evaluator<'_>, site: &DecoratedSite<'_>) -> String {
    let name = site
        .definition
        .field("name")
        .map_or("function", |n| eval.text(n));
    format!(
        "nested function `{name}` passed to {} by its decorator cannot be pickled",
        site.row.label()
    )
}

fn refused(eval: &Evaluator<'_>, site: &DecoratedSite<'_>, reason: &str) -> Diagnostic {
    Diagnostic {
        rule: Rule::NestedFunction,
        range: TextRange::of(site.decorator),
        message: format!("{}; not fixed: {reason}", described(eval, site)),
        fix: None,
    }
}

/// The finding of `site` with the planner's fix or refusal, found at the call the first step
/// writes (see the module doc).
fn planned(
    eval: &Evaluator<'_>,
    settings: &Options,
    site: &DecoratedSite<'_>,
    fresh: &mut Vec<String>,
) -> Diagnostic {
    // The lift renames the function (`def _work`, then `work = job(_work)`): a decorator that
    // looks at what it is given (`_JOBS[fn.__name__] = fn`) would see the new name.
    if let Some(inspected) = site.row.inspected.filter(|inspected| !inspected.unread) {
        let reason = format!(
            "{} looks at what its callable is ({inspected}), and the lift would hand it a function of another name",
            site.row.name_label()
        );
        return refused(eval, site, &reason);
    }
    if let Some(reason) = rebound_capture(eval, site) {
        return refused(eval, site, &reason);
    }
    let keep_name = name_is_read(eval, site);
    let Some(step) = undecorated(eval, site, fresh, 0, keep_name) else {
        return refused(eval, site, NOT_WRITTEN);
    };
    let Some(found) = reanalysed(settings, &step) else {
        return refused(eval, site, NOT_WRITTEN);
    };
    let name = site.definition.field("name").map_or("", |n| eval.text(n));
    let tail = found
        .message
        .split_once("cannot be pickled; ")
        .map_or(found.message.as_str(), |(_, tail)| tail);
    let Some(fix) = found.fix else {
        // What the planner says of `_work` it says of `work`, which the user wrote.
        let reason = tail
            .trim_start_matches("not fixed: ")
            .replace(&format!("`{}`", step.fresh), &format!("`{name}`"));
        return refused(eval, site, &reason);
    };
    let decorator = eval.text(site.decorator);
    let instead = match keep_name {
        true => format!("assign `{name} = {decorator}(...)`"),
        false => format!("call `{decorator}(...)`"),
    };
    Diagnostic {
        rule: found.rule,
        range: TextRange::of(site.decorator),
        message: format!(
            "{}; {tail} and {instead} in place of the decorator",
            described(eval, site)
        ),
        fix: Some(Fix::new(composed(&step, &fix.edits), fix.applicability)),
    }
}

/// Why the values the decorated function captures cannot be bound where the decorator stands:
/// the decorator keeps the function and hands it over when its result is called, later
/// (`bucket(xs)` after `@on_processes(n_jobs=2) def bucket(v)`), whereas the lift binds the
/// captured values at the decorator (`functools.partial(_bucket, t=t)`). A value bound again
/// after it, or by a loop around it, would differ: the function would have read the new one.
fn rebound_capture(eval: &Evaluator<'_>, site: &DecoratedSite<'_>) -> Option<String> {
    let model = eval.model;
    let statement = TextRange::of(site.statement);
    let enclosing = model.scope_at(site.statement.start_byte());
    let mut loop_range = None;
    let mut node = site.statement.parent();
    while let Some(current) = node {
        if matches!(current.kind_name(), "for_statement" | "while_statement") {
            loop_range.get_or_insert(TextRange::of(current));
        }
        if matches!(
            current.kind_name(),
            "function_definition" | "lambda" | "module"
        ) {
            break;
        }
        node = current.parent();
    }
    let definition = TextRange::of(site.definition);
    let mut seen: Vec<&str> = Vec::new();
    for reference in &model.references {
        if !definition.contains_range(reference.range)
            || reference.resolution != Resolution::Scope(enclosing)
            || seen.contains(&reference.name.as_str())
        {
            continue;
        }
        seen.push(&reference.name);
        for id in model.bindings_of(enclosing, &reference.name) {
            let binding = model.binding(*id);
            if binding.range.start >= statement.end {
                return Some(format!(
                    "`{}` is assigned again after this point, and the function, called later, would see the new value",
                    reference.name
                ));
            }
            if loop_range.is_some_and(|r: TextRange| r.contains_range(binding.range))
                && binding.statement != statement
            {
                return Some(format!(
                    "`{}` is rebound by a loop around it, and the function, called later, would see the value of the last iteration",
                    reference.name
                ));
            }
        }
    }
    None
}

/// The first step: the source with the decorated statement rewritten as a plain `def` under a
/// fresh name and the assignment the decorators stand for.
struct Undecorated {
    text: String,
    /// The statement's range in the original source.
    replaced: TextRange,
    /// How many bytes its new text takes.
    written: usize,
    fresh: String,
    /// Where the fresh name is handed to the innermost decorator in `text`.
    handed_at: usize,
}

/// `blank_lines` stand between the `def` and the assignment: two at module level, as PEP 8
/// and black want after a function there. Without `keep_name` (a nested function whose name
/// nothing reads, a registry's entry), the decorators' call stands as a statement of its own
/// rather than an assignment to a local nobody reads, which linters flag (F841).
fn undecorated(
    eval: &Evaluator<'_>,
    site: &DecoratedSite<'_>,
    taken: &mut Vec<String>,
    blank_lines: usize,
    keep_name: bool,
) -> Option<Undecorated> {
    let source = eval.source;
    let statement = site.statement;
    let line_start = source[..statement.start_byte()]
        .rfind(['\n', '\r'])
        .map_or(0, |i| i + 1);
    let indent = &source[line_start..statement.start_byte()];
    if !indent.chars().all(|c| c == ' ' || c == '\t') {
        return None;
    }
    // Inside a block (a module-level `if`), the formatters keep one blank line after a `def`.
    let blank_lines = match indent.is_empty() {
        true => blank_lines,
        false => blank_lines.min(1),
    };
    let mut cursor = statement.walk();
    let mut decorators = Vec::new();
    let mut comments = String::new();
    for child in statement.named_children(&mut cursor) {
        match child.kind_name() {
            // A plain or called name keeps its meaning written before an argument list.
            "decorator" => {
                decorators.push(
                    child
                        .named_child(0)
                        .filter(|e| matches!(e.kind_name(), "identifier" | "attribute" | "call"))?,
                );
                comments_in(eval, child, &mut comments);
            }
            "comment" => comments.push_str(&format!("  {}", eval.text(child))),
            "function_definition" => {}
            _ => return None,
        }
    }
    let name = site.definition.field("name")?;
    let fresh = fresh_name(source, eval.text(name), taken)?;
    taken.push(fresh.clone());
    let definition = site.definition;
    let mut assigned = fresh.clone();
    for decorator in decorators.iter().rev() {
        assigned = format!("{}({assigned})", eval.text(*decorator));
    }
    // `a(b(_work))`: the fresh name follows each decorator and its parenthesis.
    let handed_in_assigned: usize = decorators.iter().map(|d| d.byte_range().len() + 1).sum();
    let target = match keep_name {
        true => format!("{} = ", eval.text(name)),
        false => String::new(),
    };
    let replacement = format!(
        "{}{fresh}{}{}{indent}{target}{assigned}{comments}",
        &source[definition.start_byte()..name.start_byte()],
        &source[name.end_byte()..definition.end_byte()],
        line_ending(source).repeat(blank_lines + 1),
    );
    let handed_at = statement.start_byte() + replacement.len() - comments.len() - assigned.len()
        + handed_in_assigned;
    let replaced = TextRange::of(statement);
    let text = format!(
        "{}{replacement}{}",
        &source[..replaced.start],
        &source[replaced.end..]
    );
    Some(Undecorated {
        text,
        replaced,
        written: replacement.len(),
        fresh,
        handed_at,
    })
}

/// Whether the decorated function's name may be read where it is bound: a read of it in the
/// enclosing function (its nested scopes included) that resolves there, or a call there that
/// reads names by string (`locals()`, `vars()`, `eval`, `exec`).
fn name_is_read(eval: &Evaluator<'_>, site: &DecoratedSite<'_>) -> bool {
    let model = eval.model;
    let Some(name) = site.definition.field("name") else {
        return true;
    };
    let name = eval.text(name);
    let scope = model.scope_at(site.statement.start_byte());
    model.references_in(model.scope(scope).range).any(|r| {
        (r.name == name && r.resolution == Resolution::Scope(scope))
            || matches!(r.name.as_str(), "locals" | "vars" | "eval" | "exec")
    })
}

/// The comments after `decorator` on its line (a `# noqa`), each appended to `comments` as it
/// will end the assignment: nothing the user wrote is dropped. A comment inside its
/// arguments stays there, in the text of the call.
fn comments_in(eval: &Evaluator<'_>, decorator: Node<'_>, comments: &mut String) {
    let mut cursor = decorator.walk();
    for child in decorator.named_children(&mut cursor) {
        if child.kind_name() == "comment" {
            comments.push_str(&format!("  {}", eval.text(child)));
        }
    }
}

/// `_name`, or `_name_2`, ...: a name the file does not spell anywhere, so that it binds
/// nothing and reads nothing already there, and that no other decorated function of the
/// file was given (`taken`).
fn fresh_name(source: &str, name: &str, taken: &[String]) -> Option<String> {
    let base = format!("_{}", name.trim_start_matches('_'));
    std::iter::once(base.clone())
        .chain((2..10).map(|n| format!("{base}_{n}")))
        .find(|candidate| !source.contains(candidate.as_str()) && !taken.contains(candidate))
}

/// The planner's finding at the fresh name in the rewritten source, found by analysing it
/// without planning decorators again.
fn reanalysed(settings: &Options, step: &Undecorated) -> Option<Diagnostic> {
    let tree = crate::core::parse::parse(&step.text).ok()?;
    let diagnostics = super::analyze_undecorated(&tree, &step.text, settings).ok()?;
    diagnostics
        .into_iter()
        .find(|d| d.range.start == step.handed_at && d.rule == Rule::NestedFunction)
}

/// The edits of the rewritten source (`edits`) and the first step as edits of the original:
/// those before or after the rewritten statement move by what it changed in length; those
/// touching it are spliced into it, with the step's own text, as one edit.
fn composed(step: &Undecorated, edits: &[Edit]) -> Vec<Edit> {
    let (start, end) = (step.replaced.start, step.replaced.start + step.written);
    let shift = |offset: usize| offset + step.replaced.len() - step.written;
    let mut merged = TextRange::new(start, end);
    loop {
        let grown = edits.iter().fold(merged, |range, edit| {
            match edit.range.end < range.start || edit.range.start > range.end {
                true => range,
                false => TextRange::new(
                    range.start.min(edit.range.start),
                    range.end.max(edit.range.end),
                ),
            }
        });
        if grown == merged {
            break;
        }
        merged = grown;
    }
    let mut result = Vec::new();
    let mut inside = Vec::new();
    for edit in edits {
        if edit.range.end < merged.start {
            result.push(edit.clone());
        } else if edit.range.start > merged.end {
            let range = TextRange::new(shift(edit.range.start), shift(edit.range.end));
            result.push(Edit::replace(range, edit.content.clone()));
        } else {
            inside.push(edit.clone());
        }
    }
    let content = apply_within(&step.text, merged, inside);
    result.push(Edit::replace(
        TextRange::new(merged.start, shift(merged.end)),
        content,
    ));
    result
}
