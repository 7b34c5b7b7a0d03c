//! Loops that hand over each of their elements: the callables a loop variable takes when a
//! site passes it, so that each is reported and lifted where it is written.
//!
//! A loop is followed when its elements are known: it iterates over a literal tuple or list,
//! or over a name bound once to one, and the site's name is the loop's whole target or one
//! name of a flat unpacking target without parentheses, each element then being a literal
//! tuple or list of as many items:
//!
//! ```text
//! for fn in (first, lambda: 2):                  # elements: first, lambda: 2
//! for name, fn in [("a", first), ("b", last)]:   # elements: first, last
//! jobs = [lambda: 1]                             # elements: lambda: 1, lambda: 3, inner
//! jobs.append(lambda: 3)
//! jobs.append(inner)
//! for fn in jobs:
//! ```
//!
//! A list bound once takes the elements appended to it as well, when nothing else can change
//! it: every read of the name in its scope, but for the loop's, is an `append` statement of a
//! lambda, a name, or a tuple or list of them (`jobs.append(("plus", lambda x: x + k))` for
//! `for name, fn in jobs`), written in the same scope after the list and before the loop, so each
//! runs before the loop starts or not at all (in an `if`). Any other read (`jobs.extend(...)`,
//! `run(jobs)`, a read in a nested function, an append after the loop) may add or remove
//! elements the analysis cannot see, and the list's literal elements alone are followed, as
//! before appends were read. An element that is no literal of the unpacking's shape (`for
//! name, fn in [pair, ("b", last)]`) is left out, as a `*splat` is: whatever it holds is not
//! reported.

use tree_sitter::Node;

use super::callables::{Classified, classify_assigned, unparenthesize};
use super::loop_views::{View, view_of};
use super::values::Evaluator;
use super::wrapper_containers::name_position;
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingId, BindingKind, Resolution, ScopeId};
use crate::core::source::TextRange;

/// The callables a loop variable takes, when the site hands over one: `target` in `for target
/// in (first, second): Process(target=target)`, `fn` in `[ex.submit(fn) for fn in [lambda:
/// 1, lambda: 2]]`, or in `for fn in jobs:` after `jobs = [lambda: 1, lambda: 2]`. Each element
/// is handed over in turn, so each is classified as if bound to a variable the site passes
/// (`classify_assigned`): a lambda is lifted where it stands and a nested function's use there
/// passes its captured values, both bound when the element is made, which the lift's checks of
/// later assignments keep right. The elements are returned with their classification. `Err`
/// when one is unpicklable but the name is bound again in its scope, so the site may hand over
/// something else.
pub fn loop_elements<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    callable: Node<'t>,
    scope: ScopeId,
) -> Option<Result<Vec<(Node<'t>, Classified<'t>)>, Classified<'t>>> {
    let node = unparenthesize(callable);
    let name = (node.kind_name() == "identifier").then(|| eval.text(node))?;
    let Resolution::Scope(found) = eval.model.resolve(scope, name) else {
        return None;
    };
    let bindings = eval.model.bindings_of(found, name);
    let (looping, elements, id) = bindings.iter().rev().find_map(|&id| {
        let (looping, elements) = looped_over(eval, id, node)?;
        Some((looping, elements, id))
    })?;
    let elements: Vec<(Node<'t>, Classified<'t>)> = elements
        .into_iter()
        .map(|e| {
            let scope = eval.model.scope_at(e.start_byte());
            let classified = classify_assigned(eval, guards, unparenthesize(e), scope, 1);
            (e, classified)
        })
        .collect();
    if !rebound_in_loop(eval, bindings, id, looping, node) {
        return Some(Ok(elements));
    }
    let rule = elements.iter().find_map(|(_, c)| c.rule())?;
    Some(Err(Classified::Unliftable {
        rule,
        reason: format!(
            "`{name}` loops over callables to lift, but may be bound again before it is handed over, so picklefix cannot tell what is"
        ),
    }))
}

/// The values the loop variable `value` takes where it is read, when it is one `loop_elements`
/// follows and no other binding of the name may come between (`rebound_in_loop`): the
/// `Task(...)` calls of `for t in [Task(...), Task(...)]: Process(target=run, args=(t,))`,
/// whose fields `analysis::arguments` looks into.
pub fn loop_values<'t>(eval: &Evaluator<'t>, value: Node<'t>) -> Option<Vec<Node<'t>>> {
    let node = unparenthesize(value);
    let name = (node.kind_name() == "identifier").then(|| eval.text(node))?;
    let scope = eval.model.scope_at(node.start_byte());
    let Resolution::Scope(found) = eval.model.resolve(scope, name) else {
        return None;
    };
    let bindings = eval.model.bindings_of(found, name);
    let (looping, elements, id) = bindings.iter().rev().find_map(|&id| {
        let (looping, elements) = looped_over(eval, id, node)?;
        Some((looping, elements, id))
    })?;
    (!rebound_in_loop(eval, bindings, id, looping, node)).then_some(elements)
}

/// Whether a binding of the name other than the loop's (`id`) may come between the loop
/// binding it and the `read` in `looping`: one in the loop before the read, or one written in
/// another scope (`nonlocal`), which may run at any time. A binding elsewhere does not: each
/// turn of the loop binds the name before the read.
fn rebound_in_loop(
    eval: &Evaluator<'_>,
    bindings: &[BindingId],
    id: BindingId,
    looping: Node<'_>,
    read: Node<'_>,
) -> bool {
    let own = eval.model.binding(id);
    bindings.iter().filter(|&&other| other != id).any(|&other| {
        let other = eval.model.binding(other);
        other.written_in != own.written_in
            || (TextRange::of(looping).contains_range(other.range)
                && other.range.start < read.start_byte())
    })
}

/// The loop (a `for` statement's body, or the comprehension) and the values the binding `id`
/// takes in it, when `id` is the loop's whole target or one name of a flat unpacking target,
/// and `read` is in the loop (after it, the name holds the last element alone).
fn looped_over<'t>(
    eval: &Evaluator<'t>,
    id: BindingId,
    read: Node<'_>,
) -> Option<(Node<'t>, Vec<Node<'t>>)> {
    let binding = eval.model.binding(id);
    if binding.kind != BindingKind::ForTarget {
        return None;
    }
    let target = eval.node_at(binding.range)?;
    let (clause, unpacked) = loop_clause(target)?;
    let looping = match clause.kind_name() {
        "for_statement" => clause.field("body")?,
        _ => clause.parent()?,
    };
    if !TextRange::of(looping).contains_range(TextRange::of(read)) {
        return None;
    }
    let right = clause.field("right")?;
    // A view of a collection (`enumerate(jobs)`, `d.items()`) gives the name its elements.
    let values = match view_of(eval, right, unpacked) {
        Some(View::Collection(collection)) => looped_elements(eval, collection)?,
        Some(View::Values(values)) => values,
        None => match unpacked {
            None => looped_elements(eval, right)?,
            Some((at, width)) => looped_elements(eval, right)?
                .into_iter()
                .filter_map(|element| item_of(element, at, width))
                .collect(),
        },
    };
    Some((looping, values))
}

/// The `for` statement or comprehension clause whose target `target` is, and for a name in a
/// flat unpacking target (`for name, fn in ...`) its position and the number of names.
fn loop_clause(target: Node<'_>) -> Option<(Node<'_>, Option<(usize, usize)>)> {
    let is_loop = |node: Node<'_>, left: Node<'_>| {
        matches!(node.kind_name(), "for_statement" | "for_in_clause")
            && node.field("left").map(|l| l.id()) == Some(left.id())
    };
    let parent = target.parent()?;
    if is_loop(parent, target) {
        return Some((parent, None));
    }
    let clause = parent.parent()?;
    // Not a parenthesized target (`for (name, fn) in ...`): the layout of a `for` header that
    // grows too long (`wrap`) does not split one.
    if parent.kind_name() != "pattern_list" || !is_loop(clause, parent) {
        return None;
    }
    Some((clause, Some(name_position(parent, target)?)))
}

/// Item `at` of `element` when it is a literal tuple or list of `width` items, none a splat.
fn item_of(element: Node<'_>, at: usize, width: usize) -> Option<Node<'_>> {
    let element = unparenthesize(element);
    if !matches!(element.kind_name(), "tuple" | "list") {
        return None;
    }
    let mut cursor = element.walk();
    let items: Vec<Node<'_>> = element
        .named_children(&mut cursor)
        .filter(|n| n.kind_name() != "comment")
        .collect();
    let flat = items.len() == width && items.iter().all(|n| n.kind_name() != "list_splat");
    flat.then(|| items[at])
}

/// The elements a loop over `iterable` takes: those of a literal tuple or list written there,
/// or of one a name is bound to once (`jobs = [lambda: 1, lambda: 2]`, then `for fn in
/// jobs:`), with what is appended to such a list before the loop (see the module's doc), or
/// the body of a list comprehension a name is bound to once (appends to it are not read).
fn looped_elements<'t>(eval: &Evaluator<'t>, iterable: Node<'t>) -> Option<Vec<Node<'t>>> {
    let iterable = unparenthesize(iterable);
    if iterable.kind_name() != "identifier" {
        return matches!(iterable.kind_name(), "tuple" | "list")
            .then(|| literal_elements(iterable));
    }
    let name = eval.text(iterable);
    let scope = eval.model.scope_at(iterable.start_byte());
    let Resolution::Scope(found) = eval.model.resolve(scope, name) else {
        return None;
    };
    let [only] = eval.model.bindings_of(found, name) else {
        return None;
    };
    let binding = eval.model.binding(*only);
    if binding.kind != BindingKind::Assignment {
        return None;
    }
    let literal = unparenthesize(eval.node_at(binding.value?)?);
    // `tasks = [lambda x, k=k: x + k for k in range(3)]`: each element is its body, made anew
    // in each turn of the comprehension.
    if literal.kind_name() == "list_comprehension" {
        return Some(literal.field("body").into_iter().collect());
    }
    if !matches!(literal.kind_name(), "tuple" | "list") {
        return None;
    }
    let mut elements = literal_elements(literal);
    if literal.kind_name() == "list" {
        elements.extend(appended_before(eval, iterable, found, *only).unwrap_or_default());
    }
    Some(elements)
}

/// The elements of a literal tuple or list, its comments and `*splats` left out.
fn literal_elements(literal: Node<'_>) -> Vec<Node<'_>> {
    let mut cursor = literal.walk();
    literal
        .named_children(&mut cursor)
        .filter(|e| !matches!(e.kind_name(), "comment" | "list_splat"))
        .collect()
}

/// What is appended to the list the binding `id` of scope `found` makes before the loop reads
/// it at `iterable`, in source order; `None` when any other read of the name may change it
/// (see the module's doc).
fn appended_before<'t>(
    eval: &Evaluator<'t>,
    iterable: Node<'t>,
    found: ScopeId,
    id: BindingId,
) -> Option<Vec<Node<'t>>> {
    let model = eval.model;
    let name = eval.text(iterable);
    let after = model.binding(id).statement.end;
    let reads = model
        .references_in(model.scope(found).range)
        .filter(|r| r.name == name && r.resolution == Resolution::Scope(found));
    let mut appended = Vec::new();
    for read in reads {
        if read.range == TextRange::of(iterable) {
            continue;
        }
        let in_order = read.scope == found
            && read.range.start >= after
            && read.range.end <= iterable.start_byte();
        if !in_order {
            return None;
        }
        appended.push(appended_value(eval, eval.node_at(read.range)?)?);
    }
    Some(appended)
}

/// Whether `value` makes an instance of a dataclass of the file (`Task("add", lambda ...)`),
/// whose fields `analysis::arguments` looks into.
fn is_dataclass_call(eval: &Evaluator<'_>, value: Node<'_>) -> bool {
    value.kind_name() == "call"
        && eval
            .dataclass_arguments(value, eval.model.scope_at(value.start_byte()))
            .is_some()
}

/// The lambda, name, tuple, list or dataclass instance `object` is given in an
/// `object.append(value)` statement.
fn appended_value<'t>(eval: &Evaluator<'t>, object: Node<'t>) -> Option<Node<'t>> {
    let method = object
        .parent()
        .filter(|a| a.kind_name() == "attribute" && a.field("object") == Some(object))?;
    let call = method.parent().filter(|c| c.kind_name() == "call")?;
    let name = method.field("attribute")?;
    let statement = call.parent()?;
    let arguments = call.field("arguments")?;
    let mut cursor = arguments.walk();
    let values: Vec<Node<'t>> = arguments
        .named_children(&mut cursor)
        .filter(|n| n.kind_name() != "comment")
        .collect();
    match values.as_slice() {
        [value]
            if eval.text(name) == "append"
                && statement.kind_name() == "expression_statement"
                && statement.named_child_count() == 1
                && call.field("function") == Some(method)
                && (matches!(
                    unparenthesize(*value).kind_name(),
                    "lambda" | "identifier" | "tuple" | "list"
                ) || is_dataclass_call(eval, unparenthesize(*value))) =>
        {
            Some(*value)
        }
        _ => None,
    }
}
