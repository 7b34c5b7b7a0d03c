//! A lift must not leave a variable or import that was read assigned and never read.
//!
//! The lifted code no longer reads the enclosing function's locals: it takes them as
//! parameters, and whatever calls or hands it over passes them. When nothing that stays passes
//! them (a nested function nobody calls, or one reached only from other lifted code), or when
//! the only read was an annotation that cannot travel (`def f(x: U)` with `U` a local
//! `TypeVar`, an `if TYPE_CHECKING:` import), the output has a dead store or an unused import:
//! ruff reports F841 or F401, a reviewer asks why, and deleting the assignment is not ours to
//! decide (its value may have side effects). Such a lift is refused.
//!
//! The check reads the plan's final edits, not how they were made: a read survives when no
//! edit replaces it, or when an edit inside the variable's scope writes the name again as code (a call
//! that now passes `y=y`, a `functools.partial(f, y)`, the lifted code itself at module level).

use super::Context;
use crate::core::fix::Edit;
use crate::core::semantic::{
    BindingKind, Reference, Resolution, ScopeId, ScopeKind, SemanticModel,
};
use crate::core::source::TextRange;

/// Refuse the plan when its edits leave a name that was read with no reader.
pub(super) fn check_reads_kept(
    ctx: &Context<'_>,
    edits: &[Edit],
    dropped: &[TextRange],
) -> Result<(), String> {
    let model = ctx.eval.model;
    let mut lost: Vec<(ScopeId, &str)> = Vec::new();
    for reference in model.references.iter().filter(|r| replaced(edits, r.range)) {
        let Resolution::Scope(scope) = reference.resolution else {
            continue;
        };
        // The lifted code's own locals move with it.
        let moves = replaced(edits, model.scope(scope).range);
        if !moves
            && !lost.contains(&(scope, reference.name.as_str()))
            && may_be_left_unused(edits, model, scope, &reference.name)
        {
            lost.push((scope, reference.name.as_str()));
        }
    }
    // Names in the strings of a dropped annotation: linters read them, the model does not.
    for &range in dropped {
        let at = model.scope_at(range.start);
        for name in super::annotations::forward_references(ctx, range) {
            if let Resolution::Scope(scope) = model.resolve(at, name)
                && !lost.contains(&(scope, name))
                && may_be_left_unused(edits, model, scope, name)
            {
                lost.push((scope, name));
            }
        }
    }
    for (scope, name) in lost {
        let still_read = model
            .references
            .iter()
            .any(|r| reads(model, r, scope, name) && !replaced(edits, r.range));
        if still_read || written_again(ctx, edits, scope, name) {
            continue;
        }
        return Err(reason(ctx, scope, name, dropped));
    }
    Ok(())
}

/// Whether an edit replaces the text at `range` (an insertion replaces nothing).
fn replaced(edits: &[Edit], range: TextRange) -> bool {
    edits
        .iter()
        .any(|e| !e.range.is_empty() && e.range.contains_range(range))
}

/// Whether `name` in `scope` has a binding whose loss of readers linters report and reviewers notice: a local variable or
/// import of a function (not a parameter, a `def`, a `class` or a loop variable), or an import
/// at module level (a module-level variable may be read from other modules), that the plan
/// keeps.
fn may_be_left_unused(edits: &[Edit], model: &SemanticModel, scope: ScopeId, name: &str) -> bool {
    // Bindings the plan deletes (a local import that moves into the lifted code) leave
    // nothing behind.
    let kinds = model
        .bindings_of(scope, name)
        .iter()
        .map(|&id| model.binding(id))
        .filter(|b| !replaced(edits, b.range))
        .map(|b| &b.kind);
    match model.scope(scope).kind {
        ScopeKind::Module => kinds
            .into_iter()
            .any(|k| matches!(k, BindingKind::Import { .. })),
        ScopeKind::Function => kinds.into_iter().any(|k| {
            !matches!(
                k,
                BindingKind::Parameter
                    | BindingKind::FunctionDef
                    | BindingKind::ClassDef
                    | BindingKind::ForTarget
                    | BindingKind::Deletion
                    | BindingKind::TypeParameter
            )
        }),
        _ => false,
    }
}

/// Whether `reference` reads the `name` bound in `scope`: from a nested scope at any point, or
/// from the scope's own code after its first binding (a read before it is of an unbound local,
/// which no assignment serves).
fn reads(model: &SemanticModel, reference: &Reference, scope: ScopeId, name: &str) -> bool {
    if reference.resolution != Resolution::Scope(scope) || reference.name != name {
        return false;
    }
    reference.scope != scope || !model.reads_unbound_local(reference)
}

/// Whether an edit inside `scope` writes `name` as an identifier: the value a call or a
/// `functools.partial` now passes, or the lifted code inserted at module level.
fn written_again(ctx: &Context<'_>, edits: &[Edit], scope: ScopeId, name: &str) -> bool {
    let range = ctx.eval.model.scope(scope).range;
    // An insertion at the scope's first byte goes above it: the lifted code is inserted just
    // before the statement that held it.
    edits
        .iter()
        .filter(|e| range.contains_range(e.range) && e.range.start > range.start)
        .any(|e| has_identifier(&e.content, name))
}

/// Whether `name` appears in `text` (Python code) as a whole word outside strings and
/// comments: a docstring that mentions it reads nothing. The replacement fields of an
/// f-string are code (`f"{hypot(x)}"` reads `hypot`), its literal text is not.
fn has_identifier(text: &str, name: &str) -> bool {
    let is_word = |c: char| c == '_' || c.is_alphanumeric();
    let mut rest = text;
    let mut previous = ' ';
    while let Some(c) = rest.chars().next() {
        if c == '#' {
            rest = rest.find('\n').map_or("", |end| &rest[end..]);
            continue;
        }
        if c == '"' || c == '\'' {
            // The prefix is the run of letters right before the quote (`f`, `rf`, `Br`).
            let before = &text[..text.len() - rest.len()];
            let prefix: Vec<char> = before
                .chars()
                .rev()
                .take_while(char::is_ascii_alphabetic)
                .collect();
            let formatted = prefix.len() <= 2 && prefix.iter().any(|p| matches!(p, 'f' | 'F'));
            let triple = if c == '"' { "\"\"\"" } else { "'''" };
            let quote = if rest.starts_with(triple) {
                triple
            } else {
                &rest[..1]
            };
            let (fields, after) = string_body(&rest[quote.len()..], quote, formatted);
            if fields.iter().any(|field| has_identifier(field, name)) {
                return true;
            }
            rest = after;
            previous = c;
            continue;
        }
        if !is_word(previous) && rest.starts_with(name) {
            let after = rest[name.len()..].chars().next();
            if !after.is_some_and(is_word) {
                return true;
            }
        }
        previous = c;
        rest = &rest[c.len_utf8()..];
    }
    false
}

/// The replacement fields of the string whose body starts `body` (after its opening `quote`),
/// when `formatted`, and the text after its closing quote. A backslash escapes the character
/// after it, whatever its width; `{{` is a literal brace. A field ends at the `}` that closes
/// its `{`, counting the brackets of the code and of a nested format spec between them and
/// skipping the strings written in it.
fn string_body<'a>(body: &'a str, quote: &str, formatted: bool) -> (Vec<&'a str>, &'a str) {
    let mut fields = Vec::new();
    let mut rest = body;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix(quote) {
            return (fields, after);
        }
        if c == '\\' {
            let mut chars = rest.chars();
            let skipped = chars.next().map_or(0, char::len_utf8);
            let escaped = chars.next().map_or(0, char::len_utf8);
            rest = &rest[skipped + escaped..];
            continue;
        }
        if formatted && rest.starts_with("{{") {
            rest = &rest[2..];
            continue;
        }
        if formatted && c == '{' {
            let field = &rest[1..];
            let mut depth = 1usize;
            let mut inner: Option<char> = None;
            let mut end = field.len();
            for (at, d) in field.char_indices() {
                match inner {
                    Some(q) if d == q => inner = None,
                    Some(_) => {}
                    None => match d {
                        '"' | '\'' => inner = Some(d),
                        '{' | '[' | '(' => depth += 1,
                        '}' | ']' | ')' => {
                            depth -= 1;
                            if depth == 0 {
                                end = at;
                                break;
                            }
                        }
                        _ => {}
                    },
                }
            }
            fields.push(&field[..end]);
            rest = field.get(end + 1..).unwrap_or("");
            continue;
        }
        rest = &rest[c.len_utf8()..];
    }
    (fields, rest)
}

fn reason(ctx: &Context<'_>, scope: ScopeId, name: &str, dropped: &[TextRange]) -> String {
    let model = ctx.eval.model;
    let in_model = model
        .references
        .iter()
        .any(|r| reads(model, r, scope, name) && dropped.iter().any(|d| d.contains_range(r.range)));
    let in_strings = dropped
        .iter()
        .any(|&d| super::annotations::forward_references(ctx, d).contains(&name));
    let in_annotation = in_model || in_strings;
    let whose = match &model.scope(scope).name {
        Some(function) => format!("`{name}`, a local of `{function}`,"),
        None => format!("`{name}`, imported at module level,"),
    };
    if in_annotation {
        format!(
            "{whose} would be left unused: an annotation that cannot move with the lifted code reads it, and nothing else does"
        )
    } else {
        format!(
            "{whose} would be left unused: only the code that moves reads it, and nothing that stays calls that code to pass it on"
        )
    }
}

#[cfg(test)]
mod tests {
    use super::has_identifier;

    #[test]
    fn identifiers_in_strings_and_comments_do_not_count() {
        assert!(has_identifier("f(x, y=y)", "y"));
        assert!(!has_identifier("f(x, yy=z)", "y"));
        assert!(!has_identifier(
            "def w(x):\n    \"\"\"Format one Decimal.\"\"\"\n",
            "Decimal"
        ));
        assert!(!has_identifier("x = 1  # Decimal\n", "Decimal"));
        assert!(!has_identifier("s = 'it\\'s Decimal'\n", "Decimal"));
        assert!(has_identifier("s = 'é'; Decimal(1)\n", "Decimal"));
        assert!(has_identifier("return f\"{hypot(*p) * scale}\"\n", "hypot"));
        assert!(has_identifier("return rf'{x!r:>{width}}'\n", "width"));
        assert!(has_identifier("f'{d[\"k\"]}' + str(Decimal)\n", "Decimal"));
        assert!(has_identifier("F'''{a}\n{hypot(b)!r}'''\n", "hypot"));
        assert!(!has_identifier(
            "return f\"hypot {{hypot}} {x}\"\n",
            "hypot"
        ));
        assert!(!has_identifier("return b'{hypot}' + '{hypot}'\n", "hypot"));
        assert!(!has_identifier(
            "return f'''{x}\n{y!r}'''  # hypot\n",
            "hypot"
        ));
    }
}
