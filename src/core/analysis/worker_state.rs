//! Callables a worker keeps for later: a module-level function run in the worker (a pool's
//! initializer, most often) that stores its parameter in module-level state, which another
//! module-level function then calls. What the caller passes there is pickled and called in
//! the worker as surely as if the worker called it at once (dynesty's pool):
//!
//! ```text
//! class FunctionCache:
//!     pass
//!
//! def initializer(loglike):               # run once in each worker, given `initargs`
//!     FunctionCache.loglike = loglike     # kept ...
//!
//! def loglike_cache(x):                   # ... and called by each task
//!     return FunctionCache.loglike(x)
//!
//! ctx.Pool(n, initializer, (self.loglike_0,))   # `loglike_0` is a callable the caller gave
//! ```
//!
//! Only a plain assignment of the parameter itself to an attribute of a module-level name
//! (`FunctionCache.loglike`) or to a global the function declares (`global _fn; _fn = fn`),
//! and only when some call in the module calls that very attribute or global: a kept value
//! nothing calls is data.

use tree_sitter::Node;

use super::callables::unparenthesize;
use super::values::Evaluator;
use crate::core::node::NodeExt;
use crate::core::semantic::{Resolution, SemanticModel};

/// Whether the worker whose body is `body` keeps its parameter `name` in module-level state
/// that a call in the module calls (see the module's doc).
pub(super) fn kept_for_later_calls(eval: &Evaluator<'_>, body: Node<'_>, name: &str) -> bool {
    !kept_reads(eval, body, name).is_empty()
}

/// Where the reads of `name` that keep it for later calls start (the right side of
/// `FunctionCache.loglike = loglike`), when a call in the module calls what they keep.
pub(super) fn kept_reads(eval: &Evaluator<'_>, body: Node<'_>, name: &str) -> Vec<usize> {
    let kept = kept_places(eval, body, name);
    match !kept.is_empty() && calls_any(eval, &kept) {
        true => kept.into_iter().map(|(_, read)| read).collect(),
        false => Vec::new(),
    }
}

/// The module-level places `body` assigns the parameter `name` to, as written
/// (`FunctionCache.loglike`, `_fn`), each with where the read of `name` starts.
fn kept_places<'a>(eval: &Evaluator<'a>, body: Node<'a>, name: &str) -> Vec<(&'a str, usize)> {
    let mut kept = Vec::new();
    // Most workers that do not call their parameter never assign it either: a look at the
    // text spares the walk of their body.
    if !assigned_in_text(eval.text(body), name) {
        return kept;
    }
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
        if node.kind_name() != "assignment" {
            continue;
        }
        let (Some(left), Some(right)) =
            (node.field("left"), node.field("right").map(unparenthesize))
        else {
            continue;
        };
        if right.kind_name() == "identifier" && eval.text(right) == name && module_level(eval, left)
        {
            kept.push((eval.text(left), right.start_byte()));
        }
    }
    kept
}

/// Whether `text` may assign `name` to something: `name` follows an `=` that is no
/// comparison (`x = name`, `x=name`), spaces between.
fn assigned_in_text(text: &str, name: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, name.as_bytes()).any(|at| {
        let before = bytes[..at].trim_ascii_end();
        before.ends_with(b"=")
            && !matches!(
                before.len().checked_sub(2).map(|i| before[i]),
                Some(b'=' | b'<' | b'>' | b'!')
            )
    })
}

/// Whether `target`, an assignment's target, is module-level state: an attribute of a name
/// the module binds, or a name that resolves to the module's scope where it is assigned.
fn module_level(eval: &Evaluator<'_>, target: Node<'_>) -> bool {
    let root = match target.kind_name() {
        "attribute" => target
            .field("object")
            .filter(|o| o.kind_name() == "identifier"),
        "identifier" => Some(target),
        _ => None,
    };
    root.is_some_and(|root| {
        let scope = eval.model.scope_at(root.start_byte());
        eval.model.resolve(scope, eval.text(root)) == Resolution::Scope(SemanticModel::MODULE)
    })
}

/// Whether some call in the module calls one of `places`, spelled as it was assigned, and
/// resolving to the module's name there.
fn calls_any(eval: &Evaluator<'_>, places: &[(&str, usize)]) -> bool {
    let mut stack = vec![eval.root];
    while let Some(node) = stack.pop() {
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
        let Some(function) = node
            .field("function")
            .filter(|_| node.kind_name() == "call")
        else {
            continue;
        };
        let called = eval.text(function);
        if places.iter().any(|(place, _)| *place == called) && module_level(eval, function) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::assigned_in_text;

    #[test]
    fn an_assignment_of_the_name_is_seen_in_the_text_and_a_comparison_is_not() {
        assert!(assigned_in_text("Cache.fn = fn\n", "fn"));
        assert!(assigned_in_text("_fn=fn", "fn"));
        assert!(!assigned_in_text("if x == fn:\n    fn()", "fn"));
        assert!(!assigned_in_text("if x <= fn or y != fn: pass", "fn"));
        assert!(!assigned_in_text("return fn(x)", "fn"));
    }
}
