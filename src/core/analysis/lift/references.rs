//! The other uses of lifted members. A lifted function referenced elsewhere in the file is
//! renamed when it is, and its calls pass the captured values by keyword (a use as a value gets a
//! `functools.partial` carrying them). A lambda bound to a variable is replaced, where it is
//! assigned, by the lifted function or a partial of it; its variable stays where it was.

use std::ops::Not;

use tree_sitter::Node;

use super::binding::{append_argument, check_keywords, check_resolvable, keywords, partial_of};
use super::constants::parameter_of;
use super::in_place::{Placement, assignment_statement};
use super::reach::{Reach, reach};
use super::text::{member_statements, removal_edit};
use super::{Captures, Context, Group, Lifted};
use crate::core::analysis::callables::{Callable, Via, unparenthesize};
use crate::core::analysis::inspection::inspected_ignoring_keys;
use crate::core::analysis::values::argument;
use crate::core::fix::Edit;
use crate::core::node::NodeExt;
use crate::core::semantic::{
    BindingId, BindingKind, Reference, Resolution, ScopeId, SemanticModel,
};
use crate::core::source::TextRange;

/// `fn = lambda ...`: the lambda is the right-hand side of a plain assignment, or the value
/// of a walrus (`(fn := lambda ...)`), which binds the same way.
pub(super) fn bound_to_variable(lambda: Node<'_>) -> bool {
    let mut node = lambda;
    while let Some(parent) = node.parent() {
        if parent.kind_name() != "parenthesized_expression" {
            let field = match parent.kind_name() {
                "named_expression" => "value",
                _ => "right",
            };
            return matches!(parent.kind_name(), "assignment" | "named_expression")
                && parent.field(field) == Some(node);
        }
        node = parent;
    }
    false
}

/// Whether `lambda` is an element of the literal tuple or list a `for` loops over (`for fn in
/// (lambda: 1, lambda: 2)`), or one assigned to a name a loop goes over (`jobs = [lambda: 1]`),
/// which binds it to the loop variable as an assignment would; or an item of such an element
/// that an unpacking target takes (`for name, fn in [("a", lambda: 1)]`), or appended to such
/// a list (`jobs.append(lambda: 2)`, `jobs.append(("b", lambda: 2))`): the shapes
/// `loops::loop_elements` follows.
pub(super) fn looped_over(source: &str, lambda: Node<'_>) -> bool {
    let Some(holder) = outer(lambda).parent() else {
        return false;
    };
    match holder.kind_name() {
        "tuple" | "list" => {
            in_looped_literal(holder)
                || outer(holder).parent().is_some_and(|outside| {
                    (matches!(outside.kind_name(), "tuple" | "list") && in_looped_literal(outside))
                        || (outside.kind_name() == "argument_list" && appended(source, outside))
                })
        }
        "argument_list" => appended(source, holder),
        "pair" => holder.field("value") == Some(outer(lambda)) && looped_dict(holder),
        _ => false,
    }
}

/// Whether the `pair` is an entry of a dict literal whose values a loop takes: one assigned
/// to a name, or one whose `.items()` or `.values()` a `for` goes over
/// (`loop_views::view_of`).
fn looped_dict(pair: Node<'_>) -> bool {
    let Some(dict) = pair.parent().filter(|d| d.kind_name() == "dictionary") else {
        return false;
    };
    let dict = outer(dict);
    let Some(holder) = dict.parent() else {
        return false;
    };
    match holder.kind_name() {
        "assignment" => holder.field("right") == Some(dict),
        "attribute" => holder
            .parent()
            .filter(|call| call.kind_name() == "call")
            .is_some_and(|call| is_looped(outer(call))),
        _ => false,
    }
}

/// Whether `node` is what a `for` statement or clause goes over.
fn is_looped(node: Node<'_>) -> bool {
    node.parent().is_some_and(|holder| {
        matches!(holder.kind_name(), "for_statement" | "for_in_clause")
            && holder.field("right") == Some(node)
    })
}

/// Whether the literal tuple or list is what a loop, or an assignment, takes whole, or what
/// a loop over `enumerate(...)` counts (`loop_views::view_of`).
fn in_looped_literal(literal: Node<'_>) -> bool {
    let literal = outer(literal);
    let enumerated = literal
        .parent()
        .filter(|arguments| arguments.kind_name() == "argument_list")
        .and_then(|arguments| arguments.parent())
        .is_some_and(|call| call.kind_name() == "call" && is_looped(outer(call)));
    if enumerated {
        return true;
    }
    literal.parent().is_some_and(|holder| {
        matches!(
            holder.kind_name(),
            "for_statement" | "for_in_clause" | "assignment"
        ) && holder.field("right") == Some(literal)
    })
}

/// Whether `arguments` are those of an `<name>.append(...)` statement.
fn appended(source: &str, arguments: Node<'_>) -> bool {
    let Some(call) = arguments.parent().filter(|c| c.kind_name() == "call") else {
        return false;
    };
    let method = call
        .field("function")
        .filter(|f| f.kind_name() == "attribute");
    let named_append = method
        .and_then(|m| m.field("attribute"))
        .is_some_and(|a| &source[a.byte_range()] == "append");
    named_append
        && call
            .parent()
            .is_some_and(|s| s.kind_name() == "expression_statement")
}

pub(super) use crate::core::analysis::callables::parenthesized as outer;

/// Replace a lambda bound to a variable with the lifted function (or a partial of it carrying
/// the captured values, taken when the variable is assigned). Returns whether a partial is used.
///
/// When nothing but the group's members reads the variable (they read the lifted function by
/// its new name), the assignment is deleted instead: it would be left unused.
pub(super) fn replace_variable_lambda(
    ctx: &Context<'_>,
    group: &Group<'_>,
    lambda: Node<'_>,
    lifted: &Lifted,
    captured: &Captures,
    bound: &[(String, String)],
    edits: &mut Vec<Edit>,
) -> Result<bool, String> {
    match lifted.placement {
        // Replaced whole by the lifted `def` (`text::move_members`).
        Placement::Here => return Ok(false),
        // The lifted `def name` above the guard binds the name instead.
        Placement::FromGuard => {
            let statement = assignment_statement(ctx, lambda)
                .ok_or("a lambda's assignment not found (internal)")?;
            edits.push(removal_edit(ctx, statement, &member_statements(group))?);
            return Ok(false);
        }
        Placement::Above => {}
    }
    if let Some(statement) = unused_after_lift(ctx, group, lambda) {
        edits.push(removal_edit(ctx, statement, &member_statements(group))?);
        return Ok(false);
    }
    let range = parenthesized_range(ctx, lambda);
    let (range, comment) = without_e731(ctx.eval.source, range);
    if bound.is_empty() {
        edits.push(Edit::replace(range, format!("{}{comment}", lifted.name)));
        return Ok(false);
    }
    check_not_reassigned(ctx, lambda, captured)?;
    check_variable_not_inspected(ctx, lambda)?;
    let partial = partial_of(ctx, &lifted.name, bound);
    edits.push(Edit::replace(range, format!("{partial}{comment}")));
    Ok(true)
}

/// A `# noqa: E731` after the lambda ("do not assign a lambda expression") suppresses nothing
/// once a function is assigned instead, and ruff's RUF100 reports it: the code is dropped from
/// the comment, and a comment left with no code goes with the spaces before it. Returns the
/// range to replace (the lambda's, or through the comment) and the comment to write after the
/// new value. Only a comment of codes alone is touched (`# noqa: E731, F401`); a blanket
/// `# noqa` or one with other words stays as written.
pub(super) fn without_e731(source: &str, range: TextRange) -> (TextRange, String) {
    let line_end = source[range.end..]
        .find(['\n', '\r'])
        .map_or(source.len(), |i| range.end + i);
    let after = &source[range.end..line_end];
    let trimmed = after.trim_start();
    let Some(codes) = trimmed
        .strip_prefix('#')
        .map(str::trim_start)
        .and_then(|c| c.strip_prefix("noqa:").or_else(|| c.strip_prefix("NOQA:")))
    else {
        return (range, String::new());
    };
    let codes: Vec<&str> = codes.split([',', ' ']).filter(|c| !c.is_empty()).collect();
    let is_code = |c: &str| {
        let letters = c.trim_end_matches(|ch: char| ch.is_ascii_digit());
        !letters.is_empty()
            && letters.len() < c.len()
            && letters.chars().all(|ch| ch.is_ascii_uppercase())
    };
    if !codes.iter().all(|c| is_code(c)) || !codes.contains(&"E731") {
        return (range, String::new());
    }
    let kept: Vec<&str> = codes.into_iter().filter(|&c| c != "E731").collect();
    let through = TextRange::new(range.start, line_end);
    if kept.is_empty() {
        return (through, String::new());
    }
    let spaces = &after[..after.len() - trimmed.len()];
    (through, format!("{spaces}# noqa: {}", kept.join(", ")))
}

/// The variable a lambda is bound to becomes a `functools.partial` carrying the captured
/// values: a read of it that looks at what it is (`job.__name__`, `inspect.signature(job)`,
/// see `inspection`) would see the partial instead of a function.
fn check_variable_not_inspected(ctx: &Context<'_>, lambda: Node<'_>) -> Result<(), String> {
    let Some(variable) = assigned_variable(lambda) else {
        return Ok(());
    };
    let eval = ctx.eval;
    let scope = eval.model.scope_at(variable.start_byte());
    let body = match scope == SemanticModel::MODULE {
        true => Some(eval.root),
        false => eval.scope_node(scope).and_then(|def| def.field("body")),
    };
    match body.and_then(|body| inspected_ignoring_keys(eval, body, scope, eval.text(variable))) {
        Some((what, line)) => Err(format!(
            "`{what}` on line {line} looks at what `{}` is, and it would be a functools.partial carrying the captured values instead of a function",
            eval.text(variable)
        )),
        None => Ok(()),
    }
}

/// The variable a lambda is the whole value of (`job = lambda x: ...`, parentheses allowed).
pub(super) fn assigned_variable(lambda: Node<'_>) -> Option<Node<'_>> {
    let value = outer(lambda);
    let assignment = value.parent().filter(|p| p.kind_name() == "assignment")?;
    (assignment.field("right") == Some(value)).then_some(())?;
    assignment
        .field("left")
        .filter(|left| left.kind_name() == "identifier")
}

/// The range of `node` with the parentheses around it, which the replacement takes with it.
fn parenthesized_range(ctx: &Context<'_>, node: Node<'_>) -> TextRange {
    let mut range = TextRange::of(node);
    while let Some(parent) = ctx.eval.node_at(range).and_then(|n| n.parent()) {
        if parent.kind_name() != "parenthesized_expression" {
            break;
        }
        range = TextRange::of(parent);
    }
    range
}

/// The partial takes the captured values when the variable is assigned; the lambda read them
/// at each call, so none may be assigned again after it.
fn check_not_reassigned(
    ctx: &Context<'_>,
    lambda: Node<'_>,
    captured: &Captures,
) -> Result<(), String> {
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
    Ok(())
}

/// What the other uses of a member pass: the captured variables (by their own names), the
/// receiver's attributes (`(parameter, "self.attr")`, passed by parameter inside the members),
/// and every name whose meaning must be the same where a use passes it.
pub(super) struct Carried<'a> {
    pub captured: &'a Captures,
    pub attributes: &'a [(String, String)],
    /// The captured constants passed as lowercase parameters (see `constants`).
    pub renamed: &'a [(String, String)],
    pub checked: &'a Captures,
}

impl Carried<'_> {
    /// Whether a use of `lifted` passes nothing.
    fn is_empty(&self, lifted: &Lifted) -> bool {
        self.pairs(lifted, false).is_empty()
    }

    /// The keywords a use of `lifted` passes, inside a member or elsewhere: the captured
    /// values it takes, and the receiver's attributes.
    fn pairs(&self, lifted: &Lifted, in_member: bool) -> Vec<(String, String)> {
        let captured = self
            .captured
            .iter()
            .filter(|(n, _)| lifted.needs.contains(n))
            .map(|(n, _)| {
                let parameter = parameter_of(self.renamed, n);
                let value = if in_member { parameter } else { n };
                (parameter.to_string(), value.to_string())
            });
        let attributes = self.attributes.iter().map(|(parameter, value)| {
            let value = if in_member { parameter } else { value };
            (parameter.clone(), value.clone())
        });
        captured.chain(attributes).collect()
    }
}

/// The statement `name = lambda ...` when the variable is a function's local, this is its only
/// binding, a statement of its own, and every read of it lies inside the group's members.
fn unused_after_lift<'t>(
    ctx: &Context<'t>,
    group: &Group<'_>,
    lambda: Node<'t>,
) -> Option<Node<'t>> {
    let model = ctx.eval.model;
    let id = lambda_variable_binding(ctx, lambda)?;
    let binding = model.binding(id);
    // Only a function's local: a class attribute or module global is read as `obj.name` or
    // from other modules, which no reference here shows.
    let local = model.scope(binding.scope).kind == crate::core::semantic::ScopeKind::Function;
    if !local
        || binding.kind != crate::core::semantic::BindingKind::Assignment
        || model.bindings_of(binding.scope, &binding.name).len() != 1
    {
        return None;
    }
    if group.read_outside(model, binding) {
        return None;
    }
    let assignment = ctx.eval.statement_node(binding.statement)?;
    let statement = match assignment.kind_name() {
        "expression_statement" => assignment,
        _ => assignment
            .parent()
            .filter(|p| p.kind_name() == "expression_statement")?,
    };
    // `a = b = lambda ...` or `x = 1; f = lambda ...`: leave those alone.
    let single = statement.named_child_count() == 1
        && assignment
            .field("right")
            .is_none_or(|right| right.kind_name() != "assignment");
    let own_line = statement
        .next_sibling()
        .is_none_or(|n| n.kind_name() != ";")
        && statement
            .prev_sibling()
            .is_none_or(|p| p.kind_name() != ";");
    (single && own_line).then_some(statement)
}

/// Edits inside the lifted members, edits elsewhere, and whether a partial is used.
type Partitioned = (Vec<Edit>, Vec<Edit>, bool);

/// Every other reference to a member function: renamed when the member is, and calls pass the
/// captured values by keyword. Edits inside members go to the lifted text, the rest to the file.
pub(super) fn reference_edits(
    ctx: &Context<'_>,
    group: &Group<'_>,
    lifted: &[Lifted],
    carried: &Carried<'_>,
    moved_defaults: &[TextRange],
) -> Result<Partitioned, String> {
    let model = ctx.eval.model;
    let scan = Scan::new(ctx, group, carried, moved_defaults);
    let (mut inside, mut outside, mut uses_partial) = (Vec::new(), Vec::new(), false);
    for (member, lifted) in group.members.iter().zip(lifted) {
        let Some((binding, only_inside, lifted)) = member_binding(ctx, member, lifted) else {
            continue;
        };
        let binding = model.binding(binding);
        for reference in &model.references {
            let is_this = reference.name == binding.name
                && reference.resolution == Resolution::Scope(binding.scope);
            if !is_this {
                continue;
            }
            let Some(in_member) = scan.rewritten(member, only_inside, reference)? else {
                continue;
            };
            let (edits, partial) = reference_edit(&scan, reference, &lifted, in_member)?;
            uses_partial |= partial;
            if in_member { &mut inside } else { &mut outside }.extend(edits);
        }
    }
    Ok((inside, outside, uses_partial))
}

/// The binding whose reads are rewritten for a member, whether only reads inside other members
/// are, and the name they take; `None` for a lambda bound to no variable, which nothing reads.
fn member_binding(
    ctx: &Context<'_>,
    member: &Callable<'_>,
    lifted: &Lifted,
) -> Option<(BindingId, bool, Lifted)> {
    match member {
        Callable::Function { binding, .. } => Some((*binding, false, lifted.clone())),
        // A lambda bound to a variable keeps its variable in the old scope (assigned the
        // lifted function); only the uses inside other lifted members change name.
        Callable::Lambda(node) => {
            let binding = lambda_variable_binding(ctx, *node)?;
            let renamed = Lifted {
                name: lifted.name.clone(),
                renamed: true,
                needs: lifted.needs.clone(),
                placement: lifted.placement,
            };
            Some((binding, true, renamed))
        }
    }
}

/// What every reference to a member is judged against.
struct Scan<'a, 'c> {
    ctx: &'a Context<'c>,
    carried: &'a Carried<'a>,
    /// The callables the sites hand over, which `bind_site` edits instead.
    handed: Vec<TextRange>,
    members: Vec<TextRange>,
    /// The members whose default values read local variables and move to the call site: a
    /// call by name elsewhere would not pass them.
    moved_defaults: Vec<TextRange>,
    /// The nested members with a mutable default they change in place, which stays in the
    /// signature (`defaults::state_default`), with the parameter: a call by name elsewhere in
    /// the parent would share it with every other call at module level.
    state_defaults: Vec<(TextRange, String)>,
    /// No star import hides the name a partial would be imported by.
    partial_allowed: bool,
}

impl<'a, 'c> Scan<'a, 'c> {
    fn new(
        ctx: &'a Context<'c>,
        group: &Group<'_>,
        carried: &'a Carried<'a>,
        moved_defaults: &[TextRange],
    ) -> Self {
        let model = ctx.eval.model;
        let members: Vec<TextRange> = group.members.iter().map(|m| m.key()).collect();
        let moved_defaults = members
            .iter()
            .filter(|m| moved_defaults.iter().any(|d| m.contains_range(*d)))
            .copied()
            .collect();
        let state_defaults = (group.members.iter())
            .filter(|m| super::needs::inside_function(m.scope_node()))
            .filter_map(|m| {
                let parameters = m.parameters()?;
                let name = crate::core::analysis::defaults::state_default(ctx.eval, parameters)?;
                Some((m.key(), name))
            })
            .collect();
        Scan {
            ctx,
            carried,
            handed: handed_callables(ctx, group),
            members,
            moved_defaults,
            state_defaults,
            partial_allowed: model.scope(SemanticModel::MODULE).has_star_import.not(),
        }
    }

    /// Whether a read of the member's name is rewritten, and whether it lies inside a member;
    /// `None` when it is left alone, or the reason it cannot be rewritten.
    fn rewritten(
        &self,
        member: &Callable<'_>,
        only_inside: bool,
        reference: &Reference,
    ) -> Result<Option<bool>, String> {
        if self.handed.contains(&reference.range) {
            return Ok(None);
        }
        let in_member = self
            .members
            .iter()
            .any(|r| r.contains_range(reference.range));
        if only_inside && !in_member {
            return Ok(None);
        }
        if !in_member && !reached_by_member(self.ctx, member, reference)? {
            return Ok(None);
        }
        if !in_member && !self.carried.captured.is_empty() {
            check_value_use(self.ctx, reference.range, self.carried.captured)?;
        }
        if self.moved_defaults.contains(&member.key()) {
            return Err(format!(
                "`{}` is also used apart from handing it over, where the default values that move to the hand-over would be missing",
                reference.name
            ));
        }
        if !in_member
            && let Some((_, parameter)) =
                (self.state_defaults.iter()).find(|(key, _)| *key == member.key())
        {
            return Err(format!(
                "`{}` is also called apart from handing it over, and the default of `{parameter}`, which it changes in place, would be one object for every call at module level",
                reference.name
            ));
        }
        Ok(Some(in_member))
    }
}

/// The callables the sites hand over: the argument itself, or the function a
/// `functools.partial` argument wraps.
fn handed_callables(ctx: &Context<'_>, group: &Group<'_>) -> Vec<TextRange> {
    let source = ctx.eval.source;
    group
        .sites
        .iter()
        .filter_map(|s| match s.via {
            Via::Direct => Some(TextRange::of(unparenthesize(s.site.callable))),
            Via::Partial(call) => call
                .field("arguments")
                .and_then(|args| argument(args, source, Some(0), Some("func")))
                .map(|inner| TextRange::of(unparenthesize(inner))),
            Via::Variable => None,
        })
        .collect()
}

/// The edits for one read of a member: the new name, and the captured values passed to a call
/// by keyword. Returns whether a partial is used.
fn reference_edit(
    scan: &Scan<'_, '_>,
    reference: &Reference,
    lifted: &Lifted,
    in_member: bool,
) -> Result<(Vec<Edit>, bool), String> {
    let (ctx, carried) = (scan.ctx, scan.carried);
    let rename = lifted
        .renamed
        .then(|| Edit::replace(reference.range, lifted.name.clone()));
    if carried.is_empty(lifted) {
        return Ok((rename.into_iter().collect(), false));
    }
    let node = ctx
        .eval
        .node_at(reference.range)
        .ok_or("lost a reference (internal)")?;
    let call = node
        .parent()
        .filter(|p| p.kind_name() == "call" && p.field("function") == Some(node));
    let pairs = carried.pairs(lifted, in_member);
    let Some(arguments) = call.and_then(|c| c.field("arguments")) else {
        return value_use_edit(scan, reference, node, lifted, in_member);
    };
    if !in_member {
        check_resolvable(ctx, reference.scope, carried.checked)?;
    }
    // `recurse(x, deep=False)` with `deep` captured: the call already passes the name the
    // captured value would be passed by.
    check_keywords(ctx.eval.source, arguments, &pairs, false)?;
    let mut edits: Vec<Edit> = rename.into_iter().collect();
    edits.push(append_argument(
        ctx.eval.source,
        arguments,
        &keywords(&pairs),
    ));
    Ok((edits, false))
}

/// A member used as a value (stored, passed on) becomes a partial that carries the captured
/// values and is called the same way. Attribute access (`work.__name__`) would see the partial.
fn value_use_edit(
    scan: &Scan<'_, '_>,
    reference: &Reference,
    node: Node<'_>,
    lifted: &Lifted,
    in_member: bool,
) -> Result<(Vec<Edit>, bool), String> {
    let ctx = scan.ctx;
    let parent_kind = node.parent().map(|p| p.kind_name());
    if parent_kind == Some("attribute") || !scan.partial_allowed {
        let line = line_number(ctx, reference.range.start);
        return Err(format!(
            "`{}` is also used on line {line} in a way that cannot pass the values it captures",
            reference.name
        ));
    }
    // `target is work`: each use becomes a partial of its own, never the same object.
    if let Some(comparison) = node.parent().filter(|p| compares_identity(p)) {
        let line = line_number(ctx, comparison.start_byte());
        return Err(format!(
            "`{}` is also compared on line {line} (`{}`), and the functools.partial each use would become is a new object, never the same one",
            reference.name,
            ctx.eval.one_line(comparison),
        ));
    }
    // `log_call(work, 4)` with a `log_call` of the file that reads `fn.__name__`.
    if let Some(inspection) = crate::core::analysis::inspection::inspecting(ctx.eval, node, 0) {
        let line = line_number(ctx, inspection.start_byte());
        return Err(format!(
            "`{}` is also given on line {line} to code that looks at what it is (`{}`), which would see a functools.partial instead of the function",
            reference.name,
            ctx.eval.one_line(inspection)
        ));
    }
    if !in_member {
        check_resolvable(ctx, reference.scope, scan.carried.checked)?;
    }
    let partial = partial_of(ctx, &lifted.name, &scan.carried.pairs(lifted, in_member));
    Ok((vec![Edit::replace(reference.range, partial)], true))
}

/// The line, counted from 1, that holds `offset`.
fn line_number(ctx: &Context<'_>, offset: usize) -> usize {
    ctx.eval.line_at(offset)
}

/// Whether a read outside the members sees the member (a `def` whose name may be bound again
/// later in its scope: see `reach`); `false` when it sees only another binding of the name.
fn reached_by_member(
    ctx: &Context<'_>,
    member: &Callable<'_>,
    reference: &Reference,
) -> Result<bool, String> {
    let Callable::Function { binding, .. } = member else {
        return Ok(true);
    };
    match reach(ctx.eval, *binding, reference.range, reference.scope) {
        Reach::Definition => Ok(true),
        Reach::Others => Ok(false),
        Reach::Unknown => {
            let line = line_number(ctx, reference.range.start);
            Err(format!(
                "`{}` is bound more than once in its scope, and picklefix cannot tell which binding the use on line {line} sees",
                reference.name
            ))
        }
    }
}

/// A use of a lifted function as a value (`callbacks.append(work)`, `w = work`, `for fn in
/// (work, ...)`) becomes a partial that fixes the captured values where it is made; a call
/// (`work()`) passes them when it is made, as the closure read them. So a use as a value is
/// checked as a lambda is: no captured value may be assigned again after it.
fn check_value_use(
    ctx: &Context<'_>,
    reference: TextRange,
    captured: &Captures,
) -> Result<(), String> {
    let node = ctx
        .eval
        .node_at(reference)
        .ok_or("lost a reference (internal)")?;
    let called = node
        .parent()
        .is_some_and(|p| p.kind_name() == "call" && p.field("function") == Some(node));
    if called {
        return bound_before_call(ctx, reference.start, captured);
    }
    check_in_place(ctx, node, reference.start, captured)
}

/// A call passes the captured values where it is made, so each must be bound above it: the
/// closure called before its variable is assigned fails with `NameError` inside, the lifted call
/// with `UnboundLocalError` at the call, and the assignment after it is left dead.
fn bound_before_call(ctx: &Context<'_>, at: usize, captured: &Captures) -> Result<(), String> {
    let model = ctx.eval.model;
    for (name, owner) in captured {
        // `task = ensure_future(work())` binds `task` only after the call.
        let bindings = model.bindings_of(*owner, name);
        let before = bindings.iter().any(|&id| {
            model.binding(id).range.start < at && !bound_by_statement_around(ctx, at, &[id])
        });
        if !before {
            return Err(format!(
                "it is called before `{name}`, which it captures, is assigned"
            ));
        }
    }
    Ok(())
}

/// A lambda lifted on request is replaced where it stands by a partial that reads the
/// captured values once, when the lambda is evaluated; the closure read them at each call.
/// That is the same only when none of them is bound again later: not after this point in its
/// scope, and not by a loop (or comprehension) around it, which would rebind it on the next
/// iteration (`[lambda: i for i in range(3)]` makes three closures that all see the last `i`).
pub(super) fn check_in_place(
    ctx: &Context<'_>,
    node: Node<'_>,
    at: usize,
    captured: &Captures,
) -> Result<(), String> {
    let model = ctx.eval.model;
    check_resolvable(ctx, model.scope_at(at), captured)?;
    for (name, owner) in captured {
        let bindings = model.bindings_of(*owner, name);
        if rebound_by_loop(ctx, node, *owner, bindings) {
            return Err(format!(
                "`{name}` is rebound by a loop around it, and the closure would see the value of the last iteration"
            ));
        }
        if bound_by_statement_around(ctx, at, bindings) {
            return Err(format!(
                "`{name}` is assigned by the statement that makes it, after it is made"
            ));
        }
        if bindings
            .iter()
            .any(|&id| model.binding(id).range.start > at)
        {
            return Err(format!(
                "`{name}` is assigned again after this point, and the closure would see the new value"
            ));
        }
    }
    Ok(())
}

/// Whether `node` compares its operands by identity or equality (`is`, `is not`, `==`,
/// `!=`), which a partial, a new object at each use, never passes as the function did; a
/// comparison with `None` holds the same either way.
fn compares_identity(node: &Node<'_>) -> bool {
    if node.kind_name() != "comparison_operator" {
        return false;
    }
    let mut cursor = node.walk();
    let children: Vec<Node<'_>> = node.children(&mut cursor).collect();
    // `work is None` holds neither way.
    let with_none = children.iter().any(|child| child.kind_name() == "none");
    !with_none
        && (children.iter())
            .any(|c| !c.is_named() && matches!(c.kind_name(), "is" | "is not" | "==" | "!="))
}

/// A lambda that a comprehension puts in what it makes (`[(lambda x: x + k, k) for k in ks]`)
/// and that reads the comprehension's variable: every lambda made sees its last value when it
/// runs, after the comprehension. Bound where it is made, each would see its own, which is
/// what such code usually means but not what it does, so the choice is left to the user.
pub(super) fn check_comprehension_element(
    ctx: &Context<'_>,
    lambda: Node<'_>,
    captured: &Captures,
) -> Result<(), String> {
    let model = ctx.eval.model;
    let mut node = lambda;
    while let Some(parent) = node.parent() {
        match parent.kind_name() {
            "tuple"
            | "list"
            | "parenthesized_expression"
            | "pair"
            | "set"
            | "dictionary"
            | "expression_list" => node = parent,
            "list_comprehension"
            | "set_comprehension"
            | "dictionary_comprehension"
            | "generator_expression" => {
                let made = model.scope_created_by(TextRange::of(parent));
                if let Some((name, _)) = captured.iter().find(|(_, owner)| made == Some(*owner)) {
                    return Err(format!(
                        "the lambda reads `{name}`, the variable of the comprehension that makes it, so every lambda made sees its last value; bound where each is made, each would see its own"
                    ));
                }
                return Ok(());
            }
            _ => return Ok(()),
        }
    }
    Ok(())
}

/// A lambda a loop makes and keeps (`fns.append(lambda: q.put(i))` in `for i in ...`) that
/// reads a variable the loop assigns again, handed over only after the loop (`run_all(fns)`):
/// every lambda made sees the variable's last value when it runs. Bound where it is made,
/// each would see its own, which is what such code usually means but not what it does, so
/// the choice is left to the user. A site inside the loop hands each over in its own turn
/// (`flow`'s checks judge when it runs).
pub(super) fn check_loop_element(
    ctx: &Context<'_>,
    lambda: Node<'_>,
    sites: &[Node<'_>],
    captured: &Captures,
) -> Result<(), String> {
    let model = ctx.eval.model;
    for (name, owner) in captured {
        let bindings = model.bindings_of(*owner, name);
        let Some(around) = loop_rebinding(ctx, lambda, *owner, bindings) else {
            continue;
        };
        let inside = |site: &Node<'_>| TextRange::of(around).contains_range(TextRange::of(*site));
        if !sites.iter().all(inside) {
            return Err(format!(
                "`{name}` is rebound by a loop around it before it is handed over, and the closure would see the value of the last iteration"
            ));
        }
    }
    Ok(())
}

/// Whether a loop or comprehension around `node`, inside the scope `owner`, binds one of
/// `bindings`.
fn rebound_by_loop(
    ctx: &Context<'_>,
    node: Node<'_>,
    owner: ScopeId,
    bindings: &[BindingId],
) -> bool {
    loop_rebinding(ctx, node, owner, bindings).is_some()
}

/// The innermost loop or comprehension around `node`, inside the scope `owner`, that binds
/// one of `bindings`.
fn loop_rebinding<'t>(
    ctx: &Context<'_>,
    node: Node<'t>,
    owner: ScopeId,
    bindings: &[BindingId],
) -> Option<Node<'t>> {
    let model = ctx.eval.model;
    let owner_range = model.scope(owner).range;
    let mut ancestor = node.parent();
    while let Some(around) = ancestor {
        let range = TextRange::of(around);
        // A `for` evaluates its iterable once, before its first turn.
        let iterable = around
            .field("right")
            .filter(|_| around.kind_name() == "for_statement")
            .is_some_and(|right| TextRange::of(right).contains_range(TextRange::of(node)));
        let rebinds = is_loop(around)
            && !iterable
            && bindings
                .iter()
                .any(|&id| range.contains_range(model.binding(id).range));
        if rebinds {
            return Some(around);
        }
        if range == owner_range {
            return None;
        }
        ancestor = around.parent();
    }
    None
}

/// `d, f = f, lambda: d`: an assignment around `at` binds the name after making the lambda.
fn bound_by_statement_around(ctx: &Context<'_>, at: usize, bindings: &[BindingId]) -> bool {
    bindings.iter().any(|&id| {
        let binding = ctx.eval.model.binding(id);
        let assigns = matches!(
            binding.kind,
            BindingKind::Assignment
                | BindingKind::AugmentedAssignment
                | BindingKind::AnnotatedAssignment
                | BindingKind::NamedExpr
        );
        assigns && binding.statement.contains_range(TextRange::empty(at))
    })
}

fn is_loop(node: Node<'_>) -> bool {
    matches!(
        node.kind_name(),
        "for_statement"
            | "while_statement"
            | "list_comprehension"
            | "set_comprehension"
            | "dictionary_comprehension"
            | "generator_expression"
    )
}

/// The binding of the variable a lambda is assigned to.
pub(super) fn lambda_variable_binding(ctx: &Context<'_>, lambda: Node<'_>) -> Option<BindingId> {
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
pub(super) fn variable_name<'s>(ctx: &Context<'s>, lambda: Node<'_>) -> Option<&'s str> {
    if !bound_to_variable(lambda) {
        return None;
    }
    let mut node = lambda;
    while let Some(parent) = node.parent() {
        if parent.kind_name() == "assignment" {
            let left = parent.field("left")?;
            return (left.kind_name() == "identifier").then(|| &ctx.eval.source[left.byte_range()]);
        }
        node = parent;
    }
    None
}
