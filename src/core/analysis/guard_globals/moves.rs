//! The fix of PKL006: moving constant assignments from the `__main__` guard to just above it.
//!
//! ```python
//! if __name__ == "__main__":          scale = 3  # tuned
//!     scale = 3  # tuned        ->
//!     run()
//!                                     if __name__ == "__main__":
//!                                         run()
//! ```
//! An assignment moves when nothing can tell the difference: an immutable literal (evaluating
//! it on import runs nothing and no one can mutate it), bound once in the module, by a
//! statement of the guard's own block alone on its line (a trailing comment moves with it),
//! not read by module-level code before it, and the guard keeps a statement. The moved lines
//! go above the guard's `if` and the comment lines right above it, followed by two blank lines
//! so that anything else lifted there stays formatter-clean.

use tree_sitter::Node;

use super::GuardContext;
use crate::core::analysis::callables::unparenthesize;
use crate::core::fix::Edit;
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingKind, SemanticModel};
use crate::core::source::TextRange;

/// The edits that move the assignment of each of `names` above its guard, or why one of them
/// cannot move.
pub(super) fn moves(ctx: &GuardContext<'_, '_>, names: &[&str]) -> Result<Vec<Edit>, String> {
    let mut planned: Vec<Movable<'_>> = Vec::new();
    for name in names {
        let m = movable(ctx, name)?;
        if !planned.iter().any(|p| p.statement == m.statement) {
            planned.push(m);
        }
    }
    planned.sort_by_key(|m| m.statement.start_byte());
    let mut edits = Vec::new();
    for guard in unique_guards(&planned) {
        let here: Vec<&Movable<'_>> = planned.iter().filter(|m| m.guard == guard).collect();
        check_guard_keeps_a_statement(guard, here.len())?;
        let last_leading = leading_moved(guard, &here);
        let mut text = String::new();
        for m in &here {
            text.push_str(m.line);
            text.push_str(ctx.eol);
            let mut delete = m.delete;
            if Some(m.statement) == last_leading {
                delete.end = after_blank_lines(ctx.eval.source, delete.end);
            }
            edits.push(Edit::delete(delete));
        }
        // Two blank lines, as between top-level definitions: whatever else lands above the
        // guard (a function lifted there) stays formatter-clean.
        text.push_str(ctx.eol);
        text.push_str(ctx.eol);
        edits.push(Edit::insert(anchor(guard), text));
    }
    Ok(edits)
}

/// The last of the statements that open the guard's block and all move: the blank lines
/// after it go with it, so that the block does not start with a blank line (ruff format
/// removes one there).
fn leading_moved<'t>(guard: Node<'t>, moving: &[&Movable<'t>]) -> Option<Node<'t>> {
    let mut cursor = guard.walk();
    guard
        .named_children(&mut cursor)
        .filter(|n| n.kind_name() != "comment")
        .take_while(|n| moving.iter().any(|m| m.statement == *n))
        .last()
}

/// The offset after the blank lines (spaces and tabs only) that start at `offset`.
fn after_blank_lines(source: &str, mut offset: usize) -> usize {
    loop {
        let rest = &source[offset..];
        let blank = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        let after = &rest[blank..];
        let eol = if after.starts_with("\r\n") {
            2
        } else if after.starts_with(['\n', '\r']) {
            1
        } else {
            return offset;
        };
        offset += blank + eol;
    }
}

/// An assignment that can move above its guard.
pub(super) struct Movable<'t> {
    /// The guard's block.
    guard: Node<'t>,
    /// The `expression_statement` holding the assignment.
    pub(super) statement: Node<'t>,
    /// Its line without indentation or line break (a trailing comment stays with it).
    line: &'t str,
    /// Its whole line, with indentation and line break.
    delete: TextRange,
}

fn unique_guards<'t>(planned: &[Movable<'t>]) -> Vec<Node<'t>> {
    let mut guards: Vec<Node<'t>> = Vec::new();
    for m in planned {
        if !guards.contains(&m.guard) {
            guards.push(m.guard);
        }
    }
    guards
}

fn check_guard_keeps_a_statement(guard: Node<'_>, moving: usize) -> Result<(), String> {
    let mut cursor = guard.walk();
    let statements = guard
        .named_children(&mut cursor)
        .filter(|n| n.kind_name() != "comment")
        .count();
    if statements > moving {
        Ok(())
    } else {
        Err("moving it would leave the `__main__` guard empty".into())
    }
}

/// Where the moved lines go: the start of the guard's `if` statement, or of the comment lines
/// right above it, which belong to the guard.
fn anchor(guard: Node<'_>) -> usize {
    let mut statement = guard;
    while let Some(parent) = statement.parent() {
        statement = parent;
        if statement.kind_name() == "if_statement" {
            break;
        }
    }
    let mut top = statement;
    while let Some(previous) = top.prev_named_sibling() {
        let adjacent = previous.end_position().row + 1 == top.start_position().row;
        if previous.kind_name() != "comment" || !adjacent || previous.start_position().column != 0 {
            break;
        }
        top = previous;
    }
    top.start_byte()
}

/// The assignment of `name` under the guard, if it can move above the guard, or why not.
pub(super) fn movable<'t>(ctx: &GuardContext<'_, 't>, name: &str) -> Result<Movable<'t>, String> {
    let model = ctx.eval.model;
    let [only] = model.bindings_of(SemanticModel::MODULE, name) else {
        return Err(format!(
            "`{name}` is bound more than once under the guard, so its value in the workers is not one constant"
        ));
    };
    let binding = model.binding(*only);
    plain_assignment(name, &binding.kind)?;
    // `globals()["mode"] = "fast"` later under the guard: not one constant either.
    if let Some((write, line)) =
        crate::core::analysis::parent_state::runtime_rebind(ctx.eval, ctx.guards, name, None)
    {
        return Err(format!(
            "`{name}` is also rebound at run time through `{write}` (line {line}), so its value in the workers is not one constant"
        ));
    }
    let value = binding
        .value
        .and_then(|range| ctx.eval.node_at(range))
        .filter(|value| is_constant(*value))
        .ok_or_else(|| {
            format!(
                "the value of `{name}` is not a constant, and computing it on every import could change what the program does; define it above the guard by hand"
            )
        })?;
    let statement = assignment_statement(ctx, value).ok_or_else(|| {
        format!(
            "`{name}` is not assigned by a statement of the guard's own block, alone on its line"
        )
    })?;
    if read_before(model, name, statement.start_byte()) {
        return Err(format!(
            "`{name}` is read at module level before the guard assigns it, so moving it would change what that code sees"
        ));
    }
    whole_line(ctx, statement)
        .ok_or_else(|| format!("the assignment of `{name}` shares its lines with other code"))
}

fn plain_assignment(name: &str, kind: &BindingKind) -> Result<(), String> {
    match kind {
        BindingKind::Assignment | BindingKind::AnnotatedAssignment => Ok(()),
        BindingKind::Import { .. } => Err(format!(
            "`{name}` is imported under the guard; import it above the guard by hand"
        )),
        _ => Err(format!(
            "`{name}` is not bound by a plain assignment under the guard; define it above the guard by hand"
        )),
    }
}

/// The `expression_statement` of the assignment whose value is `value`, when it stands in a
/// guard's own block, with a plain name as its only target.
fn assignment_statement<'t>(ctx: &GuardContext<'_, 't>, value: Node<'t>) -> Option<Node<'t>> {
    let assignment = value.parent().filter(|a| a.kind_name() == "assignment")?;
    let target = assignment.field("left")?;
    let statement = assignment
        .parent()
        .filter(|s| s.kind_name() == "expression_statement" && s.named_child_count() == 1)?;
    let block = statement.parent()?;
    (target.kind_name() == "identifier" && ctx.guards.contains(&TextRange::of(block)))
        .then_some(statement)
}

/// Whether module-level code reads `name` before `offset` (code in functions runs later).
fn read_before(model: &SemanticModel, name: &str, offset: usize) -> bool {
    model
        .references
        .iter()
        .any(|r| r.name == name && r.scope == SemanticModel::MODULE && r.range.start < offset)
}

/// The statement's line, when it is alone on it (a trailing comment allowed).
fn whole_line<'t>(ctx: &GuardContext<'_, 't>, statement: Node<'t>) -> Option<Movable<'t>> {
    let source = ctx.eval.source;
    let (start, end) = (statement.start_byte(), statement.end_byte());
    let line_start = source[..start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let rest_len = source[end..]
        .find(['\n', '\r'])
        .unwrap_or(source.len() - end);
    let rest = &source[end..end + rest_len];
    let alone = source[line_start..start].trim().is_empty()
        && (rest.trim().is_empty() || rest.trim_start().starts_with('#'))
        && statement.start_position().row == statement.end_position().row;
    let after = &source[end + rest_len..];
    let break_len = if after.starts_with("\r\n") {
        2
    } else {
        usize::from(!after.is_empty())
    };
    alone.then(|| Movable {
        guard: statement.parent().unwrap_or(statement),
        statement,
        line: source[start..end + rest_len].trim_end(),
        delete: TextRange::new(line_start, end + rest_len + break_len),
    })
}

/// An immutable literal: a number, a string without interpolation, `True`, `False`, `None`,
/// a signed number, or a tuple of those. Moving it runs nothing, and no one can mutate it.
pub(in crate::core::analysis) fn is_constant(node: Node<'_>) -> bool {
    let node = unparenthesize(node);
    let mut cursor = node.walk();
    let mut children = node.named_children(&mut cursor);
    match node.kind_name() {
        "integer" | "float" | "true" | "false" | "none" => true,
        "string" => children.all(|c| c.kind_name() != "interpolation"),
        "concatenated_string" => children.all(is_constant),
        "unary_operator" => node
            .field("argument")
            .is_some_and(|a| matches!(a.kind_name(), "integer" | "float")),
        "tuple" => children.all(|c| c.kind_name() != "comment" && is_constant(c)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn constant(expression: &str) -> bool {
        let source = format!("x = {expression}\n");
        let Ok(tree) = crate::core::parse::parse(&source) else {
            panic!("{source:?} does not parse");
        };
        let root = tree.root_node();
        let value = root
            .named_child(0)
            .and_then(|s| s.named_child(0))
            .and_then(|a| a.field("right"));
        value.is_some_and(is_constant)
    }

    #[test]
    fn only_immutable_literals_are_constants() {
        for yes in [
            "3",
            "-2.5",
            "'a'",
            "b'x' b'y'",
            "(1, 'a', None)",
            "True",
            "(4)",
        ] {
            assert!(constant(yes), "{yes}");
        }
        for no in [
            "[1]", "{}", "f'{a}'", "load()", "a", "(1, a)", "-a", "1 + 2",
        ] {
            assert!(!constant(no), "{no}");
        }
    }
}
