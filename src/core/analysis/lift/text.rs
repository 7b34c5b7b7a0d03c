//! Producing the lifted code and the edits that move it. Each member becomes module-level text
//! (renamed when its name is taken, given parameters for what it captured, its local imports
//! copied into its body, dedented, its docstrings re-indented; a lambda becomes a `def` returning
//! its body), is removed from where it was (leaving `pass` when it was alone in its block), and
//! is inserted, with PEP 8 blank lines, above the module-level statement that contained it.

use tree_sitter::Node;

use super::binding::{is_double_star_parameter, is_star_parameter};
use super::in_place::{Placement, assignment_statement, in_place_edits};
use super::{Context, Group, Lifted};
use crate::core::analysis::callables::Callable;
use crate::core::analysis::docstrings::docstring_edits;
use crate::core::analysis::layout::{
    blank_lines_before, dedent_edits, indentation_of, leading_comments_start, multiline_strings,
    reindent_edits, removal_range, top_level_statement,
};
use crate::core::analysis::relayout::{Style, relayout_moved};
use crate::core::analysis::unformatted;
use crate::core::fix::{Edit, apply_within};
use crate::core::head::head_end;
use crate::core::node::NodeExt;
use crate::core::parse::named_items;
use crate::core::semantic::{BindingId, Resolution};
use crate::core::source::{TextRange, line_start, next_line_start};

/// The parameters every lifted member gains for what the group captured, and whether they are
/// positional (see `binding::positional_allowed`).
#[derive(Clone, Copy)]
pub(super) struct Added<'a> {
    pub names: &'a [String],
    pub positional: bool,
}

/// What one member's lifted text is made from, beside its own code.
struct Piece<'a> {
    lifted: &'a Lifted,
    added: Added<'a>,
    /// The import statements it reads, copied into its body.
    import_lines: Vec<String>,
    /// The edits inside it.
    edits: Vec<Edit>,
}

/// Remove each member from where it was and insert its lifted text above the module-level
/// statement that contained it.
pub(super) fn move_members(
    ctx: &Context<'_>,
    group: &Group<'_>,
    lifted: &[Lifted],
    added: &[Added<'_>],
    imports: &[BindingId],
    inside: Vec<Edit>,
) -> Result<Vec<Edit>, String> {
    let mut edits = Vec::new();
    let mut texts = Vec::new();
    let mut anchor: Option<Node<'_>> = None;
    let mut order: Vec<usize> = (0..group.members.len()).collect();
    order.sort_by_key(|&i| group.members[i].key().start);
    for (index, member, lifted) in order.iter().map(|&i| (i, &group.members[i], &lifted[i])) {
        let top = top_level_statement(match member {
            Callable::Lambda(node) => *node,
            Callable::Function { statement, .. } => *statement,
        });
        // Each member gets the imports it reads itself: one that only calls a member which
        // reads an import would leave that copy unused.
        let piece = Piece {
            lifted,
            added: added[index],
            import_lines: import_statements(ctx, &imports_read_by(ctx, member, imports))?,
            edits: edits_within(&inside, member.key()),
        };
        let statement = match member {
            Callable::Lambda(node) => assignment_statement(ctx, *node),
            Callable::Function { .. } => None,
        };
        let text = member_text(ctx, group, member, top, piece, &mut edits)?;
        match (lifted.placement, statement) {
            (Placement::Here, Some(statement)) => {
                edits.extend(in_place_edits(ctx, statement, &text));
                continue;
            }
            // The comments above the assignment, which goes, come with the function.
            (Placement::FromGuard, Some(statement)) => {
                texts.push(format!("{}{text}", comments_above(ctx, statement)));
            }
            _ => texts.push(text),
        }
        if anchor.is_none_or(|a| top.start_byte() < a.start_byte()) {
            anchor = Some(top);
        }
    }
    if let Some(anchor) = anchor {
        edits.extend(insertion(ctx, anchor, &texts)?);
    } else if edits.is_empty() {
        return Err("an empty group (internal)".into());
    }
    Ok(edits)
}

/// The lifted text of `member`, whose module-level statement is `top`; a function's removal
/// from where it was goes to `removals`.
fn member_text(
    ctx: &Context<'_>,
    group: &Group<'_>,
    member: &Callable<'_>,
    top: Node<'_>,
    piece: Piece<'_>,
    removals: &mut Vec<Edit>,
) -> Result<String, String> {
    match member {
        Callable::Lambda(node) => Ok(lambda_text(ctx, *node, piece)),
        Callable::Function {
            statement,
            definition,
            ..
        } => {
            if top == *statement {
                return Err("it is already at module level (internal)".into());
            }
            removals.push(removal_edit(ctx, *statement, &member_statements(group))?);
            function_text(ctx, *statement, *definition, piece)
        }
    }
}

/// The comment lines just above `statement`, dedented, each ended.
fn comments_above(ctx: &Context<'_>, statement: Node<'_>) -> String {
    let source = ctx.eval.source;
    let start = leading_comments_start(source, statement);
    let line_start = source[..statement.start_byte()]
        .rfind(['\n', '\r'])
        .map_or(0, |i| i + 1);
    source[start..line_start.max(start)]
        .lines()
        .map(|line| format!("{}{}", line.trim_start(), ctx.eol))
        .collect()
}

/// The edits among `edits` that fall inside `range`.
fn edits_within(edits: &[Edit], range: TextRange) -> Vec<Edit> {
    edits
        .iter()
        .filter(|e| range.contains_range(e.range))
        .cloned()
        .collect()
}

/// The imports among `imports` that `member` reads, in the order they were written: the
/// project's import sorter put them so, and a subset in that order is sorted too.
fn imports_read_by(
    ctx: &Context<'_>,
    member: &Callable<'_>,
    imports: &[BindingId],
) -> Vec<BindingId> {
    let model = ctx.eval.model;
    let mut read: Vec<BindingId> = imports
        .iter()
        .copied()
        .filter(|&id| {
            let binding = model.binding(id);
            model
                .references_in(member.key())
                .any(|r| r.name == binding.name && r.resolution == Resolution::Scope(binding.scope))
        })
        .collect();
    read.sort_by_key(|&id| model.binding(id).range.start);
    read
}

/// The statements of the group's function members, which the fix deletes.
pub(super) fn member_statements(group: &Group<'_>) -> Vec<TextRange> {
    group
        .members
        .iter()
        .filter_map(|m| match m {
            Callable::Function { statement, .. } => Some(TextRange::of(*statement)),
            Callable::Lambda(_) => None,
        })
        .collect()
}

/// The statement that removes a member, or `pass` when it was alone in its block (or is the
/// first of a block whose every statement goes). `removed`
/// holds the other statements the fix deletes (`layout::removal_range`); the definitions
/// other fixes of this analysis move out (`Context::lifting`) count as gone too, so that the
/// blank line the formatters want before a definition that comes to open the block is left
/// only when one stays there: with three functions opening the `__main__` guard's block and
/// all three moved, `if __name__ == "__main__":` is not followed by a blank line, which ruff
/// format removes. (A fix taken alone, `--interactive`, may then leave a definition opening
/// the block without that blank line; the formatters add it, and the code is the same.)
pub(super) fn removal_edit(
    ctx: &Context<'_>,
    statement: Node<'_>,
    removed: &[TextRange],
) -> Result<Edit, String> {
    let source = ctx.eval.source;
    let block = statement
        .parent()
        .ok_or("a statement outside a block (internal)")?;
    let siblings = named_items(block);
    let mut gone = removed.to_vec();
    gone.extend(
        siblings
            .iter()
            .filter(|sibling| is_lifted_definition(ctx, **sibling))
            .map(|sibling| TextRange::of(*sibling)),
    );
    let (range, blank_lines) = removal_range(source, statement, &gone);
    // When every statement of the block goes, the first one's fix leaves `pass` in its place
    // (the others' fixes, applied with it, leave the block that `pass`).
    let first_of_all_gone = siblings.first() == Some(&statement)
        && siblings
            .iter()
            .all(|c| *c == statement || gone.contains(&TextRange::of(*c)));
    if first_of_all_gone {
        // `if k:` or `try:` around the definition alone: `pass` there would be a statement
        // nobody writes; where to put the condition is the author's call.
        let body_of = block.parent().map(|p| p.kind_name());
        let guard = ctx.eval.main_guards().contains(&TextRange::of(block));
        if !guard && !matches!(body_of, Some("function_definition" | "class_definition")) {
            return Err(format!(
                "it is the only statement of the `{}` block around it, which moving it would leave empty; define it at module level by hand",
                match body_of {
                    Some("try_statement") => "try",
                    Some("except_clause") => "except",
                    Some("else_clause") => "else",
                    Some("finally_clause") => "finally",
                    Some("elif_clause") => "elif",
                    Some("for_statement") => "for",
                    Some("while_statement") => "while",
                    Some("with_statement") => "with",
                    _ => "if",
                }
            ));
        }
        let indent = indentation_of(source, statement).unwrap_or("");
        return Ok(Edit::replace(range, format!("{indent}pass{}", ctx.eol)));
    }
    Ok(Edit::replace(range, ctx.eol.repeat(blank_lines)))
}

/// Whether `statement` is a definition this analysis lifts (`Context::lifting`).
fn is_lifted_definition(ctx: &Context<'_>, statement: Node<'_>) -> bool {
    let definition = match statement.kind_name() {
        "decorated_definition" => statement.field("definition"),
        "function_definition" => Some(statement),
        _ => None,
    };
    definition.is_some_and(|d| ctx.lifting.contains(&TextRange::of(d)))
}

/// The edits that insert the lifted functions above `anchor`, with two blank lines around
/// each. Topping up the blank lines above is an edit of its own, so that two groups lifted
/// above the same statement share it instead of adding it twice.
fn insertion(ctx: &Context<'_>, anchor: Node<'_>, texts: &[String]) -> Result<Vec<Edit>, String> {
    let source = ctx.eval.source;
    // The comments just above the anchor go with it, unless they open the file: the head
    // (a first comment block with no blank line before the code) stays first.
    let head = head_end(ctx.eval.root, source);
    if anchor.start_byte() < head {
        // `from __future__ import annotations; f = lambda: 1`: the line is the head's.
        return Err("its statement shares a line with the file's docstring or `__future__` imports, and the lifted code cannot go above them".into());
    }
    let anchor = earlier_numbered(source, first_overload(source, anchor), texts);
    let at = leading_comments_start(source, anchor).max(head.min(anchor.start_byte()));
    let eol = ctx.eol;
    let mut edits: Vec<Edit> = two_blank_lines_above(ctx, at).into_iter().collect();
    let mut text = String::new();
    for body in texts {
        text.push_str(body);
        // End the function's last line, then two blank lines (PEP 8).
        text.push_str(&eol.repeat(3));
    }
    edits.push(Edit::insert(at, text));
    Ok(edits)
}

/// The first of the functions just above `anchor` that an earlier round of fixes lifted
/// under a later number of the name the first of `texts` defines (`_main_task_3` above `def
/// main`, when two lambdas of one statement left `_main_task_2` for this round), or `anchor`
/// itself: the lifted functions stay in the order of their numbers. Only the names given to
/// lambdas handed over directly (`lift::names`: `_<scope>_task`, numbered): no code names such
/// a function, so none of them may need another defined first (a nested `def job_2(x,
/// cb=job_3)` does).
fn earlier_numbered<'t>(source: &str, anchor: Node<'t>, texts: &[String]) -> Node<'t> {
    let Some((stem, number)) = texts
        .first()
        .and_then(|text| text.strip_prefix("def "))
        .and_then(|text| text.split_once('('))
        .and_then(|(name, _)| numbered(name))
        .filter(|(stem, _)| stem.starts_with('_') && stem.ends_with("_task"))
    else {
        return anchor;
    };
    let mut first = anchor;
    while let Some(above) = first.prev_named_sibling() {
        let later = above.kind_name() == "function_definition"
            && above
                .field("name")
                .and_then(|name| numbered(&source[name.byte_range()]))
                .is_some_and(|(other, n)| other == stem && n > number);
        if !later {
            break;
        }
        first = above;
    }
    first
}

/// A lifted function's name split into its stem and number (`_main_task_3` into
/// `_main_task` and 3; the first, `_main_task`, is 1).
fn numbered(name: &str) -> Option<(&str, u32)> {
    match name.rsplit_once('_') {
        Some((stem, n))
            if !stem.is_empty() && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) =>
        {
            Some((stem, n.parse().ok()?))
        }
        _ => Some((name, 1)),
    }
}

/// The first of the `@overload` signatures just above the function `anchor` defines, or
/// `anchor` itself: the group of signatures and the implementation stays together (code
/// between them makes mypy report an overload without its implementation).
fn first_overload<'t>(source: &str, anchor: Node<'t>) -> Node<'t> {
    let name_of = |statement: Node<'t>| {
        let def = match statement.kind_name() {
            "decorated_definition" => statement.field("definition")?,
            _ => statement,
        };
        let name = def
            .field("name")
            .filter(|_| def.kind_name() == "function_definition")?;
        Some(&source[name.byte_range()])
    };
    let overload = |statement: Node<'t>| {
        let mut cursor = statement.walk();
        statement.kind_name() == "decorated_definition"
            && statement.named_children(&mut cursor).any(|decorator| {
                let text = source[decorator.byte_range()]
                    .trim_start_matches('@')
                    .trim();
                decorator.kind_name() == "decorator"
                    && (text == "overload" || text.ends_with(".overload"))
            })
    };
    let Some(name) = name_of(anchor) else {
        return anchor;
    };
    let mut first = anchor;
    while let Some(previous) = first
        .prev_named_sibling()
        .filter(|p| overload(*p) && name_of(*p) == Some(name))
    {
        first = previous;
    }
    first
}

/// The blank lines to add at `at`, the start of a line, so that two stand between the code
/// above and a module-level `def` starting there (none at the top of the file). The edit is the
/// same for every lift that writes a `def` there, and they share it.
pub(super) fn two_blank_lines_above(ctx: &Context<'_>, at: usize) -> Option<Edit> {
    let (blank, code_above) = blank_lines_before(ctx.eval.source, at);
    (code_above && blank < 2).then(|| Edit::insert(at, ctx.eol.repeat(2 - blank)))
}

/// A nested function as module-level text: its definition edited (see `definition_edits`),
/// dedented, its docstrings re-indented.
fn function_text(
    ctx: &Context<'_>,
    statement: Node<'_>,
    definition: Node<'_>,
    mut piece: Piece<'_>,
) -> Result<String, String> {
    let source = ctx.eval.source;
    let start = leading_comments_start(source, statement);
    let end = next_line_start(source, statement.end_byte());
    let indent =
        indentation_of(source, statement).ok_or("the definition does not start its line")?;
    // The statements the lift edits inside the body are laid out at their new indentation;
    // their lines after the first are then left alone by the dedent, as a string's are.
    let style = Style {
        unit: &ctx.indent,
        limit: ctx.line_length,
        eol: ctx.eol,
        star_comma: ctx.star_comma(),
        pragmas_uncounted: ctx.pragmas_uncounted,
    };
    let (own, laid) = relayout_moved(
        source,
        ctx.eval.root,
        statement,
        std::mem::take(&mut piece.edits),
        style,
        indent.len(),
    );
    piece.edits = own;
    let mut edits = definition_edits(ctx, definition, indent, piece)?;
    edits.extend(docstring_edits(source, statement, indent));
    let mut strings = multiline_strings(source, statement);
    strings.extend(laid);
    edits.extend(dedent_edits(
        source,
        TextRange::new(start, end),
        indent,
        &strings,
    ));
    let mut text = apply_within(source, TextRange::new(start, end), edits);
    while text.ends_with(['\n', '\r']) {
        text.pop();
    }
    if unformatted::left_as_written(source, statement) {
        text = protected_body(&text, &ctx.indent, ctx.eol);
    }
    Ok(text)
}

/// `text`, a lifted function, with its body between `# fmt: off` and `# fmt: on`: the lines
/// after the one that ends its header (the first that closes every bracket the `def` line
/// opened with a `:`), at the body's indentation. Brackets inside strings of the header are
/// not told apart; a header that never closes leaves the text as it is.
fn protected_body(text: &str, unit: &str, eol: &str) -> String {
    let mut depth: i32 = 0;
    let mut in_def = false;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        offset += line.len();
        let code = line.trim_end();
        if !in_def {
            let header = code.trim_start_matches("async ");
            in_def = header.starts_with("def ") && !line.starts_with([' ', '\t']);
        }
        if in_def {
            depth += code.matches(['(', '[', '{']).count() as i32;
            depth -= code.matches([')', ']', '}']).count() as i32;
            if depth == 0 && code.ends_with(':') {
                let (header, body) = text.split_at(offset);
                return format!("{header}{unit}# fmt: off{eol}{body}{eol}{unit}# fmt: on");
            }
        }
    }
    text.to_string()
}

/// The member's own edits, plus what the lift changes in its definition: the new name, the
/// added parameters, and the imports copied into its body.
fn definition_edits(
    ctx: &Context<'_>,
    definition: Node<'_>,
    indent: &str,
    piece: Piece<'_>,
) -> Result<Vec<Edit>, String> {
    let mut edits = piece.edits;
    if piece.lifted.renamed
        && let Some(name) = definition.field("name")
    {
        edits.push(Edit::replace(
            TextRange::of(name),
            piece.lifted.name.clone(),
        ));
    }
    if !piece.added.names.is_empty() {
        let parameters = definition
            .field("parameters")
            .ok_or("a function without parameters (internal)")?;
        edits.push(parameter_edit(parameters, piece.added));
    }
    if !piece.import_lines.is_empty() {
        edits.push(body_import_edit(
            ctx,
            definition,
            indent,
            &piece.import_lines,
        )?);
    }
    Ok(edits)
}

/// `text` (one statement, maybe of several lines) with `indent` before each of its lines, and
/// its line ends as `eol`.
fn indented(text: &str, indent: &str, eol: &str) -> String {
    text.lines()
        .map(|line| {
            if line.trim().is_empty() {
                String::new()
            } else {
                format!("{indent}{line}")
            }
        })
        .collect::<Vec<_>>()
        .join(eol)
}

/// Put the local imports the function uses at the top of its body, after its docstring (which
/// must stay the first statement), followed by a blank line unless an import follows, as black
/// and ruff format lay out imports.
fn body_import_edit(
    ctx: &Context<'_>,
    definition: Node<'_>,
    indent: &str,
    import_lines: &[String],
) -> Result<Edit, String> {
    let first = first_after_docstring(definition)?;
    let Some(body_indent) = indentation_of(ctx.eval.source, first) else {
        if import_lines.iter().any(|line| line.contains('\n')) {
            return Err(
                "its body shares the line of its `def`, and the `try` of its import does not fit there"
                    .to_string(),
            );
        }
        return Ok(Edit::insert(
            first.start_byte(),
            format!("{}; ", import_lines.join("; ")),
        ));
    };
    // The inserted lines are not dedented with the others: give them the body's
    // indentation as it will be at module level.
    let lifted_indent = body_indent.strip_prefix(indent).unwrap_or(body_indent);
    let mut text = String::new();
    for line in import_lines {
        text.push_str(&indented(line, lifted_indent, ctx.eol));
        text.push_str(ctx.eol);
    }
    if !first.kind_name().contains("import") {
        text.push_str(ctx.eol);
    }
    Ok(Edit::insert(first.start_byte() - body_indent.len(), text))
}

/// The first statement of the function's body after its docstring, or the docstring when it
/// is the only one.
fn first_after_docstring(definition: Node<'_>) -> Result<Node<'_>, String> {
    let body = definition
        .field("body")
        .ok_or("a function without a body (internal)")?;
    let mut cursor = body.walk();
    let mut statements = body
        .named_children(&mut cursor)
        .filter(|c| c.kind_name() != "comment");
    let first = statements.next().ok_or("an empty body (internal)")?;
    if is_docstring(first)
        && let Some(next) = statements.next()
    {
        return Ok(next);
    }
    Ok(first)
}

/// Whether `statement` is a string alone, as a docstring is.
fn is_docstring(statement: Node<'_>) -> bool {
    statement.kind_name() == "expression_statement"
        && statement.named_child_count() == 1
        && statement
            .named_child(0)
            .is_some_and(|s| s.kind_name() == "string")
}

/// Add the captured names to a `parameters` or `lambda_parameters` node.
fn parameter_edit(parameters: Node<'_>, added: Added<'_>) -> Edit {
    let names = added.names.join(", ");
    let mut cursor = parameters.walk();
    let params: Vec<Node<'_>> = parameters
        .named_children(&mut cursor)
        .filter(|p| p.kind_name() != "comment")
        .collect();
    let double_star = params.iter().position(|p| is_double_star_parameter(*p));
    let star = params.iter().position(|p| is_star_parameter(*p));
    let open = parameters.start_byte() + usize::from(parameters.kind_name() == "parameters");
    let (before, text) = if added.positional {
        (star.or(double_star), names)
    } else if star.is_some() {
        (double_star, names)
    } else {
        (double_star, format!("*, {names}"))
    };
    match before {
        // Insert before the parameter at `index`.
        Some(index) if index > 0 => Edit::insert(params[index - 1].end_byte(), format!(", {text}")),
        Some(index) => Edit::insert(params[index].start_byte(), format!("{text}, ")),
        None => match params.last() {
            Some(last) => Edit::insert(last.end_byte(), format!(", {text}")),
            None => Edit::insert(open, text),
        },
    }
}

/// A lambda as a module-level `def` that returns its body.
fn lambda_text(ctx: &Context<'_>, node: Node<'_>, piece: Piece<'_>) -> String {
    let params = lambda_parameters(ctx, node, &piece);
    let body = node.field("body");
    let (eol, unit) = (ctx.eol, &ctx.indent);
    let body_text = body.map_or(String::new(), |b| lambda_body(ctx, node, b, &piece.edits));
    let mut text = format!("def {}({params}):{eol}", piece.lifted.name);
    for line in &piece.import_lines {
        text.push_str(&format!("{}{eol}", indented(line, unit, eol)));
    }
    if !piece.import_lines.is_empty() {
        // A blank line after the imports, as black and ruff format write it.
        text.push_str(eol);
    }
    // Code the formatter left as written keeps that protection at module level.
    match (
        unformatted::left_as_written(ctx.eval.source, node),
        body_text.contains(['\n', '\r']),
    ) {
        (false, _) => text.push_str(&format!("{unit}return {body_text}")),
        (true, false) => text.push_str(&format!("{unit}return {body_text}  # fmt: skip")),
        (true, true) => text.push_str(&format!(
            "{unit}# fmt: off{eol}{unit}return {body_text}{eol}{unit}# fmt: on"
        )),
    }
    text
}

/// The lambda's parameters, edited, with the added ones.
fn lambda_parameters(ctx: &Context<'_>, node: Node<'_>, piece: &Piece<'_>) -> String {
    let added = piece.added;
    match node.field("parameters") {
        Some(p) => {
            let mut own = edits_within(&piece.edits, TextRange::of(p));
            if !added.names.is_empty() {
                own.push(parameter_edit(p, added));
            }
            apply_within(ctx.eval.source, TextRange::of(p), own)
        }
        None if added.names.is_empty() => String::new(),
        None if added.positional => added.names.join(", "),
        None => format!("*, {}", added.names.join(", ")),
    }
}

/// The lambda's body as the expression of a `return`: continuation lines re-indented under the
/// new function, and wrapped in parentheses when its line breaks were only legal inside the
/// call it was written in.
fn lambda_body(ctx: &Context<'_>, lambda: Node<'_>, body: Node<'_>, edits: &[Edit]) -> String {
    let source = ctx.eval.source;
    let range = TextRange::of(body);
    let mut own = edits_within(edits, range);
    let multiline = source[range.start..range.end].contains(['\n', '\r']);
    if !multiline {
        let text = apply_within(source, range, own);
        return laid_out_return(ctx, &text)
            .or_else(|| laid_out_concatenation(ctx, lambda, &text))
            .unwrap_or(text);
    }
    let strings = multiline_strings(source, body);
    let joined = joined_body(source, body, &own, strings.is_empty());
    if let Some(laid) = joined
        .as_deref()
        .and_then(|j| laid_out_return(ctx, j).or_else(|| laid_out_concatenation(ctx, lambda, j)))
    {
        return laid;
    }
    if strings.is_empty()
        && let Some(laid) = split_at_operators(ctx, body, &own)
    {
        return laid;
    }
    if strings.is_empty()
        && breaks_between_parts(source, body)
        && let Some(laid) = split_as_written(
            ctx,
            &apply_within(source, range, own.clone()),
            has_kind(body, "comment"),
        )
    {
        return laid;
    }
    let continuation = next_line_start(source, range.start);
    own.extend(reindent_edits(
        source,
        TextRange::new(continuation, range.end),
        line_indent(source, lambda.start_byte()),
        &ctx.indent,
        &strings,
    ));
    let text = apply_within(source, range, own);
    if let Some(laid) = laid_out_return(ctx, &text) {
        return laid;
    }
    if is_bracketed(body) || breaks_inside_brackets(source, body) {
        text
    } else {
        format!("({text})")
    }
}

/// Whether every line break in `body` lies inside a bracket pair of the body (the arguments of
/// its call, say), so that it stands after `return` without parentheses, as black leaves it
/// (parentheses around it would be redundant, and black and ruff format drop them).
fn breaks_inside_brackets(source: &str, body: Node<'_>) -> bool {
    // The body's tokens in order; a string (an f-string's fields too) counts as one.
    let mut leaves = Vec::new();
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        if node.child_count() == 0 || node.kind_name() == "string" {
            leaves.push(node);
            continue;
        }
        let mut cursor = node.walk();
        let children: Vec<Node<'_>> = node.children(&mut cursor).collect();
        stack.extend(children.into_iter().rev());
    }
    let mut depth = 0usize;
    let mut previous_end = body.start_byte();
    for leaf in leaves {
        let gap = &source[previous_end..leaf.start_byte().max(previous_end)];
        if depth == 0 && (gap.contains(['\n', '\r']) || leaf.kind_name() == "comment") {
            return false;
        }
        match leaf.kind_name() {
            "(" | "[" | "{" => depth += 1,
            ")" | "]" | "}" => depth = depth.saturating_sub(1),
            _ => {}
        }
        previous_end = leaf.end_byte();
    }
    true
}

/// The body on one line, when its line breaks all stand between its operands (black's split
/// of a long lambda body inside the call it was written in: `value * a` then `+ b` on the
/// next line), so that the lifted `return` can be laid out afresh; `None` when a break lies
/// inside brackets of the body, or a comment or a multi-line string is in it.
fn joined_body(source: &str, body: Node<'_>, edits: &[Edit], no_strings: bool) -> Option<String> {
    // A body in brackets of its own keeps its breaks (the re-indented path below).
    if !no_strings || is_bracket_pair(body) {
        return None;
    }
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        let spans_lines = source[node.byte_range()].contains(['\n', '\r']);
        if node.kind_name() == "comment" || (node != body && spans_lines && is_bracket_pair(node)) {
            return None;
        }
        let mut cursor = node.walk();
        stack.extend(
            node.children(&mut cursor)
                .filter(|c| c.end_byte() > c.start_byte()),
        );
    }
    let text = apply_within(source, TextRange::of(body), edits.to_vec());
    // Line breaks lie outside strings here (none spans lines): each becomes one space.
    let mut joined = String::with_capacity(text.len());
    for (index, line) in text.lines().enumerate() {
        if line.trim_end().ends_with('\\') {
            return None;
        }
        if index > 0 {
            joined.truncate(joined.trim_end().len());
            // A chain's next link (`.normalize()`) joins the call before it.
            if !line.trim_start().starts_with('.') {
                joined.push(' ');
            }
        }
        joined.push_str(if index > 0 { line.trim_start() } else { line });
    }
    Some(joined)
}

/// Whether every line break of `body` stands between its parts, outside brackets of its own
/// and after no backslash, and every comment in it ends a line of code (a comment on a line
/// of its own is the formatters' to place).
fn breaks_between_parts(source: &str, body: Node<'_>) -> bool {
    if is_bracket_pair(body) {
        return false;
    }
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        let spans_lines = source[node.byte_range()].contains(['\n', '\r']);
        if node != body && spans_lines && is_bracket_pair(node) {
            return false;
        }
        if node.kind_name() == "comment" {
            let line = line_start(source, node.start_byte());
            if source[line..node.start_byte()].trim().is_empty() {
                return false;
            }
        }
        let mut cursor = node.walk();
        stack.extend(node.children(&mut cursor));
    }
    !source[body.byte_range()]
        .lines()
        .any(|line| line.trim_end().ends_with('\\'))
}

/// A body whose line breaks all stand between its parts (`breaks_between_parts`) and that is
/// too long for one line, in parentheses with each of its lines on one of its own, as black
/// writes a long `return` split where it split the lambda: before each link of a method chain
/// (`.normalize()`), each string of an implicit concatenation, each operand. `None` when a
/// line is still too long, and for one break before a body that ends in a bracket, which
/// black splits at that bracket instead (`return "a" "b".format(` then its arguments: with
/// one delimiter of a kind it leaves the optional parentheses out), unless a comment in the
/// body (`commented`) holds its lines apart: black then keeps the parentheses.
fn split_as_written(ctx: &Context<'_>, text: &str, commented: bool) -> Option<String> {
    let (unit, eol) = (&ctx.indent, ctx.eol);
    let inner = format!("{unit}{unit}");
    let lines: Vec<String> = text
        .lines()
        .map(|line| format!("{inner}{}", line.trim()))
        .collect();
    let ends_in_bracket = text.trim_end().ends_with([')', ']', '}']);
    if lines.len() < 2
        || (lines.len() == 2 && ends_in_bracket && !commented)
        || lines.iter().any(|l| l.chars().count() > ctx.line_length)
    {
        return None;
    }
    Some(format!("({eol}{}{eol}{unit})", lines.join(eol)))
}

/// A chain of one operator priority too long for one line, split before each operator inside
/// parentheses, as black's delimiter split writes a long `return` (`(`, `value * a`, `+ b`,
/// `)`); `None` when the body is no such chain or an operand line is still too long.
fn split_at_operators(ctx: &Context<'_>, body: Node<'_>, edits: &[Edit]) -> Option<String> {
    let source = ctx.eval.source;
    let priority = operator_priority(body)?;
    // The chain is left-associative: follow the left operands while the priority holds.
    let mut rights = Vec::new();
    let mut node = body;
    while operator_priority(node) == Some(priority) {
        let operator = node.field("operator")?;
        let right = node.field("right")?;
        // A comment ends the line of the operand before the operator; one after it, no layout.
        let mut comment = None;
        let mut cursor = node.walk();
        for child in node
            .children(&mut cursor)
            .filter(|c| c.kind_name() == "comment")
        {
            if child.start_byte() < operator.start_byte() && comment.is_none() {
                comment = Some(&source[child.byte_range()]);
            } else {
                return None;
            }
        }
        rights.push((source[operator.byte_range()].to_string(), right, comment));
        node = node.field("left")?;
    }
    let text_of = |n: Node<'_>| {
        let text = apply_within(
            source,
            TextRange::of(n),
            edits_within(edits, TextRange::of(n)),
        );
        (!text.contains(['\n', '\r'])).then_some(text)
    };
    let (unit, eol) = (&ctx.indent, ctx.eol);
    let inner = format!("{unit}{unit}");
    let mut lines = vec![format!("{inner}{}", text_of(node)?)];
    for (operator, right, comment) in rights.into_iter().rev() {
        if let (Some(comment), Some(last)) = (comment, lines.last_mut()) {
            last.push_str(&format!("  {comment}"));
        }
        lines.push(format!("{inner}{operator} {}", text_of(right)?));
    }
    // black leaves a long comment as it is; code over the limit is no layout.
    let code = |l: &String| l.split("  #").next().map_or(0, |c| c.chars().count());
    if lines.iter().any(|l| code(l) > ctx.line_length) {
        return None;
    }
    Some(format!("({eol}{}{eol}{unit})", lines.join(eol)))
}

/// black's priority of a binary operator node (higher binds tighter), for the operators a
/// delimiter split breaks before; `None` for anything else.
fn operator_priority(node: Node<'_>) -> Option<u8> {
    let operator = node.field("operator")?.kind_name();
    let priority = match (node.kind_name(), operator) {
        ("boolean_operator", "or") => 1,
        ("boolean_operator", "and") => 2,
        ("binary_operator", "|") => 4,
        ("binary_operator", "^") => 5,
        ("binary_operator", "&") => 6,
        ("binary_operator", "<<" | ">>") => 7,
        ("binary_operator", "+" | "-") => 8,
        ("binary_operator", "*" | "/" | "//" | "%" | "@") => 9,
        _ => return None,
    };
    Some(priority)
}

/// A node that opens and closes brackets of its own, inside which black may break lines.
fn is_bracket_pair(node: Node<'_>) -> bool {
    is_bracketed(node)
        || matches!(
            node.kind_name(),
            "argument_list" | "subscript" | "parameters" | "string"
        )
}

/// The indentation of the line that holds `at`.
fn line_indent(source: &str, at: usize) -> &str {
    let line = &source[crate::core::source::line_start(source, at)..at];
    &line[..line.len() - line.trim_start_matches([' ', '\t']).len()]
}

/// Whether the expression carries its own brackets, inside which line breaks are legal.
fn is_bracketed(expression: Node<'_>) -> bool {
    matches!(
        expression.kind_name(),
        "parenthesized_expression"
            | "list"
            | "dictionary"
            | "set"
            | "tuple"
            | "list_comprehension"
            | "set_comprehension"
            | "dictionary_comprehension"
            | "generator_expression"
    )
}

/// The lambda's body laid out as black writes the lifted function's `return` (split at its
/// last call when too long, joined when it fits), or `None` when the formatter cannot lay it
/// out, such as a body whose line breaks were only legal inside the call it was written in.
fn laid_out_return(ctx: &Context<'_>, body: &str) -> Option<String> {
    laid_out_return_with(ctx, body, crate::core::analysis::wrap::statement)
}

/// `laid_out_return` for a body with strings side by side (`"<tr>" "<td>".format(...)`),
/// which that layout refuses because ruff format joins a concatenation that fits into one
/// string. Black keeps it and splits it as it splits any line, so black's layout is the only
/// one a formatter keeps without changing the strings; it is taken when the body is written
/// as black writes it (the text of formatted code), never for code left as written.
fn laid_out_concatenation(ctx: &Context<'_>, lambda: Node<'_>, body: &str) -> Option<String> {
    if !has_kind(lambda, "concatenated_string")
        || unformatted::left_as_written(ctx.eval.source, lambda)
    {
        return None;
    }
    laid_out_return_with(ctx, body, crate::core::analysis::wrap::statement_as_written)
}

/// `return {body}` laid out by `layout` in the lifted function's frame, without the `return`.
fn laid_out_return_with(
    ctx: &Context<'_>,
    body: &str,
    layout: fn(&str, crate::core::analysis::wrap::Frame<'_>) -> Option<String>,
) -> Option<String> {
    let frame = crate::core::analysis::wrap::Frame {
        indent: &ctx.indent,
        unit: &ctx.indent,
        limit: ctx.line_length,
        eol: ctx.eol,
        trailer: 0,
        star_comma: ctx.star_comma(),
    };
    let laid = layout(&format!("return {body}"), frame)?;
    laid.strip_prefix("return ").map(str::to_string)
}

/// Whether a node of kind `kind` stands in `node` (or is `node`).
fn has_kind(node: Node<'_>, kind: &str) -> bool {
    let mut stack = vec![node];
    while let Some(node) = stack.pop() {
        if node.kind_name() == kind {
            return true;
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    false
}

/// The text of `fallback_try` for `binding`, each line after the first without the
/// statement's own indentation, so that it reads at column 0.
fn import_fallback(ctx: &Context<'_>, binding: &crate::core::semantic::Binding) -> Option<String> {
    let source = ctx.eval.source;
    let try_statement = fallback_try(ctx, binding)?;
    let indent = crate::core::analysis::layout::indentation_of(source, try_statement)?;
    let text = &source[try_statement.byte_range()];
    let mut lines = text.split_inclusive('\n');
    let mut out = lines.next()?.to_string();
    for line in lines {
        out.push_str(line.strip_prefix(indent).unwrap_or(line));
    }
    Some(out.trim_end().to_string())
}

/// A `try` statement that only imports, with `except` clauses that only import, holding the
/// import `binding`: the optional-dependency idiom (`try: import ujson as json` / `except
/// ImportError: import json`), which a lifted function that uses the name repeats whole.
pub(super) fn fallback_try<'a>(
    ctx: &Context<'a>,
    binding: &crate::core::semantic::Binding,
) -> Option<Node<'a>> {
    let mut node = ctx
        .eval
        .root
        .descendant_for_byte_range(binding.range.start, binding.range.end)?;
    let try_statement = loop {
        node = node.parent()?;
        if node.kind_name() == "try_statement" {
            break node;
        }
        if matches!(
            node.kind_name(),
            "function_definition" | "class_definition" | "lambda" | "module"
        ) {
            return None;
        }
    };
    let only_imports = |block: Node<'_>| {
        let mut cursor = block.walk();
        block.named_children(&mut cursor).all(|statement| {
            matches!(
                statement.kind_name(),
                "import_statement" | "import_from_statement" | "pass_statement" | "comment"
            )
        })
    };
    let mut cursor = try_statement.walk();
    let parts: Vec<Node<'_>> = try_statement.named_children(&mut cursor).collect();
    let clauses_import = parts.iter().all(|part| match part.kind_name() {
        "block" => only_imports(*part),
        "except_clause" => {
            let mut cursor = part.walk();
            let blocks: Vec<Node<'_>> = part
                .named_children(&mut cursor)
                .filter(|c| c.kind_name() == "block")
                .collect();
            blocks.len() == 1 && only_imports(blocks[0])
        }
        "comment" => true,
        _ => false,
    });
    (clauses_import && parts.iter().any(|p| p.kind_name() == "except_clause"))
        .then_some(try_statement)
}

/// The import statements, one per captured local import, as they will read in the body.
fn import_statements(ctx: &Context<'_>, imports: &[BindingId]) -> Result<Vec<String>, String> {
    let model = ctx.eval.model;
    let mut lines = Vec::new();
    for &id in imports {
        let binding = model.binding(id);
        // `try: import ujson as js` / `except ImportError: import json as js`: the worker
        // makes the same choice, so the whole statement moves.
        let line = match import_fallback(ctx, binding) {
            Some(fallback) => fallback,
            None => {
                // Imported more than once, the name is the same module only when every
                // import reads alike (`import json` in two branches).
                let mut each = (model.bindings_of(binding.scope, &binding.name).iter())
                    .map(|&other| import_line(ctx, model.binding(other)));
                let line = each.next().flatten();
                if line.is_none() || each.any(|other| other != line) {
                    return Err(format!(
                        "it uses `{}`, which `{}` imports more than once, and which of the imports runs is decided as it runs",
                        binding.name,
                        model.scope(binding.scope).name.as_deref().unwrap_or("?")
                    ));
                }
                line.unwrap_or_default()
            }
        };
        if !lines.contains(&line) {
            lines.push(line);
        }
    }
    Ok(lines)
}

/// The import statement that binds `binding` alone (`import a.b as c`, `from m import x as
/// y`), as written.
fn import_line(ctx: &Context<'_>, binding: &crate::core::semantic::Binding) -> Option<String> {
    // The binding's statement is the one its scope's body holds: an `if` or a `try` around
    // the import, maybe.
    let mut statement = ctx
        .eval
        .root
        .descendant_for_byte_range(binding.range.start, binding.range.end)?;
    while !matches!(
        statement.kind_name(),
        "import_statement" | "import_from_statement"
    ) {
        statement = statement.parent()?;
    }
    let mut cursor = statement.walk();
    let name = statement
        .named_children(&mut cursor)
        .filter(|c| c.kind_name() == "dotted_name" || c.kind_name() == "aliased_import")
        .find(|c| TextRange::of(*c).contains_range(binding.range))?;
    let text = &ctx.eval.source[name.byte_range()];
    Some(match statement.field("module_name") {
        Some(module) if statement.kind_name() == "import_from_statement" => {
            format!(
                "from {} import {text}",
                &ctx.eval.source[module.byte_range()]
            )
        }
        _ => format!("import {text}"),
    })
}
