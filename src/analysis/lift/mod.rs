//! Planning lifts: from the sites that hand one callable (or a group of functions that call
//! each other) to process APIs, to one `Fix` that moves the code to module level and binds what
//! it captured where the work is handed over.
//!
//! Every site of a group carries the same fix, so that applying any one of them applies all of
//! them: a half-lifted function (new parameters, one call site not passing them) would be worse
//! than none.
//!
//! This module gathers what a group needs (the functions and lambdas its members call, the
//! variables they capture, the defaults that move to the call site) and chooses the lifted
//! names; `binding` binds the captured values at the sites, `references` rewrites the other
//! uses of the members, and `text` produces the lifted code and the edits that move it.

mod binding;
mod imports;
mod references;
mod text;

use std::collections::HashSet;

use super::callables::{Callable, Via, unparenthesize};
use super::captures::{Callee, Need, needs, scope_name};
use super::defaults::{MovedDefault, check_timing, moved_defaults};
use super::sites::Site;
use super::values::Evaluator;
use crate::edit::{Applicability, Edit, Fix};
use crate::semantic::{BindingId, ScopeId, SemanticModel, is_builtin};
use crate::source::TextRange;
use binding::{Bound, bind_site, check_site, positional_allowed, takes_any_keyword};
use references::{
    bound_to_variable, check_in_place, reference_edits, replace_variable_lambda, variable_name,
};
use text::move_members;

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

#[derive(Clone)]
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
    captures_fit_members(ctx, group, &needs)?;
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
    let open_keywords = group.members.iter().any(takes_any_keyword);
    let mut edits = Vec::new();
    let mut uses_partial = false;
    for site_ref in &group.sites {
        let member = &lifted[site_ref.member];
        check_site(ctx, &site_ref.site, &needs)?;
        let bound = Bound {
            values: &bound,
            open_keywords,
        };
        uses_partial |= bind_site(ctx, site_ref, member, &bound, positional, &mut edits)?;
    }
    let (mut inside, outside, partial_in_references) =
        reference_edits(ctx, group, &lifted, &needs, !defaults.is_empty())?;
    inside.extend(defaults.iter().map(|d| d.strip.clone()));
    uses_partial |= partial_in_references;
    // A group without sites is a lift the user asked for (`--lift`): its lambda is replaced
    // where it stands, as one bound to a variable is.
    let requested = group.sites.is_empty();
    for (member, lifted) in group.members.iter().zip(&lifted) {
        if let Callable::Lambda(node) = member
            && (bound_to_variable(*node) || requested)
        {
            if requested {
                check_in_place(ctx, *node, node.start_byte(), &needs)?;
            }
            uses_partial |=
                replace_variable_lambda(ctx, *node, lifted, &needs, &bound, &mut edits)?;
        }
    }
    // A site or lambda inside a lifted member (a function that hands itself to a Process)
    // is edited in the lifted copy, not where the member is deleted.
    let members: Vec<TextRange> = group.members.iter().map(Callable::key).collect();
    let (within, mut edits): (Vec<Edit>, Vec<Edit>) = edits.into_iter().partition(|e| {
        // Strictly inside: the edit that replaces a lambda at its site spans the whole
        // member, and an argument appended after it starts at its end; both belong to the
        // file.
        members
            .iter()
            .any(|m| m.start < e.range.start && e.range.end < m.end)
    });
    inside.extend(within);
    edits.extend(outside);
    edits.extend(move_members(
        ctx, group, &lifted, &captured, positional, &imports, inside,
    )?);
    edits.extend(imports::unused_after_lift(ctx, group, &imports)?);
    if uses_partial && let Some(import) = ctx.partial.import.clone() {
        edits.insert(0, import_before_lifted(import, &edits, ctx.eol));
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

/// The new import goes first among the edits (the sort keeps the order of edits at one
/// offset), and, when the lifted code is inserted at the same offset (a file with no import
/// to follow), two blank lines part it from that code.
fn import_before_lifted(mut import: Edit, edits: &[Edit], eol: &str) -> Edit {
    let at = import.range;
    if at.is_empty() && edits.iter().any(|e| e.range == at && !e.content.is_empty()) {
        import.content.push_str(&eol.repeat(2));
    }
    import
}

type Captures = Vec<(String, ScopeId)>;

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
            receiver |= matches!(need, Need::Receiver { .. });
            match need {
                Need::Value { name, scope } | Need::Receiver { name, scope } => {
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
    let definition_end = match member {
        Callable::Lambda(_) => None,
        Callable::Function { statement, .. } => Some(statement.end_byte()),
    };
    let Some(parameters) = member.parameters() else {
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

fn callee<'a>(ctx: &'a Context<'a>, member: Callable<'_>) -> Result<Callee<'a>, String> {
    let model = ctx.eval.model;
    let own_binding = match member {
        Callable::Lambda(_) => None,
        Callable::Function { binding, .. } => Some(binding),
    };
    let scope = model
        .scope_created_by(TextRange::of(member.scope_node()))
        .ok_or("picklefix could not find its scope (internal)")?;
    Ok(Callee {
        eval: ctx.eval,
        guards: ctx.guards,
        scope,
        range: member.key(),
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
