//! Laying out the statements a fix rewrites as the project's formatter would (the formatter
//! itself is `wrap`). Worked on the finished `Fix`, so that the planning in `lift` stays about
//! what to change and this module about how the changed lines look.
//!
//! For each statement whose text the fix's edits touch (an expression statement, an
//! assignment, a `return`, a `raise` or an `assert`, a decorator, or the header of a `with`,
//! `for`, `while`, `if` or `elif`), the edits inside it are replaced by one edit over the whole statement with its new
//! text laid out, when either
//! - a line of the new text is longer than the line length, or
//! - the original statement was already laid out as the formatter lays it out, which says the
//!   project formats with black or ruff: then a call exploded one argument per line gains its
//!   new argument on a line of its own, and a call that now fits is joined.
//!
//! Otherwise the minimal edits stay, and a project that does not use a formatter keeps its own
//! layout. A statement `wrap` cannot take as a whole (a comment on a line of its own in it, a
//! kind it is not taught) has the exploded items its edits fall in laid out instead, by the
//! same two rules (`items`). The `def` line of a lifted function is laid out when it is too long, or when it was
//! exploded one parameter per line (it keeps that form with the new parameters).

mod items;

use tree_sitter::Node;

use super::layout::indentation_of;
use super::wrap::{self, Frame};
use crate::core::fix::{Edit, Fix, apply_within};
use crate::core::node::NodeExt;
use crate::core::source::TextRange;

/// How the file's lines are laid out.
#[derive(Clone, Copy, Debug)]
pub struct Style<'a> {
    /// One level of indentation.
    pub unit: &'a str,
    pub limit: usize,
    pub eol: &'a str,
    /// `wrap::star_comma` of the file.
    pub star_comma: bool,
    /// A trailing pragma comment counts for nothing in a line's width, as ruff format
    /// counts it (`Options::pragmas_uncounted`).
    pub pragmas_uncounted: bool,
}

/// `fix` with the statements it rewrites laid out (see the module documentation).
pub fn relayout(fix: Fix, source: &str, root: Node<'_>, style: Style<'_>) -> Fix {
    let statements = statements_of(source, root, &fix.edits);
    // Edits outside the statements laid out as a whole may still fall in an exploded item.
    let (mut edits, loose): (Vec<Edit>, Vec<Edit>) = fix.edits.into_iter().partition(|edit| {
        statements
            .iter()
            .any(|(range, _)| range.contains_range(edit.range))
    });
    for (range, statement) in statements {
        edits = relayout_statement(source, statement, range, edits, style, 0);
    }
    edits.extend(items::relayout_items(source, root, loose, style));
    let edits = edits
        .into_iter()
        .map(|edit| Edit {
            content: lifted_headers(&edit.content, style),
            ..edit
        })
        .collect();
    Fix::new(edits, fix.applicability)
}

/// The fixes whose edits fall in a statement another fix's edits fall in too, each with those
/// edits made one over the statement (the same text): the fixes then overlap, and the second
/// is made on the next round, where the statement is laid out with both in place. Each alone
/// may fit the line (`p.map(f, rows), p.map(g, rows)`, `f` and `g` lifted) where both
/// together do not. Other fixes keep their minimal edits.
pub fn merge_shared_statements(fixes: &mut [&mut Fix], source: &str, root: Node<'_>) {
    let inside = |range: TextRange, e: &Edit| {
        range.contains_range(e.range) && !(e.range.is_empty() && e.range.start == range.start)
    };
    let touched: Vec<Vec<TextRange>> = fixes
        .iter()
        .map(|fix| {
            statements_of(source, root, &fix.edits)
                .into_iter()
                .map(|(range, _)| range)
                .filter(|&range| fix.edits.iter().any(|e| inside(range, e)))
                .collect()
        })
        .collect();
    for (index, fix) in fixes.iter_mut().enumerate() {
        for &range in &touched[index] {
            let shared = (touched.iter().enumerate())
                .any(|(other, ranges)| other != index && ranges.contains(&range));
            if !shared {
                continue;
            }
            let (own, mut rest): (Vec<Edit>, Vec<Edit>) =
                fix.edits.drain(..).partition(|e| inside(range, e));
            rest.push(Edit::replace(range, apply_within(source, range, own)));
            rest.sort_by_key(|e| (e.range.start, e.range.end));
            fix.edits = rest;
        }
    }
}

/// `edits` inside a function that moves to module level and loses `dedent` bytes of
/// indentation: the statements they fall in laid out at their new indentation, by the rules of
/// `relayout` (an exploded item is not laid out on its own there). So is every other
/// statement of `function` that spans lines and was laid out as the formatter lays it out:
/// with more room black may join it (`return (` a chain that now fits `)`). Also returns the
/// ranges of the statements laid out as a whole, whose lines after the first carry their new
/// indentation already.
pub fn relayout_moved(
    source: &str,
    root: Node<'_>,
    function: Node<'_>,
    edits: Vec<Edit>,
    style: Style<'_>,
    dedent: usize,
) -> (Vec<Edit>, Vec<TextRange>) {
    let mut statements = statements_of(source, root, &edits);
    for found in spanning_statements(source, root, function, style.limit) {
        // A statement the lift does not edit is laid out again only where the project's
        // formatter laid it out: its long lines are the project's own otherwise.
        // Nor where the formatter leaves code as written (`# fmt: off`, `# fmt: skip`).
        let known = statements.iter().any(|(range, _)| *range == found.0);
        if !known
            && !super::unformatted::left_as_written(source, found.1)
            && is_formatted(source, found, style)
        {
            statements.push(found);
        }
    }
    let mut edits = edits;
    let mut laid = Vec::new();
    for (range, statement) in statements {
        let whole = |edits: &[Edit]| edits.iter().any(|e| e.range == range);
        let before = whole(&edits);
        edits = relayout_statement(source, statement, range, edits, style, dedent);
        if whole(&edits) && !before {
            laid.push(range);
        }
    }
    (edits, laid)
}

/// Whether the statement `found` is laid out as the formatter lays it out where it stands.
fn is_formatted(source: &str, (range, statement): (TextRange, Node<'_>), style: Style<'_>) -> bool {
    let Some(indent) = indentation_of(source, statement) else {
        return false;
    };
    let frame = statement_frame(source, range, indent, style);
    wrap::is_laid_out(&source[range.start..range.end], frame)
}

/// The frame of the statement at `range`, standing after `indent`.
fn statement_frame<'a>(
    source: &str,
    range: TextRange,
    indent: &'a str,
    style: Style<'a>,
) -> Frame<'a> {
    Frame {
        indent,
        unit: style.unit,
        limit: style.limit,
        eol: style.eol,
        trailer: counted_trailer(source, range.end, style.pragmas_uncounted),
        star_comma: style.star_comma,
    }
}

/// The width of what follows a statement ending at `end` as both formatters count it: a
/// `# type: ignore` comment counts for nothing. ruff format leaves pragma comments out of a
/// line's width, and black leaves a statement written on one line that ends in one as it is
/// (`contains_unsplittable_type_ignore`), so the statement is laid out as if it had no comment:
/// on one line where its code fits. With `pragmas_uncounted` (a project formatting with ruff),
/// every pragma comment ruff knows counts for nothing (`is_pragma_comment`).
fn counted_trailer(source: &str, end: usize, pragmas_uncounted: bool) -> usize {
    let rest = &source[end..];
    let comment = rest[..rest.find('\n').unwrap_or(rest.len())].trim();
    if comment.starts_with("# type: ignore") || (pragmas_uncounted && is_pragma_comment(comment)) {
        return 0;
    }
    trailer(source, end).unwrap_or(0)
}

/// Whether `comment` is one ruff format leaves out of a line's width: `# noqa` (any case),
/// `# nosec`, or a tool's directive with a colon (`# type:`, `# pylint:`, `# pyright:`,
/// `# isort:`, `# flake8:`, `# ruff:`, `# ty:`, `# pyrefly:`).
fn is_pragma_comment(comment: &str) -> bool {
    let Some(content) = comment.strip_prefix('#') else {
        return false;
    };
    let content = content.trim_start();
    content
        .get(..4)
        .is_some_and(|start| start.eq_ignore_ascii_case("noqa"))
        || content.starts_with("nosec")
        || content.split_once(':').is_some_and(|(tool, _)| {
            matches!(
                tool,
                "isort" | "type" | "pyright" | "pyrefly" | "pylint" | "flake8" | "ruff" | "ty"
            )
        })
}

/// The statements of `function` (`logical_line`: simple statements, and the headers of `if`,
/// `elif`, `while`, `for` and `with`) whose text spans lines, outside strings, or runs past
/// `limit` on its one line (one the formatter could not split where it stood, such as `return
/// f"..."` whose string does not fit in parentheses there, may be split at its new
/// indentation, as black and ruff format split it: `return (`, the string, `)`), and the
/// headers of the functions nested in it (`nested_header`).
fn spanning_statements<'t>(
    source: &str,
    root: Node<'t>,
    function: Node<'t>,
    limit: usize,
) -> Vec<(TextRange, Node<'t>)> {
    let mut found = Vec::new();
    let mut cursor = function.walk();
    let mut stack = vec![function];
    // The lifted function's own header is laid out with its new parameters (`lifted_headers`).
    let own = function.field("definition").unwrap_or(function);
    while let Some(node) = stack.pop() {
        if node.kind_name() == "function_definition"
            && node.id() != own.id()
            && let Some(header) = nested_header(source, node)
        {
            found.push(header);
        }
        let simple = matches!(
            node.kind_name(),
            "expression_statement" | "return_statement" | "assert_statement" | "raise_statement"
        );
        let header = matches!(
            node.kind_name(),
            "if_statement" | "elif_clause" | "while_statement" | "for_statement" | "with_statement"
        );
        if simple || header {
            let range = TextRange::new(node.start_byte(), node.start_byte());
            let spans_or_runs_past = |range: &TextRange| {
                let text = &source[range.start..range.end];
                text.contains('\n') || {
                    let line_start = crate::core::source::line_start(source, range.start);
                    let tail = trailer(source, range.end).unwrap_or(0);
                    wrap::width(&source[line_start..range.end]) + tail > limit
                }
            };
            if let Some(statement) =
                logical_line(source, root, range).filter(|(range, _)| spans_or_runs_past(range))
            {
                found.push(statement);
            }
        }
        if !simple {
            // A header's body holds statements of its own.
            stack.extend(node.named_children(&mut cursor));
        }
    }
    found
}

/// The header of the nested function `definition` (from `def`, or `async`, to its `:`), when
/// it spans lines and has its lines to itself: black joins it where it fits at its new
/// indentation, as it joins a statement.
fn nested_header<'t>(source: &str, definition: Node<'t>) -> Option<(TextRange, Node<'t>)> {
    let end = header_end(definition.field("body")?)?;
    let range = TextRange::new(definition.start_byte(), end);
    indentation_of(source, definition)?;
    trailer(source, end)?;
    source[range.start..range.end]
        .contains('\n')
        .then_some((range, definition))
}

/// The statements (`logical_line`) the edits fall in, each once, in the order of the edits.
fn statements_of<'t>(source: &str, root: Node<'t>, edits: &[Edit]) -> Vec<(TextRange, Node<'t>)> {
    let mut statements: Vec<(TextRange, Node<'t>)> = Vec::new();
    for edit in edits {
        if let Some(found) = logical_line(source, root, edit.range)
            && !statements.iter().any(|(range, _)| *range == found.0)
        {
            statements.push(found);
        }
    }
    statements
}

/// The statement (or `with` header) that the edit at `range` falls in, and its range, when it
/// is one this module lays out and it has its lines to itself.
fn logical_line<'t>(
    source: &str,
    root: Node<'t>,
    range: TextRange,
) -> Option<(TextRange, Node<'t>)> {
    let mut node = root.descendant_for_byte_range(range.start, range.end);
    while let Some(current) = node {
        let end = match current.kind_name() {
            "expression_statement"
            | "return_statement"
            | "assert_statement"
            | "raise_statement" => current.end_byte(),
            "with_statement" | "for_statement" | "while_statement" => {
                header_end(current.field("body")?)?
            }
            "if_statement" | "elif_clause" => header_end(current.field("consequence")?)?,
            // A decorator is a line of its own, laid out as an expression statement; its node
            // takes in the line break after it.
            "decorator" => {
                let mut cursor = current.walk();
                let expression = current
                    .named_children(&mut cursor)
                    .find(|child| child.kind_name() != "comment")?;
                expression.end_byte()
            }
            "block"
            | "module"
            | "decorated_definition"
            | "class_definition"
            | "function_definition" => return None,
            kind if kind.ends_with("_statement") => return None,
            _ => {
                node = current.parent();
                continue;
            }
        };
        indentation_of(source, current)?;
        trailer(source, end)?;
        return Some((TextRange::new(current.start_byte(), end), current));
    }
    None
}

/// The width of what follows a statement ending at `end` on its line: nothing, or a comment
/// (`None` for anything else, such as `; more()`).
fn trailer(source: &str, end: usize) -> Option<usize> {
    let rest = &source[end..];
    let line = rest[..rest.find('\n').unwrap_or(rest.len())].trim_end();
    let comment = line.trim_start();
    (comment.is_empty() || comment.starts_with('#')).then(|| wrap::width(line))
}

/// The end of a compound statement's header, whose body is `body`: its `:`.
fn header_end(body: Node<'_>) -> Option<usize> {
    // A comment after the colon sits between it and the body.
    let mut before = body.prev_sibling();
    while let Some(node) = before.filter(|n| n.kind_name() == "comment") {
        before = node.prev_sibling();
    }
    Some(before.filter(|c| c.kind_name() == ":")?.end_byte())
}

/// `edits` with those inside `range` replaced by one edit laying out the statement, when it
/// should be laid out and the formatter can.
fn relayout_statement(
    source: &str,
    statement: Node<'_>,
    range: TextRange,
    edits: Vec<Edit>,
    style: Style<'_>,
    dedent: usize,
) -> Vec<Edit> {
    let inside = |e: &Edit| {
        range.contains_range(e.range) && !(e.range.is_empty() && e.range.start == range.start)
    };
    let crossing = |e: &Edit| e.range.start < range.end && e.range.end > range.start;
    if edits.iter().any(|e| crossing(e) && !inside(e)) {
        return edits;
    }
    let (own, mut others): (Vec<Edit>, Vec<Edit>) = edits.into_iter().partition(inside);
    // A statement only an insertion before it touches (a lifted function written above a
    // decorated one) is not the fix's to lay out; one that moves is (`relayout_moved`).
    if own.is_empty() && dedent == 0 {
        return others;
    }
    let Some(written) = indentation_of(source, statement) else {
        others.extend(own);
        return others;
    };
    let Some(indent) = written.get(dedent..) else {
        others.extend(own);
        return others;
    };
    let frame = statement_frame(source, range, indent, style);
    let written = Frame {
        indent: written,
        ..frame
    };
    match laid_out(source, range, &own, frame, written) {
        Some(laid) => others.push(with_comment_after(source, range, laid)),
        None if dedent == 0
            && wrap::statement(&source[range.start..range.end], frame).is_none() =>
        {
            others.extend(items::relayout_items(source, statement, own, style));
        }
        None => others.extend(own),
    }
    others
}

/// The edit that writes `laid` over the statement at `range`. When a comment ends its last
/// line and another follows the statement (black joins `f(\n    a  # one\n)  # two` into
/// `f(a)  # one  # two`, which ruff's formatter keeps), the two become one comment: the edit
/// takes the one after the statement in, so that no token outside it changes.
fn with_comment_after(source: &str, range: TextRange, laid: String) -> Edit {
    let rest = &source[range.end..];
    let line = rest[..rest.find(['\r', '\n']).unwrap_or(rest.len())].trim_end();
    if !line.trim_start().starts_with('#') || !wrap::comment_on_last_line(&laid) {
        return Edit::replace(range, laid);
    }
    let end = range.end + line.len();
    Edit::replace(TextRange::new(range.start, end), laid + line)
}

/// The statement at `range` with `own` applied and laid out, when the module documentation's
/// rule says it should be (the original was laid out by the formatter, or a new line is too
/// long) and laying it out changes it.
/// `written` is the frame the original stands in, which differs from `frame` in a function
/// that moves to module level (`relayout_moved`).
fn laid_out(
    source: &str,
    range: TextRange,
    own: &[Edit],
    frame: Frame<'_>,
    written: Frame<'_>,
) -> Option<String> {
    let original = &source[range.start..range.end];
    let new_text = apply_within(source, range, own.to_vec());
    let formatted = wrap::is_laid_out(original, written);
    if !formatted && !too_long(&new_text, frame) {
        return None;
    }
    match wrap::statement(&new_text, frame) {
        Some(laid) => Some(laid).filter(|laid| *laid != new_text),
        // Spacing no formatter keeps (`end+1`): the project formats this statement with
        // none, and its line limit is all it asks, so the lines are laid out as written.
        None if !formatted => wrap::statement_as_written(&new_text, frame)
            .filter(|laid| *laid != new_text && !too_long(laid, frame)),
        None => None,
    }
}

/// Whether a line of the statement's new text is longer than the limit; the last line counts
/// what follows the statement on it (`trailer`), as black does.
fn too_long(new_text: &str, frame: Frame<'_>) -> bool {
    let last_line = new_text.rsplit('\n').next().unwrap_or("");
    let last_indent = if new_text.contains('\n') {
        ""
    } else {
        frame.indent
    };
    wrap::too_long(new_text, frame.indent, frame.limit)
        || wrap::too_long(
            last_line,
            last_indent,
            frame.limit - frame.trailer.min(frame.limit),
        )
}

/// `content` with the header of each function it defines at column 0 laid out, when the header
/// is too long or was exploded one parameter per line.
fn lifted_headers(content: &str, style: Style<'_>) -> String {
    let mut out = String::with_capacity(content.len());
    let mut at = 0;
    while let Some(found) = next_def(content, at) {
        let Some(end) = header_length(&content[found..]).map(|len| found + len) else {
            break;
        };
        let header = &content[found..end];
        let frame = Frame {
            indent: "",
            unit: style.unit,
            limit: style.limit,
            eol: style.eol,
            trailer: 0,
            star_comma: style.star_comma,
        };
        let laid = wrap::statement(header, frame).filter(|laid| {
            let exploded = header.contains('\n') && laid.contains('\n');
            wrap::too_long(header, "", style.limit) || exploded
        });
        out.push_str(&content[at..found]);
        out.push_str(laid.as_deref().unwrap_or(header));
        at = end;
    }
    out.push_str(&content[at..]);
    out
}

/// Where the next `def` or `async def` at the start of a line begins, from `from`, skipping lines that start
/// inside a multi-line string (a docstring may hold a line `def f(x):`).
fn next_def(content: &str, from: usize) -> Option<usize> {
    line_starts_outside_strings(content)
        .into_iter()
        .find(|&at| {
            at >= from
                && ["def ", "async def "]
                    .iter()
                    .any(|d| content[at..].starts_with(d))
        })
}

/// The offsets of the lines of `content` that start outside a string.
fn line_starts_outside_strings(content: &str) -> Vec<usize> {
    let bytes = content.as_bytes();
    let mut starts = vec![0];
    let mut quote: Option<&[u8]> = None;
    let mut at = 0;
    while at < bytes.len() {
        let rest = &bytes[at..];
        match quote {
            Some(q) if rest.starts_with(q) => (quote, at) = (None, at + q.len()),
            Some(_) if rest[0] == b'\\' => at += 2,
            Some(q) if rest[0] == b'\n' && q.len() == 1 => (quote, at) = (None, at + 1),
            Some(_) => at += 1,
            None => match rest[0] {
                b'#' => at += rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len()),
                b'"' | b'\'' => {
                    let len = if rest.starts_with(&[rest[0]; 3]) {
                        3
                    } else {
                        1
                    };
                    (quote, at) = (Some(&rest[..len]), at + len);
                }
                b'\n' => {
                    at += 1;
                    starts.push(at);
                }
                _ => at += 1,
            },
        }
    }
    starts
}

/// The length of the `def` header at the start of `text`, up to its `:`, when the body starts
/// on the next line (a comment may follow a parameter, not the header).
fn header_length(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut chars = text.char_indices();
    while let Some((at, c)) = chars.next() {
        match (quote, c) {
            (Some(_), '\\') => {
                chars.next();
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '(' | '[' | '{') => depth += 1,
            (None, ')' | ']' | '}') => depth = depth.saturating_sub(1),
            // A comment inside the brackets ends its line; one after the header is not laid out.
            (None, '#') if depth > 0 => while chars.next().is_some_and(|(_, c)| c != '\n') {},
            (None, '#') => return None,
            (None, ':') if depth == 0 => {
                let rest = &text[at + 1..];
                let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
                return line.trim().is_empty().then_some(at + 1);
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pragma_comments_are_those_ruff_format_leaves_out_of_a_width() {
        for pragma in [
            "# noqa",
            "# NoQA: E731",
            "#noqa:E501",
            "# nosec B602",
            "# type: ignore[arg-type]",
            "# pylint: disable=unnecessary-lambda",
            "# pyright: ignore",
            "# isort: skip",
            "# ruff: noqa",
        ] {
            assert!(is_pragma_comment(pragma), "{pragma}");
        }
        for comment in [
            "# a note",
            "# Note: noqa later",
            "# TYPE: ignore",
            "noqa",
            "# mypy: x",
        ] {
            assert!(!is_pragma_comment(comment), "{comment}");
        }
    }

    #[test]
    fn a_def_inside_a_docstring_is_not_a_header() {
        let style = Style {
            unit: "    ",
            limit: 30,
            eol: "\n",
            star_comma: true,
            pragmas_uncounted: false,
        };
        let content = "def work(first_parameter, second):\n    \"\"\"Doc.\n\ndef inside_the_docstring(aaaa, bbbb):\n    \"\"\"\n    return 1\n";
        let laid = lifted_headers(content, style);
        assert!(
            laid.starts_with("def work(\n    first_parameter, second\n):\n"),
            "{laid}"
        );
        assert!(
            laid.contains("\ndef inside_the_docstring(aaaa, bbbb):\n"),
            "{laid}"
        );
    }

    #[test]
    fn an_async_def_header_is_laid_out_too() {
        let style = Style {
            unit: "    ",
            limit: 30,
            eol: "\n",
            star_comma: true,
            pragmas_uncounted: false,
        };
        let content = "async def work(first_parameter, second):\n    return 1\n";
        assert_eq!(
            lifted_headers(content, style),
            "async def work(\n    first_parameter, second\n):\n    return 1\n"
        );
    }
}
