//! Local imports a lift leaves behind. A lifted function gets a copy of every local import it
//! used (see `text::import_statements`); when nothing else in the enclosing function used that
//! import, the original is now unused (pyflakes' F401), and a maintainer would delete it. So it
//! is deleted (or only its name, from an import of several), when that changes nothing but
//! where the import runs: its name is bound nowhere else in the scope, and it is not inside a
//! `try`, which may catch its `ImportError` (such a lift is refused).
//!
//! Worked example: in `def outer():⏎    from m import f⏎    def work(x): return f(x)⏎ ...`
//! with `work` lifted, `from m import f` moves into `work`, and goes from `outer`.

use tree_sitter::Node;

use super::text::{member_statements, removal_edit};
use super::{Context, Group};
use crate::core::fix::Edit;
use crate::core::node::NodeExt;
use crate::core::semantic::BindingId;
use crate::core::source::TextRange;

/// The deletions of the local imports in `imports` that only the group's members used: the
/// whole statement when none of its names is left in use, else those names.
pub(super) fn unused_after_lift(
    ctx: &Context<'_>,
    group: &Group<'_>,
    imports: &[BindingId],
) -> Result<Vec<Edit>, String> {
    let model = ctx.eval.model;
    let mut removed = member_statements(group);
    // `try: import ujson as js` / `except ImportError: import json as js`, repeated whole in
    // the lifted code: it goes when nothing else reads a name it binds.
    let mut fallbacks: Vec<TextRange> = Vec::new();
    let mut unread_fallbacks = Vec::new();
    for &id in imports {
        let Some(statement) = super::text::fallback_try(ctx, model.binding(id)) else {
            continue;
        };
        let range = TextRange::of(statement);
        if fallbacks.contains(&range) {
            continue;
        }
        fallbacks.push(range);
        let scope = model.binding(id).scope;
        let unread = (model.bindings.iter())
            .filter(|b| b.scope == scope && range.contains_range(b.range))
            .all(|b| !group.read_outside(model, b));
        if unread {
            unread_fallbacks.push(statement);
        }
    }
    let removable: Vec<BindingId> = imports
        .iter()
        .copied()
        .filter(|&id| {
            let range = model.binding(id).range;
            !fallbacks.iter().any(|f| f.contains_range(range)) && only_members_use(ctx, group, id)
        })
        .collect();
    let mut statements: Vec<TextRange> = removable
        .iter()
        .map(|&id| model.binding(id).statement)
        .collect();
    statements.sort_by_key(|r| r.start);
    statements.dedup();
    // Every statement that goes whole, so that each removal sees the others (`import json`
    // and `import os` opening the guard: the blank line after the second goes with it).
    removed.extend(unread_fallbacks.iter().map(|s| TextRange::of(*s)));
    removed.extend(statements.iter().copied().filter(|&range| {
        (model.bindings.iter().enumerate())
            .filter(|(_, b)| b.statement == range)
            .all(|(i, _)| removable.contains(&BindingId(i as u32)))
    }));
    let mut edits = Vec::new();
    for statement in unread_fallbacks {
        edits.push(removal_edit(ctx, statement, &removed)?);
    }
    for range in statements {
        edits.extend(statement_removal(ctx, range, &removable, &removed)?);
    }
    Ok(edits)
}

/// The edits that remove the `removable` names the import statement at `range` binds.
fn statement_removal(
    ctx: &Context<'_>,
    range: TextRange,
    removable: &[BindingId],
    removed: &[TextRange],
) -> Result<Vec<Edit>, String> {
    let model = ctx.eval.model;
    let statement = ctx.eval.node_at(range).ok_or("lost an import (internal)")?;
    let of_statement: Vec<BindingId> = (0..model.bindings.len())
        .map(|i| BindingId(i as u32))
        .filter(|&id| model.binding(id).statement == range)
        .collect();
    let going: Vec<BindingId> = of_statement
        .iter()
        .copied()
        .filter(|id| removable.contains(id))
        .collect();
    if in_try(statement) {
        return Err(format!(
            "it uses `{}`, imported inside a `try` for it alone, and moving that import would move what the `try` catches",
            model.binding(going[0]).name
        ));
    }
    if going.len() == of_statement.len() {
        return Ok(vec![removal_edit(ctx, statement, removed)?]);
    }
    let bound: Vec<TextRange> = going.iter().map(|&id| model.binding(id).range).collect();
    Ok(name_removals(statement, &bound))
}

/// Whether only the members read the import `id`, the one binding of its name in its scope.
fn only_members_use(ctx: &Context<'_>, group: &Group<'_>, id: BindingId) -> bool {
    let model = ctx.eval.model;
    let binding = model.binding(id);
    !group.read_outside(model, binding)
        && model.bindings_of(binding.scope, &binding.name).len() == 1
}

/// The deletions of some names of `import a, b, c` or `from m import a, b, c` (not all): a name
/// followed by a kept one goes with the comma after it; the names after the last kept one go
/// with the comma before them, in one deletion (two would overlap on that comma).
fn name_removals(statement: Node<'_>, bound: &[TextRange]) -> Vec<Edit> {
    let mut cursor = statement.walk();
    let names: Vec<Node<'_>> = statement
        .children_by_field_name("name", &mut cursor)
        .collect();
    let going = |n: &Node<'_>| bound.iter().any(|b| TextRange::of(*n).contains_range(*b));
    let Some(last_kept) = names.iter().rposition(|n| !going(n)) else {
        return Vec::new();
    };
    let mut edits: Vec<Edit> = names
        .windows(2)
        .take(last_kept)
        .filter(|pair| going(&pair[0]))
        .map(|pair| Edit::delete(TextRange::new(pair[0].start_byte(), pair[1].start_byte())))
        .collect();
    if let Some(end) = names[last_kept + 1..].last() {
        let start = names[last_kept].end_byte();
        edits.push(Edit::delete(TextRange::new(start, end.end_byte())));
    }
    edits
}

/// Whether `statement` lies in a `try` statement of its function.
fn in_try(statement: Node<'_>) -> bool {
    let mut node = statement.parent();
    while let Some(n) = node {
        match n.kind_name() {
            "try_statement" => return true,
            "function_definition" | "class_definition" | "module" => return false,
            _ => node = n.parent(),
        }
    }
    false
}
