//! The refusals that depend only on the members and what they capture, before anything is
//! edited: a captured name a member binds itself, a name Python mangles inside a class, a global
//! only a nested function assigns, a local read before it is assigned, and (in `decorators`) a decorator the lift would change.

use super::decorators::{Decorated, check_decorators};
use super::{Captures, Context, Group};
use crate::core::analysis::callables::Callable;
use crate::core::node::NodeExt;
use crate::core::semantic::{Resolution, ScopeId, ScopeKind, SemanticModel};
use crate::core::source::TextRange;

/// The refusals that depend only on the members and what they capture: a captured name a
/// member binds itself, a name Python mangles inside a class, a global only a nested function
/// assigns, a decorator the lift would change. Returns what the decorators make of the fix.
pub(super) fn check_members(
    ctx: &Context<'_>,
    group: &Group<'_>,
    captured: &Captures,
) -> Result<Decorated, String> {
    captures_fit_members(ctx, group, captured)?;
    for member in &group.members {
        check_identity_tests(ctx, *member, captured)?;
        check_private_names(ctx, *member)?;
        check_nested_globals(ctx, group, *member)?;
        check_early_reads(ctx, *member)?;
    }
    check_decorators(ctx, group, captured)
}

/// A member that tests a value by identity against a module-level object made by a call
/// (`value is MISSING` with `MISSING = object()`), while it captures values: a captured value
/// that holds the object (`settings = {k: given.get(k, MISSING) ...}`) reaches the worker as
/// a copy that pickling made, which is not the worker's `MISSING`, so the test that held in
/// the parent fails there. Classes, functions and enum members pickle by reference and keep
/// their identity; an instance does not.
fn check_identity_tests(
    ctx: &Context<'_>,
    member: Callable<'_>,
    captured: &Captures,
) -> Result<(), String> {
    if captured.is_empty() {
        return Ok(());
    }
    let mut stack = vec![member.scope_node()];
    while let Some(current) = stack.pop() {
        let mut cursor = current.walk();
        stack.extend(current.named_children(&mut cursor));
        if current.kind_name() != "comparison_operator" {
            continue;
        }
        let mut cursor = current.walk();
        let identity = current
            .children(&mut cursor)
            .any(|c| !c.is_named() && ctx.eval.text(c).starts_with("is"));
        if !identity {
            continue;
        }
        let mut cursor = current.walk();
        let operands: Vec<_> = current.named_children(&mut cursor).collect();
        // `v is MISSING` with `v` a parameter tests what the caller hands over, which the
        // process API pickles whether or not the member is lifted.
        if operands
            .iter()
            .any(|o| reads_own_parameter(ctx, member, *o))
        {
            continue;
        }
        for operand in operands {
            if operand.kind_name() == "identifier" && made_by_a_call(ctx, operand) {
                let name = ctx.eval.text(operand);
                return Err(format!(
                    "it tests `{}` by identity, and a captured value holding `{name}` would reach the worker as a copy, which is not the worker's `{name}`",
                    ctx.eval.one_line(current)
                ));
            }
        }
    }
    Ok(())
}

/// Whether the expression `node` reads a parameter of `member` itself, or an attribute,
/// item or call result of one (`item.value`, `row[0]`).
fn reads_own_parameter(
    ctx: &Context<'_>,
    member: Callable<'_>,
    node: tree_sitter::Node<'_>,
) -> bool {
    let model = ctx.eval.model;
    let mut base = node;
    loop {
        let inner = match base.kind_name() {
            "attribute" | "subscript" => base.field("object").or(base.field("value")),
            "call" => base.field("function"),
            "parenthesized_expression" => base.named_child(0),
            _ => None,
        };
        match inner {
            Some(inner) => base = inner,
            None => break,
        }
    }
    if base.kind_name() != "identifier" {
        return false;
    }
    let Some(own) = model.scope_created_by(TextRange::of(member.scope_node())) else {
        return false;
    };
    let name = ctx.eval.text(base);
    model.resolve(model.scope_at(base.start_byte()), name) == Resolution::Scope(own)
        && model
            .bindings_of(own, name)
            .iter()
            .all(|&id| model.binding(id).kind == crate::core::semantic::BindingKind::Parameter)
}

/// The methods by which a class tells pickle how to rebuild its instances.
const PICKLING_HOOKS: [&str; 4] = ["__reduce__", "__reduce_ex__", "__getnewargs__", "__new__"];

/// Whether the identifier `node` reads a module-level name every binding of which assigns
/// the result of a call of `object` or of a class of the module: an instance, which pickling
/// copies.
fn made_by_a_call(ctx: &Context<'_>, node: tree_sitter::Node<'_>) -> bool {
    let model = ctx.eval.model;
    let name = ctx.eval.text(node);
    let scope = model.scope_at(node.start_byte());
    if model.resolve(scope, name) != Resolution::Scope(SemanticModel::MODULE) {
        return false;
    }
    let bindings = model.bindings_of(SemanticModel::MODULE, name);
    let instance = |id: &crate::core::semantic::BindingId| {
        let binding = model.binding(*id);
        let Some(value) = binding.value.and_then(|v| ctx.eval.node_at(v)) else {
            return false;
        };
        let Some(function) = value
            .field("function")
            .filter(|f| value.kind_name() == "call" && f.kind_name() == "identifier")
        else {
            return false;
        };
        let called = ctx.eval.text(function);
        match model.resolve(SemanticModel::MODULE, called) {
            Resolution::Builtin => called == "object",
            // A class that says how it pickles (`__reduce__` giving the module's own
            // instance back) may keep the identity.
            Resolution::Scope(SemanticModel::MODULE) => {
                let classes = model.bindings_of(SemanticModel::MODULE, called);
                !classes.is_empty()
                    && classes.iter().all(|&c| {
                        let class = model.binding(c);
                        class.kind == crate::core::semantic::BindingKind::ClassDef
                            && model.scope_created_by(class.statement).is_some_and(|body| {
                                let names = &model.scope(body).bindings;
                                !PICKLING_HOOKS.iter().any(|hook| names.contains_key(*hook))
                            })
                    })
            }
            _ => false,
        }
    };
    !bindings.is_empty() && bindings.iter().all(instance)
}

/// A comment inside the parentheses around a lambda (`f = (  # why` then the lambda) lies in
/// the range the fix replaces, outside the lambda whose text moves: it would be lost.
pub(super) fn check_comments_around(member: Callable<'_>) -> Result<(), String> {
    let Callable::Lambda(mut node) = member else {
        return Ok(());
    };
    while let Some(parent) = node
        .parent()
        .filter(|p| p.kind_name() == "parenthesized_expression")
    {
        let mut cursor = parent.walk();
        if parent
            .named_children(&mut cursor)
            .any(|c| c.kind_name() == "comment")
        {
            return Err("a comment inside the parentheses around the lambda would be lost".into());
        }
        node = parent;
    }
    Ok(())
}

/// A member that reads one of its own locals before assigning it (`print(f); f = 1`, an
/// `UnboundLocalError` when it runs) has that read resolved by linters to the enclosing
/// function's binding of the name, if any; lifted, that binding is out of sight and the read is
/// reported as undefined (F821), a new finding in the project's lint.
fn check_early_reads(ctx: &Context<'_>, member: Callable<'_>) -> Result<(), String> {
    let model = ctx.eval.model;
    let Some(own) = model.scope_created_by(TextRange::of(member.scope_node())) else {
        return Ok(());
    };
    let enclosing = model.scope(own).parent;
    for reference in model.references_in(member.key()) {
        let early = reference.scope == own && model.reads_unbound_local(reference);
        let outer = enclosing.and_then(|scope| bound_in_function(model, scope, &reference.name));
        if let (true, Some(function)) = (early, outer) {
            return Err(format!(
                "it reads its local `{}` before assigning it, a read linters resolve to `{}` of `{function}`, which module level does not have",
                reference.name, reference.name
            ));
        }
    }
    Ok(())
}

/// The name of the innermost function, from `scope` outwards, that binds `name`.
fn bound_in_function(model: &SemanticModel, scope: ScopeId, name: &str) -> Option<String> {
    let mut current = Some(scope);
    while let Some(id) = current.filter(|&id| id != SemanticModel::MODULE) {
        let scope = model.scope(id);
        if scope.kind == ScopeKind::Function && !model.bindings_of(id, name).is_empty() {
            return scope.name.clone();
        }
        current = scope.parent;
    }
    None
}

/// Inside a class, Python compiles `__name` (two leading underscores, not two trailing) as
/// `_Class__name`, in attribute accesses, variables, parameters and keywords alike; moved out
/// of the class verbatim, `obj.__values` would look up an attribute that does not exist.
fn check_private_names(ctx: &Context<'_>, member: Callable<'_>) -> Result<(), String> {
    let model = ctx.eval.model;
    let range = member.key();
    let mut scope = Some(model.scope_at(range.start));
    let class = loop {
        match scope.map(|id| model.scope(id)) {
            Some(s) if s.kind == ScopeKind::Class => break s.name.clone(),
            Some(s) => scope = s.parent,
            None => return Ok(()),
        }
    };
    let Some(class) = class.filter(|c| !c.trim_start_matches('_').is_empty()) else {
        return Ok(());
    };
    let node = match member {
        Callable::Lambda(node) => node,
        Callable::Function { statement, .. } => statement,
    };
    let mut stack = vec![node];
    while let Some(current) = stack.pop() {
        if current.kind_name() == "identifier" {
            let name = &ctx.eval.source[current.byte_range()];
            if name.starts_with("__") && !name.ends_with("__") {
                return Err(format!(
                    "it uses `{name}`, which Python compiles as `_{}{name}` inside class `{class}`, and the lifted code would not",
                    class.trim_start_matches('_')
                ));
            }
        }
        let mut cursor = current.walk();
        stack.extend(current.named_children(&mut cursor));
    }
    Ok(())
}

/// A global that only a nested function assigns (`global total` inside a function inside a
/// function) is bound at run time, but linters (pyflakes, ruff) record a `global` binding only
/// for the module or a module-level function: read from the enclosing function it resolved,
/// read from lifted code at module level it is reported as undefined (F821). A writer that is
/// lifted too becomes a module-level function, whose `global` linters see.
fn check_nested_globals(
    ctx: &Context<'_>,
    group: &Group<'_>,
    member: Callable<'_>,
) -> Result<(), String> {
    let model = ctx.eval.model;
    let lifted = |range: TextRange| {
        ctx.lifting.contains(&range)
            || group
                .members
                .iter()
                .any(|m| TextRange::of(m.scope_node()) == range)
    };
    let top_level = |scope: ScopeId| {
        scope == SemanticModel::MODULE
            || model.scope(scope).parent == Some(SemanticModel::MODULE)
            || lifted(model.scope(scope).range)
    };
    for reference in model.references_in(member.key()) {
        if reference.resolution != Resolution::Scope(SemanticModel::MODULE) {
            continue;
        }
        let bindings = model.bindings_of(SemanticModel::MODULE, &reference.name);
        let hidden = bindings
            .iter()
            .all(|&id| !top_level(model.binding(id).written_in));
        if let Some(&first) = bindings.first().filter(|_| hidden) {
            let writer = model.scope(model.binding(first).written_in).name.clone();
            return Err(format!(
                "it reads `{}`, a global only the nested function `{}` assigns, which linters cannot see from module level",
                reference.name,
                writer.unwrap_or_default()
            ));
        }
    }
    Ok(())
}

/// Each captured name becomes a parameter of every member, so no member may bind the name
/// itself or declare it `global`: `def work(counter): global counter` does not compile, and a
/// member with its own `x` would hand that `x` on to a member that wanted the enclosing one
/// (`def helper(): return x` called from `def work(x)`).
fn captures_fit_members(
    ctx: &Context<'_>,
    group: &Group<'_>,
    captured: &Captures,
) -> Result<(), String> {
    let model = ctx.eval.model;
    for member in &group.members {
        let Some(scope) = model.scope_created_by(TextRange::of(member.scope_node())) else {
            continue;
        };
        let scope = model.scope(scope);
        for (name, _) in captured {
            if scope.globals.contains_key(name) {
                return Err(format!(
                    "it declares `{name}` global, and the lifted function would have to take `{name}` as a parameter"
                ));
            }
            if scope.bindings.contains_key(name) {
                return Err(format!(
                    "`{name}` is captured from the enclosing scope by one lifted function and is a name of its own in another"
                ));
            }
        }
    }
    Ok(())
}
