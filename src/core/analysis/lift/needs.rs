//! What a group needs from where its members were: the functions and lambdas they call (which
//! join the group), the variables they capture, the local imports they read, and the defaults
//! that move to the call site. Gathering grows the group, so `expand` runs it before groups
//! that share a member are merged, and `plan` runs it again on the merged group.

use tree_sitter::Node;

use super::annotations::own_annotations;
use super::{Captures, Context, Group};
use crate::core::analysis::callables::{Callable, unparenthesize};
use crate::core::analysis::captures::{Callee, Need, needs};
use crate::core::analysis::defaults::{Definition, MovedDefault, check_timing, moved_defaults};
use crate::core::analysis::layout::top_level_statement;
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingId, ScopeId, SemanticModel};
use crate::core::source::TextRange;

/// What a group's members need from where they were, gathered by `collect_needs`.
#[derive(Default)]
pub(super) struct Needs {
    /// The variables they capture, receivers included.
    pub captured: Captures,
    /// The local imports they read.
    pub imports: Vec<BindingId>,
    /// The `self` or `cls` of an enclosing method that they capture (see `receiver`).
    pub receivers: Captures,
    /// The defaults that read local variables and move to the call site.
    pub defaults: Vec<MovedDefault>,
    /// What each member reads itself.
    pub by_member: Vec<MemberNeeds>,
}

/// The captured names one member reads itself, and the members it uses.
pub(super) struct MemberNeeds {
    /// The member's key (`Callable::key`).
    pub key: TextRange,
    pub names: Vec<String>,
    /// The keys of the members it uses (calls, or reads as a value).
    pub uses: Vec<TextRange>,
}

impl Needs {
    /// Record one need; a function or lambda the member calls joins the group.
    fn add<'t>(
        &mut self,
        ctx: &Context<'t>,
        group: &mut Group<'t>,
        need: Need,
    ) -> Result<(), String> {
        if let Need::Receiver { name, scope } = &need
            && !self.receivers.iter().any(|(n, s)| n == name && s == scope)
        {
            self.receivers.push((name.clone(), *scope));
        }
        match need {
            Need::Value { name, scope } | Need::Receiver { name, scope } => {
                self.capture(name, scope)
            }
            Need::Import(binding) => {
                if !self.imports.contains(&binding) {
                    self.imports.push(binding);
                }
                Ok(())
            }
            Need::Function(binding) => add_function(ctx, group, binding),
            Need::Lambda(binding) => add_lambda(ctx, group, binding),
        }
    }

    /// Each captured name becomes one parameter, so two variables of that name cannot both be.
    fn capture(&mut self, name: String, scope: ScopeId) -> Result<(), String> {
        if self.captured.iter().any(|(n, s)| *n == name && *s != scope) {
            return Err(format!(
                "two different variables named `{name}` are captured"
            ));
        }
        if !self.captured.iter().any(|(n, _)| *n == name) {
            self.captured.push((name, scope));
        }
        Ok(())
    }
}

/// Expand the group with the functions its members call, and gather what they capture. The
/// members grow while they are walked: each one added is gathered in its turn.
pub(super) fn collect_needs<'t>(ctx: &Context<'t>, group: &mut Group<'t>) -> Result<Needs, String> {
    let mut found = Needs::default();
    let mut index = 0;
    while index < group.members.len() {
        let member = group.members[index];
        let moved = member_defaults(ctx, member)?;
        let mut callee = callee(ctx, member)?;
        // The members a process runs read their globals when it starts.
        // And a value built in a literal before the call that hands it over (`tasks = [...]`,
        // then `pool.map(run, tasks)`) is pickled at that call.
        callee.started_by = group
            .sites
            .iter()
            .filter_map(|s| {
                let site = &s.site;
                let built_before = site.callable.end_byte() <= site.call.start_byte();
                let started = crate::core::analysis::flow::started_by(ctx.eval, site);
                match built_before {
                    true => Some(started.unwrap_or(0).max(site.call.end_byte())),
                    false => started,
                }
            })
            .max()
            .unwrap_or(0);
        callee.pickled_under_fork = group.sites.iter().all(|s| s.site.row.pickled_under_fork);
        callee.pooled = group.sites.iter().any(|s| {
            let row = s.site.row;
            row.pickled_under_fork || row.callable.keyword == Some("initializer")
        });
        // The moved defaults are read where the work is handed over, and the dropped
        // annotations nowhere: neither is a need of the lifted code.
        callee.skip = moved.iter().map(|d| d.value_range).collect();
        callee
            .skip
            .extend(own_annotations(member).into_iter().map(TextRange::of));
        found.defaults.extend(moved);
        let mut own = MemberNeeds {
            key: member.key(),
            names: Vec::new(),
            uses: Vec::new(),
        };
        for need in needs(&callee)? {
            match &need {
                Need::Value { name, .. } | Need::Receiver { name, .. } => {
                    own.names.push(name.clone());
                }
                Need::Function(binding) => {
                    own.uses.push(ctx.eval.model.binding(*binding).statement)
                }
                Need::Lambda(binding) => own.uses.extend(lambda_key(ctx, *binding)),
                Need::Import(_) => {}
            }
            found.add(ctx, group, need)?;
        }
        found.by_member.push(own);
        index += 1;
    }
    Ok(found)
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
    let definition = Definition {
        is_lambda: definition_end.is_none(),
        insertion: top_level_statement(member.scope_node()).start_byte(),
        nested: inside_function(member.scope_node()),
    };
    let moved = moved_defaults(ctx.eval, ctx.guards, parameters, definition)?;
    if let Some(end) = definition_end {
        for default in &moved {
            check_timing(ctx.eval, end, definition.nested, default)?;
        }
    }
    Ok(moved)
}

/// Whether `node` lies inside a function or lambda, whose every call runs it again.
pub(super) fn inside_function(node: Node<'_>) -> bool {
    let mut ancestor = node.parent();
    while let Some(n) = ancestor {
        if matches!(n.kind_name(), "function_definition" | "lambda") {
            return true;
        }
        ancestor = n.parent();
    }
    false
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
        started_by: 0,
        pooled: false,
        pickled_under_fork: false,
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
    let definition = if node.kind_name() == "decorated_definition" {
        node.field("definition")
            .ok_or("a decorated definition without a function (internal)")?
    } else {
        node
    };
    if definition.kind_name() != "function_definition" {
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

/// The lambda a variable is bound to (`sq = lambda v: ...`, possibly in parentheses).
fn lambda_of<'t>(ctx: &Context<'t>, binding: BindingId) -> Option<Node<'t>> {
    ctx.eval
        .model
        .binding(binding)
        .value
        .and_then(|r| ctx.eval.node_at(r))
        .map(unparenthesize)
        .filter(|v| v.kind_name() == "lambda")
}

/// The key of the lambda a variable is bound to, as `add_lambda` adds it.
fn lambda_key(ctx: &Context<'_>, binding: BindingId) -> Option<TextRange> {
    lambda_of(ctx, binding).map(TextRange::of)
}

fn add_lambda<'t>(
    ctx: &Context<'t>,
    group: &mut Group<'t>,
    binding: BindingId,
) -> Result<(), String> {
    let value = lambda_of(ctx, binding).ok_or("lost a lambda it calls (internal)")?;
    if !group
        .members
        .iter()
        .any(|m| m.key() == TextRange::of(value))
    {
        group.members.push(Callable::Lambda(value));
    }
    Ok(())
}
