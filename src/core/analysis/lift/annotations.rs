//! Which annotations travel with a captured variable into the lifted function's new parameter.
//!
//! `def worker(output_dir: str)` whose nested `work` captures `output_dir` lifts to
//! `def work(x, *, output_dir: str)`: the annotation says what the parameter is, and a
//! maintainer would have written it. But the new parameter's annotation is evaluated where the
//! lifted `def` runs, at module level just above the statement that contained the function,
//! while the original was evaluated in the enclosing function (or, for `limit: Config = 5` in a
//! function body, never). So an annotation travels only when it means the same thing there:
//! - the file has `from __future__ import annotations`, or the annotation is a string: it is
//!   never evaluated when the function is defined;
//! - otherwise every name it reads is a builtin, or a module-level name bound before the lifted
//!   function, outside any `if` (an `if TYPE_CHECKING:` import is not bound at run time).
//!
//! Anything else (a local type alias, a class defined further down, two different annotations
//! of one name, an annotation spanning lines, the annotation of `*args` or `**kwargs`, which
//! describes their items) is dropped, never left dangling.
//!
//! The lifted function's own parameter and return annotations follow the same rule: one that
//! names a local (a `TypedDict` defined in the enclosing function, a local alias) or a
//! module-level name bound only further down is dropped (`own_annotation_drops`), rather than
//! refusing the lift or leaving a name that would fail at import or that linters flag as
//! undefined.

use tree_sitter::Node;

use super::constants::parameter_of;
use super::{Captures, Context, Group, Pairs};
use crate::core::analysis::callables::Callable;
use crate::core::fix::Edit;
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingKind, Resolution, ScopeId, SemanticModel, is_builtin};
use crate::core::source::TextRange;

/// The parameter to declare for each captured name: `name: annotation` when its annotation
/// travels, else `name`.
pub(super) fn captured_parameters(
    ctx: &Context<'_>,
    group: &Group<'_>,
    captured: &Captures,
    renamed: &Pairs,
) -> Vec<String> {
    let lifted_at = group.lifted_at();
    captured
        .iter()
        .map(|(name, scope)| {
            let parameter = parameter_of(renamed, name);
            match annotation(ctx, *scope, name, lifted_at) {
                Some(annotation) => format!("{parameter}: {annotation}"),
                None => parameter.to_string(),
            }
        })
        .collect()
}

/// The annotation of `name` in `scope`, when there is exactly one and it travels.
fn annotation<'s>(
    ctx: &Context<'s>,
    scope: ScopeId,
    name: &str,
    lifted_at: usize,
) -> Option<&'s str> {
    let model = ctx.eval.model;
    let bindings = model.bindings_of(scope, name);
    // `*args: int` annotates each item: the captured `args` is a tuple (`**kwargs`, a dict).
    let star = bindings.iter().any(|&id| {
        let binding = model.binding(id);
        binding.kind == BindingKind::Parameter
            && ctx.eval.source[binding.statement.start..binding.statement.end].starts_with('*')
    });
    if star {
        return None;
    }
    let mut ranges = bindings
        .iter()
        .filter_map(|&id| model.binding(id).annotation);
    let range = ranges.next()?;
    let text = &ctx.eval.source[range.start..range.end];
    let agreed = ranges.all(|other| ctx.eval.source[other.start..other.end] == *text);
    let travels = agreed
        && !text.contains(['\n', '\r'])
        && reads_module_names(ctx, range)
        && forward_references_resolve(ctx, range)
        && (postponed(model) || is_string(text) || evaluates_alike(ctx, range, lifted_at));
    travels.then_some(text)
}

/// Whether the file has `from __future__ import annotations`.
fn postponed(model: &SemanticModel) -> bool {
    model
        .bindings_of(SemanticModel::MODULE, "annotations")
        .iter()
        .any(|&id| {
            matches!(&model.binding(id).kind,
                BindingKind::Import { module, member: Some(member) }
                    if module == "__future__" && member == "annotations")
        })
}

/// Whether the annotation is one plain string literal (not an f-string or bytes).
fn is_string(text: &str) -> bool {
    let prefix = &text[..text.find(['"', '\'']).unwrap_or(text.len())];
    prefix.len() < text.len() && !prefix.to_ascii_lowercase().contains(['f', 'b'])
}

/// Whether every name read in the annotation at `range` is a builtin or a module-level name
/// bound, unconditionally, before `lifted_at`.
fn evaluates_alike(ctx: &Context<'_>, range: TextRange, lifted_at: usize) -> bool {
    let model = ctx.eval.model;
    model
        .references_in(range)
        .all(|reference| match reference.resolution {
            Resolution::Builtin => true,
            Resolution::Scope(SemanticModel::MODULE) => model
                .bindings_of(SemanticModel::MODULE, &reference.name)
                .iter()
                .map(|&id| model.binding(id).statement)
                .any(|statement| statement.end <= lifted_at && unconditional(ctx, statement)),
            _ => false,
        })
}

/// Whether every name the annotation reads is a builtin or a module-level name. Even when it
/// is never evaluated (`from __future__ import annotations`), type checkers and linters resolve
/// it where the `def` stands: a local alias there is undefined at module level (F821).
fn reads_module_names(ctx: &Context<'_>, range: TextRange) -> bool {
    ctx.eval.model.references_in(range).all(|r| {
        matches!(
            r.resolution,
            Resolution::Builtin | Resolution::Scope(SemanticModel::MODULE)
        )
    })
}

/// Whether every name in the annotation's strings (`List['Node']`, `"Config | None"`) is a
/// builtin or bound at module level: type checkers and linters read those strings as forward
/// references and resolve them in the scope of the lifted `def`, where a local class is
/// undefined (ruff F821). Strings under `Literal[...]` are values, not references.
fn forward_references_resolve(ctx: &Context<'_>, range: TextRange) -> bool {
    let model = ctx.eval.model;
    forward_references(ctx, range).iter().all(|name| {
        is_builtin(name)
            || !model.bindings_of(SemanticModel::MODULE, name).is_empty()
            || matches!(*name, "None" | "True" | "False")
    })
}

/// The names the strings of the annotation at `range` read as forward references, which the
/// semantic model does not see. Strings under `Literal[...]` are values, and the strings after
/// the type in `Annotated[T, "..."]` are metadata; neither names anything.
pub(super) fn forward_references<'s>(ctx: &Context<'s>, range: TextRange) -> Vec<&'s str> {
    let mut names = Vec::new();
    let Some(annotation) = ctx.eval.node_at(range) else {
        return names;
    };
    let mut stack = vec![annotation];
    while let Some(node) = stack.pop() {
        if node.kind_name() == "string" {
            names.extend(string_names(&ctx.eval.source[node.byte_range()]));
            continue;
        }
        if let Some((value, arguments)) = subscription(node) {
            if spells(ctx, value, "Literal") {
                continue;
            }
            stack.push(value);
            // `Annotated[T, "metadata"]`: only the type is a type.
            let keep = if spells(ctx, value, "Annotated") {
                1
            } else {
                usize::MAX
            };
            stack.extend(arguments.into_iter().take(keep));
            continue;
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    names
}

/// `X[a, b]` as an expression (`subscript`) or in a type position (`generic_type`): the
/// subscripted value and its arguments.
fn subscription(node: Node<'_>) -> Option<(Node<'_>, Vec<Node<'_>>)> {
    let (value, holder) = match node.kind_name() {
        "subscript" => (node.field("value")?, node),
        "generic_type" => (node.named_child(0)?, node.named_child(1)?),
        _ => return None,
    };
    let mut cursor = holder.walk();
    let arguments = holder
        .named_children(&mut cursor)
        .filter(|child| *child != value)
        .collect();
    Some((value, arguments))
}

/// Whether `value` spells `name` or `module.name`.
fn spells(ctx: &Context<'_>, value: Node<'_>, name: &str) -> bool {
    let text = &ctx.eval.source[value.byte_range()];
    text == name
        || text
            .strip_suffix(name)
            .is_some_and(|head| head.ends_with('.'))
}

/// The names a string annotation starts its dotted paths with: `"pkg.Node | None"` gives `pkg`
/// and `None`. Attributes after a dot are not names of the scope.
fn string_names(text: &str) -> Vec<&str> {
    let quoted = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let quote = ["\"\"\"", "'''", "\"", "'"]
        .into_iter()
        .find(|q| quoted.starts_with(q))
        .unwrap_or("");
    let body = quoted
        .strip_prefix(quote)
        .and_then(|b| b.strip_suffix(quote))
        .unwrap_or("");
    let is_word = |c: char| c == '_' || c.is_alphanumeric();
    let mut names = Vec::new();
    let mut inner_quote: Option<char> = None;
    let mut start: Option<usize> = None;
    for (at, c) in body
        .char_indices()
        .chain(std::iter::once((body.len(), ' ')))
    {
        // A string inside the annotation (`"Literal['fast']"`) is a value, not a name.
        if let Some(q) = inner_quote {
            if c == q {
                inner_quote = None;
            }
            continue;
        }
        match (start, is_word(c)) {
            (None, true) => start = Some(at),
            (Some(from), false) => {
                let word = &body[from..at];
                let attribute = body[..from].trim_end().ends_with('.');
                if !attribute && !word.starts_with(|c: char| c.is_ascii_digit()) {
                    names.push(word);
                }
                start = None;
            }
            _ => {}
        }
        if matches!(c, '"' | '\'') {
            inner_quote = Some(c);
        }
    }
    names
}

/// Whether the statement at `range` runs whenever the module is imported: no `if`, `match`,
/// loop or function around it (a `try` is fine: its body runs).
pub(super) fn unconditional(ctx: &Context<'_>, range: TextRange) -> bool {
    let Some(mut node) = ctx.eval.node_at(range) else {
        return false;
    };
    while let Some(parent) = node.parent() {
        if matches!(
            parent.kind_name(),
            "if_statement"
                | "match_statement"
                | "for_statement"
                | "while_statement"
                | "function_definition"
        ) {
            return false;
        }
        node = parent;
    }
    true
}

/// The annotation nodes of a member's parameters and its return annotation: evaluated where
/// the `def` runs, so what they read is not a capture.
pub(super) fn own_annotations(member: Callable<'_>) -> Vec<Node<'_>> {
    let Callable::Function { definition, .. } = member else {
        return Vec::new();
    };
    let mut found: Vec<Node<'_>> = definition.field("return_type").into_iter().collect();
    if let Some(parameters) = definition.field("parameters") {
        let mut cursor = parameters.walk();
        found.extend(
            parameters
                .named_children(&mut cursor)
                .filter_map(|p| p.field("type")),
        );
    }
    found
}

/// The edits that drop each of the members' own annotations that would not mean the same at
/// module level: `x: Local` becomes `x`, `x: Local = 1` becomes `x=1`, `-> Local` goes.
pub(super) fn own_annotation_drops(ctx: &Context<'_>, group: &Group<'_>) -> Vec<Edit> {
    let lifted_at = group.lifted_at();
    let model = ctx.eval.model;
    let mut edits = Vec::new();
    for member in &group.members {
        for annotation in own_annotations(*member) {
            let range = TextRange::of(annotation);
            let text = &ctx.eval.source[range.start..range.end];
            let keeps = reads_module_names(ctx, range)
                && forward_references_resolve(ctx, range)
                && (postponed(model) || is_string(text) || evaluates_alike(ctx, range, lifted_at));
            if !keeps {
                edits.extend(drop_edit(annotation));
            }
        }
    }
    edits
}

fn drop_edit(annotation: Node<'_>) -> Option<Edit> {
    let owner = annotation.parent()?;
    match owner.kind_name() {
        "function_definition" => {
            let parameters = owner.field("parameters")?;
            Some(Edit::delete(TextRange::new(
                parameters.end_byte(),
                annotation.end_byte(),
            )))
        }
        "typed_default_parameter" => {
            let name = owner.field("name")?;
            let value = owner.field("value")?;
            Some(Edit::replace(
                TextRange::new(name.end_byte(), value.start_byte()),
                "=",
            ))
        }
        _ => {
            let name = owner.named_child(0)?;
            Some(Edit::delete(TextRange::new(
                name.end_byte(),
                annotation.end_byte(),
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::string_names;

    #[test]
    fn string_names_are_the_heads_of_dotted_paths() {
        assert_eq!(string_names("'pkg.Node | None'"), ["pkg", "None"]);
        assert_eq!(
            string_names("r\"list[CC] | dict[str, x.y.Z]\""),
            ["list", "CC", "dict", "str", "x"]
        );
        assert!(string_names("'1.5'").is_empty());
        // Inner strings are values (`Literal` members), not names.
        assert_eq!(string_names("\"Literal['fast', 'slow']\""), ["Literal"]);
        assert_eq!(string_names("\"\"\"Node\"\"\""), ["Node"]);
    }
}
