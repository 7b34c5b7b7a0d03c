//! A method's `self` (or `cls`) captured by a lifted function: pass the attributes it reads
//! instead of the whole instance.
//!
//! Passing `self` pickles the whole instance with every task, which is slow and fails outright
//! when the instance holds a pool, a lock or a connection. When the lifted code only reads
//! attributes of `self`, each outermost attribute it reads becomes a parameter, bound where the
//! work is handed over, exactly as a captured variable is:
//!
//! ```text
//! class Scaler:                                 def _scale_work(x, *, scale, cfg):
//!     def run(self, xs):                            return min(x * scale, cfg.limit)
//!         def work(x):
//!             return min(x * self.scale,        class Scaler:
//!                        self.cfg.limit)            def run(self, xs):
//!         return pool.map(work, xs)                     return pool.map(functools.partial(
//!                                                           _scale_work, scale=self.scale,
//!                                                           cfg=self.cfg), xs)
//! ```
//!
//! The instance stays whole (an unsafe fix, as before) when the code calls a method on it,
//! assigns or deletes one of its attributes, reads an attribute the class defines as a method,
//! or uses `self` as a value. Either way the lift is refused when a value pickle cannot carry
//! (`self.pool = Pool()`, a lock, a connection: the table in `unpicklable`) would be sent: an
//! attribute the code reads, or any attribute of an instance sent whole. An attribute is read
//! at the hand-over instead of when the worker runs, the same shift as for any capture; for a
//! `Process`, whose child under fork would have read it when started, the process must be
//! started right after it is created.

use std::collections::HashSet;

use tree_sitter::Node;

use super::{Context, Group};
use crate::core::analysis::flow::{consumed_at_once, started_right_away};
use crate::core::analysis::unpicklable::{multiprocessing_primitive, unpicklable_expression};
use crate::core::fix::Edit;
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingKind, Resolution, ScopeId};
use crate::core::source::TextRange;

/// How a captured receiver travels.
pub(super) enum ReceiverUse {
    /// As the attribute values the code reads: `(parameter, "self.attr")`, and the edits that
    /// replace each read with its parameter.
    Attributes {
        bound: Vec<(String, String)>,
        edits: Vec<Edit>,
    },
    /// The whole instance, as a parameter: an unsafe fix.
    Whole,
}

/// How the receiver `name` of the method scope `scope` travels, or why it cannot.
pub(super) fn receiver_use(
    ctx: &Context<'_>,
    group: &Group<'_>,
    (name, scope): (&str, ScopeId),
    captured: &[String],
) -> Result<ReceiverUse, String> {
    let Some(reads) = attribute_reads(ctx, group, name, scope) else {
        check_whole(ctx, group, name, scope)?;
        return Ok(ReceiverUse::Whole);
    };
    let mut taken = identifiers(ctx, group);
    taken.extend(captured.iter().cloned());
    let mut bound: Vec<(String, String)> = Vec::new();
    let mut parameter_of: Vec<(String, String)> = Vec::new();
    let mut edits = Vec::new();
    for (attr, range) in reads {
        let parameter = match parameter_of.iter().find(|(a, _)| *a == attr) {
            Some((_, parameter)) => parameter.clone(),
            None => {
                check_attribute(ctx, group, name, scope, &attr)?;
                let parameter = free_parameter(&taken, name, &attr);
                taken.insert(parameter.clone());
                bound.push((parameter.clone(), format!("{name}.{attr}")));
                parameter_of.push((attr.clone(), parameter.clone()));
                parameter
            }
        };
        edits.push(Edit::replace(range, parameter));
    }
    let edits = respaced_slices(ctx, edits);
    Ok(ReceiverUse::Attributes { bound, edits })
}

/// black and ruff space a slice's colons only when an operand is more than a name or a
/// number (`s[: self.width]`, `s[:width]`): a slice whose attribute reads all become names,
/// beside only simple operands, is rewritten whole without those spaces.
fn respaced_slices(ctx: &Context<'_>, edits: Vec<Edit>) -> Vec<Edit> {
    let mut slices: Vec<Node<'_>> = Vec::new();
    for edit in &edits {
        let slice = ctx.eval.node_at(edit.range).and_then(|n| n.parent());
        if let Some(slice) = slice.filter(|s| s.kind_name() == "slice")
            && !slices.contains(&slice)
        {
            slices.push(slice);
        }
    }
    let mut out: Vec<Edit> = edits;
    for slice in slices {
        let Some(text) = unspaced_slice(ctx, slice, &out) else {
            continue;
        };
        let whole = TextRange::of(slice);
        out.retain(|e| !whole.contains_range(e.range));
        out.push(Edit::replace(whole, text));
    }
    out
}

/// The slice's text with the edits inside it applied and no spaces around its colons, when
/// every operand is then a name or a number; `None` otherwise.
fn unspaced_slice(ctx: &Context<'_>, slice: Node<'_>, edits: &[Edit]) -> Option<String> {
    let mut text = String::new();
    let mut cursor = slice.walk();
    for child in slice.children(&mut cursor) {
        let range = TextRange::of(child);
        if child.kind_name() == ":" {
            text.push(':');
        } else if let Some(edit) = edits.iter().find(|e| e.range == range) {
            text.push_str(&edit.content);
        } else if matches!(
            child.kind_name(),
            "identifier" | "integer" | "float" | "true" | "false" | "none"
        ) {
            text.push_str(ctx.eval.text(child));
        } else {
            return None;
        }
    }
    Some(text)
}

/// Every read of the receiver inside the members, as `(attribute, range of self.attribute)`;
/// `None` when one of them is not a plain attribute read.
fn attribute_reads(
    ctx: &Context<'_>,
    group: &Group<'_>,
    name: &str,
    scope: ScopeId,
) -> Option<Vec<(String, TextRange)>> {
    let model = ctx.eval.model;
    let class = model.scope(scope).parent?;
    let mut reads = Vec::new();
    for member in &group.members {
        let own = model.scope_created_by(TextRange::of(member.scope_node()))?;
        for reference in model.references_in(member.key()) {
            // Decorators and defaults read `self` where the `def` runs: those move to the call
            // site with the defaults, or refuse the lift, elsewhere.
            let in_body = model.is_within(reference.scope, own);
            if reference.name != name
                || reference.resolution != Resolution::Scope(scope)
                || !in_body
            {
                continue;
            }
            let node = ctx.eval.node_at(reference.range)?;
            let attribute = node
                .parent()
                .filter(|p| p.kind_name() == "attribute" && p.field("object") == Some(node))?;
            let attr = ctx.eval.text(attribute.field("attribute")?);
            let is_method = model
                .bindings_of(class, attr)
                .iter()
                .any(|&id| model.binding(id).kind == BindingKind::FunctionDef);
            if is_method || is_called(attribute) || is_written(attribute) {
                return None;
            }
            reads.push((attr.to_string(), TextRange::of(attribute)));
        }
    }
    Some(reads)
}

fn is_called(attribute: Node<'_>) -> bool {
    attribute
        .parent()
        .is_some_and(|p| p.kind_name() == "call" && p.field("function") == Some(attribute))
}

/// `self.x = ...`, `self.x += ...`, `a, self.x = ...`, `del self.x`, `for self.x in ...`.
fn is_written(attribute: Node<'_>) -> bool {
    let Some(parent) = attribute.parent() else {
        return false;
    };
    match parent.kind_name() {
        "assignment" | "augmented_assignment" | "for_statement" | "for_in_clause" => {
            parent.field("left") == Some(attribute)
        }
        "pattern_list" | "tuple_pattern" | "list_pattern" | "delete_statement"
        | "as_pattern_target" => true,
        "expression_list" => parent
            .parent()
            .is_some_and(|g| g.kind_name() == "delete_statement"),
        _ => false,
    }
}

/// Every identifier in the members, so that a new parameter shadows nothing they read.
pub(super) fn identifiers(ctx: &Context<'_>, group: &Group<'_>) -> HashSet<String> {
    let model = ctx.eval.model;
    let mut names: HashSet<String> = HashSet::new();
    for member in &group.members {
        names.extend(model.references_in(member.key()).map(|r| r.name.clone()));
        names.extend(
            model
                .bindings
                .iter()
                .filter(|b| member.key().contains_range(b.range))
                .map(|b| b.name.clone()),
        );
    }
    names
}

/// The attribute's own name, else `self_attr`, else numbered.
fn free_parameter(taken: &HashSet<String>, receiver: &str, attr: &str) -> String {
    let derived = format!("{receiver}_{}", attr.trim_start_matches('_'));
    [attr.to_string(), derived.clone()]
        .into_iter()
        .chain((2..).map(|n| format!("{derived}_{n}")))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or(derived)
}

/// Refuse an attribute whose value pickle cannot carry, or that a `Process` created here would
/// have read later.
fn check_attribute(
    ctx: &Context<'_>,
    group: &Group<'_>,
    name: &str,
    scope: ScopeId,
    attr: &str,
) -> Result<(), String> {
    if let Some(what) = assigned_values(ctx, scope, name)
        .into_iter()
        .filter(|(a, _)| a == attr)
        .find_map(|(_, what)| what)
    {
        return Err(format!(
            "it reads `{name}.{attr}`, {what}, which pickle cannot carry to another process"
        ));
    }
    let first = attr.split('.').next().unwrap_or(attr);
    if pool_tasks(group) && primitive_attributes(ctx, scope, name).any(|a| a == first) {
        return Err(format!(
            "it reads `{name}.{first}`, a multiprocessing lock or queue, which can only be passed to a `Process`, not to pool tasks"
        ));
    }
    for s in &group.sites {
        let row = s.site.row;
        let on_receiver = s
            .site
            .call
            .field("function")
            .and_then(|f| f.field("object").filter(|_| f.kind_name() == "attribute"))
            .is_some_and(|object| ctx.eval.text(object) == name);
        if on_receiver && row.receiver_writes.iter().any(|w| *w == first || *w == "*") {
            return Err(format!(
                "it reads `{name}.{attr}`, which {} may assign before it hands the work over, and the worker would see the value at the call instead",
                row.name_label()
            ));
        }
        if row.deferred || (row.lazy && !consumed_at_once(ctx.eval, s.site.call)) {
            return Err(format!(
                "it reads `{name}.{attr}`, and {} hands the callable over after it returns: picklefix cannot tell that the attribute does not change before then",
                row.name_label()
            ));
        }
    }
    let late = group.sites.iter().any(|s| {
        !s.site.row.pickled_under_fork
            && !s.site.row.started
            && !started_right_away(ctx.eval, s.site.call)
    });
    if late {
        return Err(format!(
            "it reads `{name}.{attr}`, which a process started later reads when it starts, and picklefix cannot tell that it does not change before then"
        ));
    }
    Ok(())
}

/// An instance sent whole must not hold a value pickle refuses in any attribute, unless the
/// class may choose what is pickled: its own `__getstate__` or `__reduce__` (which may drop the
/// pool), or a base class that might define one.
fn check_whole(
    ctx: &Context<'_>,
    group: &Group<'_>,
    name: &str,
    scope: ScopeId,
) -> Result<(), String> {
    if custom_pickling(ctx, scope) {
        return Ok(());
    }
    if pool_tasks(group)
        && let Some(attr) = primitive_attributes(ctx, scope, name).next()
    {
        return Err(format!(
            "it captures `{name}`, whose attribute `{attr}` holds a multiprocessing lock or queue, which can only be passed to a `Process`, not to pool tasks"
        ));
    }
    match assigned_values(ctx, scope, name)
        .into_iter()
        .find_map(|(attr, what)| what.map(|w| (attr, w)))
    {
        Some((attr, what)) => Err(format!(
            "it captures `{name}`, whose attribute `{attr}` holds {what}, which pickle cannot carry to another process"
        )),
        None => Ok(()),
    }
}

fn custom_pickling(ctx: &Context<'_>, scope: ScopeId) -> bool {
    let model = ctx.eval.model;
    let Some(class) = model.scope(scope).parent else {
        return true;
    };
    let defines = ["__getstate__", "__reduce__", "__reduce_ex__"]
        .iter()
        .any(|method| !model.bindings_of(class, method).is_empty());
    let bases = ctx
        .eval
        .node_at(model.scope(class).range)
        .and_then(|node| node.field("superclasses"))
        .is_some_and(|list| {
            let text = ctx.eval.text(list).replace([' ', '\n'], "");
            text != "()" && text != "(object)"
        });
    defines || bases
}

/// Whether a site of the group hands the callable to pool tasks, which pickle it under fork
/// too.
fn pool_tasks(group: &Group<'_>) -> bool {
    group.sites.iter().any(|s| s.site.row.pickled_under_fork)
}

/// The attributes of the receiver's instance that a method of its class assigns a
/// multiprocessing lock, queue or shared value (`multiprocessing_primitive`), in source order.
fn primitive_attributes<'c>(
    ctx: &'c Context<'_>,
    scope: ScopeId,
    receiver: &'c str,
) -> impl Iterator<Item = String> + 'c {
    let model = ctx.eval.model;
    let class_node = (model.scope(scope).parent).and_then(|class| ctx.eval.scope_node(class));
    let mut found: Vec<(usize, String)> = (class_node.map(assignments).unwrap_or_default())
        .into_iter()
        .filter_map(|node| {
            let attr = self_attribute(ctx, node.field("left")?, receiver)?;
            let at = model.scope_at(node.start_byte());
            multiprocessing_primitive(ctx.eval, node.field("right")?, at, 0)
                .then(|| (node.start_byte(), attr))
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, attr)| attr)
}

/// Every `<receiver>.attr = value` in the methods of the receiver's class and every `attr =
/// value` in the class body, with what pickle refuses in the value, if anything.
fn assigned_values(
    ctx: &Context<'_>,
    scope: ScopeId,
    receiver: &str,
) -> Vec<(String, Option<&'static str>)> {
    let model = ctx.eval.model;
    let Some(class) = model.scope(scope).parent else {
        return Vec::new();
    };
    let Some(class_node) = ctx.eval.scope_node(class) else {
        return Vec::new();
    };
    let mut found: Vec<(usize, String, Option<&'static str>)> = assignments(class_node)
        .into_iter()
        .filter_map(|node| {
            let left = node.field("left")?;
            let right = node.field("right")?;
            let at = model.scope_at(node.start_byte());
            let attr = assigned_attribute(ctx, left, receiver, at == class)?;
            let what = unpicklable_expression(ctx.eval, right, at);
            Some((node.start_byte(), attr, what))
        })
        .collect();
    // Source order, so that a reason names the first such attribute.
    found.sort_by_key(|(start, _, _)| *start);
    found
        .into_iter()
        .map(|(_, attr, what)| (attr, what))
        .collect()
}

/// The `assignment` nodes under `node`.
fn assignments(node: Node<'_>) -> Vec<Node<'_>> {
    let mut found = Vec::new();
    let mut stack = vec![node];
    while let Some(node) = stack.pop() {
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
        if node.kind_name() == "assignment" {
            found.push(node);
        }
    }
    found
}

/// The attribute an assignment's left side sets: `<receiver>.attr` anywhere in the class, or
/// a bare name when the assignment is in the class body itself.
fn assigned_attribute(
    ctx: &Context<'_>,
    left: Node<'_>,
    receiver: &str,
    in_class_body: bool,
) -> Option<String> {
    match left.kind_name() {
        "attribute" => self_attribute(ctx, left, receiver),
        "identifier" if in_class_body => Some(ctx.eval.text(left).to_string()),
        _ => None,
    }
}

/// `attr` of `<receiver>.attr`.
fn self_attribute(ctx: &Context<'_>, left: Node<'_>, receiver: &str) -> Option<String> {
    let object = left.field("object")?;
    let attr = left.field("attribute")?;
    (object.kind_name() == "identifier" && ctx.eval.text(object) == receiver)
        .then(|| ctx.eval.text(attr).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_take_the_attribute_name_when_free() {
        let taken: HashSet<String> = ["x", "scale", "self_scale"].map(String::from).into();
        assert_eq!(free_parameter(&taken, "self", "limit"), "limit");
        assert_eq!(free_parameter(&taken, "self", "_limit"), "_limit");
        assert_eq!(free_parameter(&taken, "self", "scale"), "self_scale_2");
        assert_eq!(free_parameter(&taken, "cls", "scale"), "cls_scale");
    }
}
