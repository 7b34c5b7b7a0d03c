//! Planning lifts: from the sites that hand one callable (or a group of functions that call
//! each other) to process APIs, to one `Fix` that moves the code to module level and binds what
//! it captured where the work is handed over.
//!
//! Every site of a group carries the same fix, so that applying any one of them applies all of
//! them: a half-lifted function (new parameters, one call site not passing them) would be worse
//! than none.

use std::collections::HashSet;
use std::ops::Not;

use tree_sitter::Node;

use super::api::Passing;
use super::callables::{Callable, Via, unparenthesize};
use super::captures::{Callee, Need, needs, scope_name};
use super::defaults::{MovedDefault, check_timing, moved_defaults};
use super::layout::{
    apply_within, blank_lines_before, dedent_edits, indentation_of, leading_comments_start,
    multiline_strings, removal_range, top_level_statement,
};
use super::sites::Site;
use super::values::{Evaluator, argument};
use crate::edit::{Applicability, Edit, Fix};
use crate::semantic::{BindingId, Resolution, ScopeId, SemanticModel, is_builtin};
use crate::source::{TextRange, next_line_start};

/// Facts about the file that every plan needs.
pub struct Context<'a> {
    pub eval: &'a Evaluator<'a>,
    pub guards: &'a [TextRange],
    pub eol: &'static str,
    pub indent: String,
    /// Names a new module-level function must not take: module bindings, names read as
    /// globals or builtins anywhere, and names taken by earlier lifts.
    pub taken: HashSet<String>,
    /// How `functools.partial` is spelled here, and the edit that imports it if needed.
    pub partial: PartialSpelling,
}

pub struct PartialSpelling {
    pub text: String,
    pub import: Option<Edit>,
}

/// A site, the member of the group it hands over, and how it reaches it.
pub struct SiteRef<'t> {
    pub site: Site<'t>,
    pub member: usize,
    pub via: Via<'t>,
}

/// A group of callables lifted together.
pub struct Group<'t> {
    pub members: Vec<Callable<'t>>,
    pub sites: Vec<SiteRef<'t>>,
}

/// What a planned member becomes.
#[derive(Clone)]
struct Lifted {
    name: String,
    renamed: bool,
}

/// The fix for a group, or why it cannot be made.
pub fn plan<'t>(
    ctx: &mut Context<'t>,
    group: &mut Group<'t>,
) -> Result<(Fix, Vec<String>), String> {
    let (needs, imports, unsafe_receiver, defaults) = collect_needs(ctx, group)?;
    let decorated = group.members.iter().any(|m| {
        matches!(m, Callable::Function { statement, .. } if statement.kind() == "decorated_definition")
    });
    if decorated && !needs.is_empty() {
        return Err("it is decorated and captures variables, and picklefix cannot tell whether the decorator passes the captured values on".into());
    }
    let captured: Vec<String> = needs.iter().map(|(name, _)| name.clone()).collect();
    // What is bound by keyword where the work is handed over: the captured variables, and the
    // default values that read local variables.
    let bound: Vec<(String, String)> = captured
        .iter()
        .map(|name| (name.clone(), name.clone()))
        .chain(
            defaults
                .iter()
                .map(|d| (d.parameter.clone(), d.value.clone())),
        )
        .collect();
    let lifted = names_for(ctx, group)?;
    let positional = positional_allowed(ctx, group) && defaults.is_empty();
    let mut edits = Vec::new();
    let mut uses_partial = false;
    for site_ref in &group.sites {
        let member = &lifted[site_ref.member];
        check_site(ctx, &site_ref.site, &needs)?;
        uses_partial |= bind_site(ctx, site_ref, member, &bound, positional, &mut edits)?;
    }
    let (mut inside, outside, partial_in_references) =
        reference_edits(ctx, group, &lifted, &needs, !defaults.is_empty())?;
    inside.extend(defaults.iter().map(|d| d.strip.clone()));
    uses_partial |= partial_in_references;
    for (member, lifted) in group.members.iter().zip(&lifted) {
        if let Callable::Lambda(node) = member
            && bound_to_variable(*node)
        {
            uses_partial |=
                replace_variable_lambda(ctx, *node, lifted, &needs, &bound, &mut edits)?;
        }
    }
    edits.extend(outside);
    edits.extend(move_members(
        ctx, group, &lifted, &captured, positional, &imports, inside,
    )?);
    if uses_partial {
        edits.extend(ctx.partial.import.clone());
    }
    for member in &lifted {
        ctx.taken.insert(member.name.clone());
    }
    let applicability = if unsafe_receiver {
        Applicability::Unsafe
    } else {
        Applicability::Safe
    };
    let names = lifted.into_iter().map(|l| l.name).collect();
    Ok((Fix::new(edits, applicability), names))
}

type Captures = Vec<(String, ScopeId)>;

/// Expand the group with the functions its members call, and gather what they capture.
fn collect_needs<'t>(
    ctx: &Context<'t>,
    group: &mut Group<'t>,
) -> Result<(Captures, Vec<BindingId>, bool, Vec<MovedDefault>), String> {
    let mut captured: Captures = Vec::new();
    let mut imports = Vec::new();
    let mut receiver = false;
    let mut defaults = Vec::new();
    let mut index = 0;
    while index < group.members.len() {
        let member = group.members[index];
        let moved = member_defaults(ctx, member)?;
        let mut callee = callee(ctx, member)?;
        callee.skip = moved.iter().map(|d| d.value_range).collect();
        defaults.extend(moved);
        for need in needs(&callee)? {
            let need_kind = match need {
                Need::Receiver { .. } => NeedKind::Receiver,
                _ => NeedKind::Other,
            };
            match need {
                Need::Value { name, scope } | Need::Receiver { name, scope } => {
                    receiver |= matches!(need_kind, NeedKind::Receiver);
                    if captured.iter().any(|(n, s)| *n == name && *s != scope) {
                        return Err(format!(
                            "two different variables named `{name}` are captured"
                        ));
                    }
                    if !captured.iter().any(|(n, _)| *n == name) {
                        captured.push((name, scope));
                    }
                }
                Need::Import(binding) => {
                    if !imports.contains(&binding) {
                        imports.push(binding);
                    }
                }
                Need::Function(binding) => add_function(ctx, group, binding)?,
                Need::Lambda(binding) => add_lambda(ctx, group, binding)?,
            }
        }
        index += 1;
    }
    Ok((captured, imports, receiver, defaults))
}

/// The member's defaults that move to the call site (see `defaults`).
fn member_defaults(ctx: &Context<'_>, member: Callable<'_>) -> Result<Vec<MovedDefault>, String> {
    let (parameters, definition_end) = match member {
        Callable::Lambda(node) => (node.child_by_field_name("parameters"), None),
        Callable::Function {
            definition,
            statement,
            ..
        } => (
            definition.child_by_field_name("parameters"),
            Some(statement.end_byte()),
        ),
    };
    let Some(parameters) = parameters else {
        return Ok(Vec::new());
    };
    let moved = moved_defaults(ctx.eval, ctx.guards, parameters)?;
    if let Some(end) = definition_end {
        for default in &moved {
            check_timing(ctx.eval.model, end, default)?;
        }
    }
    Ok(moved)
}

enum NeedKind {
    Receiver,
    Other,
}

fn callee<'a>(ctx: &'a Context<'a>, member: Callable<'_>) -> Result<Callee<'a>, String> {
    let model = ctx.eval.model;
    let (node, range, own_binding) = match member {
        Callable::Lambda(node) => (node, TextRange::of(node), None),
        Callable::Function {
            definition,
            statement,
            binding,
            ..
        } => (definition, TextRange::of(statement), Some(binding)),
    };
    let scope = model
        .scope_created_by(TextRange::of(node))
        .ok_or("picklefix could not find its scope (internal)")?;
    Ok(Callee {
        eval: ctx.eval,
        guards: ctx.guards,
        scope,
        range,
        own_binding,
        skip: Vec::new(),
    })
}

fn add_function<'t>(
    ctx: &Context<'t>,
    group: &mut Group<'t>,
    binding: BindingId,
) -> Result<(), String> {
    let statement = ctx.eval.model.binding(binding).statement;
    if group.members.iter().any(|m| m.key() == statement) {
        return Ok(());
    }
    let node = ctx
        .eval
        .node_at(statement)
        .ok_or("picklefix lost track of a function it calls (internal)")?;
    let definition = if node.kind() == "decorated_definition" {
        node.child_by_field_name("definition")
            .ok_or("a decorated definition without a function (internal)")?
    } else {
        node
    };
    if definition.kind() != "function_definition" {
        return Err("it uses a class or value that cannot be lifted with it".into());
    }
    let under_guard = ctx.eval.model.binding(binding).scope == SemanticModel::MODULE;
    group.members.push(Callable::Function {
        binding,
        definition,
        statement: node,
        under_guard,
    });
    Ok(())
}

fn add_lambda<'t>(
    ctx: &Context<'t>,
    group: &mut Group<'t>,
    binding: BindingId,
) -> Result<(), String> {
    let value = ctx
        .eval
        .model
        .binding(binding)
        .value
        .and_then(|r| ctx.eval.node_at(r))
        .map(unparenthesize)
        .filter(|v| v.kind() == "lambda")
        .ok_or("lost a lambda it calls (internal)")?;
    if !group
        .members
        .iter()
        .any(|m| m.key() == TextRange::of(value))
    {
        group.members.push(Callable::Lambda(value));
    }
    Ok(())
}

/// The module-level name of each member: its own when free, else one derived from where it was.
fn names_for(ctx: &Context<'_>, group: &Group<'_>) -> Result<Vec<Lifted>, String> {
    let model = ctx.eval.model;
    let mut taken_here: HashSet<String> = HashSet::new();
    let mut names = Vec::new();
    for member in &group.members {
        let lifted = match member {
            Callable::Function {
                under_guard: true,
                binding,
                ..
            } => Lifted {
                name: model.binding(*binding).name.clone(),
                renamed: false,
            },
            Callable::Function { binding, .. } => {
                let binding = model.binding(*binding);
                let outer = scope_name(model, binding.scope);
                free_name(ctx, &taken_here, &binding.name, &outer)?
            }
            Callable::Lambda(node) => {
                let scope = model.scope_at(node.start_byte());
                let outer = enclosing_function_name(model, scope, ctx.guards, node.start_byte());
                let wanted = match variable_name(ctx, *node) {
                    Some(var) if outer == "module" || outer == "main" => {
                        format!("_{}", var.trim_start_matches('_'))
                    }
                    Some(var) => format!("_{outer}_{}", var.trim_start_matches('_')),
                    None => format!("_{outer}_lambda"),
                };
                free_name(ctx, &taken_here, &wanted, "")?
            }
        };
        taken_here.insert(lifted.name.clone());
        names.push(lifted);
    }
    Ok(names)
}

/// The binding of the variable a lambda is assigned to.
fn lambda_variable_binding(ctx: &Context<'_>, lambda: Node<'_>) -> Option<BindingId> {
    let name = variable_name(ctx, lambda)?;
    let model = ctx.eval.model;
    let scope = model.scope_at(lambda.start_byte());
    let Resolution::Scope(found) = model.resolve(scope, name) else {
        return None;
    };
    model.bindings_of(found, name).iter().copied().find(|&id| {
        model
            .binding(id)
            .value
            .is_some_and(|v| v.contains_range(TextRange::of(lambda)))
    })
}

/// The variable a lambda is assigned to, when it is.
fn variable_name<'s>(ctx: &Context<'s>, lambda: Node<'_>) -> Option<&'s str> {
    if !bound_to_variable(lambda) {
        return None;
    }
    let mut node = lambda;
    while let Some(parent) = node.parent() {
        if parent.kind() == "assignment" {
            let left = parent.child_by_field_name("left")?;
            return (left.kind() == "identifier").then(|| &ctx.eval.source[left.byte_range()]);
        }
        node = parent;
    }
    None
}

fn enclosing_function_name(
    model: &SemanticModel,
    scope: ScopeId,
    guards: &[TextRange],
    offset: usize,
) -> String {
    let mut current = Some(scope);
    while let Some(id) = current {
        let s = model.scope(id);
        if let (crate::semantic::ScopeKind::Function, Some(name)) = (s.kind, &s.name) {
            return name.trim_start_matches('_').to_string();
        }
        current = s.parent;
    }
    if guards.iter().any(|g| g.start <= offset && offset < g.end) {
        "main".into()
    } else {
        "module".into()
    }
}

fn free_name(
    ctx: &Context<'_>,
    taken_here: &HashSet<String>,
    wanted: &str,
    outer: &str,
) -> Result<Lifted, String> {
    if ctx.eval.model.scope(SemanticModel::MODULE).has_star_import {
        return Err(
            "the module has a star import, so no new module-level name is known to be free".into(),
        );
    }
    let is_free =
        |name: &str| !ctx.taken.contains(name) && !taken_here.contains(name) && !is_builtin(name);
    if is_free(wanted) {
        return Ok(Lifted {
            name: wanted.to_string(),
            renamed: false,
        });
    }
    let base = if outer.is_empty() {
        wanted.to_string()
    } else {
        format!(
            "_{}_{}",
            outer.trim_start_matches('_'),
            wanted.trim_start_matches('_')
        )
    };
    let name = std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}_{n}")))
        .find(|candidate| is_free(candidate))
        .unwrap_or(base);
    Ok(Lifted {
        name,
        renamed: true,
    })
}

/// Captured values are appended as positional parameters when every way the callable is
/// called can pass them positionally; otherwise they become keyword-only parameters.
fn positional_allowed(ctx: &Context<'_>, group: &Group<'_>) -> bool {
    let plain_signatures = group.members.iter().all(|m| match m {
        Callable::Lambda(node) => node
            .child_by_field_name("parameters")
            .is_none_or(plain_parameters),
        Callable::Function { definition, .. } => definition
            .child_by_field_name("parameters")
            .is_none_or(plain_parameters),
    });
    let bound_by_keyword = group.sites.iter().any(|s| s.via != Via::Direct);
    plain_signatures
        && !bound_by_keyword
        && group
            .sites
            .iter()
            .all(|s| site_binds_positionally(ctx, &s.site))
}

/// `fn = lambda ...`: the lambda is the right-hand side of a plain assignment.
fn bound_to_variable(lambda: Node<'_>) -> bool {
    let mut node = lambda;
    while let Some(parent) = node.parent() {
        if parent.kind() != "parenthesized_expression" {
            return parent.kind() == "assignment"
                && parent.child_by_field_name("right") == Some(node);
        }
        node = parent;
    }
    false
}

/// Replace a lambda bound to a variable with the lifted function (or a partial of it carrying
/// the captured values, taken when the variable is assigned). Returns whether a partial is used.
fn replace_variable_lambda(
    ctx: &Context<'_>,
    lambda: Node<'_>,
    lifted: &Lifted,
    captured: &Captures,
    bound: &[(String, String)],
    edits: &mut Vec<Edit>,
) -> Result<bool, String> {
    let mut range = TextRange::of(lambda);
    while let Some(parent) = ctx.eval.node_at(range).and_then(|n| n.parent()) {
        if parent.kind() != "parenthesized_expression" {
            break;
        }
        range = TextRange::of(parent);
    }
    if bound.is_empty() {
        edits.push(Edit::replace(range, lifted.name.clone()));
        return Ok(false);
    }
    let model = ctx.eval.model;
    for (name, scope) in captured {
        let later = model
            .bindings_of(*scope, name)
            .iter()
            .any(|&id| model.binding(id).statement.start > lambda.end_byte());
        if later {
            return Err(format!(
                "`{name}` is assigned again after the lambda is defined, and the lambda would see the new value"
            ));
        }
    }
    let partial = format!("{}({}, {})", ctx.partial.text, lifted.name, keywords(bound));
    edits.push(Edit::replace(range, partial));
    Ok(true)
}

/// No defaults and no `*args`: appended parameters then line up with appended arguments.
fn plain_parameters(parameters: Node<'_>) -> bool {
    let mut cursor = parameters.walk();
    parameters.named_children(&mut cursor).all(|p| {
        let has_default = matches!(p.kind(), "default_parameter" | "typed_default_parameter");
        let is_args = is_star_parameter(p) && p.kind() != "keyword_separator";
        !(has_default || is_args)
    })
}

/// `*args` (typed or not) or a bare `*`.
fn is_star_parameter(p: Node<'_>) -> bool {
    matches!(p.kind(), "list_splat_pattern" | "keyword_separator")
        || (p.kind() == "typed_parameter"
            && p.named_child(0)
                .is_some_and(|c| c.kind() == "list_splat_pattern"))
}

/// `**kwargs`, typed or not.
fn is_double_star_parameter(p: Node<'_>) -> bool {
    p.kind() == "dictionary_splat_pattern"
        || (p.kind() == "typed_parameter"
            && p.named_child(0)
                .is_some_and(|c| c.kind() == "dictionary_splat_pattern"))
}

fn site_binds_positionally(ctx: &Context<'_>, site: &Site<'_>) -> bool {
    let source = ctx.eval.source;
    match site.row.passing {
        Passing::Tuple { args, kwargs } => {
            let tuple = argument(site.arguments, source, args.position, args.keyword);
            let no_kwargs = kwargs
                .and_then(|k| argument(site.arguments, source, k.position, k.keyword))
                .is_none_or(|k| empty_dict(source, k));
            no_kwargs && tuple.is_none_or(|t| t.kind() == "tuple")
        }
        Passing::Trailing { .. } => !has_keywords_or_splats(site.arguments),
        Passing::Mapped => false,
    }
}

fn empty_dict(source: &str, node: Node<'_>) -> bool {
    node.kind() == "dictionary" && node.named_child_count() == 0
        || source[node.byte_range()].replace(' ', "") == "dict()"
}

fn has_keywords_or_splats(arguments: Node<'_>) -> bool {
    let mut cursor = arguments.walk();
    arguments.named_children(&mut cursor).any(|a| {
        matches!(
            a.kind(),
            "keyword_argument" | "list_splat" | "dictionary_splat"
        )
    })
}

fn has_splats(arguments: Node<'_>) -> bool {
    let mut cursor = arguments.walk();
    arguments
        .named_children(&mut cursor)
        .any(|a| matches!(a.kind(), "list_splat" | "dictionary_splat"))
}

/// Refusals that depend on the site: captured names that mean something else there, values
/// that reach a `Process` later than they are bound, and multiprocessing locks and queues
/// handed to pool tasks (they travel only by inheritance, through `Process` arguments).
fn check_site(ctx: &Context<'_>, site: &Site<'_>, captured: &Captures) -> Result<(), String> {
    if captured.is_empty() {
        return Ok(());
    }
    check_resolvable(ctx, site.scope, captured)?;
    let model = ctx.eval.model;
    for (name, scope) in captured {
        for &id in model.bindings_of(*scope, name) {
            let binding = model.binding(id);
            if !site.row.pickled_under_fork && binding.statement.start > site.call.end_byte() {
                return Err(format!(
                    "`{name}` is assigned again after the process is created, and the worker would see the value at creation instead of at start"
                ));
            }
            if site.row.pickled_under_fork && ctx.eval.is_multiprocessing_primitive(id) {
                return Err(format!(
                    "it captures `{name}`, a multiprocessing lock or queue, which can only be passed to a `Process`, not to pool tasks"
                ));
            }
        }
    }
    Ok(())
}

/// Edits at one site: the callable argument and the captured values. Returns whether
/// `functools.partial` is used.
fn bind_site(
    ctx: &Context<'_>,
    site_ref: &SiteRef<'_>,
    member: &Lifted,
    bound: &[(String, String)],
    positional: bool,
    edits: &mut Vec<Edit>,
) -> Result<bool, String> {
    let site = &site_ref.site;
    match site_ref.via {
        Via::Direct => {}
        // The lambda is replaced where it is bound; the site passes the variable as before.
        Via::Variable => return Ok(false),
        Via::Partial(call) => return bind_partial(ctx, call, member, bound, edits),
    }
    let source = ctx.eval.source;
    let callable_range = TextRange::of(site.callable);
    let is_lambda = unparenthesize(site.callable).kind() == "lambda";
    if bound.is_empty() {
        if is_lambda || member.renamed {
            edits.push(Edit::replace(callable_range, member.name.clone()));
        }
        return Ok(false);
    }
    let splats = has_splats(site.arguments);
    if splats && matches!(site.row.passing, Passing::Tuple { .. }) {
        return Err("the call passes `*args` or `**kwargs`, so picklefix cannot tell where to add the captured values".into());
    }
    let partial = format!("{}({}, {})", ctx.partial.text, member.name, keywords(bound));
    let mut uses_partial = false;
    let callable_text = match (site.row.passing, positional) {
        (Passing::Mapped, _) => {
            uses_partial = true;
            partial
        }
        (Passing::Tuple { args, .. }, true) => {
            edits.push(extend_tuple(ctx, site, args, &names(bound)));
            member.name.clone()
        }
        (
            Passing::Tuple {
                kwargs: Some(kwargs),
                ..
            },
            false,
        ) => {
            edits.push(extend_dict(ctx, site, kwargs, bound));
            member.name.clone()
        }
        (Passing::Trailing { .. }, true) if !splats => {
            edits.push(append_argument(site.arguments, &names(bound).join(", ")));
            member.name.clone()
        }
        (Passing::Trailing { keywords: true }, false) => {
            edits.push(append_argument(site.arguments, &keywords(bound)));
            member.name.clone()
        }
        _ => {
            uses_partial = true;
            partial
        }
    };
    if callable_text != source[callable_range.start..callable_range.end] {
        edits.push(Edit::replace(callable_range, callable_text));
    }
    Ok(uses_partial)
}

/// `functools.partial(inner, ...)`: the inner callable becomes the lifted name and the
/// captured values join the partial's keywords, bound where the partial is made.
fn bind_partial(
    ctx: &Context<'_>,
    call: Node<'_>,
    member: &Lifted,
    bound: &[(String, String)],
    edits: &mut Vec<Edit>,
) -> Result<bool, String> {
    let source = ctx.eval.source;
    let arguments = call
        .child_by_field_name("arguments")
        .ok_or("a partial without arguments (internal)")?;
    let inner = argument(arguments, source, Some(0), Some("func"))
        .ok_or("a partial without a function (internal)")?;
    if unparenthesize(inner).kind() == "lambda" || member.renamed {
        edits.push(Edit::replace(TextRange::of(inner), member.name.clone()));
    }
    if !bound.is_empty() {
        if has_splats(arguments) {
            return Err("the partial passes `**kwargs`, so picklefix cannot tell whether the captured values would collide".into());
        }
        edits.push(append_argument(arguments, &keywords(bound)));
    }
    Ok(false)
}

fn keywords(bound: &[(String, String)]) -> String {
    bound
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The names of what is bound, for positional binding (only captured variables, whose
/// parameter and value have the same name, are ever bound positionally).
fn names(bound: &[(String, String)]) -> Vec<String> {
    bound.iter().map(|(name, _)| name.clone()).collect()
}

/// Each captured name, read where the work is handed over, must mean the variable the callable
/// captured (not another one that shadows it).
fn check_resolvable(ctx: &Context<'_>, scope: ScopeId, captured: &Captures) -> Result<(), String> {
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
fn extend_tuple(
    ctx: &Context<'_>,
    site: &Site<'_>,
    slot: super::api::Slot,
    captured: &[String],
) -> Edit {
    let source = ctx.eval.source;
    let keyword = slot.keyword.unwrap_or("args");
    match argument(site.arguments, source, slot.position, slot.keyword) {
        None => append_argument(
            site.arguments,
            &format!("{keyword}={}", tuple_text(captured)),
        ),
        Some(tuple) if tuple.kind() == "tuple" => extend_sequence(source, tuple, captured),
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
/// `(a,)` -> `(a, x)`, `(a, b)` -> `(a, b, x)`.
fn extend_sequence(source: &str, tuple: Node<'_>, captured: &[String]) -> Edit {
    let mut cursor = tuple.walk();
    let last = tuple
        .named_children(&mut cursor)
        .filter(|c| c.kind() != "comment")
        .last();
    match last {
        None => Edit::replace(TextRange::of(tuple), tuple_text(captured)),
        Some(last) => {
            let after = &source[last.end_byte()..tuple.end_byte()];
            if after.trim_start().starts_with(',') {
                let comma = last.end_byte() + after.find(',').unwrap_or(0) + 1;
                Edit::insert(comma, format!(" {}", captured.join(", ")))
            } else {
                Edit::insert(last.end_byte(), format!(", {}", captured.join(", ")))
            }
        }
    }
}

/// `kwargs={...}` gains `"x": x` entries; none gains `kwargs={"x": x}`; an expression `e`
/// becomes `{**e, "x": x}`.
fn extend_dict(
    ctx: &Context<'_>,
    site: &Site<'_>,
    slot: super::api::Slot,
    bound: &[(String, String)],
) -> Edit {
    let source = ctx.eval.source;
    let entries = bound
        .iter()
        .map(|(name, value)| format!("\"{name}\": {value}"))
        .collect::<Vec<_>>()
        .join(", ");
    let keyword = slot.keyword.unwrap_or("kwargs");
    match argument(site.arguments, source, slot.position, slot.keyword) {
        None => append_argument(site.arguments, &format!("{keyword}={{{entries}}}")),
        Some(dict) if dict.kind() == "dictionary" => {
            let mut cursor = dict.walk();
            let last = dict
                .named_children(&mut cursor)
                .filter(|c| c.kind() != "comment")
                .last();
            match last {
                None => Edit::replace(TextRange::of(dict), format!("{{{entries}}}")),
                Some(last) => Edit::insert(last.end_byte(), format!(", {entries}")),
            }
        }
        Some(other) => Edit::replace(
            TextRange::of(other),
            format!("{{**{}, {entries}}}", &source[other.byte_range()]),
        ),
    }
}

/// Insert `text` as a new last argument.
fn append_argument(arguments: Node<'_>, text: &str) -> Edit {
    let mut cursor = arguments.walk();
    let last = arguments
        .named_children(&mut cursor)
        .filter(|c| c.kind() != "comment")
        .last();
    match last {
        Some(last) => Edit::insert(last.end_byte(), format!(", {text}")),
        None => Edit::insert(arguments.start_byte() + 1, text.to_string()),
    }
}

/// Edits inside the lifted members, edits elsewhere, and whether a partial is used.
type Partitioned = (Vec<Edit>, Vec<Edit>, bool);

/// Every other reference to a member function: renamed when the member is, and calls pass the
/// captured values by keyword. Edits inside members go to the lifted text, the rest to the file.
fn reference_edits(
    ctx: &Context<'_>,
    group: &Group<'_>,
    lifted: &[Lifted],
    captured: &Captures,
    moved_defaults: bool,
) -> Result<Partitioned, String> {
    let model = ctx.eval.model;
    let source = ctx.eval.source;
    let site_callables: Vec<TextRange> = group
        .sites
        .iter()
        .filter_map(|s| match s.via {
            Via::Direct => Some(TextRange::of(unparenthesize(s.site.callable))),
            Via::Partial(call) => call
                .child_by_field_name("arguments")
                .and_then(|args| argument(args, source, Some(0), Some("func")))
                .map(|inner| TextRange::of(unparenthesize(inner))),
            Via::Variable => None,
        })
        .collect();
    let member_ranges: Vec<TextRange> = group.members.iter().map(|m| m.key()).collect();
    let (mut inside, mut outside, mut uses_partial) = (Vec::new(), Vec::new(), false);
    let partial_allowed = ctx
        .eval
        .model
        .scope(SemanticModel::MODULE)
        .has_star_import
        .not();
    for (member, lifted) in group.members.iter().zip(lifted) {
        let (binding, only_inside, lifted) = match member {
            Callable::Function { binding, .. } => (*binding, false, lifted.clone()),
            // A lambda bound to a variable keeps its variable in the old scope (assigned the
            // lifted function); only the uses inside other lifted members change name.
            Callable::Lambda(node) => match lambda_variable_binding(ctx, *node) {
                Some(binding) => (
                    binding,
                    true,
                    Lifted {
                        name: lifted.name.clone(),
                        renamed: true,
                    },
                ),
                None => continue,
            },
        };
        let binding = model.binding(binding);
        for reference in &model.references {
            let is_this = reference.name == binding.name
                && reference.resolution == Resolution::Scope(binding.scope);
            if !is_this || site_callables.contains(&reference.range) {
                continue;
            }
            let in_member = member_ranges
                .iter()
                .any(|r| r.contains_range(reference.range));
            if only_inside && !in_member {
                continue;
            }
            if moved_defaults {
                return Err(format!(
                    "`{}` is also used apart from handing it over, and its default values read local variables",
                    reference.name
                ));
            }
            let (edits, partial) = reference_edit(
                ctx,
                reference,
                &lifted,
                captured,
                in_member,
                partial_allowed,
            )?;
            uses_partial |= partial;
            if in_member { &mut inside } else { &mut outside }.extend(edits);
        }
    }
    Ok((inside, outside, uses_partial))
}

fn reference_edit(
    ctx: &Context<'_>,
    reference: &crate::semantic::Reference,
    lifted: &Lifted,
    captured: &Captures,
    in_member: bool,
    partial_allowed: bool,
) -> Result<(Vec<Edit>, bool), String> {
    let mut edits = Vec::new();
    if captured.is_empty() {
        if lifted.renamed {
            edits.push(Edit::replace(reference.range, lifted.name.clone()));
        }
        return Ok((edits, false));
    }
    let node = ctx
        .eval
        .node_at(reference.range)
        .ok_or("lost a reference (internal)")?;
    let call = node
        .parent()
        .filter(|p| p.kind() == "call" && p.child_by_field_name("function") == Some(node));
    let pairs: Vec<(String, String)> = captured
        .iter()
        .map(|(n, _)| (n.clone(), n.clone()))
        .collect();
    let Some(arguments) = call.and_then(|c| c.child_by_field_name("arguments")) else {
        // Used as a value (stored, passed on): a partial that carries the captured values is
        // called the same way. Attribute access (`work.__name__`) would see the partial.
        let parent_kind = node.parent().map(|p| p.kind());
        if parent_kind == Some("attribute") || !partial_allowed {
            let line = ctx.eval.source[..reference.range.start]
                .matches('\n')
                .count()
                + 1;
            return Err(format!(
                "`{}` is also used on line {line} in a way that cannot pass the values it captures",
                reference.name
            ));
        }
        if !in_member {
            check_resolvable(ctx, reference.scope, captured)?;
        }
        let partial = format!(
            "{}({}, {})",
            ctx.partial.text,
            lifted.name,
            keywords(&pairs)
        );
        return Ok((vec![Edit::replace(reference.range, partial)], true));
    };
    if !in_member {
        check_resolvable(ctx, reference.scope, captured)?;
    }
    if lifted.renamed {
        edits.push(Edit::replace(reference.range, lifted.name.clone()));
    }
    edits.push(append_argument(arguments, &keywords(&pairs)));
    Ok((edits, false))
}

/// Remove each member from where it was and insert its lifted text above the module-level
/// statement that contained it.
fn move_members(
    ctx: &Context<'_>,
    group: &Group<'_>,
    lifted: &[Lifted],
    captured: &[String],
    positional: bool,
    imports: &[BindingId],
    inside: Vec<Edit>,
) -> Result<Vec<Edit>, String> {
    let source = ctx.eval.source;
    let mut edits = Vec::new();
    let mut texts = Vec::new();
    let mut anchor: Option<Node<'_>> = None;
    let import_lines = import_statements(ctx, imports)?;
    let mut order: Vec<usize> = (0..group.members.len()).collect();
    order.sort_by_key(|&i| group.members[i].key().start);
    for (member, lifted) in order.iter().map(|&i| (&group.members[i], &lifted[i])) {
        let top = top_level_statement(match member {
            Callable::Lambda(node) => *node,
            Callable::Function { statement, .. } => *statement,
        });
        if anchor.is_none_or(|a| top.start_byte() < a.start_byte()) {
            anchor = Some(top);
        }
        let own: Vec<Edit> = inside
            .iter()
            .filter(|e| member.key().contains_range(e.range))
            .cloned()
            .collect();
        let text = match member {
            Callable::Lambda(node) => {
                lambda_text(ctx, *node, lifted, captured, positional, &import_lines, own)
            }
            Callable::Function {
                statement,
                definition,
                ..
            } => {
                if top == *statement {
                    return Err("it is already at module level (internal)".into());
                }
                edits.push(removal_edit(ctx, *statement)?);
                function_text(
                    ctx,
                    *statement,
                    *definition,
                    lifted,
                    captured,
                    positional,
                    &import_lines,
                    own,
                )?
            }
        };
        texts.push(text);
    }
    let anchor = anchor.ok_or("an empty group (internal)")?;
    edits.extend(insertion(ctx, anchor, &texts));
    let _ = source;
    Ok(edits)
}

/// The statement that removes a member, or `pass` when it was alone in its block.
fn removal_edit(ctx: &Context<'_>, statement: Node<'_>) -> Result<Edit, String> {
    let source = ctx.eval.source;
    let range = removal_range(source, statement);
    let block = statement
        .parent()
        .ok_or("a statement outside a block (internal)")?;
    let mut cursor = block.walk();
    let alone = block
        .named_children(&mut cursor)
        .filter(|c| c.kind() != "comment")
        .all(|c| c == statement);
    if alone {
        let indent = indentation_of(source, statement).unwrap_or("");
        return Ok(Edit::replace(range, format!("{indent}pass{}", ctx.eol)));
    }
    Ok(Edit::delete(range))
}

/// The edits that insert the lifted functions above `anchor`, with two blank lines around
/// each. Topping up the blank lines above is an edit of its own, so that two groups lifted
/// above the same statement share it instead of adding it twice.
fn insertion(ctx: &Context<'_>, anchor: Node<'_>, texts: &[String]) -> Vec<Edit> {
    let source = ctx.eval.source;
    let at = leading_comments_start(source, anchor);
    let (blank, code_above) = blank_lines_before(source, at);
    let eol = ctx.eol;
    let mut edits = Vec::new();
    if code_above && blank < 2 {
        edits.push(Edit::insert(at, eol.repeat(2 - blank)));
    }
    let mut text = String::new();
    for body in texts {
        text.push_str(body);
        // End the function's last line, then two blank lines (PEP 8).
        text.push_str(&eol.repeat(3));
    }
    edits.push(Edit::insert(at, text));
    edits
}

#[allow(clippy::too_many_arguments)]
fn function_text(
    ctx: &Context<'_>,
    statement: Node<'_>,
    definition: Node<'_>,
    lifted: &Lifted,
    captured: &[String],
    positional: bool,
    import_lines: &[String],
    mut edits: Vec<Edit>,
) -> Result<String, String> {
    let source = ctx.eval.source;
    let start = leading_comments_start(source, statement);
    let end = next_line_start(source, statement.end_byte());
    let indent =
        indentation_of(source, statement).ok_or("the definition does not start its line")?;
    if lifted.renamed
        && let Some(name) = definition.child_by_field_name("name")
    {
        edits.push(Edit::replace(TextRange::of(name), lifted.name.clone()));
    }
    if !captured.is_empty() {
        let parameters = definition
            .child_by_field_name("parameters")
            .ok_or("a function without parameters (internal)")?;
        edits.push(parameter_edit(parameters, captured, positional));
    }
    if !import_lines.is_empty() {
        edits.push(body_import_edit(ctx, definition, indent, import_lines)?);
    }
    let strings = multiline_strings(source, statement);
    edits.extend(dedent_edits(
        source,
        TextRange::new(start, end),
        indent,
        &strings,
    ));
    let mut text = apply_within(source, TextRange::new(start, end), edits);
    while text.ends_with(['\n', '\r']) {
        text.pop();
    }
    Ok(text)
}

/// Put the local imports the function uses at the top of its body.
fn body_import_edit(
    ctx: &Context<'_>,
    definition: Node<'_>,
    indent: &str,
    import_lines: &[String],
) -> Result<Edit, String> {
    let source = ctx.eval.source;
    let body = definition
        .child_by_field_name("body")
        .ok_or("a function without a body (internal)")?;
    let first = body.named_child(0).ok_or("an empty body (internal)")?;
    match indentation_of(source, first) {
        Some(body_indent) => {
            // The inserted lines are not dedented with the others: give them the body's
            // indentation as it will be at module level.
            let lifted_indent = body_indent.strip_prefix(indent).unwrap_or(body_indent);
            let mut text = String::new();
            for line in import_lines {
                text.push_str(lifted_indent);
                text.push_str(line);
                text.push_str(ctx.eol);
            }
            let at = first.start_byte() - body_indent.len();
            Ok(Edit::insert(at, text))
        }
        None => Ok(Edit::insert(
            first.start_byte(),
            format!("{}; ", import_lines.join("; ")),
        )),
    }
}

/// Add the captured names to a `parameters` or `lambda_parameters` node.
fn parameter_edit(parameters: Node<'_>, captured: &[String], positional: bool) -> Edit {
    let names = captured.join(", ");
    let mut cursor = parameters.walk();
    let params: Vec<Node<'_>> = parameters
        .named_children(&mut cursor)
        .filter(|p| p.kind() != "comment")
        .collect();
    let double_star = params.iter().position(|p| is_double_star_parameter(*p));
    let star = params.iter().position(|p| is_star_parameter(*p));
    let open = parameters.start_byte() + usize::from(parameters.kind() == "parameters");
    let (before, text) = if positional {
        (star.or(double_star), names)
    } else if star.is_some() {
        (double_star, names)
    } else {
        (double_star, format!("*, {names}"))
    };
    match before {
        // Insert before the parameter at `index`.
        Some(index) if index > 0 => Edit::insert(params[index - 1].end_byte(), format!(", {text}")),
        Some(index) => Edit::insert(params[index].start_byte(), format!("{text}, ")),
        None => match params.last() {
            Some(last) => Edit::insert(last.end_byte(), format!(", {text}")),
            None => Edit::insert(open, text),
        },
    }
}

fn lambda_text(
    ctx: &Context<'_>,
    node: Node<'_>,
    lifted: &Lifted,
    captured: &[String],
    positional: bool,
    import_lines: &[String],
    edits: Vec<Edit>,
) -> String {
    let source = ctx.eval.source;
    let params = match node.child_by_field_name("parameters") {
        Some(p) => {
            let mut own: Vec<Edit> = edits
                .iter()
                .filter(|e| TextRange::of(p).contains_range(e.range))
                .cloned()
                .collect();
            if !captured.is_empty() {
                own.push(parameter_edit(p, captured, positional));
            }
            apply_within(source, TextRange::of(p), own)
        }
        None if captured.is_empty() => String::new(),
        None if positional => captured.join(", "),
        None => format!("*, {}", captured.join(", ")),
    };
    let body = node.child_by_field_name("body");
    let (eol, unit) = (ctx.eol, &ctx.indent);
    let body_text = body.map_or(String::new(), |b| lambda_body(ctx, node, b, &edits));
    let mut text = format!("def {}({params}):{eol}", lifted.name);
    for line in import_lines {
        text.push_str(&format!("{unit}{line}{eol}"));
    }
    text.push_str(&format!("{unit}return {body_text}"));
    text
}

/// The lambda's body as the expression of a `return`: continuation lines re-indented under the
/// new function, and wrapped in parentheses when its line breaks were only legal inside the
/// call it was written in.
fn lambda_body(ctx: &Context<'_>, lambda: Node<'_>, body: Node<'_>, edits: &[Edit]) -> String {
    let source = ctx.eval.source;
    let range = TextRange::of(body);
    let mut own: Vec<Edit> = edits
        .iter()
        .filter(|e| range.contains_range(e.range))
        .cloned()
        .collect();
    let multiline = source[range.start..range.end].contains(['\n', '\r']);
    if !multiline {
        return apply_within(source, range, own);
    }
    let line_indent = {
        let start = crate::source::line_start(source, lambda.start_byte());
        let line = &source[start..lambda.start_byte()];
        &line[..line.len() - line.trim_start_matches([' ', '\t']).len()]
    };
    let strings = multiline_strings(source, body);
    let continuation = next_line_start(source, range.start);
    own.extend(super::layout::reindent_edits(
        source,
        TextRange::new(continuation, range.end),
        line_indent,
        &ctx.indent,
        &strings,
    ));
    let text = apply_within(source, range, own);
    let bracketed = matches!(
        body.kind(),
        "parenthesized_expression"
            | "list"
            | "dictionary"
            | "set"
            | "tuple"
            | "list_comprehension"
            | "set_comprehension"
            | "dictionary_comprehension"
            | "generator_expression"
    );
    if bracketed { text } else { format!("({text})") }
}

/// The import statements, one per captured local import, as they will read in the body.
fn import_statements(ctx: &Context<'_>, imports: &[BindingId]) -> Result<Vec<String>, String> {
    let model = ctx.eval.model;
    let mut lines = Vec::new();
    for &id in imports {
        let binding = model.binding(id);
        let statement = ctx
            .eval
            .node_at(binding.statement)
            .ok_or("lost an import (internal)")?;
        let mut cursor = statement.walk();
        let name = statement
            .named_children(&mut cursor)
            .filter(|c| c.kind() == "dotted_name" || c.kind() == "aliased_import")
            .find(|c| TextRange::of(*c).contains_range(binding.range))
            .ok_or("an import picklefix cannot read (internal)")?;
        let text = &ctx.eval.source[name.byte_range()];
        let line = match statement.child_by_field_name("module_name") {
            Some(module) if statement.kind() == "import_from_statement" => {
                format!(
                    "from {} import {text}",
                    &ctx.eval.source[module.byte_range()]
                )
            }
            _ => format!("import {text}"),
        };
        if !lines.contains(&line) {
            lines.push(line);
        }
    }
    Ok(lines)
}
