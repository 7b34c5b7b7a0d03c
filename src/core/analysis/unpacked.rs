//! A worker's arguments written as something other than a plain literal, where what each value
//! binds can still be told (`arguments` reads the plain literals):
//!
//! ```text
//! ex.submit(_call, *(lambda x: x * k,))          # a literal splatted: positions go on
//! ex.submit(_call, **{"fn": lambda x: x + k})    # a literal dict splatted: its string keys
//! Process(target=_call, kwargs=dict(fn=lambda x: x + k))   # the builtin `dict`: its keywords
//! Process(target=_call, args=(lambda: k,) * 2)   # repeated: found, the partial refused
//! ```
//!
//! A repeated tuple or list hands each of its values to several of the worker's parameters,
//! which cannot be told apart when the worker is read, so its values are sites whose partial is
//! refused (`repetition`); one captureless is still lifted as a plain function.

use tree_sitter::Node;

use super::callables::unparenthesize;
use super::sites::Parameter;
use super::values::Evaluator;
use crate::core::node::NodeExt;
use crate::core::semantic::Resolution;

/// The values of a splatted literal (`*(a, b)`, `*[a, b]`) when it holds no splat itself, for
/// the positions that follow; `None` for any other splat, whose length is unknown.
pub fn splatted_sequence(splat: Node<'_>) -> Option<Vec<Node<'_>>> {
    let inner = unparenthesize(splat.named_child(0)?);
    if !matches!(inner.kind_name(), "tuple" | "list") {
        return None;
    }
    let mut cursor = inner.walk();
    let elements: Vec<Node<'_>> = inner
        .named_children(&mut cursor)
        .filter(|e| e.kind_name() != "comment")
        .collect();
    (!elements.iter().any(|e| e.kind_name() == "list_splat")).then_some(elements)
}

/// The values of a mapping written as the builtin `dict(name=value, ...)`, each binding the
/// parameter its keyword names; nothing for a call of another `dict`, or for what a positional
/// argument or a `**` splat of the call holds.
pub fn dict_call<'t>(eval: &Evaluator<'t>, node: Node<'t>) -> Vec<(Node<'t>, Parameter<'t>)> {
    let Some(arguments) = builtin_dict_arguments(eval, node) else {
        return Vec::new();
    };
    let mut cursor = arguments.walk();
    arguments
        .named_children(&mut cursor)
        .filter(|a| a.kind_name() == "keyword_argument")
        .filter_map(|a| {
            let name = a.field("name")?;
            Some((a.field("value")?, Parameter::Keyword(name)))
        })
        .collect()
}

/// The arguments of `node` when it is a call of the builtin `dict`.
fn builtin_dict_arguments<'t>(eval: &Evaluator<'t>, node: Node<'t>) -> Option<Node<'t>> {
    builtin_call_arguments(eval, node, "dict")
}

/// The arguments of `node` when it is a call of the builtin `name` (`dict`, `tuple`, `list`),
/// a name no scope around the call binds.
pub fn builtin_call_arguments<'t>(
    eval: &Evaluator<'t>,
    node: Node<'t>,
    name: &str,
) -> Option<Node<'t>> {
    builtin_called(eval, node)
        .filter(|(called, _)| *called == name)
        .map(|(_, arguments)| arguments)
}

/// The name of the builtin `node` calls (`len(xs)`, `list(gen)`), a name no scope around the
/// call binds, with the call's arguments.
pub fn builtin_called<'t>(eval: &Evaluator<'t>, node: Node<'t>) -> Option<(&'t str, Node<'t>)> {
    let node = unparenthesize(node);
    if node.kind_name() != "call" {
        return None;
    }
    let function = node
        .field("function")
        .filter(|f| f.kind_name() == "identifier")?;
    let name = eval.text(function);
    let scope = eval.model.scope_at(node.start_byte());
    (eval.model.resolve(scope, name) == Resolution::Builtin)
        .then(|| Some((name, node.field("arguments")?)))?
}

/// The values of a tuple or list repeated by `*` (`(lambda: k,) * 2`, `2 * [f]`): each binds
/// some parameters of the worker, which ones `Parameter` cannot say.
pub fn repeated(node: Node<'_>) -> Vec<(Node<'_>, Parameter<'_>)> {
    let Some(sequence) = repeated_sequence(unparenthesize(node)) else {
        return Vec::new();
    };
    let mut cursor = sequence.walk();
    sequence
        .named_children(&mut cursor)
        .filter(|e| !matches!(e.kind_name(), "comment" | "list_splat"))
        .map(|e| (e, Parameter::Unknown))
        .collect()
}

/// The tuple or list operand of `node` when it is a repetition by `*`.
fn repeated_sequence(node: Node<'_>) -> Option<Node<'_>> {
    if node.kind_name() != "binary_operator" || node.field("operator")?.kind_name() != "*" {
        return None;
    }
    let left = unparenthesize(node.field("left")?);
    let right = unparenthesize(node.field("right")?);
    [left, right]
        .into_iter()
        .find(|side| matches!(side.kind_name(), "tuple" | "list"))
}

/// Why a value written in a repeated tuple or list (`args=(lambda: k,) * 2`) cannot travel in
/// a `functools.partial`: the copies bind different parameters of the worker, so what it does
/// with them cannot be read. `None` for a value written anywhere else.
pub fn repetition(eval: &Evaluator<'_>, value: Node<'_>) -> Option<String> {
    let mut container = value.parent()?;
    while container.kind_name() == "parenthesized_expression" {
        container = container.parent()?;
    }
    let mut repetition = container.parent()?;
    while repetition.kind_name() == "parenthesized_expression" {
        repetition = repetition.parent()?;
    }
    repeated_sequence(repetition).filter(|s| *s == container)?;
    Some(format!(
        "it stands in a repeated sequence (`{}`), so which of the worker's parameters each copy binds cannot be told, nor what the worker does with the functools.partial the captured values would travel in",
        eval.text(repetition)
    ))
}
