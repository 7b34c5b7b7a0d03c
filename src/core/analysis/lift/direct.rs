//! No trampolines: a lambda that only calls a function pickle can carry hands that function
//! over directly, with the arguments bound as the API binds them, instead of being lifted into
//! a new function that calls it.
//!
//! ```text
//! Pool(initializer=lambda: prepare(cfg))        ->  Pool(initializer=prepare, initargs=(cfg,))
//! Process(target=lambda: serve(host, port))     ->  Process(target=serve, args=(host, port))
//! Process(target=lambda i: run(i, k), args=(1,)) -> Process(target=run, args=(1, k))
//! ex.submit(lambda: work(a, 2))                 ->  ex.submit(work, a, 2)
//! pool.map(lambda x: work(x), xs)               ->  pool.map(work, xs)
//! pool.map(lambda x: work(x, k=k), xs)          ->  pool.map(functools.partial(work, k=k), xs)
//! ```
//!
//! The shapes must line up exactly, or the lambda is lifted as usual:
//! - the lambda's parameters are plain names, and the call passes them first, in order, and
//!   nowhere else; the other arguments are captured variables or constants (a module-level
//!   name would be read in the parent instead of the worker, which can differ);
//! - positional arguments after the lambda's own go where the API passes extra positional
//!   arguments (`args`, `initargs`, trailing arguments); a mapping method has no such place,
//!   since `functools.partial` binds positional values first, not last;
//! - keyword arguments go where the API passes keywords (`kwargs`, `kwds`, trailing keywords,
//!   or a `functools.partial` for a mapping method), and only when the site passes the lambda
//!   no keywords of its own;
//! - the callee is a name that means the same object in the worker: a builtin (but not one that
//!   reads its caller's frame, like `locals` or `exec`), or a module-level function or class
//!   (undecorated) or `from` import of the standard library, bound once, outside any `if` or
//!   loop, outside the `__main__` guard, and before the site when the site is module-level
//!   code. A function imported from another module of the project may be one pickle cannot
//!   find by its name (`square = lambda x: x * x`, a decorator without `functools.wraps`).
//!
//! Captured values are bound at the site exactly as a lift binds them (`binding`), after the
//! same checks: what the lambda captures must be carried by pickle, mean the same variable at
//! the site, and not be assigned again before a `Process` starts.

use tree_sitter::Node;

use super::binding::{
    append_argument, check_site, empty_dict, extend_dict, extend_tuple, has_splats, keywords,
    partial_refusal, reads_names,
};
use super::{Captures, Context, Group, Planned};
use crate::core::analysis::api::{Passing, Slot};
use crate::core::analysis::callables::{Callable, Via, unparenthesize};
use crate::core::analysis::sites::Site;
use crate::core::analysis::values::argument;
use crate::core::fix::{Applicability, Edit, Fix};
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingId, BindingKind, Resolution, ScopeId, SemanticModel};
use crate::core::source::TextRange;

/// Builtins that read the frame they are called from: called from the worker's machinery
/// instead of from the lambda, they would see another frame.
const FRAME_BUILTINS: &[&str] = &[
    "locals",
    "globals",
    "vars",
    "dir",
    "eval",
    "exec",
    "compile",
    "super",
    "breakpoint",
    "__import__",
];

/// What the lambda's call passes, besides the lambda's own parameters.
struct Forwarded {
    callee: String,
    /// Positional arguments after the lambda's parameters, as written.
    positional: Vec<String>,
    /// Keyword arguments, as `(name, value)`.
    keywords: Vec<(String, String)>,
}

/// The fix that hands the lambda's callee over directly, when the group is one lambda at one
/// site whose shape lines up; `Ok(None)` when it should be lifted instead.
pub(super) fn hand_over(
    ctx: &Context<'_>,
    group: &Group<'_>,
    captured: &Captures,
    receiver: bool,
) -> Result<Option<Planned>, String> {
    let ([Callable::Lambda(lambda)], [site_ref]) = (&group.members[..], &group.sites[..]) else {
        return Ok(None);
    };
    if site_ref.via != Via::Direct || unparenthesize(site_ref.site.callable) != *lambda {
        return Ok(None);
    }
    // Code that reads the callable's name would see the callee's instead of `<lambda>`:
    // lift instead, which refuses with the reason.
    if reads_names(ctx, &site_ref.site) {
        return Ok(None);
    }
    let Some(forwarded) = forwarded(ctx, *lambda, captured, site_ref.site.call.start_byte()) else {
        return Ok(None);
    };
    let mut edits = Vec::new();
    let Some(uses_partial) = bind(ctx, &site_ref.site, &forwarded, &mut edits)? else {
        return Ok(None);
    };
    check_site(ctx, &site_ref.site, captured)?;
    // A worker given the partial among its arguments may look at what it is: lift instead,
    // which refuses with the reason when the lifted function needs a partial too.
    if uses_partial
        && (ctx.partial.blocked
            || partial_refusal(ctx, &site_ref.site, &forwarded.keywords).is_err())
    {
        return Ok(None);
    }
    if uses_partial {
        edits.extend(ctx.partial.import.clone());
    }
    let applicability = if receiver {
        Applicability::Unsafe
    } else {
        Applicability::Safe
    };
    Ok(Some(Planned {
        fix: Fix::new(edits, applicability),
        names: vec![forwarded.callee],
        direct: true,
    }))
}

/// The lambda's call, when its body is only a call of a carried callee with its parameters
/// first and captured variables or constants after them.
fn forwarded(
    ctx: &Context<'_>,
    lambda: Node<'_>,
    captured: &Captures,
    site: usize,
) -> Option<Forwarded> {
    let source = ctx.eval.source;
    let parameters = own_parameters(source, lambda)?;
    let call = unparenthesize(lambda.field("body")?);
    let function = call.field("function")?;
    let arguments = call.field("arguments")?;
    if call.kind_name() != "call" || function.kind_name() != "identifier" {
        return None;
    }
    let model = ctx.eval.model;
    let scope = model.scope_created_by(TextRange::of(lambda))?;
    let callee = &source[function.byte_range()];
    carried(ctx, model.resolve(scope, callee), callee, site)?;
    let value = |node: Node<'_>| carried_value(ctx, scope, captured, node);
    let mut forwarded = split_arguments(source, arguments, &parameters, value)?;
    forwarded.callee = callee.to_string();
    Some(forwarded)
}

/// The call's arguments after the lambda's own `parameters` (which must come first, in order),
/// as positional values and keywords, each value as `value` accepts it (the callee is left
/// empty).
fn split_arguments(
    source: &str,
    arguments: Node<'_>,
    parameters: &[&str],
    value: impl Fn(Node<'_>) -> Option<String>,
) -> Option<Forwarded> {
    let (mut positional, mut keywords) = (Vec::new(), Vec::new());
    let mut own = parameters.iter().peekable();
    let mut cursor = arguments.walk();
    for argument in arguments.named_children(&mut cursor) {
        let text = &source[argument.byte_range()];
        match argument.kind_name() {
            "comment" => {}
            "keyword_argument" => {
                let name = argument.field("name")?;
                let value = value(argument.field("value")?)?;
                keywords.push((source[name.byte_range()].to_string(), value));
            }
            _ if positional.is_empty() && own.peek().is_some_and(|p| **p == text) => {
                own.next();
            }
            _ => positional.push(value(argument)?),
        }
    }
    own.next().is_none().then_some(Forwarded {
        callee: String::new(),
        positional,
        keywords,
    })
}

/// The names of the lambda's parameters, when they are all plain names.
fn own_parameters<'s>(source: &'s str, lambda: Node<'_>) -> Option<Vec<&'s str>> {
    let Some(parameters) = lambda.field("parameters") else {
        return Some(Vec::new());
    };
    let mut cursor = parameters.walk();
    parameters
        .named_children(&mut cursor)
        .map(|p| (p.kind_name() == "identifier").then(|| &source[p.byte_range()]))
        .collect()
}

/// The text of an argument that may be bound at the site: a captured variable or a constant.
fn carried_value(
    ctx: &Context<'_>,
    lambda: ScopeId,
    captured: &Captures,
    node: Node<'_>,
) -> Option<String> {
    let text = &ctx.eval.source[node.byte_range()];
    let is_constant = match node.kind_name() {
        "integer" | "float" | "true" | "false" | "none" => true,
        "string" => {
            let mut cursor = node.walk();
            let interpolated = node
                .named_children(&mut cursor)
                .any(|c| c.kind_name() == "interpolation");
            !interpolated
        }
        "unary_operator" => node
            .named_child(0)
            .is_some_and(|n| matches!(n.kind_name(), "integer" | "float")),
        _ => false,
    };
    let is_captured = node.kind_name() == "identifier"
        && captured.iter().any(|(name, scope)| {
            name == text && ctx.eval.model.resolve(lambda, text) == Resolution::Scope(*scope)
        });
    (is_constant || is_captured).then(|| text.to_string())
}

/// `Some(())` when `callee`, resolved as `resolution` from the lambda, means the same object
/// in the worker and pickle carries it by reference.
fn carried(ctx: &Context<'_>, resolution: Resolution, callee: &str, site: usize) -> Option<()> {
    let model = ctx.eval.model;
    if model.scope(SemanticModel::MODULE).has_star_import {
        return None;
    }
    let fits = match resolution {
        Resolution::Builtin => !FRAME_BUILTINS.contains(&callee),
        Resolution::Scope(SemanticModel::MODULE) => {
            let [only] = model.bindings_of(SemanticModel::MODULE, callee) else {
                return None;
            };
            module_callable(ctx, *only, site)
        }
        _ => false,
    };
    fits.then_some(())
}

/// Whether the module-level `binding` is a function, class or `from` import that every worker
/// binds when it imports the module, before `site` runs.
fn module_callable(ctx: &Context<'_>, binding: BindingId, site: usize) -> bool {
    let model = ctx.eval.model;
    let binding = model.binding(binding);
    let Some(statement) = ctx.eval.statement_node(binding.statement) else {
        return false;
    };
    // A decorated definition's module attribute may not be the object whose qualified name
    // pickle records.
    let kind_fits = match &binding.kind {
        BindingKind::FunctionDef | BindingKind::ClassDef => {
            statement.kind_name() != "decorated_definition"
                && statement
                    .parent()
                    .is_some_and(|p| p.kind_name() == "module")
        }
        // A function of another module of the project may be what pickle cannot find by
        // name (a module-level lambda, a decorated function without `functools.wraps`),
        // which that module's analysis is not asked: only the standard library's are known
        // to be found.
        // `random`'s and `secrets`' functions are bound methods of a hidden instance: pickled,
        // each task gets a copy of the parent's generator (the same numbers in every task),
        // or fails (`SystemRandom` has no state to copy).
        BindingKind::Import { module, member } => {
            member.is_some()
                && crate::core::analysis::imports::in_stdlib(module)
                && !matches!(module.as_str(), "random" | "secrets")
        }
        _ => false,
    };
    let guarded = ctx
        .guards
        .iter()
        .any(|g| g.contains_range(binding.statement));
    let in_time = model.scope_at(site) != SemanticModel::MODULE || binding.statement.end <= site;
    kind_fits && !guarded && in_time && super::annotations::unconditional(ctx, binding.statement)
}

/// The edits at the site: the callee replaces the lambda, and the forwarded arguments go where
/// the API passes them. `Ok(None)` when the API has no place for them; otherwise whether a
/// `functools.partial` is used.
fn bind(
    ctx: &Context<'_>,
    site: &Site<'_>,
    forwarded: &Forwarded,
    edits: &mut Vec<Edit>,
) -> Result<Option<bool>, String> {
    let (positional, keywords) = (&forwarded.positional, &forwarded.keywords);
    let mut callable = forwarded.callee.clone();
    let mut uses_partial = false;
    match site.passing() {
        // `functools.partial` binds positional values first, not after the item.
        Passing::Mapped if !positional.is_empty() => return Ok(None),
        Passing::Mapped if !keywords.is_empty() => {
            callable = format!(
                "{}({callable}, {})",
                ctx.partial.text,
                self::keywords(keywords)
            );
            uses_partial = true;
        }
        Passing::Mapped => {}
        _ if has_splats(site.arguments) || passes_keywords(ctx, site) => return Ok(None),
        Passing::Tuple { args, kwargs } => {
            if bind_tuple(ctx, site, forwarded, (args, kwargs), edits)?.is_none() {
                return Ok(None);
            }
        }
        Passing::Trailing { keywords: false } if !keywords.is_empty() => return Ok(None),
        Passing::Trailing { .. } => {
            let mut extra = positional.clone();
            extra.extend((!keywords.is_empty()).then(|| self::keywords(keywords)));
            if !extra.is_empty() {
                edits.push(append_argument(
                    ctx.eval.source,
                    site.arguments,
                    &extra.join(", "),
                ));
            }
        }
    }
    edits.push(Edit::replace(TextRange::of(site.callable), callable));
    Ok(Some(uses_partial))
}

/// `args=`/`initargs=` gain the positional values and `kwargs=`/`kwds=` the keywords;
/// `Ok(None)` when there are keywords and the API takes none.
fn bind_tuple(
    ctx: &Context<'_>,
    site: &Site<'_>,
    forwarded: &Forwarded,
    (args, kwargs): (Slot, Option<Slot>),
    edits: &mut Vec<Edit>,
) -> Result<Option<()>, String> {
    if !forwarded.positional.is_empty() {
        edits.push(extend_tuple(ctx, site, args, &forwarded.positional));
    }
    match kwargs {
        _ if forwarded.keywords.is_empty() => {}
        Some(kwargs) => edits.push(extend_dict(ctx, site, kwargs, &forwarded.keywords, false)?),
        None => return Ok(None),
    }
    Ok(Some(()))
}

/// Whether the site passes the lambda keyword arguments of its own: through `kwargs=`/`kwds=`
/// for a tuple-passing API, or as keyword arguments for one that passes trailing arguments.
fn passes_keywords(ctx: &Context<'_>, site: &Site<'_>) -> bool {
    let source = ctx.eval.source;
    match site.passing() {
        Passing::Tuple {
            kwargs: Some(kwargs),
            ..
        } => argument(site.arguments, source, kwargs.position, kwargs.keyword)
            .is_some_and(|k| !empty_dict(source, k)),
        Passing::Tuple { .. } | Passing::Mapped => false,
        Passing::Trailing { .. } => {
            let mut cursor = site.arguments.walk();
            site.arguments
                .named_children(&mut cursor)
                .any(|a| a.kind_name() == "keyword_argument")
        }
    }
}
