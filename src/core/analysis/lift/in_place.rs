//! A module-level `name = lambda ...` becomes `def name(...)` where the statement stands, as a
//! maintainer would write it (and as ruff's fix for E731, "do not assign a lambda expression",
//! does), instead of `def _name` above it and `name = _name` left behind. In the main guard's
//! block, where a worker never runs it, it becomes `def name` above the guard, as a function
//! defined there moves (PKL001), when the lambda reads nothing the guard assigns.
//!
//! Pickle finds the function by its qualified name, `name`, which must lead back to the same
//! object when a worker imports the module: so the statement must be the only binding of `name`
//! anywhere in the module (no reassignment, `del`, `global name` in a function, import or
//! loop target), run once (a statement of the module itself or of the guard's block, not
//! inside another `if`, a loop or `try`), and a plain assignment of the lambda alone (not
//! `a = b = lambda`, not annotated, not sharing its line with another statement). Then `def
//! name` binds the same name, at the same point of the module's execution (or earlier, for
//! the guard's), to a function that does what the lambda did.
//!
//! A name in capitals (`SQUARE = lambda x: x * x`, a constant by PEP 8's convention) keeps the
//! old form, `def _square` above and `SQUARE = _square`: `def SQUARE` is a function named as a
//! constant, which pep8-naming reports (N802) where the assignment passed.

use tree_sitter::Node;

use super::Context;
use super::references::{bound_to_variable, lambda_variable_binding, outer, without_e731};
use super::text::two_blank_lines_above;
use crate::core::analysis::layout::leading_comments_start;
use crate::core::fix::Edit;
use crate::core::head::head_end;
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingKind, SemanticModel};
use crate::core::source::{TextRange, is_blank_line, next_line_start};

/// Where a lambda bound to a variable goes when it is lifted.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Placement {
    /// Above the module-level statement that holds it, under a name of its own; its
    /// variable, if any, stays where it was, assigned the lifted function.
    Above,
    /// `name = lambda ...`, a statement of the module: `def name` where it stands.
    Here,
    /// `name = lambda ...` directly in the main guard's block, capturing nothing: `def name`
    /// above the guard, as a function defined under the guard moves, and the assignment goes.
    FromGuard,
}

/// Where `lambda` goes (see the module doc); `captures_nothing` says whether its group passes
/// no value to it (a default bound at the call site included): a `def name` has nowhere to
/// take one.
pub(super) fn placement(ctx: &Context<'_>, lambda: Node<'_>, captures_nothing: bool) -> Placement {
    let Some(statement) = assignment_statement(ctx, lambda).filter(|_| captures_nothing) else {
        return Placement::Above;
    };
    let lowercase = statement
        .named_child(0)
        .and_then(|assignment| assignment.field("left"))
        .is_some_and(|name| !ctx.eval.text(name).bytes().any(|b| b.is_ascii_uppercase()));
    if !lowercase {
        return Placement::Above;
    }
    let Some(block) = statement.parent() else {
        return Placement::Above;
    };
    if block.kind_name() == "module" {
        return Placement::Here;
    }
    match ctx.guards.contains(&TextRange::of(block)) {
        true => Placement::FromGuard,
        false => Placement::Above,
    }
}

/// The statement `name = lambda ...` that binds the lambda's variable, when it is the
/// module's only binding of the name, a plain assignment of the lambda alone on its line, and
/// no `# type:` comment follows it.
pub(super) fn assignment_statement<'t>(ctx: &Context<'t>, lambda: Node<'t>) -> Option<Node<'t>> {
    if !bound_to_variable(lambda) {
        return None;
    }
    let assignment = outer(lambda)
        .parent()
        .filter(|p| p.kind_name() == "assignment")?;
    let plain = assignment.field("type").is_none()
        && assignment
            .field("left")
            .is_some_and(|left| left.kind_name() == "identifier");
    let statement = assignment
        .parent()
        .filter(|s| s.kind_name() == "expression_statement" && s.named_child_count() == 1)?;
    let own_line = statement
        .next_sibling()
        .is_none_or(|n| n.kind_name() != ";")
        && statement
            .prev_sibling()
            .is_none_or(|p| p.kind_name() != ";");
    if !(plain && own_line) {
        return None;
    }
    let model = ctx.eval.model;
    let id = lambda_variable_binding(ctx, lambda)?;
    let binding = model.binding(id);
    let only = binding.scope == SemanticModel::MODULE
        && binding.kind == BindingKind::Assignment
        && model.bindings_of(binding.scope, &binding.name).len() == 1;
    (only && !type_comment_after(ctx.eval.source, statement)).then_some(statement)
}

/// A `# type: T` comment after the statement types the variable; after a `return` it would
/// mean nothing (`# type: ignore` is kept there as any comment is).
fn type_comment_after(source: &str, statement: Node<'_>) -> bool {
    let rest = &source[statement.end_byte()..];
    let line = &rest[..rest.find(['\n', '\r']).unwrap_or(rest.len())];
    let Some(comment) = line.trim_start().strip_prefix('#') else {
        return false;
    };
    comment
        .trim_start()
        .strip_prefix("type:")
        .is_some_and(|t| !t.trim_start().starts_with("ignore"))
}

/// The edits that replace `statement` by the function `text`, with the two blank lines PEP 8
/// (and black) want around a module-level `def`: above its leading comments, and before
/// whatever follows (the next statement's comments included). Each top-up is an edit of its
/// own, identical to the one a neighbouring lift of the same kind makes, so that two
/// functions defined in place one after the other share it instead of adding it twice. A
/// comment after the lambda stays after the `return` line, but for `# noqa: E731`, which now
/// suppresses nothing.
pub(super) fn in_place_edits(ctx: &Context<'_>, statement: Node<'_>, text: &str) -> Vec<Edit> {
    let source = ctx.eval.source;
    let mut edits = Vec::new();
    let head = head_end(ctx.eval.root, source);
    let at = leading_comments_start(source, statement).max(head.min(statement.start_byte()));
    edits.extend(two_blank_lines_above(ctx, at));
    let (range, comment) = without_e731(source, TextRange::of(statement));
    edits.push(Edit::replace(range, format!("{text}{comment}")));
    let mut next = next_line_start(source, range.end);
    while is_blank_line(source, next) {
        next = next_line_start(source, next);
    }
    if next < source.len() {
        edits.extend(two_blank_lines_above(ctx, next));
    }
    edits
}
