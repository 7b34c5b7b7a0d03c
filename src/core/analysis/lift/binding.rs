//! Binding captured values where the work is handed over. Captured values travel positionally
//! (appended to `args=(...)` or to the trailing arguments) when every signature in the group and
//! every site allows it, and by keyword otherwise (`kwargs={...}` entries, keyword arguments, or
//! a `functools.partial` wrapping the lifted function). The refusals that depend on a site
//! (shadowed names, values bound too late, locks handed to pools) live here too.

use tree_sitter::Node;

use super::{Captures, Context, Group, Lifted, SiteRef};
use crate::core::analysis::api::{Passing, Slot};
use crate::core::analysis::callables::{Callable, Via, unparenthesize};
use crate::core::analysis::defaults::MovedDefault;
use crate::core::analysis::flow::check_flow;
use crate::core::analysis::sites::{Handed, Site};
use crate::core::analysis::values::argument;
use crate::core::analysis::{arguments, inspection};
use crate::core::fix::Edit;
use crate::core::node::NodeExt;
use crate::core::parse::parameter_kind;
use crate::core::semantic::{Resolution, ScopeId};
use crate::core::source::TextRange;

/// Captured values are appended as positional parameters when every way the callable is
/// called can pass them positionally; otherwise they become keyword-only parameters.
pub(super) fn positional_allowed(ctx: &Context<'_>, group: &Group<'_>) -> bool {
    let plain_signatures = group
        .members
        .iter()
        .all(|m| m.parameters().is_none_or(plain_parameters));
    let bound_by_keyword = group.sites.iter().any(|s| s.via != Via::Direct);
    plain_signatures
        && !bound_by_keyword
        && group
            .sites
            .iter()
            .all(|s| site_binds_positionally(ctx, &s.site))
}

/// No defaults and no `*args`: appended parameters then line up with appended arguments.
fn plain_parameters(parameters: Node<'_>) -> bool {
    let mut cursor = parameters.walk();
    parameters.named_children(&mut cursor).all(|p| {
        let has_default = matches!(
            p.kind_name(),
            "default_parameter" | "typed_default_parameter"
        );
        let is_args = is_star_parameter(p) && p.kind_name() != "keyword_separator";
        !(has_default || is_args)
    })
}

/// `*args` (typed or not) or a bare `*`.
pub(super) fn is_star_parameter(p: Node<'_>) -> bool {
    matches!(
        parameter_kind(p),
        "list_splat_pattern" | "keyword_separator"
    )
}

/// `**kwargs`, typed or not.
pub(super) fn is_double_star_parameter(p: Node<'_>) -> bool {
    parameter_kind(p) == "dictionary_splat_pattern"
}

fn site_binds_positionally(ctx: &Context<'_>, site: &Site<'_>) -> bool {
    let source = ctx.eval.source;
    match site.passing() {
        Passing::Tuple { args, kwargs } => {
            let tuple = argument(site.arguments, source, args.position, args.keyword);
            let no_kwargs = kwargs
                .and_then(|k| argument(site.arguments, source, k.position, k.keyword))
                .is_none_or(|k| empty_dict(source, k));
            no_kwargs && tuple.is_none_or(|t| t.kind_name() == "tuple")
        }
        Passing::Trailing { .. } => !has_keywords_or_splats(site.arguments),
        Passing::Mapped => false,
    }
}

pub(super) fn empty_dict(source: &str, node: Node<'_>) -> bool {
    node.kind_name() == "dictionary" && node.named_child_count() == 0
        || source[node.byte_range()].replace(' ', "") == "dict()"
}

fn has_keywords_or_splats(arguments: Node<'_>) -> bool {
    let mut cursor = arguments.walk();
    arguments.named_children(&mut cursor).any(|a| {
        matches!(
            a.kind_name(),
            "keyword_argument" | "list_splat" | "dictionary_splat"
        )
    })
}

pub(super) use crate::core::parse::has_splats;

/// Refusals that depend on the site: captured names that mean something else there, values
/// that may be unbound there or change before a process starts (`flow`), and
/// multiprocessing locks and queues
/// handed to pool tasks (they travel only by inheritance, through `Process` arguments).
pub(super) fn check_site(
    ctx: &Context<'_>,
    site: &Site<'_>,
    captured: &Captures,
) -> Result<(), String> {
    if let Some(kept) = site.row.instance_kept {
        return Err(format!(
            "{} hands it over with a bound method, whose instance is pickled too and keeps what pickle cannot carry ({kept}): no rewrite of the callable can make that work under spawn",
            site.row.name_label(),
        ));
    }
    if captured.is_empty() {
        return Ok(());
    }
    check_resolvable(ctx, site.scope, captured)?;
    check_flow(ctx.eval, site, captured)?;
    check_built_before(ctx, site, captured)?;
    let model = ctx.eval.model;
    for (name, scope) in captured {
        for &id in model.bindings_of(*scope, name) {
            if !site.row.pickled_under_fork {
                continue;
            }
            if crate::core::analysis::unpicklable::primitive_binding(ctx.eval, id, 0) {
                return Err(format!(
                    "it captures `{name}`, a multiprocessing lock or queue, which can only be passed to a `Process`, not to pool tasks"
                ));
            }
            let binding = model.binding(id);
            if let Some(value) = binding.value.and_then(|v| ctx.eval.node_at(v))
                && let Some((class, attribute)) = crate::core::analysis::captures::kept_primitive(
                    ctx.eval,
                    value,
                    binding.written_in,
                )
            {
                return Err(format!(
                    "it captures `{name}`, an instance of `{class}` whose `{attribute}` holds a multiprocessing lock or queue, which can only be passed to a `Process`, not to pool tasks"
                ));
            }
        }
    }
    Ok(())
}

/// A callable written among the elements a loop goes over (`for f in (inc, dec):`, or a
/// list bound to a name a loop goes over, or appended to one) is handed over through the loop
/// variable, which a lift that captures turns into a `functools.partial`: a read of that
/// variable in the loop that looks at what it is (`print(f.__name__, pmap(f, xs))`) would
/// see the partial, so the lift is refused. Every name the loop's target binds is looked at.
pub(super) fn check_loop_variable_not_inspected(
    ctx: &Context<'_>,
    element: Node<'_>,
) -> Result<(), String> {
    let eval = ctx.eval;
    for (name, body, scope) in looping_targets(ctx, element) {
        if let Some((what, line)) =
            crate::core::analysis::inspection::inspected_ignoring_keys(eval, body, scope, &name)
        {
            return Err(format!(
                "`{what}` on line {line} looks at what the loop variable `{name}` is, and it would be a functools.partial carrying the captured values instead of a function"
            ));
        }
    }
    Ok(())
}

/// The names the loops that go over `element` bind, each with the code of the loop (a `for`
/// statement's body, or the comprehension) and the scope that binds them: the element of a
/// literal tuple or list (or an item of such an element) that a loop goes over, or that is
/// bound to a name a loop goes over (also through `enumerate`), or appended to such a list.
fn looping_targets<'t>(ctx: &Context<'t>, element: Node<'t>) -> Vec<(String, Node<'t>, ScopeId)> {
    let eval = ctx.eval;
    let outer = super::references::outer;
    let mut node = outer(element);
    // The item of an element written as a tuple (`("inc", inc)`), which one name of an
    // unpacking target takes (`for label, f in ...`).
    let mut item = None;
    let mut climbed = 0;
    for _ in 0..2 {
        match node.parent() {
            Some(p) if matches!(p.kind_name(), "tuple" | "list") => {
                if climbed == 0 {
                    let mut cursor = p.walk();
                    item = p
                        .named_children(&mut cursor)
                        .filter(|n| n.kind_name() != "comment")
                        .position(|n| n == node);
                }
                climbed += 1;
                node = outer(p);
            }
            _ => break,
        }
    }
    if climbed < 2 {
        item = None;
    }
    let Some(mut holder) = node.parent() else {
        return Vec::new();
    };
    // `jobs.append(f)`: the list is `jobs`.
    let mut list_name = None;
    if holder.kind_name() == "argument_list"
        && let Some(call) = holder.parent()
        && let Some(function) = call.field("function")
        && function.kind_name() == "attribute"
        && function
            .field("attribute")
            .is_some_and(|a| eval.text(a) == "append")
    {
        list_name = function.field("object");
    }
    // `enumerate((f, g))`
    if holder.kind_name() == "argument_list"
        && list_name.is_none()
        && node != outer(element)
        && let Some(call) = holder.parent()
        && call
            .field("function")
            .is_some_and(|f| eval.text(f) == "enumerate")
    {
        node = call;
        holder = match call.parent() {
            Some(h) => h,
            None => return Vec::new(),
        };
    }
    let mut loops: Vec<Node<'t>> = Vec::new();
    let right_of = |h: Node<'t>, n: Node<'t>| h.field("right") == Some(n);
    if matches!(holder.kind_name(), "for_statement" | "for_in_clause") && right_of(holder, node) {
        loops.push(holder);
    }
    if holder.kind_name() == "assignment" && right_of(holder, node) {
        list_name = holder.field("left");
    }
    if let Some(list) = list_name.filter(|l| l.kind_name() == "identifier") {
        let name = eval.text(list);
        let scope = eval.model.scope_at(list.start_byte());
        for reference in eval
            .model
            .references
            .iter()
            .filter(|r| r.name == name && eval.model.resolve(scope, name) == r.resolution)
        {
            let Some(read) = eval.node_at(reference.range) else {
                continue;
            };
            let mut over = read;
            // `enumerate(jobs)`, `jobs.items()`
            for _ in 0..2 {
                match over.parent() {
                    Some(p) if matches!(p.kind_name(), "argument_list" | "attribute" | "call") => {
                        over = p
                    }
                    _ => break,
                }
            }
            for candidate in [read, over] {
                if let Some(h) = candidate.parent()
                    && matches!(h.kind_name(), "for_statement" | "for_in_clause")
                    && right_of(h, candidate)
                {
                    loops.push(h);
                }
            }
        }
    }
    let mut found = Vec::new();
    for looping in loops {
        let (body, scope) = match looping.kind_name() {
            "for_statement" => match looping.field("body") {
                Some(body) => (body, eval.model.scope_at(looping.start_byte())),
                None => continue,
            },
            _ => match looping.parent() {
                Some(comprehension) => (comprehension, eval.model.scope_at(looping.start_byte())),
                None => continue,
            },
        };
        let Some(left) = looping.field("left") else {
            continue;
        };
        let mut names = Vec::new();
        let mut cursor = left.walk();
        let flat: Vec<Node<'_>> = left.named_children(&mut cursor).collect();
        match item {
            Some(at)
                if matches!(left.kind_name(), "pattern_list" | "tuple_pattern")
                    && flat.iter().all(|n| n.kind_name() == "identifier")
                    && at < flat.len() =>
            {
                names.push(eval.text(flat[at]).to_string());
            }
            _ => {
                let mut stack = vec![left];
                while let Some(n) = stack.pop() {
                    if n.kind_name() == "identifier" {
                        names.push(eval.text(n).to_string());
                    }
                    let mut cursor = n.walk();
                    stack.extend(n.named_children(&mut cursor));
                }
            }
        }
        // A comprehension's variables are its own scope's.
        let scope = match looping.kind_name() {
            "for_in_clause" => eval.model.scope_at(left.start_byte()),
            _ => scope,
        };
        for name in names {
            found.push((name, body, scope));
        }
    }
    found
}

/// For a value written in a literal that a variable hands over later (`tasks = [(lambda v:
/// v * k, x) for x in xs]`, then `pool.map(run, tasks)`), the partial binds the captured
/// values where the literal is built, and the original read them when the worker ran: refuse
/// when one is assigned between the two, or in a loop around the call that the literal is not
/// in (the next round would hand over the old value).
fn check_built_before(
    ctx: &Context<'_>,
    site: &Site<'_>,
    captured: &Captures,
) -> Result<(), String> {
    let (built, call) = (site.callable.end_byte(), site.call);
    if built > call.start_byte() {
        return Ok(());
    }
    let mut until = call.start_byte();
    let mut node = call.parent();
    while let Some(n) = node {
        if n.start_byte() <= site.callable.start_byte() {
            break;
        }
        if matches!(n.kind_name(), "for_statement" | "while_statement") {
            until = n.end_byte();
        }
        node = n.parent();
    }
    let model = ctx.eval.model;
    for (name, scope) in captured {
        let again = model
            .bindings_of(*scope, name)
            .iter()
            .map(|&id| model.binding(id))
            // A nested function's `nonlocal` write may run at any time in between.
            .find(|b| {
                (built < b.statement.start && b.statement.start < until) || b.written_in != *scope
            });
        if let Some(binding) = again {
            return Err(format!(
                "`{name}` is assigned again (line {}) after the value is built and before it is handed over, and a functools.partial made where it stands would keep the earlier value",
                ctx.eval.source[..binding.statement.start]
                    .matches('\n')
                    .count()
                    + 1
            ));
        }
    }
    Ok(())
}

/// Edits at one site: the callable argument and the captured values. Returns whether
/// `functools.partial` is used.
pub(super) fn bind_site(
    ctx: &Context<'_>,
    site_ref: &SiteRef<'_>,
    member: &Lifted,
    bound: &Bound<'_>,
    edits: &mut Vec<Edit>,
) -> Result<bool, String> {
    let site = &site_ref.site;
    match site_ref.via {
        Via::Direct => {}
        // The lambda is replaced where it is bound; the site passes the variable as before,
        // a partial when it captures, which a worker given it among its arguments must take.
        Via::Variable if bound.values.is_empty() => return Ok(false),
        Via::Variable => return worker_takes_partial(ctx, site, bound).map(|()| false),
        Via::Partial(call) => return bind_partial(ctx, call, member, bound, edits),
    }
    let callable_range = TextRange::of(site.callable);
    if bound.values.is_empty() {
        if unparenthesize(site.callable).kind_name() == "lambda" || member.renamed {
            edits.push(Edit::replace(callable_range, member.name.clone()));
        }
        return Ok(false);
    }
    if has_splats(site.arguments) && matches!(site.passing(), Passing::Tuple { .. }) {
        return Err("the call passes `*args` or `**kwargs`, so picklefix cannot tell where to add the captured values".into());
    }
    let (callable_text, uses_partial) = match argument_edit(ctx, site, bound)? {
        Some(edit) => {
            edits.push(edit);
            (member.name.clone(), false)
        }
        None => {
            check_not_inspected(site)?;
            worker_takes_partial(ctx, site, bound)?;
            (partial_of(ctx, &member.name, bound.values), true)
        }
    };
    if callable_text != ctx.eval.source[callable_range.start..callable_range.end] {
        edits.push(Edit::replace(callable_range, callable_text));
    }
    Ok(uses_partial)
}

/// Refuse a lift whose callable's name the wrapper reads (`ApiRow::names_read`) where the
/// lift changes it: a lambda's `__name__` (`<lambda>`) and qualified name, a nested
/// function's qualified name (`main.<locals>.job` becomes `job`), a renamed function's
/// names. A function under the main guard keeps both unless renamed.
pub(super) fn check_names_kept(
    ctx: &Context<'_>,
    site: &Site<'_>,
    callable: &Callable<'_>,
    lifted: &Lifted,
) -> Result<(), String> {
    let (reader, read, qualified) = match site.row.names_read {
        Some(read) => (site.row.name_label(), read.to_string(), read.qualified),
        None => match arguments::worker_names_read(ctx.eval, site) {
            Some((worker, what, line, qualified)) => (
                format!("the worker {worker}"),
                format!("`{what}`, line {line}"),
                qualified,
            ),
            None => return Ok(()),
        },
    };
    // A move changes the source even where it keeps the names: a function under the main
    // guard loses its indentation.
    if inspection::reads_source(&read) {
        return Err(format!(
            "{reader} reads the source of its callable ({read}), which would change once the callable is moved to module level"
        ));
    }
    match names_change(ctx, callable, lifted, qualified) {
        Some((was, becomes)) => Err(format!(
            "{reader} reads the name of its callable ({read}), which would change from `{was}` to `{becomes}` once the callable is moved to module level"
        )),
        None => Ok(()),
    }
}

/// Whether the wrapper or worker `site` hands the callable to reads its name.
pub(super) fn reads_names(ctx: &Context<'_>, site: &Site<'_>) -> bool {
    site.row.names_read.is_some() || arguments::worker_names_read(ctx.eval, site).is_some()
}

/// Refuse a lift of `callable` whose name the scope it is bound in reads (`job.__qualname__`
/// beside `Process(target=job)`), where the lift changes it (`check_names_kept`).
pub(super) fn check_own_names_kept(
    ctx: &Context<'_>,
    callable: &Callable<'_>,
    lifted: &Lifted,
) -> Result<(), String> {
    let eval = ctx.eval;
    let variable = match callable {
        Callable::Function { definition, .. } => definition.field("name"),
        Callable::Lambda(node) => super::references::assigned_variable(*node),
    };
    let Some(variable) = variable else {
        return Ok(());
    };
    let name = eval.text(variable);
    let scope = eval.model.scope_at(callable.key().start);
    let body = match eval.scope_node(scope) {
        Some(node) => node.field("body").unwrap_or(node),
        None => eval.root,
    };
    let Some((what, line, qualified)) = inspection::names_read(eval, body, scope, name) else {
        return Ok(());
    };
    if inspection::reads_source(&what) {
        return Err(format!(
            "the code around it reads its source (`{what}`, line {line}), which would change once it is moved to module level"
        ));
    }
    match names_change(ctx, callable, lifted, qualified) {
        Some((was, becomes)) => Err(format!(
            "the code around it reads its name (`{what}`, line {line}), which would change from `{was}` to `{becomes}` once it is moved to module level"
        )),
        None => Ok(()),
    }
}

/// The name, qualified when `qualified`, that code reading it saw of `callable`, and the one
/// it would see once lifted as `lifted`, when they differ.
fn names_change(
    ctx: &Context<'_>,
    callable: &Callable<'_>,
    lifted: &Lifted,
    qualified: bool,
) -> Option<(String, String)> {
    let (name, qualname) = match callable {
        Callable::Lambda(node) => ("<lambda>".to_string(), qualified_name_of(ctx, *node)),
        Callable::Function { definition, .. } => {
            let name = definition
                .field("name")
                .map_or("", |name| ctx.eval.text(name));
            (name.to_string(), qualified_name_of(ctx, *definition))
        }
    };
    let was = match qualified {
        true => qualname,
        false => name,
    };
    (was != lifted.name).then(|| (was, lifted.name.clone()))
}

/// The `__qualname__` Python gives the function or lambda `node` defines: the names of the
/// functions and classes around it, a function's followed by `<locals>`.
fn qualified_name_of(ctx: &Context<'_>, node: Node<'_>) -> String {
    let own = match node.kind_name() {
        "lambda" => "<lambda>",
        _ => node.field("name").map_or("", |name| ctx.eval.text(name)),
    };
    let mut parts = vec![own.to_string()];
    for ancestor in std::iter::successors(node.parent(), |n| n.parent()) {
        match ancestor.kind_name() {
            "function_definition" => {
                parts.push("<locals>".to_string());
                parts.extend(
                    ancestor
                        .field("name")
                        .map(|name| ctx.eval.text(name).to_string()),
                );
            }
            "lambda" => parts.extend(["<locals>".to_string(), "<lambda>".to_string()]),
            "class_definition" => parts.extend(
                ancestor
                    .field("name")
                    .map(|name| ctx.eval.text(name).to_string()),
            ),
            _ => {}
        }
    }
    parts.reverse();
    parts.join(".")
}

/// Refuse a `functools.partial` for a wrapper that looks at what its callable is
/// (`fn.__name__`, `inspect.signature(fn)`): it would see the partial, not a function; or
/// that hands it to a worker whose code cannot be read.
fn check_not_inspected(site: &Site<'_>) -> Result<(), String> {
    match site.row.inspected {
        // Judged at the call, which may pass a worker this file can read.
        Some(inspected) if inspected.unread && inspected.worker_slot.is_some() => Ok(()),
        Some(inspected) if inspected.unread => Err(format!(
            "{} hands its callable to a worker whose code cannot be read ({inspected}), and the captured values would reach it in a functools.partial instead of a function",
            site.row.name_label()
        )),
        Some(inspected) => Err(format!(
            "{} looks at what its callable is ({inspected}), and the captured values would reach it in a functools.partial, which it would see instead of a function",
            site.row.name_label()
        )),
        None => Ok(()),
    }
}

/// Why a `functools.partial` binding `bound` by keyword cannot be what the site hands over:
/// the wrapper or the worker looks at what it is given (`check_not_inspected`,
/// `arguments::worker_refusal`), or code of the run calls it with a keyword of the same
/// name as one of `bound`, which would take the place of the bound value.
pub(super) fn partial_refusal(
    ctx: &Context<'_>,
    site: &Site<'_>,
    bound: &[(String, String)],
) -> Result<(), String> {
    check_not_inspected(site)?;
    if let Some(reason) = arguments::worker_refusal(ctx.eval, site, bound)
        .or_else(|| arguments::passed_worker_refusal(ctx.eval, site, bound))
    {
        return Err(reason);
    }
    let keywords = site.row.worker_keywords.unwrap_or_default();
    match keywords
        .iter()
        .find(|k| bound.iter().any(|(name, _)| name == k.what))
    {
        Some(keyword) => {
            let place = match keyword.file {
                Some(file) => format!("{file}:{}", keyword.line),
                None => format!("line {}", keyword.line),
            };
            Err(format!(
                "{} hands its callable to code that calls it with `{}=` ({place}), which would take the place of the captured `{}` that a functools.partial binds by that keyword",
                site.row.name_label(),
                keyword.what,
                keyword.what
            ))
        }
        None => Ok(()),
    }
}

/// Refuse a `functools.partial` handed to code of the run that calls it with arguments of
/// its own (a worker given it among its arguments or items, directly or through a wrapper,
/// `partial_refusal`), that looks at what it is given, or that may call it with arguments
/// that take the place of what the partial binds by keyword: a keyword that `**kwargs` took
/// (`lambda x, **kw: (x, k, kw)` called with `k=100`). A keyword the worker passes for a
/// moved default overrides the partial's as it overrode the default; a positional one is
/// `check_positional_defaults`'s. The API's own calls of its callable pass what the table
/// says; a worker's calls are its own.
fn worker_takes_partial(
    ctx: &Context<'_>,
    site: &Site<'_>,
    bound: &Bound<'_>,
) -> Result<(), String> {
    partial_refusal(ctx, site, bound.values)?;
    let worker_calls = site.handed != Handed::Callable || site.row.worker_keywords.is_some();
    if worker_calls && bound.open_keywords {
        return Err("the worker calls it with arguments of its own, and a keyword that `**kwargs` took could take the place of what a functools.partial would bind".into());
    }
    Ok(())
}

/// The edit that adds the captured values to the arguments the site passes on to the callable
/// (`args=`, `kwargs=`, trailing arguments); `None` when they cannot go there and a
/// `functools.partial` must carry them.
fn argument_edit(
    ctx: &Context<'_>,
    site: &Site<'_>,
    bound: &Bound<'_>,
) -> Result<Option<Edit>, String> {
    let (values, open_keywords) = (bound.values, bound.open_keywords);
    let edit = match (site.passing(), bound.positional) {
        (Passing::Mapped, _) => return Ok(None),
        (Passing::Tuple { args, .. }, true) => extend_tuple(ctx, site, args, &names(values)),
        (
            Passing::Tuple {
                kwargs: Some(kwargs),
                ..
            },
            false,
        ) => extend_dict(ctx, site, kwargs, values, open_keywords)?,
        (Passing::Trailing { .. }, true) if !has_splats(site.arguments) => {
            append_argument(ctx.eval.source, site.arguments, &names(values).join(", "))
        }
        // A wrapper's own parameter would take the keyword (`timeout` in `def submit(fn,
        // *args, timeout=None, **kwargs)`): a partial carries the value past it.
        (Passing::Trailing { keywords: true }, false)
            if values
                .iter()
                .any(|(name, _)| site.row.own_keywords.contains(&name.as_str())) =>
        {
            return Ok(None);
        }
        (Passing::Trailing { keywords: true }, false) => {
            check_keywords(ctx.eval.source, site.arguments, values, open_keywords)?;
            append_argument(ctx.eval.source, site.arguments, &keywords(values))
        }
        _ => return Ok(None),
    };
    Ok(Some(edit))
}

/// `functools.partial(inner, ...)`: the inner callable becomes the lifted name and the
/// captured values join the partial's keywords, bound where the partial is made.
fn bind_partial(
    ctx: &Context<'_>,
    call: Node<'_>,
    member: &Lifted,
    bound: &Bound<'_>,
    edits: &mut Vec<Edit>,
) -> Result<bool, String> {
    let (open_keywords, bound) = (bound.open_keywords, bound.values);
    let source = ctx.eval.source;
    let arguments = call
        .field("arguments")
        .ok_or("a partial without arguments (internal)")?;
    let inner = argument(arguments, source, Some(0), Some("func"))
        .ok_or("a partial without a function (internal)")?;
    if unparenthesize(inner).kind_name() == "lambda" || member.renamed {
        edits.push(Edit::replace(TextRange::of(inner), member.name.clone()));
    }
    if !bound.is_empty() {
        if has_splats(arguments) {
            return Err("the partial passes `**kwargs`, so picklefix cannot tell whether the captured values would collide".into());
        }
        check_keywords(source, arguments, bound, open_keywords)?;
        edits.push(append_argument(source, arguments, &keywords(bound)));
    }
    Ok(false)
}

/// The values bound where the work is handed over, by parameter name (the captured variables,
/// and the defaults that read local variables), and whether a lifted function takes
/// `**kwargs`, so that a keyword the call passes by a name picklefix cannot see could reach
/// one of the new parameters instead; and whether the values may travel positionally (see
/// `positional_allowed`).
pub(super) struct Bound<'a> {
    pub values: &'a [(String, String)],
    pub open_keywords: bool,
    pub positional: bool,
}

/// Refuse to add `bound` as keyword arguments to `arguments` when the call passes one of those
/// names already (the result would repeat a keyword, which does not compile), or passes
/// `**kwargs` that a lifted `**kwargs` parameter used to take and a new parameter would now.
pub(super) fn check_keywords(
    source: &str,
    arguments: Node<'_>,
    bound: &[(String, String)],
    open_keywords: bool,
) -> Result<(), String> {
    let mut cursor = arguments.walk();
    for argument in arguments.named_children(&mut cursor) {
        if argument.kind_name() == "dictionary_splat" && open_keywords {
            return Err("the call passes `**kwargs` to a function that takes `**kwargs`, and a captured value added by keyword could take one of them".into());
        }
        let name = argument
            .field("name")
            .filter(|_| argument.kind_name() == "keyword_argument")
            .map(|name| &source[name.byte_range()]);
        if let Some(name) = name.filter(|name| bound.iter().any(|(b, _)| b == name)) {
            return Err(format!(
                "the call already passes `{name}=`, the name the captured `{name}` would be passed by"
            ));
        }
    }
    Ok(())
}

/// Whether a member takes `**kwargs`.
pub(super) fn takes_any_keyword(member: &Callable<'_>) -> bool {
    member.parameters().is_some_and(|parameters| {
        let mut cursor = parameters.walk();
        parameters
            .named_children(&mut cursor)
            .any(is_double_star_parameter)
    })
}

/// `functools.partial(name, x=x, ...)`, as this file spells `partial`.
pub(super) fn partial_of(ctx: &Context<'_>, name: &str, bound: &[(String, String)]) -> String {
    format!("{}({name}, {})", ctx.partial.text, keywords(bound))
}

pub(super) fn keywords(bound: &[(String, String)]) -> String {
    bound
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The values of what is bound, for positional binding (in the order of the parameters).
fn names(bound: &[(String, String)]) -> Vec<String> {
    bound.iter().map(|(_, value)| value.clone()).collect()
}

/// Each captured name, read where the work is handed over, must mean the variable the callable
/// captured (not another one that shadows it).
pub(super) fn check_resolvable(
    ctx: &Context<'_>,
    scope: ScopeId,
    captured: &Captures,
) -> Result<(), String> {
    for (name, owner) in captured {
        if ctx.eval.model.resolve(scope, name) != Resolution::Scope(*owner) {
            return Err(format!(
                "`{name}` does not refer to the captured variable where the work is handed over"
            ));
        }
    }
    Ok(())
}

/// `args=(a,)` becomes `args=(a, x)`; no `args` gains `args=(x,)`; another expression `e`
/// becomes `(*e, x)`.
pub(super) fn extend_tuple(
    ctx: &Context<'_>,
    site: &Site<'_>,
    slot: Slot,
    captured: &[String],
) -> Edit {
    let source = ctx.eval.source;
    let keyword = slot.keyword.unwrap_or("args");
    match argument(site.arguments, source, slot.position, slot.keyword) {
        None => add_beside(
            source,
            site,
            &[site.row.callable.keyword],
            &format!("{keyword}={}", tuple_text(captured)),
        ),
        Some(tuple) if tuple.kind_name() == "tuple" => extend_sequence(source, tuple, captured),
        Some(other) => Edit::replace(
            TextRange::of(other),
            format!(
                "(*{}, {})",
                &source[other.byte_range()],
                captured.join(", ")
            ),
        ),
    }
}

fn tuple_text(items: &[String]) -> String {
    if items.len() == 1 {
        format!("({},)", items[0])
    } else {
        format!("({})", items.join(", "))
    }
}

/// Add items at the end of a tuple literal, keeping it a tuple: `()` -> `(x,)`,
/// `(a,)` -> `(a, x)`, `(a, b)` -> `(a, b, x)`, and keeping the magic trailing comma of one
/// the formatters keep exploded: `(a, b,)` -> `(a, b, x,)`.
fn extend_sequence(source: &str, tuple: Node<'_>, captured: &[String]) -> Edit {
    let mut cursor = tuple.walk();
    let items: Vec<Node<'_>> = tuple
        .named_children(&mut cursor)
        .filter(|c| c.kind_name() != "comment")
        .collect();
    match items.last() {
        None => Edit::replace(TextRange::of(tuple), tuple_text(captured)),
        Some(last) => {
            let after = &source[last.end_byte()..tuple.end_byte()];
            if after.trim_start().starts_with(',') {
                let comma = last.end_byte() + after.find(',').unwrap_or(0) + 1;
                let magic = if items.len() > 1 { "," } else { "" };
                Edit::insert(comma, format!(" {}{magic}", captured.join(", ")))
            } else {
                Edit::insert(last.end_byte(), format!(", {}", captured.join(", ")))
            }
        }
    }
}

/// The quote the file writes its one-line strings with: `'` when more of them open with it
/// than with `"` (a project formatted with ruff's `quote-style = "single"`, or that writes
/// them so by hand), else `"`, as black and ruff's default write them. A new dict key is
/// written the same way, so that the project's formatter leaves it as it is.
fn written_quote(root: Node<'_>, source: &str) -> char {
    let (mut single, mut double) = (0usize, 0usize);
    let mut cursor = root.walk();
    'walk: loop {
        let node = cursor.node();
        if node.kind_name() == "string_start" {
            let opening = source[node.byte_range()].trim_start_matches(char::is_alphabetic);
            match opening {
                "'" => single += 1,
                "\"" => double += 1,
                _ => {}
            }
        }
        if cursor.goto_first_child() {
            continue;
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                break 'walk;
            }
        }
    }
    if single > double { '\'' } else { '"' }
}

/// The quotes of the single-quoted (not triple-quoted) strings whose replacement fields hold
/// `node` (`f"{pool.apply_async(...)}"`): before Python 3.12 a replacement field cannot hold
/// the quote of any string around it.
pub(crate) fn fstring_quotes(node: Node<'_>, source: &str) -> Vec<char> {
    let mut quotes = Vec::new();
    let mut node = node;
    while let Some(parent) = node.parent() {
        if parent.kind_name() == "string"
            && node.kind_name() == "interpolation"
            && let Some(start) = parent.child(0).filter(|s| s.kind_name() == "string_start")
        {
            match source[start.byte_range()].trim_start_matches(char::is_alphabetic) {
                "\"" => quotes.push('"'),
                "'" => quotes.push('\''),
                _ => {}
            }
        }
        node = parent;
    }
    quotes
}

/// `kwargs={...}` gains `"x": x` entries; none gains `kwargs={"x": x}`; an expression `e`
/// becomes `{**e, "x": x}`.
pub(super) fn extend_dict(
    ctx: &Context<'_>,
    site: &Site<'_>,
    slot: Slot,
    bound: &[(String, String)],
    open_keywords: bool,
) -> Result<Edit, String> {
    let source = ctx.eval.source;
    // Before Python 3.12 an f-string's replacement field cannot hold its own quote.
    let forbidden = fstring_quotes(site.call, source);
    let quote = match written_quote(ctx.eval.root, source) {
        quote if !forbidden.contains(&quote) => quote,
        '"' => '\'',
        _ => '"',
    };
    let entries = bound
        .iter()
        .map(|(name, value)| format!("{quote}{name}{quote}: {value}"))
        .collect::<Vec<_>>()
        .join(", ");
    let keyword = slot.keyword.unwrap_or("kwargs");
    let edit = match argument(site.arguments, source, slot.position, slot.keyword) {
        None => add_beside(
            source,
            site,
            &[Some("args"), Some("initargs"), site.row.callable.keyword],
            &format!("{keyword}={{{entries}}}"),
        ),
        Some(dict) if dict.kind_name() == "dictionary" => {
            check_dict_keys(source, dict, bound, open_keywords)?;
            let mut cursor = dict.walk();
            let last = dict
                .named_children(&mut cursor)
                .filter(|c| c.kind_name() != "comment")
                .last();
            match last {
                None => Edit::replace(TextRange::of(dict), format!("{{{entries}}}")),
                Some(last) => Edit::insert(last.end_byte(), format!(", {entries}")),
            }
        }
        Some(_) if open_keywords => return Err("the keyword arguments are an expression and the function takes `**kwargs`, so a captured value added to them could take one of its keys".into()),
        Some(other) => Edit::replace(
            TextRange::of(other),
            // `**` takes an `or` expression: a lower one needs its parentheses.
            match other.kind_name() {
                "conditional_expression" | "boolean_operator" | "not_operator"
                | "comparison_operator" | "lambda" | "named_expression" => {
                    format!("{{**({}), {entries}}}", &source[other.byte_range()])
                }
                _ => format!("{{**{}, {entries}}}", &source[other.byte_range()]),
            },
        ),
    };
    Ok(edit)
}

/// `check_keywords` for a `kwargs` dictionary: a later entry would silently replace the key
/// the call passes (`{"k": 5, "k": k}`).
fn check_dict_keys(
    source: &str,
    dict: Node<'_>,
    bound: &[(String, String)],
    open_keywords: bool,
) -> Result<(), String> {
    let mut cursor = dict.walk();
    for entry in dict.named_children(&mut cursor) {
        if entry.kind_name() == "dictionary_splat" && open_keywords {
            return Err("the keyword arguments unpack `**` into a function that takes `**kwargs`, and a captured value added to them could take one of its keys".into());
        }
        let key = entry
            .field("key")
            .filter(|key| key.kind_name() == "string")
            .map(|key| source[key.byte_range()].trim_matches(|c| c == '"' || c == '\''));
        if let Some(key) = key.filter(|key| bound.iter().any(|(b, _)| b == key)) {
            return Err(format!(
                "the keyword arguments already hold `\"{key}\"`, the name the captured `{key}` would be passed by"
            ));
        }
    }
    Ok(())
}

/// How many positional arguments the `functools.partial(f, ...)` call binds after `f`; `None`
/// when one is unpacked.
fn partial_positionals(call: Node<'_>) -> Option<usize> {
    let arguments = call.field("arguments")?;
    let mut cursor = arguments.walk();
    let mut count = 0usize;
    for argument in arguments.named_children(&mut cursor) {
        match argument.kind_name() {
            "keyword_argument" | "comment" | "dictionary_splat" => {}
            "list_splat" => return None,
            _ => count += 1,
        }
    }
    Some(count.saturating_sub(1))
}

/// The edit that adds the keyword argument `text` right after the first of the keyword
/// arguments `after` the site's call passes (`args=` beside `target=`, where a maintainer
/// writes it), or last when it passes none of them.
fn add_beside(source: &str, site: &Site<'_>, after: &[Option<&str>], text: &str) -> Edit {
    let mut cursor = site.arguments.walk();
    let keywords: Vec<Node<'_>> = site
        .arguments
        .named_children(&mut cursor)
        .filter(|c| c.kind_name() == "keyword_argument")
        .collect();
    let beside = after.iter().flatten().find_map(|wanted| {
        keywords.iter().find(|k| {
            k.field("name")
                .is_some_and(|name| &source[name.byte_range()] == *wanted)
        })
    });
    let Some(keyword) = beside else {
        return append_argument(source, site.arguments, text);
    };
    after_item(source, *keyword, text)
}

/// The edit that adds the argument `text` after the argument `item`. In a call laid out one
/// argument per line (`target=serve,  # the server`, `page,  # which page`), the new
/// argument takes a line of its own below, leaving the comment with the argument it was
/// written for; elsewhere it follows the item.
fn after_item(source: &str, item: Node<'_>, text: &str) -> Edit {
    let after = &source[item.end_byte()..];
    let line_end = after
        .find('\n')
        .map_or(source.len(), |at| item.end_byte() + at + 1);
    let rest = source[item.end_byte()..line_end].trim();
    let own_line = source[..item.start_byte()]
        .rsplit('\n')
        .next()
        .filter(|before| before.trim().is_empty());
    match (rest.strip_prefix(','), own_line) {
        (Some(comment), Some(indent))
            if comment.trim().is_empty() || comment.trim_start().starts_with('#') =>
        {
            // One per line, as the formatters keep a call exploded by its trailing comma.
            let eol = crate::core::source::line_ending(source);
            let items =
                crate::core::analysis::wrap::top_level_items(text).unwrap_or_else(|| vec![text]);
            let lines: String = (items.iter())
                .map(|item| format!("{indent}{},{eol}", item.trim_end_matches(',')))
                .collect();
            Edit::insert(line_end, lines)
        }
        _ => Edit::insert(item.end_byte(), format!(", {text}")),
    }
}

/// The edit that adds `text` as the call's new last argument (`after_item`).
pub(super) fn append_argument(source: &str, arguments: Node<'_>, text: &str) -> Edit {
    let mut cursor = arguments.walk();
    let last = arguments
        .named_children(&mut cursor)
        .filter(|c| c.kind_name() != "comment")
        .last();
    match last {
        Some(last) => after_item(source, last, text),
        None => Edit::insert(arguments.start_byte() + 1, text.to_string()),
    }
}

/// A default that moves to the call site is bound there by keyword; a site that passes the
/// worker as many positional arguments as the parameter's index, or more, would fill it by
/// position as well (`TypeError: got multiple values`). The count is known for the table's
/// APIs when their arguments are written out; through a wrapper, `--api` or among a worker's
/// arguments the worker may call it with anything. A `functools.partial(f, a)` the site hands
/// over binds its own positional arguments before those (`via`).
pub(super) fn check_positional_defaults(
    ctx: &Context<'_>,
    site: &Site<'_>,
    via: Via<'_>,
    defaults: &[&MovedDefault],
) -> Result<(), String> {
    let bound = match via {
        Via::Partial(call) => partial_positionals(call),
        Via::Direct | Via::Variable => Some(0),
    };
    let positional = || Some(arguments::positionals(ctx.eval, site)? + bound?);
    for default in defaults {
        let Some(position) = default.position else {
            continue;
        };
        if positional().is_none_or(|count| count > position) {
            let caller = match site.handed {
                Handed::Callable => site.row.label(),
                Handed::Argument(_) => "the worker it is handed to".to_string(),
            };
            return Err(format!(
                "the default value of `{}` is evaluated where the function is handed over instead of in its signature, and {caller} may pass `{}` by position",
                default.parameter, default.parameter
            ));
        }
    }
    Ok(())
}
