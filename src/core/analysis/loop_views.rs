//! Loops over a view of a collection rather than the collection itself: `enumerate(xs)`,
//! `d.items()` and `d.values()`. Each gives the elements `loops` follows, so that a callable
//! taken from one is reported where it is written:
//!
//! ```text
//! for i, fn in enumerate(jobs):          # fn takes the elements of `jobs`
//! for name, fn in {"a": f, "b": g}.items():   # fn takes f, then g
//! for fn in table.values():              # after `table = {"a": lambda x: x}`: the lambda
//! ```
//!
//! `enumerate` counts only when it is the builtin (no binding of the name is visible) and is
//! given the collection alone, or with `start=`; the unpacking must be the flat pair
//! `for i, fn in ...`, whose second name takes the elements (the first is a number). A dict is
//! a literal written there or a name bound once to one, as `loops` takes a list; a `**splat`
//! among its entries is left out, and so is what it holds.

use tree_sitter::Node;

use super::callables::unparenthesize;
use super::unpacked::builtin_call_arguments;
use super::values::Evaluator;
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingKind, Resolution};

/// What a loop over `iterable` gives the name at `unpacked` (its position and the width of a
/// flat unpacking target, `None` for the whole target), when the iterable is a view: the
/// collection whose elements that name takes, and how it takes them. `Collection` is an
/// expression `loops` reads the elements of; `Values` the values of a dict literal.
pub enum View<'t> {
    Collection(Node<'t>),
    Values(Vec<Node<'t>>),
}

/// The view `iterable` is, seen from the name at `unpacked` of the loop's target.
pub fn view_of<'t>(
    eval: &Evaluator<'t>,
    iterable: Node<'t>,
    unpacked: Option<(usize, usize)>,
) -> Option<View<'t>> {
    let call = unparenthesize(iterable);
    let function = call
        .field("function")
        .filter(|_| call.kind_name() == "call")?;
    let arguments = call.field("arguments")?;
    match function.kind_name() {
        "identifier" if unpacked == Some((1, 2)) => {
            enumerated(eval, function, arguments).map(View::Collection)
        }
        "attribute" => {
            let method = eval.text(function.field("attribute")?);
            let wanted = match method {
                "items" => Some((1, 2)),
                "values" => None,
                _ => return None,
            };
            if wanted != unpacked || arguments.named_child_count() != 0 {
                return None;
            }
            dict_values(eval, function.field("object")?).map(View::Values)
        }
        _ => None,
    }
}

/// The collection the builtin `enumerate` is called with: `enumerate(xs)` or
/// `enumerate(xs, start=1)`, `xs` written positionally.
fn enumerated<'t>(
    eval: &Evaluator<'t>,
    function: Node<'t>,
    arguments: Node<'t>,
) -> Option<Node<'t>> {
    let scope = eval.model.scope_at(function.start_byte());
    if eval.text(function) != "enumerate"
        || eval.model.resolve(scope, "enumerate") != Resolution::Builtin
    {
        return None;
    }
    let mut cursor = arguments.walk();
    let items: Vec<Node<'t>> = arguments
        .named_children(&mut cursor)
        .filter(|n| n.kind_name() != "comment")
        .collect();
    let start = |n: &Node<'t>| {
        n.kind_name() == "keyword_argument"
            && n.field("name").is_some_and(|k| eval.text(k) == "start")
    };
    match items.as_slice() {
        [collection] | [collection, _] if items.iter().skip(1).all(start) => (!matches!(
            collection.kind_name(),
            "keyword_argument" | "list_splat" | "dictionary_splat"
        ))
        .then_some(*collection),
        _ => None,
    }
}

/// The values of the dict `object` is: a literal, a dict `picked::written_entries` reads, or a
/// call of the builtin `dict` with keywords, or a name bound once, by an assignment, to one.
fn dict_values<'t>(eval: &Evaluator<'t>, object: Node<'t>) -> Option<Vec<Node<'t>>> {
    let object = unparenthesize(object);
    let literal = match object.kind_name() {
        "dictionary" => object,
        "identifier" => {
            let scope = eval.model.scope_at(object.start_byte());
            let name = eval.text(object);
            let binding = eval.model.sole_binding(scope, name)?;
            if binding.kind != BindingKind::Assignment {
                return None;
            }
            unparenthesize(eval.node_at(binding.value?)?)
        }
        _ => return None,
    };
    // A dict `picked` reads the entries of (`dict([("a", f)])`, `OrderedDict(...)`, a
    // comprehension, `dict.fromkeys(...)`, tables joined or spread when known).
    if !super::picked::positional(eval, literal)
        && let Some(entries) = super::picked::written_entries(eval, literal)
    {
        return Some(entries.into_iter().map(|(_, value)| value).collect());
    }
    if let Some(arguments) = builtin_call_arguments(eval, literal, "dict") {
        // `dict(sq=lambda ...)`: keywords only, or entries not written here come in.
        let mut cursor = arguments.walk();
        let mut values = Vec::new();
        for argument in arguments.named_children(&mut cursor) {
            match argument.kind_name() {
                "comment" => {}
                "keyword_argument" => values.push(argument.field("value")?),
                _ => return None,
            }
        }
        return Some(values);
    }
    if literal.kind_name() != "dictionary" {
        return None;
    }
    let mut cursor = literal.walk();
    let values = literal
        .named_children(&mut cursor)
        .filter(|n| n.kind_name() == "pair")
        .filter_map(|pair| pair.field("value"))
        .collect();
    Some(values)
}
