//! What an inferred wrapper does with its callable besides handing it on, which decides how a
//! lifted callable's captured values may reach it.
//!
//! A map-like wrapper's captures travel in a `functools.partial` of the lifted function, and a
//! wrapper that forwards its `**kwargs` gets them as keyword arguments. Either is right only
//! when the wrapper passes the callable and those keywords on untouched:
//!
//! ```text
//! def pmap(fn, xs):
//!     print(f"running {fn.__name__}")            # a partial has no `__name__`
//!     if len(inspect.signature(fn).parameters) > 1:  # a partial's signature counts the
//!         ...                                         # captures as parameters
//!
//! def submit(fn, *args, timeout=None, **kwargs):      # `timeout=timeout` binds the
//!     ...                                             # wrapper's own parameter
//! ```
//!
//! So a wrapper's row records the first place it inspects its callable (`Inspection`): an
//! attribute read on it (`fn.__name__`), or the callable given to a function that looks at
//! what it is (`inspect.signature`, `getattr`, `isinstance`, ...); and, for one that forwards
//! keywords, the names its own parameters take. Calling it, testing it (`if fn is None`),
//! handing it on, binding it in a `functools.partial` or printing it see the same callable
//! either way. The lift refuses a partial for the first, and a keyword of the second.

use tree_sitter::Node;

use super::values::Evaluator;
use crate::core::semantic::{Resolution, ScopeId};

/// The last names of the functions that look at what a callable is rather than call it: the
/// `inspect` module's readers of signatures and kinds, and the builtins that read attributes
/// or types.
const INSPECTORS: [&str; 16] = [
    "signature",
    "getfullargspec",
    "getargspec",
    "getcallargs",
    "isfunction",
    "ismethod",
    "iscoroutinefunction",
    "isgeneratorfunction",
    "isasyncgenfunction",
    "getsource",
    "getmodule",
    "getattr",
    "hasattr",
    "isinstance",
    "type",
    "vars",
];

/// The first place the function of scope `function` (whose node is `def`) inspects its
/// parameter `name`, nested functions included when they read the same binding: the
/// expression's text, on one line, and its line.
pub(super) fn inspected(
    eval: &Evaluator<'_>,
    def: Node<'_>,
    function: ScopeId,
    name: &str,
) -> Option<(String, usize)> {
    let body = def.child_by_field_name("body")?;
    let mut stack = vec![body];
    let mut first: Option<Node<'_>> = None;
    while let Some(node) = stack.pop() {
        if node.kind() == "identifier"
            && eval.text(node) == name
            && reads_parameter(eval, node, function, name)
            && let Some(inspecting) = inspecting(eval, node)
            && first.is_none_or(|f| inspecting.start_byte() < f.start_byte())
        {
            first = Some(inspecting);
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    let node = first?;
    let what = eval.text(node).split_whitespace().collect::<Vec<_>>();
    Some((what.join(" "), node.start_position().row + 1))
}

/// Whether the identifier `node` reads the parameter `name` of `function`.
fn reads_parameter(eval: &Evaluator<'_>, node: Node<'_>, function: ScopeId, name: &str) -> bool {
    let scope = eval.model.scope_at(node.start_byte());
    matches!(eval.model.resolve(scope, name), Resolution::Scope(found) if found == function)
}

/// The expression that inspects the callable `node` names: `fn.__name__` when `node` is the
/// object of an attribute, `inspect.signature(fn)` when it is an argument of an inspector.
fn inspecting<'t>(eval: &Evaluator<'_>, node: Node<'t>) -> Option<Node<'t>> {
    let parent = node.parent()?;
    match parent.kind() {
        "attribute" if parent.child_by_field_name("object") == Some(node) => Some(parent),
        "argument_list" => {
            let call = parent.parent().filter(|call| call.kind() == "call")?;
            let function = call.child_by_field_name("function")?;
            let last = match function.kind() {
                "identifier" => function,
                "attribute" => function.child_by_field_name("attribute")?,
                _ => return None,
            };
            INSPECTORS.contains(&eval.text(last)).then_some(call)
        }
        _ => None,
    }
}

/// The names a caller's keywords bind to the named parameters of `def` itself, rather than
/// to its `**kwargs`: every parameter but the positional-only ones, `*args` and `**kwargs`.
pub(super) fn own_keywords(eval: &Evaluator<'_>, def: Node<'_>) -> Vec<String> {
    let Some(parameters) = def.child_by_field_name("parameters") else {
        return Vec::new();
    };
    let mut names = Vec::new();
    let mut cursor = parameters.walk();
    for parameter in parameters.named_children(&mut cursor) {
        let name = match parameter.kind() {
            "positional_separator" => {
                names.clear();
                continue;
            }
            "identifier" => Some(parameter),
            "typed_parameter" => parameter
                .named_child(0)
                .filter(|n| n.kind() == "identifier"),
            "default_parameter" | "typed_default_parameter" => {
                parameter.child_by_field_name("name")
            }
            _ => None,
        };
        names.extend(name.map(|name| eval.text(name).to_string()));
    }
    names
}
