//! Decorated members that capture: which decorators pass the captured values on.
//!
//! A captured value becomes a parameter of every member of the group, bound where the work is
//! handed over, so each call now goes through the decorator with more arguments than before.
//! That keeps the program's meaning only when the decorator's wrapper forwards every argument
//! to the function and pickle still finds the decorated function by name at module level:
//! - `functools.lru_cache` (bare or called with its options) and `functools.cache`: the cache
//!   key now holds the captured values too, which is right (a different value is a different
//!   result), but it hashes them, so the fix is safe only when every captured value is visibly
//!   hashable (a number, string, `None`, a bool or a tuple of those); otherwise it is unsafe;
//! - a module-level decorator without local state, shaped exactly
//!
//!   ```text
//!   def logged(fn):
//!       @functools.wraps(fn)
//!       def wrapper(*args, **kwargs):
//!           ...fn(*args, **kwargs)...
//!       return wrapper
//!   ```
//!
//!   (`wraps` copies the qualified name, so pickle finds the wrapper as `module.work`).
//!
//! - a module-level decorator that only sets attributes of the function from values that call
//!   nothing and returns it (`fn.tag = "job"; return fn`): the function itself is called.
//!
//! Anything else (a wrapper taking only `*args`, a decorator keeping state between calls, a
//! decorator factory reading locals) is refused, naming the decorated member and its decorator.

use tree_sitter::Node;

use super::binding::{is_double_star_parameter, is_star_parameter};
use super::{Captures, Context, Group};
use crate::core::analysis::callables::Callable;
use crate::core::analysis::unpicklable::qualified_name;
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingKind, Resolution, SemanticModel};

/// How the group's decorators stand with its captures.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Decorated {
    /// No member is decorated, or every decorator forwards visibly hashable or any values.
    Forwarding,
    /// A cache hashes captured values that may not be hashable.
    CachesUnknownValues,
}

/// Refuse when a decorated member would take captured values its decorator may not pass on.
pub(super) fn check_decorators(
    ctx: &Context<'_>,
    group: &Group<'_>,
    captured: &Captures,
) -> Result<Decorated, String> {
    let mut outcome = Decorated::Forwarding;
    for (index, member) in group.members.iter().enumerate() {
        let Callable::Function {
            statement,
            under_guard,
            ..
        } = member
        else {
            continue;
        };
        let mut cursor = statement.walk();
        let decorators: Vec<Node<'_>> = statement
            .named_children(&mut cursor)
            .filter(|c| c.kind_name() == "decorator")
            .collect();
        // A cache the parent fills before the hand-over is inherited by a forked worker; a
        // spawned one starts with an empty one and computes again (with any output or
        // effect of it).
        let caches = || {
            (decorators.iter())
                .any(|d| matches!(decorator_kind(ctx, *d), Some(DecoratorKind::Cache)))
        };
        let handed_at = (group.sites.iter())
            .map(|s| s.site.call.start_byte())
            .min()
            .unwrap_or(usize::MAX);
        if let Some((name, line)) =
            called_in_parent(ctx, *statement, handed_at).filter(|_| caches())
        {
            return Err(format!(
                "`{name}` keeps a cache that the parent may fill before handing it over (line {line}); a forked worker inherits it, one started by spawn or forkserver starts with it empty"
            ));
        }
        // Without captures the decorator sees the same function, but a nested one's runs at
        // import (in every spawned worker too) instead of each time its function runs: only
        // a decorator that does nothing else may move. A guard function's moves with its
        // guard's order (`guard_globals`).
        if captured.is_empty() && *under_guard {
            continue;
        }
        for decorator in decorators {
            match decorator_kind(ctx, decorator) {
                Some(DecoratorKind::Cache) if !all_hashable(ctx, captured) => {
                    outcome = Decorated::CachesUnknownValues;
                }
                Some(_) => {}
                None if captured.is_empty() => {
                    if observed_before(ctx, *statement, decorator) {
                        return Err(moved_refusal(ctx, member, decorator));
                    }
                }
                None => return Err(refusal(ctx, group, index, decorator)),
            }
        }
    }
    Ok(outcome)
}

/// The name and the line of the first read of the function `statement` defines (a decorated
/// definition) outside its own body, by its name where the `def` binds it, written before
/// `handed_at` (where the function is first handed over): a call the parent makes before, or
/// a read that may lead to one (`f = square; f(2)`, `map(square, xs)`).
fn called_in_parent<'s>(
    ctx: &Context<'s>,
    statement: Node<'_>,
    handed_at: usize,
) -> Option<(&'s str, usize)> {
    let definition = statement.field("definition")?;
    let name = ctx.eval.text(definition.field("name")?);
    let model = ctx.eval.model;
    let bound = model.scope_at(statement.start_byte());
    let read = model.references.iter().find(|reference| {
        reference.name == name
            && reference.range.start < handed_at
            && reference.resolution == Resolution::Scope(bound)
            && !(statement.start_byte() <= reference.range.start
                && reference.range.end <= statement.end_byte())
    })?;
    Some((name, ctx.eval.line_at(read.range.start)))
}

enum DecoratorKind {
    Cache,
    Wrapper,
}

fn decorator_kind(ctx: &Context<'_>, decorator: Node<'_>) -> Option<DecoratorKind> {
    let expression = decorator.named_child(0)?;
    let scope = ctx.eval.model.scope_at(decorator.start_byte());
    let function = match expression.kind_name() {
        "call" => expression.field("function")?,
        _ => expression,
    };
    let name = qualified_name(ctx.eval, function, scope).unwrap_or_default();
    match name.as_str() {
        "functools.lru_cache" => Some(DecoratorKind::Cache),
        "functools.cache" if expression.kind_name() != "call" => Some(DecoratorKind::Cache),
        _ if expression.kind_name() == "identifier" => forwarding_wrapper(ctx, expression),
        _ => None,
    }
}

/// `@logged` where `logged` is a module-level `def` of the shape in the module doc, or one
/// that marks the function and returns it (`marking`).
fn forwarding_wrapper(ctx: &Context<'_>, name: Node<'_>) -> Option<DecoratorKind> {
    let definition = module_decorator(ctx, name)?;
    let fn_name = single_parameter(ctx, definition)?;
    let body = definition.field("body")?;
    let mut cursor = body.walk();
    let statements: Vec<Node<'_>> = body
        .named_children(&mut cursor)
        .filter(|s| s.kind_name() != "comment" && !is_string_statement(*s))
        .collect();
    if marking(ctx, &statements, fn_name) {
        return Some(DecoratorKind::Wrapper);
    }
    let [wrapper, returned] = statements.as_slice() else {
        return None;
    };
    let wrapper_name = wraps_wrapper(ctx, *wrapper, fn_name)?;
    let returns_it = returned.kind_name() == "return_statement"
        && returned
            .named_child(0)
            .is_some_and(|r| r.kind_name() == "identifier" && ctx.eval.text(r) == wrapper_name);
    returns_it.then_some(DecoratorKind::Wrapper)
}

/// Whether a decorator's `statements` only set attributes of the function `fn_name` from
/// values that call nothing (`fn.tag = "job"`), then return it unchanged: the function is
/// called as it is, with whatever arguments, and running the decorator at import rather than
/// where the `def` stood has no effect of its own.
fn marking(ctx: &Context<'_>, statements: &[Node<'_>], fn_name: &str) -> bool {
    let Some((returned, marks)) = statements.split_last() else {
        return false;
    };
    let is_fn = |n: Node<'_>| n.kind_name() == "identifier" && ctx.eval.text(n) == fn_name;
    let returns_fn =
        returned.kind_name() == "return_statement" && returned.named_child(0).is_some_and(is_fn);
    returns_fn
        && marks.iter().all(|statement| {
            let Some(assignment) = statement.named_child(0).filter(|a| {
                statement.kind_name() == "expression_statement" && a.kind_name() == "assignment"
            }) else {
                return false;
            };
            let (Some(left), Some(right)) = (assignment.field("left"), assignment.field("right"))
            else {
                return false;
            };
            left.kind_name() == "attribute"
                && left.field("object").is_some_and(is_fn)
                && calls_nothing(right)
        })
}

/// Whether `node` holds no call, `await`, `yield`, lambda or assignment expression.
fn calls_nothing(node: Node<'_>) -> bool {
    let mut stack = vec![node];
    while let Some(current) = stack.pop() {
        if matches!(
            current.kind_name(),
            "call" | "await" | "yield" | "lambda" | "named_expression" | "subscript" | "attribute"
        ) {
            return false;
        }
        let mut cursor = current.walk();
        stack.extend(current.named_children(&mut cursor));
    }
    true
}

/// The module-level `def`, bound once and outside the main guard, that the decorator `name`
/// names.
fn module_decorator<'t>(ctx: &Context<'t>, name: Node<'_>) -> Option<Node<'t>> {
    let model = ctx.eval.model;
    let text = ctx.eval.text(name);
    let scope = model.scope_at(name.start_byte());
    if model.resolve(scope, text) != Resolution::Scope(SemanticModel::MODULE) {
        return None;
    }
    let [id] = model.bindings_of(SemanticModel::MODULE, text) else {
        return None;
    };
    let binding = model.binding(*id);
    let in_guard = ctx
        .guards
        .iter()
        .any(|g| g.contains_range(binding.statement));
    if binding.kind != BindingKind::FunctionDef || in_guard {
        return None;
    }
    ctx.eval.statement_node(binding.statement)
}

/// The one plain parameter of `def logged(fn):`.
fn single_parameter<'s>(ctx: &Context<'s>, definition: Node<'_>) -> Option<&'s str> {
    let parameters = definition.field("parameters")?;
    let mut cursor = parameters.walk();
    let params: Vec<Node<'_>> = parameters.named_children(&mut cursor).collect();
    match params.as_slice() {
        [only] if only.kind_name() == "identifier" => Some(ctx.eval.text(*only)),
        _ => None,
    }
}

/// `@functools.wraps(fn) def wrapper(*args, **kwargs): ... fn(*args, **kwargs) ...`: the
/// wrapper's name.
fn wraps_wrapper<'s>(ctx: &Context<'s>, statement: Node<'_>, fn_name: &str) -> Option<&'s str> {
    let definition = statement.field("definition")?;
    let mut cursor = statement.walk();
    let decorators: Vec<Node<'_>> = statement
        .named_children(&mut cursor)
        .filter(|c| c.kind_name() == "decorator")
        .collect();
    let [decorator] = decorators.as_slice() else {
        return None;
    };
    let call = decorator
        .named_child(0)
        .filter(|c| c.kind_name() == "call")?;
    let scope = ctx.eval.model.scope_at(decorator.start_byte());
    let wraps = qualified_name(ctx.eval, call.field("function")?, scope)?;
    let arguments = ctx.eval.text(call.field("arguments")?);
    if wraps != "functools.wraps" || arguments.replace(' ', "") != format!("({fn_name})") {
        return None;
    }
    let (args, kwargs) = star_parameters(ctx, definition)?;
    let forwarded = format!("{fn_name}(*{args},**{kwargs})");
    let body = definition.field("body")?;
    let name = ctx.eval.text(definition.field("name")?);
    calls_with(ctx, body, &forwarded).then_some(name)
}

/// The names of `*args, **kwargs` when they are the only parameters.
fn star_parameters<'s>(ctx: &Context<'s>, definition: Node<'_>) -> Option<(&'s str, &'s str)> {
    let parameters = definition.field("parameters")?;
    let mut cursor = parameters.walk();
    let params: Vec<Node<'_>> = parameters.named_children(&mut cursor).collect();
    let [args, kwargs] = params.as_slice() else {
        return None;
    };
    let plain =
        |p: &Node<'_>| p.kind_name() != "typed_parameter" && p.kind_name() != "keyword_separator";
    if !(plain(args) && is_star_parameter(*args) && is_double_star_parameter(*kwargs)) {
        return None;
    }
    let name = |p: &Node<'_>| p.named_child(0).map(|n| ctx.eval.text(n));
    Some((name(args)?, name(kwargs)?))
}

/// Whether a call spelled `expected` (without spaces) appears in `node`.
fn calls_with(ctx: &Context<'_>, node: Node<'_>, expected: &str) -> bool {
    let mut stack = vec![node];
    while let Some(current) = stack.pop() {
        if current.kind_name() == "call"
            && ctx.eval.text(current).replace([' ', '\n'], "") == expected
        {
            return true;
        }
        let mut cursor = current.walk();
        stack.extend(current.named_children(&mut cursor));
    }
    false
}

fn is_string_statement(statement: Node<'_>) -> bool {
    statement.kind_name() == "expression_statement"
        && statement
            .named_child(0)
            .is_some_and(|s| s.kind_name() == "string")
}

/// Whether every binding of every captured name gives a hashable literal.
fn all_hashable(ctx: &Context<'_>, captured: &Captures) -> bool {
    let model = ctx.eval.model;
    captured.iter().all(|(name, scope)| {
        model.bindings_of(*scope, name).iter().all(|&id| {
            let binding = model.binding(id);
            binding.kind == BindingKind::Assignment
                && binding
                    .value
                    .and_then(|r| ctx.eval.node_at(r))
                    .is_some_and(hashable_literal)
        })
    })
}

fn hashable_literal(node: Node<'_>) -> bool {
    match node.kind_name() {
        "integer" | "float" | "string" | "true" | "false" | "none" | "concatenated_string" => true,
        "tuple" | "parenthesized_expression" | "unary_operator" => {
            let mut cursor = node.walk();
            node.named_children(&mut cursor).all(hashable_literal)
        }
        _ => false,
    }
}

/// Whether code of the function that holds the decorated nested `def` `statement`, before
/// it, may see what the decorator does there, which a move to module level would do before
/// that code runs (a registry it reads): a statement before it reads a module-level name the
/// decorator's own `def` reads, or calls a function of the file; for a decorator whose code
/// is not read (imported, a factory's call), calls anything but a builtin.
fn observed_before(ctx: &Context<'_>, statement: Node<'_>, decorator: Node<'_>) -> bool {
    let eval = ctx.eval;
    let model = eval.model;
    let expression = decorator.named_child(0);
    let touched: Option<Vec<String>> = expression
        .filter(|e| e.kind_name() == "identifier")
        .and_then(|e| module_decorator(ctx, e))
        .map(|def| {
            let mut names = Vec::new();
            let mut stack = vec![def];
            while let Some(node) = stack.pop() {
                if node.kind_name() == "identifier" {
                    let at = model.scope_at(node.start_byte());
                    if model.resolve(at, eval.text(node))
                        == Resolution::Scope(SemanticModel::MODULE)
                    {
                        names.push(eval.text(node).to_string());
                    }
                }
                let mut cursor = node.walk();
                stack.extend(node.named_children(&mut cursor));
            }
            names
        });
    let earlier = std::iter::successors(statement.prev_named_sibling(), |s| s.prev_named_sibling());
    for before in earlier {
        let mut stack = vec![before];
        while let Some(node) = stack.pop() {
            let mut cursor = node.walk();
            stack.extend(node.named_children(&mut cursor));
            let at = model.scope_at(node.start_byte());
            match node.kind_name() {
                "identifier" => {
                    let name = eval.text(node);
                    let global =
                        model.resolve(at, name) == Resolution::Scope(SemanticModel::MODULE);
                    if global
                        && touched
                            .as_ref()
                            .is_some_and(|t| t.iter().any(|n| n == name))
                    {
                        return true;
                    }
                }
                "call" => {
                    let Some(function) = node.field("function") else {
                        continue;
                    };
                    let name = qualified_name(eval, function, at).unwrap_or_default();
                    let own = function.kind_name() == "identifier"
                        && model.resolve(at, eval.text(function))
                            == Resolution::Scope(SemanticModel::MODULE);
                    if own || (touched.is_none() && !name.starts_with("builtins.")) {
                        return true;
                    }
                }
                _ => {}
            }
        }
    }
    false
}

/// The reason a nested member without captures keeps its decorator where it is: the
/// decorator would run at import.
fn moved_refusal(ctx: &Context<'_>, member: &Callable<'_>, decorator: Node<'_>) -> String {
    let name = member
        .scope_node()
        .field("name")
        .map_or("function", |n| ctx.eval.text(n));
    let around = member
        .scope_node()
        .parent()
        .and_then(|_| {
            let scope = ctx.eval.model.scope_at(member.key().start);
            ctx.eval.model.scope(scope).name.clone()
        })
        .map_or_else(|| "its function".to_string(), |f| format!("`{f}`"));
    format!(
        "`{name}` is decorated with `{}`, whose effect the code of {around} before it may see, and at module level it would run at import, before that code",
        ctx.eval.text(decorator)
    )
}

/// The reason, naming the decorated member and whether the code handed over only calls it.
fn refusal(ctx: &Context<'_>, group: &Group<'_>, index: usize, decorator: Node<'_>) -> String {
    let member = &group.members[index];
    let name = member
        .scope_node()
        .field("name")
        .map_or("function", |n| ctx.eval.text(n));
    let text = ctx.eval.text(decorator);
    let handed_over = group.sites.iter().any(|s| s.member == index);
    if handed_over {
        format!(
            "`{name}` is decorated with `{text}`, and picklefix cannot tell whether that decorator passes on the captured values it would take as parameters"
        )
    } else {
        format!(
            "it calls `{name}`, which is decorated with `{text}`, and picklefix cannot tell whether that decorator passes on the captured values `{name}` would take as parameters"
        )
    }
}
