//! Snapshot and invariant tests over every fixture in `tests/fixtures/{programs,cases}`.
//!
//! Each fixture gets one snapshot in the top-level `snapshots/` folder: a header, the findings
//! as the text format shows them on a terminal (the renderer users see, with source lines and
//! carets), and the diff `--diff` prints (or `(no changes)`). Snapshots are reviewed by people;
//! the invariants below are checked by the harness for every fixture, whatever its snapshot says:
//! - the reported (line, code) pairs are exactly the fixture's `# PKL00N` markers;
//! - checking never ends in an internal error, and gives the same result twice;
//! - no finding means no fixed text;
//! - a fixture marked `# picklefix-test: refused` is reported but never rewritten;
//! - a fixed text parses, a second check of it finds nothing fixable, keeps the file's line
//!   endings, indentation style, comments, multi-line strings, module docstring and
//!   `__future__` imports first.
//!
//! Invariant failures of all fixtures are collected and reported together after the snapshots
//! have been compared, so one run shows everything that is wrong.
//!
//! `INSTA_GLOB_FILTER=name.py cargo test --test fixtures` runs one fixture.

mod support;

use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::path::Path;

use picklefix::core::diagnostic::Diagnostic;
use picklefix::core::source::LineIndex;
use picklefix::output::finding::Finding;
use picklefix::output::formats::text;
use picklefix::output::render::unified_diff_bytes;
use picklefix::{Checked, Options, check_source};
use tree_sitter::Node;

#[test]
fn programs() {
    let mut failures = Vec::new();
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        insta::glob!("fixtures/programs/*.py", |path| {
            check_fixture("programs", path, &mut failures)
        });
    }));
    report(outcome, failures);
}

#[test]
fn cases() {
    let mut failures = Vec::new();
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        insta::glob!("fixtures/cases/*.py", |path| {
            check_fixture("cases", path, &mut failures)
        });
    }));
    report(outcome, failures);
}

/// Panic with every invariant failure, then with the snapshot failures insta collected.
fn report(outcome: std::thread::Result<()>, failures: Vec<String>) {
    if !failures.is_empty() {
        if let Err(payload) = &outcome {
            let message = payload
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| payload.downcast_ref::<&str>().copied())
                .unwrap_or("(a panic without a message)");
            eprintln!("snapshots also failed: {message}");
        }
        panic!(
            "{} fixture(s) broke the harness's invariants:\n\n{}",
            failures.len(),
            failures.join("\n\n")
        );
    }
    if let Err(payload) = outcome {
        resume_unwind(payload);
    }
}

fn check_fixture(snapshot_name: &str, path: &Path, failures: &mut Vec<String>) {
    let name = support::relative_name(path);
    let source = support::FixtureSource::read(path).text;
    let mut problems = Vec::new();
    let snapshot = match support::directives(&source) {
        Ok(directives) => {
            if directives.refused {
                check_refused(&source, &mut problems);
            }
            check(&name, &source, &directives.settings, &mut problems)
        }
        Err(error) => {
            problems.push(format!("bad directive: {error}"));
            format!("fixture: {name}\nbad directive: {error}\n")
        }
    };
    insta::with_settings!({
        snapshot_path => "../snapshots",
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(snapshot_name, snapshot);
    });
    if !problems.is_empty() {
        failures.push(format!("{name}:\n  {}", problems.join("\n  ")));
    }
}

/// Check one fixture: returns its snapshot, and pushes a line to `problems` for each broken
/// invariant.
fn check(name: &str, source: &str, settings: &Options, problems: &mut Vec<String>) -> String {
    let index = LineIndex::new(source);
    let checked = match check_source(source, settings) {
        Ok(checked) => checked,
        Err(error) => {
            let at = index.line_col(source, error.offset);
            problems.push(format!(
                "the fixture does not parse: {} at {}:{}",
                error.message, at.line, at.col
            ));
            return format!("fixture: {name}\nsyntax error: {}\n", error.message);
        }
    };
    let snapshot = render(name, source, settings, &checked);

    match check_source(source, settings) {
        Ok(again) if render(name, source, settings, &again) == snapshot => {}
        _ => problems.push("checking the same text twice gave different results".into()),
    }
    check_markers(source, &index, &checked, problems);
    if let Some(error) = &checked.internal_error {
        problems.push(format!("internal error: {error}"));
    }
    if checked.diagnostics.is_empty() && checked.fixed.is_some() {
        problems.push("no finding, yet a fixed text was produced".into());
    }
    if let Some(fixed) = &checked.fixed {
        check_fixed(source, &fixed.text, settings, problems);
    }
    snapshot
}

/// The snapshot of one fixture: a header, then what `picklefix` prints for it as a person sees
/// it on a terminal (the text format with source lines, without colour), and the diff that
/// `picklefix --diff` prints, with the findings `--fix` leaves behind.
fn render(name: &str, source: &str, settings: &Options, checked: &Checked) -> String {
    let mut out = format!("fixture: {name}\n");
    out.push_str(&format!("unsafe fixes: {}\n", settings.unsafe_fixes));
    out.push_str(&format!("findings: {}\n", checked.diagnostics.len()));
    out.push_str(&findings(name, source, &checked.diagnostics, settings));
    if let Some(error) = &checked.internal_error {
        out.push_str(&format!("internal error: {error}\n"));
    }
    match &checked.fixed {
        None => out.push_str("\n(no changes)\n"),
        Some(fixed) => {
            out.push_str(&format!(
                "fixed: {} applied, {} remaining\n",
                fixed.applied,
                fixed.remaining.len()
            ));
            if !fixed.remaining.is_empty() {
                out.push_str("remaining after the fix:\n");
                out.push_str(&findings(name, &fixed.text, &fixed.remaining, settings));
            }
            out.push('\n');
            out.push_str(&diff(name, source, &fixed.text));
        }
    }
    out
}

/// The findings as the text format prints them, each with its source line and caret.
fn findings(name: &str, text: &str, diagnostics: &[Diagnostic], settings: &Options) -> String {
    let style = text::TextStyle {
        show_source: true,
        color: false,
    };
    Finding::all(text, diagnostics, settings)
        .iter()
        .map(|finding| text::finding(name, finding, style))
        .collect()
}

/// The diff `--diff` prints, made from the fixture's decoded text so that the snapshot is UTF-8
/// even for a Latin-1 fixture (`--diff` itself keeps the file's bytes). Line endings are shown,
/// so that a CRLF fixture's snapshot shows what the fix wrote.
fn diff(name: &str, source: &str, fixed: &str) -> String {
    let diff = unified_diff_bytes(name, source.as_bytes(), fixed.as_bytes());
    String::from_utf8(diff)
        .expect("a diff of two UTF-8 texts is UTF-8")
        .replace("\r\n", "␍\n")
}

/// A refusal is reported without any fix that could apply, even with unsafe fixes allowed.
fn check_refused(source: &str, problems: &mut Vec<String>) {
    if support::markers(source).is_ok_and(|marks| marks.is_empty()) {
        problems.push("refused fixture without a marker: what is refused?".into());
    }
    let unsafe_settings = Options {
        unsafe_fixes: true,
        ..Options::default()
    };
    let Ok(checked) = check_source(source, &unsafe_settings) else {
        return; // `check` reports fixtures that do not parse.
    };
    let index = LineIndex::new(source);
    for diagnostic in &checked.diagnostics {
        if let Some(fix) = &diagnostic.fix
            && unsafe_settings.applies(fix)
        {
            let at = index.line_col(source, diagnostic.range.start);
            problems.push(format!(
                "refused fixture, yet the finding at {}:{} has a {} fix",
                at.line,
                at.col,
                fix.applicability.as_str()
            ));
        }
    }
    if checked.fixed.is_some() {
        problems.push("refused fixture, yet it is rewritten with unsafe fixes allowed".into());
    }
}

/// The reported (line, code) pairs must be exactly the markers.
fn check_markers(source: &str, index: &LineIndex, checked: &Checked, problems: &mut Vec<String>) {
    let expected = match support::markers(source) {
        Ok(marks) => marks,
        Err(error) => {
            problems.push(error);
            return;
        }
    };
    let mut reported: Vec<(usize, &'static str, String)> = checked
        .diagnostics
        .iter()
        .map(|d| {
            let at = index.line_col(source, d.range.start);
            (
                at.line,
                d.rule.code(),
                format!("{}:{} {}", at.line, at.col, d.message),
            )
        })
        .collect();
    reported.sort();
    let reported_marks: Vec<support::Mark> = reported
        .iter()
        .map(|(line, code, _)| (*line, *code))
        .collect();
    if reported_marks == expected {
        return;
    }
    let missing = multiset_difference(&expected, &reported_marks);
    let unexpected = multiset_difference(&reported_marks, &expected);
    let mut message = format!(
        "markers and findings differ ({} marked, {} reported)",
        expected.len(),
        reported.len()
    );
    for (line, code) in missing {
        let text = source.lines().nth(line - 1).unwrap_or("").trim();
        message.push_str(&format!(
            "\n    marked, not reported: line {line} {code}   | {text}"
        ));
    }
    for (line, code) in unexpected {
        let detail = reported
            .iter()
            .find(|(l, c, _)| (*l, *c) == (line, code))
            .map_or("", |(_, _, detail)| detail.as_str());
        message.push_str(&format!(
            "\n    reported, not marked: line {line} {code}   | at {detail}"
        ));
    }
    problems.push(message);
}

/// The items of `a` not matched one-for-one in `b` (both sorted).
fn multiset_difference(a: &[support::Mark], b: &[support::Mark]) -> Vec<support::Mark> {
    let mut rest = b.to_vec();
    a.iter()
        .filter(|item| match rest.iter().position(|other| other == *item) {
            Some(i) => {
                rest.remove(i);
                false
            }
            None => true,
        })
        .copied()
        .collect()
}

/// Promises about a fixed text.
fn check_fixed(source: &str, fixed: &str, settings: &Options, problems: &mut Vec<String>) {
    if fixed == source {
        problems.push("a fixed text was produced, but it equals the original".into());
    }
    let fixed_tree = match picklefix::core::parse::parse(fixed) {
        Ok(tree) => tree,
        Err(error) => {
            let at = LineIndex::new(fixed).line_col(fixed, error.offset);
            problems.push(format!(
                "the fixed text does not parse: {} at {}:{}",
                error.message, at.line, at.col
            ));
            return;
        }
    };
    match check_source(fixed, settings) {
        Ok(second) => {
            let fixable: Vec<String> = second
                .diagnostics
                .iter()
                .filter(|d| d.fix.as_ref().is_some_and(|fix| settings.applies(fix)))
                .map(|d| {
                    let at = LineIndex::new(fixed).line_col(fixed, d.range.start);
                    format!("{}:{} {} {}", at.line, at.col, d.rule, d.message)
                })
                .collect();
            if !fixable.is_empty() {
                problems.push(format!(
                    "a second check of the fixed text finds fixable findings: {}",
                    fixable.join("; ")
                ));
            }
            if second.fixed.is_some() {
                problems.push("a second check of the fixed text fixes it again".into());
            }
        }
        Err(error) => problems.push(format!(
            "the fixed text fails a second check: {}",
            error.message
        )),
    }
    check_line_endings(source, fixed, problems);
    check_indentation(source, fixed, problems);

    let original_tree = match picklefix::core::parse::parse(source) {
        Ok(tree) => tree,
        Err(_) => return, // Reported already.
    };
    check_kept_texts(source, original_tree.root_node(), fixed, problems);
    check_module_head(
        source,
        original_tree.root_node(),
        fixed,
        fixed_tree.root_node(),
        problems,
    );
}

/// A file whose line breaks are all `\r\n` (or all `\n`) keeps them so.
fn check_line_endings(source: &str, fixed: &str, problems: &mut Vec<String>) {
    let style = |text: &str| {
        let crlf = text.matches("\r\n").count();
        let cr = text.matches('\r').count() - crlf;
        let lf = text.matches('\n').count() - crlf;
        (crlf, cr, lf)
    };
    let (crlf, cr, lf) = style(source);
    let (fixed_crlf, fixed_cr, fixed_lf) = style(fixed);
    if crlf > 0 && cr == 0 && lf == 0 && (fixed_cr > 0 || fixed_lf > 0) {
        problems.push(format!(
            "the original ends every line with CRLF; the fixed text has {fixed_lf} bare LF \
             and {fixed_cr} bare CR line ending(s)"
        ));
    }
    if crlf == 0 && cr == 0 && (fixed_crlf > 0 || fixed_cr > 0) {
        problems.push("the original uses LF line endings; the fixed text adds CR".into());
    }
    let ends_with_break = |text: &str| text.ends_with('\n') || text.ends_with('\r');
    if ends_with_break(source) != ends_with_break(fixed) {
        problems.push("the fixed text changes whether the file ends with a line break".into());
    }
}

/// In a file indented only with tabs, added lines are indented with tabs too.
fn check_indentation(source: &str, fixed: &str, problems: &mut Vec<String>) {
    let indents = |text: &str| {
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let tabs = lines.iter().filter(|l| l.starts_with('\t')).count();
        let spaces = lines.iter().filter(|l| l.starts_with(' ')).count();
        (tabs, spaces)
    };
    let (tabs, spaces) = indents(source);
    let (_, fixed_spaces) = indents(fixed);
    if tabs > 0 && spaces == 0 && fixed_spaces > 0 {
        problems.push(format!(
            "the original indents with tabs only; the fixed text has {fixed_spaces} line(s) \
             indented with spaces"
        ));
    }
}

/// Every comment and every multi-line string of the original is still in the fixed text,
/// byte for byte (a lifted body is re-indented without touching its strings' contents), except
/// that a function's or class's docstring may be re-indented, as black does: its lines are
/// compared without their leading white space; and that a `# noqa:` comment loses the code
/// E731 (the lambda it excused is lifted), and goes when that was its only code.
fn check_kept_texts(source: &str, root: Node<'_>, fixed: &str, problems: &mut Vec<String>) {
    let mut owned: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut strings: Vec<&str> = Vec::new();
    let mut docstrings: Vec<String> = Vec::new();
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        let text = &source[node.byte_range()];
        match node.kind() {
            "comment" => owned.push((node.byte_range(), without_e731(text))),
            "string" if text.contains(['\n', '\r']) && is_definition_docstring(node) => {
                docstrings.push(without_indentation(text));
            }
            "string" if text.contains(['\n', '\r']) => strings.push(text),
            _ => {
                let mut cursor = node.walk();
                stack.extend(node.children(&mut cursor));
            }
        }
    }
    // The original as the fix should leave its comments.
    owned.sort_by_key(|(range, _)| range.start);
    let mut expected = String::with_capacity(source.len());
    let mut at = 0;
    for (range, text) in &owned {
        expected.push_str(&source[at..range.start]);
        expected.push_str(text);
        at = range.end;
    }
    expected.push_str(&source[at..]);
    let mut kept: Vec<&str> = owned
        .iter()
        .map(|(_, text)| text.as_str())
        .filter(|text| !text.is_empty())
        .chain(strings)
        .collect();
    kept.sort_unstable();
    kept.dedup();
    for text in kept {
        let before = expected.matches(text).count();
        let after = fixed.matches(text).count();
        if after < before {
            let what = if text.starts_with('#') {
                "comment"
            } else {
                "multi-line string"
            };
            problems.push(format!(
                "a {what} of the original is missing from the fixed text \
                 ({before} occurrence(s) before, {after} after): {text:?}"
            ));
        }
    }
    let fixed_lines = without_indentation(fixed);
    for doc in docstrings {
        if !fixed_lines.contains(&doc) {
            problems.push(format!(
                "a docstring of the original is missing from the fixed text, even ignoring \
                 indentation: {doc:?}"
            ));
        }
    }
}

/// `# noqa: E731, E501` without E731 (`# noqa: E501`), or nothing when E731 was its only code.
fn without_e731(comment: &str) -> String {
    let Some(codes) = comment.strip_prefix("# noqa:") else {
        return comment.to_string();
    };
    let codes: Vec<&str> = codes.split([',', ' ']).filter(|c| !c.is_empty()).collect();
    // Only a comment of codes alone (`[A-Z]+[0-9]+`), as the fix reads it.
    let is_code = |c: &str| {
        let digits = c.trim_start_matches(|ch: char| ch.is_ascii_uppercase());
        digits.len() < c.len() && !digits.is_empty() && digits.chars().all(|ch| ch.is_ascii_digit())
    };
    if !codes.contains(&"E731") || !codes.iter().all(|c| is_code(c)) {
        return comment.to_string();
    }
    let kept: Vec<&str> = codes.into_iter().filter(|&c| c != "E731").collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("# noqa: {}", kept.join(", "))
    }
}

/// Whether `string` is the docstring of a function or class.
fn is_definition_docstring(string: Node<'_>) -> bool {
    let Some(statement) = string.parent().filter(|p| is_docstring(*p)) else {
        return false;
    };
    let block = statement.parent().filter(|b| b.kind() == "block");
    let definition = block
        .and_then(|b| b.parent())
        .filter(|d| matches!(d.kind(), "function_definition" | "class_definition"));
    let mut cursor = statement.walk();
    let first = block.and_then(|b| {
        b.named_children(&mut cursor)
            .find(|c| c.kind() != "comment")
    });
    definition.is_some() && first == Some(statement)
}

/// `text` with the leading white space of every line removed.
fn without_indentation(text: &str) -> String {
    text.lines()
        .map(str::trim_start)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The module docstring stays the first statement, and `from __future__` imports stay before
/// every other statement (CPython rejects them anywhere else, tree-sitter does not).
fn check_module_head(
    source: &str,
    root: Node<'_>,
    fixed: &str,
    fixed_root: Node<'_>,
    problems: &mut Vec<String>,
) {
    let statements = |root: Node<'_>| -> Vec<(String, bool)> {
        let mut cursor = root.walk();
        root.named_children(&mut cursor)
            .filter(|node| node.kind() != "comment")
            .map(|node| (node.kind().to_string(), is_docstring(node)))
            .collect()
    };
    let original = statements(root);
    let after = statements(fixed_root);
    let docstring = |root: Node<'_>, text: &str| {
        let mut cursor = root.walk();
        root.named_children(&mut cursor)
            .find(|node| node.kind() != "comment")
            .filter(|node| is_docstring(*node))
            .map(|node| text[node.byte_range()].to_string())
    };
    if let Some(doc) = docstring(root, source)
        && docstring(fixed_root, fixed).as_deref() != Some(doc.as_str())
    {
        problems.push("the module docstring is no longer the first statement".into());
    }
    let future_count = original
        .iter()
        .filter(|(kind, _)| kind == "future_import_statement")
        .count();
    let skip = usize::from(after.first().is_some_and(|(_, doc)| *doc));
    let leading_futures = after[skip..]
        .iter()
        .take_while(|(kind, _)| kind == "future_import_statement")
        .count();
    let all_futures = after
        .iter()
        .filter(|(kind, _)| kind == "future_import_statement")
        .count();
    if leading_futures != all_futures || all_futures != future_count {
        problems.push(format!(
            "`from __future__` imports moved: {future_count} at the top before, \
             {leading_futures} of {all_futures} at the top after"
        ));
    }
}

fn is_docstring(node: Node<'_>) -> bool {
    node.kind() == "expression_statement"
        && node.named_child_count() == 1
        && node
            .named_child(0)
            .is_some_and(|child| child.kind() == "string")
}

/// The invariants must catch the mistakes they exist for; the analysis cannot show that yet.
#[test]
fn invariants_catch_broken_fixes() {
    let problems_of = |source: &str, fixed: &str| {
        let mut problems = Vec::new();
        check_fixed(source, fixed, &Options::default(), &mut problems);
        problems.join("\n")
    };
    let crlf = "def f():\r\n    return 1\r\n";
    assert!(problems_of(crlf, "def g():\n    return 1\r\n\r\n").contains("CRLF"));
    let tabs = "def f():\n\treturn 1\n";
    assert!(problems_of(tabs, "def g():\n    return 1\n").contains("tabs"));
    let comment = "x = 1  # keep me\n";
    assert!(problems_of(comment, "x = 2\n").contains("comment"));
    let string = "def f():\n    return '''a\n    b'''\n";
    assert!(problems_of(string, "def f():\n    return '''a\nb'''\n").contains("multi-line"));
    let future = "\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\nx = 1\n";
    let moved = "\"\"\"Doc.\"\"\"\nimport functools\nfrom __future__ import annotations\nx = 1\n";
    assert!(problems_of(future, moved).contains("__future__"));
    let docstring_moved =
        "import functools\n\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\nx = 1\n";
    assert!(problems_of(future, docstring_moved).contains("docstring"));
    assert!(problems_of("x = 1\n", "x = (\n").contains("does not parse"));
    let good = "\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\nimport functools\nx = 1\n";
    assert_eq!(problems_of(future, good), "");
}

#[test]
fn marker_mismatches_name_both_sides() {
    let source = "a = 1  # PKL002\nb = 2\n";
    let mut problems = Vec::new();
    check_markers(
        source,
        &LineIndex::new(source),
        &Checked::default(),
        &mut problems,
    );
    assert_eq!(problems.len(), 1);
    assert!(problems[0].contains("marked, not reported: line 1 PKL002"));
}
